"""Reading the screen like a person at the back of the hall: is a value shown whole, cut, or not at all?

A value may be wrapped: a table cell or a paragraph continues on the next line,
at or left of the column where it started. :func:`cut_values` finds the values
that appear only cut — their beginning is on screen but the value stops at an
ellipsis, the edge of a box or the edge of the screen — and ignores values that
are not on screen at all (a row scrolled away is not cut).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from textual.app import App
from textual.color import Color
from textual.widget import Widget

# Box-drawing and block characters: the edges of boxes and of focus borders.
_EDGES = "│┃║█▌▐▎▊▏▕╭╮╰╯┏┓┗┛─━═▀▄╸╺"
_EDGE_RE = re.compile(f"[{_EDGES}]")
MONEY_RE = re.compile(r"Rp ?\d[\d.…]*")
"""A rupiah amount as written on screen (maybe cut)."""
WHOLE_MONEY_RE = re.compile(r"^Rp ?\d{1,3}(\.\d{3})*$")


def clean_lines(text: str) -> list[str]:
    """The screen's lines with box edges blanked, so a value ends where its box does."""
    return [_EDGE_RE.sub(" ", line) for line in text.splitlines()]


def _segment(line: str, col: int) -> tuple[str, bool]:
    """The text from ``col`` to the end of its cell (two spaces, an ellipsis or the line's end).

    Returns the text, whitespace-normalised, and whether it ends in an ellipsis.
    """
    text = line[col:]
    gap = text.find("  ")
    if gap >= 0:
        text = text[:gap]
    cut = "…" in text
    if cut:
        text = text[: text.index("…")]
    return " ".join(text.split()), cut


def _read(lines: list[str], row: int, col: int, rest: str, depth: int = 0) -> tuple[int, bool]:
    """How many characters of ``rest`` read on from (row, col), following wrapped lines.

    A continuation is looked for on the next line at a word that starts at or
    left of ``col`` (a wrapped cell or paragraph goes on there). The flag says
    whether the reading stopped because the text stopped (an ellipsis, or
    nothing follows), not because a different text follows.
    """
    seg, cut = _segment(lines[row], col)
    n = 0
    while n < len(seg) and n < len(rest) and seg[n] == rest[n]:
        n += 1
    if n == len(rest):
        after = seg[n : n + 1]
        return (n, False) if not after or not after.isalnum() else (0, False)
    if n < len(seg):
        return n, False  # a different text
    if cut or row + 1 >= len(lines) or depth > 6:
        return n, True
    tail = rest[n:]
    joiner = 1 if tail.startswith(" ") else 0
    best, stopped = n, True
    line = lines[row + 1]
    for m in re.finditer(r"(?:^|(?<= ))\S", line):
        if m.start() > col:
            break
        stopped = False  # something goes on there
        more, end = _read(lines, row + 1, m.start(), tail[joiner:], depth + 1)
        if more and n + joiner + more > best:
            best, stopped = n + joiner + more, end
        if best == len(rest):
            return best, False
    return best, stopped


def _starts(lines: list[str], value: str, least: int = 4) -> list[tuple[int, int]]:
    head = value.split()[0]
    probe = head[: min(len(head), least)]
    found = []
    for row, line in enumerate(lines):
        for m in re.finditer(re.escape(probe), line):
            if m.start() == 0 or not line[m.start() - 1].isalnum():
                found.append((row, m.start()))
    return found


def shown_whole(text: str, value: str) -> bool:
    """``value`` is on screen whole (maybe wrapped over lines)."""
    lines = clean_lines(text)
    flat = " ".join(value.split())
    return any(_read(lines, r, c, flat)[0] == len(flat) for r, c in _starts(lines, flat))


def shown_cut(text: str, value: str, width: int) -> bool:
    """The beginning of ``value`` is on screen, then the text stops short.

    Short at the edge of the screen or a box, or at an ellipsis: from 2
    characters on; short at the end of a cell (two spaces): from 4 characters on
    (``Rp`` alone before a gap is a form's hint, not a cut amount).
    """
    raw = text.splitlines()
    lines = clean_lines(text)
    flat = " ".join(value.split())
    if len(flat) < 3:
        return False
    for r, c in _starts(lines, flat, least=2):
        n, stopped = _read(lines, r, c, flat)
        if n < 2 or n >= len(flat):
            continue
        seg, cut = _segment(lines[r], c)
        if not flat.startswith(seg):
            continue  # a different text that begins the same
        end = c + len(seg)
        after = raw[r][end : end + 1] if end < len(raw[r]) else ""
        at_edge = end >= width or (after != "" and after in _EDGES)
        if cut or at_edge or (stopped and n >= 4):
            return True
    return False


def cut_values(text: str, values: Iterable[str], width: int) -> list[str]:
    """Of ``values``, those the screen shows only cut short."""
    return sorted(
        {v for v in values if v.strip() and shown_cut(text, v, width) and not shown_whole(text, v)}
    )


def malformed_money(text: str, width: int) -> list[str]:
    """Rupiah amounts on screen that are not whole.

    ``Rp 1.``, ``Rp 51.00``, and any amount that runs into an ellipsis, the
    edge of its box or of the screen (``Rp 1.200`` of ``Rp 1.200.000`` looks
    whole, but not where it stops).
    """
    bad = []
    raw = text.splitlines()
    for row, line in enumerate(clean_lines(text)):
        for m in MONEY_RE.finditer(line):
            amount = m.group(0)
            after = raw[row][m.end() : m.end() + 1]
            if amount.endswith(".") and WHOLE_MONEY_RE.match(amount[:-1]) and after in (" ", ""):
                whole = amount[:-1]
                if ("." in whole or whole.removeprefix("Rp").strip() == "0") and m.end() < width:
                    continue  # "… Rp 1.200.000." or "… Rp 0." ends a sentence ("Rp 1." may be cut)
            elif (
                WHOLE_MONEY_RE.match(amount) and not (after and after in _EDGES) and m.end() < width
            ):
                continue
            bad.append(amount)
    return bad


def focus_marked(app: App[object], widget: Widget | None) -> str | None:
    """Why the focused ``widget`` stands out (a thick accent border or reversed text), or ``None``."""
    if widget is None:
        return None
    accent = Color.parse(app.get_css_variables()["accent"])
    for node in [widget, *list(widget.ancestors)[:2]]:
        if not isinstance(node, Widget):
            continue
        if node is not widget and not node.has_pseudo_class("focus-within"):
            continue
        for edge in ("top", "right", "bottom", "left"):
            kind, colour = getattr(node.styles, f"border_{edge}")
            if kind in ("thick", "heavy", "double") and colour == accent:
                return f"{kind} border ({edge}) on {node.__class__.__name__}"
    if widget.styles.text_style.reverse:
        return "reverse"
    return None
