"""Refusals name the field as the form labels it, and the rule it broke, never a data path."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from pra import i18n
from pra.edit import capital, pledges, steps
from pra.errors import PraError
from pra.model import Workshop
from tests.edit.conftest import SEDAP

Edit = Callable[[Workshop], Workshop]


def _loan_term(ws: Workshop) -> Workshop:
    return capital.set_plan_field(ws, SEDAP, "loan_term_months", "0")


def _pledge_value(ws: Workshop) -> Workshop:
    group = ws.group(SEDAP)
    assert group is not None
    return pledges.update_pledge(ws, SEDAP, group.pledges[0].id, value=10**15)


def _duration(ws: Workshop) -> Workshop:
    group = ws.group(SEDAP)
    assert group is not None
    fields = steps.step_fields(title="Belajar", duration="0")
    return steps.update_step(ws, SEDAP, group.steps[0].id, **fields)


def _end_before_start(ws: Workshop) -> Workshop:
    group = ws.group(SEDAP)
    assert group is not None
    fields = steps.step_fields(title="Belajar", start="2-1-2025", end="1-1-2025")
    return steps.update_step(ws, SEDAP, group.steps[0].id, **fields)


CASES: list[tuple[Edit, str, str]] = [
    (
        _loan_term,
        "Lama pinjaman (bulan): tidak boleh kurang dari 1",
        "Repayment term (months): ",
    ),
    (_pledge_value, "Nilai janji: tidak boleh lebih dari ", "Pledge value: "),
    (_duration, "Lama langkah: tidak boleh kurang dari 1", "Step duration: "),
    (
        _end_before_start,
        "tanggal selesai langkah perlu tanggal mulai yang sama atau lebih awal",
        "",
    ),
]


@pytest.mark.parametrize(("edit", "indonesian", "english"), CASES)
def test_refusal_names_the_field(
    monkeypatch: pytest.MonkeyPatch, ws: Workshop, edit: Edit, indonesian: str, english: str
) -> None:
    with pytest.raises(PraError) as caught:
        edit(ws)
    text = str(caught.value)
    assert indonesian in text
    for technical in ("loan_term_months", '"value"', '"duration"', '""', "groups."):
        assert technical not in text
    i18n.set_language("en")
    with pytest.raises(PraError) as again:
        edit(ws)
    shown = str(again.value)
    assert english in shown
    assert "tidak" not in shown


def test_unlabelled_field_keeps_the_general_sentence(ws: Workshop) -> None:
    from pra.edit.base import _rule

    entry = {"type": "greater_than_equal", "loc": ("mystery",), "ctx": {"ge": 1}, "msg": ""}
    assert _rule(entry) == 'nilai "mystery" tidak sah'
