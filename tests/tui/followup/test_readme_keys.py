"""The README says what the meeting screen's keys do (rev15 P2: it said ``Del`` on the table
removed the meeting, when Del clears an amount and Ctrl+D removes the meeting)."""

from __future__ import annotations

from pathlib import Path

from textual.binding import Binding

from pra.tui.followup.meeting import MeetingLines, MeetingPane

README = Path(__file__).parents[3] / "README.md"


def _key(bindings: list[Binding], action: str) -> str:
    """The README's form of the key bound to ``action``: ``Del``, ``Ctrl+D``."""
    key = next(b.key for b in bindings if b.action == action)
    return "Del" if key == "delete" else "+".join(p.capitalize() for p in key.split("+"))


def test_the_readme_names_the_key_each_meeting_action_is_bound_to() -> None:
    text = " ".join(README.read_text(encoding="utf-8").split())
    pane = [b for b in MeetingPane.BINDINGS if isinstance(b, Binding)]
    lines = [b for b in MeetingLines.BINDINGS if isinstance(b, Binding)]
    said = {
        _key(pane, "clear_amount"): "clears the amount under the cursor",
        _key(pane, "remove_meeting"): "removes the whole meeting",
    }
    for key, what in said.items():
        assert f"`{key}` {what}" in text, (key, what)
    assert f"`{_key(lines, 'remove_line')}` removes the one highlighted" in text
    assert f"`{_key(lines, 'toggle_done')}` marks a follow-up kept" in text
    assert "`Del` on the table removes the meeting" not in text
