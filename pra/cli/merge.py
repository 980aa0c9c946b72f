"""``pra merge FILE FILE... -o OUT [--force]``: one workshop file from mentors' copies.

Mentors who follow the groups of one workshop on their own laptops each record
in a copy of its file; this combines the copies' follow-up records
(:mod:`pra.store.merge`) into ``OUT``, saved as the workshop screen saves
(validated, atomic). ``OUT`` is never one of the inputs, and an existing file
is replaced only with ``--force`` (its old version goes to the backups), and never while a ``pra`` window has it
open. The
terminal says, per file, the groups and records found in that file only. A
refusal is one sentence and exit code 1; nothing is written.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from pra.errors import PraError
from pra.i18n import Language, t

if TYPE_CHECKING:
    from pra.model import Workshop


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("merge", help=t("merge.help"), description=t("merge.help"))
    parser.add_argument(
        "paths", nargs="+", type=Path, metavar=t("merge.paths_metavar"), help=t("merge.paths_help")
    )
    parser.add_argument(
        "-o",
        "--out",
        type=Path,
        required=True,
        metavar=t("merge.out_metavar"),
        help=t("merge.out_help"),
    )
    parser.add_argument("--force", action="store_true", help=t("merge.force_help"))
    parser.set_defaults(handler=run)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and a.samefile(b)
    except OSError:
        return a.resolve() == b.resolve()


def run(args: argparse.Namespace) -> int:
    from pra import store
    from pra.archive.report import display_name
    from pra.store.merge import Copy, merge

    lang = args.lang
    out: Path = args.out
    if len(args.paths) < 2:
        raise PraError("merge.one_file")
    for path in args.paths:
        if out == path or _same_file(out, path):
            raise PraError("merge.out_is_input", out=display_name(out))
    if out.is_dir():
        raise PraError("merge.out_is_folder", out=display_name(out))
    if out.exists() and not args.force:
        raise PraError("merge.out_exists", out=display_name(out))
    copies = [Copy(display_name(path), store.load(path)) for path in args.paths]
    merged = merge(copies, display_name(out))
    _save(merged.workshop, out, lang)
    print(
        t("merge.done", lang=lang, out=display_name(out), count=len(copies), id=merged.workshop.id)
    )
    for line in report_lines(merged.only_in, lang):
        print(line)
    if merged.shared:
        print(t("merge.shared", lang=lang, count=merged.shared))
    if merged.renumbered:
        print(t("merge.renumbered", lang=lang, count=merged.renumbered))
    return 0


def _save(ws: Workshop, out: Path, lang: Language) -> None:
    """Save the merged workshop at ``out``, unless a pra window has that file open (its next
    save would put its own version back over the merge)."""
    from pra import store
    from pra.archive.report import display_name
    from pra.store.lock import WorkshopLock

    lock = WorkshopLock(out)
    holder = lock.acquire()
    try:
        if holder is not None:
            raise PraError("merge.out_held", out=display_name(out), holder=holder.describe_in(lang))
        store.save(ws, out)
    finally:
        lock.release()


def report_lines(only_in: dict[str, dict[str, dict[str, int]]], lang: Language) -> list[str]:
    """One line per file: the groups and the records found in it only."""
    from pra.store.merge import LISTS

    lines = []
    for name, groups in only_in.items():
        parts = [
            t(
                "merge.group_part",
                lang=lang,
                group=group,
                counts=", ".join(
                    t(f"merge.count.{kind}", lang=lang, count=counts[kind])
                    for kind in LISTS
                    if counts.get(kind)
                ),
            )
            for group, counts in groups.items()
        ]
        if parts:
            lines.append(t("merge.from_file", lang=lang, file=name, parts="; ".join(parts)))
        else:
            lines.append(t("merge.from_nothing", lang=lang, file=name))
    return lines
