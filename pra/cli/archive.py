"""``pra archive DIR_OR_FILE... -o OUTDIR [--with-names] [--no-raw] [--mentor-key FILE]``.

The research archive.

Every workshop file found is validated and written into one Frictionless data
package (see :mod:`pra.archive`). A file that cannot be used is listed in
``data/skipped.csv`` and on the terminal, and the run goes on; the exit code is
1 when no workshop at all could be archived, and when two files hold one workshop
(the same id) with different content: the package is written with the first, and
both files are named, since which version is the workshop's record is the
researcher's to settle, never a guess of the archive's. A second file with the
same content (a copy) is only listed as skipped: nothing is lost. A progress bar is drawn on a
terminal (never when standard error is redirected or in CI). A steward's mentor key
(``--mentor-key``, :mod:`pra.archive.mentor_key`) is read before anything is written: one
that cannot be used ends the run with a sentence, nothing written.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from pra.errors import PraError
from pra.i18n import t


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("archive", help=t("archive.help"), description=t("archive.help"))
    parser.add_argument(
        "paths",
        nargs="+",
        type=Path,
        metavar=t("archive.paths_metavar"),
        help=t("archive.paths_help"),
    )
    parser.add_argument(
        "-o",
        "--out",
        type=Path,
        required=True,
        metavar=t("archive.out_metavar"),
        help=t("archive.out_help"),
    )
    parser.add_argument("--with-names", action="store_true", help=t("archive.with_names_help"))
    parser.add_argument("--no-raw", action="store_true", help=t("archive.no_raw_help"))
    parser.add_argument(
        "--mentor-key",
        type=Path,
        metavar=t("archive.mentor_key_metavar"),
        help=t("archive.mentor_key_help"),
    )
    parser.add_argument(
        "--jobs",
        type=int,
        default=0,
        metavar=t("archive.jobs_metavar"),
        help=t("archive.jobs_help"),
    )
    parser.set_defaults(handler=run)


def show_progress() -> bool:
    """A progress bar only for a person watching: standard error is a terminal, and not in CI."""
    return sys.stderr.isatty() and not os.environ.get("CI")


@contextmanager
def progress_bar(total: int, label: str) -> Iterator[Callable[[Path], None]]:
    """A callback to call after each file: it advances a bar on a terminal, else does nothing."""
    if not show_progress() or total < 2:
        yield lambda _path: None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    columns = (TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task(label, total=total)
        yield lambda _path: progress.advance(task)


AUTO_MIN_FILES = 200
"""Below this many files, starting worker processes costs more than it saves."""


def auto_workers(files: int) -> int:
    """Worker processes for ``files`` files when ``--jobs`` is not given: one per CPU, at most 8."""
    return min(os.cpu_count() or 1, 8) if files >= AUTO_MIN_FILES else 1


def run(args: argparse.Namespace) -> int:
    from pra import store
    from pra.archive.report import display_name
    from pra.archive.writer import ArchiveOptions, build_archive

    lang = args.lang
    files = list(store.iter_workshop_files(args.paths))
    if not files:
        raise PraError("archive.no_files", paths=", ".join(display_name(p) for p in args.paths))
    key = None
    if args.mentor_key is not None:
        from pra.archive.mentor_key import read_mentor_key

        if args.with_names:
            raise PraError("archive.mentor_key_with_names")
        key = read_mentor_key(args.mentor_key)
    options = ArchiveOptions(with_names=args.with_names, raw=not args.no_raw, mentor_key=key)
    with progress_bar(len(files), t("archive.progress", lang=lang)) as advance:
        workers = args.jobs if args.jobs > 0 else auto_workers(len(files))
        result = build_archive(files, args.out, store.load, options, advance, workers)
    if result.skipped:
        print(t("archive.skipped", lang=lang, count=len(result.skipped)), file=sys.stderr)
        for skipped in result.skipped:
            print(
                t("archive.skipped_line", lang=lang, file=skipped.file, reason=skipped.reason),
                file=sys.stderr,
            )
    if result.workshops == 0:
        print(t("archive.nothing_archived", lang=lang), file=sys.stderr)
        return 1
    print(
        t(
            "archive.done",
            lang=lang,
            workshops=result.workshops,
            participants=result.participants,
            out=display_name(args.out),
        )
    )
    if key is not None and not result.key_linked:
        file = display_name(args.mentor_key)
        print(t("archive.mentor_key_nothing", lang=lang, file=file), file=sys.stderr)
        return 1
    for line, name in result.key_unmatched:
        file = display_name(args.mentor_key)
        print(
            t("archive.mentor_key_unmatched", lang=lang, file=file, line=line, name=name),
            file=sys.stderr,
        )
    if result.conflicts:
        print(t("archive.conflicts", lang=lang, count=len(result.conflicts)), file=sys.stderr)
        for workshop_id, first, second in result.conflicts:
            print(
                t("archive.conflict_line", lang=lang, id=workshop_id, first=first, file=second),
                file=sys.stderr,
            )
        print(t("archive.conflicts_settle", lang=lang), file=sys.stderr)
        return 1
    return 0
