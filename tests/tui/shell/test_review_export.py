"""The review step exports every group's plan in a worker and says where the files went."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from textual.widgets import Static

from pra import i18n, store
from pra.model import PraStep
from pra.resources import example_path
from pra.tui.app import PraApp
from pra.tui.session import Session
from tests.tui.pilot import keys, wait_for_step, wait_until


async def test_review_exports_the_plans_next_to_the_workshop(tmp_path: Path) -> None:
    i18n.set_language("id")
    path = tmp_path / "palembang.json"
    ws = store.load(example_path("palembang"))
    store.save(ws, path)
    session = Session(ws, path, debounce=0)
    app = PraApp(session, step=PraStep.REVIEW)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_step(pilot, PraStep.REVIEW)
        await keys(pilot, "f9")
        shown = app.screen.query_one("#export-result", Static)
        await wait_until(pilot, lambda: ".docx" in str(shown.render()), what="the files named")
        await app.workers.wait_for_complete()
        result = str(shown.render())
    documents = sorted((tmp_path / "rencana-usaha").glob("*.docx"))
    assert len(documents) == 3, "two group plans and the workshop record"
    for document in documents:
        assert document.name in result, "the screen says where each file went"
    texts = ["\n".join(p.text for p in Document(str(d)).paragraphs) for d in documents]
    assert any("Sedap Malam" in text for text in texts)
    assert any("Jaya Bersama" in text for text in texts)
