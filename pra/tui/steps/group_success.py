"""Step 5, the success circle (lingkaran sukses): what success means to the group.

Each item is the group's own words plus something observable (an indicator),
so that the mentor can later ask "did it happen?".
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from textual.app import ComposeResult
from textual.widgets import Input, OptionList, Static

from pra.edit import groups as group_edits
from pra.edit import success as edits
from pra.edit.base import find
from pra.i18n import t
from pra.model import BusinessGroup, PraStep, Workshop
from pra.tui.steps.base import register
from pra.tui.steps.group_base import Field, GroupStepView, RowOps, entry_form, fill_options
from pra.tui.widgets.field import TextField
from pra.tui.wrapping import keep_amounts


def _values(group: BusinessGroup, ref: str) -> Mapping[str, str]:
    item = find(group.success, ref)
    return {"text": item.text, "indicator": item.indicator}


@register
class SuccessView(GroupStepView):
    step = PraStep.SUCCESS

    ROWS: ClassVar[Mapping[str, RowOps]] = {
        "success-table": RowOps(edits.remove_success, edits.move_success, "success-form", _values),
    }
    HINTS: ClassVar[Mapping[str, str]] = {"success-form": "tui.success.hint"}

    def compose(self) -> ComposeResult:
        yield Static(id="success-head", classes="box-title")
        yield from self.form_hint("success-form")
        yield from entry_form(
            "success-form",
            [
                Field("text", t("tui.success.text_hint")),
                Field("indicator", t("tui.success.indicator_hint")),
            ],
        )
        yield OptionList(id="success-table")
        yield Static(id="success-circle", classes="summary")
        # the group's business, chosen here in the group's own step (Enter or leaving keeps it)
        yield Static(t("tui.success.business_label"), classes="box-title")
        yield TextField(placeholder=t("tui.success.business_hint"), id="group-business")
        yield self.refusal_line("business-refusal")

    def show(self, ws: Workshop, group_id: str | None) -> None:
        group = self.group
        if group is None:
            return
        self.query_one("#success-head", Static).update(
            t("tui.success.head", group=group.name, n=len(group.success))
        )
        rows = [
            (s.id, f"{i}. {s.text}\n   → {s.indicator or t('tui.success.no_indicator')}")
            for i, s in enumerate(group.success, 1)
        ]
        fill_options(self.query_one("#success-table", OptionList), rows)
        business = self.query_one("#group-business", Input)
        if not self.typing_in(business) and not self.holds_refused(business):
            business.value = group.business
        circle = " ◯ ".join(s.text for s in group.success)
        # each ◯ stays on the line of what it stands for ("◯ Kue laku"), the last one too
        text = keep_amounts(t("tui.success.circle", items=circle)).replace("◯ ", "◯\u00a0")
        if text.endswith(" ◯"):
            text = text[:-2] + "\u00a0◯"
        self.query_one("#success-circle", Static).update(text if circle else t("tui.success.empty"))

    def submit(self, form_id: str, values: Mapping[str, str], row_id: str | None) -> bool:
        text, indicator = values["text"], values["indicator"]
        if row_id is None:
            return self.change(
                lambda ws, g: edits.add_success(ws, g, text, indicator),
                t("tui.group.added", name=text),
            )
        return self.change(
            lambda ws, g: edits.update_success(ws, g, row_id, text=text, indicator=indicator),
            t("tui.group.changed", name=text),
        )

    def keep_business(self, field: Input) -> None:
        """Set the group's business from its field when it says something new (none is refused)."""
        group = self.group
        text = field.value
        if group is None:
            return
        self.keep_field(
            field,
            changed=" ".join(text.split()) != group.business,
            apply=lambda: self.change(
                lambda ws, g: group_edits.set_business(ws, g, text),
                t("tui.success.business_changed", business=text.strip()),
            ),
        )

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id != "group-business":
            return
        event.stop()
        event.prevent_default()
        self.keep_business(event.input)

    def on_input_blurred(self, event: Input.Blurred) -> None:
        if event.input.id == "group-business":
            self.keep_business(event.input)

    def commit_pending(self) -> None:
        super().commit_pending()  # a success item typed but not entered
        focused = self.focused_input()
        if focused is not None and focused.id == "group-business":
            self.keep_business(focused)
