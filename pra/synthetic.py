"""Large, valid, deterministic workshops for benchmarks and stress tests.

``maximal_workshop()`` builds the biggest workshop the product promises to
handle (60 participants, 50 problems voted with 3 dots each, 4 groups of 50
steps); every size is a parameter so that tests can build small ones. The same
arguments always give the same document: ids and choices come from a seeded
``random.Random``, never from the clock.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from pra.model import (
    Blackout,
    BudgetLine,
    BusinessGroup,
    BusinessIdea,
    CalendarSettings,
    CapitalPlan,
    Criterion,
    Deduction,
    DotBallot,
    DotVoting,
    Grant,
    Institution,
    Need,
    OwnCapital,
    PairChoice,
    Participant,
    Place,
    Pledge,
    Problem,
    ProblemVoting,
    Resource,
    Skill,
    Step,
    SuccessItem,
    Swot,
    SwotItem,
    Workshop,
    WorkshopInfo,
)
from pra.model.business import BusinessAnalysis, FixedCost, Product, Season
from pra.plan.due_dates import add_months

_GIVEN = ["Ani", "Budi", "Citra", "Dedi", "Eka", "Fajar", "Gita", "Hadi", "Indah", "Joko"]
_FAMILY = ["Mangga", "Kenari", "Melati", "Rambutan", "Cempaka", "Durian", "Kemuning", "Salak"]
_SKILLS = [
    "menjahit",
    "membuat kue",
    "bangunan",
    "perbengkelan",
    "elektro",
    "mengelas",
    "memotret",
    "berdagang",
    "beternak",
    "memasak",
]
_CATEGORIES = ["housing", "capital", "health", "education", "work", "social", "environment"]


def maximal_workshop(
    participants: int = 60,
    problems: int = 50,
    groups: int = 4,
    steps_per_group: int = 50,
    dots_per_person: int = 3,
    pairwise: bool = True,
    unit: str = "month",
    seed: int = 0,
) -> Workshop:
    """A valid workshop of the given size, the same one every time for the same arguments."""
    rng = random.Random(seed)
    people = tuple(
        Participant(
            id=f"pt-{i:04d}",
            name=f"{_GIVEN[i % len(_GIVEN)]} {_FAMILY[(i // len(_GIVEN)) % len(_FAMILY)]} {i}",
            sex="F" if i % 2 else "M",
            household_head=i % 3 == 0,
            rt=f"{1 + i % 6:02d}",
        )
        for i in range(participants)
    )
    probs = tuple(
        Problem(
            id=f"pb-{i:04d}",
            title=f"Masalah {i + 1}",
            category=_CATEGORIES[i % len(_CATEGORIES)],
            causes=(f"sebab {i + 1}a", f"sebab {i + 1}b"),
            effects=(f"akibat {i + 1}",),
        )
        for i in range(problems)
    )
    ballots: list[DotBallot] = []
    for p in people:
        dots: dict[str, int] = {}
        for _ in range(dots_per_person if probs else 0):
            ref = probs[rng.randrange(len(probs))].id
            dots[ref] = dots.get(ref, 0) + 1
        ballots.append(DotBallot(participant_id=p.id, dots=dots))
    pairs = (
        tuple(
            PairChoice(a=a.id, b=b.id, winner=rng.choice((a.id, b.id)))
            for i, a in enumerate(probs[:10])
            for b in probs[i + 1 : 10]
        )
        if pairwise
        else ()
    )
    skills = tuple(
        Skill(
            id=f"sk-{i:03d}",
            name=name,
            holder_ids=tuple(p.id for j, p in enumerate(people) if j % len(_SKILLS) == i),
        )
        for i, name in enumerate(_SKILLS)
    )
    criteria = tuple(
        Criterion(id=f"cr-{i}", name=name, weight=1 + i % 3)
        for i, name in enumerate(["modal", "keterampilan", "pasar", "risiko"])
    )
    ideas = tuple(
        BusinessIdea(
            id=f"id-{i:03d}",
            name=f"Usaha {skill.name}",
            skill_ids=(skill.id,),
            scores={c.id: 1 + rng.randrange(5) for c in criteria},
        )
        for i, skill in enumerate(skills[: max(groups, 1)])
    )
    size = participants // groups if groups else 0
    group_list = tuple(
        _group(
            g,
            people[g * size : (g + 1) * size],
            ideas[g % len(ideas)].id,
            steps_per_group,
            unit,
            rng,
        )
        for g in range(groups)
    )
    return Workshop(
        id="ws-maximal",
        info=WorkshopInfo(
            title="Lokakarya PRA (data buatan)",
            place=Place(
                province="Jawa Timur",
                city="Surabaya",
                district="Dukuh Pakis",
                village="Pakis",
                rt="10",
                rw="03",
            ),
            date=dt.date(2026, 3, 2),
            venue="Balai RW",
            facilitators=("Fasilitator Satu", "Fasilitator Dua"),
            mentor="Pendamping Contoh",
            partner="LSM Contoh",
        ),
        participants=people,
        problems=probs,
        voting=ProblemVoting(
            dots=DotVoting(dots_per_person=dots_per_person, ballots=tuple(ballots)),
            pairwise=pairs,
            priority_id=probs[0].id if probs else None,
        ),
        skills=skills,
        institutions=tuple(
            Institution(id=f"in-{i}", name=name, importance=1 + i % 5, closeness=1 + (i * 2) % 5)
            for i, name in enumerate(["arisan", "posyandu", "majelis taklim", "karang taruna"])
        ),
        resources=(Resource(id="rs-0", name="koperasi", kind="finance"),),
        needs=tuple(
            Need(id=f"nd-{i}", text=f"Kebutuhan {i + 1}", problem_ids=(p.id,))
            for i, p in enumerate(probs[:5])
        ),
        criteria=criteria,
        ideas=ideas,
        groups=group_list,
    )


def _analysis(g: int) -> BusinessAnalysis:
    """Three products, two seasons, two fixed costs and every market list."""
    return BusinessAnalysis(
        products=tuple(
            Product(
                id=f"pr-{g}-{i}",
                name=f"Produk {i + 1}",
                unit="buah",
                price=5_000 * (i + 2),
                materials=3_000 * (i + 1),
                labour=500,
                packaging=250,
                units_per_month=200 * (i + 1),
            )
            for i in range(3)
        ),
        seasons=(
            Season(id=f"se-{g}-l", label="Lebaran", months=(3, 4), percent=150),
            Season(
                id=f"se-{g}-h",
                label="Musim hujan",
                months=(12, 1, 2),
                product_id=f"pr-{g}-0",
                units=50,
            ),
        ),
        fixed_costs=(
            FixedCost(id=f"fc-{g}-s", label="Sewa tempat", amount=150_000),
            FixedCost(id=f"fc-{g}-l", label="Listrik", amount=75_000),
        ),
        customers=("Tetangga", "Warung"),
        competitors=("Toko di pasar",),
        selling=("Titip warung",),
        market=("Kelurahan sendiri",),
        # selling from the calendar's first day, as the cash flow counted it before a group
        # without a selling start was something to complete (#13)
        sales_start=dt.date(2026, 4, 1),
    )


def _group(
    g: int,
    members: tuple[Participant, ...],
    idea_id: str,
    n_steps: int,
    unit: str,
    rng: random.Random,
) -> BusinessGroup:
    ids = [m.id for m in members]
    steps = tuple(
        Step(
            id=f"st-{g}-{i:04d}",
            title=f"Langkah {i + 1}",
            responsible_ids=(ids[i % len(ids)],) if ids else (),
            cost=rng.randrange(0, 500_000, 5_000),
            duration=1 + rng.randrange(3),
            depends_on=tuple(
                f"st-{g}-{j:04d}" for j in sorted({rng.randrange(i) for _ in range(2)})
            )
            if i
            else (),
        )
        for i in range(n_steps)
    )
    # the budget holds what the steps cost (the review compares them): ten units of a tenth
    # each (step costs are multiples of 5.000), paid from the grant's part for assets
    spent = sum(s.cost for s in steps) or 2_500_000
    return BusinessGroup(
        id=f"gr-{g}",
        name=f"Kelompok {g + 1}",
        business=f"Usaha kelompok {g + 1}",
        idea_id=idea_id,
        member_ids=tuple(ids),
        chair_id=ids[0] if ids else None,
        secretary_id=ids[1] if len(ids) > 1 else None,
        treasurer_id=ids[2] if len(ids) > 2 else None,
        success=tuple(SuccessItem(id=f"su-{g}-{i}", text=f"Sukses {i + 1}") for i in range(3)),
        swot=Swot(
            strengths=(SwotItem(id=f"sw-{g}-s", text="Mau bekerja keras"),),
            weaknesses=(SwotItem(id=f"sw-{g}-w", text="Modal kecil"),),
            opportunities=(SwotItem(id=f"sw-{g}-o", text="Pasar dekat"),),
            threats=(SwotItem(id=f"sw-{g}-t", text="Harga bahan naik"),),
        ),
        pledges=tuple(
            Pledge(id=f"pl-{g}-{i}", participant_id=m, kind="money", value=50_000)
            for i, m in enumerate(ids)
        ),
        steps=steps,
        calendar=CalendarSettings(
            unit="week" if unit == "week" else "month",
            start=dt.date(2026, 4, 1),
            blackouts=(
                Blackout(
                    id=f"bo-{g}",
                    label="Lebaran",
                    start=dt.date(2027, 3, 8),
                    end=dt.date(2027, 3, 14),
                ),
            ),
        ),
        capital=CapitalPlan(
            sources=(
                Grant(
                    id=f"fs-{g}-grant",
                    giver="Dinas Sosial",
                    amount=500_000 * len(ids) + spent,
                    revolving=500_000 * len(ids),
                    assets=spent,
                ),
                OwnCapital(id=f"fs-{g}-own", compulsory_dues=5_000),
            ),
            stimulus_per_member=500_000,
            deductions=(
                Deduction(id=f"de-{g}-r", label="Cadangan", kind="reserve", percent=Decimal(10)),
                Deduction(id=f"de-{g}-s", label="Saham", kind="share", percent=Decimal(10)),
                Deduction(
                    id=f"de-{g}-a", label="Administrasi", kind="admin", percent=Decimal("1.5")
                ),
            ),
            service_fee_percent=Decimal(1),
            loan_term_months=10,
            budget=tuple(
                BudgetLine(
                    id=f"bl-{g}-{i}",
                    item=f"Bahan {i + 1}",
                    quantity=2,
                    unit="paket",
                    unit_price=spent // 10,
                    source_id=f"fs-{g}-grant",
                )
                for i in range(5)
            ),
        ),
        analysis=_analysis(g),
    )


def twelve_month_workshop(steps: int = 200) -> Workshop:
    """The maximal workshop with one group of ``steps`` steps spread over 12 months.

    Every other step has an end date a month later: the export bench's target and
    the widest calendar the tests print.
    """
    ws = maximal_workshop(participants=60, groups=1, steps_per_group=steps)
    group = ws.groups[0]
    start = dt.date(2026, 4, 1)
    dated = tuple(
        Step(
            id=s.id,
            title=s.title,
            responsible_ids=s.responsible_ids,
            cost=s.cost,
            start=add_months(start, i % 12),
            end=add_months(start, i % 12 + (i % 2)) - dt.timedelta(days=1) if i % 2 else None,
        )
        for i, s in enumerate(group.steps)
    )
    group = group.model_copy(
        update={"steps": dated, "calendar": group.calendar.model_copy(update={"start": start})}
    )
    return Workshop.model_validate({**ws.model_dump(), "groups": [group.model_dump()]})
