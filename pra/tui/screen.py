"""The workshop screen: stepper, the current step's content, notes, status line.

The screen owns navigation (which step, which group) and re-renders the
visible parts whenever the session publishes a new workshop value.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer, OptionList, Static, TabbedContent

from pra.i18n import t
from pra.model import PraStep, Workshop
from pra.tui import notices
from pra.tui.key_list import KeyList
from pra.tui.key_pipeline import hold_keys, release_keys
from pra.tui.keys import SAVE_AS_KEY, KeyHint, key_text
from pra.tui.steps import StepView, view_for
from pra.tui.title_bar import fit_group_line
from pra.tui.widgets.field import TextField
from pra.tui.widgets.stepper import Stepper, step_label

if TYPE_CHECKING:
    from pra.tui.session import Session

STEPS = list(PraStep)
NARROW = 160
"""Below this many columns the notes panel starts hidden and, shown with F1, lies over the step."""
NOTES_SHOWN = "-notes-shown"
"""The screen's class while F1 shows the notes (``pra.tcss``: over the step, below NARROW
columns, the step's lines of text end left of them)."""
SLIM = 120
"""Below this many columns the stepper shows step numbers only (the title bar names the step)."""
SHORT = 40
"""Below this many rows projector mode keeps its side margins but no blank rows above and below."""
MIN_SIZE = (100, 24)
"""The smallest terminal the workshop screen works in; below it the screen says how big it must be."""
PALETTE_HINT = 110
"""Below this many columns the footer leaves out "^p palette" (Ctrl+P still works; F1
lists it), so a step's own keys fit down to 100 columns."""
NOTES_LEAVE_SEEN = 8
"""A field or list with fewer columns than this left of the notes lies under them."""
STEP_KEYS = Binding.Group(t("tui.footer.step"))
"""F7 and F8 side by side under one word in the footer."""


class WorkshopScreen(Screen[None]):
    """Everything the room sees while the workshop runs."""

    # The footer shows the keys of the moment within 120 columns: F3 only on group
    # steps, F6 only where the step has parts, F7/F8 as one group; redo, the
    # projector (and the app's Ctrl+Q) not at all. They all still work and are
    # listed in the notes panel (F1); notes, projector and save-elsewhere are in the palette (Ctrl+P).
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+z", "undo", t("tui.key.undo"), priority=True),
        Binding("ctrl+y", "redo", t("tui.key.redo"), show=False, priority=True),
        Binding("f1", "toggle_notes", t("tui.key.notes")),
        Binding("f2", "projector", t("tui.key.projector"), show=False),
        Binding("f3", "next_group", t("tui.key.group")),
        Binding("f3", "next_group_anywhere", show=False, system=True),  # off group steps too
        Binding("f5", "tab(-1)", t("tui.key.previous_tab"), show=False),
        Binding("f6", "tab(1)", t("tui.key.next_tab")),
        Binding("f7", "step(-1)", t("tui.key.previous"), group=STEP_KEYS),
        Binding("f8", "step(1)", t("tui.key.next"), group=STEP_KEYS),
        Binding(SAVE_AS_KEY, "save_elsewhere", t("tui.key.save_as"), show=False),
        Binding("f4", "followup", t("tui.followup.palette"), show=False),
    ]

    def __init__(self, session: Session, *, step: PraStep = PraStep.PREPARATION) -> None:
        super().__init__()
        self.session = session
        self.current = step
        self.group_id: str | None = (
            session.workshop.groups[0].id if session.workshop.groups else None
        )
        self.views: dict[PraStep, StepView] = {}
        self.opened: tuple[PraStep, str | None] | None = None
        """The step (and group, on group steps) shown last: its notices go when another opens."""
        self.keep_focus = False
        """F3 is showing another group of the same step: the focus stays where it is."""
        self._focus_before_small: Widget | None = None
        """The focus when the window became too small, given back when it is large again."""

    def compose(self) -> ComposeResult:
        # Built with its texts, marks and narrow layout in place: nothing to restyle
        # or lay out again when the screen mounts.
        width = self.app.size.width
        self.set_class(width < NARROW, "-narrow", update=False)
        self.set_class(width < SLIM, "-slim", update=False)
        self.set_class(self.app.size.height < SHORT, "-short", update=False)
        ws = self.session.workshop
        texts = self._frame_texts(ws)  # the lines that name keys are written once mounted
        yield KeyHint(id="title-bar")
        too_small = Static(texts["too-small"], id="too-small")
        too_small.display = False
        yield too_small
        with Horizontal(id="body"):
            yield Stepper(ws, self.current, short=width < SLIM, id="stepper")
            with Vertical(id="content"):
                yield Static(texts["no-group"], id="no-group")
            with VerticalScroll(id="notes"):
                yield Static(texts["notes-text"], id="notes-text")
                yield KeyList(id="notes-keys")
                yield Static(texts["notes-own"], id="notes-own")
        yield Static(texts["status"], id="status")
        yield Footer(show_command_palette=self.app.size.width >= PALETTE_HINT)

    def on_mount(self) -> None:
        if self.session.changed is not None:
            self.session.changed.subscribe(self, self._changed, immediate=True)
        self._fit(self.app.size.width, self.app.size.height)
        self.go(self.current)

    def on_key(self, event: events.Key) -> None:
        """The last guard of "printable keys are text": one no field took acts on nothing.

        Step views already stop them (and send them to a list's entry line); this
        covers the sidebar and anything outside a view. Bindings are looked up only
        for a key that bubbles up to the app, so none ever fires on a letter.
        """
        focused = self.focused
        if event.is_printable and not (
            focused is not None and focused.check_consume_key(event.key, event.character)
        ):
            event.stop()
            event.prevent_default()
            if isinstance(focused, Stepper) and event.character is not None:
                self._type_into_step(focused, event)

    def _type_into_step(self, stepper: Stepper, event: events.Key) -> None:
        """A letter typed on the step list goes where typing starts in the step shown, as a
        letter typed on a list goes to its entry line (rev18-facil: Tab had reached the step
        list, and "bengkel" typed there vanished without a word). The keys typed behind it
        wait until the focus is there."""
        view = self.views.get(self.current)
        if view is None or not view.display:
            return
        hold_keys(self.app, stepper)
        view.focus_first()

        def hand_on() -> None:
            try:
                target = self.focused
                if target is not None and target is not stepper:
                    target.post_message(events.Key(event.key, event.character))
            finally:
                release_keys(self.app, stepper)

        self.app.call_later(hand_on)  # after the focus has moved (``Widget.focus`` defers it)

    def on_resize(self, event: events.Resize) -> None:
        """Below NARROW columns the notes panel starts hidden (F1 still shows it)."""
        width, height = event.size
        self.set_class(width < NARROW, "-narrow")
        self.set_class(width < SLIM, "-slim")
        self.set_class(height < SHORT, "-short")
        self.query_one(Footer).show_command_palette = width >= PALETTE_HINT
        self.query_one(Stepper).set_short(width < SLIM, self.session.workshop, self.current)
        self._render_title(self.session.workshop)
        self._fit(width, height)
        view = self.views.get(self.current)
        if view is not None and view.display:
            # tables choose their columns and wrap for the new width
            view.call_after_refresh(view.refresh_view)

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """A notice shown moves clear of the field or row that takes the focus."""
        notices.focus_moved(self.app, event.widget)
        if self.query("Toast"):
            notices.place(self.app)
        if self.has_class(NOTES_SHOWN):
            self.call_after_refresh(self._notes_clear_of, event.widget)

    def _notes_clear_of(self, widget: Widget) -> None:
        """The notes lying over the step (below NARROW columns) close when the focus goes to a
        field or list under them: what is typed there must be seen (rev19-facil: a pledge's
        value, a holiday's dates, step 9's list of earlier steps were typed or ticked unseen).
        A notice says so and that F1 opens them again."""
        notes = self.query_one("#notes")
        if (
            not self.has_class(NOTES_SHOWN)
            or not self.has_class("-narrow")
            or self.focused is not widget
            or not widget.region
            or notes in widget.ancestors_with_self
        ):
            return
        seen = min(widget.region.right, notes.region.x) - widget.region.x
        if seen >= min(NOTES_LEAVE_SEEN, widget.region.width):
            return
        self.action_toggle_notes()
        self.notify(key_text(self, "tui.notes_closed_for_field"))

    def on_tabbed_content_tab_activated(self, event: TabbedContent.TabActivated) -> None:
        """A tab that opens has a size after the next refresh: its tables wrap to it then."""
        from pra.tui.widgets.table import fill_shown

        self.call_after_refresh(fill_shown)

    def _fit(self, width: int, height: int) -> None:
        """Below MIN_SIZE the step is not shown (nor typed into): a sentence says how big to make it."""
        small = width < MIN_SIZE[0] or height < MIN_SIZE[1]
        body = self.query_one("#body")
        if small == body.disabled:
            return
        if small:
            self._focus_before_small = self.focused
        self.query_one("#too-small").display = small
        body.display = not small
        body.disabled = small
        self.refresh_bindings()  # while too small no key of the steps is offered or acts
        if not small:
            # back to a usable size: the cursor is where the facilitator left it, if that is
            # still shown; else where the step shown starts (never a hidden field)
            self.call_after_refresh(self._focus_after_small)

    def _focus_after_small(self) -> None:
        kept, self._focus_before_small = self._focus_before_small, None
        view = self.views.get(self.current)
        if view is None or not view.display or (kept is None and self.has_class("-room")):
            return  # (the room's view has no focus: nothing is typed on the wall)
        if (
            kept is not None
            and kept.is_attached
            and kept in view.walk_children()
            and all(node.display for node in kept.ancestors_with_self if isinstance(node, Widget))
        ):
            kept.focus()
            return
        view.focus_first()

    # -- navigation -------------------------------------------------------------
    def go(self, step: PraStep, group_id: str | None = None, *, keep_notices: bool = False) -> None:
        """Open ``step`` (and ``group_id`` on group steps).

        A notice still shown belongs to the step (or group) it was given on: it goes when
        another opens, rather than stand over the next step's entry line. After F3
        (:attr:`keep_focus`) the focus stays on the field it is on, when that is shown.
        """
        self.current = step
        if group_id is not None:
            self.group_id = group_id
        if self.session.last_error is not None:
            # a refusal's notice belongs to the step it was made on (its field still says it)
            self.session.last_error = None
            self.app.clear_notifications()
        ws = self.session.workshop
        if self.group_id is None or ws.group(self.group_id) is None:
            # also the first group formed since the screen opened (it had none then)
            self.group_id = ws.groups[0].id if ws.groups else None
        opening = (step, self.group_id if step.per_group else None)
        if opening != self.opened and not keep_notices:
            notices.clear(self.app)
        self.opened = opening
        content = self.query_one("#content", Vertical)
        needs_group = step.per_group and self.group_id is None
        fresh = not needs_group and step not in self.views
        view = None if needs_group else self._view(step, content)
        focused = self.focused
        if focused is not None and any(
            other is not view and focused in other.walk_children() for other in self.views.values()
        ):
            # Keys typed before the new view takes focus must not land in a hidden field.
            self.set_focus(None)
        for other in self.views.values():
            other.display = other is view
        self.query_one("#no-group", Static).display = view is None
        self._render_frame(ws)
        self.refresh_bindings()
        if view is None:
            return
        if fresh:
            # A new view renders itself once mounted (StepView.on_mount), and takes the
            # focus after its first refresh: the keys typed behind this one wait for it.
            hold_keys(self.app, view)
            view.call_after_refresh(self._first_shown, view)
        else:
            view.refresh_view()
            focused = self.focused
            if not (
                self.keep_focus
                and focused is not None
                and focused.display
                and focused in view.walk_children()
            ):
                view.focus_first()

    def _first_shown(self, view: StepView) -> None:
        """A new view's first refresh is over: focus it, then hand on the keys held for it."""
        try:
            self._focus_if_shown(view)
        finally:
            # after the focus moves (``Widget.focus`` moves it in the app's next turn)
            self.app.call_later(release_keys, self.app, view)

    def _focus_if_shown(self, view: StepView) -> None:
        if view.display and self.current is view.step:
            if self.focused is None or self.focused not in view.walk_children():
                # (not when a key such as F6 already put the focus in the view)
                view.focus_first()
            self.refresh_bindings()  # F6 shows once the view's parts are there

    def place(self) -> dict[str, str]:
        """Where the facilitator is, for the room's view (:mod:`pra.store.place`): the step,
        the group on a group step, and what the step's view adds (its tab, the voter)."""
        place = {"step": self.current.value}
        if self.current.per_group and self.group_id is not None:
            place["group"] = self.group_id
        view = self.views.get(self.current)
        if view is not None and view.display and view.is_mounted:
            place.update(view.place())
        return place

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The footer offers F3 on group steps (the key works on all) and F5/F6 where there are
        parts; a read-only window offers no undo (nothing is done there to take back); a window
        too small offers none of its keys (they would act on a step nobody sees)."""
        if action in ("undo", "redo") and self.session.read_only:
            return False
        # query_one by id is cached by Textual; a DOM-wide query here ran for every binding
        # on every bindings change (thousands of widgets once all steps are mounted)
        body = self.query_one_optional("#body")
        if body is not None and body.disabled:
            return False  # the window is too small: the step is hidden, no key acts on it
        if action == "next_group":
            return self.current.per_group
        if action == "tab":
            view = self.views.get(self.current)
            return view is not None and view.display and view.tabs() is not None
        return True

    def _view(self, step: PraStep, content: Vertical) -> StepView:
        if step not in self.views:
            view = self.views[step] = view_for(step)(self.session)
            view.room = self.has_class("-room")
            content.mount(view)
        return self.views[step]

    def _changed(self, ws: Workshop) -> None:
        if self.group_id is not None and ws.group(self.group_id) is None:
            self.group_id = ws.groups[0].id if ws.groups else None
            self.go(self.current, keep_notices=True)  # the notice says why (removed, undone)
            return
        if self.group_id is None and ws.groups and self.current.per_group:
            self.group_id = ws.groups[0].id
            self.go(self.current, keep_notices=True)
            return
        self._render_frame(ws)
        view = self.views.get(self.current)
        if view is not None and view.display:
            view.refresh_view()

    def _frame_texts(self, ws: Workshop) -> dict[str, str]:
        """The text of each line and panel around the step's view, by widget id."""
        step = self.current
        own = (ws.notes.get(step) or "").strip()
        return {
            "no-group": t("tui.needs_group"),
            "too-small": t("tui.layout.too_small", width=MIN_SIZE[0], height=MIN_SIZE[1]),
            "notes-text": t(f"notes.{step.value}"),
            "notes-own": f"{t('notes.own_heading')}\n{own}" if own else "",
            "status": self.session.status(self),
        }

    def _render_frame(self, ws: Workshop) -> None:
        for widget_id, text in self._frame_texts(ws).items():
            static = self.query_one(f"#{widget_id}", Static)
            if static.content != text:
                static.update(text)
        # The keys they name are the ones active now: rewritten when the bindings change.
        self._render_title(ws)
        step = self.current
        self.query_one("#notes-keys", KeyList).say(
            f"notes.{step.value}_keys", parts=f"notes.parts.{step.value}."
        )
        self.query_one(Stepper).show(ws, self.current)
        self.sub_title = ws.info.title or ws.info.place.village or t("tui.untitled")

    def _render_title(self, ws: Workshop) -> None:
        """The title bar names what changes with F7/F8 and F3 first, the workshop's title
        last; on a group step the line is fitted to the width (pra/tui/title_bar.py)."""
        step = self.current
        title = ws.info.title or ws.info.place.village or t("tui.untitled")
        group = ws.group(self.group_id) if step.per_group and self.group_id else None
        bar = self.query_one("#title-bar", KeyHint)
        params = {"app": t("app.name"), "step": step_label(step), "title": title}
        if group is None:
            bar.say("tui.title_bar", **params)
            return
        room = self.has_class("-room")
        line, params = fit_group_line(
            lambda key, **p: key_text(self, key, room=room, **p),
            self.app.size.width - bar.styles.gutter.width,
            keys=not room,
            group=group.name,
            **params,
        )
        bar.say(line, **params)

    def show_participant(self, participant_id: str) -> None:
        """Open the participant register with ``participant_id`` highlighted."""
        self.go(PraStep.PARTICIPANTS)
        view = self.views.get(PraStep.PARTICIPANTS)
        select = getattr(view, "select_participant", None)
        if view is not None and callable(select):
            view.call_after_refresh(select, participant_id)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if isinstance(event.option_list, Stepper) and event.option.id is not None:
            event.stop()
            self.go(PraStep(event.option.id))

    # -- actions ------------------------------------------------------------------
    def action_step(self, delta: int) -> None:
        index = max(0, min(len(STEPS) - 1, STEPS.index(self.current) + delta))
        self.go(STEPS[index])

    def action_tab(self, delta: int) -> None:
        """Move between the tabs of a step that has several parts (problems, potentials …)."""
        view = self.views.get(self.current)
        if view is not None and view.display:
            view.switch_tab(delta)

    def action_next_group(self) -> None:
        groups = self.session.workshop.groups
        if not groups:
            self.notify(t("tui.needs_group"))
            return
        ids = [g.id for g in groups]
        index = ids.index(self.group_id) + 1 if self.group_id in ids else 0
        view = self.views.get(self.current)
        if view is not None and view.display and self.current.per_group:
            view.leave_group()  # what is typed stays with the group it was typed for
        self.group_id = ids[index % len(ids)]
        self.keep_focus = True
        try:
            self.go(self.current)
        finally:
            self.keep_focus = False

    def action_next_group_anywhere(self) -> None:
        self.action_next_group()

    def action_followup(self) -> None:
        """The follow-up section (pendampingan) of the group shown (or the first group)."""
        from pra.tui.followup.screen import FollowUpScreen

        self.app.push_screen(FollowUpScreen(self.session, self.group_id))

    def action_undo(self) -> None:
        """Ctrl+Z takes back the typing in the focused field first; a whole entry only when
        the field holds nothing typed (the toast then names the entry undone)."""
        focused = self.focused
        if isinstance(focused, TextField) and focused.undo_typing():
            return
        self.session.undo()

    def action_redo(self) -> None:
        self.session.redo()

    def action_toggle_notes(self) -> None:
        notes = self.query_one("#notes")
        notes.display = not notes.display
        # below NARROW the notes lie over the step: its lines of text wrap to their left
        self.set_class(notes.display, NOTES_SHOWN)
        view = self.views.get(self.current)
        if view is not None and view.display:
            # a table that lies left of the notes (step 10's grid) chooses its columns again
            view.call_after_refresh(view.refresh_view)

    def action_projector(self) -> None:
        from pra.tui.app import PraApp

        app = self.app
        if isinstance(app, PraApp):
            app.toggle_projector()

    def action_save_elsewhere(self) -> None:
        from pra.tui.dialogs import PathDialog

        def chosen(path: str | None) -> None:
            if path:
                self.session.save_now(Path(path).expanduser())

        self.app.push_screen(PathDialog(t("tui.save_as_title")), chosen)
