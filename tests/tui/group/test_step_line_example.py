"""Step 9's one-line example names a member of the group shown (issue #12, rev14): it named
Palembang's "Rohani" in every workshop. A logic test: no app is run."""

from __future__ import annotations

from pra import i18n
from pra.edit import groups as gr
from pra.edit import participants
from pra.tui.keys import key_text
from pra.tui.steps.group_steps import line_example
from tests.tui.conftest import palembang


def test_the_step_line_example_names_a_member_of_the_group_in_any_workshop() -> None:
    i18n.set_language("id")
    ws = palembang()
    for group in ws.groups:
        first = ws.participant(group.member_ids[0])
        assert first is not None
        said = key_text(None, "tui.steps.hint", **line_example(ws, group))
        assert f"oleh {first.name.split()[0]} lalu Enter" in said
    other = participants.add_participant(palembang(), "Euis Rahmawati")
    other = gr.add_group(other, "Kelompok Melati")
    melati = other.groups[-1].id
    other = gr.assign_member(other, other.participants[-1].id, melati)
    said = key_text(None, "tui.steps.hint", **line_example(other, other.group(melati)))
    assert "oleh Euis lalu Enter" in said and "Rohani" not in said
