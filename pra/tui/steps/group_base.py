"""What the per-group step views share: the current group, entry forms, row keys.

Every group step (success circle, SWOT, pledges, steps, calendar, capital) is a
few tables of the current group's items plus a one-line *entry form* above each
table: compact fields in a row, Enter in any of them adds the item. The same
form edits a row: Enter on the row loads it into the form, Enter saves it,
Escape gives up. Delete removes the highlighted row (a toast says what went;
Ctrl+Z brings it back), Shift+↑/↓ moves it. No row key can be typed: a letter
typed on a table goes into the first field of its form. A view describes its
tables with :class:`RowOps` and implements :meth:`GroupStepView.submit`; the
keys work the same everywhere.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import ClassVar, Final

from rich.cells import cell_len
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.widget import Widget
from textual.widgets import DataTable, Input, OptionList, Select, Static

# the open list of a Select, whose choice enters a row (ChoiceField._chosen)
from textual.widgets._select import SelectOverlay
from textual.widgets.option_list import Option
from textual.widgets.select import InvalidSelectValueError

from pra.errors import PraError
from pra.i18n import t
from pra.model import BusinessGroup, Workshop
from pra.tui.keys import MOVE_KEYS, KeyHint
from pra.tui.session import Session
from pra.tui.steps.base import StepView, scroll_from_top
from pra.tui.widgets.choice import ChoiceSelect
from pra.tui.widgets.field import TextField
from pra.tui.widgets.table import current_key
from pra.tui.wrapping import keep_amounts

RowEdit = Callable[[Workshop, str, str], Workshop]
"""``(workshop, group id, row id) -> workshop``."""
RowMove = Callable[[Workshop, str, str, int], Workshop]


class ChoiceField(ChoiceSelect):
    """A form's choice field; while a row is edited it may offer the row's own value too.

    A pledge of someone who has since left the group is edited with that person
    still chosen (labelled as no longer a member), so the form never hands the
    row to whoever happens to be first in the list.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        # Enter on the closed list of a filled-in row, once a choice was made in it, adds the
        # row as Enter in its text fields does (RAB: "… · aset ▼" then Enter, Enter, Enter
        # only opened and closed the list); the first Enter still opens the list (a choice
        # never kept unseen), and ↓, ↑ and space open it too
        Binding("enter", "enter_row", show=False),
    ]

    kept: tuple[str, str] | None = None
    """``(label, value)`` offered for the row being edited, besides the usual options."""
    picked = False
    """Its list was opened and closed since the form was last emptied: its value was seen."""
    enter_on_choice = False
    """A choice made in its open list enters the row, though it is not the form's last field
    (its list was opened to ask for it: a budget line's source)."""

    def watch_expanded(self, expanded: bool) -> None:
        if not expanded:
            self.picked = True

    @on(SelectOverlay.UpdateSelection)
    def _chosen(self, event: SelectOverlay.UpdateSelection) -> None:
        """A choice made in the open list of the form's last field (or of a field asked for)
        enters a filled-in row: Enter opens the list, Enter on a choice adds the row, as
        Enter in a text field does (RAB took a third Enter on its closed list). ``Select``
        keeps the choice first (its own handler runs after this one): so, after it."""
        self.call_after_refresh(self._enter_after_choice)

    def _enter_after_choice(self) -> None:
        asked, self.enter_on_choice = self.enter_on_choice, False
        form = self.parent
        view = next((node for node in self.ancestors if isinstance(node, GroupStepView)), None)
        if view is None or not isinstance(form, Widget) or form.id is None:
            return
        # asked: Enter was pressed on the line, which may be whole in its first field
        # ("Kompor gas, 1, unit, 650.000", its other fields empty): the choice enters it
        if not form.has_class("entry") or not (asked or row_complete(form)):
            return
        shown = [w for w in form.children if w.display and w.focusable]
        if asked or (shown and shown[-1] is self):
            view.enter_form(form.id)

    def action_enter_row(self) -> None:
        form = self.parent
        view = next((node for node in self.ancestors if isinstance(node, GroupStepView)), None)
        if (
            self.picked
            and view is not None
            and isinstance(form, Widget)
            and form.id is not None
            and form.has_class("entry")
            and row_complete(form)
        ):
            view.enter_form(form.id)
        else:
            self.action_show_overlay()


def row_complete(form: Widget) -> bool:
    """Whether every text field shown in an entry form holds something."""
    fields = [w for w in form.children if isinstance(w, Input) and w.display]
    return bool(fields) and all(w.value.strip() for w in fields)


class PlainScroll(VerticalScroll, can_focus=False):
    """A scrolling tab body that never takes the focus itself, so F5/F6 land in its first field."""


@dataclass(frozen=True, slots=True)
class RowOps:
    """What the row keys do on one table of a group view."""

    remove: RowEdit
    move: RowMove | None = None
    form: str | None = None
    """The entry form that edits this table's rows (Enter on a row)."""
    values: Callable[[BusinessGroup, str], Mapping[str, str]] | None = None
    """The form's field values for a row (by field name)."""
    urgent: bool = False
    """Save at once after a change (pledges, steps)."""
    name: Callable[[Workshop, BusinessGroup, str], str] | None = None
    """How the removal toast names a row; by default the first value of its form."""
    also: Callable[[BusinessGroup, str], list[str]] | None = None
    """What goes with a row when it is removed (for the toast)."""


@dataclass(frozen=True, slots=True)
class Field:
    """One field of an entry form: a text input, or a choice when ``options`` is given."""

    name: str
    hint: str
    width: int | None = None
    """Columns; ``None`` takes the remaining width."""
    options: Sequence[tuple[str, str]] = ()


HINT_PADDING: Final = 2
"""Columns a compact field takes beside its text: one space each side."""


def entry_form(form_id: str, fields: Iterable[Field], classes: str = "") -> ComposeResult:
    """The widgets of a one-line entry form (yield from it inside ``compose``)."""
    with Horizontal(id=form_id, classes=f"entry {classes}".strip()):
        for f in fields:
            widget: Widget
            if f.options:
                widget = ChoiceField(
                    list(f.options),
                    allow_blank=False,
                    compact=True,
                    id=f"{form_id}-{f.name}",
                    prompt=f.hint,
                )
            else:
                widget = TextField(placeholder=f.hint, compact=True, id=f"{form_id}-{f.name}")
            if f.width:
                # a text field is never narrower than its hint: cut by a letter ("Selesai tg")
                # a hint reads wrong (a choice field shows its choice, not its hint)
                hinted = 0 if f.options else cell_len(f.hint) + HINT_PADDING
                widget.styles.width = max(f.width, hinted)
            widget.styles.margin = (0, 1, 0, 0)  # inline: the app's stylesheet spaces inputs out
            yield widget


def set_choices(select: ChoiceSelect, options: Sequence[tuple[str, str]]) -> None:
    """Replace a choice field's options, keeping its value when it is still offered."""
    options = list(options) or [
        ("–", "")
    ]  # a choice list may not be empty (a group with no members)
    kept = select.kept if isinstance(select, ChoiceField) else None
    if kept is not None and kept[1] not in [value for _, value in options]:
        options.append(kept)
    keep = select.value
    if not select.offers(options):
        select.set_options(options)
    values = [value for _, value in options]
    if keep in values:
        select.value = keep
    elif values:
        select.value = values[0]


def _typed(form: Widget) -> bool:
    """Whether a text field of the entry form ``form`` holds typed text (a choice never counts)."""
    return any(isinstance(field, Input) and field.value.strip() for field in form.children)


class GroupStepView(StepView):
    """Base of the group step views (see the module docstring)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        # Enter on a row edits it (on_data_table_row_selected / on_option_list_option_selected)
        Binding("delete", "remove_row", t("tui.key.delete")),
        Binding(
            "shift+up", "move_row(-1)", t("tui.key.move_up"), group=MOVE_KEYS, key_display="⇧↑"
        ),
        Binding(
            "shift+down", "move_row(1)", t("tui.key.move_down"), group=MOVE_KEYS, key_display="⇧↓"
        ),
        Binding("escape", "cancel_edit", t("tui.group.key_cancel"), show=False),
    ]

    ROWS: ClassVar[Mapping[str, RowOps]] = {}
    """Table id → what the row keys do there."""
    HINTS: ClassVar[Mapping[str, str]] = {}
    """Form id → catalogue key of the hint shown above it while adding."""
    UNKEPT: ClassVar[str] = "tui.group.unkept"
    """Catalogue key of what Ctrl+Q says of a refused entry still typed; its ``{why}`` is
    :meth:`refused_why`, or where the reason was said (the key with ``_where``)."""

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.editing: dict[str, str] = {}
        """Form id → id of the row being edited in it (absent: the form adds)."""
        self.drafts: dict[str, tuple[dict[str, str], dict[str, str]]] = {}
        """Group id → what was typed for it and not entered when F3 showed another group:
        (field id → text, form id → row being edited)."""
        self.switching = False
        """F3 is showing another group: :meth:`show` writes every field, the focused one too."""

    # -- the current group ----------------------------------------------------------
    @property
    def group(self) -> BusinessGroup | None:
        return self.ws.group(self.group_id) if self.group_id else None

    def refresh_view(self) -> None:
        before = self.group_id
        self.switching = before is not None and before != getattr(self.screen, "group_id", None)
        try:
            super().refresh_view()
        finally:
            self.switching = False
        if before is not None and before != self.group_id:
            for form in list(self.editing):
                self.cancel(form)
            if self.group_id is not None:
                self.restore_drafts(self.group_id)
            if self.drafts.get(before, ({}, {}))[0]:
                left = self.ws.group(before)
                from pra.tui.keys import key_text

                self.notify(
                    key_text(
                        self.screen,
                        "tui.group.drafts_kept",
                        group=left.name if left is not None else before,
                    )
                )

    def typing_in(self, field: Input) -> bool:
        """Is ``field`` being typed in for the group shown (:meth:`show` leaves it alone)?
        Not while F3 shows another group: the field then shows that group's value."""
        return field.has_focus and not self.switching

    def leave_group(self) -> None:
        """F3 is about to show another group: what is typed here stays with the group shown now.

        The focused field that keeps its value when left is kept now, for this group (its
        blur would come after the switch, and write the text into the next group). A line
        typed in an entry form and not entered is put aside for this group and comes back
        with it; the next group's forms start empty.
        """
        gid = self.group_id
        if gid is None or not self.is_attached:
            return
        focused = self.focused_input()
        blurred = getattr(self, "on_input_blurred", None)
        if focused is not None and callable(blurred):
            blurred(Input.Blurred(focused, focused.value))
        typed: dict[str, str] = {}
        for field in self.query(TextField):
            if field.id is not None and field.has_typing and field.value.strip():
                typed[field.id] = field.value
                field.value = ""
        self.drafts[gid] = (typed, dict(self.editing))
        self.editing.clear()

    def restore_drafts(self, group_id: str) -> None:
        """The lines typed for ``group_id`` and put aside by :meth:`leave_group`, back in place."""
        typed, editing = self.drafts.pop(group_id, ({}, {}))
        self.editing.update(editing)
        for field_id, text in typed.items():
            for field in self.query(f"#{field_id}").results(TextField):
                field.restore_typing(text)
        for form in editing:
            self.show_hint(form)
        if editing:
            self.refresh_bindings()

    def change(
        self, fn: Callable[[Workshop, str], Workshop], label: str, *, urgent: bool = False
    ) -> bool:
        """Apply ``fn(ws, group id)`` to the current group through the session."""
        gid = self.group_id
        if gid is None:
            return False
        return self.edit(lambda ws: fn(ws, gid), label=label, urgent=urgent)

    # -- entry forms ------------------------------------------------------------------
    def form_values(self, form_id: str) -> dict[str, str]:
        values: dict[str, str] = {}
        for widget in self.query_one(f"#{form_id}").children:
            name = (widget.id or "").removeprefix(f"{form_id}-")
            if isinstance(widget, Input):
                values[name] = widget.value
            elif isinstance(widget, Select):
                values[name] = "" if widget.is_blank() else str(widget.value)
        return values

    def fill_form(self, form_id: str, values: Mapping[str, str]) -> None:
        for name, value in values.items():
            widget = self.query_one(f"#{form_id}-{name}")
            if isinstance(widget, Input):
                widget.value = value
            elif isinstance(widget, Select):
                try:
                    widget.value = value
                except InvalidSelectValueError:
                    # e.g. a pledge of someone no longer in the group: offer that very
                    # person for this edit, never whoever is first in the list
                    if not isinstance(widget, ChoiceField):
                        raise
                    widget.kept = (self.former_label(value), value)
                    set_choices(widget, self.plain_options(widget))
                    widget.value = value

    def former_label(self, value: str) -> str:
        """How a choice no longer offered is shown while its row is edited."""
        person = self.ws.participant(value)
        return t("tui.group.former_member", name=person.name if person else value)

    @staticmethod
    def plain_options(select: ChoiceSelect) -> list[tuple[str, str]]:
        """A choice field's options without the one kept for an edit."""
        kept = select.kept if isinstance(select, ChoiceField) else None
        return [
            (label, value) for label, value in select.offered if kept is None or value != kept[1]
        ]

    def clear_form(self, form_id: str) -> None:
        for widget in self.query_one(f"#{form_id}").children:
            if isinstance(widget, ChoiceField):
                widget.picked = False
                widget.enter_on_choice = False
            if isinstance(widget, Input):
                widget.value = ""
            elif isinstance(widget, ChoiceField) and widget.kept is not None:
                options = self.plain_options(widget)
                widget.kept = None
                set_choices(widget, options)

    def focus_form(self, form_id: str) -> None:
        form = self.query_one(f"#{form_id}")
        for widget in form.children:
            if widget.focusable:
                body = form.parent
                if not isinstance(body, PlainScroll):
                    widget.focus()
                    return
                # Textual centres a focused field it cannot yet see whole (the tab body not laid
                # out): step 12 Produk at 100x30 then scrolled the heading and the line's only
                # explanation ("Satu baris: nama, satuan, harga, …") off the screen
                widget.focus(scroll_visible=False)
                widget.call_after_refresh(scroll_from_top, body, widget)
                return

    def show_hint(self, form_id: str) -> None:
        """The line above a form: how to add, or what is being edited."""
        for hint in self.query(f"#{form_id}-hint").results(KeyHint):
            editing = form_id in self.editing
            hint.set_class(editing, "-editing")
            key = self.HINTS.get(form_id, "tui.group.form_hint")
            if editing:
                hint.say("tui.group.editing")
            else:
                hint.say(key, **self.hint_params(form_id))

    def hint_params(self, form_id: str) -> dict[str, str]:
        """The values the hint above ``form_id`` names (e.g. an example in the group's unit)."""
        return {}

    def form_hint(self, form_id: str) -> list[KeyHint]:
        """The line of keys above a form; none in the room's view (the room types nothing)."""
        if self.room:
            return []
        return [
            KeyHint(
                self.HINTS.get(form_id, "tui.group.form_hint"),
                id=f"{form_id}-hint",
                classes="form-hint",
            )
        ]

    @staticmethod
    def line_refusal(refusal_id: str) -> Static:
        """Why the line typed in a one-line form was not kept, right above it (hidden till
        then): it stays until the line is entered, emptied or refused again, where a toast
        alone was gone before the room read it (:meth:`say_line_refused`)."""
        refusal = Static(id=refusal_id, classes="message")
        refusal.display = False
        return refusal

    def say_line_refused(self, refusal_id: str, sentence: str) -> None:
        """Show ``sentence`` in the :meth:`line_refusal` ``refusal_id``; ``""`` hides it."""
        refusal = self.query_one(f"#{refusal_id}", Static)
        refusal.update(sentence)
        refusal.display = bool(sentence)

    def submit(self, form_id: str, values: Mapping[str, str], row_id: str | None) -> bool:
        """Add (``row_id`` is ``None``) or change a row from a form; ``True`` when done."""
        raise NotImplementedError

    def on_input_submitted(self, event: Input.Submitted) -> None:
        form = event.input.parent
        if form is None or not form.has_class("entry") or form.id is None:
            return
        event.stop()
        self.enter_form(form.id)

    def enter_form(self, form_id: str, *, refocus: bool = True) -> bool:
        """What Enter in an entry form does: add its row (or change the row being edited),
        then empty the form; an empty form only stops editing. ``True`` when kept."""
        values = self.form_values(form_id)
        if not any(v.strip() for v in values.values() if v):
            self.cancel(form_id)
            return False
        try:
            done = self.submit(form_id, values, self.editing.get(form_id))
        except PraError as error:
            from pra.tui import notices

            notices.refused(self.app)
            self.notify(error.message(), severity="error")
            return False
        if done:
            self.cancel(form_id)
            if refocus:
                self.focus_form(form_id)
        return done

    def commit_pending(self) -> None:
        """Ctrl+Q with a line typed in an entry form but not entered: enter it, as Enter would.

        Every entry form of the step holding typed text is entered, the focused one
        first (a SWOT item typed in S, then Tab to W, is pending in both boxes). A
        line that does not read is refused with its sentence, as on Enter.
        """
        forms = [form for form in self.query(".entry") if form.id is not None and _typed(form)]
        focused = self.screen.focused if self.is_attached else None
        forms.sort(key=lambda form: focused is None or form not in focused.ancestors)
        for form in forms:
            assert form.id is not None
            self.enter_form(form.id, refocus=False)

    def unkept(self) -> tuple[str, ...]:
        """Each entry form still holding what was typed once :meth:`commit_pending` entered
        it: it was refused (a step line counted in weeks in a month calendar), and quitting
        would lose it; the first Ctrl+Q says it and stays (rev14-facil 2: the step line was
        lost unsaid, the pledge line already held)."""
        group = self.group
        name = group.name if group is not None else self.group_id or "–"
        said: list[str] = []
        for form in self.query(".entry"):
            typed = [f.value.strip() for f in form.query(TextField) if f.has_typing]
            text = next((v for v in typed if v), "")
            if text:
                why = self.refused_why() or t(f"{self.UNKEPT}_where")
                if f'"{text}"' in why:  # the refusal quotes the line: not twice in one sentence
                    said.append(t("tui.group.unkept_said", group=name, why=why))
                else:
                    said.append(t(self.UNKEPT, group=name, text=text, why=why))
        return tuple(said)

    def refused_why(self) -> str:
        """The sentence that refused the entry still typed, where the step keeps one on
        screen (none by default: the reason was a notice on Enter)."""
        return ""

    def cancel(self, form_id: str) -> None:
        self.editing.pop(form_id, None)
        self.clear_form(form_id)
        self.show_hint(form_id)
        self.refresh_bindings()  # Esc is offered only while a row is being edited

    def action_cancel_edit(self) -> None:
        for form in list(self.editing):
            self.cancel(form)

    # -- row keys -----------------------------------------------------------------------
    def row_focused(self) -> bool:
        return self.focused_row() is not None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Shift+↑/↓ only on a table whose rows have an order (not the pledges); Esc only
        while a row is being edited (a read-only part lists no "Esc Batal ubah")."""
        if action == "cancel_edit":
            return bool(self.editing)
        if action == "move_row":
            row = self.focused_row()
            return row is not None and row[1].move is not None
        return super().check_action(action, parameters)

    def focused_row(self) -> tuple[str, RowOps, str] | None:
        """The focused table's id, its operations and the highlighted row id."""
        focused = self.screen.focused
        if focused is None or focused.id not in self.ROWS:
            return None
        ref: str | None = None
        if isinstance(focused, DataTable):
            ref = current_key(focused)
        elif isinstance(focused, OptionList) and focused.highlighted is not None:
            ref = focused.get_option_at_index(focused.highlighted).id
        if ref is None or focused.id is None:
            return None
        return focused.id, self.ROWS[focused.id], ref

    def action_remove_row(self) -> None:
        row = self.focused_row()
        group, gid = self.group, self.group_id
        if row is None or group is None or gid is None:
            return
        _, ops, ref = row
        self.remove_record(
            lambda ws: ops.remove(ws, gid, ref),
            what=self.row_name(ops, group, ref),
            also=ops.also(group, ref) if ops.also is not None else (),
            urgent=ops.urgent,
        )

    def row_name(self, ops: RowOps, group: BusinessGroup, ref: str) -> str:
        """How the removal toast names a row: its own words, else "baris"."""
        if ops.name is not None:
            return ops.name(self.ws, group, ref)
        values = ops.values(group, ref) if ops.values is not None else {}
        first = next((v for v in values.values() if v), "")
        return f"“{first}”" if first else t("tui.remove.row")

    def typing_target(self, widget: Widget) -> Widget | None:
        """A letter typed on a table goes into its entry line when the view names one
        (``TYPE_INTO``: the pledge line, not the form's "Janji" box), else into the first
        field of the form that edits it."""
        if widget.id in self.TYPE_INTO:
            return super().typing_target(widget)
        ops = self.ROWS.get(widget.id or "")
        if ops is not None and ops.form is not None:
            for field in self.query_one(f"#{ops.form}").children:
                if isinstance(field, Input):
                    return field
        return super().typing_target(widget)

    def action_move_row(self, delta: int) -> None:
        row = self.focused_row()
        group, gid = self.group, self.group_id
        if row is None or row[1].move is None or group is None or gid is None:
            return
        _, ops, ref = row
        move = ops.move
        assert move is not None
        self.move_record(
            lambda ws: move(ws, gid, ref, delta),
            what=self.row_name(ops, group, ref),
            delta=delta,
            urgent=ops.urgent,
        )

    def action_edit_row(self) -> None:
        row = self.focused_row()
        group = self.group
        if row is None or group is None:
            return
        _, ops, ref = row
        if ops.form is None or ops.values is None:
            return
        self.editing[ops.form] = ref
        self.refresh_bindings()  # Esc cancels the edit now: the footer and notes (F1) say so
        self.fill_form(ops.form, ops.values(group, ref))
        self.show_hint(ops.form)
        self.focus_form(ops.form)
        focused = self.screen.focused
        if isinstance(focused, Input):
            focused.select_all()  # typing replaces; an arrow key keeps the text to correct it

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        """Enter on a row edits it: the row goes into the form above."""
        if event.data_table.id in self.ROWS:
            event.stop()
            self.action_edit_row()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option_list.id in self.ROWS:
            event.stop()
            self.action_edit_row()


def fill_options(options: OptionList, rows: Sequence[tuple[str, str]]) -> None:
    """Replace a list's items (``(id, text)``; long text wraps), keeping the highlight.

    When exactly one item is new, it is highlighted, as :func:`~pra.tui.widgets.table.fill` does.
    """
    before = [o.id for o in options.options]
    highlighted = options.highlighted
    keep = before[highlighted] if highlighted is not None and highlighted < len(before) else None
    options.clear_options()
    options.add_options([Option(keep_amounts(text), id=ref) for ref, text in rows])
    keys = [ref for ref, _ in rows]
    added = [k for k in keys if k not in before]
    if before and len(added) == 1:
        keep = added[0]
    if not keys:
        return
    if keep in keys:
        options.highlighted = keys.index(keep)
    else:
        options.highlighted = min(highlighted or 0, len(keys) - 1)


def names_of(ws: Workshop, ids: Iterable[str]) -> str:
    """People's names for a table cell, ``–`` when nobody."""
    return ", ".join(p.name for i in ids if (p := ws.participant(i)) is not None) or "–"


def member_options(ws: Workshop, group: BusinessGroup) -> list[tuple[str, str]]:
    """The group's members as choices: ``(name, id)``."""
    return [(p.name, p.id) for i in group.member_ids if (p := ws.participant(i)) is not None]
