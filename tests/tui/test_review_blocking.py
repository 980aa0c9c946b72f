"""The review step marks what blocks printing apart from reminders, and F9 does not print a
blocked plan silently (issue 12, s13-wall item 3).

A lender loan used by no budget (RAB) line showed with the same ⚠ as a reminder, and F9
printed the plans anyway while ``pra check`` exited 1 on it.
"""

from __future__ import annotations

from pathlib import Path

import docx
from textual.widgets import Static

from pra import i18n, store
from pra.model import PraStep
from pra.tui.app import PraApp
from pra.tui.session import Session
from tests.tui.conftest import palembang
from tests.tui.pilot import keys, screen_text, wait_for_step, wait_until


def blocked_workshop(tmp_path: Path) -> Path:
    ws = palembang()
    group = ws.groups[1]
    assert group.name == "Kelompok Jaya Bersama"
    budget = tuple(b for b in group.capital.budget if b.source_id != "fs-jb-bmm")
    capital = group.capital.model_copy(update={"budget": budget})
    groups = list(ws.groups)
    groups[1] = group.model_copy(update={"capital": capital})
    path = tmp_path / "pinjaman.json"
    store.save(ws.model_copy(update={"groups": tuple(groups)}), path)
    return path


async def test_a_blocking_finding_is_marked_apart_and_f9_asks_before_a_draft(
    tmp_path: Path,
) -> None:
    i18n.set_language("id")
    path = blocked_workshop(tmp_path)
    session = Session(store.load(path), path, debounce=0)
    app = PraApp(session, step=PraStep.REVIEW)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_step(pilot, PraStep.REVIEW)
        text = " ".join(screen_text(app).split())
        assert "✖ Harus diperbaiki: Kelompok Jaya Bersama, rencana modal: Pinjaman BMM" in text
        assert "⚠ Perlu dilihat lagi:" in text
        assert "1 hal harus diperbaiki sebelum rencana dicetak (✖)" in text
        assert "⚠ Kelompok Jaya Bersama, rencana modal" not in text
        shown = app.screen.query_one("#export-result", Static)
        await keys(pilot, "f9")
        await wait_until(pilot, lambda: "BELUM dicetak" in str(shown.render()), what="refused")
        assert "Tekan F9 sekali lagi untuk mencetak DRAF" in " ".join(str(shown.render()).split())
        await app.workers.wait_for_complete()
        assert not (tmp_path / "rencana-usaha").exists(), "nothing printed on the first F9"
        await keys(pilot, "f9")
        await wait_until(pilot, lambda: ".docx" in str(shown.render()), what="the draft")
        await app.workers.wait_for_complete()
        assert str(shown.render()).startswith("Dicetak sebagai DRAF")
    assert len(list((tmp_path / "rencana-usaha").glob("*.docx"))) == 3
    # the draft is marked as one: its file name, and the line on every page (#13, rev13b 1)
    (draft,) = (tmp_path / "rencana-usaha").glob("Rencana usaha * - DRAF.docx")
    # and the berita acara of the same F9, which records every group's money, is one too
    assert len(list((tmp_path / "rencana-usaha").glob("Berita acara * - DRAF.docx"))) == 1
    assert "Kelompok Jaya Bersama" in draft.name
    header = [p.text for p in docx.Document(str(draft)).sections[0].header.paragraphs]
    assert "DRAF — belum untuk ditandatangani: 1 hal harus diperbaiki" in header
