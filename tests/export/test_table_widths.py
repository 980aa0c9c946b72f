"""Column widths when the amounts alone are wider than the page (python-docx)."""

from __future__ import annotations

from pra.export.blocks import Writer
from pra.export.tables import Column
from pra.export.template import load_template

ONE_INCH_EMU = 914400


def test_a_table_of_amounts_wider_than_its_width_is_still_written() -> None:
    """Every cell an amount, together wider than the table: the widths are scaled (the
    amounts may wrap), the table is written, its width kept. It stopped the whole plan with
    a division by zero before."""
    doc = load_template().new_document()
    w = Writer(doc, "id")
    amount = "Rp\u00a0987.654.321.000"
    table = w.table(
        [Column(1, "right"), Column(1, "right")],
        ["A", "B"],
        [(amount, amount)],
        width=ONE_INCH_EMU,
    )
    grid = [c.width for c in table.columns]
    assert sum(grid) == ONE_INCH_EMU  # 1440 twips: one inch
    assert grid[0] == grid[1]  # both need the same
    assert [c.text for c in table.rows[1].cells] == [amount, amount]
