"""The tables of the archive: one declarative source for the CSV files and ``datapackage.json``.

Each :class:`Table` lists its columns in CSV order with a Frictionless type, an
Indonesian title and an English description, and its primary and foreign keys.
The writer takes the headers from here and ``pra.archive.rows`` yields values in
the same order (a test holds the two together); ``pra.archive.package`` turns
the same definitions into Table Schemas.

Records are identified by the workshop id plus their own id (ids are unique
within a workshop file, not across workshops), so keys are composite:
``(workshop_id, problem_id)``. Participants are the exception: their key is the
archive-wide pseudonymous code (``participant``, ``W1a2b3c4d-P01``: ``pra.archive.codes``), so the file's own
participant id never has to leave the file.

The follow-up tables (meetings, attendance, payments, lender_payments, savings,
reschedules, assessments, assessment_criteria, group_followup) key meetings and
assessments to ``groups``, members to ``participants`` and the group's payments to
its lenders to ``funding_sources``; ``group_followup`` holds each
followed group's figures against its plan on its last recorded day
(``pra.archive.followup_rows``), never the day the archive is made. The day a
member left is in ``memberships``; the groups' lenders are in ``funding_sources``
by kind, never by name.

Frictionless checks a composite foreign key even when only one of its parts is
empty, so a reference that may be empty inside a workshop (a group's business
idea) is described but not declared as a foreign key.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final, Literal, get_args

from pydantic import BaseModel

from pra.archive.lender_kinds import LENDER_KINDS
from pra.model import OFFICER_ROLES, SWOT_QUADRANTS
from pra.model.capital import Deduction, DeductionKind, Prepaid
from pra.model.followup import RESULT_AREAS, MeetingKind
from pra.model.funding import LenderLoan
from pra.model.groups import CalendarSettings, PledgeKind
from pra.model.people import Sex
from pra.model.potentials import ResourceKind
from pra.model.problems import DotVoting, ProblemCategory, ProblemVoting
from pra.plan.capital import SOURCES

FieldType = Literal["string", "integer", "number", "boolean", "date"]


@dataclass(frozen=True, slots=True)
class Column:
    """One column: its name in the CSV header, type, Indonesian title, English description."""

    name: str
    type: FieldType
    title: str
    description: str
    required: bool = False
    names_only: bool = False
    """Present only in an archive made ``--with-names``."""
    enum: tuple[str, ...] = ()
    minimum: int | None = None

    def schema(self) -> dict[str, Any]:
        """The Frictionless field descriptor."""
        field: dict[str, Any] = {
            "name": self.name,
            "type": self.type,
            "title": self.title,
            "description": self.description,
        }
        if self.type == "boolean":
            field["trueValues"] = ["true"]
            field["falseValues"] = ["false"]
        constraints: dict[str, Any] = {}
        if self.required:
            constraints["required"] = True
        if self.enum:
            constraints["enum"] = list(self.enum)
        if self.minimum is not None:
            constraints["minimum"] = self.minimum
        if constraints:
            field["constraints"] = constraints
        return field


@dataclass(frozen=True, slots=True)
class ForeignKey:
    fields: tuple[str, ...]
    table: str
    reference: tuple[str, ...]

    def schema(self) -> dict[str, Any]:
        return {
            "fields": list(self.fields),
            "reference": {"resource": self.table, "fields": list(self.reference)},
        }


@dataclass(frozen=True, slots=True)
class Table:
    """One CSV file of the archive and its Table Schema."""

    name: str
    title: str
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...] = ()
    foreign_keys: tuple[ForeignKey, ...] = ()

    def columns_for(self, with_names: bool) -> tuple[Column, ...]:
        """The columns written: without the names-only ones in a pseudonymised archive."""
        return tuple(c for c in self.columns if with_names or not c.names_only)

    @property
    def path(self) -> str:
        return f"data/{self.name}.csv"

    def schema(self, with_names: bool) -> dict[str, Any]:
        """The Frictionless Table Schema."""
        schema: dict[str, Any] = {
            "fields": [c.schema() for c in self.columns_for(with_names)],
            "missingValues": [""],
        }
        if self.primary_key:
            schema["primaryKey"] = list(self.primary_key)
        if self.foreign_keys:
            schema["foreignKeys"] = [fk.schema() for fk in self.foreign_keys]
        return schema


# Column helpers: the workshop id and the usual id/position/text columns.
def _ws() -> Column:
    return Column(
        "workshop_id",
        "string",
        "ID lokakarya",
        "The workshop's id (workshops.workshop_id).",
        required=True,
    )


def _id(name: str, title: str, what: str) -> Column:
    return Column(name, "string", title, f"The {what}'s id, unique within its workshop.", True)


def _ref(name: str, title: str, description: str, required: bool = True) -> Column:
    return Column(name, "string", title, description, required)


def _pos(what: str) -> Column:
    return Column(
        "position",
        "integer",
        "Urutan",
        f"Order of the {what} in the workshop file, from 1.",
        True,
        minimum=1,
    )


def _text(name: str, title: str, description: str, required: bool = False) -> Column:
    return Column(name, "string", title, description, required)


def _int(name: str, title: str, description: str, minimum: int | None = 0) -> Column:
    return Column(name, "integer", title, description, minimum=minimum)


def _bool(name: str, title: str, description: str) -> Column:
    return Column(name, "boolean", title, description)


def _participant(description: str, required: bool = True) -> Column:
    return Column("participant", "string", "Kode peserta", description, required)


def _fk_ws() -> ForeignKey:
    return ForeignKey(("workshop_id",), "workshops", ("workshop_id",))


def _fk(column: str, table: str, target: str) -> ForeignKey:
    return ForeignKey(("workshop_id", column), table, ("workshop_id", target))


_FK_PARTICIPANT: Final = ForeignKey(("participant",), "participants", ("participant",))
_FK_GROUP: Final = _fk("group_id", "groups", "group_id")
_GROUP: Final = _ref("group_id", "ID kelompok", "The business group (groups.group_id).")


def _choices(model: type[BaseModel], field: str) -> tuple[str, ...]:
    """The values a model's ``Literal`` field allows, in the model's order (never re-listed here)."""
    return get_args(model.model_fields[field].annotation)


CATEGORIES: Final[tuple[str, ...]] = get_args(ProblemCategory)
MEMBER: Final = "member"
ROLES: Final[tuple[str, ...]] = (*OFFICER_ROLES, MEMBER)
"""A member's role in ``group_members.role``: an officer's, or plain ``member``."""

# the follow-up tables' shared columns
_MEETING: Final = _ref("meeting_id", "ID pertemuan", "The meeting (meetings.meeting_id).")
_FK_MEETING: Final = _fk("meeting_id", "meetings", "meeting_id")
_IN_MEETING: Final = ("workshop_id", "meeting_id", "participant")


def _pct(name: str, title: str, description: str) -> Column:
    return Column(name, "number", title, description)


TABLES: Final[tuple[Table, ...]] = (
    Table(
        "workshops",
        "Lokakarya",
        "One row per archived workshop: place, date, people running it, how problems were voted.",
        (
            Column("workshop_id", "string", "ID lokakarya", "The workshop's id in its file.", True),
            _text("title", "Judul", "Title of the workshop."),
            _text("province", "Provinsi", "Province."),
            _text("city", "Kota/kabupaten", "City or regency."),
            _text("district", "Kecamatan", "District (kecamatan)."),
            _text("village", "Kelurahan/desa", "Urban or rural village (kelurahan, desa)."),
            _text("rt", "RT", "Neighbourhood unit(s) (rukun tetangga)."),
            _text("rw", "RW", "Community unit (rukun warga)."),
            Column("date", "date", "Tanggal", "Date of the workshop."),
            _text("venue", "Tempat", "Venue."),
            _text(
                "facilitators",
                "Fasilitator",
                "Facilitators, separated by '; ' (a mentor among them by the mentor's code).",
            ),
            _text(
                "mentor",
                "Pendamping",
                "The mentor following the groups up: a code within the workshop (M1, M2 …), "
                "then the institution in brackets (the code is the text before ' ('); the name "
                "only in an archive made --with-names. A code is the workshop's own: M1 of two "
                "workshops is most often two different people, so group by workshop_id and code.",
            ),
            _text("partner", "Mitra", "The partner organisation (NGO, social affairs office)."),
            _text("agreements", "Kesepakatan", "What the workshop agreed, one per line."),
            _int("participants", "Jumlah peserta", "Number of participants in the register."),
            _int("present", "Jumlah hadir", "Number of participants marked present."),
            _int("problems", "Jumlah masalah", "Number of problems named."),
            _int("groups", "Jumlah kelompok", "Number of business groups formed."),
            Column(
                "voting_method",
                "string",
                "Metode prioritas",
                "How problems were prioritised: dots or pairwise.",
                enum=_choices(ProblemVoting, "method"),
            ),
            _int("dots_per_person", "Titik per orang", "Dots each person had.", 1),
            _int(
                "cap_per_item",
                "Batas titik per masalah",
                "Most dots one person may put on one problem; empty: no cap.",
                1,
            ),
            Column(
                "vote_source",
                "string",
                "Sumber suara",
                "What was entered: each person's ballot (ballots) or only totals read off paper (totals).",
                enum=_choices(DotVoting, "source"),
            ),
            _bool(
                "results_hidden",
                "Hasil disembunyikan",
                "Whether results were hidden while voting was open.",
            ),
            _text(
                "vote_reasons",
                "Alasan prioritas",
                "Why the room chose its priority, one reason per line.",
            ),
            _text(
                "raw_file",
                "Berkas asli",
                "Path of the copy of the workshop file in this package; empty with --no-raw.",
            ),
        ),
        primary_key=("workshop_id",),
    ),
    Table(
        "participants",
        "Peserta",
        "The participant register. Participants are known by a code (W1a2b3c4d-P01: W and the first 8 hex digits of the SHA-256 of the workshop id, longer when two ids start alike, then the position in the register) that depends on their own workshop only; names and phone numbers appear only in an archive made --with-names.",
        (
            Column(
                "participant",
                "string",
                "Kode peserta",
                "Pseudonymous participant code, unique within the archive: the workshop's code and the "
                "register position (W1a2b3c4d-P01).",
                True,
            ),
            _ws(),
            _pos("participant"),
            Column(
                "sex",
                "string",
                "Jenis kelamin",
                "F (female) or M (male); empty: not recorded.",
                enum=get_args(Sex),
            ),
            _bool("household_head", "Kepala keluarga", "Heads a household (kepala keluarga, KK)."),
            _text("rt", "RT", "The neighbourhood unit (RT) the participant lives in."),
            _bool("present", "Hadir", "Marked present at the workshop."),
            _bool(
                "has_phone",
                "Ada nomor telepon",
                "A phone number was recorded (the number itself is not archived).",
            ),
            Column(
                "participant_id",
                "string",
                "ID peserta",
                "The participant's id in the workshop file (--with-names only).",
                True,
                names_only=True,
            ),
            Column(
                "name",
                "string",
                "Nama",
                "The participant's name (--with-names only).",
                True,
                names_only=True,
            ),
            Column(
                "phone",
                "string",
                "Telepon",
                "The participant's phone number (--with-names only).",
                names_only=True,
            ),
        ),
        primary_key=("participant",),
        foreign_keys=(_fk_ws(),),
    ),
    Table(
        "problems",
        "Masalah",
        "Problems the room named, with their category and dot total.",
        (
            _ws(),
            _id("problem_id", "ID masalah", "problem"),
            _pos("problem"),
            _text("title", "Masalah", "The problem in the room's words.", True),
            Column(
                "category",
                "string",
                "Kategori",
                "Fixed category, comparable across workshops.",
                True,
                enum=CATEGORIES,
            ),
            _text("description", "Uraian", "Description."),
            _int(
                "dots",
                "Jumlah titik",
                "Dots the problem received (from ballots or entered totals).",
            ),
            _bool("priority", "Prioritas", "The problem the room chose as its priority."),
            _bool(
                "ranked_first",
                "Peringkat pertama",
                "Ranked first by the workshop's own method (dots, ties broken by pairwise "
                "comparisons; or the pairwise ranking), as the printed plan shows; several "
                "problems when tied.",
            ),
        ),
        primary_key=("workshop_id", "problem_id"),
        foreign_keys=(_fk_ws(),),
    ),
    Table(
        "problem_tree",
        "Pohon masalah",
        "Causes and effects of each problem (the problem tree).",
        (
            _ws(),
            _ref("problem_id", "ID masalah", "The problem (problems.problem_id)."),
            Column("kind", "string", "Jenis", "cause or effect.", True, enum=("cause", "effect")),
            _pos("cause or effect"),
            _text("text", "Isi", "The cause or effect.", True),
        ),
        primary_key=("workshop_id", "problem_id", "kind", "position"),
        foreign_keys=(_fk("problem_id", "problems", "problem_id"),),
    ),
    Table(
        "votes",
        "Suara",
        "Dots per participant and problem where ballots were entered; otherwise one row per problem with the total and an empty participant.",
        (
            _ws(),
            _ref("problem_id", "ID masalah", "The problem voted for (problems.problem_id)."),
            _participant("Who gave the dots (participants.participant); empty for totals.", False),
            _int("dots", "Titik", "Number of dots.", 0),
        ),
        foreign_keys=(_fk("problem_id", "problems", "problem_id"), _FK_PARTICIPANT),
    ),
    Table(
        "pairwise",
        "Perbandingan berpasangan",
        "Pairwise comparisons: problem a against problem b and the room's choice.",
        (
            _ws(),
            _pos("comparison"),
            _ref("problem_a", "Masalah A", "First problem of the pair (problems.problem_id)."),
            _ref("problem_b", "Masalah B", "Second problem of the pair (problems.problem_id)."),
            _ref(
                "winner",
                "Pilihan",
                "The problem the room found more pressing (problems.problem_id).",
            ),
        ),
        primary_key=("workshop_id", "position"),
        foreign_keys=(
            _fk("problem_a", "problems", "problem_id"),
            _fk("problem_b", "problems", "problem_id"),
            _fk("winner", "problems", "problem_id"),
        ),
    ),
    Table(
        "skills",
        "Keterampilan",
        "Skills named in the room.",
        (
            _ws(),
            _id("skill_id", "ID keterampilan", "skill"),
            _pos("skill"),
            _text("name", "Keterampilan", "The skill.", True),
        ),
        primary_key=("workshop_id", "skill_id"),
        foreign_keys=(_fk_ws(),),
    ),
    Table(
        "skill_holders",
        "Pemilik keterampilan",
        "Who has which skill.",
        (
            _ws(),
            _ref("skill_id", "ID keterampilan", "The skill (skills.skill_id)."),
            _participant("The participant having the skill (participants.participant)."),
        ),
        primary_key=("workshop_id", "skill_id", "participant"),
        foreign_keys=(_fk("skill_id", "skills", "skill_id"), _FK_PARTICIPANT),
    ),
    Table(
        "institutions",
        "Lembaga sosial",
        "Local institutions with how important and how close they are (the Venn diagram).",
        (
            _ws(),
            _id("institution_id", "ID lembaga", "institution"),
            _pos("institution"),
            _text("name", "Lembaga", "Name of the institution.", True),
            _text("kind", "Jenis", "Kind of institution, in words."),
            _int(
                "importance",
                "Kepentingan",
                "How much it matters, 1 (least) to 5 (most); empty: not rated yet.",
                1,
            ),
            _int(
                "closeness",
                "Kedekatan",
                "How close it is to the group, 1 (least) to 5 (most); empty: not rated yet.",
                1,
            ),
            _text("notes", "Catatan", "Notes."),
        ),
        primary_key=("workshop_id", "institution_id"),
        foreign_keys=(_fk_ws(),),
    ),
    Table(
        "resources",
        "Sistem sumber",
        "Resources outside the group: cooperatives, markets, services.",
        (
            _ws(),
            _id("resource_id", "ID sumber", "resource"),
            _pos("resource"),
            _text("name", "Sumber", "Name of the resource.", True),
            Column(
                "kind",
                "string",
                "Jenis",
                "finance, market, service, natural or other.",
                True,
                enum=get_args(ResourceKind),
            ),
            _text("notes", "Catatan", "Notes."),
        ),
        primary_key=("workshop_id", "resource_id"),
        foreign_keys=(_fk_ws(),),
    ),
    Table(
        "needs",
        "Kebutuhan",
        "Needs that follow from the problems.",
        (
            _ws(),
            _id("need_id", "ID kebutuhan", "need"),
            _pos("need"),
            _text("text", "Kebutuhan", "The need.", True),
        ),
        primary_key=("workshop_id", "need_id"),
        foreign_keys=(_fk_ws(),),
    ),
    Table(
        "need_problems",
        "Kebutuhan dan masalah",
        "Which problems each need answers.",
        (
            _ws(),
            _ref("need_id", "ID kebutuhan", "The need (needs.need_id)."),
            _ref("problem_id", "ID masalah", "A problem it answers (problems.problem_id)."),
        ),
        primary_key=("workshop_id", "need_id", "problem_id"),
        foreign_keys=(
            _fk("need_id", "needs", "need_id"),
            _fk("problem_id", "problems", "problem_id"),
        ),
    ),
    Table(
        "criteria",
        "Kriteria",
        "Criteria business ideas were scored against, with their weights.",
        (
            _ws(),
            _id("criterion_id", "ID kriteria", "criterion"),
            _pos("criterion"),
            _text("name", "Kriteria", "The criterion.", True),
            _int("weight", "Bobot", "Weight, 1 to 5.", 1),
        ),
        primary_key=("workshop_id", "criterion_id"),
        foreign_keys=(_fk_ws(),),
    ),
    Table(
        "ideas",
        "Usaha yang diminati",
        "Business ideas the room was interested in.",
        (
            _ws(),
            _id("idea_id", "ID usaha", "business idea"),
            _pos("business idea"),
            _text("name", "Usaha", "The business idea.", True),
            _text("description", "Uraian", "Description."),
            _int("weighted_score", "Skor berbobot", "Sum of score × criterion weight."),
        ),
        primary_key=("workshop_id", "idea_id"),
        foreign_keys=(_fk_ws(),),
    ),
    Table(
        "idea_scores",
        "Skor usaha",
        "Each business idea's score (1 to 5, higher is better) on each criterion.",
        (
            _ws(),
            _ref("idea_id", "ID usaha", "The business idea (ideas.idea_id)."),
            _ref("criterion_id", "ID kriteria", "The criterion (criteria.criterion_id)."),
            _int("score", "Skor", "Score, 1 to 5.", 1),
        ),
        primary_key=("workshop_id", "idea_id", "criterion_id"),
        foreign_keys=(
            _fk("idea_id", "ideas", "idea_id"),
            _fk("criterion_id", "criteria", "criterion_id"),
        ),
    ),
    Table(
        "idea_skills",
        "Keterampilan untuk usaha",
        "The skills each business idea needs.",
        (
            _ws(),
            _ref("idea_id", "ID usaha", "The business idea (ideas.idea_id)."),
            _ref("skill_id", "ID keterampilan", "A skill it needs (skills.skill_id)."),
        ),
        primary_key=("workshop_id", "idea_id", "skill_id"),
        foreign_keys=(_fk("idea_id", "ideas", "idea_id"), _fk("skill_id", "skills", "skill_id")),
    ),
    Table(
        "groups",
        "Kelompok usaha",
        "Business groups formed at the workshop, with their calendar settings and capital plan.",
        (
            _ws(),
            _id("group_id", "ID kelompok", "group"),
            _pos("group"),
            _text("name", "Nama kelompok", "Name of the group.", True),
            _text("business", "Usaha", "The group's business, in its words."),
            _text(
                "idea_id",
                "ID usaha",
                "The business idea chosen (ideas.idea_id in the same workshop); empty when the business is not one of the ideas. Not declared as a foreign key because it may be empty.",
            ),
            _text("reason", "Alasan", "Why the group chose this business."),
            _int("members", "Jumlah anggota", "Number of members."),
            Column(
                "calendar_unit",
                "string",
                "Satuan kalender",
                "Periods of the activity calendar: week or month.",
                enum=_choices(CalendarSettings, "unit"),
            ),
            Column(
                "calendar_start", "date", "Mulai kalender", "First day of the activity calendar."
            ),
            _int(
                "max_parallel_per_person",
                "Batas langkah bersamaan",
                "Overlapping steps one person may hold before a warning.",
                1,
            ),
            _int(
                "stimulus_per_member",
                "Stimulan per anggota",
                "Stimulus lent to each member, rupiah.",
            ),
            _int("compulsory_dues", "Iuran wajib", "Monthly compulsory dues per member, rupiah."),
            _text(
                "voluntary_savings", "Simpanan sukarela", "The voluntary savings rule, in words."
            ),
            Column(
                "service_fee_percent",
                "number",
                "Jasa pinjaman (%)",
                "Flat monthly service fee, percent of the loan.",
            ),
            _int("loan_term_months", "Jangka pinjaman (bulan)", "Loan term in months.", 1),
            _int("borrowers", "Peminjam", "Members who borrow in the first round."),
            _int(
                "stimulus_gross",
                "Stimulan bruto",
                "Stimulus lent in the first round before deductions, rupiah.",
            ),
            _int("stimulus_net", "Stimulan diterima", "Stimulus members receive in hand, rupiah."),
            _int(
                "own_contribution",
                "Swadaya",
                "Value of the members' pledges (money, goods, labour), rupiah.",
            ),
            _int("budget_total", "Total anggaran", "Total of the budget lines, rupiah."),
            _int("own_money", "Swadaya uang", "Of the own contribution, money, rupiah."),
            _int("own_goods", "Swadaya barang", "Of the own contribution, goods, rupiah."),
            _int("own_labour", "Swadaya tenaga", "Of the own contribution, labour, rupiah."),
        ),
        primary_key=("workshop_id", "group_id"),
        foreign_keys=(_fk_ws(),),
    ),
    Table(
        "memberships",
        "Keanggotaan",
        "Members of each group, their role, and whether they borrow in the first round.",
        (
            _ws(),
            _GROUP,
            _participant("The member (participants.participant)."),
            Column(
                "role",
                "string",
                "Peran",
                "chair, secretary, treasurer or member.",
                True,
                enum=ROLES,
            ),
            _bool(
                "first_round",
                "Peminjam putaran pertama",
                "Borrows in the first round of the revolving fund.",
            ),
            Column(
                "left_on",
                "date",
                "Tanggal keluar",
                "The day the member left the group (follow-up); empty: still a member.",
            ),
            _text("left_reason", "Alasan keluar", "Why the member left, as the mentor wrote it."),
        ),
        primary_key=("workshop_id", "group_id", "participant"),
        foreign_keys=(_FK_GROUP, _FK_PARTICIPANT),
    ),
    Table(
        "success_items",
        "Lingkaran sukses",
        "What success means to each group, and how they would see it.",
        (
            _ws(),
            _id("item_id", "ID butir", "success item"),
            _GROUP,
            _pos("success item"),
            _text("text", "Sukses", "What success means.", True),
            _text("indicator", "Indikator", "Something observable."),
        ),
        primary_key=("workshop_id", "item_id"),
        foreign_keys=(_FK_GROUP,),
    ),
    Table(
        "swot_items",
        "Analisis SWOT",
        "The group's own view of its situation: strengths, weaknesses, opportunities, threats.",
        (
            _ws(),
            _id("item_id", "ID butir", "SWOT item"),
            _GROUP,
            Column(
                "quadrant",
                "string",
                "Kuadran",
                "strengths, weaknesses, opportunities or threats.",
                True,
                enum=SWOT_QUADRANTS,
            ),
            _pos("item in its quadrant"),
            _text("text", "Isi", "The item.", True),
        ),
        primary_key=("workshop_id", "item_id"),
        foreign_keys=(_FK_GROUP,),
    ),
    Table(
        "pledges",
        "Janji hati",
        "Members' pledges: the group's own contribution (swadaya).",
        (
            _ws(),
            _id("pledge_id", "ID janji", "pledge"),
            _GROUP,
            _participant("Who pledged (participants.participant)."),
            Column(
                "kind",
                "string",
                "Jenis",
                "money, tool, materials, labour or other.",
                True,
                enum=get_args(PledgeKind),
            ),
            _text("description", "Uraian", "What is pledged."),
            _int("value", "Nilai", "Value in rupiah; empty when none was given."),
            _bool("kept", "Ditepati", "Whether the pledge has been kept."),
        ),
        primary_key=("workshop_id", "pledge_id"),
        foreign_keys=(_FK_GROUP, _FK_PARTICIPANT),
    ),
    Table(
        "steps",
        "Langkah kegiatan",
        "Steps of each group's activity plan, with their place in the calendar as scheduled by pra.",
        (
            _ws(),
            _id("step_id", "ID langkah", "step"),
            _GROUP,
            _pos("step"),
            _text("title", "Langkah", "The step.", True),
            _text("needs", "Kebutuhan", "What the step needs."),
            _int("cost", "Biaya", "Cost in rupiah."),
            _int("duration", "Lama", "Duration in periods of the group's calendar.", 1),
            Column(
                "fixed_start", "date", "Mulai tetap", "A fixed start date, when the step has one."
            ),
            Column(
                "fixed_end", "date", "Selesai tetap", "A fixed end date, when the step has one."
            ),
            _int(
                "start_period",
                "Periode mulai",
                "Calendar placement: first period (0 = the calendar's first).",
            ),
            _int(
                "end_period",
                "Periode selesai",
                "Calendar placement: the period after the last one (exclusive).",
            ),
            Column(
                "start_date",
                "date",
                "Tanggal mulai",
                "Calendar placement: first day; empty without a calendar start.",
            ),
            Column(
                "end_date",
                "date",
                "Tanggal selesai",
                "Calendar placement: last day; empty without a calendar start.",
            ),
            _int("slack", "Kelonggaran", "Periods the step could slip without delaying the plan."),
            _bool("critical", "Jalur kritis", "On the critical path."),
        ),
        primary_key=("workshop_id", "step_id"),
        foreign_keys=(_FK_GROUP,),
    ),
    Table(
        "step_dependencies",
        "Ketergantungan langkah",
        "Which step waits for which.",
        (
            _ws(),
            _ref("step_id", "ID langkah", "The step (steps.step_id)."),
            _ref("depends_on", "Menunggu langkah", "The step it waits for (steps.step_id)."),
        ),
        primary_key=("workshop_id", "step_id", "depends_on"),
        foreign_keys=(_fk("step_id", "steps", "step_id"), _fk("depends_on", "steps", "step_id")),
    ),
    Table(
        "step_responsibles",
        "Penanggung jawab langkah",
        "Who is responsible for each step.",
        (
            _ws(),
            _ref("step_id", "ID langkah", "The step (steps.step_id)."),
            _participant("A responsible member (participants.participant)."),
        ),
        primary_key=("workshop_id", "step_id", "participant"),
        foreign_keys=(_fk("step_id", "steps", "step_id"), _FK_PARTICIPANT),
    ),
    Table(
        "blackouts",
        "Masa libur",
        "Periods a group cannot work (Ramadan, Lebaran, harvest …).",
        (
            _ws(),
            _id("blackout_id", "ID masa libur", "blackout"),
            _GROUP,
            _text("label", "Keterangan", "What the period is.", True),
            Column("start", "date", "Mulai", "First day.", True),
            Column("end", "date", "Selesai", "Last day.", True),
        ),
        primary_key=("workshop_id", "blackout_id"),
        foreign_keys=(_FK_GROUP,),
    ),
    Table(
        "deductions",
        "Potongan",
        "Deductions from each member's stimulus (reserve, shares, administration …).",
        (
            _ws(),
            _id("deduction_id", "ID potongan", "deduction"),
            _GROUP,
            _text("label", "Potongan", "Name of the deduction.", True),
            Column(
                "kind",
                "string",
                "Jenis",
                "reserve, share, admin or other.",
                True,
                enum=get_args(DeductionKind),
            ),
            Column(
                "percent", "number", "Persen", "Percent of the stimulus; empty when a fixed amount."
            ),
            _int("amount", "Jumlah", "Fixed amount in rupiah; empty when a percent."),
            Column(
                "frequency",
                "string",
                "Frekuensi",
                "once or monthly.",
                True,
                enum=_choices(Deduction, "frequency"),
            ),
        ),
        primary_key=("workshop_id", "deduction_id"),
        foreign_keys=(_FK_GROUP,),
    ),
    Table(
        "fund_rules",
        "Aturan dana",
        "Other rules of the revolving fund the group agreed, in its own words.",
        (_ws(), _GROUP, _pos("rule"), _text("rule", "Aturan", "The rule.", True)),
        primary_key=("workshop_id", "group_id", "position"),
        foreign_keys=(_FK_GROUP,),
    ),
    Table(
        "funding_sources",
        "Sumber dana",
        "Each group's funding sources: grants, loans from lenders and its own capital. A lender "
        "or giver is known by its kind only (pra.archive.lender_kinds), never by its name, "
        "which may be a person's.",
        (
            _ws(),
            _id("source_id", "ID sumber dana", "funding source"),
            _GROUP,
            _pos("funding source"),
            Column(
                "kind",
                "string",
                "Jenis",
                "stimulus (a grant), loan (from a lender) or own (the members' savings).",
                True,
                enum=tuple(k for k in SOURCES if k != "other"),
            ),
            Column(
                "lender_kind",
                "string",
                "Jenis pemberi",
                "The lender's (or the grant giver's) kind, read from its name: lkm (LKM, BMM, "
                "BMT), cooperative, bank, ngo, government, informal (rentenir, lintah darat, "
                "tengkulak, toke, pengijon, arisan, juragan, bank keliling/emok/plecit/titil/"
                "harian/46), online (pinjol: licensed or not, the name does not say), other "
                "(none of these, possibly a person) or unnamed; empty for own capital.",
                enum=LENDER_KINDS,
            ),
            _int("principal", "Pokok", "A loan's principal or a grant's amount, rupiah."),
            _int("revolving", "Dana bergulir", "Of a grant, the part lent on to members, rupiah."),
            Column(
                "rate_percent",
                "number",
                "Bunga per bulan",
                "A loan's interest in percent per month (of the principal when flat, of what is "
                "still owed when declining).",
            ),
            Column(
                "method",
                "string",
                "Cara bunga",
                "flat or declining.",
                enum=_choices(LenderLoan, "method"),
            ),
            _int("term_months", "Jangka waktu", "A loan's term in months.", 1),
            Column(
                "frequency",
                "string",
                "Frekuensi angsuran",
                "weekly or monthly.",
                enum=_choices(LenderLoan, "frequency"),
            ),
            _int("grace_months", "Masa tenggang", "Months before a loan's first instalment."),
            Column(
                "disbursed_on",
                "date",
                "Tanggal pencairan",
                "The day the money is handed over: its date, or its calendar step's scheduled "
                "start; empty when not known.",
            ),
            _bool("joint_liability", "Tanggung renteng", "Members answer for each other's loan."),
        ),
        primary_key=("workshop_id", "source_id"),
        foreign_keys=(_FK_GROUP,),
    ),
    Table(
        "budget_lines",
        "Rencana anggaran biaya",
        "Lines of each group's budget (RAB).",
        (
            _ws(),
            _id("line_id", "ID baris", "budget line"),
            _GROUP,
            _pos("budget line"),
            _text("item", "Barang", "What is bought.", True),
            _int("quantity", "Jumlah", "Quantity.", 1),
            _text("unit", "Satuan", "Unit."),
            _int("unit_price", "Harga satuan", "Price per unit, rupiah."),
            _int("total", "Total", "Quantity × unit price, rupiah."),
            Column(
                "source",
                "string",
                "Sumber dana",
                "The kind of the paying source: stimulus (a grant), loan (from a lender), own, "
                "or other (none named).",
                True,
                enum=SOURCES,
            ),
            _ref(
                "source_id",
                "ID sumber dana",
                "The funding source that pays the line: join funding_sources on workshop_id and "
                "source_id. Empty when none is named yet, so not declared as a foreign key here "
                "(frictionless refuses a key half empty); SQL accepts FOREIGN KEY (workshop_id, "
                "source_id) REFERENCES funding_sources (workshop_id, source_id).",
                False,
            ),
            _bool(
                "member_loans",
                "Dibeli dengan pinjaman anggota",
                "Bought by the members with the loans they receive from the source (each "
                "member's own trade), not by the group from the source's part for assets.",
            ),
            Column(
                "prepaid",
                "string",
                "Dibayar di muka",
                "A running cost paid ahead and kept in the opening cash: materials (used up as "
                "the business sells) or fixed_costs (a fixed cost paid for some months); empty "
                "for an asset or a one-off cost.",
                enum=get_args(Prepaid),
            ),
        ),
        primary_key=("workshop_id", "line_id"),
        foreign_keys=(_FK_GROUP,),
    ),
    # the business plan as pra.plan.business works it out (pra.archive.plan_rows)
    Table(
        "products",
        "Produk",
        "Each product of each group's business analysis, with its ordinary month (no season): "
        "what the plan's profit and loss is made of.",
        (
            _ws(),
            _GROUP,
            _ref("product_id", "ID produk", "The product's id within its group's analysis."),
            Column(
                "position",
                "integer",
                "Urutan",
                "Order of the product in the group's analysis, from 1.",
                True,
                minimum=1,
            ),
            _text("name", "Produk", "What is sold (the plan's words, pseudonymised).", True),
            _text("unit", "Satuan", "The unit it is sold by."),
            _int("price", "Harga jual", "Price per unit, rupiah."),
            _int("materials", "Bahan", "Materials per unit, rupiah."),
            _int("labour", "Upah", "Labour per unit, rupiah."),
            _int("packaging", "Kemasan", "Packaging per unit, rupiah."),
            _int(
                "unit_cost",
                "Biaya per satuan",
                "Cost per unit as the plan counts it, rupiah (materials + labour + packaging).",
            ),
            _int("units", "Jumlah per bulan", "Units sold in an ordinary month (no season)."),
            _int("sales", "Penjualan per bulan", "units × price in an ordinary month, rupiah."),
            _int("cost", "Biaya per bulan", "units × unit_cost in an ordinary month, rupiah."),
        ),
        primary_key=("workshop_id", "group_id", "product_id"),
        foreign_keys=(_FK_GROUP,),
    ),
    Table(
        "plan_months",
        "Arus kas rencana",
        "Each month of each group's planned cash flow, as the printed business plan shows it "
        "(seasons, the month selling starts, the fund's instalments and the lenders' "
        "included). Compare with meetings.sales and meetings.costs by month; the plan's "
        "fund balance per month is also in group_followup.fund_planned.",
        (
            _ws(),
            _GROUP,
            Column(
                "month",
                "integer",
                "Bulan ke",
                "The plan's month, from 1.",
                True,
                minimum=1,
            ),
            Column(
                "starts",
                "date",
                "Mulai",
                "The month's first day in the plan (the first month may start on the plan's "
                "start day); empty when nothing in the plan is dated (the months are numbered).",
            ),
            Column("ends", "date", "Sampai", "The month's last day; empty as starts."),
            _int("calendar_month", "Bulan kalender", "1 = January; empty as starts.", 1),
            _int("opening", "Kas awal", "Cash at the month's start, rupiah.", None),
            _int("sales", "Penjualan", "Planned sales, rupiah."),
            _int("cost_of_sales", "Biaya bahan", "Cost of the units sold, rupiah."),
            _int("fixed_costs", "Biaya tetap", "Fixed costs, rupiah."),
            _int(
                "profit",
                "Laba",
                "sales − cost_of_sales − fixed_costs, rupiah (negative: a loss).",
                None,
            ),
            _int(
                "instalments",
                "Angsuran anggota",
                "What the borrowers pay into the revolving fund (principal, service fees, "
                "monthly deductions), rupiah.",
            ),
            _int("dues", "Iuran", "The members' dues (savings) paid in, rupiah."),
            _int("lender", "Angsuran ke pemberi pinjaman", "Paid back to lenders, rupiah."),
            _int(
                "funding",
                "Dana masuk",
                "A grant's or loan's money handed over this month, less the budget lines it "
                "pays then, rupiah.",
                None,
            ),
            _int("closing", "Kas akhir", "Cash at the month's end, rupiah.", None),
        ),
        primary_key=("workshop_id", "group_id", "month"),
        foreign_keys=(_FK_GROUP,),
    ),
    # pendampingan (follow-up) after the workshop, keyed to the groups and participants
    Table(
        "meetings",
        "Pertemuan kelompok",
        "Each group meeting or mentor's visit after the workshop.",
        (
            _ws(),
            _id("meeting_id", "ID pertemuan", "meeting"),
            _GROUP,
            _pos("meeting"),
            Column("date", "date", "Tanggal", "Day of the meeting.", True),
            Column(
                "kind",
                "string",
                "Jenis",
                "meeting (the group's own) or visit (the mentor's).",
                True,
                enum=get_args(MeetingKind),
            ),
            _text("led_by", "Dipimpin", "Participant code of who led it; empty: the mentor."),
            _int("present", "Hadir", "Members present."),
            _int("expected", "Anggota", "Members of the group on that day (those who left not)."),
            _int("sales", "Penjualan", "Sales since the previous meeting, rupiah; empty: none."),
            _int("costs", "Biaya", "Business costs since the previous meeting, rupiah."),
            _text("problems", "Masalah", "Problems raised, one per line."),
            _text("notes", "Catatan pendamping", "The mentor's notes (social and economic)."),
        ),
        primary_key=("workshop_id", "meeting_id"),
        foreign_keys=(_FK_GROUP,),
    ),
    Table(
        "attendance",
        "Daftar hadir",
        "Who of the group's members came to each meeting.",
        (
            _ws(),
            _MEETING,
            _participant("A member (participants.participant)."),
            _bool("present", "Hadir", "Came to the meeting."),
        ),
        primary_key=_IN_MEETING,
        foreign_keys=(_FK_MEETING, _FK_PARTICIPANT),
    ),
    Table(
        "payments",
        "Angsuran dan pinjaman",
        "Members' instalments paid and loans handed out at each meeting (rows with an amount "
        "only). The group's own payments to its lenders are in lender_payments.",
        (
            _ws(),
            _MEETING,
            _participant("The member (participants.participant)."),
            _int("instalment", "Angsuran", "Instalment paid (principal and service fee), rupiah."),
            _int("loan_out", "Pinjaman", "Loan handed to the member, rupiah (the principal)."),
        ),
        primary_key=_IN_MEETING,
        foreign_keys=(_FK_MEETING, _FK_PARTICIPANT),
    ),
    Table(
        "lender_payments",
        "Setoran ke pemberi pinjaman",
        "What the group paid a lender at a meeting (setoran angsuran ke BMM): one row per lender "
        "loan paid, the lender known by its kind in funding_sources.",
        (
            _ws(),
            _MEETING,
            _ref(
                "lender_loan",
                "ID pinjaman lembaga",
                "The group's lender loan paid (funding_sources.source_id).",
            ),
            _int(
                "amount",
                "Setoran",
                "What the group paid the lender at the meeting (principal and interest), rupiah.",
            ),
        ),
        primary_key=("workshop_id", "meeting_id", "lender_loan"),
        foreign_keys=(_FK_MEETING, _fk("lender_loan", "funding_sources", "source_id")),
    ),
    Table(
        "savings",
        "Tabungan",
        "Savings paid at each meeting (rows with an amount only).",
        (
            _ws(),
            _MEETING,
            _participant("The member (participants.participant)."),
            _int("principal", "Simpanan pokok", "Principal savings, rupiah."),
            _int("compulsory", "Simpanan wajib", "Compulsory savings (dues), rupiah."),
            _int("voluntary", "Simpanan sukarela", "Voluntary savings, rupiah."),
        ),
        primary_key=_IN_MEETING,
        foreign_keys=(_FK_MEETING, _FK_PARTICIPANT),
    ),
    Table(
        "reschedules",
        "Penjadwalan ulang",
        "Members' loans rescheduled: the old and the new terms. What was owed and missed is "
        "computed by pra.plan.followup.loans on the day (empty when nothing was owed).",
        (
            _ws(),
            _id("reschedule_id", "ID penjadwalan ulang", "reschedule"),
            _GROUP,
            _participant("The member (participants.participant)."),
            Column("date", "date", "Tanggal", "Day of the reschedule.", True),
            _int(
                "old_term_months",
                "Jangka waktu lama",
                "The term it replaces, in months: the group's loan term, or an earlier "
                "reschedule's.",
                1,
            ),
            _int("new_term_months", "Jangka waktu baru", "The new term, in months.", 1),
            _int("missed", "Tunggakan", "Instalments fallen due and not paid by the day, rupiah."),
            _int(
                "missed_count", "Angsuran tertunggak", "How many instalments had fallen due unpaid."
            ),
            _int("principal", "Sisa pokok", "Principal still owed, spread over the new term."),
            _int("charges", "Jasa dan potongan", "Service fee and deductions spread likewise."),
            _int("new_instalment", "Angsuran baru", "The first new instalment, rupiah."),
            Column(
                "first_due", "date", "Angsuran pertama", "When the first new instalment falls due."
            ),
            _text("reason", "Alasan", "Why, as the mentor wrote it."),
        ),
        primary_key=("workshop_id", "reschedule_id"),
        foreign_keys=(_FK_GROUP, _FK_PARTICIPANT),
    ),
    Table(
        "assessments",
        "Penilaian kelompok",
        "Assessments on the five result areas and the grade (A/B/C or the program's scale).",
        (
            _ws(),
            _id("assessment_id", "ID penilaian", "assessment"),
            _GROUP,
            Column("date", "date", "Tanggal", "Day of the assessment.", True),
            _int("met", "Kriteria terpenuhi", "Criteria met."),
            _int("criteria", "Jumlah kriteria", "Criteria in all."),
            _pct("percent", "Persen", "Percent of all criteria met."),
            *(
                _pct(f"{area}_percent", f"Persen {area}", f"Percent of the {area} criteria met.")
                for area in RESULT_AREAS
            ),
            _text("grade_by_rule", "Klasifikasi menurut aturan", "Grade by the workshop's rule."),
            _text("grade", "Klasifikasi", "The grade that holds (set by hand when it differs)."),
            _text("override_reason", "Alasan", "Why the grade was set by hand."),
            _bool(
                "lkm_eligible",
                "Layak LKM",
                "The group may be linked to an LKM on the assessment's day: eligible grade, repayment rate, PAR30 and no lender arrears (pra.plan.followup.lkm).",
            ),
            _text("notes", "Catatan", "The assessor's notes."),
        ),
        primary_key=("workshop_id", "assessment_id"),
        foreign_keys=(_FK_GROUP,),
    ),
    Table(
        "assessment_criteria",
        "Kriteria terpenuhi",
        "Each criterion an assessment found met (keys of pra's criteria, by area).",
        (
            _ws(),
            _ref("assessment_id", "ID penilaian", "The assessment (assessments.assessment_id)."),
            Column("area", "string", "Bidang", "The result area.", True, enum=RESULT_AREAS),
            _text("criterion", "Kriteria", "The criterion's key.", True),
        ),
        primary_key=("workshop_id", "assessment_id", "area", "criterion"),
        foreign_keys=(_fk("assessment_id", "assessments", "assessment_id"),),
    ),
    Table(
        "group_followup",
        "Perkembangan kelompok",
        "Each followed group against its plan on its last recorded day.",
        (
            _ws(),
            _GROUP,
            Column("as_of", "date", "Per tanggal", "The last meeting or assessment.", True),
            _text(
                "mentor",
                "Pendamping",
                "The mentor following the group, by code as in workshops.mentor (a code "
                "within the workshop: group by workshop_id and code).",
            ),
            _int("meetings", "Pertemuan", "Meetings and visits recorded."),
            _int("members_left", "Anggota keluar", "Members who left the group."),
            _int("lent", "Pinjaman", "Principal lent to members, rupiah."),
            _int(
                "due",
                "Jatuh tempo",
                "Instalments fallen due, rupiah, those later rescheduled unpaid included "
                "(the repayment rate's denominator).",
            ),
            _int("paid_when_due", "Dibayar", "Of that, paid, rupiah."),
            _int("arrears", "Tunggakan", "Due and not paid, rupiah."),
            _int("outstanding", "Sisa pinjaman", "Principal not yet repaid, rupiah."),
            _pct(
                "repayment_rate",
                "Tingkat pengembalian",
                "Percent of what fell due that is paid.",
            ),
            _pct("par30", "PAR30", "Percent of outstanding principal more than 30 days late."),
            _pct("attendance", "Kehadiran", "Percent present over the group's own meetings."),
            _int("fund_actual", "Saldo dana", "The fund's balance from the records, rupiah."),
            _int("fund_planned", "Saldo rencana", "The plan's balance for that month, rupiah."),
            _text("grade", "Klasifikasi", "The latest grade; empty: never assessed."),
            _text("lkm", "LKM", "The microfinance institution it is linked to."),
            Column("linked_on", "date", "Tanggal terhubung", "When it was linked to the LKM."),
            Column("independent_on", "date", "Tanggal mandiri", "When mentoring ended (mandiri)."),
            _int(
                "at_risk",
                "Pinjaman berisiko",
                "Outstanding principal of loans more than 30 days late, rupiah (PAR30's "
                "numerator).",
            ),
            _int("present", "Hadir", "Members present over the group's own meetings."),
            _int("expected", "Diharapkan hadir", "Members expected over those meetings."),
            _int(
                "stimulus_in",
                "Stimulan masuk",
                "The stimulus counted in fund_actual, rupiah (as received, else as planned; 0 "
                "before it arrived): fund_actual is stimulus_in + savings + instalments − "
                "loans handed out net of the one-time deductions.",
            ),
        ),
        primary_key=("workshop_id", "group_id"),
        foreign_keys=(_FK_GROUP,),
    ),
    Table(
        "skipped",
        "Berkas dilewati",
        "Files that could not be archived, and why.",
        (
            _text("file", "Berkas", "The file as it was given.", True),
            _text(
                "reason", "Alasan", "Why it was skipped (the file is named only in `file`).", True
            ),
        ),
    ),
)
"""Every table, in the order of ``datapackage.json``; a table's references come before it."""

BY_NAME: Final = {table.name: table for table in TABLES}
