"""Writing progress reports: which groups, which period, file names; used by ``pra report``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from pra.errors import PraError
from pra.export.files import ALL, ExportResult, select_groups, write_documents
from pra.export.naming import safe_stem
from pra.export.template import load_template
from pra.i18n import Language, t
from pra.model import BusinessGroup, Workshop
from pra.plan.notice import Day

if TYPE_CHECKING:
    from docx.document import Document


def report_period(
    ws: Workshop, group: BusinessGroup, first: dt.date | None, last: dt.date | None
) -> tuple[dt.date, dt.date]:
    """The period asked for; by default from the follow-up's start to the group's last record.

    Refused when the end comes before the start, when nothing tells the period, or when the
    period ends before the group's follow-up begins (:func:`not_started`).
    """
    from pra.export.report import last_record
    from pra.plan.followup import followup_start

    start = first or followup_start(ws, group)
    end = last or last_record(group)
    if start is None or end is None:
        raise PraError("export.report.no_period", group=group.name)
    if end < start:
        raise PraError("export.report.bad_period", first=Day(start), last=Day(end))
    if (begins := not_started(ws, group, end)) is not None:
        raise before_followup(ws, start, end, begins, group.name)
    return start, end


def before_followup(
    ws: Workshop, first: dt.date, last: dt.date, begins: dt.date, group: str | None
) -> PraError:
    """The refusal of a period that ends before the follow-up begins: it names the period, the
    day the follow-up begins and the workshop's day (of ``group``, else of every group)."""
    key = "export.report.before_followup" + ("" if group else "_all")
    params: dict[str, object] = {"first": Day(first), "last": Day(last), "start": Day(begins)}
    if group:
        params["group"] = group
    if ws.info.date is None:
        return PraError(f"{key}_undated", **params)
    return PraError(key, **params, workshop=Day(ws.info.date))


def not_started(ws: Workshop, group: BusinessGroup, end: dt.date) -> dt.date | None:
    """The day the group's follow-up begins when a period ending on ``end`` is wholly before it
    (nothing to report: no meeting, no assessment, no fund yet), else ``None``.

    It begins at the follow-up's start (the plan's calendar start, else the workshop's day) or
    at the group's first record, whichever is earlier.
    """
    from pra.plan.followup import followup_start

    days = [m.date for m in group.followup.meetings]
    days += [a.date for a in group.followup.assessments]
    if (start := followup_start(ws, group)) is not None:
        days.append(start)
    begins = min(days, default=None)
    return begins if begins is not None and end < begins else None


def mentors_groups(
    ws: Workshop, groups: Sequence[BusinessGroup], mentor: str, source: str
) -> list[BusinessGroup]:
    """Those of ``groups`` that ``mentor`` follows, the name matched as the archive's mentor key
    matches one (:func:`pra.model.person_names.name_key`: folded, titles and the institution in
    brackets aside); a :class:`PraError` naming the file's mentors if there is none."""
    from pra.model.person_names import name_key

    wanted = name_key(mentor)
    chosen = [g for g in groups if wanted and name_key(ws.mentor_of(g)) == wanted]
    if chosen:
        return chosen
    known = list(dict.fromkeys(m for g in ws.groups if (m := ws.mentor_of(g))))
    if not known:
        raise PraError("export.report.no_mentor_none", mentor=mentor.strip(), file=source)
    raise PraError(
        "export.report.no_mentor",
        mentor=mentor.strip(),
        file=source,
        mentors=", ".join(f'"{m}"' for m in known),
    )


def export_reports(
    ws: Workshop,
    *,
    source: str,
    output: Path | None = None,
    group: str = ALL,
    first: dt.date | None = None,
    last: dt.date | None = None,
    mentor: str | None = None,
    summary: bool = False,
    template_dir: Path | None = None,
    lang: Language = "id",
) -> ExportResult:
    """The progress report of each chosen group (of ``mentor``'s groups, if given) and, with
    ``summary``, the mentor's summary across them at the period's end."""
    from pra.export.report import build_report, build_summary
    from pra.plan.formatting import format_date

    template = load_template(template_dir)
    groups = select_groups(ws, group, source)
    if mentor:
        groups = mentors_groups(ws, groups, mentor, source)
    notes: list[str] = []
    if group.strip().casefold() == ALL:
        followed = [g for g in groups if g.followup.meetings or g.followup.assessments]
        notes += [
            t("export.report.not_followed", lang, group=g.name) for g in groups if g not in followed
        ]
        if not followed:
            raise PraError("export.report.none_followed", file=source)
        groups = followed
    workshop = ws.info.title or t("export.untitled", lang)
    jobs: list[tuple[str, Callable[[], Document]]] = []
    ends: list[dt.date] = []
    later: list[dt.date] = []
    for g in groups:
        if len(groups) > 1 and last is not None and (begins := not_started(ws, g, last)):
            # one of several groups not yet followed in the period: said, the others written
            said = format_date(begins, lang)
            notes.append(t("export.report.not_started", lang, group=g.name, start=said))
            later.append(begins)
            continue
        start, end = report_period(ws, g, first, last)
        ends.append(end)
        stem = safe_stem(f"{t('export.report.file', lang)} - {g.name} - {workshop}")
        jobs.append(
            (stem, lambda g=g, s=start, e=end: build_report(ws, g, template, lang, s, e))  # type: ignore[misc]
        )
    if not jobs and later and last is not None:
        raise before_followup(ws, first or last, last, min(later), None)
    if summary:
        on = last or max(ends)
        stem = safe_stem(f"{t('export.report.summary_file', lang)} - {workshop}")
        jobs.append((stem, lambda: build_summary(ws, groups, template, lang, on)))
    written, failed = write_documents(jobs, output, notes, lang)
    return ExportResult(written, [], notes, failed)
