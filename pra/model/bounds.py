"""How much a workshop may hold: the one definition of "valid" every command can carry.

``pra check`` accepts a file only within these bounds, so everything that runs
on an accepted file — the schedule, the Word plan, the archive, the TUI — stays
fast and small (the property test in ``tests/model/test_bounds_budget.py``
exports workshops at the bounds under a time and memory budget). Each bound is
far above what a real workshop needs; the examples in ``sessions/`` and
:func:`pra.synthetic.maximal_workshop` hold the measure of "real":

* **dates** lie in 1990–2100 (a workshop, a calendar, a step, a blackout);
* **a group's plan** — from its calendar's start to the end of its last step,
  as the schedule places them — spans at most :data:`PLAN_PERIODS_MAX`
  periods: 260 weeks (5 years) or 120 months (10 years); real plans run
  a few months to two years;
* **a step** lasts at most :data:`STEP_DURATION_MAX` periods;
* **text**: a name or title at most 200 characters, a longer text 20,000
  (:mod:`pra.model.text`);
* **lists**: at most :data:`PEOPLE_MAX` participants (a kelurahan workshop
  has 15–60), :data:`STEPS_MAX` steps per group (real: 5–30), and the other
  limits below.

A refusal is a sentence naming the place (:mod:`pra.store.places`).
"""

from __future__ import annotations

import datetime as dt
from typing import Final

DATE_MIN: Final = dt.date(1990, 1, 1)
DATE_MAX: Final = dt.date(2100, 12, 31)

PLAN_PERIODS_MAX: Final = {"week": 260, "month": 120}
"""The longest a group's plan may run, in periods of its calendar."""
STEP_DURATION_MAX: Final = 520
"""The longest one step may last, in periods (the plan bound above is the tighter one)."""

PEOPLE_MAX: Final = 1000
"""Participants of one workshop; also bounds every list of people (members, holders …)."""
PROBLEMS_MAX: Final = 300
POTENTIALS_MAX: Final = 500
"""Skills, institutions, resources and needs, each."""
CRITERIA_MAX: Final = 50
IDEAS_MAX: Final = 200
GROUPS_MAX: Final = 60
STEPS_MAX: Final = 500
"""Steps of one group (``tests/plan/test_speed.py`` schedules 500)."""
ITEMS_MAX: Final = 500
"""Any other list: success items, SWOT entries, pledges, blackouts, budget lines, rules,
causes, effects, facilitators, agreements, reasons, deductions."""
BALLOTS_MAX: Final = 5000
PAIRS_MAX: Final = PROBLEMS_MAX * (PROBLEMS_MAX - 1) // 2
"""Every pair of problems compared once."""
