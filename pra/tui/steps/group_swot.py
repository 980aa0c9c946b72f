"""Step 6, SWOT (analisis kondisi objektif) as a 2×2 grid: S W on top, O T below.

Each quadrant has its own entry line and list. Tab goes from box to box in
reading order (S → W → O → T), always to the box's entry line; ↓ goes from the
entry line into its list and ↑ at the top of the list back. On a list,
Ctrl+arrow moves the item to the box that way (Ctrl+→ from S to W), Enter edits
it, Delete removes it; a letter typed there goes into the box's entry line.
Quadrants are named by letter *and* word, never by colour alone.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, Vertical
from textual.widgets import Input, OptionList, Static

from pra.edit import swot as edits
from pra.edit.base import find
from pra.i18n import t
from pra.model import BusinessGroup, PraStep, Workshop
from pra.tui.keys import KeyHint, key_text
from pra.tui.steps.base import register
from pra.tui.steps.group_base import Field, GroupStepView, RowOps, entry_form, fill_options

LETTERS: Mapping[str, str] = {
    "strengths": "S",
    "weaknesses": "W",
    "opportunities": "O",
    "threats": "T",
}


def _ops(quadrant: str) -> RowOps:
    def values(group: BusinessGroup, ref: str) -> Mapping[str, str]:
        return {"text": find(getattr(group.swot, quadrant), ref).text}

    return RowOps(
        lambda ws, g, ref: edits.remove_swot_item(ws, g, quadrant, ref),
        lambda ws, g, ref, delta: edits.move_swot_item(ws, g, quadrant, ref, delta),
        f"swot-{quadrant}-form",
        values,
    )


@register
class SwotView(GroupStepView):
    step = PraStep.SWOT

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+right", "to_box(0, 1)", t("tui.swot.key_move")),
        Binding("ctrl+left", "to_box(0, -1)", t("tui.swot.key_move"), show=False),
        Binding("ctrl+down", "to_box(1, 0)", t("tui.swot.key_move"), show=False),
        Binding("ctrl+up", "to_box(-1, 0)", t("tui.swot.key_move"), show=False),
    ]

    ROWS: ClassVar[Mapping[str, RowOps]] = {f"swot-{q}": _ops(q) for q in edits.QUADRANTS}

    def compose(self) -> ComposeResult:
        yield Static(id="swot-head", classes="box-title")
        if not self.room:
            yield KeyHint("tui.swot.hint", classes="form-hint")
        with Grid(id="swot-grid"):
            for q in edits.QUADRANTS:
                with Vertical(classes="quadrant", id=f"box-{q}"):
                    yield Static(id=f"swot-{q}-title", classes="box-title")
                    yield from entry_form(
                        f"swot-{q}-form", [Field("text", t(f"tui.swot.{q}_hint"))]
                    )
                    yield OptionList(id=f"swot-{q}")

    def show(self, ws: Workshop, group_id: str | None) -> None:
        group = self.group
        if group is None:
            return
        self.query_one("#swot-head", Static).update(t("tui.swot.head", group=group.name))
        for q in edits.QUADRANTS:
            items = getattr(group.swot, q)
            editing = f"swot-{q}-form" in self.editing
            title = t(f"tui.swot.{q}", letter=LETTERS[q], n=len(items))
            if editing:
                title += "  " + key_text(self.screen, "tui.swot.editing")
            self.query_one(f"#swot-{q}-title", Static).update(title)
            rows = [(i.id, f"{n}. {i.text}") for n, i in enumerate(items, 1)]
            fill_options(self.query_one(f"#swot-{q}", OptionList), rows)

    def show_hint(self, form_id: str) -> None:
        self.show(self.ws, self.group_id)

    def submit(self, form_id: str, values: Mapping[str, str], row_id: str | None) -> bool:
        quadrant = form_id.removeprefix("swot-").removesuffix("-form")
        text = values["text"]
        if row_id is None:
            return self.change(
                lambda ws, g: edits.add_item(ws, g, quadrant, text),
                t("tui.group.added", name=text),
            )
        return self.change(
            lambda ws, g: edits.update_item(ws, g, quadrant, row_id, text),
            t("tui.group.changed", name=text),
        )

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Ctrl+arrows move an item: offered while a box's list has the focus."""
        if super().check_action(action, parameters) is False:
            return False  # Del where no row is highlighted
        if action == "to_box":
            return self.focused_row() is not None
        return True

    def on_key(self, event: events.Key) -> None:
        """Tab/Shift+Tab from box to box (entry lines), ↓ into a box's list, ↑ back out."""
        focused = self.screen.focused
        if focused is None or self not in focused.ancestors:
            return
        box = next(
            (q for q in edits.QUADRANTS if f"box-{q}" in {a.id for a in focused.ancestors}), None
        )
        if box is None:
            return
        index = edits.QUADRANTS.index(box)
        target: str | None = None
        if event.key in ("tab", "shift+tab"):
            step = 1 if event.key == "tab" else -1
            target = f"#swot-{edits.QUADRANTS[(index + step) % 4]}-form-text"
        elif event.key == "down" and isinstance(focused, Input):
            target = f"#swot-{box}"
        elif event.key == "up" and isinstance(focused, OptionList) and not focused.highlighted:
            target = f"#swot-{box}-form-text"
        if target is None:
            return
        event.stop()
        event.prevent_default()
        self.query_one(target).focus()

    def action_to_box(self, rows: int, columns: int) -> None:
        """Ctrl+arrow: the highlighted item goes to the box that way (S W above, O T below)."""
        row = self.focused_row()
        if row is None:
            return
        table_id, _, ref = row
        source = table_id.removeprefix("swot-")
        index = edits.QUADRANTS.index(source)
        down, right = divmod(index, 2)
        down, right = min(max(down + rows, 0), 1), min(max(right + columns, 0), 1)
        target = edits.QUADRANTS[down * 2 + right]
        if target == source:
            return
        said = t(
            "tui.swot.moved_undo",
            quadrant=t(f"tui.swot.{target}", letter=LETTERS[target], n="").strip(" ()"),
        )
        if self.change(lambda ws, g: edits.change_quadrant(ws, g, ref, target), said):
            self.notify(said)  # rearranging says what it did, and that Ctrl+Z undoes it
        self.query_one(f"#swot-{source}").focus()  # the focus stays in the box it came from
