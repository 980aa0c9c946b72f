"""``pra check FILE...``: is each workshop file sound? One line per problem, one OK per good file.

A sound file may still hold input a lender would send back (a pledge from a
non-member, a missing score …), or a followed group whose profit stays below its
business analysis ("perlu dilihat lagi"), or what its plans cannot do (a month whose
cash cannot pay the instalments, two participants of one name: "peringatan"): each is
a line too, and the file's last line counts them; they do not change the exit code.
A money plan that does not add up (:func:`pra.plan.checks.blocking_checks`) is a
problem: each line says "harus diperbaiki", the last that the file does not print,
exit 1; ``pra export`` refuses to print it with the same lines unless asked for a draft.
With more than one file, the summary counts the files at each level: with problems,
to look at again, with warnings, good.

A folder stands for every workshop file in it. Each file is only read, never
changed, and checked more strictly than opening it would be (see
:func:`pra.store.check_file`). The exit code is 0 when every file is sound and 1
otherwise, so the command fits in scripts and CI.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from pra import i18n
from pra.cli.printable import one_line
from pra.errors import PraError
from pra.i18n import Language, t

if TYPE_CHECKING:
    from collections.abc import Sequence

    from pra.model import BusinessGroup, Workshop


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "check", help=t("check.help"), description=t("check.description")
    )
    parser.add_argument(
        "paths", nargs="+", type=Path, metavar=t("check.files_metavar"), help=t("check.files_help")
    )
    # ``pra check FILE --lang en`` works too; the value is read before parsing (pra.cli).
    parser.add_argument(
        "--lang", choices=i18n.LANGUAGES, default=argparse.SUPPRESS, help=t("cli.lang_help")
    )
    parser.set_defaults(handler=run)


def _is_folder(path: Path) -> bool:
    """Whether ``path`` is a folder; a path that cannot be looked at is checked as a file."""
    try:
        return path.is_dir()
    except (OSError, ValueError):
        return False


def blocking_lines(
    ws: Workshop, path: Path, lang: Language | None, groups: Sequence[BusinessGroup] | None = None
) -> list[str]:
    """What stops the plans of ``groups`` (default: all) from printing
    (:func:`pra.plan.checks.blocking_checks`), one line each naming file, level and group.

    ``pra export`` refuses with these same lines (:mod:`pra.cli.export`)."""
    from pra.plan.checks import blocking_checks

    return [
        t("check.plan", lang=lang, file=path, group=g.name, problem=notice.text(lang))
        for g, notice in blocking_checks(ws, groups)
    ]


def _plan_problems(path: Path, lang: i18n.Language | None) -> list[str]:
    """The money plan's blocking sentences of a valid file, then the verdict saying it does
    not print."""
    from pra import store

    lines = blocking_lines(store.load(path), path, lang)
    if lines:
        lines.append(t("check.blocked", lang=lang, file=path, count=len(lines)))
    return lines


def _warnings(path: Path, lang: i18n.Language | None) -> list[str]:
    """What a sound file's plans cannot do (a month the cash cannot pay the instalments).

    Warnings, not problems: they are printed but leave the exit code alone.
    """
    from pra import store
    from pra.plan.business import workshop_warnings

    ws = store.load(path)
    return [
        t("check.warning", lang=lang, file=path, warning=notice.text(lang))
        for _, notice in workshop_warnings(ws)
    ]


def doubtful(path: Path, lang: Language | None) -> list[str]:
    """What a sound file holds that a lender would send back (:mod:`pra.plan.checks`), as lines.

    They do not make the file unsound (the exit code stays 0): the file opens
    and prints, but its plans contradict themselves until the room corrects them.
    """
    from pra import store
    from pra.plan.checks import input_checks

    try:
        ws = store.load(path)
    except (PraError, OSError):  # reported above already: nothing more to say
        return []
    return [
        t("check.doubtful", lang=lang, file=path, what=check.notice.text(lang))
        for check in input_checks(ws)
    ] + [
        t("check.doubtful", lang=lang, file=path, what=what) for what in _followup_doubts(ws, lang)
    ]


def _followup_doubts(ws: Workshop, lang: Language | None) -> list[str]:
    """Each meeting entered twice on its day or action due before its meeting, then each
    followed group whose profit stayed below its business analysis, as of its last record.

    Judged at the group's last meeting or assessment (not today), so the same file
    always gives the same lines.
    """
    from pra.plan.followup import profit_warning

    out = _records_doubted(ws, lang)
    for group in ws.groups:
        days = [m.date for m in group.followup.meetings]
        days += [a.date for a in group.followup.assessments]
        if not days:
            continue
        warning = profit_warning(group, max(days))
        if warning is not None:
            out.append(t("check.followup", lang=lang, group=group.name, problem=warning.text(lang)))
    return out


def _records_doubted(ws: Workshop, lang: Language | None) -> list[str]:
    """A meeting entered twice on its day, an action due before its meeting
    (:mod:`pra.model.followup_doubts`), each named where it is, as a problem would be.

    Refused when typed now, but a file saved before those rules may hold them: it opens
    all the same, so no typed work is lost, and the mentor merges or corrects them.
    """
    from pra.model.followup_doubts import followup_doubts
    from pra.store.file_errors import FileProblem
    from pra.store.places import place_of

    data = ws.model_dump(mode="json")
    out = []
    for gi, group in enumerate(ws.groups):
        for doubt in followup_doubts(group, ("groups", gi, "followup")):
            place = place_of(doubt.loc, data, with_field=False)
            found = FileProblem("", doubt.key, doubt.params, place)
            out.append(t("check.record", lang=lang, place=found.where(lang), what=found.what(lang)))
    return out


LEVELS = ("bad", "doubtful", "warned", "good")
"""A file's verdict, worst first: with problems (exit 1), valid with something to look at
again, valid with warnings only, good."""


def verdict(path: Path, notes: list[str], warnings: list[str], lang: Language | None) -> str:
    """The last line of a valid file: good, or what was said above it, counted."""
    if notes and warnings:
        return t(
            "check.ok_notes_warnings",
            lang=lang,
            file=path,
            count=len(notes),
            warnings=len(warnings),
        )
    if notes:
        return t("check.ok_notes", lang=lang, file=path, count=len(notes))
    if warnings:
        return t("check.ok_warnings", lang=lang, file=path, warnings=len(warnings))
    return t("check.ok", lang=lang, file=path)


def summary(counts: Counter[str], lang: Language | None) -> str:
    """``3 berkas diperiksa: 1 perlu dilihat lagi, 1 dengan peringatan, 1 baik``: each level
    that some file reached, worst first."""
    said = [t(f"check.level.{level}", lang=lang, n=counts[level]) for level in LEVELS]
    said = [text for level, text in zip(LEVELS, said, strict=True) if counts[level]]
    return t("check.summary", lang=lang, checked=sum(counts.values()), counts=", ".join(said))


def run(args: argparse.Namespace) -> int:
    import datetime as dt

    from pra import store

    lang = args.lang
    today = dt.date.today()
    counts: Counter[str] = Counter()
    empty_folders = 0
    for given in args.paths:
        files = list(store.iter_workshop_files([given])) if _is_folder(given) else [given]
        if not files:
            print(one_line(t("check.no_files", lang=lang, folder=given)))
            empty_folders += 1
            continue
        for path in files:
            lines = store.problems(path, lang, today) or _plan_problems(path, lang)
            for line in lines:
                print(one_line(line))
            if lines:
                counts["bad"] += 1
                continue
            notes = doubtful(path, lang)
            warnings = _warnings(path, lang) + _name_warnings(path, lang)
            for line in notes + warnings:
                print(one_line(line))
            print(one_line(verdict(path, notes, warnings, lang)))
            counts["doubtful" if notes else "warned" if warnings else "good"] += 1
    if counts.total() > 1:
        print(summary(counts, lang))
    return 1 if counts["bad"] or empty_folders else 0


def _name_warnings(path: Path, lang: i18n.Language | None) -> list[str]:
    """What a sound file may hold but should not (it is still valid): people sharing a name.

    New entries are refused such a name; older files may have it, so only a warning.
    """
    from pra import store
    from pra.model.people import same_names

    return [
        t("check.same_name", lang=lang, file=path, name=group[0].name, n=len(group))
        for group in same_names(store.load(path).participants)
    ]
