"""The ``pra`` Textual application: home screen or an open workshop.

The app itself holds little: the theme (and projector mode), and which screen
is up. The open workshop lives in a :class:`~pra.tui.session.Session`; the
workshop screen renders it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, ClassVar

from textual import events
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen

from pra.i18n import t
from pra.tui.commands import JumpProvider, palette_chooses
from pra.tui.follow import FOLLOW_SECONDS, Follower
from pra.tui.key_pipeline import SerialKeysApp
from pra.tui.keys import QUIT_KEY, SAVE_AS_KEY, key_display
from pra.tui.place import PlaceRecorder
from pra.tui.themes import DEFAULT_THEME, PROJECTOR_THEME
from pra.tui.wrapping import keep_no_break_spaces

if TYPE_CHECKING:
    from textual.command import CommandPalette
    from textual.notifications import SeverityLevel

    from pra.model import PraStep
    from pra.tui.session import Session


class PraApp(SerialKeysApp):
    """Opens ``session`` if given, else the home screen."""

    CSS_PATH = "pra.tcss"
    TITLE = "pra"
    COMMANDS = App.COMMANDS | {JumpProvider}
    BINDINGS: ClassVar[list[BindingType]] = [
        # Not in the footer (no room at 120 columns): the notes panel and the palette list it.
        Binding(QUIT_KEY, "quit", t("tui.key.quit"), show=False, priority=True),
        # Textual adds an English "palette" binding unless the app has its own.
        Binding("ctrl+p", "command_palette", t("tui.palette.key"), show=False, priority=True),
        # Before the focused field sees the keys after it: see action_focus_next.
        Binding("tab", "focus_next", t("tui.key.next_field"), show=False, priority=True),
        Binding(
            "shift+tab",
            "focus_previous",
            t("tui.key.previous_field"),
            show=False,
            priority=True,
            key_display="⇧Tab",
        ),
        # Home/End on a table of rows go to its first/last row (Textual's only scroll
        # sideways, and Del then removed the row still highlighted: the last one)
        Binding("home", "edge_row(0)", t("tui.key.first_row"), show=False, priority=True),
        Binding("end", "edge_row(-1)", t("tui.key.last_row"), show=False, priority=True),
    ]

    def __init__(
        self,
        session: Session | None = None,
        *,
        theme: str | None = None,
        step: PraStep | None = None,
        exit_when_ready: bool = False,
        room: bool = False,
        follow_every: float = FOLLOW_SECONDS,
    ) -> None:
        super().__init__()
        keep_no_break_spaces()
        self.session = session
        self.room = room
        """``pra show``: the room-facing view (no notes, no facilitator keys), read-only."""
        self.follow_every = follow_every
        self.follower: Follower | None = None
        self.recorder: PlaceRecorder | None = None
        """A writable workshop's window records where the facilitator is, for ``pra show``."""
        self.start_step = step
        self.unkept_said: tuple[str, ...] = ()
        """The texts not kept the last Ctrl+Q said (:func:`pra.tui.quitting.unkept`)."""
        self.entered_on_quit: list[str] = []
        """What Ctrl+Q entered or kept from the fields (a line typed, not entered): the
        app closes at once, so the CLI says it afterwards (:func:`pra.cli.tui.run`)."""
        self.exit_when_ready = exit_when_ready
        self.register_theme(PROJECTOR_THEME)
        self.theme = theme or (PROJECTOR_THEME.name if room else DEFAULT_THEME)
        self.normal_theme = self.theme
        self.projector = False

    def get_default_screen(self) -> Screen[Any]:
        """The first screen: the open workshop, else home.

        Built as the app's first screen rather than pushed over an empty one, so
        that it is laid out once for the terminal's size instead of twice.
        """
        if self.session is not None:
            return self._workshop_screen(self.session)
        from pra.tui.home import HomeScreen

        return HomeScreen()

    def on_mount(self) -> None:
        if self.session is not None:
            self._follow(self.session)
            if not self.room:
                self._say_if_read_only(self.session)
        if self.exit_when_ready:
            self.call_after_refresh(self.exit)

    def action_command_palette(self) -> None:
        """The command palette, with its prompt in the facilitator's language."""
        from textual.command import CommandPalette

        from pra.tui.commands import PraPalette

        if self.use_command_palette and not isinstance(self.screen, CommandPalette):
            self.push_screen(
                PraPalette(placeholder=t("tui.palette.placeholder"), id="--command-palette")
            )

    async def action_focus_next(self) -> None:  # type: ignore[override]  # Textual awaits it
        """Tab: the next field, moved before the next key is read.

        As a priority binding Tab moves the focus in the app's own turn; the keys
        before it were handled first and the keys after it wait until it has moved
        (:mod:`pra.tui.key_pipeline`), so they go where it went. A step view that
        leads Tab its own way (SWOT: box to box) says where in
        :meth:`~pra.tui.steps.base.StepView.tab_target`.
        """
        await self._move_focus(forward=True)

    async def action_focus_previous(self) -> None:  # type: ignore[override]
        """Shift+Tab: the previous field, moved before the next key is read."""
        await self._move_focus(forward=False)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Home/End are the table's keys only where a table of rows has the focus: in a
        field they move the cursor (the field's own keys), so the notes (F1) do not name
        them there as "first row"/"last row"."""
        if action == "edge_row":
            from textual.widgets import DataTable

            table = self.screen.focused
            return isinstance(table, DataTable) and table.cursor_type == "row"
        return True

    def action_edge_row(self, end: int) -> None:
        """Home (``0``) / End (``-1``) on a table of rows: its first or last row, highlighted.

        Anywhere else (a field: the start or end of its text) the key goes on as usual.
        """
        from textual.actions import SkipAction
        from textual.widgets import DataTable

        table = self.screen.focused
        if not isinstance(table, DataTable) or table.cursor_type != "row" or not table.row_count:
            raise SkipAction
        table.move_cursor(row=0 if end == 0 else table.row_count - 1, animate=False)

    def before_key(self, event: events.Key) -> None:
        """A printable key the focused list does not take goes to the list's entry line,
        which takes the focus now, before the key and the ones after it are handed on.

        Enter on the command palette's list of hits chooses one (where it does,
        :func:`~pra.tui.commands.palette_chooses`): the keys after it wait
        until the palette has closed and the command has run (:meth:`on_command_palette_closed`);
        handed on at once, the first of them went to the step being left.
        """
        from textual.app import ScreenStackError
        from textual.command import CommandPalette

        from pra.tui.steps import StepView

        try:
            screen = self.screen
        except ScreenStackError:
            return  # closing with keys of a burst still in flight: nothing to hand them to
        if event.key == "enter" and isinstance(screen, CommandPalette) and palette_chooses(screen):
            self.hold_keys(CommandPalette)
        if not event.is_printable or event.character is None:
            return
        focused = self.focused
        if focused is None or focused.check_consume_key(event.key, event.character):
            return
        view = next((node for node in focused.ancestors if isinstance(node, StepView)), None)
        target = view.typing_target(focused) if view is not None else None
        if target is not None and target.focusable:
            focused.screen.set_focus(target)

    def on_command_palette_closed(self, message: CommandPalette.Closed) -> None:
        """The palette closed: the command chosen runs next (queued after this message),
        then the keys typed behind Enter are handed on (to where the command put the focus;
        a step it opens for the first time holds them until its view has the focus)."""
        from textual.command import CommandPalette

        self.call_later(self.release_keys, CommandPalette)

    async def _move_focus(self, *, forward: bool) -> None:
        from pra.tui.steps import StepView

        screen = self.screen
        focused = screen.focused
        view = next(
            (node for node in (focused.ancestors if focused else ()) if isinstance(node, StepView)),
            None,
        )
        target = view.tab_target(forward) if view is not None else None
        if target is not None:
            screen.set_focus(target)
        elif forward:
            screen.focus_next()
        else:
            screen.focus_previous()

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """A notice replaces the ones still shown, and sits clear of the focused row
        (:mod:`pra.tui.notices`). Safe from a worker thread, as Textual's is."""
        from pra.tui import notices

        self.call_later(notices.before, self, severity, message)
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=markup)

    def get_key_display(self, binding: Binding) -> str:
        """How the footer, the notes and the hints write a key: ``F9``, ``Esc``, ``spasi``,
        ``Ctrl+P``, ``Ctrl+↑`` (:func:`pra.tui.keys.key_display`, which messages use too)."""
        from pra.tui.keys import key_display

        return key_display(binding.key, binding.key_display)

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """The palette's own commands, in the facilitator's language.

        Textual's (Keys, Maximize, Screenshot …) are English and for developers:
        left out. The workshop screen's keys that are not in the footer are offered.
        """
        from pra.tui.screen import WorkshopScreen

        if isinstance(screen, WorkshopScreen):
            commands = (
                ("toggle_notes", t("tui.palette.notes"), t("tui.palette.notes_help")),
                ("projector", t("tui.palette.projector"), t("tui.palette.projector_help")),
                ("followup", t("tui.followup.palette"), t("tui.followup.palette_help")),
                ("save_elsewhere", t("tui.palette.save_as"), t("tui.palette.save_as_help")),
            )
            for action, title, help_text in commands:
                # only what the screen allows as a key: the room view (pra show) has no
                # notes panel, projector toggle, follow-up or save-as (its notes crashed)
                if screen.check_action(action, ()) is not False:
                    yield SystemCommand(title, help_text, getattr(screen, f"action_{action}"))
        yield SystemCommand(t("tui.palette.theme"), t("tui.palette.theme_help"), self.search_themes)
        yield SystemCommand(t("tui.palette.quit"), self.quit_help(), self.action_quit)

    def quit_help(self) -> str:
        """The palette's words under "Keluar": what quitting now would leave unsaved (a line a
        step refused, edits a read-only folder could not take), or that all is saved. rev15-facil:
        "semua perubahan sudah tersimpan" while a refused step line was pending."""
        from pra.tui import quitting

        held = quitting.unkept(self)
        if held:
            # said as Ctrl+Q will treat it: entered if it reads, else said first (its
            # sentences say "ditolak", which a line not yet entered with Enter is not)
            return t("tui.palette.quit_help_unkept", n=len(held))
        if self.session is not None and self.session.needs_another_place():
            return t("tui.palette.quit_help_unsaved")
        return t("tui.palette.quit_help")

    def search_themes(self) -> None:
        """The colour themes to choose from, asked for in the facilitator's language."""
        from pra.tui.commands import PraPalette, ThemeChoices

        self.push_screen(
            PraPalette(providers=[ThemeChoices], placeholder=t("tui.palette.theme_placeholder"))
        )

    async def action_quit(self) -> None:
        """Ctrl+Q and the palette's "Quit": keep what the focused field holds, then leave.

        A form field keeps its value when the focus leaves it; closing the app
        takes no focus away, so without this the value being typed is lost. A line
        typed and not entered is entered, as Enter would; the window then closes at
        once, so what was entered is said by the CLI afterwards (:attr:`entered_on_quit`).
        A text refused (a pledge line, the follow-up's) is said by the first Ctrl+Q,
        which stays; Ctrl+Q again leaves without it.
        """
        from pra.tui import quitting

        session = self.session
        before = list(session.undo_stack) if session is not None else []
        self.commit_pending()
        if session is not None:
            self.entered_on_quit += quitting.changes_since(session, before)
        held = quitting.unkept(self)
        if held and held != self.unkept_said:
            self.unkept_said = held  # said once; Ctrl+Q again leaves without them
            self.notify(
                t("tui.saving.quit_unkept", texts="; ".join(held)), severity="warning", timeout=12
            )
            return
        if session is not None and session.needs_another_place() and not quitting.asking(self):
            quitting.ask_where_then_quit(self, session)  # a read-only folder: ask, don't lose edits
            return
        self.exit()

    def commit_pending(self) -> None:
        """Let every step view of every open workshop screen keep what is typed in it: the
        shown one, and those left with a line typed but not entered ("Ani Lestari, P, 02"
        on Peserta, then F8 and Ctrl+Q, was lost); and the follow-up's line being typed in."""
        from pra.tui.followup.screen import FollowUpScreen
        from pra.tui.steps import StepView

        for screen in self.screen_stack:
            for view in screen.query(StepView):
                view.commit_pending()
            if isinstance(screen, FollowUpScreen):
                screen.commit_pending()

    def open_session(self, session: Session) -> None:
        """Show ``session`` on a fresh workshop screen (from home)."""
        self.push_screen(self._workshop_screen(session))
        self._follow(session)
        self._say_if_read_only(session)

    def _workshop_screen(self, session: Session) -> Screen[Any]:
        from pra.model import PraStep
        from pra.tui.screen import WorkshopScreen

        self.session = session
        session.attach(self)
        step = self.start_step or PraStep.PREPARATION
        if self.room:
            from pra.tui.show import RoomScreen

            return RoomScreen(session, step=step)
        return WorkshopScreen(session, step=step)

    def _follow(self, session: Session) -> None:
        """A read-only session follows its file: the writing window's edits show here, and
        in the room's view also the writing window's place. A writable session records its
        place for the room (:mod:`pra.tui.place`)."""
        if self.follower is not None:
            self.follower.stop()
            self.follower = None
        if self.recorder is not None:
            self.recorder.stop()
            self.recorder = None
        if session.read_only and session.path is not None and session.path.is_file():
            self.follower = Follower(
                session,
                interval=self.follow_every,
                announce=not self.room,
                on_place=self._follow_place if self.room else None,
            )
            self.follower.start(self)
        elif not session.read_only and not self.room and session.path is not None:
            self.recorder = PlaceRecorder(session, interval=self.follow_every)
            self.recorder.start(self)

    def _follow_place(self, place: dict[str, str]) -> None:
        """The room's view opens the step, group, tab and voter the facilitator has open."""
        from pra.tui.show import RoomScreen

        for screen in self.screen_stack:
            if isinstance(screen, RoomScreen) and screen.is_mounted:
                screen.follow(place)

    def _say_if_read_only(self, session: Session) -> None:
        if session.read_only:
            self.notify(
                t("tui.read_only_edit", who=session.held_by or "?"), severity="warning", timeout=8
            )
        elif session.cannot_save is not None and session.path is not None:
            folder = str(session.path.parent)
            self.notify(
                t(
                    "tui.saving.cannot_save_here",
                    folder=folder,
                    reason=session.cannot_save,
                    save=key_display(SAVE_AS_KEY),
                ),
                severity="error",
                timeout=12,
            )

    def toggle_projector(self) -> None:
        """Projector mode: notes hidden, wider spacing, the high-contrast theme."""
        self.projector = not self.projector
        if self.projector:
            self.normal_theme = self.theme
            self.theme = PROJECTOR_THEME.name
        else:
            self.theme = self.normal_theme
        self.screen.set_class(self.projector, "-projector")
        self.notify(t("tui.projector_on") if self.projector else t("tui.projector_off"))
