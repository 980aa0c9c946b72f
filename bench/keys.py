"""How many keys a facilitator presses to build a workshop, counted on a scripted replay.

The script builds, from an empty file and by keys only (Pilot, headless, the
real session and store), a faithful subset of the Palembang example
(``sessions/contoh-palembang``): the title; the ten members of Kelompok Sedap
Malam with their sex, RT and whether they head a household; three of its
problems and a dot vote by four people; the priority and a reason; two skills
with their holders, an institution and a resource; a need, two business ideas
(one needing both skills), a criterion and its scores; the group with its ten
members and three officers; two success items; a strength, a threat and an
opportunity; the ten pledges as the example has them (kind, description,
value); three steps in weeks with costs, an order and the people responsible;
the calendar's start; the capital plan (stimulus, dues, fee, term, a
deduction). At the end the saved file is read back and every one of those
values is checked, so two versions of the script only compare when they build
the same workshop.

The script as it ran on main (participants' sex and KK set on the table's rows, pledges
through the member and kind dropdowns, the steps' order and people ticked in the lists
below the table) is the one in commit 90ed3ad; this one uses the one-line entries of
issue 12 (``Siti Aminah, P, 03, KK``, ``Rohani: alat Oven 200.000``,
``Membeli peralatan kue, 1, 1.320.000, setelah 1, oleh Masitoh``).

It prints two numbers: *command/navigation keys* (every non-printable key —
Enter, Tab, arrows, F-keys, Ctrl+… — and every printable key that acts instead
of becoming text, such as a letter that ticks or a digit that scores) and
*typed characters* (printable keys that become text), beside the figures of
the same workshop on ``main`` before issue 12's entry work (``MAIN_FIGURES``).

    python bench/keys.py
"""

from __future__ import annotations

import asyncio
import datetime as dt
import sys
import tempfile
import time
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pra.model import PraStep, Workshop

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


@dataclass(frozen=True, slots=True)
class Figures:
    command: int
    """Command and navigation keys."""
    typed: int
    """Characters typed as text."""


MAIN_FIGURES = Figures(command=343, typed=871)
"""This workshop on main, measured at commit f8604bb (before issue 12's entry work)."""

# Kelompok Sedap Malam's members as the example has them: name, sex, RT, head of household.
PEOPLE = (
    ("Rohani", "F", "05", False),
    ("Yusnaini", "F", "05", False),
    ("Masitoh", "F", "05", True),
    ("Nurbaya", "F", "05", False),
    ("Rusmini", "F", "06", False),
    ("Fatimah", "F", "05", False),
    ("Herlina", "F", "06", False),
    ("Siti Zubaidah", "F", "06", False),
    ("Aisyah", "F", "05", False),
    ("Syamsul Bahri", "M", "05", True),
)
PROBLEMS = (
    "Modal usaha kurang",
    "Pekerjaan tidak tetap",
    "Rumah kumuh di tepi sungai",
)
# The pledges, in the members' order: member, kind, description, value (None: none given).
PLEDGES = (
    ("Rohani", "tool", "Oven dan cetakan kue", 200000),
    ("Yusnaini", "labour", "Tenaga membuat kue setiap pagi", None),
    ("Masitoh", "money", "Modal tunai", 100000),
    ("Nurbaya", "materials", "Tepung terigu 5 kg", 17500),
    ("Rusmini", "materials", "Gula dan telur", 50000),
    ("Fatimah", "labour", "Menjajakan kue ke pasar", None),
    ("Herlina", "money", "Modal tunai", 50000),
    ("Siti Zubaidah", "tool", "Kompor minyak tanah", 75000),
    ("Aisyah", "materials", "Daun pisang dan plastik pembungkus", 20000),
    ("Syamsul Bahri", "tool", "Sepeda untuk mengantar kue", 300000),
)
STEPS = (
    ("Mencari modal usaha", 1, 0),
    ("Membeli peralatan kue", 1, 1320000),
    ("Menitipkan kue ke warung", 2, 0),
)
# The steps with their order and the people responsible, as the check reads them.
STEP_LINKS = [
    (STEPS[0][0], STEPS[0][1], STEPS[0][2], [], ["Rohani"]),
    (STEPS[1][0], STEPS[1][1], STEPS[1][2], [STEPS[0][0]], ["Masitoh"]),
    (STEPS[2][0], STEPS[2][1], STEPS[2][2], [STEPS[1][0]], ["Masitoh"]),
]
KIND_WORDS = {"money": "uang", "tool": "alat", "materials": "bahan", "labour": "tenaga"}


class Replay:
    """Presses keys through Pilot, one at a time with a settle after each, and counts them.

    After F7/F8 it waits until the next step is open with the focus in it (the
    tests' ``wait_for_step``), so a loaded machine never sends a key to a step
    still being mounted.
    """

    def __init__(self, pilot: object) -> None:
        self.pilot = pilot
        self.command = 0
        self.typed = 0

    async def key(self, *names: str) -> None:
        """Command or navigation keys (``"enter"``, ``"f8"``, ``"down"``, or a letter that acts)."""
        for name in names:
            before = self._step()
            await self.pilot.press(name)  # type: ignore[attr-defined]
            await self.pilot.pause()  # type: ignore[attr-defined]
            self.command += 1
            if name in ("f7", "f8") and before is not None:
                await self._opened(before, 1 if name == "f8" else -1)

    def _step(self) -> PraStep | None:
        return getattr(self.pilot.app.screen, "current", None)  # type: ignore[attr-defined]

    async def _opened(self, before: PraStep, delta: int) -> None:
        from pra.model import PraStep
        from tests.tui.pilot import wait_for_step

        steps = list(PraStep)
        index = min(max(steps.index(before) + delta, 0), len(steps) - 1)
        await wait_for_step(self.pilot, steps[index])  # type: ignore[arg-type]

    async def type(self, text: str) -> None:
        """Characters that become text in the focused field."""
        for char in text:
            await self.pilot.press(char)  # type: ignore[attr-defined]
            self.typed += 1
        await self.pilot.pause()  # type: ignore[attr-defined]

    async def line(self, text: str) -> None:
        await self.type(text)
        await self.key("enter")


async def build_workshop(r: Replay) -> None:
    """The whole workshop (see the module docstring), today's way of entering it."""
    # preparation: the title, the kelurahan, the date
    await r.line("PRA Pemberdayaan Migran")
    await r.key("enter", "enter", "enter")
    await r.line("13 Ilir")
    await r.key("enter", "enter")
    await r.line("05-04-2003")

    # participants: name, sex, RT and household head in one line each
    await r.key("f8")
    for name, sex, rt, head in PEOPLE:
        await r.line(f"{name}, {'P' if sex == 'F' else 'L'}, {rt}" + (", KK" if head else ""))

    # problems, then a dot vote of four people (3 dots each, at most 2 on one problem)
    await r.key("f8")
    for title in PROBLEMS:
        await r.line(title)
    # the rules: Ctrl+Up and Ctrl+Down (dots per person, back to 3), Ctrl+L twice (cap 2)
    await r.key("f6", "ctrl+up", "ctrl+down", "ctrl+l", "ctrl+l")
    await r.key("up", "up", "enter", "enter", "down", "enter")  # Rohani
    await r.key("ctrl+right", "down", "enter", "enter", "up", "enter")  # Yusnaini
    await r.key("ctrl+right", "enter", "up", "enter", "enter")  # Masitoh
    await r.key("ctrl+right", "enter", "down", "enter", "down", "enter")  # Nurbaya
    # the results: Ctrl+R marks the highlighted (top) problem as the priority
    await r.key("f6", "up", "up", "ctrl+r", "tab")
    await r.line("Tanpa modal tidak ada usaha")

    # potentials: two skills and their holders, an institution, a resource
    await r.key("f8")
    await r.line("Berdagang")
    await r.line("Membuat kue")
    await r.key("tab", "tab")  # holders of the skill added last (Membuat kue)
    await r.key("enter", "down", "enter", "down", "down", "down", "enter")
    await r.key("shift+tab", "up", "tab", "up", "up", "up", "up", "enter", "down", "down", "enter")
    await r.key("f6")
    await r.line("Yayasan Bina Vitalis")
    await r.key("tab", "ctrl+up", "ctrl+up", "ctrl+right")
    await r.key("f6")
    await r.line("Pasar 16 Ilir")
    await r.key("tab", "ctrl+k")

    # needs and ideas: a need, two ideas, the skills of the first, a criterion, the scores
    await r.key("f8")
    await r.line("Modal usaha")
    await r.key("f6")
    await r.line("Dagang kue")
    await r.line("Warung sembako")
    # Tab: business line → criteria line → business list → criteria list → skills → business line
    await r.key("tab", "tab", "up", "tab", "tab", "enter", "down", "enter", "tab", "tab")
    await r.line("Modal kecil")
    # the matrix: Enter raises the highlighted score by one (Dagang kue 5, Warung sembako 3)
    await r.key("f6", "up", "right", *["enter"] * 5, "down", *["enter"] * 3)

    # the group for the highlighted idea: its ten members, chair, secretary, treasurer
    await r.key("f6")
    await r.line("Kelompok Sedap Malam")
    await r.key("tab")
    for _ in PEOPLE:
        await r.key("enter", "down")  # Enter puts the member in the (only) group
    await r.key(*["up"] * len(PEOPLE), "ctrl+k", "down", "ctrl+e", "down", "ctrl+r")

    await build_group_plan(r)


async def build_group_plan(r: Replay) -> None:
    # success circle
    await r.key("f8")
    await r.type("Menabung")
    await r.key("tab")
    await r.line("Setiap anggota menabung tiap minggu")
    await r.type("Kue laku setiap hari")
    await r.key("enter")

    # SWOT: a strength, then Tab box by box to the threats (S, W, O, T: an empty W line
    # goes on to the next box, not to its mitigation line), Shift+Tab back to opportunities
    await r.key("f8")
    await r.line("Anggota rajin")
    await r.key("tab", "tab", "tab")
    await r.line("Harga tepung naik")
    await r.key("shift+tab")
    await r.line("Pasar 16 Ilir dekat")

    # pledges: one line each, "member: kind what value"
    await r.key("f8")
    for name, kind, description, value in PLEDGES:
        amount = f" {value:,}".replace(",", ".") if value is not None else ""
        await r.line(f"{name}: {KIND_WORDS[kind]} {description}{amount}")

    # steps: one line each, with the order and the people responsible; the durations in the
    # calendar's unit, weeks once the calendar step has switched to them
    await r.key("f8")
    for index, (title, duration, cost) in enumerate(STEPS):
        parts = [title, str(duration)]
        if cost:
            parts.append(f"{cost:,}".replace(",", "."))
        if index:
            parts.append(f"setelah {index}")
        parts.append(f"oleh {STEP_LINKS[index][4][0]}")
        await r.line(", ".join(parts))

    # calendar: the start, and weeks
    await r.key("f8", "f6")
    await r.line("01-09-2003")
    await r.key("tab", "tab", "tab", "ctrl+t")

    # capital: stimulus, dues, fee, term, (the repayment day left empty: the hand-over's),
    # cash unit, then a deduction
    await r.key("f8")
    for amount in ("500.000", "5.000", "1", "12"):
        await r.key("ctrl+u")
        await r.line(amount)
    await r.key("enter")
    await r.key("ctrl+u")
    await r.line("500")
    await r.key("enter")
    await r.type("Simpanan pokok koperasi")
    await r.key("tab", "tab")
    await r.line("25.000")


def summary(ws: Workshop) -> dict[str, object]:
    """What the script builds, by part, in names rather than ids."""
    name = {p.id: p.name for p in ws.participants}
    group = ws.groups[0] if ws.groups else None
    plan = group.capital if group else None
    titles = {s.id: s.title for s in group.steps} if group else {}
    return {
        "info": (ws.info.title, ws.info.place.village, ws.info.date),
        "people": [(p.name, p.sex, p.rt, p.household_head) for p in ws.participants],
        "problems": [p.title for p in ws.problems],
        "ballots": len(ws.voting.dots.ballots),
        "priority": next((p.title for p in ws.problems if p.id == ws.voting.priority_id), None),
        "reasons": ws.voting.reasons,
        "skills": {s.name: sorted(name[h] for h in s.holder_ids) for s in ws.skills},
        "institutions": [(i.name, i.importance, i.closeness) for i in ws.institutions],
        "resources": [r.name for r in ws.resources],
        "needs": [n.text for n in ws.needs],
        "ideas": [(i.name, len(i.skill_ids)) for i in ws.ideas],
        "groups": [(g.name, g.business) for g in ws.groups],
        "members": [name[m] for m in group.member_ids] if group else None,
        "officers": [name.get(o or "") for o in group.officer_ids().values()] if group else None,
        "success": [s.text for s in group.success] if group else None,
        "swot": [
            [i.text for i in items]
            for items in (
                group.swot.strengths,
                group.swot.weaknesses,
                group.swot.opportunities,
                group.swot.threats,
            )
        ]
        if group
        else None,
        "pledges": [(name[p.participant_id], p.kind, p.description, p.value) for p in group.pledges]
        if group
        else None,
        "steps": [
            (
                s.title,
                s.duration,
                s.cost,
                [titles[d] for d in s.depends_on],
                [name[r] for r in s.responsible_ids],
            )
            for s in group.steps
        ]
        if group
        else None,
        "calendar": (group.calendar.start, group.calendar.unit) if group else None,
        "capital": (
            plan.stimulus_per_member,
            plan.compulsory_dues,
            plan.service_fee_percent,
            plan.loan_term_months,
            plan.cash_unit,
            [(d.label, d.amount) for d in plan.deductions],
        )
        if plan
        else None,
    }


def expected() -> dict[str, object]:
    return {
        "info": ("PRA Pemberdayaan Migran", "13 Ilir", dt.date(2003, 4, 5)),
        "people": list(PEOPLE),
        "problems": list(PROBLEMS),
        "ballots": 4,
        "priority": PROBLEMS[0],
        "reasons": ("Tanpa modal tidak ada usaha",),
        "skills": {
            "Berdagang": ["Masitoh", "Rohani"],
            "Membuat kue": ["Rohani", "Rusmini", "Yusnaini"],
        },
        "institutions": [("Yayasan Bina Vitalis", 5, 4)],
        "resources": ["Pasar 16 Ilir"],
        "needs": ["Modal usaha"],
        "ideas": [("Dagang kue", 2), ("Warung sembako", 0)],
        "groups": [("Kelompok Sedap Malam", "Dagang kue")],
        "members": [p[0] for p in PEOPLE],
        "officers": ["Rohani", "Yusnaini", "Masitoh"],
        "success": ["Menabung", "Kue laku setiap hari"],
        "swot": [["Anggota rajin"], [], ["Pasar 16 Ilir dekat"], ["Harga tepung naik"]],
        "pledges": list(PLEDGES),
        "steps": STEP_LINKS,
        "calendar": (dt.date(2003, 9, 1), "week"),
        "capital": (500000, 5000, Decimal(1), 12, 500, [("Simpanan pokok koperasi", 25000)]),
    }


def check(path: Path) -> None:
    """The file holds the workshop the script meant to build; else say which parts differ."""
    from pra import store

    got, want = summary(store.load(path)), expected()
    wrong = [
        f"  {part}: built {got[part]!r}\n    meant {want[part]!r}"
        for part in want
        if got[part] != want[part]
    ]
    if wrong:
        raise SystemExit("the replay did not build the workshop:\n" + "\n".join(wrong))


async def replay(path: Path) -> Replay:
    from pra import i18n, store
    from pra.model import Workshop
    from pra.tui.app import PraApp
    from pra.tui.session import Session, store_save

    i18n.set_language("id")
    store.save(Workshop(id="ws-keys"), path)
    session = Session(store.load(path), path, saver=store_save, debounce=0)
    app = PraApp(session)
    async with app.run_test(size=(120, 40)) as pilot:
        from pra.model import PraStep
        from tests.tui.pilot import wait_for_step

        await wait_for_step(pilot, PraStep.PREPARATION)
        counter = Replay(pilot)
        await build_workshop(counter)
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("ctrl+q")  # leaving is not counted: it is the same everywhere
    session.flush()
    return counter


def main() -> None:
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "palembang.json"
        counted = asyncio.run(replay(path))
        check(path)
    seconds = time.perf_counter() - started
    now = Figures(counted.command, counted.typed)
    print(f"keys for the Palembang subset (checked; replayed in {seconds:.0f} s):")
    print(
        f"  main    command/navigation keys {MAIN_FIGURES.command:4}, typed {MAIN_FIGURES.typed:4}"
    )
    print(f"  now     command/navigation keys {now.command:4}, typed {now.typed:4}")
    if MAIN_FIGURES.command:
        fewer = 1 - now.command / MAIN_FIGURES.command
        print(f"  {fewer:.0%} fewer command/navigation keys than main (aim: at least 33%)")


if __name__ == "__main__":
    main()
