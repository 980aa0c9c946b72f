"""Counts from paper (step 3): a count over what the room's dots allow is refused as that
count, naming the problem and the limit (it was "Perubahan tidak bisa disimpan: …", rev17-facil 8),
and without "together with 0 dots of the other problems" when it is the first count."""

from __future__ import annotations

import pytest

from pra.edit import voting
from pra.errors import PraError
from tests.edit.conftest import palembang


def test_counts_from_paper_over_the_rooms_dots_are_refused_by_what_they_pass() -> None:
    ws = palembang()
    ws = ws.model_copy(
        update={
            "voting": ws.voting.model_copy(
                update={
                    "dots": ws.voting.dots.model_copy(
                        update={"totals": {}, "ballots": (), "cap_per_item": None}
                    )
                }
            )
        }
    )
    first, second = (p.id for p in ws.problems[:2])
    limit = voting.totals_room(ws)
    assert limit == ws.voting.dots.dots_per_person * len(ws.participants)
    with pytest.raises(PraError) as alone:
        voting.set_total(ws, first, limit + 1)
    assert alone.value.key == "edit.total_over_room_alone"
    assert "masalah lain" not in alone.value.message()
    assert str(limit) in alone.value.message()

    ws = voting.set_total(ws, first, limit - 2)  # the whole room but 2 dots: taken
    with pytest.raises(PraError) as together:
        voting.set_total(ws, second, 3)
    assert together.value.key == "edit.totals_over_room"
    assert f"bersama {limit - 2} titik masalah lain menjadi {limit + 1}" in together.value.message()
    assert voting.set_total(ws, second, 2).voting.dots.totals[second] == 2
