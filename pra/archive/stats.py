"""The cross-workshop summary behind ``pra stats``: what many workshops add up to.

Workshops are added one at a time (nothing but the counters is kept), to the
total and to their city's tally. Tallies come from ``pra.plan``: the problem
ranked first is the one the printed plan shows (dot tally, ties broken by
pairwise comparisons; the pairwise ranking for a pairwise vote), dots are
:func:`pra.plan.votes.ballot_totals`, money is :func:`pra.plan.capital.capital_summary`.

The result is a few :class:`StatsTable` values: the same rows print in the
terminal (in the chosen language) and go to CSV files (codes and plain numbers).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Final, Literal

from pra.archive.followup_stats import FollowTally
from pra.i18n import Language, t
from pra.model import Workshop
from pra.plan.capital import capital_summary
from pra.plan.formatting import format_number, format_rupiah
from pra.plan.pairwise import break_ties, workshop_pairwise
from pra.plan.ranking import top_ids
from pra.plan.rounding import percent_of
from pra.plan.votes import ballot_totals, dot_tally

ALL: Final = "*"
"""The ``city`` of the rows that cover every workshop."""
DOUBTFUL_MARK: Final = " (!)"
"""After a printed figure counted from a summary cell its package's details contradict."""

Kind = Literal["text", "int", "money", "category", "sex", "decimal", "percent", "grade"]


@dataclass(slots=True)
class Tally:
    """The counters of one scope: every workshop, or the workshops of one city."""

    workshops: int = 0
    participants: int = 0
    sex: Counter[str] = field(default_factory=Counter)
    group_sizes: Counter[int] = field(default_factory=Counter)
    first: Counter[str] = field(default_factory=Counter)
    """Category → workshops in which a problem of that category ranked first."""
    dots: Counter[str] = field(default_factory=Counter)
    """Category → dots its problems received."""
    businesses: Counter[str] = field(default_factory=Counter)
    stimulus_gross: int = 0
    stimulus_net: int = 0
    own_money: int = 0
    own_goods: int = 0
    own_labour: int = 0
    budget: int = 0
    followup: FollowTally = field(default_factory=FollowTally)

    @property
    def groups(self) -> int:
        return sum(self.group_sizes.values())

    @property
    def members(self) -> int:
        return sum(size * n for size, n in self.group_sizes.items())

    def add(self, facts: WorkshopFacts) -> None:
        self.workshops += 1
        self.participants += len(facts.sexes)
        self.sex.update(facts.sexes)
        self.first.update(facts.first)
        self.dots.update(facts.dots)
        for g in facts.groups:
            self.group_sizes[g.size] += 1
            self.businesses[g.business] += 1
            self.stimulus_gross += g.stimulus_gross
            self.stimulus_net += g.stimulus_net
            self.own_money += g.own_money
            self.own_goods += g.own_goods
            self.own_labour += g.own_labour
            self.budget += g.budget

    def add_followup(self, followup: FollowTally) -> None:
        self.followup.merge(followup)


@dataclass(frozen=True, slots=True)
class GroupFacts:
    """What the summary counts of one group."""

    size: int
    business: str
    """The chosen idea's name, else the business, else the group's name."""
    stimulus_gross: int
    stimulus_net: int
    own_money: int
    own_goods: int
    own_labour: int
    budget: int


@dataclass(frozen=True, slots=True)
class WorkshopFacts:
    """What the summary counts of one workshop: read from its file (:func:`facts_of`) or from
    an archive's tables (:mod:`pra.archive.package_stats`), the same figures either way."""

    id: str
    city: str
    sexes: tuple[str, ...]
    """Each participant's sex ('' when not given)."""
    first: frozenset[str]
    """The categories of the problems ranked first."""
    dots: Counter[str]
    """Category → dots its problems received."""
    groups: tuple[GroupFacts, ...]
    followup: FollowTally


def facts_of(ws: Workshop) -> WorkshopFacts:
    category = {p.id: p.category for p in ws.problems}
    dots: Counter[str] = Counter()
    for ref, n in ballot_totals(ws.voting.dots, list(category)).items():
        dots[category[ref]] += n
    ideas = {i.id: i.name for i in ws.ideas}
    groups = []
    for g in ws.groups:
        chosen = ideas.get(g.idea_id) if g.idea_id else None
        capital = capital_summary(g)
        groups.append(
            GroupFacts(
                len(g.member_ids),
                chosen or g.business or g.name,
                capital.stimulus_gross,
                capital.stimulus_net,
                capital.own_money,
                capital.own_goods,
                capital.own_labour,
                capital.budget_total,
            )
        )
    followup = FollowTally()
    followup.add(ws)
    return WorkshopFacts(
        ws.id,
        ws.info.place.city,
        tuple(p.sex or "" for p in ws.participants),
        frozenset(category[ref] for ref in first_ranked(ws)),
        dots,
        tuple(groups),
        followup,
    )


def first_ranked(ws: Workshop) -> tuple[str, ...]:
    """The problem(s) ranked first by the workshop's own method; several when tied."""
    voting = ws.voting
    if voting.method == "pairwise" and voting.pairwise:
        return top_ids(workshop_pairwise(ws).rows)
    rows = dot_tally(ws).rows
    return top_ids(break_ties(rows, voting.pairwise) if voting.pairwise else rows)


@dataclass(slots=True)
class Stats:
    """The tally of every workshop and of each city."""

    total: Tally = field(default_factory=Tally)
    cities: dict[str, Tally] = field(default_factory=dict)
    counted: dict[str, str] = field(default_factory=dict)
    """Workshop id → the file it was counted from (as ``pra archive``, one id counts once)."""
    followed: list[tuple[str, str, FollowTally]] = field(default_factory=list)
    """(city, workshop id, its follow-up) of every workshop with followed groups."""

    def add(self, ws: Workshop, source: str = "") -> str | None:
        """Count ``ws``; if its id was already counted, leave it out and return that file.

        A second file with the same workshop id is a copy (a sync conflict, an
        archive's ``raw/`` folder next to the originals), not another workshop.
        """
        if ws.id in self.counted:
            return self.counted[ws.id]
        return self.add_facts(facts_of(ws), source)

    def add_facts(self, facts: WorkshopFacts, source: str = "") -> str | None:
        """Count a workshop's facts (see :meth:`add`)."""
        first = self.counted.get(facts.id)
        if first is not None:
            return first
        self.counted[facts.id] = source
        self.total.add(facts)
        city = self.cities.setdefault(facts.city, Tally())
        city.add(facts)
        followup = facts.followup
        if followup.groups:
            self.total.add_followup(followup)
            city.add_followup(followup)
            self.followed.append((facts.city, facts.id, followup))
        return None

    @property
    def by_city(self) -> bool:
        """Whether the workshops come from several cities (then each city gets its rows)."""
        return len(self.cities) > 1

    def scopes(self) -> list[tuple[str, Tally]]:
        scopes = [(ALL, self.total)]
        if self.by_city:
            scopes += sorted(self.cities.items())
        return scopes


def collect(workshops: Iterable[Workshop]) -> Stats:
    """The tally of ``workshops``, each workshop id counted once."""
    stats = Stats()
    for ws in workshops:
        stats.add(ws)
    return stats


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    """The CSV header, and ``stats.col.<name>`` in the catalogue."""
    kind: Kind


@dataclass(frozen=True, slots=True)
class StatsTable:
    name: str
    """The CSV file name, and ``stats.table.<name>`` in the catalogue."""
    columns: tuple[Column, ...]
    rows: tuple[tuple[str | int | float, ...], ...]
    doubtful: frozenset[tuple[int, str]] = frozenset()
    """(row, column name) of each figure counted from a summary cell its package's detail
    tables contradict: printed marked, with a note under the table."""


_CITY = Column("city", "text")


def mean_group_size(members: int, groups: int) -> float:
    """Members per group to one decimal, halves rounded up as every figure of pra (41/4: 10.3).

    The tenths are ``10 × members / groups`` rounded by :func:`pra.plan.rounding.percent_of`
    (10 % of ``100 × members / groups``); that quotient is exact whenever the
    tenths end in a half, so a half is never mistaken for just under one.
    """
    if groups == 0:
        return 0.0
    return percent_of(10, Decimal(100 * members) / groups) / 10


def tables(stats: Stats) -> tuple[StatsTable, ...]:
    """The summary as tables; every row starts with its city (``*`` for all workshops)."""
    scopes = stats.scopes()
    overview = tuple(
        (
            city,
            s.workshops,
            s.participants,
            s.sex["F"],
            s.sex["M"],
            s.sex[""],
            s.groups,
            s.members,
            mean_group_size(s.members, s.groups),
        )
        for city, s in scopes
    )
    sizes = tuple(
        (city, size, n) for city, s in scopes for size, n in sorted(s.group_sizes.items())
    )
    categories = tuple(
        (city, c, s.first[c], s.dots[c])
        for city, s in scopes
        for c in sorted(set(s.first) | set(s.dots), key=lambda c: (-s.first[c], -s.dots[c], c))
    )
    businesses = tuple(
        (city, name, n)
        for city, s in scopes
        for name, n in sorted(s.businesses.items(), key=lambda kv: (-kv[1], kv[0]))
    )
    capital = tuple(
        (
            city,
            s.stimulus_gross,
            s.stimulus_net,
            s.own_money,
            s.own_goods,
            s.own_labour,
            s.own_money + s.own_goods + s.own_labour,
            s.budget,
        )
        for city, s in scopes
    )

    def cols(*spec: tuple[str, Kind]) -> tuple[Column, ...]:
        return (_CITY, *(Column(n, k) for n, k in spec))

    figures: tuple[tuple[str, Kind], ...] = (
        ("followed_groups", "int"),
        ("repayment_rate", "percent"),
        ("par30", "percent"),
        ("attendance", "percent"),
        ("fund_actual", "money"),
        ("fund_planned", "money"),
    )
    followed = [s.followup for _, s in scopes if s.followup.groups]
    followup = tuple((city, *s.followup.figures()) for city, s in scopes if s.followup.groups)
    workshops = sorted(stats.followed, key=lambda x: (x[0], x[1]))
    per_workshop = tuple((city, ws_id, *f.figures()) for city, ws_id, f in workshops)
    grades = tuple(
        (city, grade, n)
        for city, s in scopes
        for grade, n in sorted(s.followup.grades.items(), key=_grade_order)
    )
    grades_per_workshop = tuple(
        (city, ws_id, grade, n)
        for city, ws_id, f in workshops
        for grade, n in sorted(f.grades.items(), key=_grade_order)
    )

    return (
        StatsTable(
            "overview",
            cols(
                ("workshops", "int"),
                ("participants", "int"),
                ("women", "int"),
                ("men", "int"),
                ("sex_unknown", "int"),
                ("groups", "int"),
                ("members", "int"),
                ("mean_group_size", "decimal"),
            ),
            overview,
        ),
        StatsTable("group_sizes", cols(("size", "int"), ("groups", "int")), sizes),
        StatsTable(
            "categories",
            cols(("category", "category"), ("ranked_first", "int"), ("dots", "int")),
            categories,
        ),
        StatsTable("businesses", cols(("business", "text"), ("groups", "int")), businesses),
        StatsTable(
            "capital",
            cols(
                ("stimulus_gross", "money"),
                ("stimulus_net", "money"),
                ("own_money", "money"),
                ("own_goods", "money"),
                ("own_labour", "money"),
                ("own_total", "money"),
                ("budget_total", "money"),
            ),
            capital,
        ),
        StatsTable("followup", cols(*figures), followup, _doubtful(followed)),
        StatsTable(
            "followup_workshops",
            cols(("workshop", "text"), *figures),
            per_workshop,
            _doubtful([f for _, _, f in workshops]),
        ),
        StatsTable("grades", cols(("grade", "grade"), ("groups", "int")), grades),
        StatsTable(
            "grades_workshops",
            cols(("workshop", "text"), ("grade", "grade"), ("groups", "int")),
            grades_per_workshop,
        ),
    )


def _grade_order(item: tuple[str, int]) -> tuple[bool, str]:
    """Grades in order, groups never assessed ('') last."""
    return item[0] == "", item[0]


def _doubtful(tallies: Sequence[FollowTally]) -> frozenset[tuple[int, str]]:
    return frozenset((i, name) for i, f in enumerate(tallies) for name in f.doubtful)


def _cell(value: str | int | float, kind: Kind, lang: Language) -> str:
    if kind == "category":
        return t(f"category.{value}", lang=lang)
    if kind == "money" and isinstance(value, int):
        return format_rupiah(value, lang)
    if kind == "int" and isinstance(value, int):
        return format_number(value, lang)
    if kind == "percent":
        if value == "":
            return "-"
        text = f"{value:.1f}%"
        return text.replace(".", ",") if lang == "id" else text
    if kind == "grade":
        return str(value) if value else t("stats.not_assessed", lang=lang)
    if kind == "decimal" and isinstance(value, float):
        text = f"{value:.1f}"
        return text.replace(".", ",") if lang == "id" else text
    if value == ALL:
        return t("stats.all_cities", lang=lang)
    return str(value) if value != "" else t("stats.no_city", lang=lang)


def render(stats_tables: Sequence[StatsTable], by_city: bool, lang: Language) -> str:
    """The summary as plain text tables for the terminal, headed in ``lang``.

    The city column is shown only when the workshops come from several cities.
    """
    out: list[str] = []
    for table in stats_tables:
        columns = table.columns if by_city else table.columns[1:]
        skip = 0 if by_city else 1
        head = [t(f"stats.col.{c.name}", lang=lang) for c in columns]
        mark = DOUBTFUL_MARK
        body = [
            [
                _cell(v, c.kind, lang) + (mark if (i, c.name) in table.doubtful else "")
                for v, c in zip(row[skip:], columns, strict=True)
            ]
            for i, row in enumerate(table.rows)
        ]
        widths = [max(len(x) for x in col) for col in zip(head, *body, strict=True)]
        right = [c.kind in ("int", "money", "decimal", "percent") for c in columns]

        def line(
            cells: Sequence[str], widths: list[int] = widths, right: list[bool] = right
        ) -> str:
            parts = [
                cell.rjust(w) if r else cell.ljust(w)
                for cell, w, r in zip(cells, widths, right, strict=True)
            ]
            return "  ".join(parts).rstrip()

        out += [t(f"stats.table.{table.name}", lang=lang), line(head)]
        out += [line(["-" * w for w in widths])]
        out += [line(cells) for cells in body]
        if not body:
            out.append(t("stats.empty", lang=lang))
        if table.doubtful:
            out.append(t("stats.doubtful", lang=lang, mark=mark.strip()))
        out.append("")
    return "\n".join(out)
