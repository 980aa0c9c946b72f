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

import datetime as dt
import re
import textwrap
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.widget import Widget
from textual.widgets import DataTable, Input, Label, Static, TabbedContent, TabPane

from pra.edit import calendar as edits
from pra.edit.base import find
from pra.i18n import t
from pra.model import BusinessGroup, PraStep, Workshop
from pra.model.titles import without_titles
from pra.plan.calendar_grid import CalendarCell, calendar_grid
from pra.plan.formatting import format_date
from pra.plan.periods import Period
from pra.plan.schedule import workshop_schedule
from pra.tui.keys import KeyHint, undo_hint
from pra.tui.steps.base import register
from pra.tui.steps.calendar_bands import PeriodHead, bands, column_width, period_heads
from pra.tui.steps.group_base import Field, GroupStepView, PlainScroll, RowOps, entry_form
from pra.tui.widgets.field import TextField
from pra.tui.widgets.reading import ReadingBox
from pra.tui.widgets.table import Cell, current_key, fill
from pra.tui.wrapping import keep_amounts

FORM = "blackout-form"
TITLE_WIDTH = 24
SHORT_TITLE = 18
MAX_CODES = 3
"""People codes shown in a row's column of people responsible; more are counted (``+2``)."""
BESIDE_TITLE = 14
BESIDE_CODES = 2
"""Beside the notes (F1 below 160 columns) the titles and the people codes give way to the
periods: a title is cut to BESIDE_TITLE cells, the people are two codes (``RO +2``)."""
MARGIN = 2
"""Cells kept free at the grid's right for a vertical scrollbar."""


NOBODY = "–"
"""The people column of a step nobody is responsible for."""
UNKNOWN = "?"
"""A person responsible who is no participant of the workshop (never in a valid file)."""


def people_codes(ws: Workshop, group: BusinessGroup) -> dict[str, str]:
    """Two-letter codes for the members (``RO`` for Rohani), unique within the group.

    A participant responsible for a step who is no longer a member gets a code too
    (after the members'), so the key under the grid can name everyone it shows.
    """
    codes: dict[str, str] = {}
    taken: set[str] = set()
    others = [
        pid
        for s in group.steps
        for pid in s.responsible_ids
        if pid not in group.member_ids and ws.participant(pid) is not None
    ]
    for pid in [*group.member_ids, *dict.fromkeys(others)]:
        person = ws.participant(pid)
        name = person.name if person else pid
        # "Ibu Ramlah Pohan" is RA, not IB: the code is read from the name after its titles.
        letters = "".join(ch for ch in without_titles(name.casefold()) or name if ch.isalpha())
        letters = letters.upper()
        candidates = [letters[:1] + ch for ch in letters[1:]] or [letters or "?"]
        code = next((c for c in candidates if c not in taken), None)
        if code is None:
            code = f"{letters[:1]}{len(taken) + 1}"
        taken.add(code)
        codes[pid] = code
    return codes


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
    TABS = "cal-tabs"

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
                    id="cal-grid",
                    cursor_type="row",
                    zebra_stripes=True,
                    header_height=2,
                    cell_padding=0,
                )
                yield Static(id="cal-legend", classes="summary")
                # Tab reaches it and ↑/↓ scroll the tab: at 100x30 the money lines end below
                # the screen (#13: Sedap Malam's five, with the fund's rounds)
                yield ReadingBox(id="cal-money", classes="summary")
                yield Static(id="cal-warnings", classes="warnings")
            with TabPane(t("tui.calendar.tab_settings"), id="tab-settings"):
                with Horizontal(id="cal-settings"):
                    yield Label(t("tui.calendar.start"))
                    yield TextField(id="cal-start", compact=True)
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

    _grid_retry = False
    """A grid filled before the table had a width is filled again once, after the refresh."""
    _runs: Mapping[str, int] = MappingProxyType({})
    """Each grid row's first running period (by row key): beside the notes the grid scrolls
    sideways to the highlighted step's."""
    _period_width = 0
    _runs_retry = False
    """The grid beside the notes was filled again once for the width it has there."""

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
        self.query_one("#cal-money", ReadingBox).update(_money_lines(ws, group, schedule.periods))
        warnings = "\n".join(f"⚠ {w.text()}" for w in schedule.warnings)
        self.query_one("#cal-warnings", Static).update(warnings)
        field = self.query_one("#cal-start", Input)
        if not self.typing_in(field):
            field.value = cal.start.strftime("%d-%m-%Y") if cal.start else ""
        # an example date from this workshop, not 2003's (rev15-facil 9)
        day = ws.info.date or dt.date(2003, 9, 1)
        field.placeholder = f"{day.day}-{day.month}-{day.year}"
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
        """Steps × periods, every period on screen: bands one under the other when needed."""
        schedule = workshop_schedule(ws, group)
        codes = people_codes(ws, group)
        number = {s.id: i for i, s in enumerate(group.steps, 1)}
        table = self.query_one("#cal-grid", DataTable)
        grid = calendar_grid(schedule)
        # F1's notes lie over the grid's right (pra.tcss gives it a margin there): the grid
        # is built for the room left of them, scrolling sideways with its titles kept
        beside = table.styles.margin.right
        most_codes = BESIDE_CODES if beside else MAX_CODES
        names: list[str] = []
        people: list[str] = []
        for row in grid:
            names.append(
                keep_amounts(
                    f"{'★' if row.critical else ' '}{number.get(row.step_id, '')}. {row.title}"
                )
            )
            step_codes = [codes.get(r, UNKNOWN) for r in self._responsible(row.cells)]
            if len(step_codes) > most_codes:
                step_codes = [*step_codes[: most_codes - 1], f"+{len(step_codes) - most_codes + 1}"]
            people.append(" ".join(step_codes or [NOBODY]) + " ")
        unit = schedule.periods[0].unit if schedule.periods else group.calendar.unit
        dated = bool(schedule.periods) and schedule.periods[0].start is not None
        step_label = t("tui.calendar.col_step")
        axis = t(f"tui.calendar.axis_{unit}" if dated or unit == "week" else "tui.calendar.axis_n")
        who_label = t("tui.calendar.col_who")
        body = table.parent
        # the tab's width, not the table's: a table is as wide as what it was last filled with;
        # with or without its scrollbar (MARGIN keeps room for one), so the grid is the same
        # whether the tab was measured before or after its content grew taller than the screen
        room = body.content_region.width - 1 - beside if isinstance(body, Widget) else 0
        if room <= 0:
            room = self.app.size.width - 16  # not laid out yet: filled again after the refresh
            if not self._grid_retry:
                self._grid_retry = True
                self.call_after_refresh(self.refresh_view)
        else:
            self._grid_retry = False
        # the periods first, beside titles of TITLE_WIDTH; the titles then take what is left
        who_width = max([len(who_label) + 1] + [len(x) for x in people])
        room -= MARGIN + who_width + 2  # a space before and after a title
        # a column's width does not depend on where the bands start (years are not counted)
        width = column_width(period_heads(schedule.periods, frozenset({0})))
        # titles as short as SHORT_TITLE when that puts every period in fewer bands
        tries = []
        for cap in (TITLE_WIDTH, SHORT_TITLE):
            least = max([len(step_label), len(axis), *(min(len(x), cap) for x in names)])
            tries.append((len(bands(len(schedule.periods), room - least, width)), least))
        least = min(tries)[1] if tries[1][0] < tries[0][0] else tries[0][1]
        split = bands(len(schedule.periods), room - least, width)
        most = max([least, *(len(x) for x in names)])
        if beside:
            # one band, scrolled sideways to the highlighted step's periods (one line a step)
            split = [range(len(schedule.periods))]
            least = max(len(step_label), len(axis), min(most, BESIDE_TITLE))
            most = least
        heads = period_heads(schedule.periods, frozenset(b.start for b in split))
        size = len(split[0])
        title_width = max(least, min(most, room - size * width))
        if beside:
            # the cells left of the notes too few for one more period go to the titles (less
            # room for a vertical scrollbar, shown or not: the grid is the same either way)
            spare = table.content_region.width - table.styles.scrollbar_size_vertical
            spare -= title_width + 2 + who_width
            title_width += spare % width if spare > 0 else 0
        # a long title wraps under its number, so the room reads what each step is, when the
        # grid still fits the height there is (else every band of a long plan would not)
        wrapped = [
            "\n".join(
                f" {line.ljust(title_width)} "
                # one column short: a wrapped line never runs up to the people's codes
                for line in textwrap.wrap(
                    x, title_width - (len(x) > title_width), subsequent_indent=" " * _indent(x)
                )
            )
            for x in names
        ]
        # the tab's height less room for its horizontal scrollbar, whether or not it shows:
        # the titles wrap (or not) the same however the tab was measured
        height = (
            body.content_region.height - body.styles.scrollbar_size_horizontal
            if isinstance(body, Widget)
            else 0
        )
        lines = 2 + 3 * (len(split) - 1) + len(split) * sum(w.count("\n") + 1 for w in wrapped)
        titles = (
            wrapped
            if lines <= height and not beside
            else [f" {x if len(x) <= title_width else x[: title_width - 1] + '…'} " for x in names]
        )

        def header(band: range) -> list[PeriodHead]:
            return [heads[i] for i in band] + [PeriodHead("", "")] * (size - len(band))

        keep = current_key(table)
        keep_row = table.cursor_row
        table.clear(columns=True)
        table.fixed_columns = 2 if beside else 0
        self._period_width = width
        self._runs = {
            row.step_id: next((i for i, c in enumerate(row.cells) if c.active), 0) for row in grid
        }
        # explicit widths: a measured cell loses its trailing space, and the columns would touch
        table.add_column(f" {step_label}\n {axis}", width=title_width + 2)
        table.add_column(f"{who_label}\n", width=who_width)
        for head in header(split[0]):
            table.add_column(f"{head.top}\n{head.bottom}", width=width)
        keys: list[str] = []
        for n, band in enumerate(split):
            if n:
                label = [Text(f"\n {step_label}\n {axis}", style="bold"), Text("\n" + who_label)]
                label += [Text(f"\n{h.top}\n{h.bottom}", style="bold") for h in header(band)]
                table.add_row(*label, key=f"band-{n}", height=3)
                keys.append(f"band-{n}")
            for row, title, who in zip(grid, titles, people, strict=True):
                cells: list[Cell] = [title, who]
                cells += [self._cell(row.cells[i], width) for i in band]
                cells += [""] * (size - len(band))
                key = row.step_id if n == 0 else f"{row.step_id}/{n}"
                table.add_row(*cells, key=key, height=title.count("\n") + 1)
                keys.append(key)
        if keys:
            row_index = keys.index(keep) if keep in keys else min(keep_row, len(keys) - 1)
            table.move_cursor(row=max(row_index, 0), animate=False)
        shown = [self._cell(cell, width) for row in grid for cell in row.cells]
        critical = any(row.critical for row in grid)
        self.query_one("#cal-legend", Static).update(
            self._legend(ws, group, codes, people, shown, critical, schedule.periods)
        )
        if beside:
            self.call_after_refresh(self._show_runs)
        elif lines + 1 <= height and isinstance(body, Widget):
            # the head line, the grid and its cursor all fit: keep the head (start, unit) in view
            self.call_after_refresh(body.scroll_home, animate=False)

    def _show_runs(self) -> None:
        """Beside the notes: the highlighted step's periods in view, from the one before its
        first (the titles and people stay at the left)."""
        table = self.query_one("#cal-grid", DataTable)
        if not table.fixed_columns or not self._period_width:
            return
        fixed = sum(c.get_render_width(table) for c in table.ordered_columns[:2])
        shown = table.content_region.width - table.styles.scrollbar_size_vertical - fixed
        if shown > 0 and shown % self._period_width:
            if not self._runs_retry:
                # filled before the grid had its width beside the notes: once more, now it has
                self._runs_retry = True
                self.refresh_view()
                return
        else:
            self._runs_retry = False
        first = self._runs.get(current_key(table) or "")
        if first is not None:
            table.scroll_to(x=max(first - 1, 0) * self._period_width, animate=False)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.data_table.id == "cal-grid":
            self._show_runs()

    @staticmethod
    def _responsible(cells: Sequence[CalendarCell]) -> tuple[str, ...]:
        return next((c.responsible_ids for c in cells if c.active), ())

    @staticmethod
    def _cell(cell: CalendarCell, width: int) -> str:
        """``■■■■`` where the step runs (``■!■■`` in a period the group cannot work), else ``·``/``✕``."""
        if cell.active:
            return ("■!" if cell.blackout else "■").ljust(width, "■")
        return "✕" if cell.blackout else "·"

    def _legend(
        self,
        ws: Workshop,
        group: BusinessGroup,
        codes: Mapping[str, str],
        people: Sequence[str],
        cells: Sequence[str],
        critical: bool,
        periods: Sequence[Period],
    ) -> str:
        """The key to what the grid shows, and only that: the codes in its people column,
        then each symbol its cells use, then the periods it marks as not working."""
        shown = {code for who in people for code in who.split()}
        names = [
            _together(f"{code} = {person.name}")
            for pid, code in codes.items()
            if code in shown and (person := ws.participant(pid)) is not None
        ]
        more = sorted({code for code in shown if code.startswith("+")}, key=len)
        names += [
            _together(t("tui.calendar.legend_more", code=code, n=code[1:]), 2) for code in more
        ]
        if NOBODY in shown:
            names.append(_together(t("tui.calendar.legend_nobody", mark=NOBODY), 2))
        if UNKNOWN in shown:
            names.append(_together(t("tui.calendar.legend_unknown", mark=UNKNOWN), 2))
        lines = [t("tui.calendar.legend_who", names=" · ".join(names))] if names else []
        marks = {
            "running": any(c.startswith("■") and not c.startswith("■!") for c in cells),
            "running_blocked": any(c.startswith("■!") for c in cells),
            "idle": "·" in cells,
            "blocked": "✕" in cells,
            "critical": critical,
        }
        symbols = [
            _together(t(f"tui.calendar.legend_{name}")) for name, used in marks.items() if used
        ]
        if symbols:
            # not " · " between them: "·" is a symbol of the grid itself
            lines.append("   ".join(symbols))
        if marks["blocked"] or marks["running_blocked"]:
            marked = {ref for p in periods for ref in p.blackout_ids}
            blackouts = [
                f"{b.label} ({format_date(b.start)} – {format_date(b.end)})"
                for b in group.calendar.blackouts
                if b.id in marked
            ]
            lines.append(t("tui.calendar.legend_blackouts", periods="; ".join(blackouts)))
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
        """Weeks ↔ months: every step's length keeps its number in the new unit, so the
        steps move; say so, and that Ctrl+Z undoes it (as a change of the vote's rules)."""
        group = self.group
        if group is None:
            return
        old = t(f"tui.calendar.unit_{group.calendar.unit}")
        new = t(
            "tui.calendar.unit_week"
            if group.calendar.unit == "month"
            else "tui.calendar.unit_month"
        )
        n = sum(1 for step in group.steps if step.end is None)  # a dated end stays put
        said = (
            t("tui.calendar.unit_changed_steps", old=old, new=new, n=n)
            if n
            else t("tui.calendar.unit_changed", old=old, new=new)
        )
        if self.change(edits.toggle_unit, said):
            self.notify(f"{said} {undo_hint(self.screen)}", timeout=8)

    def action_parallel(self, delta: int) -> None:
        self.change(
            lambda ws, g: edits.nudge_max_parallel(ws, g, delta), t("tui.calendar.key_parallel")
        )


def _money_lines(ws: Workshop, group: BusinessGroup, periods: Sequence[Period]) -> str:
    """The hand-overs and first instalments the schedules start from (derived from the capital
    plan, not typed as steps), each with its day and the column that holds it (#13); a later
    round of the fund names its borrowers; undated, the hand-over they are placed on is said."""
    from pra.plan.business import assumed_handover
    from pra.plan.money_events import event_period, money_events

    events = money_events(group) if group.steps else ()
    if not events:
        return ""
    names = {p.id: p.name for p in ws.participants}
    assumed = assumed_handover(group)
    lines = [
        t("tui.calendar.money.head")
        if assumed is None
        else t("tui.calendar.money.head_assumed", date=format_date(assumed))
    ]
    for event in events:
        at = event_period(periods, event.day)
        lines.append(
            t(
                "tui.calendar.money.line",
                event=event.notice(names).text(),
                # the day and the column each on one line: "Minggu 1 (1 Sep)" never split
                date=format_date(event.day).replace(" ", "\u00a0"),
                period=periods[at].label().replace(" ", "\u00a0")
                if at is not None
                else t("tui.calendar.money.outside"),
            )
        )
    return "\n".join(lines)


def _indent(title: str) -> int:
    """Where a wrapped title's next lines start: under its words, after ``★1. ``."""
    number = re.match(r"^.\d*\. ", title)
    return len(number.group(0)) if number else 1


def _together(text: str, spaces: int | None = None) -> str:
    """``text`` with its first ``spaces`` spaces (all by default) no-break: a code and the name
    it stands for (``FA = Fatimah``), or a symbol and its meaning, are never split over lines."""
    parts = text.split(" ")
    n = len(parts) - 1 if spaces is None else min(spaces, len(parts) - 1)
    return "\u00a0".join(parts[: n + 1]) + "".join(" " + p for p in parts[n + 1 :])
