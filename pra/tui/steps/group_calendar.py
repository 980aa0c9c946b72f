"""Step 9, the activity calendar (kalender kegiatan): steps × weeks or months.

The grid comes from :func:`pra.plan.calendar_grid.calendar_grid` on the
group's schedule. A cell where a step runs shows ``■`` and the short codes of
the people responsible (the legend names them); a period the group cannot
work is marked ``✕`` with the word in the legend, so nothing relies on colour.
The second tab holds the settings: start date, unit (Ctrl+T, weeks or months),
the limit of overlapping steps per person (Ctrl+↑/↓), and the unavailable
periods. Neither is a letter: typed in a field, "u" is a letter, never a unit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.widgets import DataTable, Input, Label, Static, TabbedContent, TabPane

from pra.edit import calendar as edits
from pra.edit.base import find
from pra.i18n import t
from pra.model import BusinessGroup, PraStep, Workshop
from pra.plan.calendar_grid import calendar_grid
from pra.plan.formatting import format_date, format_day_month
from pra.plan.periods import Period
from pra.plan.schedule import workshop_schedule
from pra.tui.keys import KeyHint
from pra.tui.steps.base import register
from pra.tui.steps.group_base import Field, GroupStepView, PlainScroll, RowOps, entry_form
from pra.tui.widgets.field import TextField
from pra.tui.widgets.table import Cell, fill

FORM = "blackout-form"
TITLE_WIDTH = 24


def people_codes(ws: Workshop, group: BusinessGroup) -> dict[str, str]:
    """Two-letter codes for the members (``RO`` for Rohani), unique within the group."""
    codes: dict[str, str] = {}
    taken: set[str] = set()
    for pid in group.member_ids:
        person = ws.participant(pid)
        letters = "".join(ch for ch in (person.name if person else pid) if ch.isalpha()).upper()
        candidates = [letters[:1] + ch for ch in letters[1:]] or [letters or "?"]
        code = next((c for c in candidates if c not in taken), None)
        if code is None:
            code = f"{letters[:1]}{len(taken) + 1}"
        taken.add(code)
        codes[pid] = code
    return codes


def period_header(period: Period) -> str:
    """A short column title: ``M1 1/9`` for a week, ``Sep 2003`` for a month; ``✕`` when unavailable."""
    if period.start is None:
        text = t(f"tui.calendar.col_{period.unit}", n=period.index + 1, day="").strip()
    elif period.unit == "week":
        text = t(
            "tui.calendar.col_week",
            n=period.index + 1,
            day=format_day_month(period.start, numeric=True),
        )
    else:
        text = period.label(short=True)
    return f"✕ {text}" if period.blackout_ids else text


def _values(group: BusinessGroup, ref: str) -> Mapping[str, str]:
    b = find(group.calendar.blackouts, ref)
    return {
        "label": b.label,
        "start": b.start.strftime("%d-%m-%Y"),
        "end": b.end.strftime("%d-%m-%Y"),
    }


@register
class CalendarView(GroupStepView):
    step = PraStep.CALENDAR

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+t", "unit", t("tui.calendar.key_unit")),
        Binding("ctrl+up", "parallel(1)", t("tui.calendar.key_parallel"), show=False),
        Binding("ctrl+down", "parallel(-1)", t("tui.calendar.key_parallel"), show=False),
    ]
    ROWS: ClassVar[Mapping[str, RowOps]] = {
        "blackout-table": RowOps(edits.remove_blackout, None, FORM, _values),
    }
    HINTS: ClassVar[Mapping[str, str]] = {FORM: "tui.calendar.blackout_hint"}

    def compose(self) -> ComposeResult:
        with TabbedContent(id="cal-tabs"):
            with TabPane(t("tui.calendar.tab_grid"), id="tab-grid"), PlainScroll():
                yield Static(id="cal-head", classes="box-title")
                yield DataTable(
                    id="cal-grid", cursor_type="row", zebra_stripes=True, fixed_columns=1
                )
                yield Static(id="cal-legend", classes="summary")
                yield Static(id="cal-warnings", classes="warnings")
            with TabPane(t("tui.calendar.tab_settings"), id="tab-settings"):
                with Horizontal(id="cal-settings"):
                    yield Label(t("tui.calendar.start"))
                    yield TextField(placeholder="1-9-2003", id="cal-start", compact=True)
                yield KeyHint(id="cal-unit", classes="summary")
                yield Static(t("tui.calendar.blackouts"), classes="box-title")
                yield from self.form_hint(FORM)
                yield from entry_form(
                    FORM,
                    [
                        Field("label", t("tui.calendar.label_hint")),
                        Field("start", t("tui.calendar.from_hint"), 13),
                        Field("end", t("tui.calendar.to_hint"), 13),
                    ],
                )
                yield DataTable(id="blackout-table", cursor_type="row")

    def focus_first(self) -> None:
        self.query_one("#cal-grid", DataTable).focus()

    def show(self, ws: Workshop, group_id: str | None) -> None:
        group = self.group
        if group is None:
            return
        cal = group.calendar
        schedule = workshop_schedule(ws, group)
        unit = t(f"tui.calendar.unit_{cal.unit}")
        start = format_date(schedule.start) if schedule.start else t("tui.calendar.no_start")
        self.query_one("#cal-head", Static).update(
            t("tui.calendar.head", group=group.name, start=start, unit=unit, n=schedule.length)
        )
        self._show_grid(ws, group)
        warnings = "\n".join(f"⚠ {w.text()}" for w in schedule.warnings)
        self.query_one("#cal-warnings", Static).update(warnings)
        field = self.query_one("#cal-start", Input)
        if not field.has_focus:
            field.value = cal.start.strftime("%d-%m-%Y") if cal.start else ""
        self.query_one("#cal-unit", KeyHint).say(
            "tui.calendar.unit_line", unit=unit, limit=cal.max_parallel_per_person
        )
        rows: list[tuple[str, list[Cell]]] = [
            (b.id, [b.label, b.start.strftime("%d-%m-%Y"), b.end.strftime("%d-%m-%Y")])
            for b in cal.blackouts
        ]
        fill(
            self.query_one("#blackout-table", DataTable),
            [t("tui.calendar.col_label"), t("tui.calendar.col_from"), t("tui.calendar.col_to")],
            rows,
        )

    def _show_grid(self, ws: Workshop, group: BusinessGroup) -> None:
        schedule = workshop_schedule(ws, group)
        codes = people_codes(ws, group)
        number = {s.id: i for i, s in enumerate(group.steps, 1)}
        rows: list[tuple[str, list[Cell]]] = []
        for row in calendar_grid(schedule):
            title = f"{'★' if row.critical else ' '}{number.get(row.step_id, '')}. {row.title}"
            if len(title) > TITLE_WIDTH:
                title = title[: TITLE_WIDTH - 1] + "…"
            cells: list[Cell] = [title]
            for cell in row.cells:
                if cell.active:
                    who = " ".join(codes.get(r, "?") for r in cell.responsible_ids)
                    cells.append(f"{'■!' if cell.blackout else '■'} {who}".rstrip())
                else:
                    cells.append("✕" if cell.blackout else "·")
            rows.append((row.step_id, cells))
        columns = [t("tui.calendar.col_step"), *[period_header(p) for p in schedule.periods]]
        fill(self.query_one("#cal-grid", DataTable), columns, rows)
        self.query_one("#cal-legend", Static).update(self._legend(ws, group, codes))

    def _legend(self, ws: Workshop, group: BusinessGroup, codes: Mapping[str, str]) -> str:
        lines = [t("tui.calendar.legend")]
        blackouts: Sequence[str] = [
            f"{b.label} ({format_date(b.start)} – {format_date(b.end)})"
            for b in group.calendar.blackouts
        ]
        if blackouts:
            lines.append(t("tui.calendar.legend_blackouts", periods="; ".join(blackouts)))
        names = [
            f"{codes[pid]} = {person.name}"
            for pid in group.member_ids
            if (person := ws.participant(pid)) is not None
        ]
        lines.append(" · ".join(names))
        return "\n".join(lines)

    # -- settings ---------------------------------------------------------------------
    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id != "cal-start":
            return  # the entry forms are handled by GroupStepView
        event.stop()
        event.prevent_default()
        text = event.input.value
        if self.change(lambda ws, g: edits.set_start(ws, g, text), t("tui.calendar.start")):
            self.query_one("#blackout-form-label", Input).focus()

    def submit(self, form_id: str, values: Mapping[str, str], row_id: str | None) -> bool:
        label, start, end = values["label"], values["start"], values["end"]
        if row_id is None:
            return self.change(
                lambda ws, g: edits.add_blackout(ws, g, label, start, end),
                t("tui.group.added", name=label),
            )
        return self.change(
            lambda ws, g: edits.update_blackout(ws, g, row_id, label, start, end),
            t("tui.group.changed", name=label),
        )

    def action_unit(self) -> None:
        self.change(edits.toggle_unit, t("tui.calendar.key_unit"))

    def action_parallel(self, delta: int) -> None:
        self.change(
            lambda ws, g: edits.nudge_max_parallel(ws, g, delta), t("tui.calendar.key_parallel")
        )
