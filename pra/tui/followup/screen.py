"""The follow-up screen: one group's meetings, assessments and progress after the workshop.

Opened over the workshop screen (its key or the palette, on the group shown
there) or from the home screen; the same key goes back. It edits through the
workshop's session, so undo (Ctrl+Z), autosave and the read-only lock behave
exactly as during the workshop. F3 goes to the next group, F5/F6 between the tabs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static, TabbedContent, TabPane, Tabs

from pra.i18n import t
from pra.model import Workshop
from pra.tui import notices
from pra.tui.followup.pane import FollowUpPane
from pra.tui.key_list import KeyList
from pra.tui.key_pipeline import hold_keys, release_keys
from pra.tui.keys import KeyHint, key_text
from pra.tui.title_bar import FOLLOWUP_LINES, fit_group_line

if TYPE_CHECKING:
    from pra.tui.session import Session

TABS = ("meeting", "assessment", "dashboard")


class FollowUpScreen(Screen[None]):
    """See the module docstring."""

    CSS_PATH = "followup_screen.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+z", "undo", t("tui.key.undo"), priority=True),
        Binding("ctrl+y", "redo", t("tui.key.redo"), show=False, priority=True),
        Binding("f1", "toggle_notes", t("tui.key.notes")),
        # F3 is named in the title bar ("F3 ganti"): the footer keeps its room at 100 columns
        # for the table's keys and F4, the way back
        Binding("f3", "next_group", t("tui.key.group"), show=False),
        Binding("f5", "tab(-1)", t("tui.key.previous_tab"), show=False),
        Binding("f6", "tab(1)", t("tui.key.next_tab")),
        Binding("f4", "close", t("tui.followup.key.close")),
    ]

    def __init__(self, session: Session, group_id: str | None = None, tab: str = "meeting") -> None:
        super().__init__(classes="followup")
        self.session = session
        ws = session.workshop
        if group_id is None or ws.group(group_id) is None:
            group_id = ws.groups[0].id if ws.groups else None
        self.group_id = group_id
        self.first_tab = tab
        self.tab = TABS.index(tab)
        """The tab shown, by its place in :data:`TABS` (see :meth:`_focus_tab`)."""

    def panes(self) -> dict[str, FollowUpPane]:
        from pra.tui.followup.assessment import AssessmentPane
        from pra.tui.followup.dashboard import DashboardPane
        from pra.tui.followup.meeting import MeetingPane

        return {
            "meeting": MeetingPane(self.session),
            "assessment": AssessmentPane(self.session),
            "dashboard": DashboardPane(self.session),
        }

    def compose(self) -> ComposeResult:
        yield KeyHint(id="title-bar")
        no_group = Static(t("tui.needs_group"), id="fu-no-group")
        no_group.display = self.group_id is None
        yield no_group
        with Vertical(id="fu-body"):
            with TabbedContent(initial=f"fu-tab-{self.first_tab}", id="fu-tabs"):
                for name, pane in self.panes().items():
                    with TabPane(t(f"tui.followup.tab.{name}"), id=f"fu-tab-{name}"):
                        yield pane
            # F1: the keys that work where the focus is, as in the workshop (over the tab's right)
            notes = VerticalScroll(id="notes")
            notes.display = False
            with notes:
                yield KeyList(id="notes-keys")
        yield Static(self.session.status(self), id="status")
        yield Footer(show_command_palette=False)

    AUTO_FOCUS = ""  # none (None would take the app's "*")
    """The focus is this screen's own (:meth:`_focus_tab`): Textual's focus of the first field on
    showing the screen could land after an F6 already pressed, and the tabs follow the focus, so
    the meeting tab came back over the one F6 chose."""

    def on_mount(self) -> None:
        if self.session.changed is not None:
            self.session.changed.subscribe(self, self._changed, immediate=True)
        self.query_one("#fu-tabs").display = self.group_id is not None
        self.render_group(self.session.workshop)
        self._focus_tab_later()

    def _focus_tab_later(self) -> None:
        """:meth:`_focus_tab` after the next refresh; the keys typed meanwhile wait for it
        (``F4`` then a date at once: the digits reached no field)."""
        hold_keys(self.app, self)
        self.call_after_refresh(self._focus_tab)

    def _changed(self, ws: Workshop) -> None:
        if self.group_id is not None and ws.group(self.group_id) is None:
            self.group_id = ws.groups[0].id if ws.groups else None
        self.render_group(ws)

    def on_resize(self, event: events.Resize) -> None:
        if self.is_mounted:
            self._fit_title(self.session.workshop)

    def render_group(self, ws: Workshop) -> None:
        self.query_one("#notes-keys", KeyList).say("", parts="notes.parts.followup.")
        self._fit_title(ws)
        status = self.query_one("#status", Static)
        status.update(self.session.status(self))
        for pane in self.query(FollowUpPane):
            pane.refresh_pane(self.group_id)

    def _fit_title(self, ws: Workshop) -> None:
        """The title bar's line that fits the width (:func:`pra.tui.title_bar.fit_group_line`:
        at 100 columns the workshop's name was cut)."""
        group = ws.group(self.group_id) if self.group_id else None
        bar = self.query_one("#title-bar", KeyHint)
        line, params = fit_group_line(
            lambda key, **p: key_text(self, key, **p),
            self.app.size.width - bar.styles.gutter.width,
            lines=FOLLOWUP_LINES,
            app=t("app.name"),
            group=group.name if group is not None else "–",
            title=ws.info.title or ws.info.place.village or t("tui.untitled"),
        )
        bar.say(line, **params)

    def _focus_tab(self) -> None:
        """Show the tab the keys chose (:attr:`tab`) and put the focus in its first field.

        The tab is this screen's own state: a ``TabbedContent`` switches its content in
        messages of its own and follows the focus, so F6 pressed twice quickly would
        otherwise leave one tab's name underlined over another tab's fields.
        """
        try:
            tabs = self.query_one("#fu-tabs", TabbedContent)
            wanted = f"fu-tab-{TABS[self.tab]}"
            if tabs.active != wanted:
                tabs.active = wanted
            for pane in tabs.get_pane(wanted).query(FollowUpPane):
                pane.focus_first()
                return
        finally:
            self.app.call_later(release_keys, self.app, self)

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """A notice shown moves clear of the field or row that takes the focus (the new
        meeting's date line at the top too), as on the workshop screen."""
        notices.focus_moved(self.app, event.widget)
        if self.query("Toast"):
            notices.place(self.app)

    def on_key(self, event: events.Key) -> None:
        """A printable key that no field takes acts on nothing (as on the workshop screen)."""
        focused = self.focused
        if event.is_printable and not (
            focused is not None and focused.check_consume_key(event.key, event.character)
        ):
            event.stop()
            event.prevent_default()

    # -- actions ------------------------------------------------------------------
    def on_tabbed_content_tab_activated(self, event: TabbedContent.TabActivated) -> None:
        """Keep the tab the keys chose: the tabs follow the focus, and a focus given before an
        F6 (the first field of the first tab) can reach them after it and bring that tab back.
        A tab clicked (the tabs bar holds the focus then) becomes the chosen one."""
        pane = (event.pane.id or "").removeprefix("fu-tab-")
        if pane not in TABS or TABS.index(pane) == self.tab:
            return
        if isinstance(self.focused, Tabs):
            self.tab = TABS.index(pane)
        self._focus_tab_later()

    def action_tab(self, delta: int) -> None:
        self.tab = (self.tab + delta) % len(TABS)
        self.query_one("#fu-tabs", TabbedContent).active = f"fu-tab-{TABS[self.tab]}"
        self._focus_tab_later()

    def show_tab(self, name: str) -> None:
        self.tab = TABS.index(name)
        self._focus_tab_later()

    def commit_pending(self) -> None:
        """Every pane keeps what is typed in it and not yet kept, for its own group."""
        for pane in self.query(FollowUpPane):
            pane.commit_pending()

    def action_next_group(self) -> None:
        groups = self.session.workshop.groups
        if not groups:
            self.notify(t("tui.needs_group"))
            return
        self.commit_pending()
        ids = [g.id for g in groups]
        index = ids.index(self.group_id) + 1 if self.group_id in ids else 0
        self.group_id = ids[index % len(ids)]
        self.render_group(self.session.workshop)
        self._focus_tab()

    def action_toggle_notes(self) -> None:
        """F1: the notes' list of keys, true for the focus, shown or hidden."""
        notes = self.query_one("#notes")
        notes.display = not notes.display

    def action_undo(self) -> None:
        """Ctrl+Z takes back the typing in the focused field first, as in the workshop: a
        note typed and not yet kept, then Ctrl+Z, undid an earlier change and left the note,
        which leaving the field then kept. The notice says which was undone."""
        from pra.tui.widgets.field import TextField

        focused = self.focused
        if isinstance(focused, TextField) and focused.undo_typing():
            self.notify(t("tui.followup.typing_undone"))
            notices.while_here(self.app, focused)  # gone once the line is kept or left
            return
        self.session.undo()

    def action_redo(self) -> None:
        self.session.redo()

    def action_close(self) -> None:
        """Back to the workshop screen (on the same group), or home when opened from there."""
        from pra.tui.screen import WorkshopScreen

        self.commit_pending()  # the screen goes: what is typed in it is kept, for its group
        below = self.app.screen_stack[-2] if len(self.app.screen_stack) > 1 else None
        self.app.pop_screen()
        if isinstance(below, WorkshopScreen) and self.group_id is not None:
            below.group_id = self.group_id
            below.go(below.current)
