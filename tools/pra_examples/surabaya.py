"""Surabaya, Kelurahan Pakis RT 10: 20 migrants, dot totals read off the paper, three groups."""

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
    number_participants,
    people,
)
from pra_examples.surabaya_groups import berjualan, penjahit, pertukangan


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
        ],
        {"p-slamet": "0812-0000-0101", "p-sri": "0812-0000-0102", "p-sumarni": "0812-0000-0103"},
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
            name="Yayasan Widya Dharma",
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
    groups = (pertukangan(), penjahit(), berjualan())
    return number_participants(
        Workshop(
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
                    "Dra. Sri Rahayu (Dinas Sosial Kota Surabaya)",
                ),
                mentor="Agus Prasetyo (Yayasan Widya Dharma)",
                partner="Yayasan Widya Dharma",
                agreements=(
                    "Yayasan Widya Dharma ditunjuk sebagai mitra pemberdayaan; pendampingan teknis, "
                    "keterampilan dan manajemen usaha oleh Yayasan Widya Dharma.",
                    "Lokasi dialihkan dari Kali Rungkut ke Kelurahan Pakis; sasaran warga migran RT 10.",
                    "Kegiatan bertempat di kantor kelurahan, termasuk sarana dan prasarananya.",
                    "Dinas Sosial Provinsi sebagai unsur koordinatif; Dinas Sosial Kota ikut FGD dan "
                    "menjadi fasilitator masalah sosial di lapangan.",
                    "Pembinaan ketertiban, hak dan kewajiban warga diserahkan kepada Lurah Pakis.",
                    "Izin daerah belum lengkap: peneliti membuat laporan tertulis kegiatan kepada Camat.",
                    "Bantuan stimulan setiap kelompok membeli alat dan bahan usaha kelompok menurut "
                    "rencana modal, ditambah pinjaman Rp 500.000 untuk setiap peminjam putaran "
                    "pertama; disimpan di koperasi Yayasan Widya Dharma, dan setelah lunas "
                    "digulirkan kepada warga lain.",
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
                    "Yayasan Widya Dharma dan kelurahan. Observasi di Jl. WR Supratman, makam "
                    "Kembang Kuning, RT 10 dan RT V; RT 10 dinilai paling representatif."
                ),
                PraStep.PARTICIPANTS: (
                    "20 calon sasaran dipilih secara partisipatif. Dinamika kelompok dengan "
                    "permainan perkenalan. Dua anggota (Pertukangan dan Berjualan) berhalangan hadir; mereka "
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
                    "untuk ketua kelompok, pendamping Yayasan Widya Dharma dan Lurah Pakis."
                ),
            },
        )
    )
