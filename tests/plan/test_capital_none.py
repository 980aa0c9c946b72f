"""The capital summary of a new workshop's group says plainly that no capital is there yet.

Issue #12: Modal › RAB of a new workshop read "Jumlah modal untuk anggaran: Rp 0 ()".
"""

from __future__ import annotations

from pra import i18n
from pra.plan.capital import capital_summary
from tests.plan.test_new_workshop_loan import new_group, new_workshop


def _texts(lines: tuple[object, ...], lang: str) -> list[str]:
    """Each line as the screen says it, a plain space for the no-break one after "Rp"."""
    return [line.text(lang).replace("\xa0", " ") for line in lines]  # type: ignore[attr-defined]


def test_a_group_without_sources_is_told_it_has_no_capital_yet() -> None:
    group = new_workshop().groups[0]
    summary = capital_summary(group)
    said = _texts(summary.reading(), "id")
    assert (
        "Modal untuk anggaran belum ada: belum ada bantuan, pinjaman, swadaya, atau sumber lain."
    ) in said, said
    assert not [line for line in said if "()" in line or "Rp 0 (" in line]
    assert (
        "No capital for the budget yet: no grant, loan, own contribution or other source."
    ) in _texts(summary.lines, "en")
    assert i18n.has("plan.capital.line_capital_none")


def test_a_group_with_a_loan_still_names_its_capital_and_parts() -> None:
    summary = capital_summary(new_group("BMM, 5.000.000"))
    said = _texts(summary.lines, "id")
    assert "Jumlah modal untuk anggaran: Rp 5.000.000 (pinjaman Rp 5.000.000)" in said, said
