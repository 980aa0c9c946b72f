"""The budget summary's own-contribution line says which pledges it counts (rev13-facil
finding 11: "Swadaya (janji hati): belum ada yang dinilai dengan rupiah" stood above "Janji
hati senilai Rp 1.160.000 belum ditepati…" although 5 of the 6 pledges had a rupiah value:
the line counts the pledges KEPT, and now says so, as its sibling with parts does)."""

from __future__ import annotations

from pra.i18n import t


def test_the_none_line_names_the_kept_pledges_like_the_line_with_parts() -> None:
    none = t("plan.capital.line_own_none")
    parts = t("plan.capital.line_own", parts="x", total="y")
    assert none.startswith("Swadaya (janji hati yang sudah ditepati):")
    assert parts.startswith("Swadaya (janji hati yang sudah ditepati):")
    assert "dinilai" not in none
