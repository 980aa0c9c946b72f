"""Step 8, activity steps (langkah kegiatan): what must be done, by whom, in what order.

The table lists the steps; below it, for the highlighted step, the members
responsible and the steps it waits for are ticked with Enter. The
warnings (a person holding too many steps at once, a step in an unavailable
period, a fixed date too early) come from :func:`pra.plan.schedule.workshop_schedule`;
a dependency that would close a cycle is refused with the steps named.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import ClassVar

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import DataTable, Input, Label, SelectionList, Static

from pra.edit import steps as edits
from pra.edit.base import find
from pra.edit.capital import number_text
from pra.errors import PraError
from pra.i18n import t
from pra.model import BusinessGroup, PraStep, Step, Workshop
from pra.plan.formatting import format_rupiah
from pra.plan.schedule import workshop_schedule
from pra.tui import removal
from pra.tui.keys import KeyHint
from pra.tui.steps.base import register
from pra.tui.steps.group_base import Field, GroupStepView, RowOps, entry_form, names_of
from pra.tui.widgets.field import TextField
from pra.tui.widgets.table import Cell, current_key, fill
from pra.tui.widgets.ticklist import TickList
from pra.tui.wrapping import keep_amounts

FORM = "step-form"
TITLE_WIDTH = 26


def _date(step: Step) -> str:
    return step.start.strftime("%d-%m-%Y") if step.start else ""


def _when(step: Step) -> str:
    """``27-10-03 – 22-11-03`` for fixed dates (short, to fit the column)."""
    assert step.start is not None
    end = f" – {step.end.strftime('%d-%m-%y')}" if step.end else ""
    return step.start.strftime("%d-%m-%y") + end


def _values(group: BusinessGroup, ref: str) -> Mapping[str, str]:
    s = find(group.steps, ref)
    return {
        "title": s.title,
        "duration": t(f"tui.steps.length_{group.calendar.unit}", n=s.duration),
        "cost": number_text(s.cost) if s.cost else "",
        "start": _date(s),
        "end": s.end.strftime("%d-%m-%Y") if s.end else "",
    }


def _short(text: str, width: int = TITLE_WIDTH) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


@register
class StepsView(GroupStepView):
    step = PraStep.STEPS

    ROWS: ClassVar[Mapping[str, RowOps]] = {
        "step-table": RowOps(
            edits.remove_step, edits.move_step, FORM, _values, urgent=True, also=removal.step
        ),
    }
    HINTS: ClassVar[Mapping[str, str]] = {FORM: "tui.steps.hint"}
    UNKEPT: ClassVar[str] = "tui.steps.unkept"  # its reason stays above the line
    TYPE_INTO: ClassVar[Mapping[str, str]] = {
        # the people and the steps ticked for a step: a sentence typed there is a step's line
        "step-people": f"{FORM}-title",
        "step-deps": f"{FORM}-title",
    }

    def compose(self) -> ComposeResult:
        yield Static(id="step-head", classes="box-title")
        yield from self.form_hint(FORM)
        refusal = Static(id="step-line-refusal", classes="message")
        refusal.display = False
        yield refusal
        yield from entry_form(
            FORM,
            [
                Field("title", t("tui.steps.title_hint")),
                Field(
                    "duration", t("tui.steps.duration_hint"), 13
                ),  # "lama minggu" and the focus bars
                Field("cost", t("tui.steps.cost_hint"), 12),
                Field("start", t("tui.steps.start_hint"), 12),
                Field("end", t("tui.steps.end_hint"), 12),
            ],
        )
        yield DataTable(id="step-table", cursor_type="row", zebra_stripes=True)
        with Horizontal(id="step-needs-row"):
            yield Label(t("tui.steps.needs_label"))
            needs = TextField(placeholder=t("tui.steps.needs_hint"), id="step-needs", compact=True)
            needs.styles.margin = 0  # the app's stylesheet spaces inputs out
            yield needs
        with Horizontal(id="step-links"):
            with Vertical(classes="half"):
                yield Static(id="step-people-title", classes="box-title")
                yield TickList[str](id="step-people")
            with Vertical(classes="half"):
                yield Static(id="step-deps-title", classes="box-title")
                yield TickList[str](id="step-deps")
        yield Static(id="step-warnings", classes="warnings")

    def form_hint(self, form_id: str) -> list[KeyHint]:
        """The step line's hint is said by :meth:`show`: its example counts in the group's unit."""
        hints = super().form_hint(form_id)
        for hint in hints:
            hint.sentences = ()
        return hints

    def hint_params(self, form_id: str) -> dict[str, str]:
        return line_example(self.session.workshop, self.group)

    def show(self, ws: Workshop, group_id: str | None) -> None:
        group = self.group
        if group is None:
            return
        unit = t(f"tui.steps.unit_{group.calendar.unit}")
        # the unit is always on screen: in the empty field, and with the number when editing
        duration = self.query_one(f"#{FORM}-duration", Input)
        duration.placeholder = t("tui.steps.duration_in", unit=unit)
        self.show_hint(FORM)  # its example counts in the group's unit
        self._recheck_refusal(ws, group)
        self.query_one("#step-head", Static).update(
            t(
                "tui.steps.head",
                group=group.name,
                n=len(group.steps),
                cost=format_rupiah(sum(s.cost for s in group.steps)),
            )
        )
        number = {s.id: str(i) for i, s in enumerate(group.steps, 1)}
        rows: list[tuple[str, list[Cell]]] = []
        for i, s in enumerate(group.steps, 1):
            when = (
                _when(s)
                if s.start is not None
                else t(f"tui.steps.length_{group.calendar.unit}", n=s.duration)
            )
            rows.append(
                (
                    s.id,
                    [
                        str(i),
                        s.title,
                        ", ".join(number.get(d, d) for d in s.depends_on) or "–",
                        when,
                        format_rupiah(s.cost),
                        names_of(ws, s.responsible_ids),
                    ],
                )
            )
        table = self.query_one("#step-table", DataTable)
        columns = [
            t("tui.group.col_no"),
            t("tui.steps.col_title"),
            t("tui.steps.col_after"),
            t("tui.steps.col_when"),
            t("tui.steps.col_cost"),
            t("tui.steps.col_people"),
        ]
        if table.styles.margin.right:
            # beside the notes (F1 below 160 columns, pra.tcss) six columns do not fit: the
            # number, the step (wrapped) and its cost, each whole; the people responsible are
            # ticked in the list under the table (rev17-facil: "Mencari modal usaha: menerima
            # dana s", cut, and the cost off to the right)
            keep = (0, 1, 4)
            columns = [columns[i] for i in keep]
            rows = [(key, [cells[i] for i in keep]) for key, cells in rows]
            fill(table, columns, rows, wrap=(1,))
        else:
            fill(table, columns, rows, wrap=(1, 3, 5))
        self._show_links(ws, group)
        schedule = workshop_schedule(ws, group)
        warnings = "\n".join(f"⚠ {w.text()}" for w in schedule.warnings)
        self.query_one("#step-warnings", Static).update(warnings or t("tui.steps.no_warnings"))

    def _current(self, group: BusinessGroup) -> Step | None:
        ref = current_key(self.query_one("#step-table", DataTable))
        return next((s for s in group.steps if s.id == ref), None)

    def _show_links(self, ws: Workshop, group: BusinessGroup) -> None:
        step = self._current(group)
        people = self.query_one("#step-people", SelectionList)
        deps = self.query_one("#step-deps", SelectionList)
        keep_people, keep_deps = people.highlighted, deps.highlighted
        people.clear_options()
        deps.clear_options()
        needs = self.query_one("#step-needs", Input)
        if not self.typing_in(needs):
            needs.value = step.needs if step is not None else ""
        if step is None:
            self.query_one("#step-people-title", Static).update(t("tui.steps.no_step"))
            self.query_one("#step-deps-title", Static).update("")
            return
        self.query_one("#step-people-title", Static).update(t("tui.steps.people_of"))
        self.query_one("#step-deps-title", Static).update(t("tui.steps.after_of"))
        responsible = set(step.responsible_ids)
        for pid in group.member_ids:
            person = ws.participant(pid)
            if person is not None:
                on = pid in responsible
                people.add_option((person.name, pid, on))
        waits = set(step.depends_on)
        for i, other in enumerate(group.steps, 1):
            if other.id != step.id:
                on = other.id in waits
                deps.add_option((keep_amounts(f"{i}. {other.title}"), other.id, on))
        # a highlight from the start, so that Enter ticks at once
        if people.option_count:
            people.highlighted = min(keep_people or 0, people.option_count - 1)
        if deps.option_count:
            deps.highlighted = min(keep_deps or 0, deps.option_count - 1)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        group = self.group
        if event.data_table.id == "step-table" and group is not None:
            self._show_links(self.ws, group)

    def on_selection_list_selection_toggled(
        self, event: SelectionList.SelectionToggled[str]
    ) -> None:
        event.stop()
        group = self.group
        step = self._current(group) if group is not None else None
        if step is None:
            return
        ref, value = step.id, str(event.selection.value)
        if event.selection_list.id == "step-people":
            self.change(
                lambda ws, g: edits.toggle_responsible(ws, g, ref, value),
                t("tui.steps.people_changed"),
                urgent=True,
            )
        else:
            self.change(
                lambda ws, g: edits.toggle_dependency(ws, g, ref, value),
                t("tui.steps.order_changed"),
                urgent=True,
            )
        # a refused change (a cycle) must not leave the tick drawn
        if self.group is not None:
            self._show_links(self.ws, self.group)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """What the highlighted step needs (the entry form is handled by GroupStepView)."""
        if event.input.id != "step-needs":
            return
        event.stop()
        event.prevent_default()
        group = self.group
        step = self._current(group) if group is not None else None
        if step is None:
            return
        ref, text = step.id, event.input.value
        if self.change(
            lambda ws, g: edits.update_step(ws, g, ref, needs=text), t("tui.steps.needs_changed")
        ):
            self.query_one("#step-table", DataTable).focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        """The step line emptied (Ctrl+U, erased, Esc): the sentence refusing it goes too."""
        parent = event.input.parent
        typed = (
            parent is not None
            and parent.id == FORM
            and any(v.strip() for v in self.form_values(FORM).values())
        )
        if parent is not None and parent.id == FORM and not typed:
            self._say_refused("")

    _refused_unit: str | None = None
    """The group's calendar unit when the step line was refused (``None``: nothing refused)."""

    def refused_why(self) -> str:
        """The refusal above the step line: Ctrl+Q may be pressed on another step, where that
        line is not to be seen (rev15-facil 6)."""
        refusal = self.query_one("#step-line-refusal", Static)
        return str(refusal.content).strip() if refusal.display else ""

    def _say_refused(self, sentence: str) -> None:
        """The sentence refusing the step line, right above it (as the pledge line's is), kept
        until the line is entered, emptied or refused again: a toast alone was gone before it
        was read (rev14: "1 minggu" in a calendar counted in months)."""
        refusal = self.query_one("#step-line-refusal", Static)
        refusal.update(sentence)
        refusal.display = bool(sentence)
        group = self.group
        self._refused_unit = group.calendar.unit if sentence and group is not None else None

    def _recheck_refusal(self, ws: Workshop, group: BusinessGroup) -> None:
        """The calendar's unit changed since the line was refused (Ctrl+T on step 10): check
        the line again, as Enter would, without keeping it, and say what holds now (rev15-facil:
        '"2 minggu": kalender … per bulan' stayed, while Enter then accepted the line)."""
        if self._refused_unit is None or self._refused_unit == group.calendar.unit:
            return
        line = self._line_edit(self.form_values(FORM), self.editing.get(FORM))
        try:
            line(ws, group.id)
        except PraError as error:
            self._say_refused(error.message())
            return
        self._say_refused("")

    def submit(self, form_id: str, values: Mapping[str, str], row_id: str | None) -> bool:
        done = self._submit(values, row_id)
        self._say_refused("" if done else self.session.last_error or "")
        return done

    def _submit(self, values: Mapping[str, str], row_id: str | None) -> bool:
        title = values["title"]
        label = t("tui.group.added" if row_id is None else "tui.group.changed", name=title)
        # a new step may be one line: "Beli alat, 1 minggu, setelah 1"
        return self.change(self._line_edit(values, row_id), label, urgent=True)

    @staticmethod
    def _line_edit(
        values: Mapping[str, str], row_id: str | None
    ) -> Callable[[Workshop, str], Workshop]:
        """The edit the step line makes: a new step (``row_id`` ``None``) or that step changed."""
        title = values["title"]
        fields = {k: values[k] for k in ("duration", "cost", "start", "end")}
        if row_id is None:
            return lambda ws, g: edits.add_step_line(ws, g, title, **fields)
        return lambda ws, g: edits.update_step(
            ws,
            g,
            row_id,
            **edits.step_fields(title=title, unit=edits.calendar_unit(ws, g), **fields),
        )


def line_example(ws: Workshop, group: BusinessGroup | None) -> dict[str, str]:
    """What the step line's example says: a length in the group's own unit (weeks or months)
    and a member of the group by first name (Palembang's "Rohani" was named in every
    workshop), as the pledge line's example does."""
    from pra.edit.pledges import example_name

    if group is None:
        return {"example": t("tui.steps.example_week"), "name": t("tui.pledges.example_name")}
    return {
        "example": t(f"tui.steps.example_{group.calendar.unit}"),
        "name": example_name(ws, group.id),
    }
