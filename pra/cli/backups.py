"""``pra backups FILE``: every backup of a workshop, newest first; ``--restore N`` puts one back.

The list numbers the five rotating backups (the last saves) and then the
time-spaced snapshots (about one per 10 minutes for two hours, one per day
for a week; see :mod:`pra.store.backups`), with when each version was saved
and what it holds (title, number of groups), so that the state before a
mistake can be recognised. A backup that does not load is listed, flagged.

``--restore N`` takes the workshop's lock (refused while another pra window
has it open), keeps the current file aside in ``.pra-backups/`` and puts
backup N in its place.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from pra import i18n
from pra.cli.listing import table
from pra.cli.printable import one_line
from pra.errors import PraError
from pra.i18n import Language, t

if TYPE_CHECKING:
    from pra.store import RestorePoint

RESTORED_LABEL = "before-restore"
"""How the file replaced by ``--restore`` is named in ``.pra-backups/`` (``STEM.before-restore.json``)."""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "backups", help=t("backups.help"), description=t("backups.description")
    )
    parser.add_argument(
        "file", type=Path, metavar=t("backups.file_metavar"), help=t("backups.file_help")
    )
    parser.add_argument(
        "--restore",
        type=int,
        metavar=t("backups.number_metavar"),
        help=t("backups.restore_help"),
        default=None,
    )
    parser.add_argument(
        "--lang", choices=i18n.LANGUAGES, default=argparse.SUPPRESS, help=t("cli.lang_help")
    )
    parser.set_defaults(handler=run)


def _saved(point: RestorePoint) -> dt.datetime | None:
    """When the version in ``point`` was saved (its file's modification time), local time."""
    try:
        return dt.datetime.fromtimestamp(point.path.stat().st_mtime).astimezone()
    except OSError:
        return None


def _when(moment: dt.datetime | None, lang: Language) -> str:
    from pra.plan.formatting import format_date

    if moment is None:
        return "–"
    return f"{format_date(moment.date(), lang)} {moment:%H:%M}"


def _content(point: RestorePoint, lang: Language) -> str:
    """What the backup holds (title, number of groups), or the broken-file flag."""
    from pra import store
    from pra.store.reading import read_file

    try:
        ws = store.loads(read_file(point.path), str(point.path))
    except store.WorkshopFileError:
        return t("list.flag", lang=lang)
    title = ws.info.title or t("list.untitled", lang=lang)
    return t("backups.content", lang=lang, title=title, groups=len(ws.groups))


def _kind(point: RestorePoint, lang: Language) -> str:
    if point.number is not None:
        return t("backups.recent", lang=lang, n=point.number)
    return t("backups.snapshot", lang=lang)


def run(args: argparse.Namespace) -> int:
    from pra import store

    lang: Language = args.lang
    path: Path = args.file
    if path.is_symlink():  # saving writes through the link: the backups are beside its target
        path = path.resolve()
    points = store.restore_points(path)
    if not points:
        if not path.exists():
            raise PraError("backups.missing", file=path)
        print(one_line(t("backups.none", lang=lang, file=path)))
        return 0
    if args.restore is not None:
        return _restore(path, points, args.restore, lang)
    header = [t(f"backups.column.{c}", lang=lang) for c in ("number", "saved", "kind", "content")]
    header.append(t("backups.column.file", lang=lang))
    rows: list[list[str]] = []
    for n, point in enumerate(points, start=1):
        content = _content(point, lang)
        rows.append(
            [str(n), _when(_saved(point), lang), _kind(point, lang), content, point.path.name]
        )
    print(one_line(t("backups.heading", lang=lang, count=len(points), file=path)))
    print()
    for line in table([header, *([one_line(c) for c in row] for row in rows)]):
        print(line)
    print()
    print(one_line(t("backups.hint", lang=lang, file=path)))
    return 0


def _restore(path: Path, points: list[RestorePoint], number: int, lang: Language) -> int:
    from pra import store
    from pra.store.lock import WorkshopLock

    if not 1 <= number <= len(points):
        raise PraError("backups.no_such_number", number=number, count=len(points), file=path)
    point = points[number - 1]
    lock = WorkshopLock(path)
    holder = lock.acquire()
    try:
        if holder is not None:
            raise PraError("backups.held", file=path, holder=holder.describe_in(lang))
        saved = _when(_saved(point), lang)
        kept = store.restore_backup(path, point.path, label=RESTORED_LABEL)
    except OSError as error:
        from pra.oserrors import os_reason

        raise PraError("store.write_failed", file=str(path), reason=os_reason(error)) from None
    finally:
        lock.release()
    if kept is None:
        print(one_line(t("backups.restored_new", lang=lang, file=path, number=number, saved=saved)))
    else:
        print(
            one_line(
                t("backups.restored", lang=lang, file=path, number=number, saved=saved, kept=kept)
            )
        )
    return 0
