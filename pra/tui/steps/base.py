"""The contract every step screen follows.

How to add a step view
----------------------
1. Write a module in ``pra/tui/steps/`` with a subclass of :class:`StepView`,
   set its class attribute ``step`` to a :class:`~pra.model.PraStep`, and
   decorate it with :func:`register`.
2. Map the step to the module in ``STEP_MODULES`` in ``pra/tui/steps/__init__.py``.
   The app imports a step's module the first time the step is shown.

How a view works
----------------
- ``compose()`` builds the widgets once. ``show(ws, group_id)`` is called after
  mounting and after EVERY change (an edit, undo, redo, a group switch, a save):
  re-render everything from ``ws``; never keep your own copy of model data
  beyond what ``show`` last received (``self.ws``, ``self.group_id``).
- To change the workshop call ``self.edit(fn, label=..., urgent=...)`` with a
  pure edit command from :mod:`pra.edit` (e.g.
  ``lambda ws: swot.add_item(ws, gid, "strengths", text)``). The session runs
  it, shows a refused edit's catalogue sentence as a notice, keeps undo, saves
  (``urgent=True`` for a vote round, a pledge or a step change: saved at once),
  and calls ``show`` again with the new value. It returns ``True`` if the
  workshop changed (e.g. to clear an input).
- Group steps (``step.per_group``): the app calls ``show`` only with the id of
  the current group; F3 switches group, and the header names it. When there is
  no group yet the app shows a hint instead of the view.
- Facilitator notes (what the step is for, what to ask, typical time) come from
  the catalogue section ``[notes]`` (``notes.<step>``) and are shown by the app
  in its notes panel (F1; hidden in projector mode): a view does not draw them.
  A view's keys are its ``BINDINGS``, each with a description from the
  catalogue: the notes list every one active at the focus, in those words
  (:mod:`pra.tui.key_list`), and the footer shows those marked ``show``; so the
  two never disagree. ``notes.<step>_keys`` only says how typing and Enter work
  in the step; a step with parts says it per part instead, ``notes.parts.<step>.<tab id>``,
  shown while that part is open (a part with nothing to type or enter has none). A sentence never spells a key: it names the action,
  ``{key:remove_row}``, and :mod:`pra.tui.keys` writes the key bound to it where
  the sentence is shown (a hint that names keys is a :class:`~pra.tui.keys.KeyHint`).
- Several parts in one step: build them as a ``TabbedContent``; F5/F6 call
  :meth:`StepView.switch_tab`. To open a tab from code use :meth:`show_tab`
  (it moves the focus too, or the tab would jump back).
- A field that keeps its value when the focus leaves it (a form, Enter not
  needed) implements :meth:`StepView.commit_pending`: quitting calls it first,
  since a field still focused when the app closes never gets its blur.
- A refused edit's sentence is also in ``self.session.last_error`` if the view
  wants to show it next to the input (as the dot voting does).
- Every visible string comes from :func:`pra.i18n.t`; colours only from theme
  variables in ``.tcss`` files (``DEFAULT_CSS`` only for reusable widgets).

The interaction model (the same in every view)
----------------------------------------------
- Printable keys are text. A binding is never a bare letter, digit, space or
  punctuation mark: list and table actions are on keys that cannot be typed
  (Enter, Delete, Shift/Ctrl+arrows, Ctrl+letter, F-keys). :meth:`StepView.on_key`
  makes this hold by construction: a printable key that the focused widget does
  not take as text never reaches a binding; on a list that has an entry line
  (``TYPE_INTO``) it goes to that line, so a name typed "in the table" lands in
  the name field.
- Destructive actions act at once and say what went, and with it, in a toast
  that names Ctrl+Z (:meth:`StepView.remove_record`); undo brings all of it back.
  Rearranging rows says what moved, with Ctrl+Z, too (:meth:`StepView.move_record`).
- After an action key the focus stays where the facilitator was typing.
- Every field is a :class:`~pra.tui.widgets.field.TextField`: it takes the focus
  with its cursor after the text, Ctrl+Z takes back what was typed in it before it
  undoes an entry, and in a read-only window nothing typed changes it.
- Del is offered only while a list in ``REMOVABLE`` (group steps: ``ROWS``) has
  the focus with a row highlighted (:meth:`StepView.check_action`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, ClassVar, TypeVar

from textual import events, on
from textual.widget import Widget
from textual.widgets import TabbedContent

from pra.i18n import t
from pra.model import PraStep, Workshop
from pra.tui.keys import undo_hint

if TYPE_CHECKING:
    from textual.widgets import Input

    from pra.tui.session import Session

VIEWS: dict[PraStep, type[StepView]] = {}
"""Registered step views by step; filled by :func:`register` when a module is imported."""

V = TypeVar("V", bound="type[StepView]")


def register(view: V) -> V:
    """Class decorator: make ``view`` the screen of its ``step``."""
    VIEWS[view.step] = view
    return view


class StepView(Widget):
    """The content area of one workshop step; re-renders from the workshop value."""

    step: ClassVar[PraStep]

    room: bool = False
    """Shown in the room's view (``pra show``): no line of the facilitator's keys is built.
    Set by the screen before the view is mounted."""

    TYPE_INTO: ClassVar[Mapping[str, str]] = {}
    """List or table id → id of its entry line: a letter typed on the list goes there."""
    NOTE_VALUES: ClassVar[Mapping[str, object]] = {}
    """The values the step's sentences name (``{high}`` in a part's F1 sentence)."""
    TABS: ClassVar[str | None] = None
    """The id of the view's ``TabbedContent`` (its parts, F5/F6), if it has one."""

    def __init__(self, session: Session, *, id: str | None = None) -> None:
        super().__init__(id=id or f"view-{self.step.value}", classes="step-view")
        self.session = session
        self.ws: Workshop = session.workshop
        self.group_id: str | None = None
        self.refused: dict[tuple[str | None, str], tuple[str, str]] = {}
        """(group, field id) → the text that was not kept and the sentence that says why."""

    def on_mount(self) -> None:
        if self.session.read_only:
            # a read-only window: what is typed would never be saved, so it is not shown either
            from pra.tui.widgets.field import TextField

            held_by = self.session.held_by
            why = t("tui.read_only_edit", who=held_by) if held_by else t("tui.read_only_view")
            for field in self.query(TextField):
                field.make_read_only(why)
        self.refresh_view()

    @on(events.Resize)
    def _fill_for_room(self) -> None:
        """Tables choose their columns and wrap for the room the view has: fill them again.

        The room changes without the terminal changing too: projector mode (F2)
        widens the margins, the notes panel (F1) takes a column at 160 and more.
        """
        if self.display and self.is_attached:
            self.call_after_refresh(self.refresh_view)

    @on(TabbedContent.TabActivated)
    def _fill_shown_tab(self) -> None:
        """A tab's tables were filled while hidden, to a width they no longer have: fill them again.

        After the next refresh the tab is shown; after the one after it, laid out.
        """
        if self.is_attached:
            self.call_after_refresh(self.call_after_refresh, self.refresh_view)

    def refresh_view(self) -> None:
        """Re-render from the session's current value (the app calls :meth:`show`)."""
        current_group = getattr(self.screen, "group_id", None)
        self.ws = self.session.workshop
        self.group_id = current_group if self.step.per_group else None
        self.show(self.ws, self.group_id)

    def show(self, ws: Workshop, group_id: str | None) -> None:
        """Re-render everything from ``ws`` (and the current group on group steps)."""
        raise NotImplementedError

    def leave_group(self) -> None:
        """F3 is about to show another group (group steps keep what is typed for this one)."""

    def focus_first(self) -> None:
        """Put the keyboard focus where typing starts when the step opens (override at will)."""
        for widget in self.query("*"):
            if widget.focusable:
                widget.focus()
                return

    ENTRY_LINES: ClassVar[tuple[str, ...]] = ()
    """Ids of the lines whose text is added on Enter (a problem, a skill …)."""

    def commit_pending(self) -> None:
        """Keep what is typed and not yet kept; called before quitting, on every step view
        (shown or not: a line typed on a step that was left still waits in its field).

        The default enters every entry line (:data:`ENTRY_LINES`) that holds text, as
        Enter would ("Banjir tiap tahun" typed on Masalah, then Ctrl+Q, was lost). Views
        whose fields keep their value on blur keep the focused one too.
        """
        from textual.widgets import Input

        submitted = getattr(self, "on_input_submitted", None)
        if not callable(submitted):
            return
        for line_id in self.ENTRY_LINES:
            for line in self.query(f"#{line_id}").results(Input):
                if line.value.strip():
                    submitted(Input.Submitted(line, line.value))

    def unkept(self) -> tuple[str, ...]:
        """Sentences naming what is typed here that quitting would lose (a line refused after
        :meth:`commit_pending`): Ctrl+Q says them and stays once (:func:`pra.tui.quitting.unkept`)."""
        return ()

    def tab_target(self, forward: bool) -> Widget | None:
        """Where Tab (``forward``) or Shift+Tab goes from the focus here; ``None``: the next
        focusable widget in order. Called by the app before it reads the next key."""
        return None

    # -- fields kept when left, and the text they refused ---------------------------------
    def keep_field(self, field: Input, *, changed: bool, apply: Callable[[], bool]) -> bool:
        """Keep what ``field`` holds (``apply`` makes the edit); ``False`` if it was refused.

        A refused text stays in its field, and the view's refusal line (a
        :meth:`refusal_line`) says what is wrong with it, until it is corrected or
        taken back: the facilitator corrects it rather than types it again, on
        every field that keeps its value when left (dates, amounts, percentages).
        """
        key = (self.group_id, field.id or "")
        if self.refused.get(key, (None,))[0] == field.value:
            return False  # refused as it stands, and said beside it: not refused again
        from pra.tui import notices

        with notices.about(field):
            kept = not changed or self._apply_here(apply)
        if not kept:
            if self.session.last_error is None:
                return True  # the same value written another way (``1-9-2003``)
            self.refused[key] = (field.value, self.session.last_error)
            self.say_refused()
            if not self.display:
                self.session.last_error = None  # the next step's views do not say it
            return False
        if self.refused.pop(key, None) is not None:
            self.say_refused()
        from pra.tui.widgets.field import TextField

        if isinstance(field, TextField):
            field.forget_typing()  # kept: Ctrl+Z now undoes the edit, named in its toast
        return True

    def _apply_here(self, apply: Callable[[], bool]) -> bool:
        """Run ``apply``; when the step was left (this view is hidden: the blur of changing
        step), a refusal is not announced over the next step: the field and its line say it
        when the facilitator comes back."""
        if self.display:
            return apply()
        with self.session.refusing_quietly():
            return apply()

    def holds_refused(self, field: Input) -> bool:
        """Does ``field`` still show a text it refused? Then :meth:`show` leaves it alone."""
        held = self.refused.get((self.group_id, field.id or ""))
        if held is not None and held[0] != field.value:
            del self.refused[(self.group_id, field.id or "")]  # typed over or taken back
            return False
        return held is not None

    @staticmethod
    def refusal_line(id: str | None = None) -> Widget:
        """The line under a form that says why a field's text was not kept; shown only then."""
        from textual.widgets import Static

        line = Static(id=id, classes="message refusal-line")
        line.display = False
        return line

    def say_refused(self) -> None:
        """Show the sentences of the current group's refused fields (none: the line hides)."""
        from textual.widgets import Static

        said = "\n".join(
            sentence for (group, _), (_, sentence) in self.refused.items() if group == self.group_id
        )
        for line in self.query(".refusal-line").results(Static):
            line.update(said)
            line.display = bool(said)

    REMOVE_ACTIONS: ClassVar[frozenset[str]] = frozenset({"remove", "remove_row"})
    """Actions that remove the highlighted row: offered only while a row is highlighted."""
    MOVE_ACTIONS: ClassVar[frozenset[str]] = frozenset({"move", "move_row"})
    """Shift+↑/↓: like Del, only on a list in ``REMOVABLE`` with a row highlighted."""
    REMOVABLE: ClassVar[frozenset[str]] = frozenset()
    """Ids of the lists and tables whose highlighted row Del removes (not a tab strip,
    a choice field, a list of people to tick)."""

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Del and Shift+↑/↓ are offered (and named in the footer and notes) only where they
        remove or move something."""
        if action in self.REMOVE_ACTIONS or action in self.MOVE_ACTIONS:
            return self.row_focused()
        return True

    def row_focused(self) -> bool:
        """Does a list or table whose rows Del removes have the focus, with a row highlighted?"""
        from textual.widgets import DataTable, OptionList

        focused = self.screen.focused if self.is_attached else None
        if focused is None or focused.id not in self.REMOVABLE or self not in focused.ancestors:
            return False
        if isinstance(focused, DataTable):
            return 0 <= focused.cursor_row < focused.row_count
        if isinstance(focused, OptionList):
            return focused.highlighted is not None
        return False

    def focused_input(self) -> Input | None:
        """The input field of this view that has its screen's focus, if any.

        Asks the screen, not the app: with the command palette open the field
        still holds its screen's focus.
        """
        from textual.widgets import Input

        focused = self.screen.focused if self.is_attached else None
        if isinstance(focused, Input) and self in focused.ancestors:
            return focused
        return None

    def tabs(self) -> TabbedContent | None:
        """The view's parts, if it has them (by id: Textual caches that lookup, and the screen
        asks on every bindings change)."""
        if self.TABS is None or not self.is_attached:
            return None
        return self.query_one_optional(f"#{self.TABS}", TabbedContent)

    def switch_tab(self, delta: int) -> None:
        """F5/F6: the previous or next tab of a view built on a ``TabbedContent``."""
        from textual.widgets import TabPane

        content = self.tabs()
        if content is None:
            return
        panes = [pane.id for pane in content.query(TabPane) if pane.id]
        if not panes:
            return
        index = panes.index(content.active) if content.active in panes else 0
        self.show_tab(panes[(index + delta) % len(panes)])

    def show_tab(self, pane_id: str) -> None:
        """Open a tab *and* move the focus into it.

        A ``TabbedContent`` follows the focus: if the focus stayed in the old
        tab, the old tab would come straight back.
        """
        from textual.widgets import TabbedContent

        content = self.query_one(TabbedContent)
        content.active = pane_id
        pane = content.get_pane(pane_id)
        for widget in pane.query("*"):
            if widget.can_focus and widget.display:
                # at once, not deferred: the step's first focus, still pending
                # while a new view mounts, then sees it is taken. Not scrolled to by
                # Textual: it centred a field of a tab not yet laid out, and the tab
                # opened below its heading (step 11 RAB, rev17-facil)
                self.screen.set_focus(widget, scroll_visible=False)
                widget.call_after_refresh(scroll_from_top, pane, widget)
                break

    def place(self) -> dict[str, str]:
        """Where the facilitator is in this view, for the room (:mod:`pra.store.place`):
        the tab open, if the view has tabs; a view adds what else the room must follow."""
        tabs = self.tabs()
        return {"tab": tabs.active} if tabs is not None and tabs.active else {}

    def follow_place(self, place: Mapping[str, str]) -> None:
        """The room shows the tab (and what else :meth:`place` names) the facilitator has open."""
        from textual.widgets import TabPane

        tabs = self.tabs()
        tab = place.get("tab")
        if tabs is not None and tab and tab in {pane.id for pane in tabs.query(TabPane)}:
            tabs.active = tab

    def edit(self, fn: Callable[[Workshop], Workshop], *, label: str, urgent: bool = False) -> bool:
        """Apply the pure edit ``fn`` through the session (undo, autosave, re-render)."""
        return self.session.apply(fn, label=label, urgent=urgent)

    def remove_record(
        self,
        fn: Callable[[Workshop], Workshop],
        *,
        what: str,
        also: Iterable[str] = (),
        urgent: bool = False,
    ) -> bool:
        """A destructive edit: act at once, then say what went and what went with it.

        The toast names ``what`` (a person, a problem, a step …), everything ``also``
        lists (her officer role, her pledges …) and Ctrl+Z, which brings it all back.
        """
        with_it = ", ".join(also)
        said = (
            t("tui.remove.done_with", what=what, also=with_it)
            if with_it
            else t("tui.remove.done", what=what)
        )
        done = self.edit(fn, label=said, urgent=urgent)
        if done:
            # the undo stack keeps the plain sentence ("Dibatalkan: Rohani dihapus."),
            # the toast adds the key that brings it back
            self.notify(f"{said} {undo_hint(self.screen)}", timeout=8)
        return done

    def move_record(
        self, fn: Callable[[Workshop], Workshop], *, what: str, delta: int, urgent: bool = False
    ) -> bool:
        """Rearranging rows (Shift+↑/↓): act, then say what moved and that Ctrl+Z undoes it."""
        said = t("tui.move.up" if delta < 0 else "tui.move.down", what=what)
        done = self.edit(fn, label=said, urgent=urgent)
        if done:
            self.notify(f"{said} {undo_hint(self.screen)}", timeout=8)
        return done

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """Row keys are offered only while their list has the focus: tell the footer.

        (A field taking the focus puts its cursor after its text: every field is a
        :class:`~pra.tui.widgets.field.TextField`.)
        """
        self.refresh_bindings()

    # -- printable keys are text ---------------------------------------------------
    def typing_target(self, widget: Widget) -> Widget | None:
        """The entry line where a letter typed on ``widget`` (a list) belongs, if any;
        the app moves the focus there before it hands the letter on."""
        from textual.widgets import Input, Tabs

        if isinstance(widget, Tabs):
            # the strip of a step's parts (Shift+Tab from a part's first field reaches it):
            # the open part's first line (rev19-facil: "Menganyam tikar purun" vanished there)
            tabs = self.tabs()
            pane = tabs.get_pane(tabs.active) if tabs is not None and tabs.active else None
            lines = [w for w in pane.query(Input) if w.focusable] if pane is not None else []
            return lines[0] if lines else None
        target = self.TYPE_INTO.get(widget.id or "")
        if target is None:
            from pra.tui.widgets.choice import line_beside

            return line_beside(widget)  # a closed dropdown: the entry line beside it
        found = self.query(f"#{target}")
        return found.first() if found else None

    def on_key(self, event: events.Key) -> None:
        """A printable key the focused widget does not take as text acts on nothing.

        It never reaches a binding (the app checks bindings only for a key that
        bubbles up to it). On a list with an entry line it never gets here: the app
        moved the focus to that line before handing the key on
        (:meth:`~pra.tui.app.PraApp.on_event`), so the keys typed after it land there too.
        """
        if not event.is_printable or event.character is None:
            return
        focused = self.screen.focused
        if focused is None or focused.check_consume_key(event.key, event.character):
            return
        event.stop()
        event.prevent_default()
        self.typed_on(focused, event.character)

    def typed_on(self, widget: Widget, character: str) -> None:
        """A printable key typed on ``widget``, which takes no text and has no entry line: a
        view where such a key means something (a score typed on a cell) acts or says how."""


def scroll_from_top(pane: Widget, target: Widget) -> None:
    """Scroll the box in ``pane`` that holds ``target`` only as much as ``target`` needs: the
    box's top (a heading, the line that says how to type) stays in view when both fit."""
    from textual.containers import ScrollableContainer

    box = next((a for a in target.ancestors if isinstance(a, ScrollableContainer)), None)
    if box is None or pane not in box.ancestors_with_self:
        return
    child: Widget = target
    while isinstance(child.parent, Widget) and child.parent is not box:
        child = child.parent
    if child.virtual_region.bottom <= box.scrollable_content_region.height:
        box.scroll_home(animate=False, immediate=True)
    else:
        box.scroll_to_widget(child, animate=False, immediate=True)
