"""The workshop document: pydantic models of a PRA workshop and their rules.

Never imports Textual or anything heavy: the CLI, the exporters and the TUI all
stand on it.
"""

from pra.model.base import Entity, Id, Record, new_id
from pra.model.capital import BudgetLine, CapitalPlan, Deduction
from pra.model.funding import FundingSource, Grant, LenderLoan, OwnCapital
from pra.model.groups import (
    OFFICER_ROLES,
    SWOT_QUADRANTS,
    Blackout,
    BusinessGroup,
    CalendarSettings,
    Pledge,
    Step,
    SuccessItem,
    Swot,
    SwotItem,
)
from pra.model.ideas import BusinessIdea, Criterion, Need
from pra.model.integrity import Finding, check, findings_of
from pra.model.people import Participant
from pra.model.potentials import Institution, Resource, Skill
from pra.model.problems import DotBallot, DotVoting, PairChoice, Problem, ProblemVoting
from pra.model.steps import GROUP_STEPS, PraStep
from pra.model.workshop import SCHEMA_VERSION, Place, Workshop, WorkshopInfo

__all__ = [
    "GROUP_STEPS",
    "OFFICER_ROLES",
    "SCHEMA_VERSION",
    "SWOT_QUADRANTS",
    "Blackout",
    "BudgetLine",
    "BusinessGroup",
    "BusinessIdea",
    "CalendarSettings",
    "CapitalPlan",
    "Criterion",
    "Deduction",
    "DotBallot",
    "DotVoting",
    "Entity",
    "Finding",
    "FundingSource",
    "Grant",
    "Id",
    "Institution",
    "LenderLoan",
    "Need",
    "OwnCapital",
    "PairChoice",
    "Participant",
    "Place",
    "Pledge",
    "PraStep",
    "Problem",
    "ProblemVoting",
    "Record",
    "Resource",
    "Skill",
    "Step",
    "SuccessItem",
    "Swot",
    "SwotItem",
    "Workshop",
    "WorkshopInfo",
    "check",
    "findings_of",
    "new_id",
]
