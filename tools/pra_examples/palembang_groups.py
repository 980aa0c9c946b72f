"""The two Palembang groups sharing Rp 10.000.000: Sedap Malam (cakes) and Jaya Bersama (tailoring)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from pra.model import (
    Blackout,
    BusinessGroup,
    CalendarSettings,
    CapitalPlan,
    Deduction,
    Grant,
    LenderLoan,
    OwnCapital,
)
from pra.model.capital import Prepaid
from pra_examples.palembang_analyses import jaya_bersama_analysis, sedap_malam_analysis
from pra_examples.rows import (
    budget,
    group_notes,
    pledges,
    steps,
    success,
    swot,
)

# The budget lines that pay running costs ahead (#13, a lender's reading: the cash flow charged
# the ingredients and fabric the grant and the loan had already bought a second time): their
# money is opening cash set aside for the product costs and the rent the cash flow charges
PREPAID: dict[str, Prepaid] = {
    "Tepung terigu": "materials",
    "Gula pasir": "materials",
    "Telur ayam": "materials",
    "Mentega dan bahan lain": "materials",
    "Plastik, kertas minyak dan nampan": "materials",
    "Modal kerja bahan kue bulan ke-2 dan ke-3": "materials",
    "Kain katun dan kain seragam": "materials",
    "Benang, kancing dan resleting": "materials",
    "Sewa tempat": "fixed_costs",
}


def _palembang_capital(
    code: str,
    lines: Sequence[tuple[str, int, str, int, str]],
    rules: tuple[str, ...],
    *,
    grant: Grant,
    loan_per_member: int = 500_000,
    first_round: tuple[str, ...] = (),
    loans: tuple[LenderLoan, ...] = (),
) -> CapitalPlan:
    """The grant of Dinas Sosial through the savings-and-loan cooperative of Yayasan Bina
    Vitalis (Rp 10.000.000 for the two groups), and any loan from a lender."""
    own = OwnCapital(
        id=f"fs-{code}-own",
        compulsory_dues=5_000,
        voluntary_savings="Simpanan sukarela setiap pertemuan mingguan, dicatat bendahara.",
    )
    # "members": bought by the members with their loans from the grant (#13)
    paid_from = {"stimulus": grant.id, "members": grant.id, "own": own.id}
    if loans:
        paid_from["loan"] = loans[0].id
    return CapitalPlan(
        sources=(grant, *loans, own),
        stimulus_per_member=loan_per_member,
        deductions=(
            Deduction(
                id=f"de-{code}-pokok",
                label="Simpanan pokok koperasi Bina Vitalis",
                kind="share",
                amount=25_000,
                frequency="once",
            ),
        ),
        service_fee_percent=Decimal(1),
        loan_term_months=12,
        # the weekly meetings (from Monday 6 October) collect savings; the fund's instalment is
        # monthly (12 months, the figures the group agreed), due on the 6th so that the first
        # one (6 October) falls on the first meeting that collects it, not before it (#13: due
        # on the hand-over's own day, the 1st, it fell before the meetings began)
        repayment_day=6,
        cash_unit=500,  # paid in cash at the meetings: 11 × Rp 42.000 + Rp 38.000
        first_round_ids=first_round,
        budget=budget(code, lines, paid_from, PREPAID),
        rules=(
            "Dana stimulan Rp 10.000.000 untuk dua kelompok, Rp 5.000.000 setiap kelompok.",
            "Dana dikelola Yayasan Bina Vitalis dan dicatat dalam buku kas kelompok.",
            "Angsuran pokok dan jasa jatuh setiap tanggal 6 dan dibayar pada pertemuan "
            "mingguan kelompok minggu itu; tabungan disetor setiap pertemuan.",
            "Setelah lunas, dana digulirkan kepada warga lain di Kelurahan 10 dan 13 Ilir.",
            *rules,
        ),
    )


LEBARAN_1424 = ("Libur Lebaran Idul Fitri 1424 H", dt.date(2003, 11, 25), dt.date(2003, 11, 30))
"""1 Syawal 1424 H fell on Tuesday 25 November 2003; the groups stop from that day to the end of
the week. Jaya Bersama's Monday instalment to BMM (24 November) falls before it, and its weekly
meetings end the Sunday before (#13: a week from Monday 24 November held a lender instalment)."""


def sedap_malam() -> BusinessGroup:
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
            # each weakness and threat with how the group deals with it: the plan's risk
            # table is what a lender reads first (#13)
            [
                (
                    "Banyak kesulitan dalam keluarga",
                    "Tabungan mingguan untuk keperluan mendadak; tugas dibagi bila ada yang"
                    " berhalangan",
                ),
                ("Peralatan masak masih sederhana", "Oven, mixer dan loyang dibeli dari bantuan"),
                (
                    "Belum bisa menghitung harga pokok",
                    "Belajar menghitung harga pokok bersama pendamping (langkah 5)",
                ),
            ],
            [
                "Uang bantuan stimulan akan dimanfaatkan dengan sungguh-sungguh",
                "Pasar 16 Ilir dan sekolah dekat",
                "Pesanan kue untuk hajatan dan Lebaran",
            ],
            [
                (
                    "Harga tepung terigu, gula dan telur naik",
                    "Belanja bahan bersama per karung; harga jual ditinjau setiap bulan",
                ),
                (
                    "Banyak pedagang kue lain",
                    "Kue khas Palembang (maksuba, lapis) dititipkan di warung langganan",
                ),
                (
                    "Kue basah cepat basi",
                    "Membuat sebanyak titipan dan pesanan; sisa dijual murah sore hari",
                ),
            ],
        ),
        pledges=pledges(
            code,
            [
                ("p-rohani", "tool", "Oven dan cetakan kue", 200_000, True),
                ("p-masitoh", "money", "Modal tunai", 100_000, True),
                ("p-yusnaini", "labour", "Tenaga membuat kue setiap pagi", None, True),
                ("p-nurbaya", "materials", "Vanili dan daun pandan", 17_500, True),
                ("p-rusmini", "materials", "Gula dan telur", 50_000, False),
                ("p-syamsul", "tool", "Sepeda untuk mengantar kue", 300_000, True),
                ("p-fatimah", "labour", "Menjajakan kue ke pasar", None, False),
                ("p-herlina", "money", "Modal tunai", 50_000, False),
                ("p-zubaidah", "tool", "Rak kayu pendingin kue", 75_000, True),
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
                    "Mencari tempat: dapur bersama di rumah ketua",
                    ("p-rohani",),
                    50_000,
                    (),
                    1,
                    "Rak dan meja kerja",
                ),
                (
                    "Membeli peralatan kue",
                    ("p-masitoh", "p-zubaidah"),
                    1_470_000,  # oven, mixer, loyang, baskom and kompor: the RAB's 1.470.000
                    (1,),
                    1,
                    "Oven, loyang, mixer, baskom",
                ),
                (
                    "Mencari tepung terigu dan bahan kue di Pasar 16 Ilir",
                    ("p-nurbaya", "p-rusmini"),
                    870_000,  # the RAB's materials 720.000 and packaging 150.000
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
                    # the RAB's working capital for months 2 and 3 (1.160.000) pays this, the
                    # Lebaran orders (300.000), the kitchen (50.000), the trials (100.000) and
                    # the meetings (10.000): the steps cost what the RAB holds in money
                    700_000,
                    (6,),
                    7,
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
                    (6,),
                    7,
                    "Buku kas dan buku tabungan",
                ),
            ],
            # Orders for Lebaran cakes are taken during Ramadan 1424 H.
            fixed={8: (dt.date(2003, 10, 27), dt.date(2003, 11, 22))},
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
                ("Modal kerja bahan kue bulan ke-2 dan ke-3", 2, "bulan", 580_000, "stimulus"),
                ("Oven dan cetakan milik ketua", 1, "paket", 200_000, "own"),
                ("Sepeda milik anggota", 1, "unit", 300_000, "own"),
                # what the members' loans buy (#13): each member's own tools for the cakes she
                # bakes and delivers for the group, 6 × Rp 225.000 = Rp 1.350.000 received
                ("Dandang dan kukusan di rumah", 6, "paket", 125_000, "members"),
                ("Rantang dan keranjang antar", 6, "paket", 100_000, "members"),
            ],
            (
                "Dari Rp 5.000.000: Rp 3.500.000 dibelanjakan untuk peralatan dan bahan milik "
                "kelompok, Rp 1.500.000 dipinjamkan bergilir Rp 250.000 per anggota; peralatan "
                "tidak ikut dipinjamkan dan tidak diangsur anggota.",
                "Kue pesanan Lebaran dibayar separuh di muka oleh pemesan.",
            ),
            grant=Grant(
                id="fs-sm-stimulan",
                giver="Dinas Sosial melalui Yayasan Bina Vitalis",
                amount=5_000_000,
                revolving=1_500_000,
                assets=3_500_000,
                disbursed_on=dt.date(2003, 9, 1),
            ),
            loan_per_member=250_000,
            first_round=(
                "p-rohani",
                "p-yusnaini",
                "p-masitoh",
                "p-nurbaya",
                "p-rusmini",
                "p-fatimah",
            ),
        ),
        analysis=sedap_malam_analysis(),
        notes=group_notes(
            success="Jawaban bervariasi: menabung, menyekolahkan anak, kebutuhan keluarga.",
            swot="Kelemahan yang paling sering disebut: banyak kesulitan dalam keluarga.",
            pledges="Janji hati dibacakan satu per satu dan ditandatangani.",
            steps="Langkah mengikuti jawaban kelompok: cari tepung terigu, modal, tempat.",
            calendar="Pesanan kue Lebaran selesai sebelum libur Lebaran; minggu libur dikosongkan.",
            capital="Dana diterima anggota melalui Yayasan Bina Vitalis.",
            analysis="Harga jual dihitung dari harga bahan di Pasar 16 Ilir; kue Lebaran hanya pesanan.",
        ),
    )


def jaya_bersama() -> BusinessGroup:
    code = "jb"
    return BusinessGroup(
        id="g-jaya-bersama",
        name="Kelompok Jaya Bersama",
        business="Menjahit pakaian, seragam sekolah dan permak",
        idea_id="idea-jahit",
        reason=(
            "Lima anggota sudah pandai menjahit dan dua punya mesin jahit. Yang belum bisa "
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
                "Kemampuan menjahit lima anggota",
                "Dua mesin jahit milik anggota",
                "Kemauan belajar tinggi",
            ],
            [
                (
                    "Sebagian anggota belum bisa menjahit",
                    "Belajar dari anggota yang sudah pandai (langkah 1)",
                ),
                (
                    "Banyak kesulitan dalam keluarga",
                    "Tabungan mingguan untuk keperluan mendadak; tugas dibagi bila ada yang"
                    " berhalangan",
                ),
                ("Belum punya tempat usaha", "Menyewa ruang dekat jalan (langkah 2)"),
            ],
            [
                "Uang bantuan stimulan akan dimanfaatkan dengan sungguh-sungguh",
                "Pesanan seragam sekolah dan baju Lebaran",
                "Koperasi simpan pinjam Yayasan Bina Vitalis",
            ],
            [
                (
                    "Baju jadi murah di Pasar 16 Ilir",
                    "Menerima seragam, jahitan pesanan dan permak, yang tidak dijual jadi",
                ),
                (
                    "Listrik sering padam",
                    "Mesin jahit anggota yang diinjak dipakai saat padam; pesanan dikerjakan lebih"
                    " awal",
                ),
                (
                    "Pelanggan tidak mengambil jahitan",
                    "Uang muka separuh harga saat memesan",
                ),
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
                    "Belajar menjahit dari anggota yang sudah pandai",
                    ("p-zulkifli", "p-marlina"),
                    # the cloth scraps and the two machines are pledged and given: no money
                    0,
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
                    # the lamps from the BMM loan, and the cutting table bought in cash: Junaidi
                    # has not built it (his pledge is not kept), so no goods meet that line
                    200_000,
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
                    # the treasurer's own cash book: the RAB's own money is the cutting table
                    0,
                    (3,),
                    7,
                    "Buku kas",
                ),
            ],
            # the weekly meetings collect from the first instalments, in October
            fixed={8: (dt.date(2003, 10, 6), None)},
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
                ("Mesin jahit", 1, "unit", 850_000, "loan"),
                ("Mesin obras", 1, "unit", 1_100_000, "loan"),
                ("Gunting kain", 3, "buah", 35_000, "loan"),
                ("Kain katun dan kain seragam", 60, "meter", 8_250, "loan"),
                ("Benang, kancing dan resleting", 1, "paket", 200_000, "loan"),
                ("Sewa tempat", 3, "bulan", 50_000, "loan"),
                ("Lampu dan kabel", 1, "paket", 100_000, "loan"),
                ("Mesin jahit milik ketua", 1, "unit", 500_000, "own"),
                ("Mesin jahit milik anggota", 1, "unit", 450_000, "own"),
                ("Meja potong buatan anggota", 1, "buah", 100_000, "own"),
                # what the members' loans buy (#13): every member sews the group's orders at
                # home too, 10 × Rp 475.000 = Rp 4.750.000 received
                (
                    "Mesin jahit bekas di rumah",
                    10,
                    "unit",
                    400_000,
                    "members",
                ),
                ("Gunting dan alat jahit sendiri", 10, "paket", 75_000, "members"),
            ],
            (
                "Dana stimulan Rp 5.000.000 seluruhnya dipinjamkan bergilir, Rp 500.000 per "
                "anggota.",
                "Mesin dan bahan dibeli dengan pinjaman BMM Rp 3.000.000 yang diangsur kelompok "
                "setiap Senin dengan tanggung renteng; mesin menjadi milik kelompok.",
            ),
            grant=Grant(
                id="fs-jb-stimulan",
                giver="Dinas Sosial melalui Yayasan Bina Vitalis",
                amount=5_000_000,
                revolving=5_000_000,
                disbursed_on=dt.date(2003, 9, 1),
            ),
            loans=(
                LenderLoan(
                    id="fs-jb-bmm",
                    lender="BMM",
                    principal=3_000_000,
                    term_months=12,
                    rate_percent=Decimal("1.5"),
                    method="flat",
                    frequency="weekly",
                    due_day=1,  # Monday
                    grace_months=1,
                    disbursed_on=dt.date(2003, 9, 1),
                    joint_liability=True,
                ),
            ),
        ),
        analysis=jaya_bersama_analysis(),
        notes=group_notes(
            success="Semua anggota ingin bisa menjahit, bukan hanya tiga orang.",
            swot="Peluang: stimulan dipakai sungguh-sungguh; ancaman: baju jadi murah.",
            pledges="Dua mesin jahit anggota dipakai bersama selama belajar.",
            steps="Belajar menjahit, mencari tempat, mencari modal, mencari bahan.",
            calendar="Pesanan baju Lebaran paling ramai bulan puasa; libur seminggu saat Lebaran.",
            capital="Dana stimulan dikelola Yayasan Bina Vitalis; angsuran mingguan.",
            analysis="Seragam dihitung per stel; kain baju pesanan dibawa pemesan.",
        ),
    )
