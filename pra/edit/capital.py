"""Edits of a group's capital plan and revolving fund (modal dan dana bergulir).

Also the parsers for numbers typed in the room (``Rp 500.000``, ``1,5%``, ``12``),
shared with the pledge and step edits: what was typed is read the Indonesian
way first (dots group thousands, a comma is the decimal point).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any, Final

from pra.edit.amounts import NegativeAmount, NotAnAmount, read_amount
from pra.edit.base import build, group_of, move_item, new_id_for, remove_item, replace_group
from pra.edit.base import replace_item as _replace
from pra.errors import PraError
from pra.i18n import t
from pra.model import BudgetLine, CapitalPlan, Deduction, OwnCapital, Workshop
from pra.model.capital import DeductionKind

DEDUCTION_KINDS: Final[tuple[DeductionKind, ...]] = ("reserve", "share", "admin", "other")
FREQUENCIES: Final = ("once", "monthly")
PLAN_FIELDS: Final = (
    "stimulus_per_member",
    "compulsory_dues",
    "service_fee_percent",
    "loan_term_months",
    "repayment_day",
    "cash_unit",
    "voluntary_savings",
)
"""The single-value fields of the plan, in the order the form shows them."""


def parse_rupiah(text: str) -> int | None:
    """``"Rp 500.000"``, ``"500000"``, ``"500,000"``, ``"500rb"`` → 500000; ``"1,5jt"`` →
    1500000 (:mod:`pra.edit.amounts`, as the follow-up reads them); empty text → ``None``."""
    try:
        return read_amount(text)
    except NegativeAmount:
        raise PraError("edit.group.negative_money", text=text.strip()) from None
    except NotAnAmount:
        raise PraError("edit.group.bad_money", text=text.strip()) from None


def money_cell(text: str, *, field: str, item: str) -> int:
    """A money cell of a group's table (a budget line's price, a fixed cost): the rupiah
    typed, ``0`` when ``0`` is typed. An emptied cell is refused with a sentence naming the
    cell (``field``, a catalogue key) and its row (``item``), never kept as Rp 0: a price
    deleted to be typed again is not a price of nothing."""
    amount = parse_rupiah(text)
    if amount is None:
        from pra.i18n import t

        raise PraError("edit.group.empty_money", field=t(field), item=item.strip())
    return amount


UNIT_PRICE: Final = "edit.group.unit_price"
"""The budget's money cell, as a refusal names it."""


def parse_whole(text: str) -> int:
    """A whole number of periods, months or pieces (``"12"``); refused when not one."""
    if not re.fullmatch(r"\s*\d{1,6}\s*", text):
        raise PraError("edit.group.bad_number", text=text.strip())
    return int(text)


def parse_repayment_day(text: str) -> int | None:
    """``"5"`` → 5 (the day of the month instalments fall due); empty text → ``None`` (the
    hand-over's own day); refused unless 1 to 31."""
    if not text.strip():
        return None
    if not re.fullmatch(r"\s*\d{1,2}\s*", text) or not 1 <= int(text) <= 31:
        raise PraError("edit.group.bad_repayment_day", text=text.strip())
    return int(text)


def parse_repayment(text: str, frequency: str = "monthly") -> dict[str, Any]:
    """When the members repay, typed as a lender loan's frequency and day are
    (:mod:`pra.edit.funding`): ``5``, ``tgl 5``, ``bulanan tgl 5`` → monthly on the 5th;
    ``Kamis``, ``mingguan Kamis``, ``setiap Kamis`` → weekly on Thursdays; ``mingguan`` /
    ``bulanan`` alone → on the hand-over's own weekday / day; empty text → the hand-over's
    own day, in the ``frequency`` agreed before. A frequency against its day (``mingguan tgl
    5``, ``bulanan Kamis``) is refused."""
    from pra.edit.funding import (
        FREQUENCIES,
        FREQUENCY_THEN,
        read_due_day,
        refuse_day_against_frequency,
    )

    low = " ".join(text.casefold().split())
    if not low:
        return {"repayment_frequency": frequency, "repayment_day": None}
    if low in FREQUENCIES:
        return {"repayment_frequency": FREQUENCIES[low], "repayment_day": None}
    if re.fullmatch(r"\d{1,2}", low):
        return {"repayment_frequency": "monthly", "repayment_day": parse_repayment_day(low)}
    fields: dict[str, Any] = {}
    if (m := FREQUENCY_THEN.fullmatch(low)) and read_due_day(m.group(2), fields):
        fields["frequency"] = FREQUENCIES[m.group(1)]
    elif not read_due_day(low, fields):
        raise PraError("edit.group.bad_repayment_day", text=text.strip())
    refuse_day_against_frequency(fields, text.strip())
    day = fields["due_day"]
    weekly = fields["frequency"] == "weekly"
    if not 1 <= day <= (7 if weekly else 31):
        raise PraError("edit.group.bad_repayment_day", text=text.strip())
    return {"repayment_frequency": fields["frequency"], "repayment_day": day}


def repayment_text(plan: CapitalPlan) -> str:
    """The members' repayment frequency and day as the form shows them, in the facilitator's
    language (inverse of :func:`parse_repayment`, which reads both): ``tanggal 5`` / ``day 5``
    (a day of the month, with its unit: a bare ``5`` beside "Angsuran jatuh" read as no
    date), empty, ``mingguan Kamis`` / ``weekly Thursday``, ``mingguan`` / ``weekly``."""
    day = plan.repayment_day
    if plan.repayment_frequency == "weekly":
        if day is None:
            return t("edit.group.repayment_weekly")
        return t("edit.group.repayment_weekday", weekday=t(f"plan.fund.weekday_{day}"))
    return t("edit.group.repayment_month_day", day=day) if day is not None else ""


def parse_cash_unit(text: str) -> int:
    """``"500"``, ``"Rp 1.000"`` → the cash unit; empty text → Rp 1; refused when not one of
    :data:`pra.plan.rounding.CASH_UNITS`."""
    from pra.plan.rounding import CASH_UNITS

    value = parse_rupiah(text) or 1
    if value not in CASH_UNITS:
        raise PraError("edit.group.bad_cash_unit", text=text.strip())
    return value


def parse_percent(text: str) -> Decimal:
    """``"1,5"``, ``"1.5 %"``, ``"10%"`` → ``Decimal("1.5")`` / ``Decimal("10")``."""
    raw = text.strip().removesuffix("%").strip().replace(",", ".")
    try:
        value = Decimal(raw)
    except InvalidOperation:
        raise PraError("edit.group.bad_percent", text=text.strip()) from None
    if not value.is_finite() or not 0 <= value <= 100:
        raise PraError("edit.group.bad_percent", text=text.strip())
    return value


def _plan(ws: Workshop, group_id: str) -> CapitalPlan:
    return group_of(ws, group_id).capital


def _with(ws: Workshop, group_id: str, **changes: Any) -> Workshop:
    plan = _plan(ws, group_id)
    return replace_group(ws, group_id, capital=plan.model_copy(update=changes))


OWN_FIELDS: Final = ("compulsory_dues", "voluntary_savings")
"""Plan fields kept in the group's :class:`OwnCapital` record (created when first set)."""


def _with_own(ws: Workshop, group_id: str, **changes: Any) -> Workshop:
    plan = _plan(ws, group_id)
    own = plan.own_capital
    if own is None:
        own = build(OwnCapital, id=new_id_for(ws, "fs"), **changes)
        return _with(ws, group_id, sources=(*plan.sources, own))
    own = build(OwnCapital, **{**own.model_dump(), **changes})
    sources = tuple(own if s.id == own.id else s for s in plan.sources)
    return _with(ws, group_id, sources=sources)


ZERO_FIELDS: Final = ("stimulus_per_member", "compulsory_dues", "service_fee_percent")
"""Number fields of the plan where 0 is a value (no loan, no dues, no fee): typed, never blank."""
NUMBER_FIELDS: Final = (*ZERO_FIELDS, "loan_term_months", "cash_unit")
"""Number fields of the plan that refuse an empty text (the repayment day's empty is the
hand-over's own day, as its hint says)."""


def set_plan_field(ws: Workshop, group_id: str, name: str, text: str) -> Workshop:
    """One field of the plan, from what was typed (money, percent, months or words)."""
    value: Any
    if name in NUMBER_FIELDS and not text.strip():
        # an emptied number is never read as 0 (or Rp 1) without a word: the facilitator types it
        from pra.i18n import t

        sentence = "edit.group.empty_zero" if name in ZERO_FIELDS else "edit.group.empty_number"
        raise PraError(sentence, field=t(f"tui.capital.{name}"))
    if name in ("stimulus_per_member", "compulsory_dues"):
        value = parse_rupiah(text) or 0
    elif name == "service_fee_percent":
        value = parse_percent(text) if text.strip() else Decimal(0)
    elif name == "loan_term_months":
        value = parse_whole(text)
    elif name == "repayment_day":
        # the frequency and the day in one field, as a lender loan's line has them
        return _with(ws, group_id, **parse_repayment(text, _plan(ws, group_id).repayment_frequency))
    elif name == "cash_unit":
        value = parse_cash_unit(text)
    elif name == "voluntary_savings":
        value = text.strip()
    else:
        raise PraError("edit.bad_value", field=name)
    if name in OWN_FIELDS:
        return _with_own(ws, group_id, **{name: value})
    return _with(ws, group_id, **{name: value})


def number_text(value: int) -> str:
    """A whole number as a form shows it, the way it is typed back: ``500.000`` (id), ``500,000`` (en)."""
    from pra.plan.formatting import format_number

    return format_number(value)


def percent_text(value: Decimal) -> str:
    """A percentage without its sign, as typed back: ``1,5`` (id), ``1.5`` (en)."""
    from pra.plan.formatting import format_percent

    return format_percent(value).removesuffix("%")


def plan_field_text(plan: CapitalPlan, name: str) -> str:
    """What the form shows for a field (inverse of :func:`set_plan_field`)."""
    value = getattr(plan, name)
    if name == "repayment_day":
        return repayment_text(plan)
    if name == "service_fee_percent":
        return percent_text(value)
    if name in ("stimulus_per_member", "compulsory_dues", "cash_unit"):
        return number_text(value)
    if value is None:
        return ""
    return str(value)


# -- deductions (cadangan, saham, administrasi …) --------------------------------------


def parse_deduction_amount(text: str) -> tuple[Decimal | None, int | None]:
    """``"10%"`` → a percent; ``"25.000"`` → a fixed amount in rupiah."""
    if text.strip().endswith("%"):
        return parse_percent(text), None
    amount = parse_rupiah(text)
    if amount is None:
        raise PraError("edit.group.bad_money", text=text.strip())
    return None, amount


def add_deduction(
    ws: Workshop,
    group_id: str,
    label: str,
    amount: str,
    *,
    kind: DeductionKind = "other",
    frequency: str = "once",
) -> Workshop:
    """A deduction from each member's stimulus: ``amount`` is ``"10%"`` or ``"25.000"``."""
    percent, rupiah = parse_deduction_amount(amount)
    deduction = build(
        Deduction,
        id=new_id_for(ws, "de"),
        label=label,
        kind=kind,
        percent=percent,
        amount=rupiah,
        frequency=frequency,
    )
    return _with(ws, group_id, deductions=(*_plan(ws, group_id).deductions, deduction))


def update_deduction(
    ws: Workshop,
    group_id: str,
    deduction_id: str,
    label: str,
    amount: str,
    *,
    kind: DeductionKind,
    frequency: str,
) -> Workshop:
    percent, rupiah = parse_deduction_amount(amount)
    build(Deduction, id=deduction_id, label=label, kind=kind, percent=percent, amount=rupiah)
    items = _replace(
        _plan(ws, group_id).deductions,
        deduction_id,
        label=label,
        kind=kind,
        percent=percent,
        amount=rupiah,
        frequency=frequency,
    )
    return _with(ws, group_id, deductions=items)


def remove_deduction(ws: Workshop, group_id: str, deduction_id: str) -> Workshop:
    return _with(ws, group_id, deductions=remove_item(_plan(ws, group_id).deductions, deduction_id))


def move_deduction(ws: Workshop, group_id: str, deduction_id: str, delta: int) -> Workshop:
    items = move_item(_plan(ws, group_id).deductions, deduction_id, delta)
    return _with(ws, group_id, deductions=items)


def deduction_amount_text(deduction: Deduction) -> str:
    """What the form shows for a deduction's amount (``10%`` or ``25.000``)."""
    if deduction.percent is not None:
        return percent_text(deduction.percent) + "%"
    return number_text(deduction.amount or 0)


# -- budget lines (RAB) -------------------------------------------------------------------


def add_budget_line(
    ws: Workshop,
    group_id: str,
    item: str,
    *,
    quantity: str = "1",
    unit: str = "",
    unit_price: str = "",
    source_id: str | None = None,
    prepaid: str = "",
) -> Workshop:
    """A line of the budget; quantity and price as typed (``"2"``, ``"Rp 350.000"``).

    ``prepaid``: ``materials`` or ``fixed_costs`` for a running cost paid ahead (its money
    stays in the opening cash, ``BudgetLine.prepaid``), empty for an asset or one-off cost."""
    line = build(
        BudgetLine,
        id=new_id_for(ws, "bl"),
        item=item,
        quantity=parse_whole(quantity or "1"),
        unit=unit,
        unit_price=money_cell(unit_price, field=UNIT_PRICE, item=item),
        source_id=source_id or None,
        prepaid=prepaid or None,
    )
    return _with(ws, group_id, budget=(*_plan(ws, group_id).budget, line))


def update_budget_line(
    ws: Workshop,
    group_id: str,
    line_id: str,
    item: str,
    *,
    quantity: str,
    unit: str,
    unit_price: str,
    source_id: str | None,
    prepaid: str = "",
) -> Workshop:
    fields: dict[str, Any] = {
        "item": item,
        "quantity": parse_whole(quantity or "1"),
        "unit": unit,
        "unit_price": money_cell(unit_price, field=UNIT_PRICE, item=item),
        "source_id": source_id or None,
        "prepaid": prepaid or None,
    }
    build(BudgetLine, id=line_id, **fields)
    return _with(ws, group_id, budget=_replace(_plan(ws, group_id).budget, line_id, **fields))


def remove_budget_line(ws: Workshop, group_id: str, line_id: str) -> Workshop:
    return _with(ws, group_id, budget=remove_item(_plan(ws, group_id).budget, line_id))


def move_budget_line(ws: Workshop, group_id: str, line_id: str, delta: int) -> Workshop:
    return _with(ws, group_id, budget=move_item(_plan(ws, group_id).budget, line_id, delta))


def toggle_first_round(ws: Workshop, group_id: str, participant_id: str) -> Workshop:
    """Put a member in (or out of) the first round of borrowers; nobody listed means everyone."""
    current = _plan(ws, group_id).first_round_ids
    if participant_id in current:
        ids = tuple(i for i in current if i != participant_id)
    else:
        ids = (*current, participant_id)
    return _with(ws, group_id, first_round_ids=ids)


# -- rules the group agreed, in its own words -----------------------------------------------


def add_rule(ws: Workshop, group_id: str, text: str) -> Workshop:
    text = text.strip()
    if not text:
        raise PraError("edit.required")
    return _with(ws, group_id, rules=(*_plan(ws, group_id).rules, text))


def remove_rule(ws: Workshop, group_id: str, index: int) -> Workshop:
    rules = _plan(ws, group_id).rules
    if not 0 <= index < len(rules):
        raise PraError("edit.not_found", ref=str(index + 1))
    return _with(ws, group_id, rules=rules[:index] + rules[index + 1 :])
