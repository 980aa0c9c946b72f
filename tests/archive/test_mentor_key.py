"""A steward's mentor key: one code per mentor across the workshops of a package (#15)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pra import store
from pra.archive.cache import CACHE_DIR
from pra.archive.mentor_key import MentorKey, read_mentor_key
from pra.archive.mentors import without_mentors
from pra.archive.writer import ArchiveOptions, build_archive
from pra.cli import main
from pra.errors import PraError
from pra.model import Workshop
from pra.resources import example_path

from .conftest import workshop_files


def _followed_by(ws: Workshop, workshop_mentor: str, *group_mentors: str) -> Workshop:
    info = ws.info.model_copy(update={"mentor": workshop_mentor})
    groups = (
        tuple(
            g.model_copy(update={"followup": g.followup.model_copy(update={"mentor": m})})
            for g, m in zip(ws.groups, group_mentors, strict=False)
        )
        + ws.groups[len(group_mentors) :]
    )
    return ws.model_copy(update={"info": info, "groups": groups})


def _two_workshops_sharing_hendra() -> tuple[Workshop, Workshop]:
    """Palembang: Hendra Saputra mentors the workshop and its groups (M1 there). Surabaya:
    Agus Prasetyo mentors the workshop, "Pak Hendra Saputra" (another institution) its first
    group (M2 there), and its first meeting's notes name Wahyu Nugroho, who mentors neither."""
    palembang = store.load(example_path("palembang"))
    surabaya = _followed_by(
        store.load(example_path("surabaya")),
        "Agus Prasetyo (Yayasan Widya Dharma)",
        "Pak Hendra Saputra (Dinas Sosial)",
    )
    first = surabaya.groups[0]
    meeting = first.followup.meetings[0].model_copy(
        update={"notes": "Wahyu Nugroho ikut hadir; kas dihitung ulang."}
    )
    follow = first.followup.model_copy(update={"meetings": (meeting, *first.followup.meetings[1:])})
    groups = (first.model_copy(update={"followup": follow}), *surabaya.groups[1:])
    return palembang, surabaya.model_copy(update={"groups": groups})


def _key(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "key.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_two_workshops_sharing_a_mentor_get_one_code_with_the_key(tmp_path: Path) -> None:
    palembang, surabaya = _two_workshops_sharing_hendra()
    # without a key, the code belongs to the workshop: Hendra is M1 in one, M2 in the other
    assert without_mentors(palembang).info.mentor == "M1 (Yayasan Bina Vitalis)"
    assert without_mentors(surabaya).groups[0].followup.mentor == "Pak M2 (Dinas Sosial)"
    key = read_mentor_key(_key(tmp_path, "name,code\nHendra Saputra,PD01\nWahyu Nugroho,PD03\n"))
    a, b = without_mentors(palembang, key), without_mentors(surabaya, key)
    assert a.info.mentor == "PD01 (Yayasan Bina Vitalis)"
    assert {g.followup.mentor for g in a.groups} == {"PD01 (Yayasan Bina Vitalis)"}
    assert {x.assessor for g in a.groups for x in g.followup.assessments} == {
        "PD01 (Yayasan Bina Vitalis)"
    }
    assert b.groups[0].followup.mentor == "Pak PD01 (Dinas Sosial)"
    # a mentor the key does not name keeps the workshop's code, the same as without a key
    assert b.info.mentor == without_mentors(surabaya).info.mentor == "M1 (Yayasan Widya Dharma)"
    # a keyed person named in the text of a workshop they do not mentor is coded too
    assert b.groups[0].followup.meetings[0].notes == "PD03 ikut hadir; kas dihitung ulang."
    for ws in (a, b):
        text = ws.model_dump_json().casefold()
        assert "hendra saputra" not in text and "wahyu nugroho" not in text


def test_a_key_that_names_nobody_of_the_workshop_changes_nothing(tmp_path: Path) -> None:
    palembang = store.load(example_path("palembang"))
    key = read_mentor_key(_key(tmp_path, "Rina Kartika,RK01\n"))
    assert without_mentors(palembang, key) == without_mentors(palembang)


def test_the_key_is_matched_as_mentors_are(tmp_path: Path) -> None:
    """Folded, the titles before the name and the institution after it aside; a header line
    and a name given twice with one code are fine; a byte-order mark is not part of the name."""
    text = (
        "\ufeffNama,Kode\nHaji HENDRA  Saputra (Yayasan Bina Vitalis),PD01\nhendra saputra,PD01\n"
    )
    assert read_mentor_key(_key(tmp_path, text)) == MentorKey({"hendra saputra": "PD01"})


@pytest.mark.parametrize(
    ("text", "error", "line"),
    [
        ("Hendra Saputra,Hendra\n", "archive.mentor_key_bad_code", 1),  # a name
        ("Hendra Saputra,Hendra1\n", "archive.mentor_key_bad_code", 1),
        ("Hendra Saputra,HEN01\n", "archive.mentor_key_bad_code", 1),  # the start of the name
        ("Agus Prasetyo,PD02\nHendra Saputra,M3\n", "archive.mentor_key_bad_code", 2),
        ("Hendra Saputra,a12\n", "archive.mentor_key_bad_code", 1),  # the assessors' scheme
        ("Hendra Saputra,W1234\n", "archive.mentor_key_bad_code", 1),  # a workshop's code
        ("Hendra Saputra,PD 01\n", "archive.mentor_key_bad_code", 1),
        ("Hendra Saputra\n", "archive.mentor_key_row", 1),
        ("name,code\nHendra Saputra,PD01,x\n", "archive.mentor_key_row", 2),
        ("Hendra Saputra,\n", "archive.mentor_key_row", 1),
        ("Pak,PD01\n", "archive.mentor_key_row", 1),  # a title alone
        ("Hendra Saputra,PD01\nPak Hendra Saputra,PD02\n", "archive.mentor_key_two_codes", 2),
        ("name,code\n\n", "archive.mentor_key_empty", None),
    ],
)
def test_a_key_that_cannot_be_used_is_refused(
    tmp_path: Path, text: str, error: str, line: int | None
) -> None:
    with pytest.raises(PraError) as caught:
        read_mentor_key(_key(tmp_path, text))
    assert caught.value.key == error
    assert caught.value.params.get("line") == line


def test_a_missing_or_binary_key_is_refused(tmp_path: Path) -> None:
    with pytest.raises(PraError) as caught:
        read_mentor_key(tmp_path / "nope.csv")
    assert caught.value.key == "archive.mentor_key_unreadable"
    binary = tmp_path / "key.csv"
    binary.write_bytes(b"\xff\xfeH\x00,\x00")
    with pytest.raises(PraError) as caught:
        read_mentor_key(binary)
    assert caught.value.key == "archive.mentor_key_not_text"


def test_the_cli_refuses_a_bad_key_with_a_sentence_and_writes_nothing(
    example_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    key = _key(tmp_path, "Hendra Saputra,M1\n")
    assert main(["archive", str(example_dir), "-o", str(out), "--mentor-key", str(key)]) == 1
    err = capsys.readouterr().err
    assert 'baris 1: kode "M1" tidak aman' in err and "Traceback" not in err
    missing = str(tmp_path / "nope.csv")
    args = ["archive", str(example_dir), "-o", str(out), "--mentor-key", missing]
    assert main(["--lang", "en", *args]) == 1
    assert "The mentor key" in capsys.readouterr().err
    with_names = ["archive", str(example_dir), "-o", str(out), "--with-names"]
    assert main([*with_names, "--mentor-key", str(_key(tmp_path, "Hendra Saputra,PD01\n"))]) == 1
    assert "--mentor-key" in capsys.readouterr().err
    assert not out.exists()


def _package(out: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(out)): p.read_bytes()
        for p in sorted(out.rglob("*"))
        if p.is_file() and CACHE_DIR not in p.parts
    }


def _column(out: Path, table: str, column: str) -> list[str]:
    import csv

    with (out / "data" / f"{table}.csv").open(encoding="utf-8", newline="") as handle:
        return [row[column] for row in csv.DictReader(handle)]


def test_a_keyed_archive_links_mentors_and_a_changed_key_leaves_no_old_code(
    tmp_path: Path,
) -> None:
    """The package says which codes it holds; re-running into the same folder with another key,
    or none, leaves no table, copy or README with the earlier key's codes (the key is part of
    what the cache keys on), and the package is then a fresh run's, byte for byte."""
    src = tmp_path / "src"
    src.mkdir()
    for name, ws in zip(("a", "b"), _two_workshops_sharing_hendra(), strict=True):
        store.save(ws, src / f"{name}.json")
    files = workshop_files(src)
    out = tmp_path / "out"
    first = ArchiveOptions(mentor_key=MentorKey({"hendra saputra": "KX05"}))
    build_archive(files, out, store.load, first)
    mentors = _column(out, "workshops", "mentor") + _column(out, "group_followup", "mentor")
    assert "KX05 (Yayasan Bina Vitalis)" in mentors and "Pak KX05 (Dinas Sosial)" in mentors
    descriptor = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    assert descriptor["pra"]["mentor_codes"] == "linked-by-steward-key"
    fields = {
        r["name"]: {f["name"]: f["description"] for f in r["schema"]["fields"]}
        for r in descriptor["resources"]
    }
    assert "steward's mentor key" in fields["workshops"]["mentor"]
    assert "steward's mentor key" in fields["group_followup"]["mentor"]
    readme = (out / "README.md").read_text(encoding="utf-8")
    assert "dihubungkan dengan kunci yang disimpan pengelola data" in readme
    every_byte = b"".join(_package(out).values()).lower()
    assert b"hendra" not in every_byte and b"saputra" not in every_byte

    build_archive(
        files, out, store.load, ArchiveOptions(mentor_key=MentorKey({"hendra saputra": "KX07"}))
    )
    package = _package(out)
    assert not [name for name, data in package.items() if b"KX05" in data]
    assert [name for name, data in package.items() if b"KX07" in data]

    build_archive(files, out, store.load, ArchiveOptions())
    package = _package(out)
    assert not [name for name, data in package.items() if b"KX0" in data]
    descriptor = json.loads(package["datapackage.json"])
    assert descriptor["pra"]["mentor_codes"] == "per-workshop"
    fresh = tmp_path / "fresh"
    build_archive(files, fresh, store.load, ArchiveOptions())
    assert package == _package(fresh)


def test_the_steward_is_told_which_key_names_matched_nobody(
    example_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """rev15 F5: a typo in a key's name was accepted silently, and the package said its mentors
    were linked by the key although none of its codes was in it. Now each row that matched no
    mentor, assessor or text is a warning line; a key of which nothing matched is exit 1, and
    the package then says its codes are per workshop. Neither names the key's rows."""
    out = tmp_path / "out"
    key = _key(tmp_path, "name,code\nHendra Saputra,PD01\nHendra Saputro,PD02\n")
    assert main(["archive", str(example_dir), "-o", str(out), "--mentor-key", str(key)]) == 0
    err = capsys.readouterr().err
    assert 'baris 3: "Hendra Saputro" tidak ada di lokakarya mana pun' in err
    assert "Hendra Saputra" not in err and "baris 2" not in err
    package = _package(out)
    assert [name for name, data in package.items() if b"PD01" in data]
    assert not [name for name, data in package.items() if b"PD02" in data or b"Saputro" in data]
    descriptor = json.loads(package["datapackage.json"])
    assert descriptor["pra"]["mentor_codes"] == "linked-by-steward-key"

    typo = _key(tmp_path, "Hendra Saputro,PD01\n")
    assert main(["archive", str(example_dir), "-o", str(out), "--mentor-key", str(typo)]) == 1
    err = capsys.readouterr().err
    assert "Tidak satu pun nama di kunci pendamping" in err and "Traceback" not in err
    package = _package(out)
    assert not [name for name, data in package.items() if b"PD01" in data]
    descriptor = json.loads(package["datapackage.json"])
    assert descriptor["pra"]["mentor_codes"] == "per-workshop"
    readme = package["README.md"].decode("utf-8")
    assert "per lokakarya (dibuat tanpa kunci pendamping)" in readme
    assert "dihubungkan dengan kunci" not in readme


def test_mentors_named_only_in_free_text_are_coded_by_the_key_and_the_readme_says_so(
    tmp_path: Path,
) -> None:
    """rev15 F4: Palembang's agreement names two more pendamping (Yusnani, Zainal Abidin) who
    are in no mentor field: pra cannot know they are mentors, so without a key they keep their
    names, and the README now says exactly that (it promised every mentor's name coded); the
    steward's key codes them wherever written, and they count as matched."""
    files = [example_path("palembang")]
    plain = build_archive(files, tmp_path / "plain", store.load, ArchiveOptions())
    readme = (plain.out / "README.md").read_text(encoding="utf-8")
    assert "Yang diberi kode hanyalah orang yang tertulis di kolom pendamping" in readme
    assert "nama setiap pendamping diganti kodenya" not in readme
    assert "Yusnani" in _column(plain.out, "workshops", "agreements")[0]
    key = read_mentor_key(_key(tmp_path, "Hendra Saputra,PD01\nYusnani,PD02\nZainal Abidin,PD03\n"))
    keyed = build_archive(files, tmp_path / "keyed", store.load, ArchiveOptions(mentor_key=key))
    assert keyed.key_unmatched == [] and keyed.key_linked
    agreements = _column(keyed.out, "workshops", "agreements")[0]
    assert "(PD01, PD02) dan satu orang dari Dinas Sosial Tingkat I (PD03)" in agreements
    every_byte = b"".join(_package(keyed.out).values()).lower()
    assert b"yusnani" not in every_byte and b"zainal" not in every_byte
