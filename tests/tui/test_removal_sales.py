"""The toast of a removed step names the start of selling that goes with it."""

from __future__ import annotations

from pra.model import Workshop
from pra.resources import example_path
from pra.tui import removal


def test_the_selling_step_says_that_selling_now_counts_from_the_start() -> None:
    ws = Workshop.model_validate_json(example_path("palembang").read_text(encoding="utf-8"))
    sedap = ws.groups[0]
    # "Menitipkan kue ke warung dan kantin sekolah" (st-sm-6): steps 7 and 9 wait for it, and the
    # analysis starts selling at it
    assert removal.step(sedap, "st-sm-6") == [
        "2 langkah sesudahnya tidak lagi menunggunya",
        "mulai menjual di analisis usaha (kini sejak awal rencana)",
    ]
    assert "mulai menjual" not in " ".join(removal.step(sedap, "st-sm-5"))


def test_the_toast_says_what_happened_to_the_steps_waiting() -> None:
    """rev13-facil finding 14: '"…" dihapus — urutan 2 langkah sesudahnya.' left the reader
    asking what happened to those steps; they no longer wait for the removed one."""
    from pra import i18n

    ws = Workshop.model_validate_json(example_path("palembang").read_text(encoding="utf-8"))
    i18n.set_language("en")
    try:
        assert removal.step(ws.groups[0], "st-sm-6")[0] == "2 later steps no longer wait for it"
    finally:
        i18n.set_language("id")
