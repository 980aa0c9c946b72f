"""Step 12 Produk: a refused product line is said above the line and stays there (rev17-facil 7).

``… 200, oleh Paijo`` (no member of Sedap Malam) was said only in a toast, gone after ~4 s,
leaving a red field and no row; steps 8 and 11 keep the sentence above their line.
"""

from __future__ import annotations

from textual.widgets import Input, Static

from pra.model import PraStep
from tests.tui.group.conftest import SEDAP, group_app
from tests.tui.pilot import type_fast, wait_for_focus, wait_until


async def test_a_refused_product_line_is_said_above_it_until_entered() -> None:
    app = group_app(PraStep.ANALYSIS)
    async with app.run_test(size=(100, 30)) as pilot:
        line = await wait_for_focus(
            pilot, lambda w: getattr(w, "id", None) == "product-form-line", what="the line"
        )
        assert isinstance(line, Input)
        refusal = app.screen.query_one("#product-line-refusal", Static)

        def products() -> int:
            assert app.session is not None
            group = app.session.workshop.group(SEDAP)
            assert group is not None
            return len(group.analysis.products)

        before = products()
        type_fast(pilot, "Pempek lenjer, buah, 5.000, 2.500, 200, oleh Paijo", "enter")
        await wait_until(pilot, lambda: refusal.display, what="the refusal above the line")
        assert '"Paijo"' in str(refusal.content) and "Rohani" in str(refusal.content)
        assert line.value.endswith("oleh Paijo")  # kept, to be put right
        assert products() == before
        # put right (the member's name instead) and entered: added, and the sentence goes
        type_fast(pilot, *["backspace"] * len("Paijo"), "Rohani", "enter")
        await wait_until(pilot, lambda: products() == before + 1, what="the product added")
        await wait_until(pilot, lambda: not refusal.display, what="the refusal gone")

        # a refusal that quotes the line: Ctrl+Q's sentence names the line once
        typed = "Pempek kapal selam, buah, 8.000, 4.000, 100, 50, 20"
        type_fast(pilot, "ctrl+u", typed, "enter")
        await wait_until(pilot, lambda: refusal.display, what="the second refusal")
        view = app.screen.views[PraStep.ANALYSIS]  # type: ignore[attr-defined]
        (said,) = view.unkept()
        assert said.count(typed) == 1, said
