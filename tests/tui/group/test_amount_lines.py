"""Amounts written the short way (``1,5jt``, ``300rb``) and a step's people in one line (issue #12).

The follow-up read ``50rb`` and ``1,5jt`` but nothing else did: a pledge
``Masitoh: uang 1,5jt`` was saved with no value, ``300rb`` was refused as a loan,
and the step line below became a step titled with the whole line, 1 week, Rp 0
and nobody (the decimal comma and the second person broke it).
"""

from __future__ import annotations

from pra.model import PraStep
from tests.tui.conftest import SIZE
from tests.tui.group.conftest import SEDAP, group_app
from tests.tui.pilot import keys, wait_for_focus, wait_until

LINE = "Membeli kulkas bekas untuk kue basah, 2 minggu, 1,5jt, setelah 3, oleh Masitoh, Aisyah"


def _id_of(app, name: str) -> str:  # type: ignore[no-untyped-def]
    return next(p.id for p in app.session.workshop.participants if p.name == name)


async def test_a_step_line_with_a_decimal_amount_and_two_people() -> None:
    app = group_app(PraStep.STEPS)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_focus(
            pilot, lambda w: w is not None and w.id == "step-form-title", what="the step line"
        )
        before = app.session.workshop.group(SEDAP).steps  # type: ignore[union-attr]
        await keys(pilot, LINE, "enter")
        await wait_until(
            pilot,
            lambda: len(app.session.workshop.group(SEDAP).steps) == len(before) + 1,  # type: ignore[union-attr]
            what="the step added",
        )
        new = app.session.workshop.group(SEDAP).steps[-1]  # type: ignore[union-attr]
        assert (new.title, new.duration, new.cost) == (
            "Membeli kulkas bekas untuk kue basah",
            2,
            1_500_000,
        )
        assert new.depends_on == (before[2].id,)
        assert new.responsible_ids == (_id_of(app, "Masitoh"), _id_of(app, "Aisyah"))


async def test_a_part_not_understood_is_refused_not_put_in_the_title() -> None:
    app = group_app(PraStep.STEPS)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_focus(
            pilot, lambda w: w is not None and w.id == "step-form-title", what="the step line"
        )
        before = app.session.workshop
        await keys(pilot, "Membeli kulkas, 2 minggu, 1.500.000, Aisyah", "enter")
        await wait_until(pilot, lambda: app.session.last_error is not None, what="the refusal")
        assert app.session.last_error == (
            'Bagian "Aisyah" tidak dimengerti. Tulis mis.: Membeli kulkas, 2 minggu, 1,5jt,'
            " setelah 3, oleh Masitoh dan Aisyah."
        )
        assert app.session.workshop == before


async def test_a_pledge_of_one_and_a_half_million_written_1_5jt() -> None:
    app = group_app(PraStep.PLEDGES)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_focus(
            pilot, lambda w: w is not None and w.id == "pledge-line", what="the pledge line"
        )
        before = app.session.workshop.group(SEDAP).pledges  # type: ignore[union-attr]
        await keys(pilot, "Masitoh: uang 1,5jt", "enter")
        await wait_until(
            pilot,
            lambda: len(app.session.workshop.group(SEDAP).pledges) == len(before) + 1,  # type: ignore[union-attr]
            what="the pledge added",
        )
        new = app.session.workshop.group(SEDAP).pledges[-1]  # type: ignore[union-attr]
        assert (new.participant_id, new.kind, new.value) == (
            _id_of(app, "Masitoh"),
            "money",
            1_500_000,
        )


async def test_a_loan_per_member_written_300rb() -> None:
    app = group_app(PraStep.CAPITAL)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_focus(
            pilot, lambda w: w is not None and w.id == "cap-stimulus_per_member", what="the loan"
        )
        await keys(pilot, "ctrl+u", "300rb", "enter")
        await wait_until(
            pilot,
            lambda: app.session.workshop.group(SEDAP).capital.stimulus_per_member == 300_000,  # type: ignore[union-attr]
            what="Rp 300.000 kept",
        )
