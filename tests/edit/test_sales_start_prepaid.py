"""The day selling starts and a budget line paid ahead, as typed (issue 13)."""

from __future__ import annotations

import datetime as dt

import pytest

from pra.edit import analysis, capital
from pra.errors import PraError
from pra.model import Workshop
from tests.edit.conftest import SEDAP


def test_the_day_selling_starts_reads_a_date_a_step_number_or_nothing(ws: Workshop) -> None:
    assert analysis.sales_start_text(ws, SEDAP) == "langkah 6"
    dated = analysis.set_sales_start(ws, SEDAP, " 1/10/2003 ")
    a = dated.group(SEDAP).analysis  # type: ignore[union-attr]
    assert (a.sales_start, a.sales_step_id) == (dt.date(2003, 10, 1), None)
    assert analysis.sales_start_text(dated, SEDAP) == "01-10-2003"
    for typed in ("3", "langkah 3", "Langkah 3"):
        stepped = analysis.set_sales_start(dated, SEDAP, typed)
        a = stepped.group(SEDAP).analysis  # type: ignore[union-attr]
        assert (a.sales_start, a.sales_step_id) == (None, "st-sm-3")
    cleared = analysis.set_sales_start(dated, SEDAP, "")
    a = cleared.group(SEDAP).analysis  # type: ignore[union-attr]
    assert (a.sales_start, a.sales_step_id) == (None, None)
    assert analysis.sales_start_text(cleared, SEDAP) == ""


@pytest.mark.parametrize(
    ("typed", "sentence"),
    [
        (
            "besok",
            '"besok" bukan tanggal atau nomor langkah. Tulis tanggal penjualan mulai '
            "(29-09-2003) atau nomor langkah kegiatan yang memulainya (7); kosongkan untuk "
            "mulai dari awal rencana.",
        ),
        (
            "40",
            "Tidak ada langkah 40: kelompok ini punya 9 langkah kegiatan. Tulis nomor langkah "
            "yang memulai penjualan, atau tanggalnya (29-09-2003).",
        ),
        ("31-02-2003", None),  # the date sentence of the preparation step
        ("1-10-1850", None),  # out of the workshop's bounds (1990-2100)
    ],
)
def test_a_start_that_does_not_read_is_refused_with_its_sentence(
    ws: Workshop, typed: str, sentence: str | None
) -> None:
    with pytest.raises(PraError) as refused:
        analysis.set_sales_start(ws, SEDAP, typed)
    if sentence is not None:
        assert refused.value.message() == sentence


def test_a_budget_line_is_added_and_changed_as_paid_ahead(ws: Workshop) -> None:
    added = capital.add_budget_line(
        ws,
        SEDAP,
        "Sewa etalase",
        quantity="3",
        unit="bulan",
        unit_price="40rb",
        prepaid="fixed_costs",
    )
    line = added.group(SEDAP).capital.budget[-1]  # type: ignore[union-attr]
    assert (line.item, line.quantity, line.unit_price, line.prepaid) == (
        "Sewa etalase",
        3,
        40_000,
        "fixed_costs",
    )
    changed = capital.update_budget_line(
        added,
        SEDAP,
        line.id,
        "Sewa etalase",
        quantity="3",
        unit="bulan",
        unit_price="40rb",
        source_id=None,
        prepaid="",
    )
    assert changed.group(SEDAP).capital.budget[-1].prepaid is None  # type: ignore[union-attr]
    with pytest.raises(PraError):
        capital.add_budget_line(ws, SEDAP, "Sewa", unit_price="1", prepaid="rent")
