"""``pra demo`` reopens its copy of an example; ``pra demo --fresh`` makes another."""

from __future__ import annotations

from pathlib import Path

from pra import store
from pra.resources import example_path
from tests.cli.conftest import pra_process


def _copies(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.glob("*.json"))


def test_demo_twice_opens_the_same_copy_and_fresh_makes_another(tmp_path: Path) -> None:
    start = ("--data-dir", tmp_path, "demo", "palembang", "--headless", "--exit-when-ready")
    assert pra_process(*start).code == 0
    copy = tmp_path / "contoh-palembang.json"
    assert _copies(tmp_path) == ["contoh-palembang.json"]
    # the copy is the facilitator's: a change made in it is what the next demo opens
    changed = store.load(copy).model_copy(update={"id": "ws-practised"})
    store.save(changed, copy)
    assert pra_process(*start).code == 0
    assert _copies(tmp_path) == ["contoh-palembang.json"]
    assert store.load(copy).id == "ws-practised"
    assert pra_process(*start, "--fresh").code == 0
    assert _copies(tmp_path) == ["contoh-palembang-2.json", "contoh-palembang.json"]
    assert store.load(tmp_path / "contoh-palembang-2.json") == store.load(example_path("palembang"))
    assert store.load(copy).id == "ws-practised", "--fresh leaves the older copy as it was"


def _words(text: str) -> str:
    """The help as one line: argparse wraps it at the terminal's width."""
    return " ".join(text.split())


def test_demo_help_names_fresh_in_both_languages() -> None:
    indonesian = pra_process("demo", "--help", PRA_LANG="id")
    assert indonesian.code == 0
    assert "--fresh" in indonesian.out
    assert "buat salinan baru dari contoh itu" in _words(indonesian.out)
    listing = _words(pra_process("--help", PRA_LANG="id").out)
    assert "salinan yang dibuat sebelumnya dibuka lagi" in listing
    english = pra_process("demo", "--help", PRA_LANG="en")
    assert "make a new copy of that example" in _words(english.out)
    assert "the copy made before is opened again" in _words(
        pra_process("--help", PRA_LANG="en").out
    )
