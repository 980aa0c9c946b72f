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
from pra.errors import PraError
from pra.i18n import t
from pra.model import BusinessGroup, PraStep, Workshop
from pra.tui.keys import undo_hint
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
        field = TextField(placeholder=t("tui.success.business_hint"), id="group-business")
        # typing replaces the business shown ("Warung nasi kuningJahit seragam sekolah" was
        # saved when letters were added after it); an arrow key keeps it, to correct it
        field.replace_on_focus = True
        yield field
        yield self.refusal_line("business-refusal")
        yield Static(id="business-ideas", classes="hint")

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
        business = self.query_one("#group-business", TextField)
        # focused, it is rewritten too when nothing typed in it is pending: after Ctrl+Z undid
        # a business kept with Enter, the field showed the undone words, and leaving it kept
        # them again (the group lost its idea once more)
        typing = self.typing_in(business) and business.has_typing
        if not typing and not self.holds_refused(business) and business.value != group.business:
            business.value = group.business  # focused, it is selected (TextField)
        # the ideas by number when there are some (a new group has no business: it is chosen
        # here), never Palembang's "Membuat dan berdagang kue" in every workshop
        business.placeholder = (
            t("tui.success.business_hint_ideas", n=len(ws.ideas))
            if ws.ideas
            else t("tui.success.business_hint")
        )
        self._show_ideas(ws, group)
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

    def _show_ideas(self, ws: Workshop, group: BusinessGroup) -> None:
        """The workshop's business ideas, numbered: the group's business is picked by number
        or name in its field (the idea it has now is marked)."""
        line = self.query_one("#business-ideas", Static)
        line.set_class(not ws.ideas, "-none")  # a class, not display: the wall's CSS hides it
        ideas = " · ".join(
            t(
                "tui.success.idea_chosen" if i.id == group.idea_id else "tui.success.idea_item",
                n=n,
                name=i.name,
            )
            for n, i in enumerate(ws.ideas, 1)
        )
        line.update(keep_amounts(t("tui.success.ideas", ideas=ideas, n=len(ws.ideas))))

    def keep_business(self, field: Input) -> None:
        """Set the group's business from its field when it says something new (none is refused).

        An idea's number or name links the group to that idea, ``3: own words`` too; new words
        that keep the linked idea's name keep the link; other words unlink it. The toast says
        which (unlinked, the printed plan no longer says why the business was chosen).
        """
        group = self.group
        text = field.value
        if group is None:
            return
        kept = self.keep_field(
            field,
            changed=" ".join(text.split()) != group.business,
            apply=lambda: self.change(
                lambda ws, g: group_edits.set_business(ws, g, text),
                self._business_said(group, text),
            ),
        )
        now = self.session.workshop.group(group.id)
        if not kept or now is None:
            return
        if self.group_id == group.id and field.value != now.business:
            field.value = now.business  # "2" shows the idea it picked
            if isinstance(field, TextField):
                field.forget_typing()
        if now.idea_id != group.idea_id or (now.idea_id and now.business != group.business):
            said = self._business_said(group, text)
            self.notify(f"{said} {undo_hint(self.screen)}", timeout=8)

    def _business_said(self, group: BusinessGroup, text: str) -> str:
        """What setting ``group``'s business to ``text`` does, in a sentence."""
        ws = self.session.workshop
        try:
            business, idea = group_edits.read_business(ws, group, text)
        except PraError:
            return ""  # refused: the sentence is never said
        old = group_edits.linked_idea(ws, group)
        if idea is not None:
            n = ws.ideas.index(idea) + 1
            if idea == old and business != idea.name:
                return t("tui.success.idea_kept", group=group.name, n=n, idea=idea.name)
            if business != idea.name:
                return t(
                    "tui.success.idea_linked_worded",
                    group=group.name,
                    n=n,
                    idea=idea.name,
                    business=business,
                )
            return t("tui.success.idea_linked", group=group.name, n=n, idea=idea.name)
        if old is not None:
            return t(
                "tui.success.idea_unlinked",
                group=group.name,
                idea=old.name,
                business=business,
                n=ws.ideas.index(old) + 1,
            )
        return t("tui.success.business_changed", business=business)

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
