"""A group without a business (made in step 5, not chosen yet in step 6) is said plainly by
`pra check` / the review (a reminder naming the step) and on the printed page, never a
traceback nor the sentence that it "was not chosen through the scoring of ideas"."""

from __future__ import annotations

from pathlib import Path

from pra.edit.groups import update_group
from pra.export.files import export_workshop
from pra.export.template import load_template
from pra.i18n import t
from pra.model import PraStep, Workshop
from pra.plan.checks import input_checks
from pra.resources import example_path

from .test_docx import text_of

SEDAP = "g-sedap-malam"


def _without_business() -> Workshop:
    ws = Workshop.model_validate_json(example_path("palembang").read_text(encoding="utf-8"))
    return update_group(ws, SEDAP, business="", idea_id=None)


def test_the_check_names_the_group_and_the_step_where_it_chooses() -> None:
    ws = _without_business()
    found = [c for c in input_checks(ws) if c.notice.key == "plan.checks.no_business"]
    assert [(c.step, c.group_id) for c in found] == [(PraStep.SUCCESS, SEDAP)]
    said = found[0].notice.text()
    assert "Kelompok Sedap Malam belum punya usaha" in said and "Lingkaran sukses" in said
    whole = Workshop.model_validate_json(example_path("palembang").read_text(encoding="utf-8"))
    assert not [c for c in input_checks(whole) if c.notice.key == "plan.checks.no_business"]


def test_the_plan_and_the_record_say_it_has_none(tmp_path: Path) -> None:
    result = export_workshop(
        _without_business(),
        source="nob",
        output=tmp_path,
        group=SEDAP,
        minutes=True,
        template=load_template(),
    )
    plan, record = (text_of(p).replace("\u00a0", " ") for p in result.documents)
    none = t("export.funding.no_business")
    assert none in plan and "Kelompok ini belum memilih usahanya." in plan
    assert "tidak dipilih lewat penilaian" not in plan
    assert f"Kelompok Sedap Malam{none}Rohani" in record  # the record's table of groups
