"""Kebutuhan dan usaha › Kelompok: Enter on a member says what it did (issue #12, finding 3).

Enter on a member of the last group took her out of every group, and her office
(ketua, bendahara) with it, without a word. An officer is never taken out of every
group by Enter (she goes round the groups); every move is said, with what went with
it and the key that undoes it.
"""

from __future__ import annotations

import pytest
from textual.widgets import DataTable, TabbedContent

from pra import i18n
from pra.model import PraStep
from pra.tui.app import PraApp
from pra.tui.widgets.table import current_key
from tests.tui.conftest import make_session, palembang
from tests.tui.pilot import keys, record_notices, wait_for_step, wait_until

SIZE = (100, 30)
SEDAP, JAYA = "g-sedap-malam", "g-jaya-bersama"


@pytest.fixture(autouse=True)
def indonesian() -> None:
    i18n.set_language("id")


async def _on_member(pilot, app: PraApp, pid: str) -> DataTable:  # type: ignore[no-untyped-def]
    await wait_for_step(pilot, PraStep.IDEAS)
    tabs = app.screen.query_one(TabbedContent)
    for _ in range(4):
        if tabs.active == "tab-groups":
            break
        await keys(pilot, "f6")
    table = app.screen.query_one("#member-table", DataTable)
    for _ in range(12):
        if app.screen.focused is table:
            break
        await keys(pilot, "tab")
    assert app.screen.focused is table
    for _ in range(30):
        if current_key(table) == pid:
            break
        await keys(pilot, "down")
    assert current_key(table) == pid
    return table


async def test_enter_on_the_chair_of_the_last_group_keeps_her_in_a_group_and_says_so(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app = PraApp(make_session(palembang()), step=PraStep.IDEAS)
    last = app.session.workshop.groups[-1]
    chair = last.chair_id
    assert chair is not None
    first = app.session.workshop.groups[0]
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await _on_member(pilot, app, chair)
        said = record_notices(monkeypatch, app)
        await keys(pilot, "enter")
        await wait_until(pilot, lambda: bool(said), what="a notice")
        ws = app.session.workshop
        assert chair in ws.group(first.id).member_ids  # type: ignore[union-attr]
        name = ws.participant(chair).name  # type: ignore[union-attr]
        assert name in said[-1] and first.name in said[-1]
        assert "ketua" in said[-1] and last.name in said[-1]
        assert "^z membatalkan" in said[-1]


async def test_enter_on_a_plain_member_of_the_last_group_says_she_is_in_none(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app = PraApp(make_session(palembang()), step=PraStep.IDEAS)
    last = app.session.workshop.groups[-1]
    officers = set(last.officer_ids().values())
    plain = next(m for m in last.member_ids if m not in officers)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await _on_member(pilot, app, plain)
        said = record_notices(monkeypatch, app)
        await keys(pilot, "enter")
        await wait_until(pilot, lambda: bool(said), what="a notice")
        ws = app.session.workshop
        assert all(plain not in g.member_ids for g in ws.groups)
        name = ws.participant(plain).name  # type: ignore[union-attr]
        assert name in said[-1] and "tanpa kelompok" in said[-1]
        assert "^z membatalkan" in said[-1]


async def test_enter_round_brings_the_chair_home_with_all_he_left_and_ctrl_z_undoes_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Rev14: the toast promised an officer never leaves every group, but the 2nd Enter
    brought him home without his office, pledge and steps, and the 3rd made him groupless."""
    ws0 = palembang()
    app = PraApp(make_session(ws0), step=PraStep.IDEAS)
    home = ws0.groups[-1]
    chair = home.chair_id
    assert chair is not None and len(ws0.groups) == 2
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await _on_member(pilot, app, chair)
        said = record_notices(monkeypatch, app)
        await keys(pilot, "enter")
        await wait_until(pilot, lambda: len(said) == 1, what="the first notice")
        assert f"Enter berikutnya: kembali ke {home.name}" in said[-1]
        await keys(pilot, "enter")
        await wait_until(pilot, lambda: len(said) == 2, what="the second notice")
        assert app.session.workshop == ws0  # office, pledges, steps given back
        assert "kembali ke" in said[-1] and "Kembali: ketua" in said[-1]
        await keys(pilot, "enter")  # an officer again: round the groups, never in none
        await wait_until(pilot, lambda: len(said) == 3, what="the third notice")
        ws = app.session.workshop
        assert any(chair in g.member_ids for g in ws.groups)
        await keys(pilot, "ctrl+z", "ctrl+z", "ctrl+z")
        await wait_until(pilot, lambda: app.session.workshop == ws0, what="undone")


async def test_the_toast_says_only_what_the_next_enter_does(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """rev15-facil: with two groups, a plain member of the first going round (first → second
    → none → first) heard "Kembali ke <first> dengan Enter" when the next Enter went to none."""
    ws0 = palembang()
    app = PraApp(make_session(ws0), step=PraStep.IDEAS)
    first, _second = ws0.groups
    officers = set(first.officer_ids().values())
    plain = next(
        m
        for m in first.member_ids
        if m not in officers and any(p.participant_id == m for p in first.pledges)
    )
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await _on_member(pilot, app, plain)
        said = record_notices(monkeypatch, app)
        await keys(pilot, "enter")
        await wait_until(pilot, lambda: len(said) == 1, what="the first notice")
        assert "Enter berikutnya: tanpa kelompok" in said[-1]
        assert first.name not in said[-1]
        await keys(pilot, "enter")
        await wait_until(pilot, lambda: len(said) == 2, what="the second notice")
        assert f"Enter berikutnya: kembali ke {first.name}" in said[-1]
        await keys(pilot, "enter")
        await wait_until(pilot, lambda: len(said) == 3, what="the third notice")
        assert "Kembali: 1 janji hati" in said[-1]
        assert app.session.workshop == ws0


def test_the_toast_names_what_did_not_come_back_and_why() -> None:
    """rev15-facil: an officer whose seat was taken meanwhile hears who holds it now."""
    from pra.edit import groups as gr
    from pra.tui import removal

    ws = palembang()
    home = ws.groups[-1]
    chair, secretary = home.chair_id, home.secretary_id
    assert chair is not None and secretary is not None
    away = gr.assign_member(ws, chair, ws.groups[0].id)
    away = gr.set_officer(away, home.id, "chair", secretary)
    back = gr.rejoin(away, chair, home)
    assert back is not None
    came, lost = removal.rejoined(back.workshop, back, home)
    holder = ws.participant(secretary).name  # type: ignore[union-attr]
    assert lost == [f"ketua {home.name} ({holder} kini ketua)"]
    assert "1 janji hati" in came
