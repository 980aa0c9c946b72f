"""The business analyses (analisis usaha) of the Surabaya groups: a trade, tailoring, street vending.

Invented where the sources are silent, as a facilitator would have written it
down with the groups in 2003: products or services, prices and costs per unit
(Surabaya prices of 2003), the sales of an ordinary month, the seasons (the
rains from December to February, Ramadan 1424 H in November 2003 and the
house repairs before Lebaran, the new school year in July), monthly fixed costs
and the market lists.
"""

from __future__ import annotations

from pra.model.business import BusinessAnalysis, FixedCost, Product, Season
from pra_examples.rows import LEBARAN_1424, RAMADAN_1424


def pertukangan_analysis() -> BusinessAnalysis:
    """Kelompok Pertukangan: fences and grilles, wiring, and house repairs by the day."""
    return BusinessAnalysis(
        products=(
            Product(
                id="pr-tkg-pagar",
                name="Pagar dan teralis besi",
                unit="meter",
                price=85_000,
                materials=55_000,
                labour=10_000,
                units_per_month=12,
            ),
            Product(
                id="pr-tkg-listrik",
                name="Pasang instalasi listrik",
                unit="titik",
                price=35_000,
                materials=15_000,
                labour=5_000,
                units_per_month=15,
            ),
            Product(
                id="pr-tkg-borongan",
                name="Perbaikan rumah harian",
                unit="hari kerja",
                price=40_000,
                labour=25_000,
                units_per_month=20,
            ),
        ),
        seasons=(
            Season(
                id="se-tkg-lebaran",
                label="Menjelang Lebaran: rumah diperbaiki dan dicat",
                months=(10, 11),
                percent=150,
                **LEBARAN_1424,
            ),
            Season(
                id="se-tkg-hujan", label="Musim hujan: borongan sepi", months=(12, 1, 2), percent=50
            ),
        ),
        fixed_costs=(
            FixedCost(id="fc-tkg-listrik", label="Listrik untuk mesin las", amount=50_000),
            FixedCost(id="fc-tkg-angkut", label="Angkut alat ke tempat kerja", amount=75_000),
        ),
        customers=(
            "Warga RT 10 dan kampung sekitar Pakis",
            "Pemilik rumah kos",
            "Toko dan bengkel kecil",
        ),
        competitors=("Tukang perorangan dari kampung lain", "Bengkel las di Jalan Pakis"),
        selling=(
            "Dari mulut ke mulut lewat pengurus RT",
            "Papan nama di depan rumah ketua",
            "Borongan lewat kenalan mandor",
        ),
        market=("Kelurahan Pakis dan sekitarnya",),
        # the first job is "Mengerjakan borongan pertama" (Jan 2004), after the tools are
        # bought (Okt 2003) and the jobs offered (Nov-Des 2003): no sales before it
        sales_step_id="st-tkg-6",
    )


def penjahit_analysis() -> BusinessAnalysis:
    """Kelompok Penjahit: school uniforms, clothes to order, alterations."""
    return BusinessAnalysis(
        products=(
            Product(
                id="pr-pj-seragam",
                name="Seragam sekolah",
                unit="stel",
                price=40_000,
                materials=23_000,
                labour=7_000,
                packaging=1_000,
                units_per_month=20,
            ),
            Product(
                id="pr-pj-baju",
                name="Jahit baju pesanan",
                unit="potong",
                price=30_000,
                materials=3_000,
                labour=10_000,
                units_per_month=15,
            ),
            Product(
                id="pr-pj-permak",
                name="Permak celana dan baju",
                unit="potong",
                price=5_000,
                materials=500,
                labour=1_500,
                units_per_month=60,
            ),
        ),
        seasons=(
            Season(
                id="se-pj-sekolah",
                label="Tahun ajaran baru",
                months=(7,),
                product_id="pr-pj-seragam",
                units=80,
            ),
            Season(
                id="se-pj-lebaran",
                label="Baju baru untuk Lebaran",
                months=(11,),
                product_id="pr-pj-baju",
                units=45,
                **LEBARAN_1424,
            ),
        ),
        fixed_costs=(FixedCost(id="fc-pj-listrik", label="Listrik mesin jahit", amount=35_000),),
        customers=("Orang tua murid di Pakis", "Warga RT 10 dan sekitarnya"),
        competitors=("Penjahit di Pasar Kembang", "Seragam jadi di toko"),
        selling=("Pesanan di rumah ketua", "Titip brosur di sekolah dasar"),
        market=("Kelurahan Pakis",),
        # the first order is sewn in "Menjahit pesanan pertama" (Nov 2003)
        sales_step_id="st-jht-6",
    )


def berjualan_analysis() -> BusinessAnalysis:
    """Kelompok Berjualan: soy milk, boiled peanuts, corn coffee and vegetables, sold door to door."""
    return BusinessAnalysis(
        products=(
            Product(
                id="pr-bj-dele",
                name="Sari dele",
                unit="plastik",
                price=500,
                materials=250,
                packaging=50,
                units_per_month=1_200,
            ),
            Product(
                id="pr-bj-kacang",
                name="Kacang godok",
                unit="bungkus",
                price=1_000,
                materials=550,
                packaging=50,
                units_per_month=600,
            ),
            Product(
                id="pr-bj-kopi",
                name="Kopi jagung",
                unit="bungkus",
                price=3_000,
                materials=1_800,
                packaging=200,
                units_per_month=150,
            ),
            Product(
                id="pr-bj-sayur",
                name="Sayur dan bumbu keliling",
                unit="paket",
                price=2_000,
                materials=1_500,
                units_per_month=900,
            ),
        ),
        seasons=(
            Season(
                id="se-bj-puasa",
                label="Puasa Ramadan: sari dele untuk berbuka",
                months=(11,),
                product_id="pr-bj-dele",
                percent=200,
                **RAMADAN_1424,
            ),
            Season(
                id="se-bj-hujan",
                label="Musim hujan: keliling berkurang",
                months=(12, 1, 2),
                percent=70,
            ),
        ),
        fixed_costs=(
            FixedCost(id="fc-bj-becak", label="Ongkos becak ke Pasar Keputran", amount=60_000),
            FixedCost(id="fc-bj-minyak", label="Minyak tanah untuk merebus", amount=45_000),
        ),
        customers=("Ibu rumah tangga di gang", "Anak sekolah", "Pekerja bangunan"),
        competitors=("Pedagang sayur keliling lain", "Warung di mulut gang"),
        selling=("Keliling gang pagi dan sore", "Titip sari dele di warung"),
        market=("Kelurahan Pakis dan Banyu Urip",),
        # selling starts with "Mulai berjualan keliling setiap hari" (Okt 2003)
        sales_step_id="st-jual-4",
    )
