"""The home screen: recent workshops, a new one, a file, or an example.

Everything here only *chooses*; opening goes through :mod:`pra.tui.files`
(the store: copy, lock, load) and then :meth:`PraApp.open_session`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from pra import store
from pra.errors import PraError
from pra.i18n import t
from pra.resources import EXAMPLES

if TYPE_CHECKING:
    from pra.tui.session import Session


class HomeScreen(Screen[None]):
    """What ``pra`` shows with no workshop open."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "new", t("home.key_new")),
        Binding("o", "open_file", t("home.key_open")),
    ]

    def compose(self) -> ComposeResult:
        yield Static(f"{t('app.name')} — {t('app.tagline')}", id="title-bar")
        with Vertical(id="home"):
            yield Static(t("home.intro"), id="home-intro")
            yield OptionList(id="home-list")
            yield Static(id="home-folder", classes="hint")
        yield Footer()

    def on_mount(self) -> None:
        from pra.tui import files

        options: list[Option | None] = [
            Option(f"✚ {t('home.new')}", id="new"),
            Option(f"📂 {t('home.open')}", id="open"),
            Option(f"🤝 {t('tui.followup.home')}", id="followup"),
            None,
        ]
        options += [
            Option(f"★ {t('home.example', name=name.title())}", id=f"example:{name}")
            for name in EXAMPLES
        ]
        recent = files.recent_workshops()
        if recent:
            options.append(None)
        for entry in recent:
            options.append(Option(f"↺ {entry.label}", id=f"recent:{entry.path}"))
        listing = self.query_one("#home-list", OptionList)
        listing.add_options(options)
        listing.focus()
        self.query_one("#home-folder", Static).update(
            t("home.folder", folder=str(files.workshops_folder()))
        )

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        choice = event.option.id or ""
        if choice == "new":
            self.action_new()
        elif choice == "open":
            self.action_open_file()
        elif choice == "followup":
            self.open_followup()
        elif choice.startswith("example:"):
            self._open(lambda f: f.demo_session(choice.removeprefix("example:")))
        elif choice.startswith("recent:"):
            self._open_path(Path(choice.removeprefix("recent:")))

    def _open(
        self,
        how: Callable[[ModuleType], Session],
        path: Path | None = None,
        *,
        followup: bool = False,
    ) -> None:
        """Open what ``how`` makes; ``path`` is the file, when one is opened (for its backup).

        ``followup``: show the workshop's follow-up section (pendampingan) over it.
        """
        from pra.tui import files
        from pra.tui.app import PraApp

        try:
            session = how(files)
        except store.BrokenWorkshop as broken:
            if broken.backup is not None and path is not None:
                self._offer_backup(path, broken)
            else:
                self.notify(broken.message(), severity="error", timeout=15)
            return
        except PraError as error:
            self.notify(error.message(), severity="error", timeout=10)
            return
        app = self.app
        if isinstance(app, PraApp):
            app.open_session(session)
            if followup:
                from pra.tui.followup.screen import FollowUpScreen

                app.push_screen(FollowUpScreen(session))

    def _open_path(self, path: Path, *, followup: bool = False) -> None:
        self._open(lambda f: f.open_session(path), path, followup=followup)

    def open_followup(self) -> None:
        """Pendampingan: a workshop file (the last one saved is offered), then its follow-up."""
        from pra.tui import files
        from pra.tui.dialogs import PathDialog

        def chosen(path: str | None) -> None:
            if path:
                self._open_path(Path(path).expanduser(), followup=True)

        recent = files.recent_workshops()
        offered = str(recent[0].path) if recent else ""
        self.app.push_screen(PathDialog(t("tui.followup.home_open"), offered), chosen)

    def _offer_backup(self, path: Path, broken: store.BrokenWorkshop) -> None:
        """Say what is wrong and offer the newest good backup; the broken file is kept either way."""
        from pra.tui.dialogs import ConfirmDialog

        def answered(yes: bool | None) -> None:
            if yes:
                self._open(lambda f: f.open_session(path, restore_backup=True))

        question = t("home.restore_question", message=broken.message())
        self.app.push_screen(ConfirmDialog(question), answered)

    def action_new(self) -> None:
        self._open(lambda f: f.new_session())

    def action_open_file(self) -> None:
        from pra.tui.dialogs import PathDialog

        def chosen(path: str | None) -> None:
            if path:
                self._open_path(Path(path).expanduser())

        self.app.push_screen(PathDialog(t("home.open")), chosen)
