"""Helpers for DataTables that re-render from the workshop value without losing the cursor."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from weakref import WeakKeyDictionary

from rich.cells import cell_len
from rich.text import Text
from textual.dom import NoScreen
from textual.signal import SignalError
from textual.widget import Widget
from textual.widgets import DataTable
from textual.widgets.data_table import CellDoesNotExist

from pra.tui.wrapping import keep_amounts

Cell = str | Text

MIN_WRAP = 12
"""The narrowest a wrapping column gets; below it the table scrolls sideways instead."""

_latest: WeakKeyDictionary[DataTable[Cell], int] = WeakKeyDictionary()
"""How many times each table was filled: a fill put off until the table has a size is
dropped when a newer one came first."""

_waiting: WeakKeyDictionary[DataTable[Cell], Callable[[], None]] = WeakKeyDictionary()
"""The fills of tables that still had no size after a refresh (in a tab that is not
open): done again by :func:`fill_shown` once the tab is shown."""

_relayout: WeakKeyDictionary[DataTable[Cell], Callable[[], None]] = WeakKeyDictionary()
"""Each wrapping table's latest fill, checked after every layout of its screen: its box can
change with no resize of the screen (a scrollbar of the tab around it comes when the text
under the table grows), and a table filled for the wider box would run past the narrower one."""

_layout_fills: WeakKeyDictionary[DataTable[Cell], int] = WeakKeyDictionary()
"""How many fills in a row each table had from layouts alone (see ``RELAYOUT_LIMIT``)."""

RELAYOUT_LIMIT = 3
"""Fills one content may get from layouts: a box that keeps changing with the table's own height
(a scrollbar that comes and goes) stops there rather than filling for ever."""


def _width(cell: Cell) -> int:
    text = cell.plain if isinstance(cell, Text) else cell
    return max((cell_len(line) for line in text.splitlines()), default=0)


def wrap_widths(
    table: DataTable[Cell],
    columns: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    wrap: Sequence[int],
) -> list[int | None]:
    """The width of each column, so that the whole table fits its box.

    The columns not in ``wrap`` keep their natural width (their widest cell or
    header); the ``wrap`` columns share what is left, in proportion to their widest
    cell and never narrower than their header or ``MIN_WRAP``. All ``None`` (the
    DataTable measures them) when the table has no size yet, when it fits as it
    is, or when the room left is too small (the table then scrolls sideways).

    Once a column wraps, every column gets its width here: the DataTable measures
    auto-width columns only when idle and keeps the header row it drew before
    that (its render cache does not know the widths), so a header drawn between
    the fill and the measuring would stay at the labels' widths, out of line with
    the rows under it.
    """
    widths: list[int | None] = [None] * len(columns)
    room = table.scrollable_content_region.width
    if room <= 0 or not wrap:
        return widths
    height = table.styles.height
    grows = height is not None and height.is_auto  # as tall as its rows: never a scrollbar
    parent = table.parent
    if grows and isinstance(parent, Widget):
        # the box around it, less room for its scrollbar whether or not it shows now: the
        # table's own width lags behind (it was as wide as its last fill, or as the box before
        # the box's scrollbar came), and which of those a layout saw depended on timing
        room = (
            parent.content_region.width
            - parent.styles.scrollbar_size_vertical
            - table.styles.gutter.width
            - table.styles.margin.width  # beside the notes (F1) a right margin of their width
            - _own_scrollbar(table)
        )
        if room <= 0:
            return widths
    elif not table.show_vertical_scrollbar:
        room -= table.styles.scrollbar_size_vertical  # the wrapped rows may need one
    pad = 2 * table.cell_padding
    natural = [
        max([cell_len(label)] + [_width(r[index]) for r in rows])
        for index, label in enumerate(columns)
    ]
    least = {i: max(MIN_WRAP, cell_len(columns[i])) for i in wrap}
    left = room - sum(natural[i] + pad for i in range(len(columns)) if i not in wrap)
    left -= pad * len(wrap)
    if sum(natural[i] for i in wrap) <= left or sum(least.values()) > left:
        return widths  # it fits as it is, or cannot fit: scroll sideways
    # each wrapping column gets at least its header, the rest in proportion to its text
    extra = {i: max(0, natural[i] - least[i]) for i in wrap}
    spare = left - sum(least.values())
    total = max(sum(extra.values()), 1)
    given = {i: min(natural[i], least[i] + spare * extra[i] // total) for i in wrap}
    rest = left - sum(given.values())
    for i in wrap:  # what rounding and the short columns left over, in reading order
        more = min(rest, natural[i] - given[i])
        given[i] += more
        rest -= more
    return [given.get(i, natural[i]) for i in range(len(columns))]


def _own_scrollbar(table: DataTable[Cell]) -> int:
    """Room for the scrollbar of a table as tall as its rows, whether or not it shows now.

    Such a table is still no taller than its box (the DataTable's ``max-height: 100%``): one
    with more rows scrolls them itself, and its scrollbar took the last columns of the one
    filled to the whole box (step 11's RAB cut "melalui Dinas Sosial" to "… Sosia").
    """
    if table.styles.max_height is None or table.styles.overflow_y == "hidden":
        return 0
    return table.styles.scrollbar_size_vertical


def row_height(cells: Sequence[Cell], widths: Sequence[int | None]) -> int:
    """How many lines the row takes with its cells wrapped at the columns' ``widths``.

    Counted here rather than left to the DataTable (``height=None``): it measures such rows
    only when idle and draws them 0 lines high until then, so on a loaded machine a table just
    filled showed its header over empty lines (step 9 after the 3rd step) until a later event.
    """
    from rich.console import Console

    console = Console(width=max((w or 0 for w in widths), default=1) or 1)
    lines = 1
    for cell, width in zip(cells, widths, strict=True):
        # a string cell is read as markup, as the DataTable reads it
        text = cell.copy() if isinstance(cell, Text) else Text.from_markup(cell, end="")
        if width is None:
            lines = max(lines, len(text.plain.splitlines()) or 1)
        else:
            lines = max(lines, len(text.wrap(console, width)))
    return lines


def _joined(cell: Cell) -> Cell:
    """A cell whose typed amounts (``Rp 1.500``, ``1,5 rb``) never break over two lines."""
    if isinstance(cell, Text):
        joined = cell.copy()
        joined.plain = keep_amounts(cell.plain)  # as long as before: the styles stay in place
        return joined
    return keep_amounts(cell)


def fill(
    table: DataTable[Cell],
    columns: Sequence[str],
    rows: Sequence[tuple[str, Sequence[Cell]]],
    *,
    height: int | None = 1,
    wrap: Sequence[int] = (),
    narrow: Sequence[int] | None = None,
) -> None:
    """Replace the table's rows (and columns if they changed), keeping the cursor on the same key.

    When exactly one row is new (something was just added), the cursor goes to
    it, so the next key press (a category, a rating …) applies to what was typed.
    Not in a table on a tab that is not open (the vote, the matrix, while the
    problems or ideas are typed on another tab): there the cursor stays where it
    was, so the tab opens on its first row, or where the facilitator left it.

    ``wrap``: the indexes of the columns of long text (a pledge, a step's name)
    that share the width the other columns leave and wrap their text over as many
    lines as they need, so that the table fits its box and nothing is cut. The
    width follows the table's (a view fills again when the screen is resized).
    After the next refresh the widths are worked out again, and the table filled
    again only if they changed: a table filled before it had a size, or before
    its styles and scrollbars were settled (a loaded machine lays out later), so
    gets the widths of the box it finally has. A table still without a size then
    is in a tab that is not open: it waits for :func:`fill_shown` (called when a
    tab opens) rather than being tried after every refresh, which kept the app
    busy for as long as the tab stayed closed.

    ``narrow``: the indexes of the columns kept while the table lies beside the notes (F1
    below 160 columns gives it a right margin, ``pra.tcss``): the few that fit there whole,
    where all of them would run on under the notes. The view fills again when F1 toggles.
    """
    if narrow is not None and table.styles.margin.right:
        columns = [columns[i] for i in narrow]
        rows = [(key, [cells[i] for i in narrow]) for key, cells in rows]
        wrap = [narrow.index(i) for i in wrap if i in narrow]
    rows = [(key, [_joined(cell) for cell in cells]) for key, cells in rows]
    _latest[table] = count = _latest.get(table, 0) + 1
    _waiting.pop(table, None)
    shown = [cells for _, cells in rows]
    widths = wrap_widths(table, columns, shown, wrap)
    if wrap:

        def again() -> None:
            if _latest.get(table) != count or not table.is_attached:
                return
            if table.scrollable_content_region.width <= 0:
                _waiting[table] = lambda: fill(table, columns, rows, height=height, wrap=wrap)
            elif wrap_widths(table, columns, shown, wrap) != widths:
                fill(table, columns, rows, height=height, wrap=wrap)

        table.call_after_refresh(again)
        _follow_layout(
            table,
            lambda: fill(table, columns, rows, height=height, wrap=wrap),
            lambda: wrap_widths(table, columns, shown, wrap),
            widths,
        )
    before = {key.value for key in table.rows}
    keep = current_key(table)
    keep_row = table.cursor_row
    keep_column = table.cursor_column
    labels = [str(c.label) for c in table.columns.values()]
    fixed = [None if c.auto_width else c.width for c in table.columns.values()]
    if labels != list(columns) or fixed != widths:
        table.clear(columns=True)
        for label, width in zip(columns, widths, strict=True):
            table.add_column(label, width=width)
    else:
        table.clear()
    wrapped = any(w is not None for w in widths)
    for key, cells in rows:
        table.add_row(*cells, key=key, height=row_height(cells, widths) if wrapped else height)
    if not rows:
        return
    keys = [key for key, _ in rows]
    added = [key for key in keys if key not in before]
    if before and len(added) == 1 and _shown(table):
        keep = added[0]
    row = keys.index(keep) if keep in keys else min(keep_row, len(rows) - 1)
    table.move_cursor(row=max(row, 0), column=keep_column, animate=False)


def _shown(table: DataTable[Cell]) -> bool:
    """The table is on its open tab (none of its containers is hidden)."""
    return all(node.display for node in table.ancestors_with_self if isinstance(node, Widget))


def _follow_layout(
    table: DataTable[Cell],
    refill: Callable[[], None],
    widths_now: Callable[[], list[int | None]],
    widths: list[int | None],
) -> None:
    """Fill ``table`` again when a layout of its screen gives it a box its widths no longer fit."""
    count = _latest[table]
    fills = _layout_fills.pop(table, 0)  # fills in a row that layouts asked for, this one included

    def on_layout() -> None:
        if _latest.get(table) != count or not table.is_attached or fills >= RELAYOUT_LIMIT:
            return
        if table.scrollable_content_region.width <= 0 or widths_now() == widths:
            return
        _layout_fills[table] = fills + 1
        refill()

    first = table not in _relayout
    _relayout[table] = on_layout
    if first:
        try:
            table.screen.screen_layout_refresh_signal.subscribe(
                table, lambda _screen: _relayout.get(table, _nothing)()
            )
        except (NoScreen, SignalError):  # not running yet: the refresh after the fill covers it
            del _relayout[table]


def _nothing() -> None:
    return None


def fill_shown() -> None:
    """Fill again, at their width, the tables that waited for a size and now have one."""
    for table, refill in list(_waiting.items()):
        if table.is_attached and table.scrollable_content_region.width > 0:
            del _waiting[table]
            refill()


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
