"""Small modal dialogs that ask one thing and return it (they never touch app state)."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from pra.i18n import t
from pra.tui.keys import KeyHint
from pra.tui.widgets.field import TextField


class PathDialog(ModalScreen[str | None]):
    """Ask for a file path; Enter returns it, Escape returns ``None``."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", t("tui.key.cancel"))]

    def __init__(self, title: str, value: str = "", hint_key: str = "tui.dialog_hint") -> None:
        super().__init__()
        self.title_text = title
        self.value = value
        self.hint_key = hint_key
        """The catalogue sentence under the field (its keys written by pra.tui.keys)."""

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(self.title_text)
            yield TextField(value=self.value, placeholder=t("tui.path_placeholder"), id="path")
            yield KeyHint(self.hint_key, classes="hint")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        self.dismiss(None)


class ConfirmDialog(ModalScreen[bool]):
    """Ask a yes/no question: ``y`` (or Enter) returns ``True``, ``n`` or Escape ``False``."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y,enter", "answer(True)", t("tui.yes")),
        Binding("n,escape", "answer(False)", t("tui.no")),
    ]

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(self.question)
            yield KeyHint("tui.confirm_hint", classes="hint")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
