"""Names and phone numbers written every which way leave no trace, and ordinary words stay.

One workshop (Palembang) whose register holds names that are hard to match
(ß, İ, accents written decomposed, a one-word name that is also a word) and
whose free text writes them, and phone numbers, in every common variant. The
archive must hold none of them (0 leaks) and every other word as it was
(0 damaged words).
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from pathlib import Path

import pytest

from pra import store
from pra.archive.cache import STATE_FILE
from pra.archive.writer import ArchiveOptions, ArchiveResult, build_archive
from pra.model import Workshop
from pra.model.folding import fold
from pra.resources import example_path

NFD = unicodedata.normalize("NFD", "Dédé Suryani")
W = "W" + hashlib.sha256(b"ws-palembang").hexdigest()[:8]
"""The leaky file's workshop code: W and 8 hex digits of the SHA-256 of its id."""

# participant position (0-based) → (name, phone)
REGISTER = {
    0: ("Rohani", "0812-3456-7890"),
    1: ("Untung", None),
    2: ("Jaya", None),
    3: ("Dédé Suryani", "+62 857 1111 2222"),
    4: ("Straßer", None),
    5: ("İrma Sari", None),
    6: ("Ani", None),
}

# free text written → the text expected in the archive (codes: W-P01 … in register order)
CASES = {
    # A1: normalisation, case and white space
    f"Usul {NFD} diterima.": f"Usul {W}-P04 diterima.",
    "Kata STRASSER dan Strasser.": f"Kata {W}-P05 dan {W}-P05.",
    "Usul İRMA SARI, lalu irma sari lagi.": f"Usul {W}-P06, lalu {W}-P06 lagi.",
    "Bu Dédé  Suryani bertanya.": f"Bu {W}-P04 bertanya.",
    "Ditanyakan Dédé\nSuryani kemarin.": f"Ditanyakan {W}-P04 kemarin.",
    "Dicatat Dédé \r\n Suryani.": f"Dicatat {W}-P04.",
    "Suryani (bukan Dédé Suryani) setuju.": f"{W}-P13 (bukan {W}-P04) setuju.",
    # A2: phone numbers, registered and not
    "Telepon 081234567890.": f"Telepon {W}-P01.",
    "Telepon 0812 3456 7890.": f"Telepon {W}-P01.",
    "Telepon 0812-3456-7890.": f"Telepon {W}-P01.",
    "Telepon 0812.3456.7890.": f"Telepon {W}-P01.",
    "Telepon (0812) 3456 7890.": f"Telepon {W}-P01.",
    "Telepon +62 812-3456-7890.": f"Telepon {W}-P01.",
    "Telepon 62-812-3456-7890.": f"Telepon {W}-P01.",
    "Telepon +6281234567890.": f"Telepon {W}-P01.",
    "Telp0812-3456-7890 dan HP:081234567890": f"Telp{W}-P01 dan HP:{W}-P01",
    "WA 0857-1111-2222 atau 085711112222": f"WA {W}-P04 atau {W}-P04",
    "Nomor lain: 0821 9999 8888, +62 878-7777-6666.": "Nomor lain: [telp], [telp].",
    # A4: one-word names only where written as names
    "Tidak tahu untung atau rugi.": "Tidak tahu untung atau rugi.",
    "Kelompok Jaya Bersama sudah terbentuk.": "Kelompok Jaya Bersama sudah terbentuk.",
    "Toko Jaya di pasar.": "Toko Jaya di pasar.",
    "Bu jaya dan Pak untung hadir.": f"Bu {W}-P03 dan Pak {W}-P02 hadir.",
    "Kata Untung: untung kecil.": f"Kata {W}-P02: untung kecil.",
    "Rohani, ROHANI dan Rohana.": f"{W}-P01, {W}-P01 dan Rohana.",
    # A5: a lender or giver that may be a person (LENDERS), with or without its title
    "Pinjam ke Haji Darto Sumolang, lalu ke DARTO SUMOLANG.": "Pinjam ke Haji [other], lalu ke [other].",
    "Hibah Ibu Marni  Siregar dan pinjaman BMM.": "Hibah Ibu [other] dan pinjaman BMM.",
    # Not phone numbers: money, dates, times
    "Modal Rp 1.500.000 pada 2003-08-13 pukul 08.00-12.00.": (
        "Modal Rp 1.500.000 pada 2003-08-13 pukul 08.00-12.00."
    ),
}

LENDERS = {"fs-jb-bmm": "Haji Darto Sumolang", "fs-sm-stimulan": "Bu Marni Siregar"}
"""A moneylender and a grant's giver known by a person's name, neither of them a participant."""

TITLE_AT_LIMIT = ("Ani " + "x" * 196) + ""
"""A problem title of exactly 200 characters (the limit of a title) that names "Ani"."""


def _leaky_file(folder: Path) -> Path:
    data = json.loads(example_path("palembang").read_bytes())
    for i, (name, phone) in REGISTER.items():
        data["participants"][i]["name"] = name
        data["participants"][i]["phone"] = phone
    data["info"]["agreements"] = list(CASES)
    data["problems"][0]["title"] = TITLE_AT_LIMIT
    for group in data["groups"]:
        for source in group["capital"]["sources"]:
            if source["id"] in LENDERS:
                source["lender" if source["kind"] == "loan" else "giver"] = LENDERS[source["id"]]
    path = folder / "leaky.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def leaky(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Workshop]:
    path = _leaky_file(tmp_path_factory.mktemp("leaky"))
    return path, store.load(path)


@pytest.fixture(scope="module")
def archived(
    tmp_path_factory: pytest.TempPathFactory, leaky: tuple[Path, Workshop]
) -> ArchiveResult:
    return build_archive([leaky[0]], tmp_path_factory.mktemp("out") / "out", store.load)


def _all_text(out: Path, readme: bool = True) -> str:
    files = [p for p in sorted(out.rglob("*")) if p.is_file() and (readme or p.name != "README.md")]
    return "\n".join(p.read_text(encoding="utf-8") for p in files)


def _raw_copy(result: ArchiveResult) -> Workshop:
    (copy,) = (result.out / "raw").glob("*.json")
    return store.load(copy)


def test_the_leaky_file_is_archived_not_skipped(archived: ArchiveResult) -> None:
    assert (archived.workshops, archived.skipped) == (1, [])


def test_every_variant_is_replaced_and_every_other_word_kept(archived: ArchiveResult) -> None:
    agreements = _raw_copy(archived).info.agreements
    got = dict(zip(CASES, agreements, strict=True))
    assert {k: v for k, v in got.items() if v != CASES[k]} == {}
    csv_text = (archived.out / "data" / "workshops.csv").read_text(encoding="utf-8")
    assert "Tidak tahu untung atau rugi." in csv_text
    assert "Kelompok Jaya Bersama sudah terbentuk." in csv_text


def test_no_registered_name_anywhere_in_the_archive(
    archived: ArchiveResult, leaky: tuple[Path, Workshop]
) -> None:
    """Multi-word and distinctive names: nowhere at all, however written."""
    folded = fold(_all_text(archived.out))
    ws = leaky[1]
    ordinary = {"untung", "jaya"}  # also words; checked case by case above
    names = {fold(p.name) for p in ws.participants} - ordinary
    assert [n for n in names if re.search(rf"(?<!\w){re.escape(n)}(?!\w)", folded)] == []
    # "untung" and "jaya" appear only where they are ordinary words or a group's name
    # (or inside an id such as "g-jaya-bersama"); the README quotes them as examples
    folded = fold(_all_text(archived.out, readme=False))
    assert len(re.findall(r"(?<![\w-])untung(?![\w-])", folded)) == folded.count(
        "untung atau rugi"
    ) + (folded.count("untung kecil"))
    assert len(re.findall(r"(?<![\w-])jaya(?![\w-])", folded)) == folded.count("jaya bersama") + (
        folded.count("toko jaya")
    )


def test_no_lenders_name_anywhere_in_the_archive(
    archived: ArchiveResult, leaky: tuple[Path, Workshop]
) -> None:
    """A lender or a giver may be a person: not one word of the name in any byte of the archive
    (tables, raw copy, README); the tables and the copy say its kind."""
    ws = leaky[1]
    assert {
        s.id: getattr(s, "lender", getattr(s, "giver", ""))
        for g in ws.groups
        for s in g.capital.sources
        if s.id in LENDERS
    } == LENDERS
    folded = fold(_all_text(archived.out))
    assert [w for w in ("darto", "sumolang", "marni", "siregar") if w in folded] == []
    copy = {s.id: s for g in _raw_copy(archived).groups for s in g.capital.sources}
    assert (copy["fs-jb-bmm"].lender, copy["fs-sm-stimulan"].giver) == ("other", "other")  # type: ignore[union-attr]
    # an institution is written as its kind too: "Dinas Sosial melalui Yayasan Bina Vitalis"
    assert copy["fs-jb-stimulan"].giver == "government"  # type: ignore[union-attr]
    rows = (archived.out / "data" / "funding_sources.csv").read_text(encoding="utf-8")
    assert ",fs-jb-bmm,g-jaya-bersama,2,loan,other," in rows
    assert ",fs-sm-stimulan,g-sedap-malam,1,stimulus,other," in rows


def test_no_phone_digits_anywhere_in_the_archive(archived: ArchiveResult) -> None:
    text = _all_text(archived.out)
    glued = re.sub(r"(?<=\d)[ .\-()+]+(?=\d)", "", text)
    for key in ("81234567890", "85711112222", "82199998888", "87877776666"):
        assert key not in glued


def test_a_code_never_pushes_a_text_over_its_limit(archived: ArchiveResult) -> None:
    """ "Ani" (3) → "W…-P07" (13) would make the 200-character title 210: the code is written
    short, without its workshop's part and padding."""
    title = _raw_copy(archived).problems[0].title
    assert title == "P7 " + "x" * 196
    assert len(TITLE_AT_LIMIT) == 200


def test_worker_processes_give_the_same_package(
    tmp_path: Path, leaky: tuple[Path, Workshop], archived: ArchiveResult
) -> None:
    """A file with names in its text is archived by the writer itself, with the final codes."""
    other = tmp_path / "src"
    other.mkdir()
    files = [other / "a.json", leaky[0]]
    other.joinpath("a.json").write_bytes(example_path("surabaya").read_bytes())
    serial = build_archive(files, tmp_path / "one", store.load)
    parallel = build_archive(files, tmp_path / "two", store.load, ArchiveOptions(), workers=2)
    assert serial.workshops == parallel.workshops == 2
    for path in sorted((tmp_path / "one").rglob("*")):
        if path.is_file() and path.name != STATE_FILE:  # the cache's state holds file times
            twin = tmp_path / "two" / path.relative_to(tmp_path / "one")
            assert twin.read_bytes() == path.read_bytes(), path.name


def _invalid_file(folder: Path) -> Path:
    """A file that cannot be archived, whose problems sit at a named participant."""
    data = json.loads(example_path("palembang").read_bytes())
    data["id"] = "ws-invalid"
    data["participants"][0]["phone"] = 81234567890  # a number, not text: invalid
    data["participants"][1]["name"] = "Untung"
    data["participants"][1]["rt"] = 5  # invalid too
    data["problems"][0]["title"] = "Usul Rohani, telp 0812-3456-7890"
    data["problems"][0]["causes"] = 3  # invalid: the place names the problem by its title
    path = folder / "invalid.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize("lang", ["id", "en"])
def test_skipped_files_and_the_terminal_never_name_a_participant(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    from pra.cli import main

    src = tmp_path / "src"
    src.mkdir()
    _invalid_file(src)
    src.joinpath("ok.json").write_bytes(example_path("surabaya").read_bytes())
    out = tmp_path / "out"
    assert main(["--lang", lang, "archive", str(src), "-o", str(out)]) == 0
    captured = capsys.readouterr()
    skipped = (out / "data" / "skipped.csv").read_text(encoding="utf-8")
    person = "peserta 1" if lang == "id" else "participant 1"
    assert person in skipped and person in captured.err
    for text in (skipped, captured.err, captured.out):
        folded = fold(text)
        assert "rohani" not in folded and "untung" not in folded
        assert "81234567890" not in re.sub(r"(?<=\d)[ .\-()+]+(?=\d)", "", text)


def test_a_reason_says_participants_by_number(tmp_path: Path) -> None:
    from pra.archive.report import skipped_for
    from pra.i18n import set_language

    path = _invalid_file(tmp_path)
    set_language("id")  # undone by the autouse fixture in conftest
    with pytest.raises(Exception) as caught:
        store.load(path)
    assert 'peserta "Rohani"' in str(caught.value)  # what pra check says: the file's own names
    reason = skipped_for(path, caught.value).reason
    assert reason.startswith('peserta 1, isian "phone": ')


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_readme_says_what_is_and_is_not_caught(tmp_path: Path, lang: str) -> None:
    from pra.i18n import set_language

    set_language(lang)  # undone by the autouse fixture in conftest
    result = build_archive([example_path("surabaya")], tmp_path / "out", store.load)
    readme = (result.out / "README.md").read_text(encoding="utf-8")
    for needle in ("Untung", "Kelompok Jaya Bersama", "+62", "[telp]", "P7 ", "Ratna Juwita"):
        assert needle in readme, needle
    assert ("peserta 3" if lang == "id" else "participant 3") in readme
    # the raw copies are pseudonymised, a lender's name replaced by its kind
    assert "funding_sources.lender_kind" in readme
    assert (
        "dipseudonimkan, bukan berkas aslinya" if lang == "id" else "not the file as it was"
    ) in readme


def test_a_text_still_too_long_with_short_codes_is_cut_not_dropped(tmp_path: Path) -> None:
    from pra.archive.scrub import without_names

    data = json.loads(example_path("palembang").read_bytes())
    data["participants"][6]["name"] = "Z"
    data["problems"][0]["title"] = " ".join(["Z"] * 100)  # 199 characters; P7 makes it 299
    path = tmp_path / "cut.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    ws = store.load(path)
    codes = {p.id: f"P{i:04d}" for i, p in enumerate(ws.participants, start=1)}
    title = without_names(ws, codes).problems[0].title
    assert len(title) == 200 and title.endswith("…")
    assert title.startswith("P7 P7 P7 ") and "Z" not in title


def test_stats_names_no_participant_of_a_file_it_skips(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The only problem sits at a problem whose title names a participant and her number."""
    from pra.cli import main

    src = tmp_path / "src"
    src.mkdir()
    data = json.loads(example_path("palembang").read_bytes())
    data["problems"][0]["title"] = "Usul Rohani, telp 0813-0000-0201"
    data["problems"][0]["causes"] = 3
    src.joinpath("titled.json").write_text(json.dumps(data), encoding="utf-8")
    src.joinpath("ok.json").write_bytes(example_path("surabaya").read_bytes())
    assert main(["--lang", "id", "stats", str(src)]) == 0
    err = capsys.readouterr().err
    assert 'masalah "Usul peserta 1, telp peserta 1"' in err
    assert "rohani" not in fold(err) and "0813" not in err
