"""A follow-up agreed at a meeting may be the pendamping's own (rev15 F1).

``Menghubungi BMM soal pinjaman oven, oleh Hendra Saputra, 12-07-2004`` (Hendra Saputra is the
Palembang workshop's pendamping) was refused as not a member of the group; so was ``oleh
pendamping``. Now the action records ``by_mentor`` (no name: the mentor field is the name), the
screen and the report name the mentor, and a name that is neither member nor mentor is still
refused with its sentence.
"""

from __future__ import annotations

import datetime as dt

import docx
import pytest

from pra.edit import followup as fu
from pra.errors import PraError
from pra.export.report import build_report
from pra.export.template import load_template
from pra.model import Workshop
from pra.plan.followup.actions import action_people
from pra.resources import example_path

SEDAP = "g-sedap-malam"


@pytest.fixture(scope="module")
def shipped() -> Workshop:
    from pra import store

    return store.load(example_path("palembang"))


def _added(ws: Workshop, line: str) -> tuple[Workshop, object]:
    meeting = ws.group(SEDAP).followup.meetings[-1]  # type: ignore[union-attr]
    after = fu.add_action_line(ws, SEDAP, meeting.id, line)
    return after, after.group(SEDAP).followup.meetings[-1].actions[-1]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "who",
    ["Hendra Saputra", "hendra saputra", "Pak Hendra Saputra", "Hendra", "pendamping"],
)
def test_the_workshops_pendamping_may_do_a_follow_up(shipped: Workshop, who: str) -> None:
    ws, action = _added(shipped, f"Menghubungi BMM soal pinjaman oven, oleh {who}, 12-07-2004")
    assert action.by_mentor and action.responsible_ids == ()  # type: ignore[attr-defined]
    assert action.text == "Menghubungi BMM soal pinjaman oven"  # type: ignore[attr-defined]
    assert action.due == dt.date(2004, 7, 12)  # type: ignore[attr-defined]
    group = ws.group(SEDAP)
    assert group is not None
    # the screen's list and the report name the person, the institution aside
    assert action_people(ws, group, action, "pendamping") == ["Hendra Saputra"]  # type: ignore[arg-type]


def test_a_member_and_the_pendamping_together(shipped: Workshop) -> None:
    _, action = _added(shipped, "Mengunjungi rumah Masitoh, oleh Rohani dan pendamping")
    assert action.by_mentor and action.responsible_ids == ("p-01",)  # type: ignore[attr-defined]


def test_a_group_mentor_of_its_own_is_the_one_named(shipped: Workshop) -> None:
    ws = fu.set_mentor(shipped, SEDAP, "Yusnani (Dinas Sosial)")
    ws, action = _added(ws, "Mengurus izin PIRT, oleh Bu Yusnani")
    assert action.by_mentor  # type: ignore[attr-defined]
    assert action_people(ws, ws.group(SEDAP), action, "pendamping") == ["Yusnani"]  # type: ignore[arg-type]
    with pytest.raises(PraError) as caught:  # the workshop's mentor is not this group's
        _added(ws, "Menghubungi BMM, oleh Hendra Saputra")
    assert "bukan anggota Kelompok Sedap Malam" in caught.value.message()


def test_a_name_neither_member_nor_mentor_is_still_refused(shipped: Workshop) -> None:
    with pytest.raises(PraError) as caught:
        _added(shipped, "Menghubungi BMM, oleh Hendro Saputro")
    assert "bukan anggota Kelompok Sedap Malam" in caught.value.message()


def test_the_reports_oleh_column_prints_the_mentors_name(shipped: Workshop) -> None:
    ws, _ = _added(shipped, "Menghubungi BMM soal pinjaman oven, oleh Hendra Saputra, 12-07-2004")
    group = ws.group(SEDAP)
    assert group is not None
    doc = build_report(ws, group, load_template(), "id", dt.date(2004, 6, 1), dt.date(2004, 7, 4))
    rows = [
        [c.text for c in row.cells]
        for table in doc.tables
        for row in table.rows
        if "Menghubungi BMM soal pinjaman oven" in row.cells[0].text
    ]
    assert rows and rows[0][1] == "Hendra Saputra", rows
    assert isinstance(doc, docx.document.Document)
