"""A group's progress at a glance: the members' instalments due against paid by month as bars (the
last 12 months with any), under them the group's own repayments to each lender (due, paid,
arrears), the attendance of the last 8 meetings, the grades, the warnings, and the sales and
profit reported in the last 12 months that had a report, each month against the business
analysis (▼ on a month whose profit is below the plan's), then the mandiri conditions.

Every figure comes from :func:`pra.plan.followup.group_progress`, the same value the
printed progress report uses. The day it is counted at is today, unless the
group's last record is more than a year old (an example, an old file): then that
record's day; the mentor can type another day. The line of fields above the
figures holds the mentor, the LKM the group is linked to (and when), the day it
became mandiri, and the mentor's reflection with the group. A text not kept there (refused,
or an LKM waiting for its day) stays with the group it was typed for
(:attr:`DashboardPane.held`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Input, Static

from pra.edit import followup as fu
from pra.edit.info import parse_date
from pra.errors import PraError
from pra.i18n import t
from pra.model import BusinessGroup, Workshop
from pra.plan.due_dates import add_months
from pra.plan.followup import GroupProgress, MonthDue, group_progress
from pra.plan.formatting import (
    format_date,
    format_day_month,
    format_month,
    format_number,
    format_percent,
    format_rupiah,
)
from pra.tui import notices
from pra.tui.followup.pane import FollowUpPane
from pra.tui.keys import KeyHint
from pra.tui.widgets.field import TextField
from pra.tui.widgets.reading import ReadingScroll

if TYPE_CHECKING:
    from pra.tui.session import Session

BAR = 30
"""The longest bar, in columns."""
MONTHS = 12
"""The months shown (the last ones up to the day counted)."""
STALE_DAYS = 366
"""A last record older than this: the dashboard counts at that record, not today."""
FIELDS = ("mentor", "lkm", "linked_on", "independent_on")
DATES = ("linked_on", "independent_on", "on")
LKM_PAIR = ("lkm", "linked_on")
"""Kept together: an LKM is linked on a day, and a name without its day waits for it."""

Slot = tuple[str, str]
"""Where a text not kept was typed: the group, the field's name (``lkm``, ``independent_on``)."""


def _date_width(hint: str) -> int:
    """A date field's columns: ``01-05-2004`` or its hint, whichever is longer, and the edges."""
    return max(len("01-05-2004"), cell_len(hint)) + 2


def last_record(group: BusinessGroup) -> dt.date | None:
    days = [m.date for m in group.followup.meetings]
    days += [a.date for a in group.followup.assessments]
    return max(days, default=None)


def default_day(group: BusinessGroup, today: dt.date) -> dt.date:
    """Today, or the group's last record when that is more than a year old."""
    last = last_record(group)
    return last if last is not None and (today - last).days > STALE_DAYS else today


def bar_line(month: MonthDue, top: int, until: dt.date | None = None) -> str:
    """``Sep 2003  ████████░░░  400.000 / 500.000``: paid (█) against due (░ still unpaid);
    ``until``: the month is counted up to that day only, and the line says so (rev15 F6: a
    July cut at 4 July read "151.000 / 0", an overpayment)."""
    scale = BAR / top if top else 0
    paid = round(month.paid * scale)
    due = round(month.due * scale)
    bar = "█" * paid + "░" * max(due - paid, 0)
    figures = f"{format_number(month.paid)} / {format_number(month.due)}"
    if until is not None:
        figures += t("tui.followup.dashboard.month_until", date=format_day_month(until))
    return f"{format_month(month.month, short=True):>9}  {bar:<{BAR}}  {figures}"


def due_bars(months: Sequence[MonthDue], on: dt.date) -> list[str]:
    """The last months' bars; the month of ``on`` cut at that day when it runs past it."""
    shown = [m for m in months if m.due or m.paid][-MONTHS:]
    top = max((max(m.due, m.paid) for m in shown), default=0)
    return [
        bar_line(m, top, on if add_months(m.month, 1) - dt.timedelta(days=1) > on else None)
        for m in shown
    ]


def _lender_arrears(progress: GroupProgress) -> str:
    """The group's own arrears to its lenders, for the headline beside the members' arrears
    (a headline with "tunggakan Rp 0" over a lender's "tunggakan Rp 2.466.000" read as a
    contradiction, #12); empty when the group has no lender loan under way."""
    owing = [s.arrears for s in progress.lenders if s.taken and s.dated]
    if not owing:
        return ""
    return t("tui.followup.dashboard.summary_lenders", arrears=format_rupiah(sum(owing)))


def lender_lines(progress: GroupProgress) -> list[str]:
    """One line per lender loan: what its schedule made due up to the day, what the group paid
    it at its meetings, and the arrears (under the members' bars: the group's own debt); a
    loan the lender hands over after the day is planned, not yet disbursed (no "due Rp 0")."""
    from pra.plan.sources import source_name

    return [
        t(
            "tui.followup.dashboard.lender_row",
            lender=source_name(s.loan).text(),
            due=format_rupiah(s.due),
            paid=format_rupiah(s.paid),
            arrears=format_rupiah(s.arrears),
        )
        if s.taken and s.dated
        else t(
            "tui.followup.dashboard.lender_planned",
            lender=source_name(s.loan).text(),
            amount=format_rupiah(s.loan.principal),
            date=format_date(s.disbursed),
        )
        if s.disbursed is not None
        else t(
            "tui.followup.dashboard.lender_undated",
            lender=source_name(s.loan).text(),
            paid=format_rupiah(s.paid),
        )
        for s in progress.lenders
    ]


def sales_lines(progress: GroupProgress) -> str:
    """The last months' reported sales and profit against the business analysis, one a line;
    nothing for a group without an analysis or reports."""
    rows = progress.sales[-MONTHS:]
    if not rows:
        return ""
    width = max(len(format_number(max(m.sales, m.planned_sales))) for m in rows)
    lines = [t("tui.followup.dashboard.sales_head")]
    for m in rows:
        profit = format_number(m.profit) if m.profit is not None else "–"
        lines.append(
            t(
                "tui.followup.dashboard.sales_row",
                month=f"{format_month(m.month, short=True):>9}",
                sales=f"{format_number(m.sales):>{width}}",
                planned_sales=f"{format_number(m.planned_sales):<{width}}",
                profit=f"{profit:>{width}}",
                planned_profit=format_number(m.planned_profit),
                mark=" ▼" if m.below_plan else "",
            )
        )
    return "\n".join(lines)


def _percent(value: object) -> str:
    from decimal import Decimal

    return format_percent(value.quantize(Decimal(1))) if isinstance(value, Decimal) else "–"


class DashboardPane(FollowUpPane):
    """The progress tab (see the module docstring)."""

    def __init__(self, session: Session) -> None:
        super().__init__(session, id="fu-dashboard-pane")
        self.on_day: dt.date | None = None
        """The day typed by the mentor; ``None``: :func:`default_day`."""
        self.held: dict[Slot, str] = {}
        """Texts not kept, each for the group it was typed for: refused, or an LKM and its day
        waiting for each other. Another group's fields show that group's values (or texts held
        for it), never these; they are back when their group is shown again. Without them the
        text stayed in its field after F3, and its blur kept it under the next group (an LKM
        typed for one group linked the next one)."""
        self.reasons: dict[Slot, str] = {}
        """Why each text in :attr:`held` was refused (none for a name waiting for its day):
        said again when its group is shown again."""
        self.shown_group: str | None = None
        """The group the fields were last filled for."""

    def compose(self) -> ComposeResult:
        # the mentor's and the LKM's names on a row of their own, half of it each (a label beside each): five fields
        # in one row cut them at a fifth ("Hendra Saputra (Yayasan Bina"); then the dates, as
        # wide as a date or their hint. Each field has its label beside it (rev15 F11: a hint
        # inside the field was gone once it was filled, and three dates could not be told apart)
        fields = {
            name: TextField(
                placeholder=t(f"tui.followup.dashboard.{name}"), compact=True, id=f"fu-{name}"
            )
            for name in FIELDS
        }
        fields["on"] = TextField(
            placeholder=t("tui.followup.dashboard.on"), compact=True, id="fu-on"
        )
        for name in DATES:
            fields[name].styles.width = _date_width(fields[name].placeholder)
        for row in (("mentor", "lkm"), DATES):
            with Horizontal(classes="entry"):
                for name in row:
                    yield Static(
                        t(f"tui.followup.dashboard.{name}_label"),
                        classes="fu-label",
                        id=f"fu-{name}-label",
                    )
                    yield fields[name]
        with Horizontal(classes="entry", id="fu-reflection-line"):  # a sentence: the whole row
            yield TextField(
                placeholder=t("tui.followup.dashboard.reflection"),
                compact=True,
                id="fu-reflection",
            )
        # how to reach the figures under the fields (below the fold at 100x30): on the line
        # that parted the fields from them (the date row is full with its labels)
        yield KeyHint("tui.followup.dashboard.keys", id="fu-dashboard-keys")
        with ReadingScroll(id="fu-dashboard"):  # Tab reaches it: ↑/↓ scroll, the footer says so
            yield Static(id="fu-summary", classes="fu-heading")
            yield Static(id="fu-bars")
            yield Static(id="fu-attendance")
            yield Static(id="fu-grades")
            yield Static(id="fu-warnings")
            yield Static(id="fu-sales-plan")
            yield Static(id="fu-mandiri")

    def day(self, group: BusinessGroup) -> dt.date:
        today = self.session.clock().date()
        return self.on_day or default_day(group, today)

    def show(self, ws: Workshop, group_id: str | None) -> None:
        group = self.group
        if group is None:
            return
        followup = group.followup
        values = {
            "mentor": followup.mentor,
            "lkm": followup.lkm,
            "linked_on": followup.linked_on.strftime("%d-%m-%Y") if followup.linked_on else "",
            "independent_on": (
                followup.independent_on.strftime("%d-%m-%Y") if followup.independent_on else ""
            ),
            "reflection": followup.reflection,
        }
        moved = self.shown_group != group.id
        self.shown_group = group.id
        for name, value in values.items():
            self._show_field(self.query_one(f"#fu-{name}", Input), (group.id, name), value, moved)
        progress = group_progress(ws, group, self.day(group))
        self.query_one("#fu-summary", Static).update(self._summary(progress))
        bars = due_bars(progress.months, progress.on)
        self.query_one("#fu-bars", Static).update(
            "\n".join(
                [t("tui.followup.dashboard.bars_head"), *bars, *lender_lines(progress)]
                if bars
                else [t("tui.followup.dashboard.no_dues"), *lender_lines(progress)]
            )
        )
        self.query_one("#fu-sales-plan", Static).update(sales_lines(progress))
        self.query_one("#fu-attendance", Static).update(self._attendance(progress))
        self.query_one("#fu-grades", Static).update(self._grades(progress))
        warnings = [f"⚠ {w.text()}" for w in progress.warnings]
        self.query_one("#fu-warnings", Static).update(
            "\n".join([t("tui.followup.dashboard.warnings_head"), *warnings])
            if warnings
            else t("tui.followup.dashboard.no_warnings")
        )

        met = [c for c in progress.mandiri if c.met]
        lines = [
            t("tui.followup.dashboard.mandiri_head", met=len(met), count=len(progress.mandiri))
        ]
        lines += [f"{'✓' if c.met else '·'} {c.notice.text()}" for c in progress.mandiri]
        self.query_one("#fu-mandiri", Static).update("\n".join(lines) if progress.mandiri else "")

    def _summary(self, progress: GroupProgress) -> str:
        grading = progress.grading
        grade = (
            t(
                "tui.followup.dashboard.grade",
                grade=grading.grade,
                percent=_percent(grading.percent),
            )
            if grading is not None
            else t("tui.followup.dashboard.no_grade")
        )
        return t(
            "tui.followup.dashboard.summary",
            on=format_date(progress.on),
            rate=_percent(progress.repayment_rate),
            par30=_percent(progress.par30),
            attendance=_percent(progress.attendance_rate),
            grade=grade,
            arrears=format_rupiah(progress.arrears),
            lenders=_lender_arrears(progress),
        )

    def _attendance(self, progress: GroupProgress) -> str:
        rows = [
            # a day and its count on one line: never "1 Apr" / "10/10"
            f"{format_day_month(m.date)} {m.present}/{m.expected}".replace(" ", "\u00a0")
            for m in progress.meetings[-8:]
        ]
        if not rows:
            return t("tui.followup.dashboard.no_meetings")
        return f"{t('tui.followup.dashboard.attendance_head')} " + "  ·  ".join(rows)

    def _grades(self, progress: GroupProgress) -> str:
        if not progress.grades:
            return ""
        rows = []
        for g in progress.grades:
            text = f"{format_date(g.date)} {g.grade} ({_percent(g.percent)})"
            if g.overridden:
                text += f" — {t('tui.followup.dashboard.by_hand', reason=g.reason)}"
            rows.append(text)
        return f"{t('tui.followup.dashboard.grades_head')} " + "  ·  ".join(rows)

    # -- the fields -------------------------------------------------------------------------
    def _show_field(self, field: Input, slot: Slot, value: str, moved: bool) -> None:
        """Show the group's ``value``, or the text held for it (:attr:`held`). On another group
        (``moved``) always, the focused field too: :meth:`commit_pending` has kept what it
        could for the group before, and held the rest. On the same group, a field showing
        its held text keeps it; typing not yet kept stays (:meth:`show_value`)."""
        held = self.held.get(slot)
        if moved:
            shown = held if held is not None else value
            if field.value != shown:
                field.value = shown
            refused = held is not None and bool(self.reasons.get(slot))
            field.set_class(refused, notices.REFUSED)
            if refused:
                self.call_later(self._say_refused, field)  # its group shown again
            return
        if held is not None:
            if field.value == held:
                return  # not kept as it stands: it stays in its field until corrected
            if not self.typing_in(field):
                self._forget((slot[1],))  # typed over and kept, or taken back
        self.show_value(field, value)

    def _slot(self, field: Input) -> Slot | None:
        name = (field.id or "").removeprefix("fu-")
        if self.group_id is None or name not in (*FIELDS, "reflection"):
            return None
        return (self.group_id, name)

    def holds_refused(self, field: Input) -> bool:
        """Does ``field`` show the text it refused for this group? Then it keeps its error
        border when another edit is kept (:func:`pra.tui.notices.unmark_refused`)."""
        slot = self._slot(field)
        return (
            slot is not None
            and field.value != ""
            and self.held.get(slot) == field.value
            and bool(self.reasons.get(slot))
        )

    def _say_refused(self, field: Input) -> None:
        """A field holding the text it refused is shown again: its sentence is said again."""
        slot = self._slot(field)
        if slot is None or not field.is_attached or not self.holds_refused(field):
            return
        notices.refused(self.app, field)
        self.notify(self.reasons[slot], severity="error")

    def _hold(self, names: tuple[str, ...], reason: str) -> None:
        """The fields ``names`` hold texts not kept for this group; ``reason``: why refused."""
        for name in names:
            if self.group_id is None:
                return
            slot = (self.group_id, name)
            self.held[slot] = self.query_one(f"#fu-{name}", Input).value
            self.reasons[slot] = reason

    def unkept(self) -> list[str]:
        """Each text held and not kept (:attr:`held`), said in a sentence with its group:
        quitting loses them, so the first Ctrl+Q says them (:func:`pra.tui.quitting.unkept`).
        An LKM waiting for its day is said as such; a refused text as refused."""
        said = []
        for (group_id, name), text in self.held.items():
            if not text.strip():
                continue
            group = self.session.workshop.group(group_id)
            where = group.name if group is not None else group_id
            if self.reasons.get((group_id, name)):
                said.append(t("tui.followup.dashboard.unkept_refused", group=where, text=text))
            elif name == "lkm":
                said.append(t("tui.followup.dashboard.unkept_lkm", group=where, lkm=text))
        return said

    def _forget(self, names: tuple[str, ...]) -> None:
        """The fields ``names`` hold nothing not kept for this group any more."""
        for name in names:
            if self.group_id is not None:
                self.held.pop((self.group_id, name), None)
                self.reasons.pop((self.group_id, name), None)

    def _as_held(self, names: tuple[str, ...]) -> bool:
        """Do the fields ``names`` show the texts refused for this group, unchanged? Then
        leaving them again refuses nothing again (it was said)."""
        if self.group_id is None:
            return False
        slots = [(self.group_id, name) for name in names]
        return any(self.reasons.get(slot) for slot in slots) and all(
            self.held.get(slot) == self.query_one(f"#fu-{slot[1]}", Input).value for slot in slots
        )

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._keep(event.input)

    def on_input_blurred(self, event: Input.Blurred) -> None:
        with notices.about(event.input):  # kept after the focus moved on: refused, it says so
            self._keep(event.input)

    def keep(self, field: Input) -> None:
        """Every field of the tab is kept as its blur keeps it (F3, Ctrl+Q)."""
        self._keep(field)

    def _keep(self, field: Input) -> None:
        """Keep what ``field`` holds; once kept (an edit made), Ctrl+Z undoes the edit rather
        than the typing. A text refused, or waiting for its pair (an LKM without its date),
        stays typing that Ctrl+Z takes back."""
        before = self.session.workshop
        self._keep_value(field)
        if self.session.workshop is not before and isinstance(field, TextField):
            field.forget_typing()

    def _keep_value(self, field: Input) -> None:
        group = self.group
        name = (field.id or "").removeprefix("fu-")
        if group is None:
            return
        value = field.value
        if name == "on":
            try:
                self.on_day = parse_date(value)
            except PraError as error:
                notices.refused(self.app, field)
                self.notify(error.message(), severity="error")
                return
            self.refresh_pane(self.group_id)
            return
        names = LKM_PAIR if name in LKM_PAIR else (name,)
        if self._as_held(names):
            return  # refused as it stands, and said when it was: not refused again
        followup = group.followup
        lkm = self.query_one("#fu-lkm", Input).value
        linked = self.query_one("#fu-linked_on", Input).value
        kept = True
        if name == "mentor" and value.strip() != followup.mentor:
            kept = self.change(
                lambda ws, g: fu.set_mentor(ws, g, value), t("tui.followup.dashboard.saved")
            )
        elif name == "reflection" and value.strip() != followup.reflection:
            kept = self.change(
                lambda ws, g: fu.set_reflection(ws, g, value), t("tui.followup.dashboard.saved")
            )
        elif name in LKM_PAIR:
            before = (
                followup.lkm,
                followup.linked_on.strftime("%d-%m-%Y") if followup.linked_on else "",
            )
            if (lkm.strip(), linked.strip()) != before:
                if lkm.strip() and not linked.strip():
                    self._hold(names, "")  # a name waiting for its day: kept with it
                    return
                kept = self.change(
                    lambda ws, g: fu.link_lkm(ws, g, lkm, linked or None),
                    t("tui.followup.dashboard.saved"),
                )
        elif name == "independent_on":
            now = followup.independent_on.strftime("%d-%m-%Y") if followup.independent_on else ""
            if value.strip() != now:
                kept = self.change(
                    lambda ws, g: fu.set_independent(ws, g, value or None),
                    t("tui.followup.dashboard.saved"),
                )
        # an edit that changed nothing (``6-11-2003`` for ``06-11-2003``) is not a refusal
        if kept or self.session.last_error is None:
            self._forget(names)
        else:
            self._hold(names, self.session.last_error)
