"""Themes: the projector theme (high contrast) and the terminal's own colours.

A projector in a bright hall washes out mid-tones, so the projector theme uses
pure black and white with saturated accents. ``ansi-dark`` (Textual's built-in
terminal-colours theme) is offered for terminals whose palette the facilitator
has already tuned. ``NO_COLOR`` is honoured by Textual itself.
"""

from __future__ import annotations

from typing import Final

from textual.theme import Theme

PROJECTOR_THEME: Final = Theme(
    name="pra-projector",
    primary="#FFD700",
    secondary="#00E5FF",
    accent="#00E5FF",
    warning="#FFB000",
    error="#FF5050",
    success="#50FF50",
    foreground="#FFFFFF",
    background="#000000",
    surface="#000000",
    panel="#202020",
    boost="#303030",
    dark=True,
)
TERMINAL_THEME: Final = "ansi-dark"
DEFAULT_THEME: Final = "textual-dark"
THEME_CHOICES: Final = ("textual-dark", "textual-light", "ansi-dark", "ansi-light", "pra-projector")
