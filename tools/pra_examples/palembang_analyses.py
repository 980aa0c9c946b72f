"""The business analyses (analisis usaha) of the Palembang groups: cakes and tailoring.

Invented where the sources are silent, as a facilitator would have written it
down with the groups in 2003: products, prices and costs per unit (Palembang
market prices of 2003), the sales of an ordinary month, the seasons (Ramadan
1424 H from 27 October to 24 November 2003, Lebaran on 25-26 November; school
holidays late June to mid July, the new school year in July), monthly fixed
costs and the market lists.
"""

from __future__ import annotations

from pra.model.business import BusinessAnalysis, FixedCost, Product, Season
from pra_examples.rows import LEBARAN_1424, RAMADAN_1424


def sedap_malam_analysis() -> BusinessAnalysis:
    """Kelompok Sedap Malam: cakes left at stalls and school canteens, Lebaran orders."""
    return BusinessAnalysis(
        products=(
            Product(
                id="pr-sm-bolu",
                name="Kue bolu",
                unit="potong",
                price=1_000,
                materials=550,
                packaging=50,
                units_per_month=1_500,
            ),
            Product(
                id="pr-sm-maksuba",
                name="Kue maksuba dan lapis",
                unit="potong",
                price=1_500,
                materials=800,
                packaging=50,
                units_per_month=600,
            ),
            Product(
                id="pr-sm-nastar",
                name="Kue kering Lebaran (nastar)",
                unit="toples",
                price=35_000,
                materials=20_000,
                labour=2_000,
                packaging=3_000,
                units_per_month=0,
            ),
        ),
        seasons=(
            Season(id="se-sm-libur", label="Libur sekolah: kantin tutup", months=(7,), percent=60),
            Season(
                id="se-sm-puasa",
                label="Puasa Ramadan: siang sepi",
                months=(11,),
                percent=50,
                **RAMADAN_1424,
            ),
            Season(
                id="se-sm-lebaran",
                label="Pesanan kue Lebaran",
                months=(11,),
                product_id="pr-sm-nastar",
                units=60,
                **LEBARAN_1424,
            ),
        ),
        fixed_costs=(
            FixedCost(id="fc-sm-bakar", label="Minyak tanah dan gas", amount=120_000),
            FixedCost(id="fc-sm-transport", label="Ongkos ke Pasar 16 Ilir", amount=60_000),
            FixedCost(id="fc-sm-listrik", label="Listrik dapur bersama", amount=50_000),
        ),
        customers=(
            "Anak sekolah SD dan SMP di 13 Ilir",
            "Warung dan kantin sekolah",
            "Pemesan kue Lebaran, arisan dan hajatan",
        ),
        competitors=("Penjual kue di Pasar 16 Ilir", "Toko roti di Jalan Veteran"),
        selling=(
            "Titip di warung dan kantin sekolah setiap pagi",
            "Pesanan untuk Lebaran, arisan dan hajatan",
            "Jual langsung di depan rumah ketua",
        ),
        market=("Kelurahan 10 dan 13 Ilir", "Pasar 16 Ilir"),
        # selling starts with "Menitipkan kue ke warung dan kantin sekolah" (22 Sep 2003)
        sales_step_id="st-sm-6",
    )


def jaya_bersama_analysis() -> BusinessAnalysis:
    """Kelompok Jaya Bersama: school uniforms, made-to-order clothes and alterations."""
    return BusinessAnalysis(
        products=(
            Product(
                id="pr-jb-seragam",
                name="Seragam sekolah",
                unit="stel",
                price=45_000,
                materials=25_000,
                labour=8_000,
                packaging=1_000,
                units_per_month=30,
            ),
            Product(
                id="pr-jb-baju",
                name="Jahit baju pesanan (kain dari pemesan)",
                unit="potong",
                price=35_000,
                materials=3_000,
                labour=10_000,
                packaging=1_000,
                units_per_month=25,
            ),
            Product(
                id="pr-jb-permak",
                name="Permak dan vermak",
                unit="potong",
                price=7_500,
                materials=500,
                labour=2_000,
                units_per_month=80,
            ),
        ),
        seasons=(
            Season(
                id="se-jb-sekolah",
                label="Tahun ajaran baru",
                months=(7,),
                product_id="pr-jb-seragam",
                units=120,
            ),
            Season(
                id="se-jb-lebaran",
                label="Baju baru untuk Lebaran",
                months=(10, 11),
                product_id="pr-jb-baju",
                units=60,
                **LEBARAN_1424,
            ),
        ),
        fixed_costs=(
            # the budget pays the first 3 months ahead (RAB "Sewa tempat 3 bulan"); the rent
            # goes on after them, so it is a fixed cost of every month (#13)
            FixedCost(id="fc-jb-sewa", label="Sewa tempat", amount=50_000),
            FixedCost(id="fc-jb-listrik", label="Listrik mesin jahit", amount=40_000),
            FixedCost(id="fc-jb-kain", label="Ongkos belanja kain ke Pasar 16 Ilir", amount=50_000),
        ),
        customers=("Orang tua murid SD dan SMP", "Tetangga di 10 dan 13 Ilir", "Toko seragam"),
        competitors=("Penjahit di Pasar 16 Ilir", "Seragam jadi di toko"),
        selling=(
            "Menerima pesanan di rumah anggota",
            "Mengukur seragam di sekolah sebelum tahun ajaran baru",
        ),
        market=("Kelurahan 10 dan 13 Ilir", "Sekolah di Ilir Timur II"),
        # selling starts with "Menerima pesanan seragam dan baju Lebaran" (29 Sep 2003)
        sales_step_id="st-jb-7",
    )
