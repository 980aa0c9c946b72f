"""The examples' months after the workshop, as patterns (see :mod:`pra_examples.followup`).

Source: Bina Swadaya's mentoring as Guswil DKI practised it (``../shared/seeds/000_*``):
groups strengthened on the five result areas, graded A/B/C, only A and B linked
to a microfinance institution (Bina Masyarakat Mandiri, BMM); its obstacles:
members who do not come to meetings, instalments paid late; its advice:
evaluate the social side too. Invented, and said so: who was late when, the
sales figures, the problems and notes (which name roles, never people), the
assessments' judgements on the books and links. The sales and costs reported
stay near each group's business analysis, month by month with its seasons and, in the
month selling starts, its selling days only (Jaya Bersama sells from 29 September:
two days; Sedap Malam from 22 September) (a
meeting on the 1st reports the month before it, so the first month after the
hand-over is reported at the first meeting and November's Lebaran peak at the
1 December meeting), except Jaya Bersama's after Lebaran. What happens: Palembang's
Sedap Malam reaches A and is linked to the BMM; Jaya Bersama slips from B to C
(attendance falls, four members more than 30 days late, one leaves, its profit
below the plan's month after month); in
Surabaya a carpenter's loan is rescheduled after an accident and the traders
fall behind; in Yogyakarta one member moves away and the fund stays on course.
"""

from __future__ import annotations

from pra_examples.followup import Assessed, FollowUpSpec, Month

BOOKS = (("administration", "cash_book"), ("administration", "loan_book"))
MINUTES = (("administration", "minutes"),)
LINKS = (("network", "institutions"), ("network", "market"))

PALEMBANG: dict[str, FollowUpSpec] = {
    "g-sedap-malam": FollowUpSpec(
        mentor="Hendra Saputra (Yayasan Bina Vitalis)",
        codes=(
            "PPPPPPPPP",
            "PPPPPPPPP",
            "PPPPPPPPP",
            "PP-cPPPPP",
            "PPPPPTPPP",
            "PPhPcPPPP",
            "PPPPPPPPP",
            "PTPPPPPPP",
            "PPPPPPPeP",
            "PPPPTPPPP",
        ),
        voluntary=2_000,
        sales=(
            750_000,
            2_300_000,
            3_400_000,
            2_500_000,
            2_400_000,
            2_450_000,
            2_500_000,
            2_600_000,
            2_700_000,
        ),
        cost_percent=68,
        months={
            1: Month(
                problems=("Harga tepung terigu naik.",),
                actions=(("Membeli tepung bersama di pasar induk", 2, 1),),
                notes="Semua anggota hadir; ibu-ibu aktif berbicara. Pembagian tugas membuat "
                "kue dibuat bergilir.",
            ),
            2: Month(
                problems=("Pesanan kue kering Lebaran melebihi kapasitas oven.",),
                actions=(("Meminjam oven tetangga untuk pesanan Lebaran", 0, 1),),
                notes="Pesanan kue kering Lebaran mulai banyak; kue dibuat bergilir sampai malam.",
            ),
            3: Month(
                problems=("Seorang anggota terlambat angsuran karena anaknya sakit.",),
                notes="Penjualan kue kering Lebaran bulan November di atas rencana analisis usaha. "
                "Kelompok sepakat menunda angsuran anggota yang anaknya sakit satu bulan; "
                "bulan berikutnya dilunasi.",
            ),
            6: Month(
                problems=("Pembeli warung minta kue dititip dulu, dibayar belakangan.",),
                actions=(("Menyusun buku piutang pembeli", 2, 1),),
                notes="Kelompok kompak; rapat dipimpin ketua, bendahara membacakan kas. "
                "Pendamping mulai jarang datang.",
            ),
            8: Month(
                notes="Kelompok dihubungkan dengan BMM; anggota belajar prosedur pinjaman.",
            ),
            9: Month(
                # the next step the reflection names, as a follow-up with who and by when
                actions=(("Mengajukan pinjaman BMM untuk menambah oven", 0, 2),),
            ),
        },
        assessments=(
            Assessed(
                3, extra=BOOKS[:1], notes="Buku kas rapi; buku pinjaman dan notulen belum ada."
            ),
            Assessed(6, extra=(*BOOKS, *MINUTES, *LINKS), notes="Lengkap; siap dihubungkan ke BMM"),
            Assessed(
                9, extra=(*BOOKS, *MINUTES, *LINKS), notes="Tetap A setelah terhubung dengan BMM"
            ),
        ),
        lkm=(8, "BMM (Bina Masyarakat Mandiri) Palembang"),
        reflection="Kelompok menilai sendiri bahwa kekompakan dan pencatatan membuat usaha "
        "bertahan setelah Lebaran. Rencana berikutnya: menambah oven dari pinjaman BMM; "
        "pendampingan dikurangi menjadi kunjungan tiga bulanan.",
    ),
    "g-jaya-bersama": FollowUpSpec(
        mentor="Hendra Saputra (Yayasan Bina Vitalis)",
        codes=(
            "PPPPPPPPP",
            "PPP-h-h--",
            "PPPPPPPPP",
            "PPh----x-",
            "PP--c-h--",
            "PPPPTPPTP",
            "PPP--h---",
            "PPPPPPPPP",
            "PPPPPTPPP",
            "PPPTPPTPP",
        ),
        voluntary=1_000,
        sales=(
            200_000,
            3_900_000,
            4_300_000,
            2_700_000,
            1_600_000,
            1_300_000,
            1_100_000,
            0,
            1_000_000,
        ),
        cost_percent=55,
        lender="PPPhh-h-c",
        months={
            2: Month(
                problems=("Mesin jahit kedua rusak.",),
                actions=(("Memperbaiki mesin jahit di bengkel pasar", 2, 1),),
                notes="Hadir lengkap. Pesanan seragam sekolah dibagi rata.",
            ),
            4: Month(
                problems=(
                    "Setelah Lebaran pesanan sepi.",
                    "Tiga anggota tidak datang dan tidak membayar angsuran.",
                ),
                actions=(("Mengunjungi anggota yang tidak hadir", 0, 1),),
                notes="Ada perselisihan soal pembagian pesanan; sebagian anggota merasa "
                "pesanan hanya untuk yang dekat ketua.",
            ),
            7: Month(
                problems=(
                    "Seorang anggota pindah ke luar kota dengan pinjaman belum lunas.",
                    "Tunggakan angsuran bertambah.",
                ),
                actions=(
                    ("Menagih tunggakan bersama pendamping", 2, 1),
                    ("Rapat khusus membahas aturan pembagian pesanan", 0, 1),
                ),
                notes="Kehadiran turun; perempuan anggota sibuk menjadi buruh cuci. "
                "Kekompakan kelompok melemah.",
            ),
        },
        assessments=(
            Assessed(3, extra=BOOKS[:1], notes="Baik; buku kas diisi, buku pinjaman belum ada"),
            Assessed(8, notes="Tunggakan dan kehadiran memburuk; buku kas tidak diisi lagi."),
        ),
        reflection="Kelompok mengakui pesanan tidak dibagi adil dan anggota yang kecewa "
        "berhenti datang. Tindak lanjut: aturan pembagian pesanan ditulis, tunggakan "
        "dijadwal ulang, kunjungan pendamping setiap dua minggu.",
    ),
}

SURABAYA: dict[str, FollowUpSpec] = {
    "g-pertukangan": FollowUpSpec(
        mentor="Agus Prasetyo (Yayasan Widya Dharma)",
        codes=(
            "PPPPPPPPPP",
            "PPPPPPPPPP",
            "PP--rPPPPP",
            "PPPPPPPPPP",
            "PTPPPPTPPP",
            "PPPPhPPPcP",
            "PPPPPPPPPP",
        ),
        # the plan sells from January 2004 (tools bought in October, the first job in January)
        sales=(0, 0, 0, 0, 0, 1_200_000, 1_100_000, 2_400_000),
        cost_percent=72,
        months={
            3: Month(
                problems=("Seorang anggota jatuh dari perancah dan tidak bisa bekerja.",),
                actions=(("Menjenguk dan mengumpulkan sumbangan", 0, 1),),
                notes="Anggota saling membantu; pekerjaan anggota yang sakit dikerjakan bersama.",
            ),
            5: Month(
                notes="Angsuran anggota yang sakit dijadwal ulang enam bulan, disepakati semua.",
            ),
        },
        assessments=(
            Assessed(4, extra=(*BOOKS, *LINKS)),
            Assessed(9, extra=(*BOOKS, *LINKS)),
        ),
        reflection="Kelompok bertahan karena saling menolong saat anggota sakit.",
    ),
    "g-penjahit": FollowUpSpec(
        mentor="Agus Prasetyo (Yayasan Widya Dharma)",
        codes=(
            "PPPPPPPPPP",
            "PPPPePPPPP",
            "PPPPPPPPPP",
            "PPhPcPPPPP",
            "PPPPPPPPPP",
            "PTPPPPPTPP",
        ),
        voluntary=1_000,
        sales=(0, 0, 0, 2_500_000, 1_600_000, 1_550_000),  # the plan sells from November 2003
        cost_percent=60,
        months={
            2: Month(
                problems=("Kain dibeli eceran sehingga mahal.",),
                actions=(("Membeli kain per gulung bersama", 1, 1),),
                notes="Ibu-ibu penjahit rutin hadir; rapat di rumah ketua.",
            ),
        },
        assessments=(Assessed(6, extra=(*BOOKS, *MINUTES)),),
    ),
    "g-berjualan": FollowUpSpec(
        mentor="Agus Prasetyo (Yayasan Widya Dharma)",
        codes=(
            "PPPPPPPPPP",
            "PPh--cPPhP",
            "PP-h--hP-P",
            "PPPPPPPPPP",
            "P-P--P-P-P",
            "PPPPPPPPPP",
            "PPPPhPPPPP",
        ),
        sales=(0, 0, 3_400_000, 4_200_000, 2_500_000, 2_400_000),  # selling from October 2003
        cost_percent=72,
        months={
            4: Month(
                problems=("Dagangan dijual utang kepada tetangga.", "Angsuran banyak terlambat."),
                actions=(("Menagih piutang dagangan", 3, 1),),
                notes="Anggota yang menunggak malu datang ke pertemuan.",
            ),
        },
        assessments=(Assessed(4, extra=BOOKS[:1]), Assessed(9, extra=BOOKS[:1])),
    ),
}

YOGYAKARTA: dict[str, FollowUpSpec] = {
    "g-tri-astha": FollowUpSpec(
        mentor="Wahyu Nugroho (LSM Bina Swadaya)",
        codes=(
            "PPPPPPPP",
            "PPPPPPPP",
            "PPPPPPPP",
            "PP-cPPPP",
            "PPPPx---",
            "PPPPPPPP",
            "PTPPPPPP",
            "PPPPPhPc",
            "PPPPPPPP",
            "PPPTPPPP",
        ),
        voluntary=5_000,
        months={
            1: Month(notes="Buku kas KUW diisi bendahara; pertemuan di balai RW."),
            5: Month(
                problems=("Seorang anggota pindah ke luar kota.",),
                actions=(("Menagih sisa pinjaman anggota yang pindah lewat keluarganya", 1, 2),),
                notes="Kelompok sepakat pinjaman anggota yang pindah tetap ditagih.",
            ),
        },
        assessments=(
            Assessed(4, extra=(*BOOKS, *MINUTES, ("network", "institutions"))),
            Assessed(8, extra=(*BOOKS, *MINUTES, ("network", "institutions"))),
        ),
        reflection="Usaha dijalankan perorangan, kelompok memegang pembukuan; pembukuan rapi.",
    ),
}
