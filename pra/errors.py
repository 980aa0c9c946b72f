"""Errors a user can meet, carried as catalogue keys so they can be said in any language."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol, runtime_checkable

from pra.i18n import Language, t


@runtime_checkable
class Sayable(Protocol):
    """A message parameter that says itself in a language (e.g. :class:`pra.oserrors.OsReason`)."""

    def text(self, lang: Language | None = None) -> str: ...


def said(params: Mapping[str, Any], lang: Language | None) -> dict[str, Any]:
    """``params`` with every :class:`Sayable` value said in ``lang``."""
    return {k: v.text(lang) if isinstance(v, Sayable) else v for k, v in params.items()}


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
        return t(self.key, lang=lang, **said(self.params, lang))

    def __str__(self) -> str:
        return self.message()
