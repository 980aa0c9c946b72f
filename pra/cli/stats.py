"""``pra stats DIR_OR_FILE... [--csv OUTDIR]``: a summary across workshops in the terminal.

Workshops, participants by sex, groups and their sizes, problem categories by
how often they ranked first and by dots, the business types the groups chose,
stimulus and own-contribution totals; by city when there are several. With
``--csv`` the same tables are written as CSV files (codes and plain numbers,
``city`` ``*`` for all workshops). A file that cannot be read is named on
standard error and left out, and so is a second file with a workshop id already
counted (a copy, or another version of it, which names ``pra merge`` for mentors'
copies); the exit code is 1 only when nothing could be read.

A folder holding an archive (``datapackage.json``) is read from its tables alone,
as a researcher receives it, with or without raw copies
(:mod:`pra.archive.package_stats`); a package lacking a table or column the summary
needs is refused with a sentence, exit code 1. Its ``group_followup`` summary is checked
against the detail tables (:mod:`pra.archive.package_check`): a group whose summary row
they contradict is named on standard error, cell by cell, and the summary is still
printed (exit code 0, attendance computed from the details): the package is usable, and
a script must not lose the other workshops' figures over one edited cell.

``--csv`` names a folder: an existing *file* there is refused before anything
is read (never overwritten); a folder that cannot be written is a sentence and
exit code 1, after the summary has been printed.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from pra.errors import PraError
from pra.i18n import t

if TYPE_CHECKING:
    from pra.archive.package_check import GroupCheck
    from pra.archive.stats import StatsTable
    from pra.i18n import Language


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("stats", help=t("stats.help"), description=t("stats.help"))
    parser.add_argument(
        "paths", nargs="+", type=Path, metavar=t("stats.paths_metavar"), help=t("stats.paths_help")
    )
    parser.add_argument(
        "--csv", type=Path, metavar=t("stats.csv_metavar"), help=t("stats.csv_help")
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from pra import store
    from pra.archive.package_stats import is_package, package_facts
    from pra.archive.report import display_name, reason_for, register_of, same_content
    from pra.archive.stats import Stats, render, tables
    from pra.cli.archive import progress_bar

    lang = args.lang
    if args.csv is not None and args.csv.exists() and not args.csv.is_dir():
        raise PraError("stats.csv_is_file", path=display_name(args.csv))
    packages = [p for p in args.paths if is_package(p)]
    files = list(store.iter_workshop_files(p for p in args.paths if not is_package(p)))
    if not files and not packages:
        raise PraError("archive.no_files", paths=", ".join(display_name(p) for p in args.paths))
    stats = Stats()
    for folder in packages:
        name = display_name(folder)
        package, checks = package_facts(folder, name)
        for check in checks:
            print(check_sentence(check, name, lang), file=sys.stderr)
        for facts in package:
            first = stats.add_facts(facts, name)
            if first is not None:
                again = t("stats.duplicate", lang=lang, file=name, id=facts.id, first=first)
                print(t("stats.skipped", lang=lang, reason=again), file=sys.stderr)
    counted_from: dict[str, Path] = {}  # workshop id -> the file it was counted from
    with progress_bar(len(files), t("stats.progress", lang=lang)) as advance:
        for path in files:
            name = display_name(path)
            try:
                ws = store.load(path)
            except PraError as error:
                what = reason_for(error, lang, register_of(path))  # participants by number
                why = t("store.in_file", lang=lang, file=name, what=what)
                print(t("stats.skipped", lang=lang, reason=why), file=sys.stderr)
            else:
                first = stats.add(ws, name)
                if first is None:
                    counted_from[ws.id] = path
                else:  # a copy, or another version (mentors' copies: pra merge)
                    earlier = counted_from.get(ws.id)  # None: counted from a data package
                    other = earlier is not None and not same_content(earlier, path)
                    key = "stats.conflict" if other else "stats.duplicate"
                    again = t(key, lang=lang, file=name, id=ws.id, first=first)
                    print(t("stats.skipped", lang=lang, reason=again), file=sys.stderr)
            advance(path)
    if stats.total.workshops == 0:
        print(t("stats.nothing", lang=lang), file=sys.stderr)
        return 1
    summary = tables(stats)
    print(t("stats.title", lang=lang, workshops=stats.total.workshops))
    print()
    print(render(summary, stats.by_city, lang), end="")
    if args.csv is not None:
        try:
            write_csv(summary, args.csv)
        except OSError as error:
            from pra.oserrors import os_reason

            where = display_name(args.csv)
            raise PraError("stats.csv_failed", path=where, reason=os_reason(error)) from None
        print(t("stats.csv_written", lang=lang, path=display_name(args.csv)))
    return 0


def check_sentence(check: GroupCheck, package: str, lang: Language) -> str:
    """The sentence naming a group whose summary row its detail tables contradict."""
    cells = "; ".join(
        t(
            f"stats.check.{d.relation}",
            lang=lang,
            column=d.column,
            summary=d.summary or "–",
            details=d.details or "–",
            basis=t(f"stats.check.basis.{d.basis}", lang=lang),
        )
        for d in check.disagreements
    )
    return t(
        "stats.check.group",
        lang=lang,
        package=package,
        workshop=check.workshop,
        group=check.group,
        cells=cells,
    )


def write_csv(summary: Sequence[StatsTable], folder: Path) -> None:
    """One CSV file per table in ``folder`` (made if needed; the tables of a previous run replaced)."""
    folder.mkdir(parents=True, exist_ok=True)
    for table in summary:
        with (folder / f"{table.name}.csv").open("w", encoding="utf-8", newline="") as f:
            writer = csv.writer(f, lineterminator="\n")
            writer.writerow([c.name for c in table.columns])
            writer.writerows(table.rows)
