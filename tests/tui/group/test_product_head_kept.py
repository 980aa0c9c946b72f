"""Step 12 Produk at 100x30: the field taking the focus leaves the heading and the line's format
on the screen (Textual centred the not yet laid out field, scrolling both off the top)."""

from __future__ import annotations

from pra.model import PraStep
from tests.tui.group.conftest import group_app
from tests.tui.pilot import keys, screen_text, wait_for_focus, wait_for_step, wait_for_still_screen

FORMAT = "Satu baris: nama, satuan, harga"


async def test_product_field_focus_keeps_heading_and_format_in_view() -> None:
    app = group_app(PraStep.ANALYSIS)
    async with app.run_test(size=(100, 30)) as pilot:
        for group in ("Sedap Malam", "Jaya Bersama"):
            await wait_for_step(pilot, PraStep.ANALYSIS)
            await wait_for_focus(
                pilot, lambda w: w is not None and w.id == "product-form-line", what="product"
            )
            await wait_for_still_screen(pilot)
            text = screen_text(app)
            assert f"Analisis usaha Kelompok {group}" in text and FORMAT in text, text
            if group == "Sedap Malam":
                await keys(pilot, "f3")
