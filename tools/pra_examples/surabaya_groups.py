"""The three Surabaya groups: Pertukangan, Penjahit, Berjualan, with the fund rules they share."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from pra.model import (
    BusinessGroup,
    CalendarSettings,
    CapitalPlan,
    Deduction,
    Grant,
    OwnCapital,
)
from pra.model.capital import Prepaid
from pra_examples.rows import (
    budget,
    group_notes,
    pledges,
    steps,
    success,
    swot,
)
from pra_examples.surabaya_analyses import (
    berjualan_analysis,
    penjahit_analysis,
    pertukangan_analysis,
)

# The budget lines that buy materials and stock the products use up (#13): opening cash set
# aside for the product costs the cash flow charges every month, not spent at the start
PREPAID: dict[str, Prepaid] = dict.fromkeys(
    (
        "Kawat las",
        "Kain seragam",
        "Benang, kancing dan resleting",
        "Kertas pola dan kapur jahit",
        "Kedelai",
        "Jagung pipil",
        "Kacang tanah",
        "Tepung, gula dan bahan kue",
    ),
    "materials",
)


def pertukangan() -> BusinessGroup:
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
                ("Alat kerja masih pinjam mandor", "Membeli alat sendiri dari bantuan"),
                ("Belum biasa mencatat keuangan", "Bendahara belajar buku kas dari pendamping"),
                ("Pendidikan anggota rendah", "Pencatatan dibantu anggota yang bisa menulis"),
            ],
            [
                "Banyak rumah dan kios direnovasi di sekitar Pakis",
                "Pendampingan dari Yayasan Widya Dharma",
                "Bantuan stimulan bergulir",
            ],
            [
                ("Pekerjaan sepi saat musim hujan", "Menerima perbaikan atap dan talang"),
                (
                    "Tukang dari luar menawarkan upah lebih murah",
                    "Bekerja rapi dan memberi garansi",
                ),
                ("Harga bahan dan alat naik", "Bahan dibeli pemesan; harga disepakati dulu"),
            ],
        ),
        pledges=pledges(
            code,
            [
                ("p-slamet", "tool", "Meminjamkan gergaji besi dan ragum", 350_000, True),
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
                    "Tempat pertemuan di rumah ketua",
                ),
                (
                    "Membuka buku simpanan di koperasi Yayasan Widya Dharma",
                    ("p-joko",),
                    25_000,
                    (1,),
                    1,
                    "Fotokopi KTP anggota",
                ),
                (
                    "Membeli alat kerja bersama",
                    ("p-sugeng", "p-joko"),
                    # the RAB's tools: welder, grinder, drill, cable reel and ladder
                    2_575_000,
                    (2,),
                    1,
                    "Mesin las, gerinda tangan, bor listrik, kabel roll",
                ),
                (
                    "Menata tempat kerja di samping rumah ketua",
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
                    (1,),
                    10,
                    "Buku kas",
                ),
                (
                    "Evaluasi bersama pendamping",
                    ("p-slamet", "p-heru"),
                    0,
                    (6,),
                    1,
                    "Kunjungan pendamping Yayasan Widya Dharma",
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
                ("Gergaji besi dan ragum pinjaman ketua", 1, "paket", 350_000, "own"),
                # what the members' loans buy (#13): each tukang's own tools and safety gear,
                # 6 × Rp 490.000 = Rp 2.940.000 received
                ("Alat tukang", 6, "paket", 290_000, "members"),
                ("Sepatu dan helm kerja", 6, "paket", 200_000, "members"),
            ],
        ),
        analysis=pertukangan_analysis(),
        notes=group_notes(
            success="Kelompok menggambar lingkaran sukses di kertas plano; sekretaris menulis.",
            swot="Kekuatan dan peluang ditulis di kertas hijau, kelemahan dan ancaman di merah.",
            pledges="Satu anggota tidak hadir; janji hatinya dicatat pada pertemuan berikutnya.",
            steps="Langkah disusun sendiri oleh kelompok; fasilitator hanya bertanya.",
            calendar="Borongan biasanya sepi bulan Desember-Januari (musim hujan).",
            capital="Alat dibeli bersama dan menjadi milik kelompok, bukan perorangan.",
            analysis="Upah tukang dihitung sebagai biaya; musim hujan borongan berkurang separuh.",
        ),
    )


def _surabaya_capital(
    code: str,
    first_round: tuple[str, ...],
    lines: Sequence[tuple[str, int, str, int, str]],
    extra_rules: tuple[str, ...] = (),
) -> CapitalPlan:
    """The fund rules the three Surabaya groups agreed together with Yayasan Widya Dharma.

    The grant pays the budget lines marked ``stimulus`` (the group's tools and first
    materials) and Rp 500.000 for each first-round borrower; the two parts never overlap."""
    assets = sum(
        quantity * price for _, quantity, _, price, source in lines if source == "stimulus"
    )
    grant = Grant(
        id=f"fs-{code}-stimulan",
        giver="Yayasan Widya Dharma",
        amount=assets + 500_000 * len(first_round),
        revolving=500_000 * len(first_round),
        assets=assets,
        disbursed_on=dt.date(2003, 8, 1),
    )
    own = OwnCapital(
        id=f"fs-{code}-own",
        compulsory_dues=2_000,
        voluntary_savings="Simpanan sukarela di koperasi Yayasan Widya Dharma; boleh diambil "
        "saat anggota membutuhkan.",
    )
    return CapitalPlan(
        sources=(grant, own),
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
        service_fee_percent=Decimal("1.5"),
        loan_term_months=10,
        # paid in cash at the meetings: a rescheduled instalment is rounded to Rp 500
        cash_unit=500,
        first_round_ids=first_round,
        budget=budget(
            code, lines, {"stimulus": grant.id, "members": grant.id, "own": own.id}, PREPAID
        ),
        rules=(
            "Bantuan stimulan adalah milik kelompok dan disimpan di koperasi Yayasan Widya "
            "Dharma: sebagian membeli alat kelompok, sisanya dipinjamkan Rp 500.000 per anggota.",
            "Angsuran pokok dan jasa dibayar setiap bulan pada pertemuan kelompok.",
            "Anggota yang tidak hadir saat penyerahan menerima pada putaran kedua.",
            "Setelah lunas, dana digulirkan kepada warga lain di RT 10.",
            *extra_rules,
        ),
    )


def penjahit() -> BusinessGroup:
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
            ["Lima anggota sudah bisa menjahit", "Satu anggota punya mesin jahit"],
            [
                ("Belum bisa membuat pola sendiri", "Belajar membuat pola dari anggota yang bisa"),
                ("Waktu terbagi dengan mengurus anak", "Menjahit di rumah, jadwal dibagi bergilir"),
                ("Rumah kontrakan sempit", "Mesin dipakai bergantian di rumah ketua"),
            ],
            [
                "Sekolah dan TPQ di sekitar butuh seragam",
                "Permak pakaian banyak dicari anak kos",
                "Pendampingan Yayasan Widya Dharma",
            ],
            [
                ("Pakaian jadi murah di pasar", "Fokus pada seragam dan permak"),
                ("Tarif listrik naik", "Mesin dinyalakan hanya saat ada pesanan"),
                (
                    "Pelanggan berutang atau tidak mengambil jahitan",
                    "Uang muka separuh saat memesan",
                ),
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
                    "Belajar membuat pola dari anggota yang sudah bisa",
                    ("p-yuliati",),
                    20_000,
                    (),
                    1,
                    "Kertas pola dan kapur jahit",
                ),
                (
                    "Mencari tempat: ruang depan rumah ketua",
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
                    0,  # on foot, with samples already sewn: no line in the RAB
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
                    10,
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
                ("Mesin jahit milik anggota (dipinjamkan)", 1, "unit", 600_000, "own"),
                # what the members' loans buy (#13): every member sews at home too,
                # 6 × Rp 490.000 = Rp 2.940.000 received
                ("Mesin jahit bekas di rumah", 6, "unit", 400_000, "members"),
                ("Gunting dan alat jahit sendiri", 6, "paket", 90_000, "members"),
            ],
        ),
        analysis=penjahit_analysis(),
        notes=group_notes(
            success="Ibu-ibu menyebut sukses sebagai anak tetap sekolah dan ada penghasilan sendiri.",
            swot="Ancaman pakaian jadi murah dibahas lama; jawabannya permak dan seragam pesanan.",
            pledges="Mesin jahit yang dijanjikan tetap milik anggota, dipinjamkan kepada kelompok.",
            steps="Langkah 1 dan 2 bisa langsung dimulai tanpa menunggu dana.",
            calendar="Pesanan seragam ramai bulan Juli; kelompok ingin siap sebelum itu.",
            capital="Sisa dana setelah membeli mesin dipakai untuk bahan pesanan pertama.",
            analysis="Pesanan seragam dicatat sejak Juni supaya bahan dibeli sekali.",
        ),
    )


def berjualan() -> BusinessGroup:
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
                "Ada anggota yang punya sepeda",
            ],
            [
                ("Bahan dibeli eceran sehingga mahal", "Belanja bersama di Pasar Kembang"),
                ("Belum punya gerobak dan termos besar", "Membeli gerobak dan termos dari bantuan"),
                ("Dagangan basah cepat basi", "Membuat sedikit tetapi sering; sisa dijual murah"),
            ],
            [
                "Banyak pekerja dan anak sekolah di sekitar Pakis",
                "Pasar Kembang dekat untuk belanja bahan",
                "Pesanan kue untuk arisan dan yasinan",
            ],
            [
                ("Penertiban pedagang kaki lima", "Berjualan keliling, tidak menetap di trotoar"),
                ("Harga kedelai dan jagung naik", "Membeli per karung bersama saat harga turun"),
                (
                    "Hujan membuat dagangan tidak laku",
                    "Menjual kopi jagung hangat dan menerima pesanan",
                ),
            ],
        ),
        pledges=pledges(
            code,
            [
                ("p-sumarni", "money", "Uang tunai", 50_000, True),
                ("p-kholik", "tool", "Sepeda untuk berjualan keliling", 250_000, True),
                ("p-lilis", "tool", "Kompor dan dandang", 150_000, True),
                ("p-suprapti", "labour", "Menggiling jagung untuk kopi", None, False),
                ("p-jumaati", "materials", "Gelas plastik dan sedotan", 60_000, True),
                ("p-ani", "materials", "Daun pisang dan kantong plastik", 45_000, False),
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
                    # the daily trading capital is each seller's own, bought with her loan (the
                    # RAB's member line, 6 × 490.000), not the group's money (#13)
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
                    "Mencatat penjualan, tabungan harian dan angsuran",
                    ("p-suprapti",),
                    15_000,
                    (1,),
                    10,
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
                # each seller's own daily stock is what her loan buys, all of it (#13: it was
                # also Rp 150.000 each from the group's cash, working capital counted twice)
                ("Modal dagangan harian", 6, "anggota", 490_000, "members"),
                ("Buku kas", 1, "buah", 15_000, "stimulus"),
                ("Sepeda milik anggota", 1, "unit", 250_000, "own"),
                ("Kompor dan dandang milik anggota", 1, "paket", 150_000, "own"),
            ],
            extra_rules=(
                "Setiap peminjam menerima Rp 490.000 dan memakainya seluruhnya sebagai modal "
                "dagangan hariannya sendiri; bahan yang dibeli bersama dibayar dari bantuan "
                "untuk belanja kelompok.",
            ),
        ),
        analysis=berjualan_analysis(),
        notes=group_notes(
            success="Anggota ingin lepas dari bank keliling; ini disebut paling awal.",
            swot="Penertiban pedagang kaki lima dibahas dengan Lurah sesudah acara.",
            pledges="Satu anggota tidak hadir; anaknya menyampaikan ia ikut kelompok.",
            steps="Setiap anggota tetap berjualan dagangannya sendiri; kelompok belanja bersama.",
            calendar="Puasa dan Lebaran justru ramai untuk kolak dan kue; kelompok tetap jualan.",
            capital="Pinjaman anggota menjadi modal dagangan masing-masing; bahan dibeli bersama.",
            analysis="Setiap penjual menghitung dagangannya sendiri; kelompok menjumlahkan.",
        ),
    )
