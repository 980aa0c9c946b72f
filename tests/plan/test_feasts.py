"""Ramadan and Lebaran move about 11 days earlier every year, and so do the seasons that follow
them (issue 13, item 11: Sedap Malam's Ramadan dip and Lebaran orders came back in November
2004, when Ramadan 1425 H fell mostly in October)."""

from __future__ import annotations

import datetime as dt

import pytest

from pra.edit.analysis import months_text, parse_season_months
from pra.errors import PraError
from pra.model import CapitalPlan, Workshop
from pra.model.business import BusinessAnalysis, Product, Season
from pra.plan.business import analysis_start, business_plan, season_placed
from pra.plan.feasts import (
    FEASTS,
    coming_feast_year,
    feast_month,
    lebaran,
    moved_months,
    ramadan,
)
from pra.resources import example_path


def example(name: str) -> Workshop:
    return Workshop.model_validate_json(example_path(name).read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("hijri", "day"),
    [
        (1424, dt.date(2003, 11, 25)),
        (1425, dt.date(2004, 11, 14)),
        (1446, dt.date(2025, 3, 31)),
        (1447, dt.date(2026, 3, 20)),
    ],
)
def test_known_days_of_lebaran(hijri: int, day: dt.date) -> None:
    assert lebaran(hijri) == day


def test_ramadan_1425_falls_in_october_and_november_2004() -> None:
    assert ramadan(1425) == (dt.date(2004, 10, 15), dt.date(2004, 11, 13))
    # 17 days in October (15–31), 13 in November: the fasting month is October's
    assert feast_month("ramadan", 1425) == (2004, 10)
    assert feast_month("lebaran", 1425) == (2004, 11)
    # 1424: 26 Oct – 24 Nov 2003, 6 days in October, 24 in November
    assert feast_month("ramadan", 1424) == (2003, 11)


def _arithmetic(year: int, month: int, day: int) -> dt.date:
    """The tabular Islamic calendar (30-year cycle, leap years 2, 5, 7, 10, 13, 16, 18, 21,
    24, 26, 29; epoch 16 July 622 Julian), worked out here independently of the table."""
    days = (11 * year + 3) // 30 + 354 * year + 30 * month - (month - 1) // 2 + day + 1948440 - 385
    return dt.date.fromordinal(days - 1721425)


def test_the_table_covers_2000_to_2035_and_agrees_with_the_arithmetic_calendar() -> None:
    years = {d.year for pair in FEASTS.values() for d in pair}
    assert set(range(2000, 2036)) <= {d[1].year for d in FEASTS.values()}
    assert min(years) <= 2000 and max(years) >= 2035
    previous = None
    for hijri, (first, syawal) in sorted(FEASTS.items()):
        assert (syawal - first).days in (29, 30), hijri  # Ramadan has 29 or 30 days
        if previous is not None:
            assert (syawal - previous).days in (354, 355, 356), hijri
        previous = syawal
        # observed dates (moon sighting, Umm al-Qura, the isbat) stay within 2 days of the
        # arithmetic calendar
        assert abs((first - _arithmetic(hijri, 9, 1)).days) <= 2, hijri
        assert abs((syawal - _arithmetic(hijri, 10, 1)).days) <= 2, hijri


def test_outside_the_table_nothing_is_said_to_be_known() -> None:
    assert lebaran(min(FEASTS) - 1) is None and ramadan(max(FEASTS) + 1) is None
    assert feast_month("lebaran", max(FEASTS) + 1) is None
    # a season marked for Lebaran 1460 H (October 2038) in 2040: unknown, the caller keeps
    # the months as marked
    assert moved_months("lebaran", 1460, (10,), 2040, 10) is None
    assert coming_feast_year(dt.date(2040, 1, 1)) is None


def test_a_season_keeps_its_distance_to_the_feast_every_year() -> None:
    # "Baju baru untuk Lebaran", October and November marked for Lebaran 1424 (November
    # 2003): one and zero months before it. Lebaran 1427 fell on 24 October 2006, so the
    # season is September and October there.
    placed = [
        (y, m)
        for y in range(2003, 2008)
        for m in range(1, 13)
        if moved_months("lebaran", 1424, (10, 11), y, m)
    ]
    assert placed == [
        (2003, 10),
        (2003, 11),
        (2004, 10),
        (2004, 11),
        (2005, 10),
        (2005, 11),
        (2006, 9),
        (2006, 10),
        (2007, 9),
        (2007, 10),
    ]


def test_sedap_malam_fasts_in_october_2004_and_bakes_for_lebaran_in_november_2004() -> None:
    ws = example("palembang")
    sedap = ws.groups[0]
    plan = business_plan(sedap, analysis_start(sedap, ws.info.date))
    sales = {m.period.start.replace(day=1): m.sales for m in plan.months if m.period.start}
    # By hand, an ordinary month: bolu 1.500 × Rp 1.000 + maksuba 600 × Rp 1.500 = 2.400.000
    # (the nastar sells 0 outside its season).
    assert sales[dt.date(2004, 9, 1)] == 2_400_000
    # Ramadan 1425 (15 Oct – 13 Nov 2004) is October's: "Puasa Ramadan: siang sepi" 50%:
    # bolu 750 × 1.000 + maksuba 300 × 1.500 = 1.200.000. Before the fix October 2004 was an
    # ordinary month (2.400.000) and the dip came back in November.
    assert sales[dt.date(2004, 10, 1)] == 1_200_000
    # Lebaran 1425 (14 Nov 2004) is November's: the nastar orders, 60 × 35.000 = 2.100.000,
    # beside an ordinary month's cakes, 2.400.000: 4.500.000 (before: 3.300.000, the cakes
    # halved by a Ramadan that had ended).
    assert sales[dt.date(2004, 11, 1)] == 4_500_000
    # 2003 is as the group marked it: November fasting (1.200.000) and nastar (2.100.000)
    assert sales[dt.date(2003, 11, 1)] == 3_300_000
    puasa = next(s for s in sedap.analysis.seasons if s.id == "se-sm-puasa")
    assert season_placed(puasa, plan.months) == (dt.date(2003, 11, 1), dt.date(2004, 10, 1))


def _kiosk(start: dt.date, months: str) -> tuple[Workshop, Season]:
    """A one-group workshop of ``start``, with no money nor steps, whose season is typed as
    ``months``."""
    ws = example("palembang")
    group = ws.groups[0].model_copy(
        update={
            "steps": (),
            "capital": CapitalPlan(),
            "calendar": ws.groups[0].calendar.model_copy(update={"start": start}),
        }
    )
    ws = ws.model_copy(
        update={"groups": (group,), "info": ws.info.model_copy(update={"date": start})}
    )
    fields = parse_season_months(ws, group.id, months)
    season = Season(id="se-x", label="Puasa", percent=50, **fields)
    analysis = BusinessAnalysis(
        products=(Product(id="pr-x", name="Es buah", price=1_000, units_per_month=100),),
        seasons=(season,),
    )
    group = group.model_copy(update={"analysis": analysis})
    return ws.model_copy(update={"groups": (group,)}), season


def test_a_plan_starting_in_2004_fasts_in_october_2004() -> None:
    ws, season = _kiosk(dt.date(2004, 3, 1), "Puasa")
    # the coming Ramadan from March 2004 is 1425's, mostly in October 2004
    assert (season.months, season.follows, season.marked_for) == ((10,), "ramadan", 1425)
    assert months_text(season.months, season.follows) == "10 Ramadan"
    group = ws.groups[0]
    plan = business_plan(group, analysis_start(group, ws.info.date))
    # 100 units × Rp 1.000 = 100.000 a month, 50.000 in the fasting month: of March 2004 –
    # February 2005 only October 2004
    halved = [m.period.start for m in plan.months if m.sales == 50_000]
    assert halved == [dt.date(2004, 10, 1)]
    assert len(plan.months) == 12


def test_months_typed_with_a_feast_move_with_it_and_without_a_date_are_refused() -> None:
    ws = example("palembang")
    fields = parse_season_months(ws, ws.groups[0].id, "Okt Nov ikut Lebaran")
    # the Palembang calendar starts in 2003: the coming Lebaran is 1424's (25 Nov 2003)
    assert fields == {"months": (10, 11), "follows": "lebaran", "marked_for": 1424}
    assert parse_season_months(ws, ws.groups[0].id, "Okt Nov") == {
        "months": (10, 11),
        "follows": None,
        "marked_for": None,
    }
    # nothing dated: no calendar start, no workshop date, no money handed over on a day
    group = ws.groups[0].model_copy(
        update={
            "steps": (),
            "capital": CapitalPlan(),
            "calendar": ws.groups[0].calendar.model_copy(update={"start": None}),
        }
    )
    undated = ws.model_copy(
        update={"groups": (group,), "info": ws.info.model_copy(update={"date": None})}
    )
    with pytest.raises(PraError) as refused:
        parse_season_months(undated, group.id, "Lebaran")
    assert refused.value.key == "edit.analysis.feast_no_date"
    assert parse_season_months(undated, group.id, "10 11")["months"] == (10, 11)


def test_beyond_the_table_the_plan_says_the_season_stays_where_it_was_marked() -> None:
    ws, season = _kiosk(dt.date(2038, 6, 1), "Lebaran")
    # Lebaran 1460 H: 29 October 2038, the last the table knows
    assert (season.months, season.marked_for) == ((10,), 1460)
    group = ws.groups[0]
    plan = business_plan(group, analysis_start(group, ws.info.date))
    said = [n for n in plan.lines if n.key == "plan.business.feasts_unknown"]
    assert [n.text("id") for n in said] == [
        "pra mengenal tanggal Ramadan dan Lebaran dari 9 Desember 1999 sampai 29 Oktober 2038 "
        "saja: di luar itu musim yang ikut Ramadan atau Lebaran tetap pada bulan yang ditandai "
        "kelompok."
    ]
    ws, _ = _kiosk(dt.date(2004, 3, 1), "Lebaran")
    group = ws.groups[0]
    plan = business_plan(group, analysis_start(group, ws.info.date))
    assert not [n for n in plan.lines if n.key == "plan.business.feasts_unknown"]


def test_sedap_malam_weakest_month_is_now_ramadan_1425() -> None:
    """A consequence the lender reads on page one: in October 2004, the fasting month, the
    cakes sell half: sales 1.200.000 − cost of the units (bolu 750 × 600 = 450.000, maksuba
    300 × 850 = 255.000) 705.000 − fixed costs 230.000 = 265.000 ÷ 10 members = 26.500 a
    member, while a borrower pays 28.500 that month: short by 2.000. Before the fix October
    2004 was an ordinary month and the weakest was July 2004 (school holidays), 7.900 left."""
    from pra.plan.business import capacity_note

    ws = example("palembang")
    sedap = ws.groups[0]
    capacity = business_plan(sedap, analysis_start(sedap, ws.info.date)).capacity
    assert capacity.weakest is not None
    assert capacity.weakest.period.start == dt.date(2004, 10, 1)
    assert (capacity.weakest.profit, capacity.weakest.per_member) == (265_000, 26_500)
    assert (capacity.weakest.payment, capacity.weakest.margin) == (28_500, -2_000)
    note = capacity_note(capacity)
    assert note is not None and "Oktober 2004" in note.text("id")
