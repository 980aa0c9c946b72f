"""The title over the people who have a skill ("Siapa bisa …?") is one line at 100x30.

Issue #12 (s13-forms, item 6): with Yogyakarta's first skill it read "Siapa bisa Berdagang
atau berjualan? · Enter centang", two lines at 100x30, so the list of people under it stood
a line lower than the table of skills beside it. The title now names the skill only; the key
is said on the list's own border, where it acts.
"""

from __future__ import annotations

import pytest

from pra import i18n
from pra.model import PraStep, Workshop
from pra.resources import example_path
from pra.tui.app import PraApp
from tests.tui.conftest import make_session
from tests.tui.pilot import screen_text, wait_for_step, wait_until


def _yogyakarta() -> Workshop:
    return Workshop.model_validate_json(example_path("yogyakarta").read_text(encoding="utf-8"))


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("size", [(100, 30), (120, 40)])
async def test_the_holders_title_is_one_line_and_the_key_is_said(
    lang: str, size: tuple[int, int]
) -> None:
    i18n.set_language(lang)
    ws = _yogyakarta()
    skill = ws.skills[0].name
    assert len(skill) > 20, "the example's longest skill comes first"
    app = PraApp(make_session(ws), step=PraStep.POTENTIALS)
    async with app.run_test(size=size) as pilot:
        await wait_for_step(pilot, PraStep.POTENTIALS)
        title = app.screen.query_one("#holders-title")
        await wait_until(pilot, lambda: skill in screen_text(app), what="the holders' title")
        await wait_until(pilot, lambda: title.size.height > 0, what="the title laid out")
        assert title.size.height == 1, screen_text(app)
        line = next(line for line in screen_text(app).splitlines() if skill in line)
        assert i18n.t("tui.potentials.holders", skill=skill) in line
        assert i18n.t("tui.potentials.holders_keys") in screen_text(app)
