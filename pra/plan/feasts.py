"""When Ramadan and Lebaran (Idul Fitri, 1 Syawal) fall, year by year, for seasons that move.

The Islamic (Hijri) year is about 11 days shorter than the Gregorian one, so Ramadan and
Lebaran come about 11 days earlier every year: Lebaran 1424 H fell on 25 November 2003,
1425 H on 14 November 2004, 1446 H on 31 March 2025. A season the group marks for the
Lebaran orders (``Season.follows``) must move with it, or a cash flow running from 2003
into 2004 puts the 2004 peak in the wrong month.

:data:`FEASTS` holds, for the Hijri years 1420–1460 (December 1999 – October 2038, every
plan from the examples of 2003 to a workshop held now and its loans), the first day of
Ramadan and the first day of Syawal. Source: the Umm al-Qura calendar (computed with the
``hijridate`` package, 2.6.0, once, to write this table), except where Indonesia's government
(sidang isbat) fixed Idul Fitri a day later: 2002, 2006, 2019, 2023 and 2025 as the
``holidays`` package's Indonesian calendar lists them, and 2011 (31 August, the government's
day that year, not in that list and not checked against a source here). That list gives 21 March 2026 for 1447 H; the table keeps Umm al-Qura's
20 March (Muhammadiyah's day, and the day the issue names). The government's day may differ
by one from the one here for years to come; a season is placed by the month, so that matters
only when the feast falls on a month's first or last day. ``tests/plan/test_feasts.py``
checks the table against known dates and against the arithmetic Islamic calendar computed
independently.

Outside the table (before 1420 H or after 1460 H) no date is known here: :func:`feast_month`
gives ``None`` and a season keeps the months the group marked (``pra.plan.business`` says so
under the cash flow).
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from pra.model.business import Feast

FEASTS: Final[dict[int, tuple[dt.date, dt.date]]] = {
    1420: (dt.date(1999, 12, 9), dt.date(2000, 1, 8)),
    1421: (dt.date(2000, 11, 27), dt.date(2000, 12, 27)),
    1422: (dt.date(2001, 11, 16), dt.date(2001, 12, 16)),
    1423: (dt.date(2002, 11, 6), dt.date(2002, 12, 6)),  # Umm al-Qura: 5 Dec
    1424: (dt.date(2003, 10, 26), dt.date(2003, 11, 25)),
    1425: (dt.date(2004, 10, 15), dt.date(2004, 11, 14)),
    1426: (dt.date(2005, 10, 4), dt.date(2005, 11, 3)),
    1427: (dt.date(2006, 9, 24), dt.date(2006, 10, 24)),  # Umm al-Qura: 23 Oct
    1428: (dt.date(2007, 9, 13), dt.date(2007, 10, 13)),
    1429: (dt.date(2008, 9, 1), dt.date(2008, 10, 1)),
    1430: (dt.date(2009, 8, 22), dt.date(2009, 9, 20)),
    1431: (dt.date(2010, 8, 11), dt.date(2010, 9, 10)),
    1432: (dt.date(2011, 8, 1), dt.date(2011, 8, 31)),  # Umm al-Qura: 30 Aug
    1433: (dt.date(2012, 7, 20), dt.date(2012, 8, 19)),
    1434: (dt.date(2013, 7, 9), dt.date(2013, 8, 8)),
    1435: (dt.date(2014, 6, 28), dt.date(2014, 7, 28)),
    1436: (dt.date(2015, 6, 18), dt.date(2015, 7, 17)),
    1437: (dt.date(2016, 6, 6), dt.date(2016, 7, 6)),
    1438: (dt.date(2017, 5, 27), dt.date(2017, 6, 25)),
    1439: (dt.date(2018, 5, 16), dt.date(2018, 6, 15)),
    1440: (dt.date(2019, 5, 6), dt.date(2019, 6, 5)),  # Umm al-Qura: 4 Jun
    1441: (dt.date(2020, 4, 24), dt.date(2020, 5, 24)),
    1442: (dt.date(2021, 4, 13), dt.date(2021, 5, 13)),
    1443: (dt.date(2022, 4, 2), dt.date(2022, 5, 2)),
    1444: (dt.date(2023, 3, 23), dt.date(2023, 4, 22)),  # Umm al-Qura: 21 Apr
    1445: (dt.date(2024, 3, 11), dt.date(2024, 4, 10)),
    1446: (dt.date(2025, 3, 1), dt.date(2025, 3, 31)),  # Umm al-Qura: 30 Mar
    1447: (dt.date(2026, 2, 18), dt.date(2026, 3, 20)),
    1448: (dt.date(2027, 2, 8), dt.date(2027, 3, 9)),
    1449: (dt.date(2028, 1, 28), dt.date(2028, 2, 26)),
    1450: (dt.date(2029, 1, 16), dt.date(2029, 2, 14)),
    1451: (dt.date(2030, 1, 5), dt.date(2030, 2, 4)),
    1452: (dt.date(2030, 12, 26), dt.date(2031, 1, 24)),
    1453: (dt.date(2031, 12, 15), dt.date(2032, 1, 14)),
    1454: (dt.date(2032, 12, 4), dt.date(2033, 1, 2)),
    1455: (dt.date(2033, 11, 23), dt.date(2033, 12, 23)),
    1456: (dt.date(2034, 11, 12), dt.date(2034, 12, 12)),
    1457: (dt.date(2035, 11, 1), dt.date(2035, 12, 1)),
    1458: (dt.date(2036, 10, 20), dt.date(2036, 11, 19)),
    1459: (dt.date(2037, 10, 10), dt.date(2037, 11, 8)),
    1460: (dt.date(2038, 9, 30), dt.date(2038, 10, 29)),
}
"""Hijri year → (1 Ramadan, 1 Syawal) in Indonesia (see the module docstring)."""

FIRST_YEAR: Final = min(FEASTS)
LAST_YEAR: Final = max(FEASTS)


def ramadan(hijri_year: int) -> tuple[dt.date, dt.date] | None:
    """The first and the last day of Ramadan of ``hijri_year``; ``None`` outside the table."""
    days = FEASTS.get(hijri_year)
    if days is None:
        return None
    return days[0], days[1] - dt.timedelta(days=1)


def lebaran(hijri_year: int) -> dt.date | None:
    """Idul Fitri (1 Syawal) of ``hijri_year``; ``None`` outside the table."""
    days = FEASTS.get(hijri_year)
    return days[1] if days else None


def coming_feast_year(day: dt.date) -> int | None:
    """The Hijri year of the first Lebaran on or after ``day`` (the Ramadan before it is that
    year's too): the feast a group marking its seasons on ``day`` has in mind."""
    return next((y for y in sorted(FEASTS) if FEASTS[y][1] >= day), None)


def feast_month(feast: Feast, hijri_year: int) -> tuple[int, int] | None:
    """``(year, month)`` where ``feast`` of ``hijri_year`` falls: Lebaran's month is that of
    1 Syawal; Ramadan's the month holding most of its days (the earlier on a tie)."""
    if feast == "lebaran":
        day = lebaran(hijri_year)
        return (day.year, day.month) if day else None
    days = ramadan(hijri_year)
    if days is None:
        return None
    first, last = days
    end_of_first = dt.date(first.year, first.month, 1) + dt.timedelta(days=32)
    end_of_first = end_of_first.replace(day=1) - dt.timedelta(days=1)
    if last <= end_of_first or (end_of_first - first).days + 1 >= (last - end_of_first).days:
        return first.year, first.month
    return last.year, last.month


def _index(year: int, month: int) -> int:
    return year * 12 + month - 1


def moved_months(
    feast: Feast, marked_for: int, months: tuple[int, ...], year: int, month: int
) -> bool | None:
    """Whether ``(year, month)`` is in a season the group marked in ``months`` for the
    ``feast`` of Hijri year ``marked_for``, moved with the feast: each month keeps its
    distance to the feast's month (up to six months before it, five after). ``None`` when
    the table does not reach that far: the caller keeps the months as marked."""
    anchor = feast_month(feast, marked_for)
    if anchor is None:
        return None
    offsets = {(m - anchor[1] + 6) % 12 - 6 for m in months}
    here = _index(year, month)
    near = marked_for + round((here - _index(*anchor)) / 11.6)
    unknown = False
    for hijri in (near - 1, near, near + 1):
        place = feast_month(feast, hijri)
        if place is None:
            unknown = True
        elif here - _index(*place) in offsets:
            return True
    return None if unknown else False
