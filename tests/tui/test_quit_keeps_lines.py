"""Ctrl+Q keeps a line typed and not entered, on the step shown and on a step left (issue #12).

An entry line (a participant, a problem …) adds its text on Enter. A facilitator
who typed ``Ani Lestari, P, 02`` on Peserta, went on with F8 and quit found no
Ani; ``Banjir tiap tahun`` typed on Masalah and Ctrl+Q was lost too.
"""

from __future__ import annotations

import pytest
from textual.widgets import Input

from pra import i18n
from pra.model import PraStep, Workshop
from pra.tui.app import PraApp
from tests.tui.conftest import MemorySaver, make_session, palembang
from tests.tui.pilot import keys, wait_for_focus, wait_for_step

SIZE = (100, 30)


@pytest.fixture(autouse=True)
def indonesian() -> None:
    i18n.set_language("id")


def _by_id(widget_id: str):  # type: ignore[no-untyped-def]
    return lambda w: isinstance(w, Input) and w.id == widget_id


async def _quit_and_read(step: PraStep, *typed: str) -> Workshop:
    """Open ``step``, press ``typed``, then Ctrl+Q; the workshop saved once the app has closed."""
    saver = MemorySaver()
    session = make_session(palembang(), saver=saver)
    app = PraApp(session, step=step)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, step)
        await keys(pilot, *typed)
        await keys(pilot, "ctrl+q")
    session.flush()  # what the CLI does once the app has closed
    assert saver.saved, "the workshop was saved"
    return saver.saved[-1]


async def test_a_participant_typed_then_f8_then_ctrl_q_is_kept() -> None:
    # the line waits on Peserta while Masalah is shown
    saved = await _quit_and_read(PraStep.PARTICIPANTS, "Ani Lestari, P, 02", "f8")
    ani = [p for p in saved.participants if p.name == "Ani Lestari"]
    assert len(ani) == 1 and ani[0].rt == "02"


async def test_a_problem_typed_then_ctrl_q_is_kept() -> None:
    saved = await _quit_and_read(PraStep.PROBLEMS, "Banjir tiap tahun")
    assert [p.title for p in saved.problems][-1] == "Banjir tiap tahun"


async def test_a_line_typed_on_a_step_left_is_still_there_on_coming_back() -> None:
    app = PraApp(make_session(palembang()), step=PraStep.PARTICIPANTS)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.PARTICIPANTS)
        await keys(pilot, "Ani Lestari, P, 02", "f8")
        await wait_for_step(pilot, PraStep.PROBLEMS)
        await keys(pilot, "f7")
        field = await wait_for_focus(pilot, _by_id("people-name"), what="the name line")
        assert isinstance(field, Input) and field.value == "Ani Lestari, P, 02"
