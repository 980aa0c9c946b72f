"""F9's result on the review step is seen at 100x30 however long the list of findings
(review rev13-facil, finding 4: with 8 findings the list filled the screen, and the hint and
"3 berkas dibuat: …" were drawn below it, so F9 twice rewrote the files with nothing seen)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static

from pra import i18n, store
from pra.model import PraStep
from pra.tui.app import PraApp
from pra.tui.session import Session
from tests.tui.conftest import palembang
from tests.tui.pilot import keys, screen_text, wait_for_step, wait_until


def many_findings(tmp_path: Path) -> Path:
    """Palembang with every idea's scores left out: a reminder per idea (4), each two lines
    or more at 100 columns, and the mentor's twelve ideas more (8 more) to fill the list."""
    ws = palembang()
    ideas = tuple(i.model_copy(update={"scores": {}}) for i in ws.ideas)
    more = tuple(
        ideas[0].model_copy(update={"id": f"id-more-{k}", "name": f"Usaha tambahan {k}"})
        for k in range(8)
    )
    path = tmp_path / "banyak.json"
    store.save(ws.model_copy(update={"ideas": ideas + more}), path)
    return path


async def test_the_files_made_are_said_on_screen_below_a_long_list(tmp_path: Path) -> None:
    i18n.set_language("id")
    path = many_findings(tmp_path)
    session = Session(store.load(path), path, debounce=0)
    app = PraApp(session, step=PraStep.REVIEW)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_step(pilot, PraStep.REVIEW)
        shown = app.screen.query_one("#export-result", Static)
        await keys(pilot, "f9")
        await wait_until(pilot, lambda: ".docx" in str(shown.render()), what="the plans made")
        await app.workers.wait_for_complete()
        await wait_until(
            pilot,
            lambda: "berkas dibuat" in screen_text(app),
            what="'N berkas dibuat' on the screen, not below it",
        )
        # and the F9 hint stays on screen with the list as long as it is
        assert "F9" in screen_text(app)
