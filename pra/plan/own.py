"""The group's own contribution (swadaya), split into cash and what is given in kind.

A lender reads "cash" as money in the till. Of what the members bring:

- **cash**: the simpanan pokok every member pays once, and the money pledged in
  the janji hati that has been paid in (the pledge is ticked as kept);
- **in kind**: the valued goods, tools, materials and labour of the janji hati
  that have been given (the pledge is ticked as kept) — part of the own
  contribution, shown as such, never cash;
- **promised**: what is pledged (money, goods or labour) and not yet paid in or
  given — named, never counted until it is kept. One rule for every page: the
  summary, the pledges' total, the capital sum and the ledger show the same
  figures. The budget (RAB) lines
  paid from the own capital are met by the goods given that *are* the line's item
  (the chair's oven pledged meets the oven line), matched by the words of the
  pledge's thing and the line's item (:func:`own_spending`); the rest from the cash.
  Goods given that match no line stay in kind (the thread pledged does not pay for
  a cutting table); only goods pledged without a name meet lines by their value,
  and the plan then names those lines (:attr:`OwnSpending.by_amount`).
  Labour given never meets a budget line: a line is something bought (goods,
  materials, a cost paid ahead), and the hands that bake the cakes do not buy the
  flour. Labour stays in kind, own contribution and never cash for a purchase, and
  the plan says so (``plan.capital.line_own_labour``).

The compulsory dues (simpanan wajib) come in month by month after the start, so
they are in the cash flow, not here.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from pra.model import BusinessGroup, Pledge


@dataclass(frozen=True, slots=True)
class OwnContribution:
    """What the members bring, in rupiah (see the module docstring)."""

    savings: int
    """Simpanan pokok × members."""
    paid_pledges: int
    """Money pledged and paid in."""
    promised: int
    """Money, goods or labour pledged, not yet paid in or given: not counted."""
    in_kind: int
    """Valued goods, tools, materials and labour given."""
    promised_money: int = 0
    """Of :attr:`promised`, the money."""
    outsiders: tuple[tuple[str, int], ...] = ()
    """Of :attr:`total`, what people who are not members of the group gave: ``(participant
    id, value)`` each (rev16-lender 4: the chair of another group's sewing machine read as
    43% of Jaya Bersama's own contribution). Counted, as the pledges' table and the capital
    sum count it; page 1 says how much of it came from outside (``pra check`` asks the room
    to remove the pledge or take the giver in)."""

    @property
    def cash(self) -> int:
        return self.savings + self.paid_pledges

    @property
    def total(self) -> int:
        """Cash and in kind (the promised money is not counted until it is paid)."""
        return self.cash + self.in_kind


def own_contribution(group: BusinessGroup) -> OwnContribution:
    """``group``'s own contribution, split as the module docstring says."""
    own = group.capital.own_capital
    savings = own.principal_savings * len(group.member_ids) if own is not None else 0
    paid = promised = in_kind = promised_money = 0
    members = set(group.member_ids)
    outsiders: dict[str, int] = {}
    for pledge in group.pledges:
        value = pledge.value or 0
        if pledge.kept and value and pledge.participant_id not in members:
            who = pledge.participant_id
            outsiders[who] = outsiders.get(who, 0) + value
        if not pledge.kept:
            promised += value
            promised_money += value if pledge.kind == "money" else 0
        elif pledge.kind == "money":
            paid += value
        else:
            in_kind += value
    return OwnContribution(
        savings, paid, promised, in_kind, promised_money, tuple(outsiders.items())
    )


_NOT_A_THING = frozenset(
    (
        "dan",
        "atau",
        "dari",
        "untuk",
        "yang",
        "dengan",
        "di",
        "ke",
        "oleh",
        "per",
        "para",
        "se",
        "milik",
        "punya",
        "buatan",
        "dibuat",
        "membuat",
        "pinjaman",
        "dipinjamkan",
        "meminjamkan",
        "pinjam",
        "menyumbang",
        "menyumbangkan",
        "sumbangan",
        "memberi",
        "memberikan",
        "diberikan",
        "beri",
        "dipakai",
        "pakai",
        "memakai",
        "bersama",
        "sendiri",
        "anggota",
        "ketua",
        "bendahara",
        "sekretaris",
        "kelompok",
        "alat",
        "barang",
        "bahan",
        "tenaga",
        "paket",
        "buah",
        "unit",
        "set",
        "and",
        "the",
        "for",
        "from",
        "with",
        "own",
        "owned",
        "lent",
        "borrowed",
        "given",
        "member",
        "members",
        "chair",
        "group",
        "tool",
        "tools",
        "goods",
        "materials",
        "labour",
    )
)
"""Words that name no thing: ownership, giving, who, units, the pledge kinds."""


def thing_words(text: str) -> frozenset[str]:
    """The words of ``text`` that name a thing: lower case, without accents or punctuation,
    at least 3 letters, none of :data:`_NOT_A_THING`, no numbers."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()
    return frozenset(
        w for w in re.findall(r"[a-z]+", plain) if len(w) >= 3 and w not in _NOT_A_THING
    )


@dataclass(frozen=True, slots=True)
class OwnSpending:
    """The own capital's budget lines, split between the goods given and the cash."""

    in_kind_lines: int
    """Rupiah of the lines met by goods given (never by labour)."""
    cash_lines: int
    """Rupiah of the lines paid from the own cash."""
    by_amount: tuple[tuple[str, int], ...] = ()
    """(item, rupiah) of lines met by goods pledged without a name, by their value alone:
    the plan says so, since nobody can tell that those goods are the line's item."""
    lines: tuple[OwnLine, ...] = ()
    """Each line, in budget order: which goods given meet it and what is paid in cash."""
    goods_left: tuple[tuple[Pledge, int], ...] = ()
    """The goods given (with their value left) that meet no line: in kind, never cash."""


@dataclass(frozen=True, slots=True)
class OwnLine:
    """One budget line of the own capital: the goods given that meet it, the rest in cash."""

    item: str
    total: int
    goods: tuple[tuple[Pledge, int], ...]
    """(pledge, rupiah of the line it meets), by words or, unnamed, by value."""
    cash: int
    prepaid: bool = False


def _goods(group: BusinessGroup) -> list[tuple[Pledge, frozenset[str]]]:
    """The goods given with a value (tools, materials, other things: neither money nor
    labour), with the words of their thing."""
    return [
        (p, thing_words(p.description))
        for p in group.pledges
        if p.kept and p.kind not in ("money", "labour") and p.value
    ]


def own_spending(group: BusinessGroup) -> OwnSpending:
    """Split the own capital's budget lines (not those the members buy with their loans)
    between the goods given and the cash.

    Each line, in budget order, is met by the goods given whose thing shares the most
    words with its item (:func:`thing_words`), as far as their value goes; the rest of
    the line is paid in cash. Goods whose thing has no such word (no description) meet
    what is left of the lines by their value, and those lines are named in
    :attr:`OwnSpending.by_amount`. Labour given meets no line, by words or by value
    (the module docstring): it is never counted as paying for a purchase.
    """
    own = group.capital.own_capital
    if own is None:
        return OwnSpending(0, 0)
    lines = [
        (b.item, b.quantity * b.unit_price, b.prepaid)
        for b in group.capital.budget
        if b.source_id == own.id and not b.member_loans
    ]
    goods = _goods(group)
    left = [p.value or 0 for p, _ in goods]
    in_kind = cash = 0
    met_by: list[list[tuple[Pledge, int]]] = []
    unmet: list[tuple[str, int]] = []
    for item, total, _prepaid in lines:
        words = thing_words(item)
        ranked = sorted(
            (i for i, (_, w) in enumerate(goods) if w & words and left[i]),
            key=lambda i: -len(goods[i][1] & words),
        )
        need = total
        given: list[tuple[Pledge, int]] = []
        for i in ranked:
            take = min(need, left[i])
            left[i] -= take
            need -= take
            if take:
                given.append((goods[i][0], take))
        in_kind += total - need
        met_by.append(given)
        unmet.append((item, need))
    by_amount: list[tuple[str, int]] = []
    unnamed = [i for i, (_, w) in enumerate(goods) if not w]
    detail: list[OwnLine] = []
    for (item, need), (_, total, prepaid), given in zip(unmet, lines, met_by, strict=True):
        met = 0
        for i in unnamed:
            take = min(need - met, left[i])
            left[i] -= take
            met += take
            if take:
                given.append((goods[i][0], take))
        if met:
            by_amount.append((item, met))
        in_kind += met
        cash += need - met
        detail.append(OwnLine(item, total, tuple(given), need - met, bool(prepaid)))
    rest = tuple((p, n) for (p, _), n in zip(goods, left, strict=True) if n)
    return OwnSpending(in_kind, cash, tuple(by_amount), tuple(detail), rest)
