"""What every edit command shares: re-validation, replacing one item, fresh ids.

An edit command (perintah ubah) is a pure function ``(ws, ...) -> Workshop``: it
never changes its input (records are frozen) and returns a new, fully validated
workshop, or raises :class:`~pra.errors.PraError` whose catalogue sentence the
TUI shows as it is. Because the result is validated *as a whole document*, an
edit can never leave a dangling reference or a cycle behind; because it is a
plain value, undo is simply keeping the previous value.

Never imports Textual: a web front end or a script can drive the same commands.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final, TypeVar

from pydantic import ValidationError

from pra.errors import PraError, said
from pra.i18n import Language, t
from pra.model import BusinessGroup, Entity, Workshop, findings_of
from pra.model.integrity import Finding
from pra.plan.notice import days_said

E = TypeVar("E", bound=Entity)


def _names(data: Any) -> dict[str, str]:
    """Every id in the raw document ``data`` mapped to the name or title people know it by."""
    names: dict[str, str] = {}
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            label = node.get("name") or node.get("title")
            if isinstance(node.get("id"), str) and isinstance(label, str) and label:
                names.setdefault(node["id"], label)
            stack.extend(node.values())
        elif isinstance(node, (list, tuple)):
            stack.extend(node)
    return names


def _named(params: Mapping[str, Any], names: Mapping[str, str]) -> dict[str, Any]:
    """``params`` with a referenced id (``ref``) replaced by the name users know."""
    ref = params.get("ref")
    if isinstance(ref, str) and ref in names:
        return {**params, "ref": names[ref]}
    return dict(params)


@dataclass(frozen=True, slots=True)
class Refusal:
    """Integrity findings said as one plain sentence in any language (a :class:`Sayable`):
    ``Tanggal 1 Agustus 2003 sebelum lokakarya (22 Juli 2003): …``, references named."""

    findings: tuple[Finding, ...]
    names: Mapping[str, str]

    def text(self, lang: Language | None = None) -> str:
        lines = [
            t(f.key, lang=lang, **said(days_said(_named(f.params, self.names)), lang))
            for f in self.findings
        ]
        joined = "; ".join(dict.fromkeys(lines))
        return joined[:1].upper() + joined[1:]


def _reasons(error: ValidationError, data: Any = None) -> str:
    """Every reason of ``error`` as catalogue sentences, joined for one notice.

    References are named (``"Ibu Sari" bukan anggota``), never shown as ids.
    """
    names = _names(data)
    lines: list[str] = []
    for entry in error.errors():
        findings = findings_of(entry)
        if findings:
            lines.extend(
                t(f.key, **said(days_said(_named(f.params, names)), None)) for f in findings
            )
        elif entry.get("type") in {"string_too_short", "missing"}:
            lines.append(t("edit.required"))
        else:
            lines.append(_rule(entry))
    return "; ".join(dict.fromkeys(lines))


FIELD_LABELS: Final = frozenset(
    {
        "loan_term_months",
        "repayment_day",
        "cash_unit",
        "value",
        "duration",
        "cost",
        "quantity",
        "unit_price",
        "stimulus_per_member",
        "compulsory_dues",
        "service_fee_percent",
        "percent",
        "amount",
        "weight",
        "dots_per_person",
        "cap_per_item",
        "max_parallel_per_person",
        "start",
        "end",
        "date",
    }
)
"""Fields a refusal names by their label (``edit.field.<name>``) instead of their path."""


def _rule(entry: Mapping[str, Any]) -> str:
    """One pydantic error as the label of its field and the rule it broke.

    The rule sentences are the ones the store uses for errors in files
    (:mod:`pra.store.places`); a field without a label keeps the old sentence.
    """
    from pra.store.places import VALUE_ERRORS, sentence_of

    key, params = sentence_of(entry)
    loc = entry.get("loc", ())
    leaf = next((str(part) for part in reversed(loc) if isinstance(part, str)), "")
    if leaf in FIELD_LABELS:
        label = t(f"edit.field.{leaf}")
        return t("edit.sentence.rule", field=label, rule=t(key, **params))
    if key in VALUE_ERRORS.values():
        return t(key)
    return t("edit.bad_value", field=".".join(str(part) for part in loc))


def revalidate(ws: Workshop) -> Workshop:
    """``ws`` checked again as a whole document (types and integrity).

    ``model_copy(update=...)`` skips validation, so every edit ends here.
    """
    data = ws.model_dump(warnings=False)
    try:
        return Workshop.model_validate(data)
    except ValidationError as error:
        raise PraError("edit.invalid", reasons=_reasons(error, data)) from None


def build(model: type[E], **fields: Any) -> E:
    """A new record, with a catalogue sentence instead of a pydantic error when input is bad."""
    try:
        return model.model_validate(fields)
    except ValidationError as error:
        raise PraError("edit.invalid", reasons=_reasons(error)) from None


def update(ws: Workshop, **changes: Any) -> Workshop:
    """``ws`` with top-level fields replaced, re-validated."""
    return revalidate(ws.model_copy(update=changes))


def next_id(existing: Iterable[str], prefix: str) -> str:
    """The first ``prefix-N`` not in ``existing``.

    Deterministic (no randomness) so that tests and snapshots are stable; ids
    stay unique because the whole document is re-validated after every edit.
    """
    taken = set(existing)
    n = 1
    while f"{prefix}-{n}" in taken:
        n += 1
    return f"{prefix}-{n}"


def all_ids(ws: Workshop) -> set[str]:
    """Every id used anywhere in ``ws`` (ids are unique across the whole document)."""
    from pra.model.integrity import located_ids

    return {value for _, value in located_ids(ws)}


def new_id_for(ws: Workshop, prefix: str) -> str:
    """A fresh id for a new record of ``ws``."""
    return next_id(all_ids(ws), prefix)


def find(items: Sequence[E], item_id: str) -> E:
    """The item with ``item_id``, or a catalogue error if it is gone (e.g. after an undo)."""
    for item in items:
        if item.id == item_id:
            return item
    raise PraError("edit.not_found", ref=item_id)


def replace_item(items: Sequence[E], item_id: str, **changes: Any) -> tuple[E, ...]:
    """``items`` with one item's fields changed."""
    find(items, item_id)
    return tuple(i.model_copy(update=changes) if i.id == item_id else i for i in items)


def remove_item(items: Sequence[E], item_id: str) -> tuple[E, ...]:
    find(items, item_id)
    return tuple(i for i in items if i.id != item_id)


def move_item(items: Sequence[E], item_id: str, delta: int) -> tuple[E, ...]:
    """``items`` with one item moved ``delta`` places (clamped at both ends)."""
    order = list(items)
    index = order.index(find(items, item_id))
    target = max(0, min(len(order) - 1, index + delta))
    order.insert(target, order.pop(index))
    return tuple(order)


def group_of(ws: Workshop, group_id: str) -> BusinessGroup:
    group = ws.group(group_id)
    if group is None:
        raise PraError("edit.no_group", ref=group_id)
    return group


def replace_group(ws: Workshop, group_id: str, **changes: Any) -> Workshop:
    """``ws`` with one business group's fields replaced, re-validated.

    The group-step edits (success circle, SWOT, pledges …) all go through here.
    """
    group_of(ws, group_id)
    groups = replace_item(ws.groups, group_id, **changes)
    return update(ws, groups=groups)


def set_note(ws: Workshop, step: Any, text: str, group_id: str | None = None) -> Workshop:
    """The facilitator's own note for ``step`` (on the workshop, or on a group for group steps)."""
    if group_id is not None:
        notes = dict(group_of(ws, group_id).notes)
        notes[step] = text
        return replace_group(ws, group_id, notes=notes)
    notes = dict(ws.notes)
    notes[step] = text
    return update(ws, notes=notes)
