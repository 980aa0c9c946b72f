"""Names and phone numbers typed into free text are replaced by codes in a pseudonymised archive."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pra import store
from pra.archive.lender_kinds import lender_kind, name_in_copy
from pra.archive.package import pseudonymised_json
from pra.archive.scrub import without_names
from pra.archive.writer import ArchiveOptions, build_archive
from pra.model import Workshop
from pra.model.funding import FundingSource, Grant, LenderLoan
from pra.resources import EXAMPLES, example_path
from pra.synthetic import maximal_workshop


def _leaky(tmp_path: Path) -> Path:
    """Palembang with a participant's name and phone in free text, and a near miss."""
    data = json.loads(example_path("palembang").read_bytes())
    data["problems"][0]["description"] = "Usul ROHANI, hubungi 0813-0000-0201. Bu Rohana setuju."
    data["groups"][0]["reason"] = "Masitoh pandai membuat kue."
    data["notes"]["problems"] = "Siti Zubaidah bertanya soal modal."
    path = tmp_path / "leaky.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_names_in_free_text_become_codes(tmp_path: Path) -> None:
    ws = store.load(_leaky(tmp_path))
    codes = {p.id: f"P{i:04d}" for i, p in enumerate(ws.participants, start=1)}
    clean = without_names(ws, codes)
    assert clean.problems[0].description == "Usul P0001, hubungi P0001. Bu Rohana setuju."
    assert clean.groups[0].reason == "P0003 pandai membuat kue."
    assert clean.notes["problems"].startswith("P0008 bertanya")  # type: ignore[index]
    assert clean.participants == ws.participants  # the register is left to the writer
    assert clean.voting == ws.voting


@pytest.mark.parametrize("name", EXAMPLES)
def test_a_workshop_without_names_in_text_is_returned_as_it_is(
    examples: dict[str, Workshop], name: str
) -> None:
    ws = examples[name]
    codes = {p.id: f"P{i:04d}" for i, p in enumerate(ws.participants, start=1)}
    assert without_names(ws, codes) is ws


@pytest.mark.parametrize("name", EXAMPLES)
def test_the_pseudonymised_copy_is_canonical_json(examples: dict[str, Workshop], name: str) -> None:
    ws = examples[name]
    identity = {p.id: p.id for p in ws.participants}
    original = json.loads(example_path(name).read_bytes())
    for person in original["participants"]:
        person["name"], person["phone"] = person["id"], None
    # a lender or giver by its kind ("Dinas Sosial …" → government, "BMM" → lkm)
    for group in original["groups"]:
        for source in group["capital"]["sources"]:
            for field in ("lender", "giver"):
                if field in source:
                    source[field] = lender_kind(source[field])
    expected = json.dumps(original, ensure_ascii=False, indent=2) + "\n"
    assert pseudonymised_json(ws, identity).decode("utf-8") == expected


def test_the_archive_of_a_leaky_file_holds_no_name(tmp_path: Path) -> None:
    path = _leaky(tmp_path)
    ws = store.load(path)
    result = build_archive([path], tmp_path / "out", store.load)
    assert result.workshops == 1
    text = "".join(
        p.read_text(encoding="utf-8") for p in (tmp_path / "out").rglob("*") if p.is_file()
    ).casefold()
    personal = [p.name for p in ws.participants] + [p.phone for p in ws.participants if p.phone]
    assert [v for v in personal if v.casefold() in text] == []
    assert "rohana" in text  # a different word is not a name
    import frictionless

    assert frictionless.validate(tmp_path / "out" / "datapackage.json").valid
    named = build_archive([path], tmp_path / "named", store.load, ArchiveOptions(with_names=True))
    assert named.workshops == 1
    problems = (tmp_path / "named" / "data" / "problems.csv").read_text(encoding="utf-8")
    assert "Usul ROHANI, hubungi 0813-0000-0201." in problems


def _by_kind(source: FundingSource) -> FundingSource:
    """A funding source with its lender's or giver's name written as its kind."""
    if isinstance(source, LenderLoan):
        return source.model_copy(update={"lender": name_in_copy(source.lender)})
    if isinstance(source, Grant):
        return source.model_copy(update={"giver": name_in_copy(source.giver)})
    return source


@pytest.mark.parametrize("seed", range(2))
def test_the_pseudonymised_copy_of_a_maximal_workshop_is_the_stores_text(seed: int) -> None:
    """Percentages with decimals (1.5), dates, notes: the copy is what ``store.dumps`` writes."""
    ws = maximal_workshop(seed=seed)
    identity = {p.id: p.id for p in ws.participants}
    people = tuple(p.model_copy(update={"name": p.id, "phone": None}) for p in ws.participants)
    groups = tuple(
        g.model_copy(
            update={
                "capital": g.capital.model_copy(
                    update={"sources": tuple(_by_kind(s) for s in g.capital.sources)}
                )
            }
        )
        for g in ws.groups
    )
    expected = store.dumps(ws.model_copy(update={"participants": people, "groups": groups}))
    assert '"percent": 1.5' in expected
    assert pseudonymised_json(ws, identity).decode("utf-8") == expected


def test_a_lender_named_only_in_its_own_field_leaves_the_file_cacheable(
    examples: dict[str, Workshop],
) -> None:
    """The ``lender`` field is written as its kind by the copy, not searched as free text, so a
    moneylender's name there does not send the file to the writer's own process (uncached);
    the same name in a note does, and becomes [other]."""
    from pra.archive.scrub import holds_personal_text

    data = json.loads(example_path("palembang").read_bytes())
    jaya = next(g for g in data["groups"] if g["id"] == "g-jaya-bersama")
    next(s for s in jaya["capital"]["sources"] if s["kind"] == "loan")["lender"] = (
        "Pak Darto Sumolang"
    )
    ws = Workshop.model_validate(data)
    assert not holds_personal_text(ws)
    data["notes"]["problems"] = "Modal dipinjam dari Darto Sumolang."
    ws = Workshop.model_validate(data)
    assert holds_personal_text(ws)
    codes = {p.id: p.id for p in ws.participants}
    assert without_names(ws, codes).notes["problems"] == "Modal dipinjam dari [other]."


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=60))
def test_ascii_text_folds_to_its_lower_case_with_spaces_made_one(text: str) -> None:
    """What the name finder's quick gate (``Finder._may_name``) relies on to skip folding
    ASCII text with offsets: the gate sees exactly the text the names are matched in."""
    from pra.archive.scrub import _SPACES
    from pra.model.folding import Folded

    assert Folded.of(text).text == _SPACES.sub(" ", text.lower())


def test_a_name_split_by_a_line_break_is_still_found_in_ascii_text() -> None:
    from pra.archive.scrub import Finder

    finder = Finder.for_people([("Siti Aminah", None)])
    text = "Dipimpin Siti\n  Aminah hari ini"
    assert [text[s:e] for s, e, _ in finder.spans(text)] == ["Siti\n  Aminah"]


def test_the_members_who_run_a_product_are_known_by_their_codes(
    examples: dict[str, Workshop],
) -> None:
    """#13: a product names the members who run it; the copy rewrites them with the same codes
    as the group's members, so it loads with its integrity (no reference to nobody)."""
    ws = examples["yogyakarta"]
    codes = {p.id: f"P{i:04d}" for i, p in enumerate(ws.participants, start=1)}
    copy = store.loads(pseudonymised_json(ws, codes).decode("utf-8"), "copy.json")
    (group,) = copy.groups
    runs = [m for p in group.analysis.products for m in p.member_ids]
    assert sorted(runs) == sorted(group.member_ids) and runs[0].startswith("P")
