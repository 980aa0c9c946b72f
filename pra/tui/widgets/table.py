"""Helpers for DataTables that re-render from the workshop value without losing the cursor."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.widgets import DataTable
from textual.widgets.data_table import CellDoesNotExist

Cell = str | Text


def fill(
    table: DataTable[Cell],
    columns: Sequence[str],
    rows: Sequence[tuple[str, Sequence[Cell]]],
    *,
    height: int = 1,
) -> None:
    """Replace the table's rows (and columns if they changed), keeping the cursor on the same key.

    When exactly one row is new (something was just added), the cursor goes to
    it, so the next key press (a category, a rating …) applies to what was typed.
    """
    before = {key.value for key in table.rows}
    keep = current_key(table)
    keep_row = table.cursor_row
    keep_column = table.cursor_column
    labels = [str(c.label) for c in table.columns.values()]
    if labels != list(columns):
        table.clear(columns=True)
        table.add_columns(*columns)
    else:
        table.clear()
    for key, cells in rows:
        table.add_row(*cells, key=key, height=height)
    if not rows:
        return
    keys = [key for key, _ in rows]
    added = [key for key in keys if key not in before]
    if before and len(added) == 1:
        keep = added[0]
    row = keys.index(keep) if keep in keys else min(keep_row, len(rows) - 1)
    table.move_cursor(row=max(row, 0), column=keep_column, animate=False)


def current_key(table: DataTable[Cell]) -> str | None:
    """The key of the row under the cursor, or ``None`` for an empty table."""
    if table.row_count == 0:
        return None
    try:
        return table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
    except CellDoesNotExist:
        return None


def move_to(table: DataTable[Cell], key: str) -> None:
    try:
        table.move_cursor(row=table.get_row_index(key), animate=False)
    except Exception:
        return
