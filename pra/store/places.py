"""Pydantic's error locations and integrity findings, turned into places and sentences.

A location such as ``("groups", 0, "steps", 2, "depends_on", 0)`` becomes
*kelompok "Sedap Malam", langkah 3*: items of the collections a facilitator
knows are named (by their name or title when they have one, else by their
number counted from 1), and the field is added when the problem is about one
value (*isian "cost"*). Names are read from the raw document, so a place can be
said even when the document does not validate.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

from pydantic import ValidationError

from pra.i18n import Language, t
from pra.model import findings_of
from pra.model.text import clean_line
from pra.store.file_errors import FileProblem, PlacePart

# collection field -> (catalogue key for an item, the field holding its name or None)
COLLECTIONS: Final[Mapping[str, tuple[str, str | None]]] = {
    "participants": ("store.place.participant", "name"),
    "problems": ("store.place.problem", "title"),
    "skills": ("store.place.skill", "name"),
    "institutions": ("store.place.institution", "name"),
    "resources": ("store.place.resource", "name"),
    "needs": ("store.place.need", None),
    "criteria": ("store.place.criterion", "name"),
    "ideas": ("store.place.idea", "name"),
    "groups": ("store.place.group", "name"),
    "steps": ("store.place.step", None),
    "success": ("store.place.success", None),
    "pledges": ("store.place.pledge", None),
    "ballots": ("store.place.ballot", None),
    "pairwise": ("store.place.pair", None),
    "blackouts": ("store.place.blackout", "label"),
    "deductions": ("store.place.deduction", "label"),
    "budget": ("store.place.budget", "item"),
    "products": ("store.place.product", "name"),
    "seasons": ("store.place.season", "label"),
    "fixed_costs": ("store.place.fixed_cost", "label"),
    "strengths": ("store.place.strength", None),
    "weaknesses": ("store.place.weakness", None),
    "opportunities": ("store.place.opportunity", None),
    "threats": ("store.place.threat", None),
    "meetings": ("store.place.meeting", "date"),
    "members": ("store.place.meeting_member", None),
    "lender_payments": ("store.place.lender_payment", None),
    "assessments": ("store.place.assessment", "date"),
    "actions": ("store.place.action", "text"),
    "left": ("store.place.left", None),
    "reschedules": ("store.place.reschedule", None),
}

# reference fields named in integrity places: field -> catalogue key
REFERENCE_FIELDS: Final[Mapping[str, str]] = {
    "member_ids": "store.field.members",
    "responsible_ids": "store.field.responsible",
    "holder_ids": "store.field.holders",
    "first_round_ids": "store.field.first_round",
    "problem_ids": "store.field.problems",
    "skill_ids": "store.field.skills",
    "chair_id": "store.field.chair",
    "secretary_id": "store.field.secretary",
    "treasurer_id": "store.field.treasurer",
    "priority_id": "store.field.priority",
    "idea_id": "store.field.idea",
    "product_id": "store.field.product",
    "led_by_id": "store.field.led_by",
}

# money fields of a meeting's member row, named in words when a value there is refused
AMOUNT_FIELDS: Final[Mapping[str, str]] = {
    "savings_principal": "store.field.savings_principal",
    "savings_compulsory": "store.field.savings_compulsory",
    "savings_voluntary": "store.field.savings_voluntary",
    "instalment": "store.field.instalment",
    "loan_out": "store.field.loan_out",
    "amount": "store.field.amount",
    "sales": "store.field.sales",
    "costs": "store.field.costs",
}

NAME_SHOWN: Final = 40
"""Longer names are shortened in places."""

# pydantic error type -> catalogue key; parameters come from the error's ctx
ERROR_KEYS: Final[Mapping[str, str]] = {
    "missing": "store.error.missing",
    "extra_forbidden": "store.error.unknown_field",
    "int_type": "store.error.not_integer",
    "int_parsing": "store.error.not_integer",
    "int_from_float": "store.error.not_integer",
    "string_type": "store.error.not_text",
    "string_sub_type": "store.error.not_text",
    "string_unicode": "store.error.not_unicode",
    "int_parsing_size": "store.error.too_big",
    "float_type": "store.error.bad_number",
    "float_parsing": "store.error.bad_number",
    "json_invalid": "store.error.bad_shape",
    "json_type": "store.error.bad_shape",
    "mapping_type": "store.error.bad_shape",
    "set_type": "store.error.bad_shape",
    "frozen_set_type": "store.error.bad_shape",
    "iterable_type": "store.error.bad_shape",
    "none_required": "store.error.bad_shape",
    "is_instance_of": "store.error.bad_shape",
    "union_tag_invalid": "store.error.bad_shape",
    "union_tag_not_found": "store.error.bad_shape",
    "date_future": "store.error.bad_date",
    "date_past": "store.error.bad_date",
    "bool_type": "store.error.not_bool",
    "bool_parsing": "store.error.not_bool",
    "greater_than_equal": "store.error.at_least",
    "greater_than": "store.error.more_than",
    "less_than_equal": "store.error.at_most",
    "less_than": "store.error.less_than",
    "string_too_short": "store.error.empty",
    "too_short": "store.error.empty",
    "string_too_long": "store.error.too_long",
    "too_long": "store.error.too_many",
    "string_pattern_mismatch": "store.error.bad_id",
    "date_type": "store.error.bad_date",
    "date_parsing": "store.error.bad_date",
    "date_from_datetime_parsing": "store.error.bad_date",
    "date_from_datetime_inexact": "store.error.bad_date",
    "date_range": "store.error.date_range",
    "literal_error": "store.error.one_of",
    "enum": "store.error.one_of",
    "decimal_type": "store.error.bad_number",
    "decimal_parsing": "store.error.bad_number",
    "decimal_max_digits": "store.error.bad_number",
    "decimal_max_places": "store.error.too_precise",
    "decimal_whole_digits": "store.error.bad_number",
    "finite_number": "store.error.not_finite",
    "dict_type": "store.error.bad_shape",
    "model_type": "store.error.bad_shape",
    "model_attributes_type": "store.error.bad_shape",
    "tuple_type": "store.error.bad_shape",
    "list_type": "store.error.bad_shape",
    "dirty_text": "store.error.dirty_text",
    "nik": "store.error.nik",
}

# the model's own value errors, recognised by their (English, internal) wording
VALUE_ERRORS: Final[Mapping[str, str]] = {
    "a step's end": "store.error.step_end",
    "a blackout ends": "store.error.blackout_end",
    "a deduction has": "store.error.deduction_one",
    "a season has": "store.error.season_one",
    "a season given in units": "store.error.season_product",
    "a season names each month": "store.error.season_months",
}

# values a file must write exactly (see pra.model.strict): these sentences show what it holds
_NUMERIC_TEXT: Final = re.compile(r"\s*[-+]?[0-9]+(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?\s*")

_CTX_NUMBERS: Final = (
    "ge",
    "gt",
    "le",
    "lt",
    "max_length",
    "min_length",
    "decimal_places",
    "first_year",
    "last_year",
)


def place_of(
    loc: Sequence[str | int], data: Any, *, with_field: bool = True
) -> tuple[PlacePart, ...]:
    """The place in words for ``loc`` inside the raw document ``data``.

    Items of known collections are named; with ``with_field`` the field names
    after the last item are added as one *isian "a.b"* part.
    """
    parts: list[PlacePart] = []
    fields: list[str] = []
    node: Any = data
    collection: str | None = None
    for segment in loc:
        if isinstance(segment, int):
            item = (
                node[segment]
                if isinstance(node, list) and -len(node) <= segment < len(node)
                else None
            )
            spec = COLLECTIONS.get(collection or "")
            if spec is not None:
                key, name_field = spec
                raw = item.get(name_field) if name_field and isinstance(item, dict) else None
                name: str | dt.date = _shown(raw) if isinstance(raw, str) else ""
                if name_field == "date" and isinstance(raw, str):
                    with contextlib.suppress(ValueError):
                        name = dt.date.fromisoformat(raw)  # said as the sentence says dates
                if name:
                    parts.append((f"{key}_named", {"name": name, "n": segment + 1}))
                else:
                    parts.append((key, {"n": segment + 1}))
                fields = []
            else:
                fields.append(str(segment + 1))
            node = item
            collection = None
            continue
        if segment == "[key]":
            continue
        if isinstance(node, dict) and segment in node:
            node = node[segment]
            collection = segment
            fields.append(segment)
        elif isinstance(node, dict) or node is None:
            # a missing or unknown field: still part of the place
            node = None
            collection = segment
            fields.append(segment)
        # else: a union/function tag pydantic adds to locations; not a place
    if with_field and len(fields) == 1 and fields[0] in AMOUNT_FIELDS and parts:
        parts.append((AMOUNT_FIELDS[fields[0]], {}))
    elif with_field and fields:
        parts.append(("store.place.field", {"field": ".".join(fields)}))
    elif (reference := next((f for f in fields if f in REFERENCE_FIELDS), None)) is not None:
        parts.append((REFERENCE_FIELDS[reference], {}))
    return tuple(parts)


def _shown(name: str) -> str:
    """A name from a file as it may be printed: cleaned of control characters, not too long."""
    name = clean_line(name)
    return name if len(name) <= NAME_SHOWN else name[: NAME_SHOWN - 1] + "…"


def problems_of(error: ValidationError, data: Any, source: str) -> list[FileProblem]:
    """Every problem inside a ``ValidationError`` of the document ``data`` read from ``source``."""
    problems: list[FileProblem] = []
    for entry in error.errors(include_url=False):
        findings = findings_of(entry)
        if findings:
            for finding in findings:
                place = place_of(finding.loc, data, with_field=False) or place_of(finding.loc, data)
                problems.append(FileProblem(source, finding.key, dict(finding.params), place))
            continue
        loc = tuple(entry.get("loc", ()))
        problems.append(FileProblem(source, *sentence_of(entry), place_of(loc, data)))
    return problems


def _strict_key(kind: str, value: Any) -> str | None:
    """The sentence for a value written loosely (``"3"``, ``3.0``, ``"yes"``, a timestamp …)."""
    if kind == "date_format":
        return "store.strict.date"
    if kind == "number_type":
        return "store.strict.quoted_number"
    if kind in ("bool_type", "bool_parsing"):
        return "store.strict.bool_text" if isinstance(value, str) else "store.strict.bool"
    if kind == "int_type" and isinstance(value, float):
        return "store.strict.whole_number"
    if kind == "int_type" and isinstance(value, str) and _NUMERIC_TEXT.fullmatch(value):
        return "store.strict.quoted_number"
    return None


def _found(value: Any) -> str:
    """A value as the file writes it (JSON), shortened and cleaned for printing."""
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    return _shown(text)


def sentence_of(entry: Mapping[str, Any]) -> tuple[str, dict[str, Any]]:
    """The catalogue key and parameters that say one pydantic error ``entry`` (a rule, not a place).

    A loosely written value gets a ``store.strict.*`` sentence naming what was found,
    a known validator message its :data:`VALUE_ERRORS` sentence, a pydantic error type
    its :data:`ERROR_KEYS` sentence with the limits from its context, and anything
    else ``store.error.other`` with pydantic's own message.
    """
    kind = str(entry.get("type", ""))
    strict = _strict_key(kind, entry.get("input"))
    if strict is not None:
        return strict, {"found": _found(entry.get("input"))}
    ctx: Mapping[str, Any] = entry.get("ctx") or {}
    if kind == "value_error":
        message = str(ctx.get("error", entry.get("msg", "")))
        for start, value_key in VALUE_ERRORS.items():
            if start in message:
                return value_key, {}
    key = ERROR_KEYS.get(kind)
    if key is None:  # pydantic's own message is English: name the kind of error instead
        return "store.error.other", {"kind": kind}
    params: dict[str, Any] = {name: ctx[name] for name in _CTX_NUMBERS if name in ctx}
    if "expected" in ctx:
        params["expected"] = Choices.parse(str(ctx["expected"]))
    return key, params


@dataclass(frozen=True, slots=True)
class Choices:
    """The values a field may take, said in a language: ``'week' atau 'month'``.

    Pydantic writes them as one English phrase (``'week' or 'month'``,
    ``'a', 'b' or 'c'``); :meth:`parse` takes it apart so the last link is
    the catalogue's word.
    """

    items: tuple[str, ...]

    @classmethod
    def parse(cls, expected: str) -> Choices:
        return cls(tuple(part for part in _CHOICE_SPLIT.split(expected) if part))

    def text(self, lang: Language | None = None) -> str:
        if len(self.items) < 2:
            return "".join(self.items)
        last = t("store.error.or", lang=lang)
        return f"{', '.join(self.items[:-1])} {last} {self.items[-1]}"

    def __str__(self) -> str:
        return self.text()


_CHOICE_SPLIT: Final = re.compile(r", | or ")
