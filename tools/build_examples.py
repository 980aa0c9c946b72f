#!/usr/bin/env python3
"""Build the three example workshops shipped in ``sessions/`` from the source documents.

Run ``python tools/build_examples.py`` from the repository root to (re)write
``sessions/surabaya.json``, ``sessions/palembang.json`` and
``sessions/yogyakarta.json``; ``--check`` only compares and exits 1 when a file
differs. The examples are built from the model classes, so they are valid by
construction, and written canonically, so running the script twice gives the
same bytes (``tests/test_examples.py`` checks both).

Why a script and not hand-written JSON: the examples are what newcomers see
first and what the tests, snapshots, Word export and archive of the other
parts lean on; building them from the model keeps them valid whenever the
model changes, and keeps every id readable and stable (``p-sri``,
``prob-modal``, ``g-sedap-malam``, ``st-sm-3``).

Sources (``../shared/seeds/``, mainly ``001_*``: the Ministry of Social
Affairs' 2003 trial of the migrant empowerment model):

* Surabaya, Kel. Pakis RT 10, partner LSM Widya Dharma, held at the kelurahan
  office: problems perumahan, modal, kesehatan, pendidikan, pekerjaan; modal
  first with 17 votes; housing 4 x 3 m rented rooms, toilets shared with six
  households, people living on the green belt; institutions and skills as the
  discussion groups "Gang Omplong" and "Mandiri" recorded them; groups
  Pertukangan, Penjahit, Berjualan; Rp 500.000 per member kept at the
  cooperative of Yayasan Widya Dharma, one member needing only Rp 300.000.
* Palembang, Kel. 10 and 13 Ilir, PRA at 13 Ilir, two mentors from Yayasan
  Bina Vitalis and one from the provincial Dinas Sosial: problems of children
  (putus sekolah, terlantar), the elderly, at heart socio-economic; skills
  menjahit, berdagang; resources koperasi, pasar, orsos, bank keliling, the
  natural surroundings; Kelompok Sedap Malam (cakes) and Jaya Bersama
  (tailoring); success circle menabung / menyekolahkan anak / kebutuhan
  keluarga; SWOT strengths = skills, opportunity = using the stimulus
  earnestly, weakness = hardship at home; pledges mesin jahit, bahan/alat,
  tenaga, modal; steps belajar menjahit, mencari tempat, modal, bahan; for
  cakes mencari tepung terigu, modal, tempat; Rp 10.000.000 for two groups,
  Rp 500.000 signed for by each member, managed by Yayasan Bina Vitalis.
* Yogyakarta, Kel. Warungboto RT 37 and 39 (Kec. Umbulharjo), partner LSM
  Bina Swadaya; facilitation shared by Dinas Sosial DIY, the Camat, the Lurah,
  the LSM and the researcher; problems kekurangan modal, kekurangan alat,
  pemasaran, manajemen usaha; skills berdagang, kerajinan (alat musik,
  sepatu), mekanik, memasak, menjahit, beternak; businesses perdagangan,
  kerajinan sepatu, peternakan, penjahitan, perbengkelan run by members
  individually with the group keeping the accounts; KUW "Tri Astha": 10 %
  reserve, 10 % shares, 1.5 % administration, dues Rp 5.000 a month,
  voluntary savings, 1 % flat a month on loans, Rp 500.000 per member,
  "so each member receives Rp 435.000"; members collected Rp 50.000 each.

Invented where the sources are silent (what a facilitator would have written
down), and said so here: every participant name (fictional), sex, household
head, RT within the stated kelurahan, attendance and phone-less register; the
dates (2003, the trial year: monitoring ran to November 2003); RW numbers and
Kecamatan Sawahan / Ilir Timur II (the real districts of those kelurahan);
facilitator and mentor names; vote counts other than Surabaya's 17 for modal,
dot rules, ballots and pairwise choices; causes and effects beyond the housing
facts; importance/closeness ratings; needs, criteria and matrix scores; group
officers and membership; success indicators; SWOT items beyond the sources'
themes; pledge values and whether they were kept; step details, costs,
durations, dependencies; calendar start dates; the Lebaran 1424 H blackout
(24-30 November 2003) in Palembang; RAB lines and 2003 prices; Surabaya's and
Palembang's deductions, dues, service fee and loan terms; loan terms in
Yogyakarta; fund rules worded by the groups; first-round borrowers (members
absent on the day borrow in the second round); notes. The Yogyakarta group is
the ten first borrowers of KUW "Tri Astha"; the other participants are the
"warga lain" the fund rolls on to.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pra.model import (  # noqa: E402
    Blackout,
    BudgetLine,
    BusinessGroup,
    BusinessIdea,
    CalendarSettings,
    CapitalPlan,
    Criterion,
    Deduction,
    DotBallot,
    DotVoting,
    Institution,
    Need,
    PairChoice,
    Participant,
    Place,
    Pledge,
    PraStep,
    Problem,
    ProblemVoting,
    Resource,
    Skill,
    Step,
    SuccessItem,
    Swot,
    SwotItem,
    Workshop,
    WorkshopInfo,
)

# ---------------------------------------------------------------------------
# Small builders: the examples are long lists, so each kind of record gets a
# compact row form. Ids are derived from a short group code and a position.


def people(rows: Iterable[tuple[str, str, str, bool, str, bool]]) -> tuple[Participant, ...]:
    """Rows of (id, name, sex, household head, RT, present)."""
    return tuple(
        Participant(id=pid, name=name, sex=sex, household_head=kk, rt=rt, present=present)  # type: ignore[arg-type]
        for pid, name, sex, kk, rt, present in rows
    )


def success(code: str, rows: Sequence[tuple[str, str]]) -> tuple[SuccessItem, ...]:
    return tuple(
        SuccessItem(id=f"su-{code}-{i}", text=text, indicator=indicator)
        for i, (text, indicator) in enumerate(rows, 1)
    )


def swot(
    code: str,
    strengths: Sequence[str],
    weaknesses: Sequence[str],
    opportunities: Sequence[str],
    threats: Sequence[str],
) -> Swot:
    def items(letter: str, texts: Sequence[str]) -> tuple[SwotItem, ...]:
        return tuple(SwotItem(id=f"sw-{code}-{letter}{i}", text=t) for i, t in enumerate(texts, 1))

    return Swot(
        strengths=items("s", strengths),
        weaknesses=items("w", weaknesses),
        opportunities=items("o", opportunities),
        threats=items("t", threats),
    )


def pledges(
    code: str, rows: Sequence[tuple[str, str, str, int | None, bool]]
) -> tuple[Pledge, ...]:
    """Rows of (participant id, kind, description, value or None, kept)."""
    return tuple(
        Pledge(
            id=f"pl-{code}-{i}",
            participant_id=pid,
            kind=kind,  # type: ignore[arg-type]
            description=description,
            value=value,
            kept=kept,
        )
        for i, (pid, kind, description, value, kept) in enumerate(rows, 1)
    )


def steps(
    code: str,
    rows: Sequence[tuple[str, tuple[str, ...], int, tuple[int, ...], int, str]],
) -> tuple[Step, ...]:
    """Rows of (title, responsible ids, cost, numbers of the steps first, duration, needs)."""
    return tuple(
        Step(
            id=f"st-{code}-{i}",
            title=title,
            responsible_ids=responsible,
            cost=cost,
            depends_on=tuple(f"st-{code}-{d}" for d in deps),
            duration=duration,
            needs=needs,
        )
        for i, (title, responsible, cost, deps, duration, needs) in enumerate(rows, 1)
    )


def budget(code: str, rows: Sequence[tuple[str, int, str, int, str]]) -> tuple[BudgetLine, ...]:
    """Rows of (item, quantity, unit, unit price, source)."""
    return tuple(
        BudgetLine(
            id=f"bl-{code}-{i}",
            item=item,
            quantity=quantity,
            unit=unit,
            unit_price=price,
            source=source,  # type: ignore[arg-type]
        )
        for i, (item, quantity, unit, price, source) in enumerate(rows, 1)
    )


def ballots(voters: Sequence[str], codes: str, problem_of: dict[str, str]) -> tuple[DotBallot, ...]:
    """One ballot per voter from space-separated words, one letter per dot ("MMS MK ...")."""
    result = []
    for pid, letters in zip(voters, codes.split(), strict=True):
        dots: dict[str, int] = {}
        for letter in letters:
            ref = problem_of[letter]
            dots[ref] = dots.get(ref, 0) + 1
        result.append(DotBallot(participant_id=pid, dots=dots))
    return tuple(result)


def pairwise(choices: Sequence[tuple[str, str, str]]) -> tuple[PairChoice, ...]:
    return tuple(PairChoice(a=a, b=b, winner=w) for a, b, w in choices)


def group_notes(**notes: str) -> dict[PraStep, str]:
    return {PraStep(key): text for key, text in notes.items()}


# ---------------------------------------------------------------------------
# Surabaya, Kelurahan Pakis RT 10: three groups, dot totals read off the paper.


def surabaya() -> Workshop:
    """Kel. Pakis RT 10: 20 migrants, voting by dot totals, three groups."""
    participants = people(
        [
            # Kelompok Pertukangan
            ("p-slamet", "Slamet Riyadi", "M", True, "10", True),
            ("p-heru", "Heru Santoso", "M", True, "10", True),
            ("p-joko", "Joko Susilo", "M", True, "10", True),
            ("p-matrawi", "Matrawi", "M", True, "10", True),
            ("p-bagus", "Bagus Kurniawan", "M", False, "10", True),
            ("p-sugeng", "Sugeng Hariyadi", "M", True, "10", True),
            ("p-imam", "Imam Syafii", "M", True, "10", False),
            # Kelompok Penjahit
            ("p-sri", "Sri Wahyuni", "F", False, "10", True),
            ("p-rina", "Rina Marlina", "F", False, "10", True),
            ("p-ningsih", "Ningsih", "F", False, "10", True),
            ("p-yuliati", "Yuliati", "F", False, "10", True),
            ("p-siti", "Siti Aminah", "F", True, "10", True),
            ("p-endang", "Endang Purwati", "F", False, "10", True),
            # Kelompok Berjualan
            ("p-sumarni", "Sumarni", "F", True, "10", True),
            ("p-lilis", "Lilis Suryani", "F", False, "10", True),
            ("p-suprapti", "Suprapti", "F", False, "10", True),
            ("p-jumaati", "Jumaati", "F", False, "10", True),
            ("p-ani", "Ani Rohmawati", "F", False, "10", True),
            ("p-kholik", "Abdul Kholik", "M", True, "10", True),
            ("p-rokayah", "Rokayah", "F", True, "10", False),
        ]
    )
    problems = (
        Problem(
            id="prob-perumahan",
            title="Perumahan",
            category="housing",
            causes=(
                "Penghasilan kecil dan tidak tetap",
                "Sewa dan harga tanah di kota mahal",
                "Belum punya KTP Surabaya",
            ),
            effects=(
                "Tinggal di kontrakan 4 x 3 meter, kadang bersama keluarga lain",
                "MCK di luar, dipakai bersama 6 keluarga pengontrak",
                "Sebagian warga menempati jalur hijau",
            ),
            description=(
                "Belum memiliki rumah sendiri. Rumah kontrakan 4 x 3 meter dihuni satu "
                "keluarga, kadang ditambah keluarga lain; MCK di luar dipakai bersama "
                "6 keluarga pengontrak. Dalam FGD muncul masalah warga migran yang "
                "menempati jalur hijau."
            ),
        ),
        Problem(
            id="prob-modal",
            title="Modal",
            category="capital",
            causes=(
                "Tidak punya jaminan untuk meminjam ke bank",
                "Penghasilan habis untuk kebutuhan sehari-hari",
                "Pinjaman bank keliling berbunga tinggi",
            ),
            effects=(
                "Usaha tidak bisa berkembang",
                "Alat kerja masih pinjam mandor atau tetangga",
                "Bahan dibeli eceran dengan harga mahal",
            ),
            description="Keterampilan ada, tetapi tidak ada modal untuk alat dan bahan.",
        ),
        Problem(
            id="prob-kesehatan",
            title="Kesehatan",
            category="health",
            causes=("Lingkungan padat dan MCK bersama", "Biaya berobat mahal"),
            effects=("Anak sering sakit diare dan batuk", "Tidak bisa bekerja saat sakit"),
        ),
        Problem(
            id="prob-pendidikan",
            title="Pendidikan",
            category="education",
            causes=("Biaya sekolah, seragam dan buku", "Anak ikut membantu mencari nafkah"),
            effects=("Anak putus sekolah", "Sulit mendapat pekerjaan yang lebih baik"),
        ),
        Problem(
            id="prob-pekerjaan",
            title="Pekerjaan",
            category="work",
            causes=(
                "Pendidikan dan keterampilan terbatas",
                "Kerja harian dan borongan yang tidak tetap",
            ),
            effects=("Penghasilan tidak menentu", "Menganggur saat proyek sepi"),
        ),
    )
    voting = ProblemVoting(
        method="dots",
        dots=DotVoting(
            dots_per_person=3,
            cap_per_item=1,
            source="totals",
            totals={
                "prob-modal": 17,
                "prob-pekerjaan": 13,
                "prob-perumahan": 12,
                "prob-kesehatan": 7,
                "prob-pendidikan": 5,
            },
        ),
        results_hidden=False,
        priority_id="prob-modal",
        reasons=(
            "Prioritas masalah didominasi masalah modal (17 suara): hampir semua peserta "
            "yang hadir menempelkan satu stiker pada modal.",
            "Keterampilan sudah ada (bangunan, menjahit, membuat kue); yang kurang modal "
            "untuk alat dan bahan.",
            "Kalau penghasilan naik, masalah rumah, sekolah dan kesehatan lebih mudah diatasi.",
        ),
    )
    skills = (
        Skill(id="sk-bangunan", name="Bangunan", holder_ids=("p-slamet", "p-joko", "p-matrawi")),
        Skill(
            id="sk-menjahit",
            name="Menjahit",
            holder_ids=("p-sri", "p-yuliati", "p-ningsih", "p-siti", "p-endang"),
        ),
        Skill(id="sk-kue", name="Membuat kue", holder_ids=("p-lilis", "p-endang", "p-jumaati")),
        Skill(id="sk-bengkel", name="Perbengkelan", holder_ids=("p-bagus", "p-imam")),
        Skill(id="sk-elektro", name="Elektro", holder_ids=("p-heru", "p-bagus")),
        Skill(id="sk-sari-dele", name="Sari dele", holder_ids=("p-ani",)),
        Skill(id="sk-kopi-jagung", name="Kopi jagung", holder_ids=("p-suprapti",)),
        Skill(id="sk-kacang-godok", name="Kacang godok", holder_ids=("p-jumaati", "p-rokayah")),
        Skill(id="sk-sayur", name="Jualan sayur", holder_ids=("p-sumarni", "p-kholik")),
        Skill(id="sk-las", name="Mengelas", holder_ids=("p-sugeng", "p-imam")),
        Skill(id="sk-foto", name="Memotret", holder_ids=("p-kholik", "p-rina")),
    )
    institutions = (
        Institution(
            id="in-arisan",
            name="Arisan RT 10",
            kind="arisan",
            importance=4,
            closeness=5,
            notes="Disebut kelompok Gang Omplong; pertemuan bulanan, tempat berbagi kabar.",
        ),
        Institution(
            id="in-yasin",
            name="Yasinan Al Ichlas",
            kind="pengajian",
            importance=4,
            closeness=5,
            notes="Disebut kelompok Gang Omplong; setiap malam Jumat bergilir di rumah warga.",
        ),
        Institution(
            id="in-kelompok-arisan",
            name="Kelompok arisan ibu-ibu",
            kind="arisan",
            importance=3,
            closeness=4,
            notes="Disebut kedua kelompok diskusi (Gang Omplong dan Mandiri).",
        ),
        Institution(
            id="in-posko-pdi",
            name="Posko PDI",
            kind="partai politik",
            importance=2,
            closeness=3,
            notes="Disebut kelompok Gang Omplong; tempat warga berkumpul, tidak untuk usaha.",
        ),
        Institution(
            id="in-ylwd",
            name="YLWD (Yayasan Widya Dharma)",
            kind="LSM",
            importance=5,
            closeness=3,
            notes="Disebut kelompok Gang Omplong; mitra pemberdayaan dan pendamping teknis.",
        ),
        Institution(
            id="in-majelis-taklim",
            name="Majelis taklim",
            kind="pengajian",
            importance=4,
            closeness=4,
            notes="Disebut kelompok Mandiri.",
        ),
        Institution(
            id="in-posyandu",
            name="Posyandu",
            kind="kesehatan",
            importance=4,
            closeness=4,
            notes="Disebut kelompok Mandiri; penimbangan balita dan makanan tambahan.",
        ),
        Institution(
            id="in-senam",
            name="Kelompok senam",
            kind="olahraga",
            importance=2,
            closeness=4,
            notes="Disebut kelompok Mandiri; senam ibu-ibu setiap Minggu pagi.",
        ),
        Institution(
            id="in-karang-taruna",
            name="Karang taruna",
            kind="pemuda",
            importance=3,
            closeness=2,
            notes="Organisasi sosial kelurahan; sedikit melibatkan warga pendatang.",
        ),
    )
    resources = (
        Resource(
            id="rs-koperasi",
            name="Koperasi Yayasan Widya Dharma",
            kind="finance",
            notes="Tempat menyimpan dana stimulan yang belum dipakai dan simpan pinjam.",
        ),
        Resource(
            id="rs-pasar",
            name="Pasar Kembang",
            kind="market",
            notes="Belanja kain, bahan kue dan sayur; tempat menjual dagangan.",
        ),
        Resource(
            id="rs-toko-bangunan",
            name="Toko bangunan dan mandor di sekitar Pakis",
            kind="market",
            notes="Sumber pekerjaan borongan dan renovasi rumah.",
        ),
        Resource(
            id="rs-dinsos",
            name="Dinas Sosial Provinsi Jawa Timur",
            kind="service",
            notes="Beasiswa anak terlantar, makanan tambahan balita, pengobatan gratis, beras murah.",
        ),
        Resource(
            id="rs-ywfp",
            name="LSM YWFP (World Fund Program)",
            kind="service",
            notes="Pernah membantu keluarga fakir miskin di lingkungan ini.",
        ),
        Resource(
            id="rs-kelurahan",
            name="Kantor Kelurahan Pakis",
            kind="service",
            notes="Tempat kegiatan; pembinaan ketertiban, hak dan kewajiban warga.",
        ),
    )
    needs = (
        Need(
            id="nd-modal",
            text="Modal usaha bergulir untuk alat dan bahan",
            problem_ids=("prob-modal",),
        ),
        Need(
            id="nd-alat",
            text="Alat kerja milik sendiri: peralatan tukang, mesin jahit, gerobak",
            problem_ids=("prob-modal", "prob-pekerjaan"),
        ),
        Need(
            id="nd-penghasilan",
            text="Penghasilan yang tetap setiap bulan",
            problem_ids=("prob-pekerjaan",),
        ),
        Need(
            id="nd-pembukuan",
            text="Belajar mencatat keuangan dan simpan pinjam",
            problem_ids=("prob-modal",),
        ),
        Need(
            id="nd-rumah",
            text="Tempat tinggal layak dan MCK yang bersih",
            problem_ids=("prob-perumahan", "prob-kesehatan"),
        ),
        Need(id="nd-sekolah", text="Biaya sekolah anak", problem_ids=("prob-pendidikan",)),
    )
    criteria = (
        Criterion(id="cr-modal", name="Modal yang dibutuhkan kecil", weight=3),
        Criterion(id="cr-keterampilan", name="Keterampilan sudah dimiliki", weight=3),
        Criterion(id="cr-pasar", name="Pembeli atau pemesan sudah ada", weight=2),
        Criterion(id="cr-risiko", name="Risiko rugi kecil", weight=1),
    )
    ideas = (
        BusinessIdea(
            id="idea-pertukangan",
            name="Jasa pertukangan (bangunan, las, listrik)",
            description="Menerima borongan kecil: renovasi, pagar, teralis, instalasi listrik.",
            skill_ids=("sk-bangunan", "sk-las", "sk-elektro", "sk-bengkel"),
            scores={"cr-modal": 3, "cr-keterampilan": 5, "cr-pasar": 4, "cr-risiko": 4},
        ),
        BusinessIdea(
            id="idea-jahit",
            name="Menjahit pakaian dan permak",
            description="Seragam sekolah, pakaian pesanan dan permak untuk warga sekitar.",
            skill_ids=("sk-menjahit",),
            scores={"cr-modal": 3, "cr-keterampilan": 5, "cr-pasar": 4, "cr-risiko": 4},
        ),
        BusinessIdea(
            id="idea-jualan",
            name="Berjualan makanan, minuman dan sayur",
            description="Kue, sari dele, kopi jagung, kacang godok dan sayur keliling.",
            skill_ids=("sk-kue", "sk-sari-dele", "sk-kopi-jagung", "sk-kacang-godok", "sk-sayur"),
            scores={"cr-modal": 5, "cr-keterampilan": 4, "cr-pasar": 4, "cr-risiko": 3},
        ),
        BusinessIdea(
            id="idea-bengkel",
            name="Bengkel sepeda motor",
            description="Tambal ban dan servis ringan di mulut gang.",
            skill_ids=("sk-bengkel", "sk-elektro"),
            scores={"cr-modal": 1, "cr-keterampilan": 3, "cr-pasar": 4, "cr-risiko": 3},
        ),
        BusinessIdea(
            id="idea-foto",
            name="Jasa foto keliling",
            description="Foto acara hajatan dan pas foto.",
            skill_ids=("sk-foto",),
            scores={"cr-modal": 1, "cr-keterampilan": 2, "cr-pasar": 2, "cr-risiko": 2},
        ),
    )
    groups = (_pertukangan(), _penjahit(), _berjualan())
    return Workshop(
        id="ws-surabaya",
        info=WorkshopInfo(
            title="PRA Pemberdayaan Migran Kelurahan Pakis",
            place=Place(
                province="Jawa Timur",
                city="Surabaya",
                district="Sawahan",
                village="Pakis",
                rt="10",
                rw="03",
            ),
            date=dt.date(2003, 7, 22),
            venue="Kantor Kelurahan Pakis",
            facilitators=(
                "Drs. Hartono Wibisono (peneliti)",
                "Dra. Sri Rahayu Ningsih (Dinas Sosial Kota Surabaya)",
            ),
            mentor="Agus Prasetyo (LSM Widya Dharma)",
            partner="LSM Widya Dharma",
            agreements=(
                "LSM Widya Dharma ditunjuk sebagai mitra pemberdayaan; pendampingan teknis, "
                "keterampilan dan manajemen usaha oleh LSM Widya Dharma.",
                "Lokasi dialihkan dari Kali Rungkut ke Kelurahan Pakis; sasaran warga migran RT 10.",
                "Kegiatan bertempat di kantor kelurahan, termasuk sarana dan prasarananya.",
                "Dinas Sosial Provinsi sebagai unsur koordinatif; Dinas Sosial Kota ikut FGD dan "
                "menjadi fasilitator masalah sosial di lapangan.",
                "Pembinaan ketertiban, hak dan kewajiban warga diserahkan kepada Lurah Pakis.",
                "Izin daerah belum lengkap: peneliti membuat laporan tertulis kegiatan kepada Camat.",
                "Bantuan stimulan Rp 500.000 per anggota, disimpan di koperasi Yayasan Widya "
                "Dharma dan digulirkan kepada warga lain.",
            ),
        ),
        participants=participants,
        problems=problems,
        voting=voting,
        skills=skills,
        institutions=institutions,
        resources=resources,
        needs=needs,
        criteria=criteria,
        ideas=ideas,
        groups=groups,
        notes={
            PraStep.PREPARATION: (
                "Contoh dari laporan uji coba model pemberdayaan migran (Departemen Sosial, "
                "2003). Nama peserta rekaan. Koordinasi dengan Dinas Sosial Tk I dan Tk II, "
                "LSM Widya Dharma dan kelurahan. Observasi di Jl. WR Supratman, makam "
                "Kembang Kuning, RT 10 dan RT V; RT 10 dinilai paling representatif."
            ),
            PraStep.PARTICIPANTS: (
                "20 calon sasaran dipilih secara partisipatif. Dinamika kelompok dengan "
                "permainan perkenalan. Pak Imam dan Bu Rokayah berhalangan hadir; mereka "
                "tetap masuk kelompok atas usul warga."
            ),
            PraStep.PROBLEMS: (
                "Setiap peserta mendapat 3 stiker, paling banyak 1 stiker per masalah. Hasil "
                "dihitung dari kertas plano. Modal 17 suara."
            ),
            PraStep.POTENTIALS: (
                "Peserta dibagi dua kelompok diskusi: Gang Omplong dan Mandiri. Lembaga "
                "digambar sebagai lingkaran: besar = penting, dekat = akrab dengan warga."
            ),
            PraStep.IDEAS: (
                "Kelompok dibentuk berdasarkan potensi dan kedekatan tempat tinggal: "
                "Pertukangan, Penjahit, Berjualan. Bengkel dan foto digabung ke kelompok "
                "yang ada karena modalnya besar dan pasarnya belum jelas."
            ),
            PraStep.REVIEW: (
                "Rencana usaha tiap kelompok dibacakan ulang dan disetujui anggota. Salinan "
                "untuk ketua kelompok, pendamping LSM Widya Dharma dan Lurah Pakis."
            ),
        },
    )


def _pertukangan() -> BusinessGroup:
    code = "tkg"
    return BusinessGroup(
        id="g-pertukangan",
        name="Kelompok Pertukangan",
        business="Jasa pertukangan: bangunan, las dan instalasi listrik",
        idea_id="idea-pertukangan",
        reason=(
            "Sebagian besar anggota sudah bekerja sebagai tukang harian. Dengan alat sendiri "
            "kami bisa menerima borongan kecil dan tidak tergantung mandor."
        ),
        member_ids=(
            "p-slamet",
            "p-heru",
            "p-joko",
            "p-matrawi",
            "p-bagus",
            "p-sugeng",
            "p-imam",
        ),
        chair_id="p-slamet",
        secretary_id="p-heru",
        treasurer_id="p-joko",
        success=success(
            code,
            [
                ("Punya alat kerja sendiri", "Satu mesin las, gerinda dan bor milik kelompok"),
                ("Ada borongan setiap bulan", "Paling sedikit 2 borongan kecil sebulan"),
                ("Anak tetap sekolah", "Tidak ada anak anggota yang putus sekolah"),
                ("Bisa menabung", "Tabungan Rp 20.000 per anggota per bulan di koperasi"),
                ("Pinjaman kembali tepat waktu", "Angsuran lunas dalam 10 bulan"),
            ],
        ),
        swot=swot(
            code,
            [
                "Keterampilan bangunan, las dan listrik sudah ada",
                "Anggota saling kenal dan tinggal di satu RT",
            ],
            [
                "Alat kerja masih pinjam mandor",
                "Belum biasa mencatat keuangan",
                "Pendidikan anggota rendah",
            ],
            [
                "Banyak rumah dan kios direnovasi di sekitar Pakis",
                "Pendampingan dari LSM Widya Dharma",
                "Bantuan stimulan bergulir",
            ],
            [
                "Pekerjaan sepi saat musim hujan",
                "Tukang dari luar menawarkan upah lebih murah",
                "Harga bahan dan alat naik",
            ],
        ),
        pledges=pledges(
            code,
            [
                ("p-slamet", "tool", "Meminjamkan gerinda dan bor listrik", 350_000, True),
                ("p-joko", "money", "Uang tunai untuk kas kelompok", 100_000, True),
                ("p-heru", "labour", "Memasang instalasi listrik tempat kerja", 150_000, False),
                ("p-matrawi", "tool", "Cetok, palu dan waterpass", 75_000, True),
                ("p-bagus", "labour", "Membersihkan dan menata tempat kerja", None, False),
                ("p-sugeng", "tool", "Kedok las dan tang", 120_000, True),
            ],
        ),
        steps=steps(
            code,
            [
                (
                    "Musyawarah aturan kelompok dan pembagian tugas",
                    ("p-slamet", "p-heru"),
                    0,
                    (),
                    1,
                    "Tempat pertemuan di rumah Pak Slamet",
                ),
                (
                    "Membuka buku simpanan di koperasi Widya Dharma",
                    ("p-joko",),
                    25_000,
                    (1,),
                    1,
                    "Fotokopi KTP anggota",
                ),
                (
                    "Membeli alat kerja bersama",
                    ("p-sugeng", "p-joko"),
                    2_100_000,
                    (2,),
                    1,
                    "Mesin las, gerinda tangan, bor listrik, kabel roll",
                ),
                (
                    "Menata tempat kerja di samping rumah Pak Slamet",
                    ("p-slamet", "p-bagus"),
                    150_000,
                    (1,),
                    1,
                    "Terpal, rak alat",
                ),
                (
                    "Menawarkan jasa ke ketua RT, RW dan toko bangunan",
                    ("p-heru", "p-matrawi"),
                    50_000,
                    (3, 4),
                    2,
                    "Kartu nama dan brosur sederhana",
                ),
                (
                    "Mengerjakan borongan pertama",
                    ("p-slamet", "p-joko", "p-matrawi"),
                    0,
                    (5,),
                    2,
                    "Bahan dari pemesan",
                ),
                (
                    "Mencatat pemasukan dan angsuran",
                    ("p-heru",),
                    15_000,
                    (2,),
                    9,
                    "Buku kas",
                ),
                (
                    "Evaluasi bersama pendamping",
                    ("p-slamet", "p-heru"),
                    0,
                    (6,),
                    1,
                    "Kunjungan pendamping LSM Widya Dharma",
                ),
            ],
        ),
        calendar=CalendarSettings(unit="month", start=dt.date(2003, 8, 1)),
        capital=_surabaya_capital(
            code,
            first_round=("p-slamet", "p-heru", "p-joko", "p-matrawi", "p-bagus", "p-sugeng"),
            lines=[
                ("Mesin las listrik", 1, "unit", 1_250_000, "stimulus"),
                ("Gerinda tangan", 1, "unit", 450_000, "stimulus"),
                ("Bor listrik", 1, "unit", 400_000, "stimulus"),
                ("Kabel roll 30 meter", 1, "buah", 175_000, "stimulus"),
                ("Tangga lipat aluminium", 1, "buah", 300_000, "stimulus"),
                ("Kawat las", 5, "kotak", 45_000, "stimulus"),
                ("Buku kas dan alat tulis", 1, "paket", 15_000, "stimulus"),
                ("Gerinda dan bor pinjaman Pak Slamet", 1, "paket", 350_000, "own"),
            ],
        ),
        notes=group_notes(
            success="Kelompok menggambar lingkaran sukses di kertas plano; Pak Heru menulis.",
            swot="Kekuatan dan peluang ditulis di kertas hijau, kelemahan dan ancaman di merah.",
            pledges="Pak Imam tidak hadir; janji hatinya dicatat pada pertemuan berikutnya.",
            steps="Langkah disusun sendiri oleh kelompok; fasilitator hanya bertanya.",
            calendar="Borongan biasanya sepi bulan Desember-Januari (musim hujan).",
            capital="Alat dibeli bersama dan menjadi milik kelompok, bukan perorangan.",
        ),
    )


def _surabaya_capital(
    code: str,
    first_round: tuple[str, ...],
    lines: Sequence[tuple[str, int, str, int, str]],
    extra_rules: tuple[str, ...] = (),
) -> CapitalPlan:
    """The fund rules the three Surabaya groups agreed together with LSM Widya Dharma."""
    return CapitalPlan(
        stimulus_per_member=500_000,
        deductions=(
            Deduction(
                id=f"de-{code}-pokok",
                label="Simpanan pokok koperasi Yayasan Widya Dharma",
                kind="share",
                amount=10_000,
                frequency="once",
            ),
        ),
        compulsory_dues=2_000,
        voluntary_savings="Simpanan sukarela di koperasi Yayasan Widya Dharma; boleh diambil "
        "saat anggota membutuhkan.",
        service_fee_percent=Decimal("1.5"),
        loan_term_months=10,
        first_round_ids=first_round,
        budget=budget(code, lines),
        rules=(
            "Bantuan stimulan Rp 500.000 per anggota adalah milik kelompok dan disimpan di "
            "koperasi Yayasan Widya Dharma.",
            "Angsuran pokok dan jasa dibayar setiap bulan pada pertemuan kelompok.",
            "Anggota yang tidak hadir saat penyerahan menerima pada putaran kedua.",
            "Setelah lunas, dana digulirkan kepada warga lain di RT 10.",
            *extra_rules,
        ),
    )


def _penjahit() -> BusinessGroup:
    code = "jht"
    return BusinessGroup(
        id="g-penjahit",
        name="Kelompok Penjahit",
        business="Jahit pakaian, seragam sekolah dan permak",
        idea_id="idea-jahit",
        reason=(
            "Lima anggota sudah bisa menjahit dan bisa bekerja di rumah sambil mengurus anak. "
            "Pesanan seragam dan permak selalu ada."
        ),
        member_ids=("p-sri", "p-rina", "p-ningsih", "p-yuliati", "p-siti", "p-endang"),
        chair_id="p-sri",
        secretary_id="p-rina",
        treasurer_id="p-ningsih",
        success=success(
            code,
            [
                ("Punya mesin jahit dan obras", "Dua mesin jahit dan satu obras milik kelompok"),
                ("Menerima pesanan seragam", "30 stel seragam menjelang tahun ajaran baru"),
                ("Membantu penghasilan keluarga", "Tambahan Rp 150.000 per anggota sebulan"),
                ("Menyekolahkan anak", "Uang sekolah anak dibayar tepat waktu"),
            ],
        ),
        swot=swot(
            code,
            ["Lima anggota sudah bisa menjahit", "Bu Siti punya satu mesin jahit"],
            [
                "Belum bisa membuat pola sendiri",
                "Waktu terbagi dengan mengurus anak",
                "Rumah kontrakan sempit",
            ],
            [
                "Sekolah dan TPQ di sekitar butuh seragam",
                "Permak pakaian banyak dicari anak kos",
                "Pendampingan LSM Widya Dharma",
            ],
            [
                "Pakaian jadi murah di pasar",
                "Tarif listrik naik",
                "Pelanggan berutang atau tidak mengambil jahitan",
            ],
        ),
        pledges=pledges(
            code,
            [
                ("p-siti", "tool", "Mesin jahit dipakai bersama", 600_000, True),
                ("p-sri", "materials", "Kain perca dan benang", 75_000, True),
                ("p-ningsih", "money", "Uang tunai", 50_000, True),
                ("p-yuliati", "labour", "Mengajari anggota membuat pola", None, False),
                ("p-endang", "money", "Uang tunai", 50_000, False),
                ("p-rina", "materials", "Gunting kain dan meteran", 40_000, True),
            ],
        ),
        steps=steps(
            code,
            [
                (
                    "Belajar membuat pola dari Bu Yuliati",
                    ("p-yuliati",),
                    20_000,
                    (),
                    1,
                    "Kertas pola dan kapur jahit",
                ),
                (
                    "Mencari tempat: ruang depan rumah Bu Sri",
                    ("p-sri",),
                    0,
                    (),
                    1,
                    "Izin pemilik kontrakan",
                ),
                (
                    "Membeli mesin jahit dan obras",
                    ("p-ningsih", "p-sri"),
                    1_950_000,
                    (),
                    1,
                    "Toko mesin jahit di Pasar Kembang",
                ),
                (
                    "Membeli kain, benang dan kancing",
                    ("p-ningsih", "p-endang"),
                    400_000,
                    (3,),
                    1,
                    "Daftar ukuran pesanan",
                ),
                (
                    "Menawarkan jahitan seragam ke SD dan TPQ",
                    ("p-rina", "p-sri"),
                    30_000,
                    (1, 4),
                    1,
                    "Contoh seragam dan daftar harga",
                ),
                (
                    "Menjahit pesanan pertama",
                    ("p-sri", "p-siti", "p-yuliati", "p-endang"),
                    0,
                    (2, 5),
                    2,
                    "Mesin jahit, obras, bahan",
                ),
                (
                    "Mencatat kas dan angsuran",
                    ("p-ningsih", "p-rina"),
                    15_000,
                    (3,),
                    9,
                    "Buku kas",
                ),
            ],
        ),
        calendar=CalendarSettings(unit="month", start=dt.date(2003, 8, 1)),
        capital=_surabaya_capital(
            code,
            first_round=("p-sri", "p-rina", "p-ningsih", "p-yuliati", "p-siti", "p-endang"),
            lines=[
                ("Mesin jahit", 1, "unit", 750_000, "stimulus"),
                ("Mesin obras", 1, "unit", 1_200_000, "stimulus"),
                ("Kain seragam", 40, "meter", 8_000, "stimulus"),
                ("Benang, kancing dan resleting", 1, "paket", 80_000, "stimulus"),
                ("Kertas pola dan kapur jahit", 1, "paket", 20_000, "stimulus"),
                ("Buku kas", 1, "buah", 15_000, "stimulus"),
                ("Mesin jahit milik Bu Siti", 1, "unit", 600_000, "own"),
            ],
        ),
        notes=group_notes(
            success="Ibu-ibu menyebut sukses sebagai anak tetap sekolah dan ada penghasilan sendiri.",
            swot="Ancaman pakaian jadi murah dibahas lama; jawabannya permak dan seragam pesanan.",
            pledges="Mesin jahit Bu Siti tetap milik Bu Siti, dipinjamkan kepada kelompok.",
            steps="Langkah 1 dan 2 bisa langsung dimulai tanpa menunggu dana.",
            calendar="Pesanan seragam ramai bulan Juli; kelompok ingin siap sebelum itu.",
            capital="Sisa dana setelah membeli mesin dipakai untuk bahan pesanan pertama.",
        ),
    )


def _berjualan() -> BusinessGroup:
    code = "jual"
    return BusinessGroup(
        id="g-berjualan",
        name="Kelompok Berjualan",
        business="Jualan kue, sari dele, kopi jagung, kacang godok dan sayur keliling",
        idea_id="idea-jualan",
        reason=(
            "Modalnya paling kecil dan anggota sudah biasa berjualan. Pembeli ada setiap hari: "
            "pekerja bangunan, anak sekolah dan tetangga."
        ),
        member_ids=(
            "p-sumarni",
            "p-lilis",
            "p-suprapti",
            "p-jumaati",
            "p-ani",
            "p-kholik",
            "p-rokayah",
        ),
        chair_id="p-sumarni",
        secretary_id="p-lilis",
        treasurer_id="p-suprapti",
        success=success(
            code,
            [
                ("Dagangan habis setiap hari", "Sisa dagangan kurang dari sepersepuluh"),
                ("Menabung setiap hari", "Rp 2.000 per hari di kas kelompok"),
                ("Tidak pinjam bank keliling lagi", "Tidak ada anggota yang berutang ke rentenir"),
                ("Anak tetap sekolah", "Uang jajan dan buku anak dari hasil dagangan"),
            ],
        ),
        swot=swot(
            code,
            [
                "Sudah biasa berjualan keliling",
                "Resep sari dele, kopi jagung dan kue sendiri",
                "Pak Kholik punya sepeda",
            ],
            [
                "Bahan dibeli eceran sehingga mahal",
                "Belum punya gerobak dan termos besar",
                "Dagangan basah cepat basi",
            ],
            [
                "Banyak pekerja dan anak sekolah di sekitar Pakis",
                "Pasar Kembang dekat untuk belanja bahan",
                "Pesanan kue untuk arisan dan yasinan",
            ],
            [
                "Penertiban pedagang kaki lima",
                "Harga kedelai dan jagung naik",
                "Hujan membuat dagangan tidak laku",
            ],
        ),
        pledges=pledges(
            code,
            [
                ("p-sumarni", "money", "Uang tunai", 50_000, True),
                ("p-kholik", "tool", "Sepeda untuk berjualan keliling", 250_000, True),
                ("p-lilis", "tool", "Kompor dan dandang", 150_000, True),
                ("p-suprapti", "labour", "Menggiling jagung untuk kopi", None, False),
                ("p-jumaati", "materials", "Kacang tanah 5 kg", 60_000, True),
                ("p-ani", "materials", "Kedelai 3 kg dan gula", 45_000, False),
            ],
        ),
        steps=steps(
            code,
            [
                (
                    "Membagi wilayah jualan dan jenis dagangan",
                    ("p-sumarni", "p-lilis"),
                    0,
                    (),
                    1,
                    "Peta gang dan jalan sekitar Pakis",
                ),
                (
                    "Membeli gerobak, termos dan panci",
                    ("p-suprapti", "p-kholik"),
                    1_300_000,
                    (),
                    1,
                    "Gerobak dorong dari tukang di Kembang Kuning",
                ),
                (
                    "Belanja bahan bersama di Pasar Kembang",
                    ("p-jumaati", "p-ani"),
                    430_000,
                    (1,),
                    1,
                    "Kedelai, jagung, kacang, tepung, gula",
                ),
                (
                    "Mulai berjualan keliling setiap hari",
                    ("p-sumarni", "p-kholik", "p-jumaati", "p-ani"),
                    0,
                    (2, 3),
                    8,
                    "Gerobak, sepeda, termos",
                ),
                (
                    "Menerima pesanan kue arisan dan yasinan",
                    ("p-lilis",),
                    0,
                    (3,),
                    8,
                    "Daftar harga kue",
                ),
                (
                    "Mencatat penjualan dan tabungan harian",
                    ("p-suprapti",),
                    15_000,
                    (1,),
                    9,
                    "Buku kas",
                ),
            ],
        ),
        calendar=CalendarSettings(unit="month", start=dt.date(2003, 8, 1)),
        capital=_surabaya_capital(
            code,
            first_round=("p-sumarni", "p-lilis", "p-suprapti", "p-jumaati", "p-ani", "p-kholik"),
            lines=[
                ("Gerobak dorong", 2, "unit", 450_000, "stimulus"),
                ("Termos es dan termos air panas", 4, "buah", 60_000, "stimulus"),
                ("Panci dan dandang", 2, "buah", 80_000, "stimulus"),
                ("Kedelai", 20, "kg", 3_500, "stimulus"),
                ("Jagung pipil", 20, "kg", 2_000, "stimulus"),
                ("Kacang tanah", 15, "kg", 8_000, "stimulus"),
                ("Tepung, gula dan bahan kue", 1, "paket", 200_000, "stimulus"),
                ("Modal dagangan harian", 6, "anggota", 150_000, "stimulus"),
                ("Buku kas", 1, "buah", 15_000, "stimulus"),
                ("Sepeda Pak Kholik", 1, "unit", 250_000, "own"),
                ("Kompor dan dandang Bu Lilis", 1, "paket", 150_000, "own"),
            ],
            extra_rules=(
                "Bu Ani hanya memerlukan Rp 300.000; sisanya Rp 200.000 disimpan di koperasi "
                "Yayasan Widya Dharma.",
            ),
        ),
        notes=group_notes(
            success="Anggota ingin lepas dari bank keliling; ini disebut paling awal.",
            swot="Penertiban pedagang kaki lima dibahas dengan Lurah sesudah acara.",
            pledges="Bu Rokayah tidak hadir; anaknya menyampaikan ia ikut kelompok.",
            steps="Setiap anggota tetap berjualan dagangannya sendiri; kelompok belanja bersama.",
            calendar="Puasa dan Lebaran justru ramai untuk kolak dan kue; kelompok tetap jualan.",
            capital="Bu Ani cukup Rp 300.000; sisanya tetap tersimpan di koperasi.",
        ),
    )


# ---------------------------------------------------------------------------
# Palembang, Kelurahan 13 Ilir: two groups, each participant's dots entered.


def palembang() -> Workshop:
    """Kel. 13 Ilir: 22 participants, per-person dot ballots, Sedap Malam and Jaya Bersama."""
    participants = people(
        [
            # Kelompok Sedap Malam
            ("p-rohani", "Rohani", "F", False, "05", True),
            ("p-yusnaini", "Yusnaini", "F", False, "05", True),
            ("p-masitoh", "Masitoh", "F", True, "05", True),
            ("p-nurbaya", "Nurbaya", "F", False, "05", True),
            ("p-rusmini", "Rusmini", "F", False, "06", True),
            ("p-fatimah", "Fatimah", "F", False, "05", True),
            ("p-herlina", "Herlina", "F", False, "06", True),
            ("p-zubaidah", "Siti Zubaidah", "F", False, "06", True),
            ("p-aisyah", "Aisyah", "F", False, "05", True),
            ("p-syamsul", "Syamsul Bahri", "M", True, "05", True),
            # Kelompok Jaya Bersama
            ("p-zulkifli", "Zulkifli", "M", True, "07", True),
            ("p-darmawati", "Darmawati", "F", False, "07", True),
            ("p-suryani", "Suryani", "F", False, "07", True),
            ("p-marlina", "Marlina", "F", False, "06", True),
            ("p-nurjanah", "Nurjanah", "F", False, "07", True),
            ("p-halimah", "Halimah", "F", True, "07", True),
            ("p-rosidah", "Rosidah", "F", False, "07", True),
            ("p-ismail", "Ismail", "M", True, "06", True),
            ("p-junaidi", "Junaidi", "M", False, "07", True),
            ("p-ernawati", "Ernawati", "F", False, "07", True),
            # Not in a group
            ("p-yunus", "M. Yunus", "M", True, "06", True),
            ("p-sulastri", "Sulastri", "F", False, "05", False),
        ]
    )
    problems = (
        Problem(
            id="prob-modal",
            title="Modal usaha kurang",
            category="capital",
            causes=(
                "Penghasilan harian habis untuk makan",
                "Tidak bisa meminjam ke bank",
                "Bunga bank keliling tinggi",
            ),
            effects=(
                "Tidak bisa membeli bahan dalam jumlah besar",
                "Usaha berhenti kalau ada keperluan mendadak",
            ),
            description="Pada intinya masalah sosial ekonomi: tanpa modal, usaha tidak jalan.",
        ),
        Problem(
            id="prob-putus-sekolah",
            title="Anak terlantar dan putus sekolah",
            category="education",
            causes=("Biaya sekolah tidak terjangkau", "Anak membantu orang tua di pasar"),
            effects=("Anak bekerja di jalan dan di pasar", "Masa depan anak tidak jelas"),
        ),
        Problem(
            id="prob-lansia",
            title="Orang tua lanjut usia tidak terurus",
            category="social",
            causes=("Anak-anak merantau atau tidak mampu", "Tidak ada penghasilan di hari tua"),
            effects=("Lansia sakit tanpa berobat", "Beban keluarga bertambah"),
        ),
        Problem(
            id="prob-pekerjaan",
            title="Pekerjaan tidak tetap",
            category="work",
            causes=("Keterampilan terbatas", "Hanya kerja serabutan dan buruh harian"),
            effects=("Penghasilan tidak menentu", "Sering berutang di warung"),
        ),
        Problem(
            id="prob-rumah",
            title="Rumah kumuh di tepi sungai",
            category="housing",
            causes=("Tanah di darat mahal", "Rumah panggung kayu sudah tua"),
            effects=("Banjir saat air Musi pasang", "Sampah dan air kotor di bawah rumah"),
        ),
    )
    voters = [p.id for p in participants if p.present]
    voting = ProblemVoting(
        method="dots",
        dots=DotVoting(
            dots_per_person=3,
            cap_per_item=2,
            source="ballots",
            ballots=ballots(
                voters,
                # One string per present participant, in register order.
                # M modal, S sekolah, L lansia, K pekerjaan, R rumah.
                "MMS MSK MML MSR MK SSM MMK MSL MKR MMK MMK MSS MSK MR MSL LLM MSK MMR KKM MS LLS",
                {
                    "M": "prob-modal",
                    "S": "prob-putus-sekolah",
                    "L": "prob-lansia",
                    "K": "prob-pekerjaan",
                    "R": "prob-rumah",
                },
            ),
        ),
        results_hidden=False,
        priority_id="prob-modal",
        reasons=(
            "Dengan usaha yang berjalan, biaya sekolah anak dan orang tua bisa ditanggung "
            "keluarga sendiri.",
            "Masalah anak terlantar dan lansia disampaikan kepada Dinas Sosial dan orsos.",
        ),
    )
    skills = (
        Skill(
            id="sk-menjahit",
            name="Menjahit",
            holder_ids=("p-zulkifli", "p-marlina", "p-ismail", "p-darmawati", "p-halimah"),
        ),
        Skill(
            id="sk-berdagang",
            name="Berdagang",
            holder_ids=("p-rohani", "p-fatimah", "p-syamsul", "p-ernawati", "p-yunus"),
        ),
        Skill(
            id="sk-kue",
            name="Membuat kue",
            holder_ids=("p-rohani", "p-yusnaini", "p-herlina", "p-zubaidah", "p-aisyah"),
        ),
        Skill(id="sk-pempek", name="Membuat pempek", holder_ids=("p-masitoh", "p-nurbaya")),
        Skill(id="sk-memasak", name="Memasak", holder_ids=("p-rusmini", "p-masitoh")),
        Skill(id="sk-tukang-kayu", name="Tukang kayu", holder_ids=("p-junaidi",)),
    )
    institutions = (
        Institution(
            id="in-arisan",
            name="Arisan ibu-ibu RT",
            kind="arisan",
            importance=4,
            closeness=5,
        ),
        Institution(
            id="in-majelis-taklim",
            name="Majelis taklim",
            kind="pengajian",
            importance=4,
            closeness=4,
            notes="Pengajian ibu-ibu setiap Jumat sore.",
        ),
        Institution(id="in-posyandu", name="Posyandu", kind="kesehatan", importance=3, closeness=4),
        Institution(
            id="in-karang-taruna",
            name="Karang taruna",
            kind="pemuda",
            importance=2,
            closeness=2,
        ),
        Institution(
            id="in-bina-vitalis",
            name="Yayasan Bina Vitalis",
            kind="LSM",
            importance=5,
            closeness=3,
            notes="Pendamping dan pengelola dana stimulan.",
        ),
        Institution(
            id="in-kelurahan",
            name="Kantor Kelurahan 13 Ilir",
            kind="pemerintah",
            importance=4,
            closeness=2,
            notes="Lurah mendukung dan hadir saat pembukaan.",
        ),
    )
    resources = (
        Resource(
            id="rs-koperasi",
            name="Koperasi simpan pinjam Yayasan Bina Vitalis",
            kind="finance",
            notes="Mengelola dana stimulan sebagai dana bergulir.",
        ),
        Resource(
            id="rs-pasar",
            name="Pasar 16 Ilir",
            kind="market",
            notes="Belanja tepung, kain dan benang; tempat menitipkan kue.",
        ),
        Resource(
            id="rs-orsos",
            name="Orsos (organisasi sosial) di Ilir Timur",
            kind="service",
            notes="Bantuan untuk anak terlantar dan lansia.",
        ),
        Resource(
            id="rs-bank-keliling",
            name="Bank keliling",
            kind="finance",
            notes="Mudah didapat tetapi bunganya tinggi; ingin ditinggalkan.",
        ),
        Resource(
            id="rs-musi",
            name="Sungai Musi",
            kind="natural",
            notes="Jalur perahu ke pasar; pembeli di dermaga dan pinggir sungai.",
        ),
        Resource(
            id="rs-dinsos",
            name="Dinas Sosial Provinsi Sumatera Selatan",
            kind="service",
            notes="Satu pendamping dari Dinas Sosial Tingkat I.",
        ),
    )
    needs = (
        Need(id="nd-modal", text="Modal usaha", problem_ids=("prob-modal",)),
        Need(
            id="nd-tempat",
            text="Tempat usaha: dapur bersama dan ruang jahit",
            problem_ids=("prob-modal", "prob-pekerjaan"),
        ),
        Need(
            id="nd-belajar",
            text="Belajar menjahit dan menghitung harga jual",
            problem_ids=("prob-pekerjaan",),
        ),
        Need(
            id="nd-bahan",
            text="Bahan baku: tepung terigu, gula, kain, benang",
            problem_ids=("prob-modal",),
        ),
        Need(
            id="nd-sekolah",
            text="Biaya sekolah anak",
            problem_ids=("prob-putus-sekolah",),
        ),
    )
    criteria = (
        Criterion(id="cr-modal", name="Modal kecil", weight=2),
        Criterion(id="cr-keterampilan", name="Keterampilan sudah ada", weight=3),
        Criterion(id="cr-laku", name="Mudah dijual", weight=3),
        Criterion(id="cr-rumah", name="Bisa dikerjakan di rumah", weight=1),
    )
    ideas = (
        BusinessIdea(
            id="idea-kue",
            name="Dagang kue",
            description="Kue basah untuk sarapan dan kue kering pesanan.",
            skill_ids=("sk-kue", "sk-berdagang"),
            scores={"cr-modal": 4, "cr-keterampilan": 5, "cr-laku": 4, "cr-rumah": 5},
        ),
        BusinessIdea(
            id="idea-jahit",
            name="Menjahit pakaian",
            description="Jahit baju, seragam sekolah dan permak.",
            skill_ids=("sk-menjahit",),
            scores={"cr-modal": 2, "cr-keterampilan": 4, "cr-laku": 4, "cr-rumah": 4},
        ),
        BusinessIdea(
            id="idea-pempek",
            name="Jualan pempek",
            description="Pempek dan tekwan untuk warung dan kantin.",
            skill_ids=("sk-pempek", "sk-memasak"),
            scores={"cr-modal": 3, "cr-keterampilan": 3, "cr-laku": 5, "cr-rumah": 4},
        ),
        BusinessIdea(
            id="idea-warung",
            name="Warung sembako",
            description="Warung kebutuhan sehari-hari di depan rumah.",
            skill_ids=("sk-berdagang",),
            scores={"cr-modal": 1, "cr-keterampilan": 3, "cr-laku": 4, "cr-rumah": 5},
        ),
    )
    return Workshop(
        id="ws-palembang",
        info=WorkshopInfo(
            title="PRA Pemberdayaan Migran Kelurahan 13 Ilir",
            place=Place(
                province="Sumatera Selatan",
                city="Palembang",
                district="Ilir Timur II",
                village="13 Ilir",
                rt="05/06/07",
                rw="02",
            ),
            date=dt.date(2003, 8, 13),
            venue="Kantor Kelurahan 13 Ilir",
            facilitators=(
                "Drs. Bambang Sutrisno (peneliti)",
                "Dra. Rosmala Dewi (Dinas Sosial Provinsi Sumatera Selatan)",
            ),
            mentor="Hendra Saputra (Yayasan Bina Vitalis)",
            partner="Yayasan Bina Vitalis",
            agreements=(
                "Instansi terkait, LSM dan kelurahan sepakat bekerja sama sesuai fungsi dan "
                "peran masing-masing.",
                "Pendamping: dua orang dari Yayasan Bina Vitalis (Hendra Saputra, Yusnani) dan "
                "satu orang dari Dinas Sosial Tingkat I (Zainal Abidin).",
                "Lokasi penelitian Kelurahan 10 dan 13 Ilir; FGD di aula Dinas Sosial Palembang, "
                "PRA di Kelurahan 13 Ilir.",
                "Dana stimulan Rp 10.000.000 untuk dua kelompok; setiap anggota menandatangani "
                "penerimaan Rp 500.000.",
                "Dana stimulan dikelola oleh Yayasan Bina Vitalis sebagai dana bergulir; "
                "diserahkan peneliti dalam bentuk uang tunai.",
            ),
        ),
        participants=participants,
        problems=problems,
        voting=voting,
        skills=skills,
        institutions=institutions,
        resources=resources,
        needs=needs,
        criteria=criteria,
        ideas=ideas,
        groups=(_sedap_malam(), _jaya_bersama()),
        notes={
            PraStep.PREPARATION: (
                "Contoh dari laporan uji coba model pemberdayaan migran (Departemen Sosial, "
                "2003). Nama peserta rekaan. Honor pendamping dan fasilitator serta biaya "
                "PRA sudah diatur; alat tulis disiapkan peneliti."
            ),
            PraStep.PARTICIPANTS: (
                "Calon sasaran ditetapkan sesuai kriteria hasil penelitian 2002. Pak Yunus "
                "(lansia) hadir sebagai peserta tetapi tidak masuk kelompok usaha. Bu Sulastri "
                "sakit."
            ),
            PraStep.PROBLEMS: (
                "Muncul masalah anak, lansia, keterlantaran dan anak putus sekolah; pada "
                "intinya masalah sosial ekonomi. Tiga titik per orang, paling banyak dua per "
                "masalah; setiap suara dicatat per orang."
            ),
            PraStep.POTENTIALS: (
                "Potensi dari dalam diri: menjahit, berdagang, membuat kue. Dari luar: alam "
                "sekitar dan sistem sumber (koperasi, pasar, orsos, bank keliling)."
            ),
            PraStep.IDEAS: (
                "Dua kelompok terbentuk: Sedap Malam (dagang kue) dan Jaya Bersama (menjahit). "
                "Pempek dinilai laku tetapi keterampilannya baru dua orang."
            ),
            PraStep.REVIEW: (
                "Setiap anggota menandatangani tanda terima Rp 500.000. Rencana usaha "
                "dibacakan dan disalin untuk pendamping Yayasan Bina Vitalis."
            ),
        },
    )


def _palembang_capital(
    code: str, lines: Sequence[tuple[str, int, str, int, str]], rules: tuple[str, ...]
) -> CapitalPlan:
    """Rp 500.000 per member through the savings-and-loan cooperative of Yayasan Bina Vitalis."""
    return CapitalPlan(
        stimulus_per_member=500_000,
        deductions=(
            Deduction(
                id=f"de-{code}-pokok",
                label="Simpanan pokok koperasi Bina Vitalis",
                kind="share",
                amount=25_000,
                frequency="once",
            ),
        ),
        compulsory_dues=5_000,
        voluntary_savings="Simpanan sukarela setiap pertemuan mingguan, dicatat bendahara.",
        service_fee_percent=Decimal(1),
        loan_term_months=12,
        budget=budget(code, lines),
        rules=(
            "Dana stimulan Rp 10.000.000 untuk dua kelompok; setiap anggota menandatangani "
            "Rp 500.000.",
            "Dana dikelola Yayasan Bina Vitalis dan dicatat dalam buku kas kelompok.",
            "Angsuran dibayar setiap minggu pada pertemuan kelompok.",
            "Setelah lunas, dana digulirkan kepada warga lain di Kelurahan 10 dan 13 Ilir.",
            *rules,
        ),
    )


LEBARAN_1424 = ("Libur Lebaran Idul Fitri 1424 H", dt.date(2003, 11, 24), dt.date(2003, 11, 30))


def _sedap_malam() -> BusinessGroup:
    code = "sm"
    return BusinessGroup(
        id="g-sedap-malam",
        name="Kelompok Sedap Malam",
        business="Membuat dan berdagang kue",
        idea_id="idea-kue",
        reason=(
            "Hampir semua anggota bisa membuat kue dan sudah biasa berjualan. Kue bisa dibuat "
            "di rumah dan dititipkan ke warung, kantin sekolah dan Pasar 16 Ilir."
        ),
        member_ids=(
            "p-rohani",
            "p-yusnaini",
            "p-masitoh",
            "p-nurbaya",
            "p-rusmini",
            "p-fatimah",
            "p-herlina",
            "p-zubaidah",
            "p-aisyah",
            "p-syamsul",
        ),
        chair_id="p-rohani",
        secretary_id="p-yusnaini",
        treasurer_id="p-masitoh",
        success=success(
            code,
            [
                ("Menabung", "Tabungan setiap anggota Rp 5.000 per minggu"),
                ("Menyekolahkan anak", "Anak anggota tetap sekolah sampai SLTP"),
                ("Memenuhi kebutuhan keluarga", "Tidak lagi berutang di warung untuk makan"),
                ("Kue laku setiap hari", "Kue dititipkan di 5 warung dan 1 kantin sekolah"),
            ],
        ),
        swot=swot(
            code,
            [
                "Kemampuan dan keterampilan membuat kue",
                "Sudah biasa berdagang",
                "Mau bekerja keras",
            ],
            [
                "Banyak kesulitan dalam keluarga",
                "Peralatan masak masih sederhana",
                "Belum bisa menghitung harga pokok",
            ],
            [
                "Uang bantuan stimulan akan dimanfaatkan dengan sungguh-sungguh",
                "Pasar 16 Ilir dan sekolah dekat",
                "Pesanan kue untuk hajatan dan Lebaran",
            ],
            [
                "Harga tepung terigu, gula dan telur naik",
                "Banyak pedagang kue lain",
                "Kue basah cepat basi",
            ],
        ),
        pledges=pledges(
            code,
            [
                ("p-rohani", "tool", "Oven dan cetakan kue", 200_000, True),
                ("p-masitoh", "money", "Modal tunai", 100_000, True),
                ("p-yusnaini", "labour", "Tenaga membuat kue setiap pagi", None, True),
                ("p-nurbaya", "materials", "Tepung terigu 5 kg", 17_500, True),
                ("p-rusmini", "materials", "Gula dan telur", 50_000, False),
                ("p-syamsul", "tool", "Sepeda untuk mengantar kue", 300_000, True),
                ("p-fatimah", "labour", "Menjajakan kue ke pasar", None, False),
                ("p-herlina", "money", "Modal tunai", 50_000, False),
                ("p-zubaidah", "tool", "Kompor minyak tanah", 75_000, True),
                ("p-aisyah", "materials", "Daun pisang dan plastik pembungkus", 20_000, True),
            ],
        ),
        steps=steps(
            code,
            [
                (
                    "Mencari modal usaha: menerima dana stimulan",
                    ("p-rohani", "p-masitoh"),
                    0,
                    (),
                    1,
                    "Tanda tangan setiap anggota di Yayasan Bina Vitalis",
                ),
                (
                    "Mencari tempat: dapur bersama di rumah Bu Rohani",
                    ("p-rohani",),
                    50_000,
                    (),
                    1,
                    "Rak dan meja kerja",
                ),
                (
                    "Membeli peralatan kue",
                    ("p-masitoh", "p-zubaidah"),
                    1_320_000,
                    (1,),
                    1,
                    "Oven, loyang, mixer, baskom",
                ),
                (
                    "Mencari tepung terigu dan bahan kue di Pasar 16 Ilir",
                    ("p-nurbaya", "p-rusmini"),
                    720_000,
                    (1,),
                    1,
                    "Tepung terigu, gula, telur, mentega",
                ),
                (
                    "Mencoba resep dan menghitung harga jual",
                    ("p-yusnaini", "p-herlina"),
                    100_000,
                    (2, 3, 4),
                    1,
                    "Bimbingan pendamping",
                ),
                (
                    "Menitipkan kue ke warung dan kantin sekolah",
                    ("p-fatimah", "p-syamsul"),
                    0,
                    (5,),
                    2,
                    "Nampan dan plastik",
                ),
                (
                    "Produksi dan penjualan setiap hari",
                    ("p-aisyah", "p-fatimah", "p-yusnaini"),
                    0,
                    (6,),
                    8,
                    "Bahan dibeli setiap minggu",
                ),
                (
                    "Menerima pesanan kue Lebaran",
                    ("p-rohani", "p-herlina"),
                    300_000,
                    (5,),
                    4,
                    "Kue kering: nastar, kue lapis, maksuba",
                ),
                (
                    "Pertemuan mingguan: angsuran, tabungan, pembukuan",
                    ("p-masitoh", "p-yusnaini"),
                    10_000,
                    (1,),
                    12,
                    "Buku kas dan buku tabungan",
                ),
            ],
        ),
        calendar=CalendarSettings(
            unit="week",
            start=dt.date(2003, 9, 1),
            blackouts=(
                Blackout(
                    id="bo-sm-lebaran",
                    label=LEBARAN_1424[0],
                    start=LEBARAN_1424[1],
                    end=LEBARAN_1424[2],
                ),
            ),
            max_parallel_per_person=2,
        ),
        capital=_palembang_capital(
            code,
            [
                ("Oven", 2, "unit", 350_000, "stimulus"),
                ("Mixer tangan", 1, "unit", 250_000, "stimulus"),
                ("Loyang dan cetakan", 10, "buah", 25_000, "stimulus"),
                ("Baskom dan panci", 4, "buah", 30_000, "stimulus"),
                ("Kompor minyak tanah", 2, "unit", 75_000, "stimulus"),
                ("Tepung terigu", 50, "kg", 3_500, "stimulus"),
                ("Gula pasir", 30, "kg", 4_500, "stimulus"),
                ("Telur ayam", 20, "kg", 8_000, "stimulus"),
                ("Mentega dan bahan lain", 1, "paket", 250_000, "stimulus"),
                ("Plastik, kertas minyak dan nampan", 1, "paket", 150_000, "stimulus"),
                ("Modal kerja bahan kue bulan ke-2 dan ke-3", 2, "bulan", 600_000, "stimulus"),
                ("Oven dan cetakan Bu Rohani", 1, "paket", 200_000, "own"),
                ("Sepeda Pak Syamsul", 1, "unit", 300_000, "own"),
            ],
            ("Kue pesanan Lebaran dibayar separuh di muka oleh pemesan.",),
        ),
        notes=group_notes(
            success="Jawaban bervariasi: menabung, menyekolahkan anak, kebutuhan keluarga.",
            swot="Kelemahan yang paling sering disebut: banyak kesulitan dalam keluarga.",
            pledges="Janji hati dibacakan satu per satu dan ditandatangani.",
            steps="Langkah mengikuti jawaban kelompok: cari tepung terigu, modal, tempat.",
            calendar="Pesanan kue Lebaran selesai sebelum libur Lebaran; minggu libur dikosongkan.",
            capital="Dana diterima anggota melalui Yayasan Bina Vitalis.",
        ),
    )


def _jaya_bersama() -> BusinessGroup:
    code = "jb"
    return BusinessGroup(
        id="g-jaya-bersama",
        name="Kelompok Jaya Bersama",
        business="Menjahit pakaian, seragam sekolah dan permak",
        idea_id="idea-jahit",
        reason=(
            "Tiga anggota sudah pandai menjahit dan dua punya mesin jahit. Yang belum bisa "
            "akan belajar, sehingga semua anggota bisa menerima jahitan."
        ),
        member_ids=(
            "p-zulkifli",
            "p-darmawati",
            "p-suryani",
            "p-marlina",
            "p-nurjanah",
            "p-halimah",
            "p-rosidah",
            "p-ismail",
            "p-junaidi",
            "p-ernawati",
        ),
        chair_id="p-zulkifli",
        secretary_id="p-darmawati",
        treasurer_id="p-suryani",
        success=success(
            code,
            [
                ("Menabung", "Tabungan setiap anggota Rp 5.000 per minggu"),
                ("Menyekolahkan anak", "Seragam anak dijahit sendiri, uang sekolah terbayar"),
                ("Kebutuhan keluarga tercukupi", "Penghasilan tambahan Rp 200.000 sebulan"),
                ("Semua anggota bisa menjahit", "Setiap anggota menyelesaikan satu baju sendiri"),
                ("Punya kios jahit", "Kios jahit dekat Pasar 16 Ilir dalam satu tahun"),
            ],
        ),
        swot=swot(
            code,
            [
                "Kemampuan menjahit tiga anggota",
                "Dua mesin jahit milik anggota",
                "Kemauan belajar tinggi",
            ],
            [
                "Sebagian anggota belum bisa menjahit",
                "Banyak kesulitan dalam keluarga",
                "Belum punya tempat usaha",
            ],
            [
                "Uang bantuan stimulan akan dimanfaatkan dengan sungguh-sungguh",
                "Pesanan seragam sekolah dan baju Lebaran",
                "Koperasi Yayasan Bina Vitalis",
            ],
            [
                "Baju jadi murah di Pasar 16 Ilir",
                "Listrik sering padam",
                "Pelanggan tidak mengambil jahitan",
            ],
        ),
        pledges=pledges(
            code,
            [
                ("p-zulkifli", "tool", "Menyumbang mesin jahit", 500_000, True),
                ("p-ismail", "tool", "Menyumbang mesin jahit", 450_000, True),
                ("p-suryani", "money", "Modal tunai", 100_000, True),
                ("p-darmawati", "materials", "Benang, jarum dan kapur jahit", 35_000, True),
                ("p-marlina", "labour", "Mengajari anggota menjahit", None, True),
                ("p-nurjanah", "money", "Modal tunai", 50_000, False),
                ("p-halimah", "materials", "Kain perca untuk latihan", 25_000, True),
                ("p-rosidah", "labour", "Membersihkan dan menjaga tempat jahit", None, False),
                ("p-junaidi", "labour", "Membuat meja potong dari kayu", 100_000, False),
                ("p-ernawati", "money", "Modal tunai", 50_000, True),
            ],
        ),
        steps=steps(
            code,
            [
                (
                    "Belajar menjahit dari Pak Zulkifli dan Bu Marlina",
                    ("p-zulkifli", "p-marlina"),
                    50_000,
                    (),
                    4,
                    "Kain perca, mesin jahit anggota",
                ),
                (
                    "Mencari tempat usaha",
                    ("p-zulkifli", "p-junaidi"),
                    150_000,
                    (),
                    2,
                    "Sewa ruang di rumah warga dekat jalan",
                ),
                (
                    "Mencari modal: dana stimulan dan modal anggota",
                    ("p-suryani",),
                    0,
                    (),
                    1,
                    "Tanda tangan setiap anggota",
                ),
                (
                    "Membeli mesin jahit dan obras",
                    ("p-suryani", "p-ismail"),
                    1_950_000,
                    (3,),
                    1,
                    "Toko mesin jahit di Pasar 16 Ilir",
                ),
                (
                    "Mencari bahan: kain, benang, kancing",
                    ("p-darmawati", "p-halimah"),
                    800_000,
                    (3,),
                    1,
                    "Daftar pesanan dan ukuran",
                ),
                (
                    "Menata tempat jahit",
                    ("p-junaidi", "p-rosidah"),
                    100_000,
                    (2, 4),
                    1,
                    "Meja potong, lampu, rak",
                ),
                (
                    "Menerima pesanan seragam dan baju Lebaran",
                    ("p-darmawati", "p-ernawati", "p-nurjanah"),
                    0,
                    (1, 5, 6),
                    6,
                    "Buku pesanan",
                ),
                (
                    "Pertemuan mingguan: angsuran dan pembukuan",
                    ("p-suryani", "p-darmawati"),
                    10_000,
                    (3,),
                    12,
                    "Buku kas",
                ),
            ],
        ),
        calendar=CalendarSettings(
            unit="week",
            start=dt.date(2003, 9, 1),
            blackouts=(
                Blackout(
                    id="bo-jb-lebaran",
                    label=LEBARAN_1424[0],
                    start=LEBARAN_1424[1],
                    end=LEBARAN_1424[2],
                ),
            ),
            max_parallel_per_person=2,
        ),
        capital=_palembang_capital(
            code,
            [
                ("Mesin jahit", 1, "unit", 850_000, "stimulus"),
                ("Mesin obras", 1, "unit", 1_100_000, "stimulus"),
                ("Gunting kain", 3, "buah", 35_000, "stimulus"),
                ("Kain katun dan kain seragam", 60, "meter", 10_000, "stimulus"),
                ("Benang, kancing dan resleting", 1, "paket", 200_000, "stimulus"),
                ("Sewa tempat", 3, "bulan", 50_000, "stimulus"),
                ("Lampu dan kabel", 1, "paket", 100_000, "stimulus"),
                ("Mesin jahit Pak Zulkifli", 1, "unit", 500_000, "own"),
                ("Mesin jahit Pak Ismail", 1, "unit", 450_000, "own"),
                ("Meja potong buatan Pak Junaidi", 1, "buah", 100_000, "own"),
            ],
            ("Mesin jahit yang dibeli dari dana stimulan menjadi milik kelompok.",),
        ),
        notes=group_notes(
            success="Semua anggota ingin bisa menjahit, bukan hanya tiga orang.",
            swot="Peluang: stimulan dipakai sungguh-sungguh; ancaman: baju jadi murah.",
            pledges="Dua mesin jahit anggota dipakai bersama selama belajar.",
            steps="Belajar menjahit, mencari tempat, mencari modal, mencari bahan.",
            calendar="Pesanan baju Lebaran paling ramai bulan puasa; libur seminggu saat Lebaran.",
            capital="Dana stimulan dikelola Yayasan Bina Vitalis; angsuran mingguan.",
        ),
    )


# ---------------------------------------------------------------------------
# Yogyakarta, Kelurahan Warungboto RT 37 and 39: dot ballots that tie, broken
# by pairwise comparison; one group, the KUW "Tri Astha" revolving fund.


def yogyakarta() -> Workshop:
    """Kel. Warungboto RT 37/39: 20 participants, dots then pairwise, KUW "Tri Astha"."""
    participants = people(
        [
            # KUW "Tri Astha", first borrowers
            ("p-sutrisno", "Sutrisno", "M", True, "37", True),
            ("p-lestari", "Sri Lestari", "F", False, "37", True),
            ("p-tukiyem", "Tukiyem", "F", True, "39", True),
            ("p-paijo", "Paijo", "M", True, "39", True),
            ("p-wagiman", "Wagiman", "M", True, "39", True),
            ("p-suparman", "Suparman", "M", True, "37", True),
            ("p-ngatini", "Ngatini", "F", False, "37", True),
            ("p-sumardi", "Sumardi", "M", True, "39", True),
            ("p-parjiyem", "Parjiyem", "F", False, "39", True),
            ("p-budi", "Budi Santoso", "M", False, "37", True),
            # Warga who borrow when the fund rolls on
            ("p-giyanto", "Giyanto", "M", True, "39", True),
            ("p-sarinah", "Sarinah", "F", False, "37", True),
            ("p-purwanto", "Purwanto", "M", True, "37", True),
            ("p-jumirah", "Jumirah", "F", True, "39", True),
            ("p-widodo", "Slamet Widodo", "M", True, "37", False),
            ("p-rubiyah", "Rubiyah", "F", False, "39", True),
            ("p-mujiono", "Mujiono", "M", False, "39", True),
            ("p-tarmini", "Tarmini", "F", False, "37", False),
            ("p-darsono", "Darsono", "M", True, "39", True),
            ("p-warsini", "Warsini", "F", False, "37", True),
        ]
    )
    problems = (
        Problem(
            id="prob-modal",
            title="Kekurangan modal",
            category="capital",
            causes=("Penghasilan pas-pasan", "Tidak punya agunan untuk pinjam ke bank"),
            effects=("Usaha tetap kecil", "Terpaksa pinjam ke bank keliling"),
        ),
        Problem(
            id="prob-alat",
            title="Kekurangan alat-alat untuk usaha",
            category="capital",
            causes=("Alat mahal", "Alat lama rusak dan tidak diganti"),
            effects=("Pekerjaan lambat", "Menyewa atau meminjam alat orang lain"),
        ),
        Problem(
            id="prob-pemasaran",
            title="Kurang mampu memasarkan hasil usaha",
            category="work",
            causes=("Tidak punya langganan tetap", "Tidak tahu tempat menjual selain pasar"),
            effects=("Barang lama laku", "Harga ditekan tengkulak"),
        ),
        Problem(
            id="prob-manajemen",
            title="Kurang pengetahuan manajemen usaha",
            category="education",
            causes=("Belum pernah ikut pelatihan", "Uang usaha dan rumah tangga bercampur"),
            effects=("Tidak tahu untung atau rugi", "Modal habis tanpa terasa"),
        ),
    )
    voters = [p.id for p in participants if p.present]
    voting = ProblemVoting(
        method="pairwise",
        dots=DotVoting(
            dots_per_person=3,
            cap_per_item=2,
            source="ballots",
            ballots=ballots(
                voters,
                # M modal, A alat, P pemasaran, J manajemen; register order.
                "MAP MAJ MMA AAM AAP AAM MPJ MAP MPJ AJP AAP MMP AMJ MPJ MMP AJJ MAP MPA",
                {
                    "M": "prob-modal",
                    "A": "prob-alat",
                    "P": "prob-pemasaran",
                    "J": "prob-manajemen",
                },
            ),
        ),
        pairwise=pairwise(
            [
                ("prob-modal", "prob-alat", "prob-modal"),
                ("prob-pemasaran", "prob-manajemen", "prob-pemasaran"),
                ("prob-modal", "prob-pemasaran", "prob-modal"),
                ("prob-alat", "prob-manajemen", "prob-alat"),
                ("prob-modal", "prob-manajemen", "prob-modal"),
                ("prob-alat", "prob-pemasaran", "prob-alat"),
            ]
        ),
        results_hidden=True,
        priority_id="prob-modal",
        reasons=(
            "Titik suara sama kuat antara modal dan alat (17 lawan 17); perbandingan "
            "berpasangan memilih modal.",
            "Dengan modal, alat bisa dibeli sendiri-sendiri sesuai usaha masing-masing.",
            "Pemasaran dan manajemen usaha dipelajari lewat pendampingan LSM Bina Swadaya.",
        ),
    )
    skills = (
        Skill(
            id="sk-dagang",
            name="Berdagang atau berjualan",
            holder_ids=("p-sutrisno", "p-tukiyem", "p-ngatini", "p-sarinah"),
        ),
        Skill(id="sk-alat-musik", name="Kerajinan alat musik", holder_ids=("p-giyanto", "p-budi")),
        Skill(
            id="sk-sepatu",
            name="Kerajinan sepatu",
            holder_ids=("p-paijo", "p-wagiman", "p-mujiono"),
        ),
        Skill(id="sk-mekanik", name="Mekanik", holder_ids=("p-suparman", "p-purwanto", "p-budi")),
        Skill(id="sk-memasak", name="Memasak", holder_ids=("p-tukiyem", "p-ngatini", "p-rubiyah")),
        Skill(
            id="sk-menjahit",
            name="Menjahit",
            holder_ids=("p-lestari", "p-parjiyem", "p-warsini"),
        ),
        Skill(id="sk-ternak", name="Beternak", holder_ids=("p-sumardi", "p-jumirah", "p-darsono")),
    )
    institutions = (
        Institution(
            id="in-paguyuban",
            name="Paguyuban warga RT 37",
            kind="paguyuban",
            importance=4,
            closeness=5,
        ),
        Institution(id="in-arisan", name="Arisan RT 39", kind="arisan", importance=3, closeness=5),
        Institution(
            id="in-yasinan",
            name="Pengajian yasinan",
            kind="pengajian",
            importance=4,
            closeness=4,
        ),
        Institution(id="in-pkk", name="PKK", kind="perempuan", importance=3, closeness=3),
        Institution(id="in-posyandu", name="Posyandu", kind="kesehatan", importance=3, closeness=4),
        Institution(
            id="in-karang-taruna",
            name="Karang taruna",
            kind="pemuda",
            importance=2,
            closeness=2,
            notes="Jarang melibatkan warga pendatang.",
        ),
        Institution(
            id="in-bina-swadaya",
            name="LSM Bina Swadaya",
            kind="LSM",
            importance=5,
            closeness=3,
            notes="Memandu diskusi kelompok dan mendampingi KUW.",
        ),
        Institution(
            id="in-kelurahan",
            name="Kelurahan Warungboto",
            kind="pemerintah",
            importance=4,
            closeness=3,
            notes="Pak Lurah menyiapkan peserta bersama LSM.",
        ),
    )
    resources = (
        Resource(
            id="rs-beringharjo",
            name="Pasar Beringharjo",
            kind="market",
            notes="Belanja bahan dan menjual dagangan.",
        ),
        Resource(
            id="rs-kusumanegara",
            name="Toko dan bengkel di Jalan Kusumanegara",
            kind="market",
            notes="Menerima titipan sepatu dan pekerjaan bengkel.",
        ),
        Resource(
            id="rs-gajah-wong",
            name="Kali Gajah Wong",
            kind="natural",
            notes="Rumput pakan ternak di bantaran; banjir saat hujan deras.",
        ),
        Resource(id="rs-bmt", name="BMT di Umbulharjo", kind="finance", notes="Simpan pinjam."),
        Resource(
            id="rs-bank-keliling",
            name="Bank keliling",
            kind="finance",
            notes="Pinjaman cepat dengan bunga tinggi.",
        ),
        Resource(
            id="rs-dinsos",
            name="Dinas Sosial Provinsi DIY",
            kind="service",
            notes="Materi permasalahan sosial migran dan penanganannya.",
        ),
        Resource(
            id="rs-kecamatan",
            name="Kecamatan Umbulharjo",
            kind="service",
            notes="Kebijakan pengelolaan lingkungan di tingkat kecamatan.",
        ),
    )
    needs = (
        Need(id="nd-modal", text="Tambahan modal usaha", problem_ids=("prob-modal",)),
        Need(
            id="nd-alat",
            text="Alat usaha: mesin jahit, alat bengkel, alat sepatu",
            problem_ids=("prob-alat",),
        ),
        Need(
            id="nd-pemasaran",
            text="Pelatihan pemasaran dan akses ke pembeli",
            problem_ids=("prob-pemasaran",),
        ),
        Need(
            id="nd-manajemen",
            text="Pelatihan manajemen usaha, keuangan dan perkreditan",
            problem_ids=("prob-manajemen",),
        ),
        Need(
            id="nd-organisasi",
            text="Organisasi warga yang mengelola dana bergulir",
            problem_ids=("prob-modal", "prob-manajemen"),
        ),
    )
    criteria = (
        Criterion(id="cr-modal", name="Modal kecil", weight=2),
        Criterion(id="cr-keterampilan", name="Keterampilan sudah ada", weight=3),
        Criterion(id="cr-pasar", name="Pasar ada", weight=2),
        Criterion(id="cr-risiko", name="Risiko kecil", weight=1),
    )
    ideas = (
        BusinessIdea(
            id="idea-dagang",
            name="Perdagangan",
            description="Warung kelontong, sayur dan makanan.",
            skill_ids=("sk-dagang", "sk-memasak"),
            scores={"cr-modal": 4, "cr-keterampilan": 5, "cr-pasar": 4, "cr-risiko": 3},
        ),
        BusinessIdea(
            id="idea-sepatu",
            name="Kerajinan sepatu",
            description="Sepatu dan sandal kulit sintetis untuk toko.",
            skill_ids=("sk-sepatu",),
            scores={"cr-modal": 3, "cr-keterampilan": 4, "cr-pasar": 3, "cr-risiko": 3},
        ),
        BusinessIdea(
            id="idea-ternak",
            name="Peternakan",
            description="Kambing dan ayam kampung.",
            skill_ids=("sk-ternak",),
            scores={"cr-modal": 2, "cr-keterampilan": 4, "cr-pasar": 4, "cr-risiko": 2},
        ),
        BusinessIdea(
            id="idea-jahit",
            name="Penjahitan",
            description="Jahit dan permak pakaian.",
            skill_ids=("sk-menjahit",),
            scores={"cr-modal": 3, "cr-keterampilan": 4, "cr-pasar": 3, "cr-risiko": 4},
        ),
        BusinessIdea(
            id="idea-bengkel",
            name="Perbengkelan",
            description="Bengkel sepeda dan sepeda motor.",
            skill_ids=("sk-mekanik",),
            scores={"cr-modal": 2, "cr-keterampilan": 4, "cr-pasar": 4, "cr-risiko": 3},
        ),
        BusinessIdea(
            id="idea-alat-musik",
            name="Kerajinan alat musik",
            description="Gitar kecil dan kendang untuk cendera mata.",
            skill_ids=("sk-alat-musik",),
            scores={"cr-modal": 3, "cr-keterampilan": 2, "cr-pasar": 2, "cr-risiko": 2},
        ),
    )
    return Workshop(
        id="ws-yogyakarta",
        info=WorkshopInfo(
            title="PRA Pemberdayaan Migran Kelurahan Warungboto",
            place=Place(
                province="DI Yogyakarta",
                city="Yogyakarta",
                district="Umbulharjo",
                village="Warungboto",
                rt="37/39",
                rw="09",
            ),
            date=dt.date(2003, 8, 27),
            venue="Balai Kelurahan Warungboto",
            facilitators=(
                "Drs. Sugiyono (Dinas Sosial Provinsi DIY)",
                "Camat Umbulharjo",
                "Lurah Warungboto",
                "Wahyu Nugroho (LSM Bina Swadaya)",
                "Dra. Endang Sulistyowati (peneliti)",
            ),
            mentor="Wahyu Nugroho (LSM Bina Swadaya)",
            partner="LSM Bina Swadaya",
            agreements=(
                "Dinas Sosial DIY memberi materi masalah sosial migran; Camat Umbulharjo materi "
                "kebijakan pengelolaan lingkungan; Lurah Warungboto materi kependudukan dan "
                "sanitasi; LSM memandu diskusi; peneliti menjelaskan maksud dan tujuan.",
                "Peserta dari RT 37 dan RT 39 sesuai pendataan 2002, ditambah beberapa warga "
                "baru yang disetujui masyarakat setempat.",
                "Bantuan stimulan diberikan untuk wilayah/komunitas; penerima pertama wajib "
                "menggulirkannya kepada warga lain melalui kelompok.",
                'Dibentuk organisasi KUW (Kredit Usaha Warga) "Tri Astha" dengan susunan '
                "pengurus dan aturan main tertulis.",
                "Anggota berusaha sendiri-sendiri sesuai keterampilan; kelompok mengelola "
                "administrasi keuangan.",
                "Pembagian dan pengguliran dana diatur musyawarah ketua kelompok dan "
                "pendamping; bantuan diserahkan peneliti secara tunai.",
            ),
        ),
        participants=participants,
        problems=problems,
        voting=voting,
        skills=skills,
        institutions=institutions,
        resources=resources,
        needs=needs,
        criteria=criteria,
        ideas=ideas,
        groups=(_tri_astha(),),
        notes={
            PraStep.PREPARATION: (
                "Contoh dari laporan uji coba model pemberdayaan migran (Departemen Sosial, "
                "2003). Nama peserta rekaan. Pemantapan fasilitator untuk menyamakan persepsi "
                "tentang metode, materi dan pembagian tugas."
            ),
            PraStep.PARTICIPANTS: (
                "Partisipasi sangat tinggi; ada yang menyampaikan pendapat dengan bahasa "
                "sederhana, bahkan isyarat. Pak Widodo dan Bu Tarmini berhalangan."
            ),
            PraStep.PROBLEMS: (
                "Diskusi kelompok terfokus difasilitasi LSM dibantu peneliti. Hasil titik "
                "disembunyikan sampai semua memilih. Modal dan alat seri 17-17, lalu "
                "dibandingkan berpasangan."
            ),
            PraStep.POTENTIALS: (
                "Kemampuan: berdagang, kerajinan alat musik dan sepatu, mekanik, memasak, "
                "menjahit, beternak."
            ),
            PraStep.IDEAS: (
                "Usaha yang dipilih: perdagangan, kerajinan sepatu, peternakan, penjahitan, "
                "perbengkelan. Banyak usulan; disepakati satu organisasi KUW, usaha tetap "
                "perorangan."
            ),
            PraStep.REVIEW: (
                'Kesepakatan tertulis KUW "Tri Astha" ditandatangani pengurus, anggota dan '
                "pendamping; salinan untuk Lurah."
            ),
        },
    )


def _tri_astha() -> BusinessGroup:
    code = "ta"
    unpaid = ("p-paijo", "p-sumardi")
    members = (
        "p-sutrisno",
        "p-lestari",
        "p-tukiyem",
        "p-paijo",
        "p-wagiman",
        "p-suparman",
        "p-ngatini",
        "p-sumardi",
        "p-parjiyem",
        "p-budi",
    )
    return BusinessGroup(
        id="g-tri-astha",
        name='KUW "Tri Astha"',
        business="Kredit Usaha Warga: simpan pinjam untuk usaha perorangan anggota "
        "(dagang, sepatu, ternak, jahit, bengkel)",
        idea_id=None,
        reason=(
            "Setiap anggota sudah punya keterampilan dan usahanya sendiri. Kelompok dipakai "
            "untuk mengelola administrasi keuangan dan menggulirkan bantuan kepada warga lain."
        ),
        member_ids=members,
        chair_id="p-sutrisno",
        secretary_id="p-lestari",
        treasurer_id="p-tukiyem",
        success=success(
            code,
            [
                ("Usaha anggota berkembang", "Dagangan atau pesanan tiap anggota bertambah"),
                ("Angsuran lancar", "Tidak ada tunggakan selama 10 bulan"),
                ("Dana bergulir ke warga lain", "Putaran kedua untuk warga RT 37 dan RT 39"),
                ("Pembukuan KUW rapi", "Buku kas, buku pinjaman dan laporan bulanan terisi"),
                ("Menabung", "Setiap anggota punya simpanan sukarela"),
            ],
        ),
        swot=swot(
            code,
            [
                "Setiap anggota punya keterampilan dan usaha",
                "Partisipasi tinggi dan saling membantu",
                "Dukungan Lurah dan LSM Bina Swadaya",
            ],
            [
                "Kurang pengetahuan manajemen usaha dan pembukuan",
                "Kurang mampu memasarkan hasil",
                "Ada anggota yang menganggap stimulan sebagai hibah",
            ],
            [
                "Pelatihan manajemen keuangan dan perkreditan dari pendamping",
                "Toko di Jalan Kusumanegara menerima titipan",
                "Dana bergulir menjangkau warga lain",
            ],
            [
                "Bank keliling menawarkan pinjaman mudah berbunga tinggi",
                "Banjir Kali Gajah Wong",
                "Harga bahan naik",
            ],
        ),
        pledges=pledges(
            code,
            [
                *(
                    (pid, "money", "Pengumpulan dana anggota", 50_000, pid not in unpaid)
                    for pid in members
                ),
                ("p-suparman", "tool", "Peralatan bengkel dipakai bersama", 300_000, True),
                ("p-lestari", "labour", "Menulis pembukuan KUW", None, True),
                ("p-budi", "labour", "Membuat papan nama KUW", 25_000, False),
            ],
        ),
        steps=steps(
            code,
            [
                ("Membentuk pengurus KUW", ("p-sutrisno",), 0, (), 1, "Musyawarah anggota"),
                (
                    "Menyusun aturan main tertulis",
                    ("p-sutrisno", "p-lestari"),
                    10_000,
                    (1,),
                    1,
                    "Cadangan, saham, administrasi, iuran wajib, jasa pinjaman",
                ),
                (
                    "Menyiapkan buku kas, buku pinjaman dan kartu anggota",
                    ("p-tukiyem",),
                    60_000,
                    (1,),
                    1,
                    "Alat tulis",
                ),
                (
                    "Menyalurkan pinjaman pertama kepada anggota",
                    ("p-tukiyem", "p-sutrisno"),
                    0,
                    (2, 3),
                    1,
                    "Tanda terima bertanda tangan",
                ),
                (
                    "Pelatihan manajemen keuangan dan perkreditan",
                    ("p-lestari",),
                    150_000,
                    (1,),
                    1,
                    "Materi dari pendamping, konsumsi",
                ),
                (
                    "Pelatihan pemasaran dan pengembangan usaha kecil",
                    ("p-paijo", "p-ngatini"),
                    150_000,
                    (5,),
                    1,
                    "Materi dari pendamping, konsumsi",
                ),
                (
                    "Menarik angsuran, iuran wajib dan jasa setiap bulan",
                    ("p-tukiyem",),
                    0,
                    (4,),
                    10,
                    "Buku pinjaman",
                ),
                (
                    "Laporan bulanan kepada anggota dan pendamping",
                    ("p-lestari", "p-sutrisno"),
                    5_000,
                    (4,),
                    10,
                    "Buku kas",
                ),
                (
                    "Menggulirkan dana kepada warga lain",
                    ("p-sutrisno", "p-tukiyem"),
                    0,
                    (7,),
                    1,
                    "Daftar warga calon penerima dari musyawarah",
                ),
            ],
        ),
        calendar=CalendarSettings(unit="month", start=dt.date(2003, 9, 1)),
        capital=CapitalPlan(
            stimulus_per_member=500_000,
            deductions=(
                Deduction(
                    id="de-ta-cadangan",
                    label="Cadangan KUW",
                    kind="reserve",
                    percent=Decimal(10),
                ),
                Deduction(
                    id="de-ta-saham",
                    label="Saham kebesertaan pada KUW",
                    kind="share",
                    percent=Decimal(10),
                ),
                Deduction(
                    id="de-ta-admin",
                    label="Administrasi KUW",
                    kind="admin",
                    percent=Decimal("1.5"),
                ),
            ),
            compulsory_dues=5_000,
            voluntary_savings="Simpanan sukarela: besarnya bebas, dicatat di buku simpanan "
            "anggota dan boleh diambil saat perlu.",
            service_fee_percent=Decimal(1),
            loan_term_months=10,
            first_round_ids=members,
            budget=budget(
                code,
                [
                    ("Dagangan kelontong dan sayur", 2, "anggota", 435_000, "stimulus"),
                    ("Bahan warung makan", 1, "anggota", 435_000, "stimulus"),
                    ("Bahan sepatu: kulit sintetis, sol, lem", 2, "anggota", 435_000, "stimulus"),
                    ("Alat dan suku cadang bengkel", 2, "anggota", 435_000, "stimulus"),
                    ("Bibit kambing", 1, "anggota", 435_000, "stimulus"),
                    ("Kain, benang dan kancing", 2, "anggota", 435_000, "stimulus"),
                    ("Buku kas, buku pinjaman, kartu anggota", 1, "paket", 60_000, "own"),
                    ("Peralatan bengkel Pak Suparman", 1, "paket", 300_000, "own"),
                ],
            ),
            rules=(
                "Bantuan stimulan diberikan untuk wilayah/komunitas, bukan hibah perorangan; "
                "penerima pertama wajib menggulirkannya kepada warga lain.",
                "Dari bantuan Rp 500.000 setiap anggota: 10% cadangan KUW, 10% saham "
                "kebesertaan pada KUW, 1,5% administrasi KUW.",
                "Menurut kesepakatan tertulis, setiap anggota menerima Rp 435.000.",
                "Iuran wajib Rp 5.000 per bulan; simpanan sukarela; jasa pinjaman 1% flat "
                "per bulan.",
                "Angsuran, iuran dan jasa dibayar pada pertemuan bulanan tanggal 5.",
                "Pembagian dan pengguliran dana diatur musyawarah ketua kelompok dan pendamping.",
            ),
        ),
        notes=group_notes(
            success="Sukses bagi KUW: usaha anggota jalan dan dana bisa bergulir ke warga lain.",
            swot="Kelemahan yang disebut pendamping: stimulan dipahami sebagai hibah.",
            pledges="Setiap anggota sepakat mengumpulkan Rp 50.000; dua belum membayar.",
            steps="Usaha dijalankan sendiri-sendiri; langkah kelompok untuk administrasi KUW.",
            calendar="Pertemuan anggota setiap bulan; pendamping hadir paling sedikit sebulan sekali.",
            capital=(
                "Hitungan aturan: Rp 500.000 - Rp 50.000 - Rp 50.000 - Rp 7.500 = Rp 392.500, "
                "bukan Rp 435.000 seperti tertulis. Perlu dicek bersama pendamping."
            ),
        ),
    )


# ---------------------------------------------------------------------------

BUILDERS: dict[str, Callable[[], Workshop]] = {
    "surabaya": surabaya,
    "palembang": palembang,
    "yogyakarta": yogyakarta,
}


def render(ws: Workshop) -> str:
    """The canonical text of a workshop file: what the store writes."""
    return ws.model_dump_json(indent=2) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="compare only; exit 1 on a difference")
    parser.add_argument("--out", type=Path, default=ROOT / "sessions", help="output folder")
    args = parser.parse_args(argv)
    stale = []
    for name, build in BUILDERS.items():
        path = args.out / f"{name}.json"
        data = render(build()).encode("utf-8")
        if path.exists() and path.read_bytes() == data:
            continue
        stale.append(path)
        if not args.check:
            path.write_bytes(data)
    for path in stale:
        print(("differs: " if args.check else "wrote: ") + str(path))
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
