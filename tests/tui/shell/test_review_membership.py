"""Review (periksa) findings for pledges and responsibilities of people outside the group."""

from __future__ import annotations

import pytest

from pra import i18n
from pra.model import PraStep, Workshop
from pra.resources import example_path
from pra.tui.review import ReviewFinding, review_findings


def _palembang_without_member_cleanup() -> tuple[Workshop, str]:
    """Palembang with Sedap Malam's first member struck off the list only (as a hand edit would)."""
    ws = Workshop.model_validate_json(example_path("palembang").read_text(encoding="utf-8"))
    sedap = ws.groups[0]
    pid = sedap.member_ids[0]
    name = next(p.name for p in ws.participants if p.id == pid)
    group = sedap.model_copy(update={"member_ids": sedap.member_ids[1:], "chair_id": None})
    return ws.model_copy(update={"groups": (group, *ws.groups[1:])}), name


def _about(found: list[ReviewFinding], name: str) -> list[ReviewFinding]:
    return [f for f in found if name in f.message]


@pytest.mark.parametrize(
    ("lang", "pledge", "responsible"),
    [
        ("id", "Janji hati dari {who}, yang bukan anggota", "bukan anggota kelompok ini: {who}."),
        ("en", "A pledge from {who}, who is not a member", "is not a member of this group: {who}."),
    ],
)
def test_outsiders_pledge_and_steps_are_findings(
    monkeypatch: pytest.MonkeyPatch, lang: str, pledge: str, responsible: str
) -> None:
    i18n.set_language(lang)
    ws, name = _palembang_without_member_cleanup()
    gid = ws.groups[0].id
    found = _about(review_findings(ws), name)
    pledges = [f for f in found if pledge.format(who=name) in f.message]
    steps = [f for f in found if responsible.format(who=name) in f.message]
    assert len(pledges) == 1
    assert pledges[0].step is PraStep.PLEDGES and pledges[0].group_id == gid
    assert len(steps) == 3
    assert {f.step for f in steps} == {PraStep.STEPS} and {f.group_id for f in steps} == {gid}
    assert all("p-01" not in f.message for f in found)


def test_no_finding_when_everyone_is_a_member() -> None:
    ws = Workshop.model_validate_json(example_path("palembang").read_text(encoding="utf-8"))
    # nothing about membership, nor anything else (the example's dates agree since #13)
    assert review_findings(ws) == []
