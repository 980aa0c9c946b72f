"""Errors a user can meet, carried as catalogue keys so they can be said in any language."""

from __future__ import annotations

from typing import Any

from pra.i18n import Language, t


class PraError(Exception):
    """An error meant for a person: a catalogue key and its parameters, never a traceback.

    ``exit_code`` is what the CLI returns when this error ends a command.
    """

    exit_code: int = 1

    def __init__(self, key: str, /, **params: Any) -> None:
        super().__init__(key)
        self.key = key
        self.params = params

    def message(self, lang: Language | None = None) -> str:
        return t(self.key, lang=lang, **self.params)

    def __str__(self) -> str:
        return self.message()
