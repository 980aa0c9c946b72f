"""Pendampingan: what happens to a group after the workshop.

A mentor (pendamping) follows each group: it meets (pertemuan kelompok) or is
visited (kunjungan pendamping), members save and repay, the business reports
its sales, and from time to time the group is assessed on the five result areas
(5 Bidang Hasil Pokok) and graded A/B/C (or a program's own scale). Only groups
whose grade is eligible are linked to a microfinance institution (LKM/BMM), and a
group that stands on its own is marked mandiri when mentoring ends (terminasi).

The follow-up lives in the workshop document, one :class:`GroupFollowUp` per
group: one file is what the lock, the backups and autosave already protect, and
what researchers archive and link to the plan's tables. A mentor following
several groups of a kelurahan records in that one file; a second mentor opens it
read-only, as a second window does during the workshop. Mentors working apart each
record in a copy of the file, and ``pra merge`` (:mod:`pra.store.merge`) unites the
copies' follow-up records by group.

Derived figures (due against paid, arrears, PAR30, attendance, the grade by the
rule) are computed in :mod:`pra.plan`, never stored.
"""

from __future__ import annotations

from typing import Annotated, Final, Literal, Self, TypeVar, get_args

from pydantic import Field, model_validator

from pra.model.base import Entity, Id, Record
from pra.model.bounds import ITEMS_MAX, PEOPLE_MAX
from pra.model.money import Rupiah
from pra.model.strict import Date, Flag, Whole
from pra.model.text import Name, RequiredName, Text

T = TypeVar("T")
Items = Annotated[tuple[T, ...], Field(max_length=ITEMS_MAX)]
People = Annotated[tuple[Id, ...], Field(max_length=PEOPLE_MAX)]

MeetingKind = Literal["meeting", "visit"]
"""A group's own meeting (pertemuan kelompok) or the mentor's visit (kunjungan pendamping)."""

ResultArea = Literal["organisation", "administration", "capital", "business", "network"]
RESULT_AREAS: Final[tuple[ResultArea, ...]] = get_args(ResultArea)
"""The five result areas (5 Bidang Hasil Pokok): keorganisasian, administrasi,
permodalan, usaha produktif, jaringan. Their criteria are :data:`CRITERIA`."""

CRITERIA: Final[dict[ResultArea, tuple[str, ...]]] = {
    "organisation": ("regular_meetings", "officers_active", "rules_written", "members_attend"),
    "administration": ("cash_book", "loan_book", "minutes", "attendance_list"),
    "capital": ("savings_growing", "repayment_rate", "fund_revolving"),
    "business": ("running", "profitable", "sales_recorded"),
    "network": ("institutions", "lkm", "market"),
}
"""The criteria of each result area, as keys: an :class:`Assessment` lists those met.

Their sentences are in the catalogues (``followup.criteria.<area>.<key>``);
:mod:`pra.plan.followup.criteria` scores them and suggests those the records show.
The keys are stable: files and the research archive store them."""


class MemberRecord(Record):
    """One member at one meeting: whether they came and the money they handed over or received."""

    participant_id: Id
    present: Flag = False
    savings_principal: Rupiah = 0
    """Simpanan pokok: paid once, when joining."""
    savings_compulsory: Rupiah = 0
    """Simpanan (iuran) wajib: the agreed regular amount."""
    savings_voluntary: Rupiah = 0
    """Simpanan sukarela."""
    instalment: Rupiah = 0
    """Angsuran paid at this meeting (principal and service together), dated by the meeting."""
    loan_out: Rupiah = 0
    """Money lent to this member from the fund at this meeting (pinjaman disalurkan)."""

    def handed_over(self) -> int:
        """What the member paid in at this meeting (savings and instalment)."""
        return (
            self.savings_principal
            + self.savings_compulsory
            + self.savings_voluntary
            + self.instalment
        )


class LenderPayment(Record):
    """What the group paid its lender at a meeting: one of its lender loans
    (:class:`~pra.model.funding.LenderLoan`, by its source id) and the amount (principal and
    interest together), dated by the meeting."""

    source_id: Id
    amount: Rupiah


class FollowUpAction(Entity):
    """Something agreed at a meeting (tindak lanjut): what, who, by when; done or not."""

    text: RequiredName
    responsible_ids: People = ()
    """The members who do it (participants of the group)."""
    by_mentor: Flag = False
    """The group's pendamping does it (alone or with ``responsible_ids``): the group's mentor,
    else the workshop's (:meth:`Workshop.mentor_of`). No name is stored: it is the mentor field's."""
    due: Date | None = None
    done: Flag = False


class Meeting(Entity):
    """A group meeting or a mentor's visit, as it was recorded on the day."""

    date: Date
    kind: MeetingKind = "meeting"
    led_by_id: Id | None = None
    """The member who led it (usually the chair); ``None`` when the mentor did."""
    members: Annotated[tuple[MemberRecord, ...], Field(max_length=PEOPLE_MAX)] = ()
    """One row per member of the group's list; absent members have ``present`` false."""
    sales: Rupiah | None = None
    """The business's sales since the previous meeting, when the group reports them."""
    costs: Rupiah | None = None
    """The business's costs since the previous meeting, when the group reports them."""
    lender_payments: Annotated[tuple[LenderPayment, ...], Field(max_length=ITEMS_MAX)] = ()
    """The group's payments to its lenders at this meeting (setoran angsuran ke BMM), one per loan."""
    problems: Items[Text] = ()
    actions: Items[FollowUpAction] = ()
    notes: Text = ""
    """The mentor's notes: social as well as economic (cohesion, conflicts, women's part)."""

    @model_validator(mode="after")
    def _one_row_per_member(self) -> Self:
        ids = [row.participant_id for row in self.members]
        if len(ids) != len(set(ids)):
            raise ValueError("a member appears twice in a meeting's list")
        loans = [p.source_id for p in self.lender_payments]
        if len(loans) != len(set(loans)):
            raise ValueError("a lender loan is paid twice in a meeting")
        return self

    def paid_to(self, source_id: str) -> int:
        """What the group paid on the lender loan ``source_id`` at this meeting."""
        return sum(p.amount for p in self.lender_payments if p.source_id == source_id)

    def present_ids(self) -> tuple[Id, ...]:
        return tuple(row.participant_id for row in self.members if row.present)


Grade = Annotated[str, Field(min_length=1, max_length=8)]
"""A grade of the program's scale (``A``, ``B``, ``C`` by default)."""


class Assessment(Entity):
    """The group assessed on the five result areas on a date, and its grade.

    ``met`` lists, per area, the keys of the criteria the group meets (the
    criteria are data in ``pra.plan``). The grade follows from the scores by the
    workshop's :class:`GradingRule`; ``grade_override`` replaces it, with a reason.
    """

    date: Date
    assessor: Name = ""
    met: Annotated[tuple[tuple[ResultArea, Name], ...], Field(max_length=ITEMS_MAX)] = ()
    """(area, criterion key) for every criterion met."""
    grade_override: Grade | None = None
    override_reason: Text = ""
    notes: Text = ""

    @model_validator(mode="after")
    def _override_has_reason(self) -> Self:
        if self.grade_override is not None and not self.override_reason.strip():
            raise ValueError("a grade set by hand needs its reason")
        return self


class GradeBand(Record):
    """A grade and the least overall score (percent of criteria met) that earns it."""

    grade: Grade
    min_percent: Annotated[Whole, Field(ge=0, le=100)]


class GradingRule(Record):
    """How an assessment becomes a grade, and which grades may be linked to an LKM.

    The default is the A/B/C of Bina Swadaya's mentoring: A from 75% of the
    criteria met, B from 50%, C below; A and B groups may be linked to a BMM.
    """

    bands: Annotated[tuple[GradeBand, ...], Field(min_length=1, max_length=12)] = (
        GradeBand(grade="A", min_percent=75),
        GradeBand(grade="B", min_percent=50),
        GradeBand(grade="C", min_percent=0),
    )
    eligible: Annotated[tuple[Grade, ...], Field(max_length=12)] = ("A", "B")
    """Grades whose groups may be linked to a microfinance institution."""

    @model_validator(mode="after")
    def _bands_descend_to_zero(self) -> Self:
        floors = [band.min_percent for band in self.bands]
        if floors != sorted(floors, reverse=True) or len(set(floors)) != len(floors):
            raise ValueError("grade bands go from the highest score down, each floor once")
        if floors[-1] != 0:
            raise ValueError("the lowest grade band starts at 0%")
        grades = [band.grade for band in self.bands]
        if len(grades) != len(set(grades)):
            raise ValueError("a grade appears twice in the scale")
        if not set(self.eligible) <= set(grades):
            raise ValueError("an eligible grade is not on the scale")
        return self


class MemberLeft(Record):
    """A member who left the group (keluar): from ``date`` on, no dues and no attendance are
    expected of them; a loan they still owe stays owed."""

    participant_id: Id
    date: Date
    reason: Text = ""


class LoanReschedule(Entity):
    """A member's loan rescheduled (penjadwalan ulang) on ``date``.

    The principal still owed that day (after the payments made up to it) and the
    service fee and deductions of the instalments it replaces are spread again over
    ``term_months`` monthly instalments, the first a month after ``date`` (nothing
    waived). The instalments missed before the day stay in the history. Computed by
    :mod:`pra.plan.followup.loans`."""

    participant_id: Id
    date: Date
    term_months: Annotated[Whole, Field(ge=1, le=120)]
    reason: Text = ""


class GroupFollowUp(Record):
    """Everything recorded about one group after its workshop."""

    mentor: Name = ""
    """The pendamping who follows the group."""
    meetings: Annotated[tuple[Meeting, ...], Field(max_length=ITEMS_MAX)] = ()
    assessments: Items[Assessment] = ()
    lkm: Name = ""
    """The microfinance institution the group is linked to (e.g. BMM), once it is."""
    linked_on: Date | None = None
    independent_on: Date | None = None
    """When mentoring ended because the group stands on its own (mandiri, terminasi)."""
    reflection: Text = ""
    """The mentor's reflection with the group, for the progress report."""
    stimulus_received: Rupiah | None = None
    """The stimulus the fund actually received; ``None``: as planned (the first round's loans)."""
    stimulus_on: Date | None = None
    """When it was received; ``None``: on the day the follow-up starts (the plan's start)."""
    left: Annotated[tuple[MemberLeft, ...], Field(max_length=PEOPLE_MAX)] = ()
    reschedules: Items[LoanReschedule] = ()

    @model_validator(mode="after")
    def _link_named(self) -> Self:
        if self.linked_on is not None and not self.lkm.strip():
            raise ValueError("a link to an LKM names the institution")
        return self


__all__ = [
    "CRITERIA",
    "RESULT_AREAS",
    "Assessment",
    "FollowUpAction",
    "Grade",
    "GradeBand",
    "GradingRule",
    "GroupFollowUp",
    "LenderPayment",
    "LoanReschedule",
    "Meeting",
    "MeetingKind",
    "MemberLeft",
    "MemberRecord",
    "ResultArea",
]
