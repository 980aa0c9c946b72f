from __future__ import annotations

from pra.model import BusinessIdea, Criterion
from pra.plan.ideas import idea_matrix, weighted_total, workshop_ideas
from pra.synthetic import maximal_workshop

CRITERIA = (
    Criterion(id="modal", name="modal kecil", weight=3),
    Criterion(id="skill", name="keterampilan ada", weight=2),
    Criterion(id="pasar", name="pasar", weight=1),
)


def idea(ref: str, name: str, **scores: int) -> BusinessIdea:
    return BusinessIdea(id=ref, name=name, scores=scores)


def test_weighted_totals_and_ranking() -> None:
    ideas = (
        idea("jahit", "Menjahit", modal=2, skill=5, pasar=4),
        idea("kue", "Membuat kue", modal=5, skill=3, pasar=3),
        idea("bengkel", "Bengkel", modal=1, skill=2, pasar=5),
    )
    m = idea_matrix(ideas, CRITERIA)
    assert weighted_total(ideas[0], CRITERIA) == 2 * 3 + 5 * 2 + 4
    assert [(r.item_id, r.score, r.rank) for r in m.rows] == [
        ("kue", 24, 1),
        ("jahit", 20, 2),
        ("bengkel", 12, 3),
    ]
    assert m.scores["jahit"] == (2, 5, 4)
    assert m.top_ids == ("kue",)
    notes = {n.criterion_id: n for n in m.robustness}
    assert notes["skill"].holds and notes["pasar"].holds
    assert not notes["modal"].holds
    assert notes["modal"].top_without == ("jahit",)
    assert notes["modal"].note.text("en") == (
        'Without the criterion "modal kecil", the top business becomes "Menjahit".'
    )
    assert notes["pasar"].note.text("id") == (
        'Tanpa kriteria "pasar", usaha teratas tetap "Membuat kue".'
    )
    assert m.warnings == ()


def test_ties_and_missing_scores() -> None:
    ideas = (idea("a", "A", modal=5), idea("b", "B", modal=5, skill=1, pasar=1))
    m = idea_matrix(ideas, CRITERIA[:1])
    assert [r.rank for r in m.rows] == [1, 1]
    assert m.top_ids == ("a", "b")
    full = idea_matrix(ideas, CRITERIA)
    assert [w.key for w in full.warnings] == ["plan.ideas.missing_scores"]
    assert full.warnings[0].text("en") == (
        'Business "A" has no score yet for: keterampilan ada, pasar.'
    )
    assert full.scores["a"] == (5, None, None)


def test_empty_matrix() -> None:
    m = idea_matrix((), CRITERIA)
    assert (m.rows, m.robustness, m.warnings, m.top_ids) == ((), (), (), ())
    no_criteria = idea_matrix((idea("a", "A"),), ())
    assert no_criteria.rows[0].score == 0 and no_criteria.top_ids == ()


def test_workshop_matrix_has_every_idea() -> None:
    ws = maximal_workshop(participants=10, groups=4, steps_per_group=1)
    m = workshop_ideas(ws)
    assert {r.item_id for r in m.rows} == {i.id for i in ws.ideas}
    assert len(m.robustness) == len(ws.criteria)


def test_a_tie_at_the_top_without_a_criterion_is_said_to_be_a_tie() -> None:
    """Without "modal kecil" (weight 3): Menjahit 3 × 2 + 2 × 1 = 8 and Membuat kue 2 × 2 + 4 × 1
    = 8 tie; with it Menjahit leads, 4 × 3 + 8 = 20 against 2 × 3 + 8 = 14 (#13)."""
    ideas = (
        idea("jahit", "Menjahit", modal=4, skill=3, pasar=2),
        idea("kue", "Membuat kue", modal=2, skill=2, pasar=4),
    )
    m = idea_matrix(ideas, CRITERIA)
    assert m.top_ids == ("jahit",)
    notes = {n.criterion_id: n for n in m.robustness}
    assert notes["modal"].top_without == ("jahit", "kue")
    assert notes["modal"].note.text("en") == (
        'Without the criterion "modal kecil", the top businesses tie: "Menjahit", "Membuat kue".'
    )
    assert notes["modal"].note.text("id") == (
        'Tanpa kriteria "modal kecil", usaha teratas menjadi seri antara "Menjahit", "Membuat kue".'
    )
