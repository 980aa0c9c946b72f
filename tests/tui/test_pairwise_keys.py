"""Step 3 voting by pairs ("Berpasangan"): only its own keys are active (issue #12,
rev18-facil: the notes (F1) listed the dot keys, ^t changed the unused dot setting, and
"← = yang kiri" stayed on screen, with ← doing nothing, once every pair was answered).
The footer fits at 100 columns: tests/tui/footer_fit.py's ``problems_pairwise``. One app
session at 100x30."""

from __future__ import annotations

from textual.widgets import Static

from pra.model import PraStep
from pra.tui.app import PraApp
from pra.tui.key_list import KeyList, room_keys
from pra.tui.keys import KeyHint
from tests.tui.conftest import make_session, palembang
from tests.tui.pilot import keys, wait_until

DOT_WORDS = ("Per orang / jumlah", "Titik per orang", "Batas per masalah", "Pemilih")


async def test_pairwise_offers_its_own_keys_and_the_left_key_only_while_a_pair_is_asked() -> None:
    app = PraApp(make_session(palembang()), step=PraStep.PROBLEMS)
    async with app.run_test(size=(100, 30)) as pilot:
        await keys(pilot, "f6", "ctrl+o")
        session = app.session
        assert session is not None
        await wait_until(pilot, lambda: session.workshop.voting.method == "pairwise", what="^o")
        hint = app.screen.query_one("#vote-pair-keys", KeyHint)
        await keys(pilot, "f1")
        notes = app.screen.query_one(KeyList)
        await wait_until(pilot, lambda: "yang kiri" in str(hint.content), what="the pair hint")

        def words() -> list[str]:
            return [key.words for key in room_keys(app.screen)]

        assert "Pilih A" in words() and not any(w in words() for w in DOT_WORDS), words()
        assert "Tanyakan" in str(notes.content) and "beri titik" not in str(notes.content)
        source = session.workshop.voting.dots.source
        await keys(pilot, "ctrl+t", "ctrl+up")  # dot keys: nothing happens
        assert session.workshop.voting.dots.source == source
        assert (
            session.workshop.voting.dots.dots_per_person == palembang().voting.dots.dots_per_person
        )
        # every pair answered: ← is no longer named, nor said beside the question
        n = len(session.workshop.problems)
        for _ in range(n * (n - 1) // 2):
            await keys(pilot, "left")
        box = app.screen.query_one("#vote-pair", Static)
        await wait_until(pilot, lambda: "yang kiri" not in str(hint.content), what="hint")
        assert "Pilih A" not in words() and "Batalkan jawaban" in words()
        assert "Semua pasangan" in str(box.content)
        # the question and its keys lie left of the notes (F1), not under them
        panel = app.screen.query_one("#notes")
        assert box.region.right <= panel.region.x and hint.region.right <= panel.region.x
        assert "yang kiri" not in str(notes.content)
