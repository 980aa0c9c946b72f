"""The business analysis (analisis usaha) of KUW "Tri Astha" in Yogyakarta.

The members run their businesses individually and the group keeps the
accounts, so the analysis adds up the members' businesses as the group wrote
them down: shoes, a grocery stall, motorbike repairs, alterations and chickens.
Invented where the sources are silent: prices and costs of 2003, the sales of
an ordinary month, the seasons (Lebaran in November 2003, the new school year
in July) and the monthly fixed costs; who runs which business (#13), from the
members' skills in the workshop: shoes Paijo and Wagiman (kerajinan sepatu), the stall
Sutrisno, Tukiyem and Ngatini (berdagang), motorbike repairs Suparman and Budi (mekanik),
alterations Sri Lestari and Parjiyem (menjahit), chickens Sumardi (beternak). Each product's
profit then carries the instalments of the members who run it.
"""

from __future__ import annotations

from pra.model.business import BusinessAnalysis, FixedCost, Product, Season
from pra_examples.rows import LEBARAN_1424


def tri_astha_analysis() -> BusinessAnalysis:
    """The members' businesses together, as the group keeps their accounts."""
    return BusinessAnalysis(
        products=(
            Product(
                id="pr-ta-sepatu",
                name="Sepatu kulit buatan tangan",
                unit="pasang",
                price=45_000,
                materials=25_000,
                labour=5_000,
                packaging=1_500,
                units_per_month=20,
                member_ids=("p-paijo", "p-wagiman"),
            ),
            Product(
                id="pr-ta-kelontong",
                name="Belanja di warung kelontong (rata-rata Rp 10.000)",
                unit="belanja",
                price=10_000,
                materials=8_500,
                units_per_month=150,
                member_ids=("p-sutrisno", "p-tukiyem", "p-ngatini"),
            ),
            Product(
                id="pr-ta-servis",
                name="Servis sepeda motor",
                unit="servis",
                price=25_000,
                materials=8_000,
                units_per_month=40,
                member_ids=("p-suparman", "p-budi"),
            ),
            Product(
                id="pr-ta-jahit",
                name="Jahit dan permak",
                unit="potong",
                price=6_000,
                materials=500,
                units_per_month=60,
                member_ids=("p-lestari", "p-parjiyem"),
            ),
            Product(
                id="pr-ta-ayam",
                name="Ayam kampung",
                unit="ekor",
                price=25_000,
                materials=14_000,
                units_per_month=15,
                member_ids=("p-sumardi",),
            ),
        ),
        seasons=(
            Season(
                id="se-ta-lebaran",
                label="Menjelang Lebaran",
                months=(11,),
                percent=150,
                **LEBARAN_1424,
            ),
            Season(
                id="se-ta-sekolah",
                label="Tahun ajaran baru: sepatu sekolah",
                months=(7,),
                product_id="pr-ta-sepatu",
                units=40,
            ),
        ),
        fixed_costs=(
            FixedCost(id="fc-ta-listrik", label="Listrik bengkel dan warung", amount=60_000),
            FixedCost(id="fc-ta-buku", label="Buku kas dan pertemuan bulanan", amount=15_000),
        ),
        customers=("Warga RT 37 dan 39", "Anak sekolah dan orang tuanya", "Pengemudi ojek"),
        competitors=("Toko sepatu di Jalan Kusumanegara", "Bengkel besar di jalan raya"),
        selling=("Di rumah dan warung anggota", "Sepatu dititipkan ke toko di Pasar Beringharjo"),
        market=("Kelurahan Warungboto", "Kecamatan Umbulharjo"),
        # the members' businesses sell with the goods their loans buy: from
        # "Menyalurkan pinjaman pertama kepada anggota" (Nov 2003)
        sales_step_id="st-ta-4",
    )
