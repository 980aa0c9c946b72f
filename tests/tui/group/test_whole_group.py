"""One group's whole plan by keyboard only, from an empty group to the saved file.

Success circle → SWOT → pledges → steps (with a dependency) → calendar settings
→ capital plan, moving between steps with F8, saving through the real store
into a temporary folder; then the file is read back and checked.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from pra import store
from pra.edit import groups, participants
from pra.model import PraStep, Workshop
from pra.tui.app import PraApp
from pra.tui.session import Session, store_save
from tests.tui.conftest import FROZEN, SIZE
from tests.tui.group.conftest import screen_of
from tests.tui.pilot import keys, wait_for_step


def _fresh() -> Workshop:
    ws = Workshop(id="ws-uji")
    for name in ("Ani", "Budi", "Citra", "Dewi", "Eka"):
        ws = participants.add_participant(ws, name)
    ws = groups.add_group(ws, "Kelompok Uji", business="Warung sayur")
    gid = ws.groups[0].id
    for p in ws.participants:
        ws = groups.assign_member(ws, p.id, gid)
    return ws


async def test_a_whole_group_plan_by_keys_is_saved(tmp_path: Path) -> None:
    path = tmp_path / "uji.json"
    ws = _fresh()
    store.save(ws, path)
    session = Session(ws, path, saver=store_save, clock=lambda: FROZEN, debounce=0)
    app = PraApp(session, step=PraStep.SUCCESS)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.SUCCESS)
        # success circle
        await keys(pilot, "Menabung", "tab", "Rp 5.000 seminggu", "enter")
        # SWOT: S entry, then Tab three times goes box by box to the T entry (W's second
        # line, its risk's mitigation, only while W's first line holds a risk)
        await keys(pilot, "f8")
        await pilot.pause()
        assert screen_of(app).current is PraStep.SWOT
        await keys(pilot, "Rajin", "enter", "tab", "tab", "tab", "Hujan", "enter")
        # pledges: the first member, money, a description and a value
        await keys(pilot, "f8")
        await pilot.pause()
        await keys(pilot, "tab", "tab", "tab", "Uang tunai", "tab", "50.000", "enter")
        # steps: two steps, the second waits for the first and Ani is responsible
        await keys(pilot, "f8")
        await pilot.pause()
        await keys(pilot, "Belajar menanam", "tab", "2", "enter")
        await keys(pilot, "Menjual di pasar", "tab", "tab", "200.000", "enter")
        await keys(pilot, *["tab"] * 7, "enter", "tab", "enter")
        # calendar settings: start, an unavailable period, weeks instead of months
        await keys(pilot, "f8")
        await pilot.pause()
        await keys(pilot, "f6")
        await pilot.pause()
        await keys(pilot, "1-9-2025", "enter")
        await keys(pilot, "Panen", "tab", "15-9-2025", "tab", "21-9-2025", "enter")
        await keys(pilot, "tab", "tab", "tab", "ctrl+t")
        # capital: stimulus, dues, fee, term, then a deduction
        await keys(pilot, "f8")
        await pilot.pause()
        for value in ("500.000", "5.000", "1", "10"):
            await keys(pilot, "ctrl+u", value, "enter")
        # Enter keeps the empty repayment day (the hand-over's), the cash unit (Rp 500) and the
        # empty voluntary-savings rule
        await keys(pilot, "enter", "enter", "enter", "Cadangan", "tab", "tab", "10%", "enter")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert session.save_error is None
        shown = session.workshop
    session.flush()

    saved = store.load(path)
    assert saved == shown
    group = saved.groups[0]
    ani = saved.participants[0].id
    assert [(s.text, s.indicator) for s in group.success] == [("Menabung", "Rp 5.000 seminggu")]
    assert [i.text for i in group.swot.strengths] == ["Rajin"]
    assert [i.text for i in group.swot.threats] == ["Hujan"]
    assert [(p.participant_id, p.kind, p.description, p.value) for p in group.pledges] == [
        (ani, "money", "Uang tunai", 50000)
    ]
    first, second = group.steps
    assert (first.title, first.duration) == ("Belajar menanam", 2)
    assert (second.title, second.cost) == ("Menjual di pasar", 200000)
    assert second.depends_on == (first.id,) and second.responsible_ids == (ani,)
    cal = group.calendar
    assert (cal.start, cal.unit) == (dt.date(2025, 9, 1), "week")  # u: month → week
    assert [(b.label, b.start, b.end) for b in cal.blackouts] == [
        ("Panen", dt.date(2025, 9, 15), dt.date(2025, 9, 21))
    ]
    plan = group.capital
    assert (plan.stimulus_per_member, plan.compulsory_dues, plan.loan_term_months) == (
        500000,
        5000,
        10,
    )
    assert plan.service_fee_percent == Decimal(1)
    assert [(d.label, d.percent) for d in plan.deductions] == [("Cadangan", Decimal(10))]
