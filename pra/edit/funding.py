"""Edits of a group's funding sources, each typed on one line.

A grant: ``Dinas Sosial, 5.000.000, aset 3.500.000, 1-9-2003`` — from whom, the
amount, the part spent on the group's assets (the rest is lent to members; none
said: all of it), and the hand-over date. A loan from a lender:
``BMM, 3.000.000, 12 bulan, 1,5%, flat, mingguan, Senin, tenggang 1, renteng,
1-9-2003`` — lender, principal, then in any order the term, the rate a month,
``flat`` or ``menurun``, ``mingguan`` or ``bulanan``, the weekday or ``tgl 5``
(``tanggal 5``; the frequency and its day may share a part: ``bulanan tgl 5``,
``mingguan Senin``, as the entry's hint shows them),
the grace months, ``renteng`` for tanggung renteng, and the hand-over date. The
English words (``months``, ``declining``, ``weekly``, ``monthly``, ``Monday``,
``day 5``, ``grace``, ``joint``, ``assets``) work too.

Removing a source leaves the budget lines it paid without a source (said by the
view's toast, undone by Ctrl+Z with everything else).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, Final, Literal

from pra.edit.base import build, group_of, new_id_for, replace_group
from pra.edit.capital import parse_percent, parse_rupiah, parse_whole
from pra.edit.info import parse_date
from pra.errors import PraError
from pra.i18n import Language
from pra.model import Grant, LenderLoan, Workshop

SourceKind = Literal["grant", "loan"]
KINDS: Final[tuple[SourceKind, ...]] = ("grant", "loan")

WEEKDAYS: Final = {
    **{d: i for i, d in enumerate(("senin", "selasa", "rabu", "kamis", "jumat", "sabtu"), 1)},
    "jum'at": 5,
    "minggu": 7,
    "ahad": 7,
    **{
        d: i
        for i, d in enumerate(
            ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"), 1
        )
    },
}
MAX_TERM_MONTHS: Final = 120
"""The longest term a lender loan may have (``LenderLoan.term_months``)."""
WEEKDAY_NAMES: Final = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")


def _parts(text: str) -> list[str]:
    """The comma-separated parts; a decimal comma between digits (``1,5%``) stays inside."""
    return [p.strip() for p in re.split(r",(?!\d)", text) if p.strip()]


def _head(parts: list[str], text: str) -> tuple[str, int]:
    if len(parts) < 2:
        raise PraError("edit.funding.too_short", text=text.strip())
    amount = parse_rupiah(parts[1])
    if amount is None:
        raise PraError("edit.group.bad_money", text=parts[1])
    return parts[0], amount


def parse_grant(text: str) -> dict[str, Any]:
    """The fields of a grant from its line (see the module docstring)."""
    parts = _parts(text)
    giver, amount = _head(parts, text)
    fields: dict[str, Any] = {"giver": giver, "amount": amount, "assets": 0}
    for i, part in enumerate(parts[2:], start=2):
        low = part.casefold()
        if m := re.fullmatch(r"(?:aset|assets?)\s+(.+)", low):
            fields["assets"] = parse_rupiah(m.group(1)) or 0
        elif i == 2 and _bare_amount(part) is not None:
            # the hint's order, "dari siapa, jumlah, aset Rp, tanggal": a bare amount third is
            # the part for assets (rev17-facil: `…, 5.000.000, 3.000.000, 01-02-2027` refused)
            fields["assets"] = _bare_amount(part) or 0
        else:
            fields["disbursed_on"] = _date(part)
    if fields["assets"] > amount:
        raise PraError("edit.funding.assets_over", assets=parts[2], amount=parts[1])
    fields["revolving"] = amount - fields["assets"]
    return fields


def _bare_amount(part: str) -> int | None:
    """A part that is an amount and nothing else (``3.000.000``, ``Rp 3.000.000``), else
    ``None`` (a date, a word)."""
    try:
        return parse_rupiah(part)
    except PraError:
        return None


FREQUENCIES: Final = {
    **dict.fromkeys(("mingguan", "weekly", "tiap minggu", "setiap minggu"), "weekly"),
    **dict.fromkeys(("bulanan", "monthly", "tiap bulan", "setiap bulan"), "monthly"),
}
FREQUENCY_THEN: Final = re.compile(
    "(" + "|".join(sorted(FREQUENCIES, key=len, reverse=True)) + r")\s+(.+)"
)


DAY_KIND: Final = {"weekly": "weekday", "monthly": "month_day"}
"""The kind of day each frequency falls on: weekly on a weekday, monthly on a day of the month."""


def read_due_day(low: str, fields: dict[str, Any]) -> bool:
    """A weekday (``Senin``, ``hari Senin``) or a day of the month (``tgl 5``, ``tgl. 5``,
    ``tanggal 5``, ``day 5``) into ``fields``; whether ``low`` was one. Which kind of day it
    was is kept as ``fields["day_kind"]`` (``"weekday"`` / ``"month_day"``), for
    :func:`refuse_day_against_frequency`."""
    low = re.sub(r"^(?:setiap|tiap|hari|every|on)\s+", "", low)
    low = re.sub(r"^hari\s+", "", low)
    if low in WEEKDAYS:
        fields["due_day"] = WEEKDAYS[low]
        fields["day_kind"] = "weekday"
        fields.setdefault("frequency", "weekly")
        return True
    if m := re.fullmatch(r"(?:tgl\.?|tanggal|day)\s*(\d{1,2})", low):
        fields["due_day"] = parse_whole(m.group(1))
        fields["day_kind"] = "month_day"
        fields.setdefault("frequency", "monthly")
        return True
    return False


def refuse_day_against_frequency(fields: dict[str, Any], said: str) -> None:
    """Refuse a frequency word that contradicts the kind of day typed with it (``mingguan tgl
    5``, ``bulanan Kamis``): read as it stands, the 5th would become Fridays and Thursday the
    4th of each month, a day the group never said. ``said`` names what was typed; the
    ``day_kind`` mark is taken out of ``fields``."""
    kind = fields.pop("day_kind", None)
    if kind is not None and DAY_KIND[fields["frequency"]] != kind:
        raise PraError("edit.funding.day_against_frequency", text=said)


def _loan_part(part: str, fields: dict[str, Any]) -> bool:
    """One part of a loan's line into ``fields``; whether it was understood."""
    low = " ".join(part.casefold().split())
    if m := re.fullmatch(r"(\d+)\s*(?:bulan|bln|months?)", low):
        months = parse_whole(m.group(1))
        if not 1 <= months <= MAX_TERM_MONTHS:  # the model's bounds, said as a sentence
            raise PraError("edit.funding.bad_term", text=part, most=MAX_TERM_MONTHS)
        fields["term_months"] = months
    elif low.endswith("%"):
        fields["rate_percent"] = parse_percent(part)
    elif low in ("flat", "tetap"):
        fields["method"] = "flat"
    elif low in ("menurun", "declining", "efektif"):
        fields["method"] = "declining"
    elif low in FREQUENCIES:
        fields["frequency"] = FREQUENCIES[low]
    elif (m := FREQUENCY_THEN.fullmatch(low)) and read_due_day(m.group(2), fields):
        # "bulanan tgl 5", "mingguan Senin": the frequency and its day in one part
        fields["frequency"] = FREQUENCIES[m.group(1)]
    elif read_due_day(low, fields):
        pass
    elif m := re.fullmatch(
        r"(?:tenggang|masa tenggang|grace)\s*(\d{1,2})(?:\s*(?:bulan|months?))?", low
    ):
        fields["grace_months"] = parse_whole(m.group(1))
    elif low in ("renteng", "tanggung renteng", "joint"):
        fields["joint_liability"] = True
    else:
        return False
    return True


def _is_amount(part: str) -> bool:
    try:
        return parse_rupiah(part) is not None
    except PraError:
        return False


def parse_loan(text: str) -> dict[str, Any]:
    """The fields of a lender loan from its line (see the module docstring)."""
    parts = _parts(text)
    if parts and _is_amount(parts[0]):
        # "3.000.000, 12 bulan": the amount read as the lender, "12 bulan" then as the amount
        raise PraError("edit.funding.no_lender", amount=parts[0])
    lender, principal = _head(parts, text)
    fields: dict[str, Any] = {"lender": lender, "principal": principal}
    said: list[str] = []  # the parts naming the frequency or its day
    for part in parts[2:]:
        alone: dict[str, Any] = {}
        if not _loan_part(part, fields):
            fields["disbursed_on"] = _date(part)
        elif _loan_part(part, alone) and {"frequency", "due_day"} & alone.keys():
            said.append(part)
    refuse_day_against_frequency(fields, ", ".join(said))
    return fields


def _date(part: str) -> Any:
    try:
        return parse_date(part)
    except PraError:
        raise PraError("edit.funding.unknown_part", part=part) from None


def add_source(ws: Workshop, group_id: str, kind: SourceKind, text: str) -> Workshop:
    """A grant or a lender loan from its line, added after the group's other sources."""
    plan = group_of(ws, group_id).capital
    source = _build(kind, new_id_for(ws, "fs"), text)
    return _with_sources(ws, group_id, (*plan.sources, source))


def update_source(
    ws: Workshop, group_id: str, source_id: str, kind: SourceKind, text: str
) -> Workshop:
    """The source ``source_id`` retyped (its kind may change; its id, and so its budget lines,
    stay)."""
    plan = group_of(ws, group_id).capital
    if plan.source(source_id) is None:
        raise PraError("edit.not_found", ref=source_id)
    if kind != "loan":
        _refuse_if_paid(ws, group_id, source_id, "edit.funding.loan_paid_kind")
    source = _build(kind, source_id, text)
    return _with_sources(
        ws, group_id, tuple(source if s.id == source_id else s for s in plan.sources)
    )


def remove_source(ws: Workshop, group_id: str, source_id: str) -> Workshop:
    """The source gone; the budget lines it paid name no source any more. A lender loan
    the group's meetings recorded payments to is refused with a sentence naming the loan
    and those meetings (their payments would pay nothing)."""
    plan = group_of(ws, group_id).capital
    if plan.source(source_id) is None:
        raise PraError("edit.not_found", ref=source_id)
    _refuse_if_paid(ws, group_id, source_id, "edit.funding.loan_paid")
    budget = tuple(
        b.model_copy(update={"source_id": None}) if b.source_id == source_id else b
        for b in plan.budget
    )
    sources = tuple(s for s in plan.sources if s.id != source_id)
    capital = plan.model_copy(update={"sources": sources, "budget": budget})
    return replace_group(ws, group_id, capital=capital)


@dataclass(frozen=True, slots=True)
class _Days:
    """Dates in a refusal, each said in the sentence's language (``6 November 2003, 6
    Desember 2003``) as :class:`pra.plan.notice.Day` says one."""

    days: tuple[dt.date, ...]

    def text(self, lang: Language | None = None) -> str:
        from pra.plan.notice import Day

        return ", ".join(Day(d).text(lang) for d in self.days)


def _refuse_if_paid(ws: Workshop, group_id: str, source_id: str, key: str) -> None:
    """Refuse (``key``) to take away a lender loan that meetings recorded payments to,
    naming the loan (lender, principal) and the meetings' dates (said in the sentence's
    language)."""
    from pra.plan.notice import Money, Notice
    from pra.plan.sources import source_name

    group = group_of(ws, group_id)
    source = group.capital.source(source_id)
    if not isinstance(source, LenderLoan):
        return
    dates = sorted(
        m.date
        for m in group.followup.meetings
        if any(p.source_id == source_id for p in m.lender_payments)
    )
    if not dates:
        return
    loan = Notice(
        "edit.funding.loan_with_amount",
        {"loan": source_name(source), "amount": Money(source.principal)},
    )
    raise PraError(key, loan=loan, dates=_Days(tuple(dates)))


def lines_paid_by(ws: Workshop, group_id: str, source_id: str) -> list[str]:
    """The budget items a source pays (what its removal leaves without a source)."""
    return [b.item for b in group_of(ws, group_id).capital.budget if b.source_id == source_id]


def _build(kind: SourceKind, source_id: str, text: str) -> Grant | LenderLoan:
    if kind == "grant":
        return build(Grant, id=source_id, **parse_grant(text))
    return build(LenderLoan, id=source_id, **parse_loan(text))


def _with_sources(ws: Workshop, group_id: str, sources: tuple[Any, ...]) -> Workshop:
    plan = group_of(ws, group_id).capital
    return replace_group(ws, group_id, capital=plan.model_copy(update={"sources": sources}))


def source_text(source: Grant | LenderLoan) -> str:
    """The line that types ``source`` back (inverse of :func:`parse_grant` / :func:`parse_loan`)."""
    from pra.edit.capital import number_text, percent_text

    day_ = source.disbursed_on
    date = f", {day_.day}-{day_.month}-{day_.year}" if day_ else ""
    if isinstance(source, Grant):
        assets = f", aset {number_text(source.assets)}" if source.assets else ""
        return f"{source.giver}, {number_text(source.amount)}{assets}{date}"
    day = (
        WEEKDAY_NAMES[source.due_day - 1]
        if source.frequency == "weekly"
        else f"tgl {source.due_day}"
    )
    parts = [
        source.lender,
        number_text(source.principal),
        f"{source.term_months} bulan",
        f"{percent_text(source.rate_percent)}%",
        source.method if source.method == "flat" else "menurun",
        "mingguan" if source.frequency == "weekly" else "bulanan",
        day,
    ]
    if source.grace_months:
        parts.append(f"tenggang {source.grace_months}")
    if source.joint_liability:
        parts.append("renteng")
    return ", ".join(parts) + date
