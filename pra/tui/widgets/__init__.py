"""Reusable widgets of the TUI (they may carry ``DEFAULT_CSS``)."""
