"""Mentors (pendamping) in a pseudonymised archive: a code per mentor of a workshop (#15)."""

from __future__ import annotations

from pra import store
from pra.archive.mentors import mentors, without_mentors
from pra.model import Workshop
from pra.resources import example_path


def _palembang_with_two_mentors() -> Workshop:
    """Palembang: Hendra Saputra (Yayasan Bina Vitalis) mentors the workshop and Sedap Malam;
    Jaya Bersama is followed by "Bu Siti Aminah" (no institution), and a meeting's notes name
    both mentors, one with a title."""
    ws = store.load(example_path("palembang"))
    sedap, jaya = ws.groups
    meeting = jaya.followup.meetings[0].model_copy(
        update={"notes": "Pak Hendra Saputra datang bersama Siti Aminah; kas dihitung ulang."}
    )
    follow = jaya.followup.model_copy(
        update={"mentor": "Bu Siti Aminah", "meetings": (meeting, *jaya.followup.meetings[1:])}
    )
    return ws.model_copy(update={"groups": (sedap, jaya.model_copy(update={"followup": follow}))})


def test_each_mentor_gets_a_code_wherever_the_name_is_written() -> None:
    ws = _palembang_with_two_mentors()
    assert mentors(ws) == ["Hendra Saputra (Yayasan Bina Vitalis)", "Bu Siti Aminah"]
    out = without_mentors(ws)
    sedap, jaya = out.groups
    # the institution in brackets stays; the title before a name stays, the name does not
    assert out.info.mentor == "M1 (Yayasan Bina Vitalis)"
    assert sedap.followup.mentor == "M1 (Yayasan Bina Vitalis)"
    assert jaya.followup.mentor == "Bu M2"
    assert jaya.followup.meetings[0].notes == "Pak M1 datang bersama M2; kas dihitung ulang."
    text = out.model_dump_json().casefold()
    assert "hendra" not in text and "aminah" not in text
    # the participants' register and everything else are untouched
    assert out.participants == ws.participants
    assert out.groups[0].capital == ws.groups[0].capital


def test_a_mentor_field_the_search_cannot_read_becomes_the_code() -> None:
    """A name of one lower-case word is not "written as a name" for the search, so it is not
    found in text; the mentor field itself is still replaced, whole, by the code."""
    ws = store.load(example_path("palembang"))
    info = ws.info.model_copy(update={"mentor": "hendra"})
    out = without_mentors(ws.model_copy(update={"info": info}))
    assert out.info.mentor == "M1"
    assert out.groups[0].followup.mentor == "M2 (Yayasan Bina Vitalis)"


def test_a_workshop_without_a_mentor_is_unchanged() -> None:
    ws = store.load(example_path("palembang"))
    info = ws.info.model_copy(update={"mentor": ""})
    groups = tuple(
        g.model_copy(update={"followup": g.followup.model_copy(update={"mentor": ""})})
        for g in ws.groups
    )
    # the assessor, Hendra Saputra, is still a person to code (A1 without a mentor's code)
    assessed = without_mentors(ws.model_copy(update={"info": info, "groups": groups}))
    assert {a.assessor for g in assessed.groups for a in g.followup.assessments} == {
        "A1 (Yayasan Bina Vitalis)"
    }
    groups = tuple(
        g.model_copy(
            update={
                "followup": g.followup.model_copy(
                    update={
                        "assessments": tuple(
                            a.model_copy(update={"assessor": ""}) for a in g.followup.assessments
                        )
                    }
                )
            }
        )
        for g in groups
    )
    bare = ws.model_copy(update={"info": info, "groups": groups})
    assert without_mentors(bare) is bare


def test_an_assessor_is_coded_as_a_mentor_is() -> None:
    """Review 10r, 5: an assessment's assessor "Rina Kartika (Dinas Sosial)", not a mentor,
    stayed in the raw copy and in "Rina Kartika menilai."; now she is A1, and the mentor who
    assesses keeps her own code M1."""
    ws = _palembang_with_two_mentors()
    sedap, jaya = ws.groups
    [first, *rest] = jaya.followup.assessments
    assert first.assessor == "Hendra Saputra (Yayasan Bina Vitalis)"
    first = first.model_copy(
        update={"assessor": "Rina Kartika (Dinas Sosial)", "notes": "Rina Kartika menilai."}
    )
    follow = jaya.followup.model_copy(update={"assessments": (first, *rest)})
    ws = ws.model_copy(update={"groups": (sedap, jaya.model_copy(update={"followup": follow}))})
    out = without_mentors(ws)
    assessed = [a for g in out.groups for a in g.followup.assessments]
    assert [a.assessor for a in assessed][: len(sedap.followup.assessments)] == [
        "M1 (Yayasan Bina Vitalis)"
    ] * len(sedap.followup.assessments)
    [coded, *_] = out.groups[1].followup.assessments
    assert coded.assessor == "A1 (Dinas Sosial)"
    assert coded.notes == "A1 menilai."
    assert "kartika" not in out.model_dump_json().casefold()


def test_an_assessor_field_the_search_cannot_read_becomes_the_code() -> None:
    ws = store.load(example_path("palembang"))
    sedap, jaya = ws.groups
    [first, *rest] = jaya.followup.assessments
    first = first.model_copy(update={"assessor": "rina"})
    follow = jaya.followup.model_copy(update={"assessments": (first, *rest)})
    ws = ws.model_copy(update={"groups": (sedap, jaya.model_copy(update={"followup": follow}))})
    assert without_mentors(ws).groups[1].followup.assessments[0].assessor == "A1"
