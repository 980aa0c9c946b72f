"""The calendar by keyboard: start date, unit, limit per person, an unavailable period."""

from __future__ import annotations

import datetime as dt

from textual.widgets import DataTable

from pra.model import PraStep, Workshop
from pra.plan.schedule import workshop_schedule
from pra.tui.steps.group_calendar import people_codes
from tests.tui.conftest import SIZE, palembang
from tests.tui.group.conftest import SEDAP, group_app
from tests.tui.pilot import (
    keys,
    screen_text,
    wait_for_focus,
    wait_for_step,
    wait_for_text,
    wait_until,
)


def test_people_codes_are_unique() -> None:
    ws = palembang()
    group = ws.group(SEDAP)
    assert group is not None
    codes = people_codes(ws, group)
    assert len(set(codes.values())) == len(group.member_ids)
    assert codes[group.member_ids[0]] == "RO"  # Rohani


def test_people_codes_read_the_name_after_its_title() -> None:
    ws = palembang()
    group = ws.group(SEDAP)
    assert group is not None
    first, second = group.member_ids[:2]
    names = {first: "Ibu Ramlah Pohan", second: "Hj. Siti Aminah"}
    people = tuple(
        p.model_copy(update={"name": names[p.id]}) if p.id in names else p for p in ws.participants
    )
    ws = ws.model_copy(update={"participants": people})
    codes = people_codes(ws, group)
    assert (codes[first], codes[second]) == ("RA", "SI")
    assert ws.participant(first).name == "Ibu Ramlah Pohan"  # type: ignore[union-attr]


async def test_calendar_settings_by_keys() -> None:
    app = group_app(PraStep.CALENDAR)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.CALENDAR)
        await keys(pilot, "f6")
        await pilot.pause()
        await keys(pilot, "ctrl+u", "8-9-2003", "enter")
        await keys(pilot, "Panen", "tab", "22-9-2003", "tab", "28-9-2003", "enter")
        await pilot.pause()
        cal = app.session.workshop.group(SEDAP).calendar  # type: ignore[union-attr]
        assert cal.start == dt.date(2003, 9, 8)
        added = cal.blackouts[-1]
        assert (added.label, added.start, added.end) == (
            "Panen",
            dt.date(2003, 9, 22),
            dt.date(2003, 9, 28),
        )
        # from the blackout table: Ctrl+T switches to months, Ctrl+↑ raises the limit per person
        await keys(pilot, "tab", "tab", "tab", "ctrl+t", "ctrl+up")
        await pilot.pause()
        cal = app.session.workshop.group(SEDAP).calendar  # type: ignore[union-attr]
        assert cal.unit == "month" and cal.max_parallel_per_person == 3
        # the grid shows the plan's periods by month, the unavailable one (September) marked ✕
        await keys(pilot, "f5")
        await pilot.pause()
        grid = app.screen.query_one("#cal-grid", DataTable)
        ws: Workshop = app.session.workshop
        schedule = workshop_schedule(ws, ws.group(SEDAP))  # type: ignore[arg-type]
        assert schedule.periods[0].blackout_ids and not schedule.periods[1].blackout_ids
        headers = [str(c.label) for c in grid.columns.values()]
        assert headers[2:4] == ["2003\nSep", "\nOkt"]  # a column per month, one band
        assert len(headers) == 2 + schedule.length
        first_month = [str(grid.get_row_at(r)[2]) for r in range(grid.row_count)]
        assert set(first_month) <= {"✕", "■!■■"} and "✕" in first_month
        assert grid.row_count == len(ws.group(SEDAP).steps)  # type: ignore[union-attr]


async def test_the_calendar_names_the_money_the_schedules_start_from() -> None:
    """#13: Jaya Bersama's calendar had no step handing over the BMM loan its schedules count
    from; under the grid, the hand-overs and first instalments derived from the capital plan,
    each with its day and week."""
    app = group_app(PraStep.CALENDAR)
    async with app.run_test(size=(120, 60)) as pilot:
        await wait_for_step(pilot, PraStep.CALENDAR)
        await keys(pilot, "f3")
        await wait_for_text(pilot, "Kelompok Jaya Bersama")
        text = screen_text(app).replace("\u00a0", " ")
        # each on its line, beside the grid (a long one wraps after the day)
        assert "Dana: pinjaman BMM Rp 3.000.000 diterima kelompok: 1 September 2003," in text
        # the row counts BMM's instalments up to the collecting step's end (review11p 9)
        assert (
            "Dana: angsuran kepada BMM 7 kali, 6 Oktober 2003 – 17 November 2003, Rp 68.500"
            " setiap kali: 6 Oktober 2003, Minggu 6 (6 Okt)"
        ) in " ".join(" ".join(line.split("│")[-1].split()) for line in text.splitlines())


async def test_the_calendar_names_every_round_of_the_fund_and_the_first_payment() -> None:
    """#13 (review10p 5, 7): Sedap Malam's fund goes to Herlina on 6 Oct 2003 (round 2), as its
    schedule "Putaran pinjaman" says, and the members' first payment that day is the schedule's
    Rp 28.500 (with the Rp 5.000 dues), not the Rp 23.500 of principal and fee alone."""
    app = group_app(PraStep.CALENDAR)
    async with app.run_test(size=(120, 60)) as pilot:
        await wait_for_step(pilot, PraStep.CALENDAR)
        await wait_for_text(pilot, "Kelompok Sedap Malam")
        # the step's side of the screen, its wrapped lines joined
        lines = screen_text(app).replace("\u00a0", " ").splitlines()
        text = " ".join(" ".join(line.split("│")[-1].split()) for line in lines)
        assert (
            "Dana: dana bergulir putaran 2 diserahkan kepada Herlina, Rp 225.000: "
            "6 Oktober 2003, Minggu 6 (6 Okt)"
        ) in text
        assert (
            "Dana: angsuran anggota 2 kali, 6 Oktober 2003 – 6 November 2003; angsuran pertama"
            " anggota, Rp 28.500 per anggota (pokok dan jasa Rp 23.500 + iuran Rp 5.000):"
            " 6 Oktober 2003, Minggu 6 (6 Okt)"
        ) in text


async def test_the_money_lines_are_reached_with_tab_at_100x30() -> None:
    """The room: at 100x30 the money lines end below the screen (Sedap Malam's seven, the
    fund's rounds among them) and no key reached them; Tab from the grid focuses them and
    scrolls the tab until the last, Syamsul Bahri's round on 6 Jan 2004, is on the screen."""
    app = group_app(PraStep.CALENDAR)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_step(pilot, PraStep.CALENDAR)
        await wait_for_text(pilot, "Kelompok Sedap Malam")
        last = "putaran 5 diserahkan kepada Syamsul Bahri"
        assert last not in screen_text(app).replace("\u00a0", " ")
        await wait_for_focus(pilot, lambda w: w is not None and w.id == "cal-grid", what="grid")
        await keys(pilot, "tab")
        await wait_for_focus(pilot, lambda w: w is not None and w.id == "cal-money", what="money")
        await keys(pilot, "end")
        await wait_until(
            pilot, lambda: last in screen_text(app).replace("\u00a0", " "), what="the last round"
        )


async def test_an_undated_calendar_names_its_money_on_the_assumed_hand_over() -> None:
    """review11p finding 7: the undated Jaya Bersama calendar had no money line; now it has the
    dated plan's lines on the cash flow's assumption, and says it is one: 29 Sep 2003, the first
    day of the calendar anchored on its fixed step (#13 item 4; "Pertemuan mingguan" keeps its
    6 Oct, a week after step 3)."""
    from tests.export.test_undated_plan import undated_palembang

    app = group_app(PraStep.CALENDAR, undated_palembang())
    async with app.run_test(size=(120, 60)) as pilot:
        await wait_for_step(pilot, PraStep.CALENDAR)
        await keys(pilot, "f3")
        await wait_for_text(pilot, "Kelompok Jaya Bersama")
        lines = screen_text(app).replace("\u00a0", " ").splitlines()
        text = " ".join(" ".join(line.split("│")[-1].split()) for line in lines)
        assert (
            "Dana menurut rencana modal (bukan langkah); tanggal penyerahan belum ditentukan, jadi"
            " seperti arus kas dianggap 29 September 2003:"
        ) in text
        assert "Dana: pinjaman BMM Rp 3.000.000 diterima kelompok: 29 September 2003" in text
