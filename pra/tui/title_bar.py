"""The title bar's line on a group step: the step, the group and the workshop's name, fitted to
the width (#12: at 100 columns "… Kelompok: Kelompok Sedap Malam (F3 ganti)  ·  PRA
Pemberdayaan" lost the workshop's name).

The line says the group once ("Kelompok Sedap Malam", not "Kelompok: Kelompok Sedap Malam"),
and gives up, in this order until it fits: "(F3 ganti)" (F3 is in the footer), the wide spaces
around "·", the app's name; only then is the workshop's name cut, with "…".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from rich.cells import cell_len

from pra.i18n import t

GROUP_LINES = (
    "tui.title_bar_group",
    "tui.title_bar_group_plain",
    "tui.title_bar_group_tight",
    "tui.title_bar_group_short",
)
"""The lines of a group step, most said first; the first names the key that switches groups."""
FOLLOWUP_LINES = (
    "tui.followup.title_bar",
    "tui.followup.title_bar_tight",
    "tui.followup.title_bar_short",
    "tui.followup.title_bar_shortest",
)
"""The follow-up screen's lines: F3 is not in its footer, so its title bar names it to the last;
the way back (F4) is in the footer and goes first, with the app's name."""
SHORTEST_TITLE = 12
"""The workshop's name is never cut shorter than this (the line is cut at the edge instead)."""


def group_part(name: str) -> str:
    """The group as the title bar names it: ``Kelompok: KUW "Tri Astha"``, but ``Kelompok
    Sedap Malam`` alone (its name already says it is a group)."""
    words = t("tui.title_group_words").split()
    first = name.split(maxsplit=1)[0].casefold() if name.strip() else ""
    return name if first in words else t("tui.title_group", name=name)


def fit_group_line(
    render: Callable[..., str],
    width: int,
    *,
    keys: bool = True,
    lines: Sequence[str] = GROUP_LINES,
    **params: Any,
) -> tuple[str, dict[str, Any]]:
    """The catalogue line and its parameters for a group step's title bar ``width`` cells wide.

    ``render(line, **params)`` writes a line as the bar shows it (keys filled in);
    ``params`` are ``app``, ``step``, ``group`` (the group's name) and ``title``. Without
    ``keys`` (the room's view) the line naming F3 is not offered. ``lines``: the catalogue
    lines tried in turn (the follow-up screen has its own, :data:`FOLLOWUP_LINES`).
    """
    params = {**params, "group": group_part(params["group"])}
    lines = lines if keys else lines[1:]
    for line in lines:
        if cell_len(render(line, **params)) <= width:
            return line, params
    last = lines[-1]
    title = str(params["title"])
    over = cell_len(render(last, **params)) - width
    keep = max(len(title) - over - 1, SHORTEST_TITLE)
    if keep < len(title):
        params["title"] = title[:keep].rstrip() + "…"
    return last, params
