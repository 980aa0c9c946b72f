"""A file saved before two follow-up rules existed still opens; ``pra check`` names what breaks
them ("perlu dilihat lagi"), and the edits that would add such a record are still refused.

The rules: one meeting of each kind a day, and an action due on or after its meeting. Before
them, ``add_meeting`` and ``add_action`` accepted both, so saved files hold them.
"""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from pra import store
from pra.edit import followup as fu
from pra.errors import PraError
from tests.cli.conftest import Run
from tests.cli.test_check import Data, example_data, palembang_profit_line, write_json

SEDAP = "g-sedap-malam"


def _sedap(data: Data) -> Data:
    group: Data = next(g for g in data["groups"] if g["id"] == SEDAP)
    return group


def twice_and_early() -> Data:
    """Palembang with Sedap Malam's meeting of 6 October 2003 entered a second time (a new id,
    as the earlier ``add_meeting`` allowed) and the action of 6 November 2003 due on 6 December
    2002 (a year typed wrong, as the earlier ``add_action`` allowed)."""
    data = example_data()
    meetings = _sedap(data)["followup"]["meetings"]
    again = copy.deepcopy(meetings[1])
    again["id"] = "pt-sedap-malam-01b"
    again["actions"] = []
    meetings.insert(2, again)
    assert meetings[3]["actions"][0]["text"] == "Meminjam oven tetangga untuk pesanan Lebaran"
    meetings[3]["actions"][0]["due"] = "2002-12-06"
    return data


TWICE = (
    'kelompok "Kelompok Sedap Malam", pertemuan 3 (6 Oktober 2003): pertemuan kelompok 6 Oktober'
    " 2003 sudah dicatat sebagai pertemuan 2: satu pertemuan kelompok sehari (kunjungan"
    " pendamping pada hari yang sama boleh); gabungkan catatannya ke pertemuan yang sudah ada"
)
# the action's text is shortened as every name in a place is (NAME_SHOWN)
EARLY = (
    'kelompok "Kelompok Sedap Malam", pertemuan 4 (6 November 2003), tindak lanjut "Meminjam'
    ' oven tetangga untuk pesanan Le…": tindak lanjut ini jatuh tempo 6 Desember 2002,'
    " sebelum pertemuan yang menyepakatinya (6 November 2003): periksa tahunnya"
)


def test_a_file_holding_both_opens_with_every_record(tmp_path: Path) -> None:
    path = write_json(tmp_path, "lama.json", twice_and_early())
    ws = store.load(path)
    group = ws.group(SEDAP)
    assert group is not None
    assert [m.id for m in group.followup.meetings[1:3]] == [
        "pt-sedap-malam-01",
        "pt-sedap-malam-01b",
    ]
    assert str(group.followup.meetings[3].actions[0].due) == "2002-12-06"


def test_pra_check_names_the_meeting_and_the_action(pra: Run, tmp_path: Path) -> None:
    path = write_json(tmp_path, "lama.json", twice_and_early())
    result = pra("check", path)
    assert result.code == 0
    assert result.lines == [
        f"{path}: perlu dilihat lagi: {TWICE}",
        f"{path}: perlu dilihat lagi: {EARLY}",
        palembang_profit_line(path),
        f"{path}: sah, 3 hal perlu dilihat lagi (di atas)",
    ]


def test_adding_either_through_the_edits_is_still_refused(tmp_path: Path) -> None:
    ws = store.load(write_json(tmp_path, "lama.json", twice_and_early()))
    with pytest.raises(PraError) as twice:
        fu.add_meeting(ws, SEDAP, "06-12-2003")
    assert twice.value.key == "edit.followup.meeting_twice"
    with pytest.raises(PraError) as early:
        fu.add_action(ws, SEDAP, "pt-sedap-malam-03", "Membeli gula", due="06-01-2003")
    assert early.value.key == "edit.followup.due_before_meeting"
    # moving a meeting onto another's day is the same meeting twice: refused too
    with pytest.raises(PraError) as moved:
        fu.update_meeting(ws, SEDAP, "pt-sedap-malam-04", date="06-12-2003")
    assert moved.value.key == "edit.followup.refused"
    assert "6 Desember 2003 sudah dicatat sebagai pertemuan 5" in moved.value.message()


def test_the_group_holding_them_can_still_be_edited(tmp_path: Path) -> None:
    """What the file held is no reason to refuse another edit of the same group."""
    ws = store.load(write_json(tmp_path, "lama.json", twice_and_early()))
    ws = fu.update_meeting(ws, SEDAP, "pt-sedap-malam-01b", notes="Dicatat dua kali")
    ws = fu.add_meeting(ws, SEDAP, "20-06-2004")
    group = ws.group(SEDAP)
    assert group is not None
    assert group.followup.meetings[2].notes == "Dicatat dua kali"
    assert str(group.followup.meetings[-1].date) == "2004-06-20"
