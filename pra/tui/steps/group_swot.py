"""Step 6, SWOT (analisis kondisi objektif) as a 2×2 grid: S W on top, O T below.

Each quadrant has its own entry line and list; Tab walks through them, and on
a list the keys 1–4 jump to the S, W, O, T entry lines. Quadrants are named by
letter *and* word, never by colour alone.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, Vertical
from textual.widgets import OptionList, Static

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
        *[
            Binding(str(n), f"quadrant({n - 1})", t("tui.swot.key_quadrant"), show=n == 1)
            for n in range(1, 5)
        ],
        Binding("m", "change_quadrant", t("tui.swot.key_move")),
    ]

    ROWS: ClassVar[Mapping[str, RowOps]] = {f"swot-{q}": _ops(q) for q in edits.QUADRANTS}

    def compose(self) -> ComposeResult:
        yield Static(id="swot-head", classes="box-title")
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

    def action_quadrant(self, index: int) -> None:
        self.focus_form(f"swot-{edits.QUADRANTS[index]}-form")

    def action_change_quadrant(self) -> None:
        """``m``: the highlighted item goes to the next quadrant (S → W → O → T → S)."""
        row = self.focused_row()
        if row is None:
            return
        table_id, _, ref = row
        source = table_id.removeprefix("swot-")
        target = edits.QUADRANTS[(edits.QUADRANTS.index(source) + 1) % 4]
        self.change(
            lambda ws, g: edits.change_quadrant(ws, g, ref, target),
            t("tui.swot.moved", quadrant=t(f"tui.swot.{target}", letter=LETTERS[target], n="")),
        )
