"""``pra list``: the workshops in the data folder, newest first, as an aligned table.

Columns: title, place, date, groups, when it was last saved, and the file name
(what ``pra open`` wants). A file that cannot be read is listed too, flagged,
with the reason, so that nothing in the folder is silently hidden. A folder
given with ``--data-dir`` that does not exist, or is a file, is an error (exit
1), not an empty list; the default data folder is created when missing. Plain text;
the only styling (a bold header, a red flag) is left out when ``NO_COLOR`` is set
or the output is not a terminal.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Final, TextIO

from pra import i18n
from pra.cli.printable import one_line
from pra.errors import PraError
from pra.i18n import Language, t
from pra.oserrors import os_reason

if TYPE_CHECKING:
    from pra.store import WorkshopSummary

GAP: Final = "  "
RED: Final = "\x1b[31m"
BOLD: Final = "\x1b[1m"
RESET: Final = "\x1b[0m"


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("list", help=t("list.help"), description=t("list.description"))
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar=t("list.folder_metavar"),
        help=t("list.data_dir_help"),
        default=argparse.SUPPRESS,  # so that the global --data-dir is not overwritten
    )
    # ``pra list --lang en`` works too; the value is read before parsing (pra.cli).
    parser.add_argument(
        "--lang", choices=i18n.LANGUAGES, default=argparse.SUPPRESS, help=t("cli.lang_help")
    )
    parser.set_defaults(handler=run)


def colour_allowed(stream: TextIO) -> bool:
    """Colour only on a terminal, and never when ``NO_COLOR`` is set (https://no-color.org)."""
    if os.environ.get("NO_COLOR"):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def width(text: str) -> int:
    """Columns ``text`` takes on a terminal: wide (CJK, most emoji) 2, combining marks 0."""
    total = 0
    for char in text:
        if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
            continue
        total += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return total


def pad(text: str, columns: int) -> str:
    return text + " " * max(columns - width(text), 0)


def table(rows: Sequence[Sequence[str]]) -> list[str]:
    """``rows`` (the first is the header) as aligned lines; the last column is not padded."""
    widths = [max(width(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [pad(cell, widths[i]) for i, cell in enumerate(row[:-1])]
        lines.append(GAP.join([*cells, row[-1]]).rstrip())
    return lines


def _saved(moment: dt.datetime | None, lang: Language) -> str:
    from pra.plan.formatting import format_date

    if moment is None:
        return "–"
    return f"{format_date(moment.date(), lang)} {moment:%H:%M}"


def _row(summary: WorkshopSummary, lang: Language) -> list[str]:
    from pra.plan.formatting import format_date

    if not summary.ok:
        return [
            t("list.flag", lang=lang),
            "–",
            "–",
            "–",
            _saved(summary.saved, lang),
            summary.path.name,
        ]
    return [
        summary.title or t("list.untitled", lang=lang),
        summary.place or "–",
        format_date(summary.date, lang) if summary.date else "–",
        str(summary.groups),
        _saved(summary.saved, lang),
        summary.path.name,
    ]


def _summaries(folder: Path | None) -> tuple[Path, list[WorkshopSummary]]:
    """The folder listed and its workshops; a folder that cannot be used is a :class:`PraError`."""
    from pra import store
    from pra.cli.datafolder import data_folder

    folder = data_folder(folder)
    try:
        return folder, store.list_workshops(folder)
    except OSError as error:
        where = error.filename if error.filename is not None else folder
        raise PraError("list.unusable", folder=where, reason=os_reason(error)) from None


def run(args: argparse.Namespace) -> int:
    lang: Language = args.lang
    given = getattr(args, "data_dir", None)
    folder, summaries = _summaries(Path(given) if given is not None else None)
    if not summaries:
        print(one_line(t("list.empty", lang=lang, folder=folder)))
        return 0
    header = [
        t(f"list.column.{name}", lang=lang)
        for name in ("title", "place", "date", "groups", "saved", "file")
    ]
    rows = [[one_line(cell) for cell in _row(s, lang)] for s in summaries]
    lines = table([header, *rows])
    colour = colour_allowed(sys.stdout)
    flag = t("list.flag", lang=lang)
    print(one_line(t("list.heading", lang=lang, folder=folder, count=len(summaries))))
    print()
    print(f"{BOLD}{lines[0]}{RESET}" if colour else lines[0])
    for summary, line in zip(summaries, lines[1:], strict=True):
        if colour and not summary.ok:
            line = f"{RED}{flag}{RESET}{line.removeprefix(flag)}"
        print(line)
    bad = [s for s in summaries if s.problem is not None]
    if bad:
        print()
        for summary in bad:
            print(one_line(summary.problem_text(lang) or ""))
    return 0
