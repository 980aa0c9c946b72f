"""Edits of a group's business analysis (analisis usaha): products, seasons, fixed costs, market.

A product is typed on one line, ``Kue bolu, potong, 3.000, 1.400+300+100, 400``:
the name, the unit (may be left out), the price, the cost of one unit (one
amount, or materials+labour+packaging) and the units sold in an ordinary
month. Parts are separated by a comma and a space (or a semicolon), so that
``3,000`` typed the English way stays one amount. A season is its label, its
months (``10 11``, ``Okt Nov``, ``12-2``) and the change: ``150%`` for every
product, ``Kue bolu 150%`` or ``Kue bolu 200`` (units) for one. The day selling
starts is a date (``29-09-2003``) or the number of the activity step that starts it
(``7``, ``langkah 7``); empty, from the plan's start.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Final

from pra.edit.base import build, group_of, move_item, new_id_for, remove_item, replace_group
from pra.edit.base import replace_item as _replace
from pra.edit.capital import money_cell, number_text, parse_rupiah, parse_whole
from pra.edit.info import parse_date
from pra.errors import PraError
from pra.i18n import t
from pra.model import Workshop
from pra.model.business import (
    MARKET_LISTS,
    BusinessAnalysis,
    Feast,
    FixedCost,
    Product,
    Season,
)

SEPARATOR: Final = re.compile(r"\s*;\s*|,\s+")
_AMOUNT: Final = re.compile(r"(?i)(rp\.?\s*)?\d[\d.,\s\u00a0]*")
MONTH_WORDS: Final[dict[str, int]] = {
    word: number
    for number, words in enumerate(
        (
            ("jan", "januari", "january"),
            ("feb", "februari", "february", "peb"),
            ("mar", "maret", "march"),
            ("apr", "april"),
            ("mei", "may"),
            ("jun", "juni", "june"),
            ("jul", "juli", "july"),
            ("agu", "agt", "agustus", "aug", "august", "ags"),
            ("sep", "sept", "september"),
            ("okt", "oct", "oktober", "october"),
            ("nov", "nopember", "november"),
            ("des", "dec", "desember", "december"),
        ),
        start=1,
    )
    for word in words
}
"""Month names and abbreviations typed in the room (Indonesian and English)."""


def _analysis(ws: Workshop, group_id: str) -> BusinessAnalysis:
    return group_of(ws, group_id).analysis


def _with(ws: Workshop, group_id: str, **changes: Any) -> Workshop:
    analysis = _analysis(ws, group_id)
    return replace_group(ws, group_id, analysis=analysis.model_copy(update=changes))


# -- products ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ProductLine:
    """A product line read: the fields of a :class:`~pra.model.business.Product` without its id."""

    name: str
    unit: str
    price: int
    materials: int
    labour: int
    packaging: int
    units_per_month: int

    def fields(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "unit": self.unit,
            "price": self.price,
            "materials": self.materials,
            "labour": self.labour,
            "packaging": self.packaging,
            "units_per_month": self.units_per_month,
        }


def _is_amount(token: str) -> bool:
    return bool(_AMOUNT.fullmatch(token)) or (
        "+" in token and all(_AMOUNT.fullmatch(p.strip()) for p in token.split("+"))
    )


def parse_cost(text: str) -> tuple[int, int, int]:
    """``"1.800"`` → all materials; ``"1.400+300+100"`` → materials, labour, packaging."""
    parts = [p.strip() for p in text.split("+")]
    if len(parts) > 3 or not all(parts):
        raise PraError("edit.analysis.bad_cost", text=text.strip())
    amounts = [parse_rupiah(p) or 0 for p in parts]
    amounts += [0] * (3 - len(amounts))
    return amounts[0], amounts[1], amounts[2]


def parse_product_line(text: str, *, makers: str = "") -> ProductLine:
    """``"Kue bolu, potong, 3.000, 1.400+300+100, 400"`` (see the module docstring).

    Only the name is needed; the unit is the second part when it is not a
    number; then price, cost and units in that order. More parts than that, or
    a number that does not read, is refused with a sentence (``makers``: the names its
    example gives after ``oleh``, :func:`makers_example`).
    """
    parts = [p.strip() for p in SEPARATOR.split(text.strip())]
    name = parts.pop(0) if parts else ""
    if not name or _is_amount(name):
        raise PraError("edit.analysis.no_name", text=text.strip())
    unit = parts.pop(0) if parts and not _is_amount(parts[0]) else ""
    if len(parts) > 3:
        example = makers or t("edit.analysis.makers_example")
        raise PraError("edit.analysis.too_many", text=text.strip(), example=example)
    price = (parse_rupiah(parts[0]) or 0) if parts else 0
    materials, labour, packaging = parse_cost(parts[1]) if len(parts) > 1 else (0, 0, 0)
    units = parse_whole(parts[2].replace(".", "").replace(",", "")) if len(parts) > 2 else 0
    return ProductLine(name, unit, price, materials, labour, packaging, units)


def product_line_text(product: Product) -> str:
    """The line that types ``product`` back (inverse of :func:`parse_product_line`)."""
    costs = [product.materials, product.labour, product.packaging]
    while len(costs) > 1 and not costs[-1]:
        costs.pop()
    parts = [product.name]
    if product.unit:
        parts.append(product.unit)
    parts += [
        number_text(product.price),
        "+".join(number_text(c) for c in costs),
        number_text(product.units_per_month),
    ]
    return ", ".join(parts)


def split_makers(ws: Workshop, group_id: str, text: str) -> tuple[str, tuple[str, ...] | None]:
    """``"Ayam kampung, ekor, 25.000, 14.000, 15, oleh Sumardi"`` → the product line without
    its trailing ``oleh NAMES`` and the members named (by the start of a name, as a step's
    ``oleh``: :func:`pra.edit.pledges.member_by_prefix`; ``oleh Paijo, Wagiman``, ``oleh Paijo
    dan Wagiman``); ``None`` when no ``oleh`` is typed. The members who run a product as their
    own business (#13): its profit carries their instalments."""
    from pra.edit.pledges import member_by_prefix
    from pra.edit.steps import BY_WORDS, NAMES_AND

    parts = [p.strip() for p in SEPARATOR.split(text.strip())]
    by = max(
        (i for i, p in enumerate(parts) if i and p.partition(" ")[0].casefold() in BY_WORDS),
        default=None,
    )
    if by is None:
        return _makers_unsaid(ws, group_id, text, parts)
    names = ", ".join([parts[by].partition(" ")[2], *parts[by + 1 :]])
    typed = [n for n in NAMES_AND.split(names) if n.strip()]
    if not typed:
        example = makers_example(ws, group_id)
        raise PraError("edit.analysis.by_nobody", text=text.strip(), example=example)
    people = tuple(dict.fromkeys(member_by_prefix(ws, group_id, n) for n in typed))
    return ", ".join(parts[:by]), people


def _makers_unsaid(
    ws: Workshop, group_id: str, text: str, parts: list[str]
) -> tuple[str, tuple[str, ...] | None]:
    """Members named after the five parts without ``oleh`` (``…, 100, Sumiyati``): the hint
    says "oleh siapa", and a facilitator types the name alone. Taken only when every name
    is a member's; otherwise the line is refused for its parts (the sentence says "oleh")."""
    from pra.edit.pledges import member_by_prefix
    from pra.edit.steps import NAMES_AND

    start = (2 if len(parts) > 1 and not _is_amount(parts[1]) else 1) + 3
    if len(parts) <= start or _is_amount(parts[start]):
        return text, None
    typed = [n for n in NAMES_AND.split(", ".join(parts[start:])) if n.strip()]
    try:
        people = tuple(dict.fromkeys(member_by_prefix(ws, group_id, n) for n in typed))
    except PraError:
        if not re.search(r"\d", parts[start]):
            raise  # a name, not a number: why it is no member's (rev18: "…, 300, Sit")
        return text, None
    return (", ".join(parts[:start]), people) if people else (text, None)


def makers_example(ws: Workshop, group_id: str) -> str:
    """The names a product line's refusal gives after ``oleh``: the first names of the
    group's first two members (Yogyakarta's "Paijo, Wagiman" was named in every workshop),
    or the catalogue's when it has none."""
    group = ws.group(group_id)
    members = group.member_ids[:2] if group is not None else ()
    if not members:
        return t("edit.analysis.makers_example")
    return ", ".join(_short_name(ws, group_id, m) for m in members)


def _short_name(ws: Workshop, group_id: str, participant_id: str) -> str:
    """A member's first name when ``oleh`` reads it as that member, else the whole name."""
    from pra.edit.pledges import first_name, member_by_prefix

    short = first_name(ws, participant_id)
    try:
        if member_by_prefix(ws, group_id, short) == participant_id:
            return short
    except PraError:
        pass
    person = ws.participant(participant_id)
    return person.name if person is not None else short


def add_product_line(ws: Workshop, group_id: str, text: str) -> Workshop:
    text, makers = split_makers(ws, group_id, text)
    line = parse_product_line(text, makers=makers_example(ws, group_id))
    product = build(Product, id=new_id_for(ws, "pr"), **line.fields(), member_ids=makers or ())
    return _with(ws, group_id, products=(*_analysis(ws, group_id).products, product))


def update_product_line(ws: Workshop, group_id: str, product_id: str, text: str) -> Workshop:
    """The product as typed; the members who run it stay as they were unless ``oleh`` names
    them again."""
    text, makers = split_makers(ws, group_id, text)
    fields = parse_product_line(text, makers=makers_example(ws, group_id)).fields()
    if makers is not None:
        fields["member_ids"] = makers
    build(Product, id=product_id, **fields)
    return _with(
        ws, group_id, products=_replace(_analysis(ws, group_id).products, product_id, **fields)
    )


def remove_product(ws: Workshop, group_id: str, product_id: str) -> Workshop:
    """The product and the seasons given for it alone (they go with it; Ctrl+Z brings both)."""
    analysis = _analysis(ws, group_id)
    return _with(
        ws,
        group_id,
        products=remove_item(analysis.products, product_id),
        seasons=tuple(s for s in analysis.seasons if s.product_id != product_id),
    )


def move_product(ws: Workshop, group_id: str, product_id: str, delta: int) -> Workshop:
    items = move_item(_analysis(ws, group_id).products, product_id, delta)
    return _with(ws, group_id, products=items)


# -- seasons ---------------------------------------------------------------------------------


def _month(token: str, text: str) -> int:
    word = token.casefold().rstrip(".")
    if word.isdigit() and 1 <= int(word) <= 12:
        return int(word)
    if word in MONTH_WORDS:
        return MONTH_WORDS[word]
    raise PraError("edit.analysis.bad_month", token=token, text=text.strip())


def parse_months(text: str) -> tuple[int, ...]:
    """``"10 11"``, ``"Okt, Nov"``, ``"12-2"`` (December to February) → the months, in order typed."""
    months: list[int] = []
    for token in re.split(r"[\s,;/]+|\b(?:dan|and)\b", text.strip()):
        if not token:
            continue
        first, dash, last = token.partition("-")
        if dash:
            a, b = _month(first, text), _month(last, text)
            span = (b - a) % 12
            months += [(a - 1 + i) % 12 + 1 for i in range(span + 1)]
        else:
            months.append(_month(token, text))
    if not months:
        raise PraError("edit.analysis.no_months")
    return tuple(dict.fromkeys(months))


FEAST_WORDS: Final[dict[str, Feast]] = {
    "ramadan": "ramadan",
    "ramadhan": "ramadan",
    "puasa": "ramadan",
    "lebaran": "lebaran",
    "syawal": "lebaran",
    "idulfitri": "lebaran",
}
"""Words in a season's months that make it move with a feast (``Okt Nov Lebaran``)."""
_FEAST: Final = re.compile(
    r"(?i)\b(?:ikut|follows?|with)?\s*\b(ramadh?an|puasa|lebaran|syawal|idul\s*fitri)\b"
)


def parse_season_months(ws: Workshop, group_id: str, text: str) -> dict[str, Any]:
    """A season's months, and the feast it moves with when one is named: ``"Okt Nov
    Lebaran"`` marks October and November for the coming Lebaran (the first on or after the
    day the group's analysis starts, :func:`pra.plan.business.analysis_start`) and moves them
    with it every year; ``"Lebaran"`` alone is the month of that Lebaran (``"Puasa"`` the
    month holding most of Ramadan)."""
    from pra.plan.business import analysis_start
    from pra.plan.feasts import FEASTS, coming_feast_year, feast_month

    found = _FEAST.search(text)
    if found is None:
        return {"months": parse_months(text), "follows": None, "marked_for": None}
    feast = FEAST_WORDS[re.sub(r"\s+", "", found.group(1).casefold())]
    rest = _FEAST.sub(" ", text)
    start = analysis_start(group_of(ws, group_id), ws.info.date)
    if start is None:
        raise PraError("edit.analysis.feast_no_date", text=text.strip())
    year = coming_feast_year(start)
    place = feast_month(feast, year) if year is not None else None
    if year is None or place is None:
        last = max(FEASTS.values())[1]
        raise PraError("edit.analysis.feast_unknown", text=text.strip(), last=last)
    months = parse_months(rest) if rest.strip(" ,;/") else (place[1],)
    return {"months": months, "follows": feast, "marked_for": year}


def _product_by_prefix(analysis: BusinessAnalysis, typed: str) -> str:
    wanted = " ".join(typed.casefold().split())
    exact = [p for p in analysis.products if p.name.casefold() == wanted]
    found = exact or [p for p in analysis.products if p.name.casefold().startswith(wanted)]
    if not found:
        names = ", ".join(p.name for p in analysis.products) or "–"
        raise PraError("edit.analysis.no_product", name=typed.strip(), names=names)
    if len(found) > 1:
        raise PraError(
            "edit.analysis.many_products",
            name=typed.strip(),
            names=", ".join(p.name for p in found),
        )
    return found[0].id


def change_example(analysis: BusinessAnalysis) -> str | None:
    """The product a season's change example names: the shortest start of the first
    product's name, in whole words, that :func:`parse_change` reads as that product
    (``Seragam``, ``Kue bolu`` beside ``Kue kering``); ``None`` without products
    (rev18: Jaya Bersama, a sewing group, was shown Sedap Malam's "Kue bolu 200")."""
    if not analysis.products:
        return None
    first = analysis.products[0]
    words = first.name.split()
    for n in range(1, len(words)):
        start = " ".join(words[:n])
        try:
            if _product_by_prefix(analysis, start) == first.id:
                return start
        except PraError:
            continue
    return first.name


def parse_change(analysis: BusinessAnalysis, text: str) -> dict[str, Any]:
    """``"150%"`` → every product; ``"Kue bolu 150%"``, ``"Kue bolu 200"`` → one product."""
    match = re.fullmatch(r"\s*(.*?)\s*(\d[\d.,]*)\s*(%?)\s*", text)
    if match is None:
        raise PraError("edit.analysis.bad_change", text=text.strip())
    name, number, percent = match.groups()
    value = parse_whole(number.replace(".", "").replace(",", ""))
    product_id = _product_by_prefix(analysis, name) if name else None
    if percent:
        return {"product_id": product_id, "percent": value, "units": None}
    if product_id is None:
        raise PraError("edit.analysis.units_need_product", text=text.strip())
    return {"product_id": product_id, "percent": None, "units": value}


def change_text(analysis: BusinessAnalysis, season: Season) -> str:
    """What the form shows for a season's change (inverse of :func:`parse_change`)."""
    name = next((p.name for p in analysis.products if p.id == season.product_id), "")
    value = f"{season.percent}%" if season.percent is not None else number_text(season.units or 0)
    return f"{name} {value}".strip()


def months_text(months: tuple[int, ...], follows: Feast | None = None) -> str:
    """What the form shows for a season's months (inverse of :func:`parse_season_months`)."""
    said = " ".join(str(m) for m in months)
    return f"{said} {follows.capitalize()}" if follows else said


def _season_fields(
    ws: Workshop, group_id: str, label: str, months: str, change: str
) -> dict[str, Any]:
    return {
        "label": label,
        **parse_season_months(ws, group_id, months),
        **parse_change(_analysis(ws, group_id), change),
    }


def add_season(ws: Workshop, group_id: str, label: str, months: str, change: str) -> Workshop:
    season = build(
        Season, id=new_id_for(ws, "se"), **_season_fields(ws, group_id, label, months, change)
    )
    return _with(ws, group_id, seasons=(*_analysis(ws, group_id).seasons, season))


def update_season(
    ws: Workshop, group_id: str, season_id: str, label: str, months: str, change: str
) -> Workshop:
    fields = _season_fields(ws, group_id, label, months, change)
    build(Season, id=season_id, **fields)
    return _with(
        ws, group_id, seasons=_replace(_analysis(ws, group_id).seasons, season_id, **fields)
    )


def remove_season(ws: Workshop, group_id: str, season_id: str) -> Workshop:
    return _with(ws, group_id, seasons=remove_item(_analysis(ws, group_id).seasons, season_id))


# -- fixed costs -----------------------------------------------------------------------------

COST_AMOUNT: Final = "edit.group.cost_amount"
"""A fixed cost's money cell, as a refusal names it."""


def add_fixed_cost(ws: Workshop, group_id: str, label: str, amount: str) -> Workshop:
    monthly = money_cell(amount, field=COST_AMOUNT, item=label)
    cost = build(FixedCost, id=new_id_for(ws, "fc"), label=label, amount=monthly)
    return _with(ws, group_id, fixed_costs=(*_analysis(ws, group_id).fixed_costs, cost))


def update_fixed_cost(
    ws: Workshop, group_id: str, cost_id: str, label: str, amount: str
) -> Workshop:
    fields = {"label": label, "amount": money_cell(amount, field=COST_AMOUNT, item=label)}
    build(FixedCost, id=cost_id, **fields)
    return _with(
        ws, group_id, fixed_costs=_replace(_analysis(ws, group_id).fixed_costs, cost_id, **fields)
    )


def remove_fixed_cost(ws: Workshop, group_id: str, cost_id: str) -> Workshop:
    costs = remove_item(_analysis(ws, group_id).fixed_costs, cost_id)
    return _with(ws, group_id, fixed_costs=costs)


# -- customers, competitors, selling, market -----------------------------------------------------


def market_ref(kind: str, index: int) -> str:
    """The row id of an item of a market list: ``customers-0``."""
    return f"{kind}-{index}"


def split_market_ref(ref: str) -> tuple[str, int]:
    kind, _, index = ref.rpartition("-")
    if kind not in MARKET_LISTS or not index.isdigit():
        raise PraError("edit.not_found", ref=ref)
    return kind, int(index)


def add_market_item(ws: Workshop, group_id: str, kind: str, text: str) -> Workshop:
    text = " ".join(text.split())
    if kind not in MARKET_LISTS:
        raise PraError("edit.bad_value", field=kind)
    if not text:
        raise PraError("edit.required")
    items = getattr(_analysis(ws, group_id), kind)
    return _with(ws, group_id, **{kind: (*items, text)})


def update_market_item(ws: Workshop, group_id: str, ref: str, kind: str, text: str) -> Workshop:
    """Change an item; when ``kind`` differs it moves to the end of that list."""
    text = " ".join(text.split())
    if not text:
        raise PraError("edit.required")
    old_kind, index = split_market_ref(ref)
    if kind != old_kind:
        return add_market_item(remove_market_item(ws, group_id, ref), group_id, kind, text)
    items = list(getattr(_analysis(ws, group_id), kind))
    if not 0 <= index < len(items):
        raise PraError("edit.not_found", ref=ref)
    items[index] = text
    return _with(ws, group_id, **{kind: tuple(items)})


def remove_market_item(ws: Workshop, group_id: str, ref: str) -> Workshop:
    kind, index = split_market_ref(ref)
    items = getattr(_analysis(ws, group_id), kind)
    if not 0 <= index < len(items):
        raise PraError("edit.not_found", ref=ref)
    return _with(ws, group_id, **{kind: items[:index] + items[index + 1 :]})


# -- the day selling starts ------------------------------------------------------------------

_STEP_NUMBER: Final = re.compile(r"(?i)(?:langkah|step|no\.?)?\s*(\d{1,3})")


def sales_start_text(ws: Workshop, group_id: str) -> str:
    """The day selling starts as the field shows it: ``29-09-2003``, ``langkah 7`` or empty."""
    group = group_of(ws, group_id)
    analysis = group.analysis
    if analysis.sales_start is not None:
        return analysis.sales_start.strftime("%d-%m-%Y")
    for number, step in enumerate(group.steps, 1):
        if step.id == analysis.sales_step_id:
            return t("edit.analysis.sales_step", n=number)
    return ""


def set_sales_start(ws: Workshop, group_id: str, text: str) -> Workshop:
    """The day selling starts: a date, an activity step's number (its scheduled start is the
    day), or empty (from the plan's start). Anything else is refused with its sentence."""
    text = text.strip()
    if not text:
        return _with(ws, group_id, sales_start=None, sales_step_id=None)
    number = _STEP_NUMBER.fullmatch(text)
    if number is not None:
        steps = group_of(ws, group_id).steps
        n = int(number.group(1))
        if not 1 <= n <= len(steps):
            raise PraError("edit.analysis.no_sales_step", n=n, count=len(steps))
        return _with(ws, group_id, sales_start=None, sales_step_id=steps[n - 1].id)
    if not re.search(r"\d[-/.]\d", text):
        raise PraError("edit.analysis.bad_sales_start", text=text)
    return _with(ws, group_id, sales_start=parse_date(text), sales_step_id=None)
