"""Plan figures computed once per document (pra.plan.memo): the same figures, fewer times."""

from __future__ import annotations

from pra.plan.business import business_plan
from pra.plan.ledger import funding_ledger
from pra.plan.memo import computed_once
from tests.export.factory import example


def test_figures_are_computed_afresh_outside_a_document_and_once_inside() -> None:
    group = example("palembang").groups[1]
    assert business_plan(group) is not business_plan(group)
    with computed_once():
        first = business_plan(group)
        assert business_plan(group) is first
        assert funding_ledger(group) is funding_ledger(group)
        with computed_once():  # nested: the outer block serves
            assert business_plan(group) is first
    assert business_plan(group) is not first
    assert business_plan(group) == first


def test_a_changed_group_is_not_served_the_old_figures() -> None:
    group = example("palembang").groups[1]
    with computed_once():
        before = business_plan(group)
        changed = group.model_copy(update={"name": "Kelompok Lain"})
        assert business_plan(changed) is not before


def test_a_plan_built_with_figures_computed_once_is_the_plan_built_without() -> None:
    from pra.export import plan
    from pra.export.template import load_template

    ws = example("palembang")
    template = load_template()
    for group in ws.groups:
        once = plan.build_plan(ws, group, template, "id")._element.xml
        afresh = plan._build_plan(ws, group, template, "id", 0)._element.xml
        assert once == afresh
