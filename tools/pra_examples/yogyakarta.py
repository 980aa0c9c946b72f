"""Yogyakarta, Kelurahan Warungboto RT 37/39: dot ballots that tie, broken by pairwise comparison."""

from __future__ import annotations

import datetime as dt

from pra.model import (
    BusinessIdea,
    Criterion,
    DotVoting,
    Institution,
    Need,
    Place,
    PraStep,
    Problem,
    ProblemVoting,
    Resource,
    Skill,
    Workshop,
    WorkshopInfo,
)
from pra_examples.rows import (
    ballots,
    number_participants,
    pairwise,
    people,
)
from pra_examples.yogyakarta_group import tri_astha


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
        ],
        {"p-sutrisno": "0815-0000-0301", "p-tukiyem": "0815-0000-0302"},
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
    return number_participants(
        Workshop(
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
            groups=(tri_astha(),),
            notes={
                PraStep.PREPARATION: (
                    "Contoh dari laporan uji coba model pemberdayaan migran (Departemen Sosial, "
                    "2003). Nama peserta rekaan. Pemantapan fasilitator untuk menyamakan persepsi "
                    "tentang metode, materi dan pembagian tugas."
                ),
                PraStep.PARTICIPANTS: (
                    "Partisipasi sangat tinggi; ada yang menyampaikan pendapat dengan bahasa "
                    "sederhana, bahkan isyarat. Dua peserta berhalangan."
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
    )
