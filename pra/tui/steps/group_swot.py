"""Step 6, SWOT (analisis kondisi objektif) as a 2×2 grid: S W on top, O T below.

Each quadrant has its own entry line and list. Tab goes from box to box in
reading order (S → W → O → T), always to the box's entry line; ↓ goes from the
entry line into its list and ↑ at the top of the list back. On a list,
Ctrl+arrow moves the item to the box that way (Ctrl+→ from S to W), Enter edits
it, Delete removes it; a letter typed there goes into the box's entry line.
Quadrants are named by letter *and* word, never by colour alone.

Weaknesses and threats are the plan's risks: their entry has a second line,
"cara mengatasi" (how the group deals with it; Tab goes there from a first line
holding the risk being typed, and from an empty one to the next box: after Enter
on a whole item the focus is back in the empty first line, and Tab goes on to
the next box rather than to the mitigation of no item), and Enter on such an item puts the
cursor in that line, so the room goes down the list typing each mitigation.
The list shows each mitigation after its item, and a risk without one as a gap.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, Vertical
from textual.widget import Widget
from textual.widgets import Input, OptionList, Static

from pra.edit import swot as edits
from pra.edit.base import find
from pra.i18n import t
from pra.model import BusinessGroup, PraStep, SwotItem, Workshop
from pra.tui.keys import KeyHint, key_text, undo_hint
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
        item = find(getattr(group.swot, quadrant), ref)
        if quadrant in edits.RISK_QUADRANTS:
            return {"text": item.text, "mitigation": item.mitigation}
        return {"text": item.text}

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
            yield KeyHint("tui.swot.hint", id="swot-hint", classes="form-hint")
        with Grid(id="swot-grid"):
            for q in edits.QUADRANTS:
                with Vertical(classes="quadrant", id=f"box-{q}"):
                    yield Static(id=f"swot-{q}-title", classes="box-title")
                    fields = [Field("text", t(f"tui.swot.{q}_hint"))]
                    risk = q in edits.RISK_QUADRANTS
                    if risk:
                        fields.append(Field("mitigation", t("tui.swot.mitigation_hint")))
                    yield from entry_form(f"swot-{q}-form", fields, "-risk" if risk else "")
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
                # on a line of its own: after the box's name it was cut at 100 columns, and
                # the way out (Esc batal) never showed
                title += "\n" + key_text(self.screen, "tui.swot.editing")
            heading = self.query_one(f"#swot-{q}-title", Static)
            heading.set_class(editing, "-editing")
            heading.update(title)
            rows = [(i.id, self.row_text(q, n, i)) for n, i in enumerate(items, 1)]
            fill_options(self.query_one(f"#swot-{q}", OptionList), rows)

    @staticmethod
    def row_text(quadrant: str, n: int, item: SwotItem) -> str:
        """``1. Modal kecil → arisan modal``; a risk without a mitigation shows the gap."""
        if item.mitigation:
            return t("tui.swot.row_mitigation", n=n, text=item.text, mitigation=item.mitigation)
        if quadrant in edits.RISK_QUADRANTS:
            return t("tui.swot.row_no_mitigation", n=n, text=item.text)
        return f"{n}. {item.text}"

    def show_hint(self, form_id: str) -> None:
        self.show(self.ws, self.group_id)

    def submit(self, form_id: str, values: Mapping[str, str], row_id: str | None) -> bool:
        quadrant = form_id.removeprefix("swot-").removesuffix("-form")
        text = values["text"]
        mitigation = values.get("mitigation", "")
        if row_id is None:
            return self.change(
                lambda ws, g: edits.add_item(ws, g, quadrant, text, mitigation),
                t("tui.group.added", name=text),
            )
        return self.change(
            lambda ws, g: edits.update_item(ws, g, quadrant, row_id, text, mitigation),
            t("tui.group.changed", name=text),
        )

    def action_edit_row(self) -> None:
        """Enter on a weakness or threat: its mitigation line takes the focus, cursor at its end."""
        row = self.focused_row()
        super().action_edit_row()
        if row is not None:
            quadrant = row[0].removeprefix("swot-")
            if quadrant in edits.RISK_QUADRANTS:
                self.query_one(f"#swot-{quadrant}-form-mitigation", Input).focus()

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """In a box's list the hint names the list's keys only: the whole sentence wrapped to a
        second line at 100 columns, pushing the boxes down and cutting the list's last line."""
        super().on_descendant_focus(event)
        if self.room:
            return
        in_list = isinstance(event.widget, OptionList)
        self.query_one("#swot-hint", KeyHint).say(
            "tui.swot.hint_list" if in_list else "tui.swot.hint"
        )

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Ctrl+arrows move an item: offered while a box's list has the focus."""
        if super().check_action(action, parameters) is False:
            return False  # Del where no row is highlighted
        if action == "to_box":
            return self.focused_row() is not None
        return True

    def _box_of(self, focused: Widget | None) -> str | None:
        """The quadrant whose entry line or list has the focus, if any."""
        if focused is None or self not in focused.ancestors:
            return None
        ids = {a.id for a in focused.ancestors}
        return next((q for q in edits.QUADRANTS if f"box-{q}" in ids), None)

    def tab_target(self, forward: bool) -> Widget | None:
        """Tab/Shift+Tab from box to box (entry lines); a risk's second line comes before the
        next box while its first line holds the risk being typed."""
        focused = self.screen.focused
        box = self._box_of(focused)
        if focused is None or box is None:
            return None
        index = edits.QUADRANTS.index(box)
        text_id, mitigation_id = f"swot-{box}-form-text", f"swot-{box}-form-mitigation"
        if (
            forward
            and isinstance(focused, Input)
            and focused.id == text_id
            and box in edits.RISK_QUADRANTS
            and focused.value.strip()
        ):
            target = f"#{mitigation_id}"
        elif not forward and focused.id == mitigation_id:
            target = f"#{text_id}"
        else:
            target = f"#swot-{edits.QUADRANTS[(index + (1 if forward else -1)) % 4]}-form-text"
        return self.query_one(target)

    def on_key(self, event: events.Key) -> None:
        """↓ from a box's entry line into its list, ↑ from the list's top back out."""
        focused = self.screen.focused
        box = self._box_of(focused)
        if box is None:
            return
        target: str | None = None
        if event.key == "down" and isinstance(focused, Input):
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
            undo=undo_hint(self.screen),
        )
        if self.change(lambda ws, g: edits.change_quadrant(ws, g, ref, target), said):
            self.notify(said)  # rearranging says what it did, and that Ctrl+Z undoes it
        self.query_one(f"#swot-{source}").focus()  # the focus stays in the box it came from
