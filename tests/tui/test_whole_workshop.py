"""A whole workshop by keyboard only, from an empty file to a finished group.

Preparation → participants and attendance → problems, the dot rules, dot
votes (a dot over the cap and one over the allowance refused on screen), a
pairwise round with one undo, revealed results, the priority and a reason →
potentials → needs, ideas with the skills they need, criteria and the scoring
matrix → one group with its members and officers → the group's success
circle, SWOT, pledges, steps, calendar and fund → the review. Every change
goes through the real store into a temporary folder; after closing, the file
is read back and every part is checked.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Static

from pra import i18n, store
from pra.edit import ideas, potentials
from pra.errors import PraError
from pra.model import PraStep, Workshop
from pra.tui.app import PraApp
from pra.tui.review import review_findings
from pra.tui.screen import WorkshopScreen
from pra.tui.session import Session, store_save
from tests.tui.conftest import FROZEN, SIZE
from tests.tui.pilot import keys, wait_for_step

NAMES = ("Ani", "Budi", "Citra", "Dewi", "Eka", "Fajar", "Gita")
PROBLEMS = ("Harga pupuk mahal", "Jalan desa rusak", "Tidak ada modal usaha")


def screen_of(app: PraApp) -> WorkshopScreen:
    screen = app.screen
    assert isinstance(screen, WorkshopScreen)
    return screen


def focused_id(app: PraApp) -> str | None:
    return app.focused.id if app.focused is not None else None


def shown(app: PraApp, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


async def next_step(pilot: Pilot[None], app: PraApp, step: PraStep) -> None:
    await keys(pilot, "f8")
    await wait_for_step(pilot, step)


def pair_key(question: str, preference: tuple[str, ...]) -> str:
    """``left`` (A) or ``right`` (B): the side of the "A atau B?" question ``preference`` ranks higher."""
    asked = sorted((t for t in preference if t in question), key=question.index)
    assert len(asked) == 2, question
    best = min(asked, key=preference.index)
    return "left" if best == asked[0] else "right"


async def type_line(pilot: Pilot[None], text: str) -> None:
    await keys(pilot, text, "enter")


async def test_a_whole_workshop_by_keys_is_saved(tmp_path: Path) -> None:
    i18n.set_language("id")
    path = tmp_path / "lokakarya.json"
    store.save(Workshop(id="ws-e2e"), path)
    session = Session(store.load(path), path, saver=store_save, clock=lambda: FROZEN, debounce=0)
    app = PraApp(session)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.PREPARATION)
        # -- preparation: title, (province, city, district empty), kelurahan, (RW, RT), date
        assert focused_id(app) == "f-title", focused_id(app)
        await type_line(pilot, "Lokakarya Sukamaju")
        await keys(pilot, "enter", "enter", "enter")
        await type_line(pilot, "Sukamaju")
        await keys(pilot, "enter", "enter")
        await type_line(pilot, "12-10-2025")
        await keys(pilot, "enter")  # venue
        await type_line(pilot, "Sri, Tono")
        await pilot.pause()
        assert "Lokakarya Sukamaju" in shown(app, "#title-bar")

        # -- participants: fast entry (one with an RT after a comma), Gita stays away
        await next_step(pilot, app, PraStep.PARTICIPANTS)
        assert focused_id(app) == "people-name"
        for name in NAMES:
            await type_line(pilot, f"{name}, 03" if name == "Ani" else name)
        await keys(pilot, "tab", "end", "ctrl+t")
        await pilot.pause()
        ws = session.workshop
        assert [p.name for p in ws.participants] == list(NAMES)
        assert [p.present for p in ws.participants] == [True] * 6 + [False]

        # -- problems
        await next_step(pilot, app, PraStep.PROBLEMS)
        assert focused_id(app) == "problem-title"
        for title in PROBLEMS:
            await type_line(pilot, title)
        await pilot.pause()
        assert [p.title for p in session.workshop.problems] == list(PROBLEMS)

        # -- dot voting: results hidden first; four of the six present people vote
        await keys(pilot, "f6")
        await pilot.pause()
        assert focused_id(app) == "vote-table"
        await keys(pilot, "ctrl+g")
        await pilot.pause()
        assert session.workshop.voting.results_hidden
        # the rules: 3 dots each (Ctrl+↑ up to 4, Ctrl+↓ back down), at most 2 on one problem
        await keys(pilot, "ctrl+up", "ctrl+down", "ctrl+l", "ctrl+l")
        assert "3 titik per orang" in shown(app, "#vote-settings")
        assert "batas per masalah: 2" in shown(app, "#vote-settings")
        # Ani: a third dot on the first problem is refused (the cap), so one on the second,
        # and then a fourth dot is refused (all used); the cursor starts on the problem added last
        await keys(pilot, "up", "up", "enter", "enter")
        assert shown(app, "#vote-message").strip() == ""
        await keys(pilot, "enter")
        refusal = shown(app, "#vote-message")
        assert "Ani" in refusal and "batas per masalah" in refusal, refusal
        await keys(pilot, "down", "enter")
        assert shown(app, "#vote-message").strip() == ""
        await keys(pilot, "enter")
        refusal = shown(app, "#vote-message")
        assert "Ani" in refusal and "semua 3 titik" in refusal, refusal
        # Budi: two on the third, one on the second; Citra: one on the second, two on the
        # first; Dewi: one on each
        await keys(pilot, "ctrl+right", "down", "enter", "enter", "up", "enter")
        await keys(pilot, "ctrl+right", "enter", "up", "enter", "enter")
        await keys(pilot, "ctrl+right", "enter", "down", "enter", "down", "enter")
        voter_line = shown(app, "#vote-voter")
        assert "Dewi" in voter_line and "4 dari 6 orang" in voter_line, voter_line

        # -- pairwise: a full round of three pairs, the first answer undone and given again
        preference = (PROBLEMS[2], PROBLEMS[0], PROBLEMS[1])
        await keys(pilot, "ctrl+o")
        await pilot.pause()
        assert session.workshop.voting.method == "pairwise"
        assert focused_id(app) == "vote-pair"
        right_answer = pair_key(shown(app, "#vote-pair"), preference)
        wrong = "right" if right_answer == "left" else "left"
        await keys(pilot, wrong)
        await pilot.pause()
        assert "1 dari 3" in shown(app, "#vote-pair")
        await keys(pilot, "backspace")
        await pilot.pause()
        assert "0 dari 3" in shown(app, "#vote-pair")
        for _ in range(3):
            await keys(pilot, pair_key(shown(app, "#vote-pair"), preference))
            await pilot.pause()
        assert "3 dari 3" in shown(app, "#vote-pair")

        # -- reveal the ranking, mark the top problem as the priority, give a reason
        # F9 opens the results with the focus in the reasons field; Ctrl+R marks the
        # highlighted row of the ranking (Shift+Tab goes up to it), Tab goes back down
        await keys(pilot, "f9")
        await pilot.pause()
        assert not session.workshop.voting.results_hidden
        assert focused_id(app) == "reason"
        await keys(pilot, "shift+tab")
        assert focused_id(app) == "results-table"
        await keys(pilot, "ctrl+r", "tab")
        assert focused_id(app) == "reason"
        assert session.workshop.voting.priority_id == session.workshop.problems[2].id
        await type_line(pilot, "Tanpa modal tidak ada usaha")
        await pilot.pause()

        # -- potentials: two skills with their holders, an institution, a resource
        await next_step(pilot, app, PraStep.POTENTIALS)
        assert focused_id(app) == "skill-name"
        await type_line(pilot, "Menjahit")
        await type_line(pilot, "Memasak")
        await keys(pilot, "tab", "tab")
        await pilot.pause()
        assert focused_id(app) == "holders"
        # Memasak (the new skill is highlighted): Ani and Citra; then Menjahit: Dewi
        await keys(pilot, "enter", "down", "down", "enter")
        await keys(pilot, "shift+tab", "up", "tab", "down", "enter")
        await pilot.pause()
        await keys(pilot, "f6")
        await pilot.pause()
        assert focused_id(app) == "institution-name"
        await type_line(pilot, "Koperasi Sejahtera")
        await keys(pilot, "tab", "ctrl+up", "ctrl+up", "ctrl+right")
        await keys(pilot, "f6")
        await pilot.pause()
        assert focused_id(app) == "resource-name"
        await type_line(pilot, "Pasar kecamatan")
        await keys(pilot, "tab", "ctrl+k")
        await pilot.pause()

        # -- needs and ideas: a need, two ideas, two criteria (the second weighs double)
        await next_step(pilot, app, PraStep.IDEAS)
        assert focused_id(app) == "need-text"
        await type_line(pilot, "Modal bersama untuk usaha")
        await keys(pilot, "f6")
        await pilot.pause()
        assert focused_id(app) == "idea-name"
        await type_line(pilot, "Warung sembako")
        await type_line(pilot, "Kue basah")
        # Warung sembako (highlighted again with ↑) needs Memasak, ticked in the list below it;
        # Tab goes business line → criteria line → business list → criteria list → skills
        await keys(pilot, "tab", "tab", "up", "tab", "tab")
        assert focused_id(app) == "idea-skills"
        assert "Warung sembako" in shown(app, "#idea-skills-title")
        await keys(pilot, "down", "enter", "tab", "tab")
        assert focused_id(app) == "criterion-name"
        await type_line(pilot, "Modal kecil")
        await type_line(pilot, "Pembeli banyak")
        await keys(pilot, "tab", "tab")
        assert focused_id(app) == "criterion-table"
        await keys(pilot, "ctrl+w")
        # the matrix: Warung sembako 4 and 5, Kue basah 2 and 3
        await keys(pilot, "f6")
        await pilot.pause()
        assert focused_id(app) == "matrix"
        # (the cursor opens on the first score cell, never on the business's name: #12)
        await keys(pilot, "up", *["enter"] * 4, "right", *["enter"] * 5)
        await keys(pilot, "down", *["enter"] * 3, "left", *["enter"] * 2)
        await pilot.pause()
        assert "1. Warung sembako" in shown(app, "#matrix-ranking")

        # -- one group (no business yet: the room chooses it in step 6, the idea highlighted
        # here was given to every new group, rev13c/rev15); six members; chair, secretary,
        # treasurer
        await keys(pilot, "f6")
        await pilot.pause()
        assert focused_id(app) == "group-name"
        # the suggestion now weighs Warung sembako (it names the skills it needs)
        suggestion = shown(app, "#suggestion")
        assert "Warung sembako" in suggestion
        assert i18n.t("plan.grouping.no_skills", idea="Warung sembako") not in suggestion
        assert i18n.t("plan.grouping.no_skills", idea="Kue basah") in suggestion
        await type_line(pilot, "Kelompok Maju")
        made = app.session.workshop.groups[-1]  # type: ignore[union-attr]
        assert (made.name, made.business, made.idea_id) == ("Kelompok Maju", "", None)
        assert "1. Kelompok Maju — belum punya usaha (dipilih di langkah 6" in shown(
            app, "#group-summary"
        )
        await keys(pilot, "tab")
        assert focused_id(app) == "member-table"
        for _ in range(6):
            await keys(pilot, "enter", "down")
        await keys(pilot, *["up"] * 6, "ctrl+k", "down", "ctrl+e", "down", "ctrl+r")
        await pilot.pause()

        # -- the group's success circle (the group formed above is the current group)
        await next_step(pilot, app, PraStep.SUCCESS)
        assert "Kelompok Maju" in shown(app, "#title-bar")
        assert focused_id(app) == "success-form-text"
        await keys(pilot, "Warung buka setiap hari", "tab", "Buka 6 hari seminggu", "enter")
        # its business, chosen here by the idea's number, as the empty field says
        business = app.screen.query_one("#group-business", Input)
        assert business.value == "" and "1–2" in business.placeholder
        business.focus()
        await pilot.pause()
        await keys(pilot, "1", "enter")
        await pilot.pause()

        # -- SWOT: a strength, then Tab box by box to the threats (not through W's mitigation
        # line: W's first line is empty), Shift+Tab back to opportunities
        await next_step(pilot, app, PraStep.SWOT)
        await keys(pilot, "Anggota rajin", "enter", "tab", "tab", "tab", "Harga naik", "enter")
        await keys(pilot, "shift+tab", "Pasar dekat", "enter")

        # -- pledges: Ani gives money, in one line
        await next_step(pilot, app, PraStep.PLEDGES)
        await keys(pilot, "Ani: uang Uang tunai 50.000", "enter")

        # -- steps: the second waits for the first; Budi is responsible for it
        await next_step(pilot, app, PraStep.STEPS)
        await keys(pilot, "Belanja barang", "tab", "1", "tab", "1.000.000", "enter")
        await keys(pilot, "Buka warung", "tab", "2", "enter")
        await keys(pilot, *["tab"] * 7)
        assert focused_id(app) == "step-people"
        await keys(pilot, "down", "enter", "tab", "enter")

        # -- calendar: a start date, weeks instead of months
        await next_step(pilot, app, PraStep.CALENDAR)
        await keys(pilot, "f6")
        assert focused_id(app) == "cal-start"
        await keys(pilot, "1-11-2025", "enter")
        assert focused_id(app) == "blackout-form-label"
        await keys(pilot, "tab", "tab", "tab", "ctrl+t")

        # -- capital: stimulus, dues, fee, term, then a deduction
        await next_step(pilot, app, PraStep.CAPITAL)
        assert focused_id(app) == "cap-stimulus_per_member"
        for value in ("500.000", "5.000", "1", "10"):
            await keys(pilot, "ctrl+u", value, "enter")
        # Enter keeps the empty repayment day (the hand-over's), the cash unit (Rp 500) and the
        # empty voluntary-savings rule
        await keys(pilot, "enter", "enter", "enter", "Cadangan", "tab", "tab", "10%", "enter")

        # -- business analysis: left for the group to fill in after the workshop
        await next_step(pilot, app, PraStep.ANALYSIS)

        # -- review: the one thing missing links to the steps, is fixed there, and is gone
        await next_step(pilot, app, PraStep.REVIEW)
        assert focused_id(app) == "review-list"
        # what blocks printing is listed first (the fund's grant, s13-wall); then the step
        first, second, _ = review_findings(session.workshop)
        assert first.blocking and "Belanja barang" in second.message
        await keys(pilot, "down", "enter")
        assert screen_of(app).current is PraStep.STEPS
        await keys(pilot, *["tab"] * 5, "up")
        assert focused_id(app) == "step-table"
        await keys(pilot, "tab", "tab", "up", "enter")
        await keys(pilot, "f8", "f8", "f8", "f8")
        assert screen_of(app).current is PraStep.REVIEW
        # what is left: the grant that starts the fund (the script types the fund's rules,
        # not its source) and the business analysis, both for after the workshop
        group_name = session.workshop.groups[0].name
        money, analysis = (f.message for f in review_findings(session.workshop))
        assert money.startswith(
            f"{group_name}, rencana modal: Putaran pertama butuh Rp\u00a03.000.000"
        )
        assert analysis == i18n.t("tui.review.no_analysis", group=group_name)
        assert shown(app, "#review-head") == i18n.t(
            "tui.review.view.head_blocked", blocking=1, reminders=1
        )

        await app.workers.wait_for_complete()
        await pilot.pause()
        assert session.save_error is None
        last = session.workshop
        await keys(pilot, "ctrl+q")
    session.flush()
    saved = store.load(path)
    assert saved == last

    # preparation and people
    assert saved.info.title == "Lokakarya Sukamaju"
    assert saved.info.place.village == "Sukamaju"
    assert saved.info.date == dt.date(2025, 10, 12)
    assert saved.info.facilitators == ("Sri", "Tono")
    people = {p.name: p for p in saved.participants}
    assert list(people) == list(NAMES)
    assert people["Ani"].rt == "03"
    assert [p.name for p in saved.participants if not p.present] == ["Gita"]
    pid = {name: p.id for name, p in people.items()}

    # problems and the vote
    problem_ids = {p.title: p.id for p in saved.problems}
    assert list(problem_ids) == list(PROBLEMS)
    harga, jalan, modal = (problem_ids[title] for title in PROBLEMS)
    voting = saved.voting
    ballots = {b.participant_id: b.dots for b in voting.dots.ballots}
    assert ballots == {
        pid["Ani"]: {harga: 2, jalan: 1},
        pid["Budi"]: {modal: 2, jalan: 1},
        pid["Citra"]: {jalan: 1, harga: 2},
        pid["Dewi"]: {harga: 1, jalan: 1, modal: 1},
    }
    assert (voting.dots.dots_per_person, voting.dots.cap_per_item) == (3, 2)
    assert voting.method == "pairwise" and not voting.results_hidden
    assert len(voting.pairwise) == 3
    assert {frozenset((c.a, c.b)) for c in voting.pairwise} == {
        frozenset((harga, jalan)),
        frozenset((harga, modal)),
        frozenset((jalan, modal)),
    }
    assert sorted(c.winner for c in voting.pairwise) == sorted([modal, modal, harga])
    assert voting.priority_id == modal
    assert voting.reasons == ("Tanpa modal tidak ada usaha",)

    # potentials
    holders = {s.name: s.holder_ids for s in saved.skills}
    assert holders == {"Menjahit": (pid["Dewi"],), "Memasak": (pid["Ani"], pid["Citra"])}
    [koperasi] = saved.institutions
    # not rated when added: the first Ctrl+↑ / Ctrl+→ rates it at the middle, 3 (s13-forms)
    assert (koperasi.name, koperasi.importance, koperasi.closeness) == ("Koperasi Sejahtera", 4, 3)
    [pasar] = saved.resources
    assert pasar.name == "Pasar kecamatan" and pasar.kind != "other"

    # needs, ideas, criteria, scores
    assert [(n.text, n.problem_ids) for n in saved.needs] == [
        ("Modal bersama untuk usaha", (modal,))
    ]
    criteria = {c.name: c for c in saved.criteria}
    assert [(c.name, c.weight) for c in saved.criteria] == [
        ("Modal kecil", 1),
        ("Pembeli banyak", 2),
    ]
    scores = {i.name: {c.name: i.scores.get(c.id) for c in criteria.values()} for i in saved.ideas}
    assert [(i.name, i.skill_ids) for i in saved.ideas] == [
        ("Warung sembako", (next(s.id for s in saved.skills if s.name == "Memasak"),)),
        ("Kue basah", ()),
    ]
    assert scores == {
        "Warung sembako": {"Modal kecil": 4, "Pembeli banyak": 5},
        "Kue basah": {"Modal kecil": 2, "Pembeli banyak": 3},
    }

    # the group, its members and officers
    [group] = saved.groups
    warung = next(i.id for i in saved.ideas if i.name == "Warung sembako")
    assert (group.name, group.business, group.idea_id) == (
        "Kelompok Maju",
        "Warung sembako",
        warung,
    )
    assert group.member_ids == tuple(pid[n] for n in NAMES[:6])
    assert (group.chair_id, group.secretary_id, group.treasurer_id) == (
        pid["Ani"],
        pid["Budi"],
        pid["Citra"],
    )

    # the group's plan
    assert [(s.text, s.indicator) for s in group.success] == [
        ("Warung buka setiap hari", "Buka 6 hari seminggu")
    ]
    swot = group.swot
    assert [i.text for i in swot.strengths] == ["Anggota rajin"]
    assert [i.text for i in swot.threats] == ["Harga naik"]
    assert [i.text for i in swot.opportunities] == ["Pasar dekat"]
    assert (swot.weaknesses) == ()
    assert [(p.participant_id, p.kind, p.description, p.value) for p in group.pledges] == [
        (pid["Ani"], "money", "Uang tunai", 50000)
    ]
    belanja, buka = group.steps
    assert (belanja.title, belanja.duration, belanja.cost) == ("Belanja barang", 1, 1000000)
    assert (buka.title, buka.duration, buka.depends_on) == ("Buka warung", 2, (belanja.id,))
    assert buka.responsible_ids == (pid["Budi"],)
    assert belanja.responsible_ids == (pid["Ani"],)
    assert (group.calendar.start, group.calendar.unit) == (dt.date(2025, 11, 1), "week")
    plan = group.capital
    assert (plan.stimulus_per_member, plan.compulsory_dues, plan.loan_term_months) == (
        500000,
        5000,
        10,
    )
    assert plan.service_fee_percent == Decimal(1)
    assert [(d.label, d.percent) for d in plan.deductions] == [("Cadangan", Decimal(10))]


def test_an_idea_names_the_skills_it_needs() -> None:
    ws = potentials.add_skill(ideas.add_idea(Workshop(id="ws-skills"), "Warung"), "Memasak")
    idea, skill = ws.ideas[0].id, ws.skills[0].id
    ticked = ideas.toggle_idea_skill(ws, idea, skill)
    assert ticked.ideas[0].skill_ids == (skill,)
    assert ideas.toggle_idea_skill(ticked, idea, skill).ideas[0].skill_ids == ()
    with pytest.raises(PraError):
        ideas.toggle_idea_skill(ws, idea, "sk-none")
