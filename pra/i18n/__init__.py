"""Every sentence a facilitator, a group or a printed plan sees, looked up by key.

There is one catalogue per language (``id.toml``, ``en.toml`` beside this file),
Indonesian first. Keys are dotted paths into the TOML tables (``store.too_large``);
parameters are filled with :meth:`str.format`. Code never builds a user-facing
sentence from literals: it asks :func:`t` for one.

A sentence whose words follow a number is a :class:`Plural`: in TOML an inline
table naming the parameter that decides and one template per CLDR plural
category, ``{ plural = "n", one = "{n} pledge …", other = "{n} pledges …" }``.
The category of a number comes from babel's CLDR rules (:func:`plural_category`).
Indonesian nouns do not change with number, so its catalogue rarely needs one.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from importlib.resources import files
from typing import Any, Final, Literal, TypeGuard, get_args

Language = Literal["id", "en"]
LANGUAGES: Final[tuple[Language, ...]] = get_args(Language)
DEFAULT_LANGUAGE: Final[Language] = "id"
ENV_VAR: Final = "PRA_LANG"

_current: Language | None = None


def is_language(value: object) -> TypeGuard[Language]:
    return value in LANGUAGES


def set_language(lang: Language) -> None:
    """Choose the language for every later :func:`t` call in this process."""
    global _current
    if not is_language(lang):
        raise ValueError(f"unknown language {lang!r}; expected one of {LANGUAGES}")
    _current = lang


def reset_language() -> None:
    """Forget :func:`set_language`: back to ``$PRA_LANG`` or Indonesian (used between tests)."""
    global _current
    _current = None


def get_language() -> Language:
    """The language in force: set explicitly, else ``$PRA_LANG``, else Indonesian."""
    if _current is not None:
        return _current
    env = os.environ.get(ENV_VAR, "").strip().lower()
    return env if is_language(env) else DEFAULT_LANGUAGE


@cache
def _plural_rule(lang: Language) -> Callable[[Decimal | int | float], str]:
    """CLDR's plural rule of ``lang`` from babel (imported on first use: not at start-up)."""
    from babel import Locale

    rule: Callable[[Decimal | int | float], str] = Locale.parse(lang).plural_form
    return rule


def plural_category(lang: Language, count: object) -> str:
    """The CLDR plural category (``one``, ``other`` …) of ``count`` in ``lang``.

    ``count`` is the number, or the number as already formatted for the page
    (``"1"``; a form with separators, ``"1.500"``, is never a ``one``, so any text
    that is not a plain number counts as ``other``).
    """
    number: Decimal | int | float
    if isinstance(count, bool) or count is None:
        return "other"
    if isinstance(count, int | float | Decimal):
        number = count
    else:
        try:
            number = Decimal(str(count).strip())
        except InvalidOperation:
            return "other"
        if not number.is_finite():
            return "other"
    return _plural_rule(lang)(number)


@dataclass(frozen=True, slots=True)
class Plural:
    """A sentence with one template per plural category, chosen by the parameter ``count``."""

    count: str
    """The name of the parameter whose number decides (``n``, ``count``, ``months`` …)."""
    forms: Mapping[str, str]
    """CLDR category (``one``, ``other`` …) → template; ``other`` is always there."""

    def pick(self, lang: Language, params: Mapping[str, object]) -> str:
        category = plural_category(lang, params.get(self.count))
        return self.forms.get(category, self.forms["other"])


Entry = str | Plural


def _flatten(table: dict[str, Any], prefix: str = "") -> dict[str, Entry]:
    flat: dict[str, Entry] = {}
    for key, value in table.items():
        path = f"{prefix}{key}"
        if isinstance(value, dict) and "plural" in value:
            forms = {
                category: str(text) for category, text in value.items() if category != "plural"
            }
            if "other" not in forms:
                raise ValueError(f"catalogue entry {path} has no 'other' form")
            flat[path] = Plural(str(value["plural"]), forms)
        elif isinstance(value, dict):
            flat.update(_flatten(value, f"{path}."))
        else:
            flat[path] = str(value)
    return flat


@cache
def catalogue(lang: Language) -> dict[str, Entry]:
    """The whole catalogue of one language, as ``{dotted.key: template}``."""
    text = files(__package__).joinpath(f"{lang}.toml").read_text(encoding="utf-8")
    return _flatten(tomllib.loads(text))


def has(key: str, lang: Language | None = None) -> bool:
    return key in catalogue(lang or get_language())


def t(key: str, /, lang: Language | None = None, **params: object) -> str:
    """The sentence for ``key`` in ``lang`` (default: the language in force).

    A key missing from the chosen language falls back to Indonesian, then to the
    key itself, so a forgotten entry shows up as text instead of a crash in front
    of a room; ``tests/test_i18n.py`` keeps both catalogues complete.
    """
    lang = lang or get_language()
    for source in (lang, DEFAULT_LANGUAGE):
        entry = catalogue(source).get(key)
        if entry is not None:
            break
    else:
        return key
    template = entry.pick(source, params) if isinstance(entry, Plural) else entry
    return template.format(**params) if params else template
