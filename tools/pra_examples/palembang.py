"""Palembang, Kelurahan 13 Ilir: 22 participants, each person's dots entered, two groups."""

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
from pra_examples.palembang_groups import jaya_bersama, sedap_malam
from pra_examples.rows import (
    ballots,
    number_participants,
    people,
)


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
        ],
        {"p-rohani": "0813-0000-0201", "p-zulkifli": "0813-0000-0202"},
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
    return number_participants(
        Workshop(
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
                    "Drs. Bambang Wijaya (peneliti)",
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
                    "Dana stimulan Rp 10.000.000, Rp 5.000.000 untuk setiap kelompok, diserahkan "
                    "1 September 2003; setiap peminjam menandatangani penerimaan pinjamannya "
                    "(Sedap Malam Rp 250.000, Jaya Bersama Rp 500.000).",
                    "Dana stimulan dikelola oleh Yayasan Bina Vitalis: bagian untuk usaha "
                    "kelompok (Sedap Malam Rp 3.500.000) membeli alat dan bahan menurut rencana "
                    "modal, bagian yang dipinjamkan ke anggota menjadi dana bergulir; diserahkan "
                    "peneliti dalam bentuk uang tunai.",
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
            groups=(sedap_malam(), jaya_bersama()),
            notes={
                PraStep.PREPARATION: (
                    "Contoh dari laporan uji coba model pemberdayaan migran (Departemen Sosial, "
                    "2003). Nama peserta rekaan. Honor pendamping dan fasilitator serta biaya "
                    "PRA sudah diatur; alat tulis disiapkan peneliti."
                ),
                PraStep.PARTICIPANTS: (
                    "Calon sasaran ditetapkan sesuai kriteria hasil penelitian 2002. Seorang bapak lansia "
                    "hadir sebagai peserta tetapi tidak masuk kelompok usaha. Satu peserta "
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
                    "Setiap peminjam menandatangani tanda terima pinjamannya. Rencana usaha "
                    "dibacakan dan disalin untuk pendamping Yayasan Bina Vitalis."
                ),
            },
        )
    )
