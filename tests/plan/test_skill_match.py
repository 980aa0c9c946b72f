"""One skill matching for the group suggestion and its warnings (Palembang: five members sew)."""

from __future__ import annotations

from pra.edit import ideas as idea_edits
from pra.model import Workshop
from pra.plan.grouping import skill_fit, skilled_for, skills_by_person, suggest_groups
from pra.resources import example_path


def palembang() -> Workshop:
    return Workshop.model_validate_json(example_path("palembang").read_text(encoding="utf-8"))


def test_the_five_tailors_are_found_for_the_sewing_business() -> None:
    ws = palembang()
    sewing = next(i for i in ws.ideas if i.name == "Menjahit pakaian")
    names = {p.id: p.name for p in ws.participants}
    assert [names[p] for p in skilled_for(ws, sewing)] == [
        "Zulkifli",
        "Darmawati",
        "Marlina",
        "Halimah",
        "Ismail",
    ]


def test_the_warning_does_not_say_nobody_when_five_have_the_skill() -> None:
    # everyone present is already in one of the two groups, here linked to no idea
    # (linked, as shipped, Jaya Bersama carries out the sewing: no warning, see below)
    shipped = palembang()
    unlinked = tuple(g.model_copy(update={"idea_id": None}) for g in shipped.groups)
    ws = shipped.model_copy(update={"groups": unlinked})
    warnings = {w.params["idea"]: w for w in suggest_groups(ws).warnings}
    sewing = warnings["Menjahit pakaian"]
    assert (sewing.key, sewing.params["count"]) == ("plan.grouping.none_free", 5)
    assert "Belum ada peserta yang punya keterampilan" not in sewing.text()
    assert sewing.text().startswith('Usaha "Menjahit pakaian" belum diusulkan: 5 peserta')


def test_nobody_is_said_only_when_nobody_has_the_skill() -> None:
    ws = idea_edits.add_idea(palembang(), "Bengkel motor")
    bengkel = ws.ideas[-1]
    carpentry = next(s.id for s in ws.skills if s.name == "Tukang kayu")
    ws = idea_edits.toggle_idea_skill(ws, bengkel.id, "sk-menjahit")
    ws = idea_edits.toggle_idea_skill(ws, bengkel.id, "sk-menjahit")  # ticked and unticked
    ws = idea_edits.toggle_idea_skill(ws, bengkel.id, carpentry)
    assert len(skilled_for(ws, ws.ideas[-1])) == 1  # Junaidi, already in a group
    without_holders = ws.model_copy(
        update={
            "skills": tuple(
                s.model_copy(update={"holder_ids": ()}) if s.id == carpentry else s
                for s in ws.skills
            )
        }
    )
    warnings = {w.params["idea"]: w for w in suggest_groups(without_holders).warnings}
    assert warnings["Bengkel motor"].key == "plan.grouping.nobody"


def test_the_fit_counts_the_ideas_skills_a_person_holds() -> None:
    ws = palembang()
    held = skills_by_person(ws)
    rohani = next(p.id for p in ws.participants if p.name == "Rohani")
    kue = next(i for i in ws.ideas if i.name == "Dagang kue")  # cakes and trading
    assert held[rohani] == {"sk-berdagang", "sk-kue"}
    assert skill_fit(held[rohani], kue) == 2


def test_the_ideas_the_shipped_groups_carry_out_are_not_said_to_be_unproposed() -> None:
    """review10t finding 9: Jaya Bersama has idea-jahit, Sedap Malam idea-kue."""
    said = {w.params["idea"] for w in suggest_groups(palembang()).warnings}
    assert "Menjahit pakaian" not in said and "Dagang kue" not in said
    assert said == {"Warung sembako", "Jualan pempek"}  # no group does these
