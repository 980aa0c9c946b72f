"""A long notice shows whole at 100x30 (issue #12, rev18-facil: toasts of more than about
seven lines lost their last line behind the footer: "…atau tekan ^q sekali lagi untuk",
what the second ^q does never shown). Textual's toast rack scrolls, and its scrollbar's
column made the toast one column narrower than its height was counted for. One session."""

from __future__ import annotations

from textual.widgets import Footer

from pra.edit import voting
from pra.model import PraStep
from pra.tui.app import PraApp
from tests.tui.conftest import make_session, palembang
from tests.tui.pilot import keys, screen_text, wait_until
from tests.tui.test_vote_count_typed import to_the_count_field


async def test_a_long_notice_is_on_the_screen_whole_above_the_footer() -> None:
    ws = voting.set_source(palembang(), "totals")
    app = PraApp(make_session(ws), step=PraStep.PROBLEMS)
    exits: list[object] = []
    app.exit = lambda *a, **k: exits.append(a)  # type: ignore[method-assign]
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await to_the_count_field(pilot, app)
        await keys(pilot, "9", "9", "enter")  # refused: over the limit per problem
        await wait_until(pilot, lambda: bool(app.screen.query("Toast")), what="the refusal")
        footer = app.screen.query_one(Footer)

        def whole(last_words: str) -> bool:
            toasts = list(app.screen.query("Toast"))
            return (
                last_words in screen_text(app)
                and len(toasts) == 1
                and toasts[0].region.bottom <= footer.region.y
            )

        await keys(pilot, "ctrl+q")  # the count is not kept: said, in about eight lines
        await wait_until(pilot, lambda: whole("keluar tanpa itu."), what="the ^q notice whole")
        assert not exits
        app.notify("Awal " + "kata yang panjang " * 30 + "AKHIR")  # some twelve lines
        await wait_until(pilot, lambda: whole("AKHIR"), what="a twelve-line notice whole")
        assert "Awal" in screen_text(app)
