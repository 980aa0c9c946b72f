"""The title bar on a group step names the step, the group and the workshop at 100 columns (#12).

At 100 columns "pra  ·  10 Kalender kegiatan  ·  Kelompok: Kelompok Sedap Malam (F3 ganti)  ·
PRA Pemberdayaan" lost the workshop's name ("· Lokakarya PRA" in other examples). The line now
says the group once and gives up "(F3 ganti)", the wide spaces and the app's name before it cuts
the workshop's name with "…".
"""

from __future__ import annotations

import pytest
from rich.cells import cell_len

from pra import i18n
from pra.i18n import Language, t
from pra.model import PraStep, Workshop
from pra.resources import EXAMPLES, example_path
from pra.store import load
from pra.tui.title_bar import fit_group_line
from pra.tui.widgets.stepper import step_label
from tests.tui.group.conftest import group_app
from tests.tui.pilot import screen_text, wait_for_step, wait_until

WIDTH = 100 - 2
"""The title bar's text at 100 columns (a cell of padding at each side)."""


class _F3:
    """Keys as the bar writes them: ``{key:next_group}`` is F3."""

    def __format__(self, action: str) -> str:
        return "F3"


def _render(line: str, **params: object) -> str:
    return t(line, key=_F3(), **params)


def _example(name: str) -> Workshop:
    opened = load(example_path(name))
    return getattr(opened, "workshop", opened)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_group_step_of_every_example_names_group_and_workshop_at_100(lang: Language) -> None:
    i18n.set_language(lang)
    missing = []
    for name in EXAMPLES:
        ws = _example(name)
        for group in ws.groups:
            for step in (s for s in PraStep if s.per_group):
                line, params = fit_group_line(
                    _render,
                    WIDTH,
                    app=t("app.name"),
                    step=step_label(step),
                    group=group.name,
                    title=ws.info.title,
                )
                text = _render(line, **params)
                start = " ".join(ws.info.title.split()[:3])  # "PRA Pemberdayaan Migran"
                if cell_len(text) > WIDTH or group.name not in text or start not in text:
                    missing.append(text)
                if text.count("Kelompok") > 1 or "Group: Kelompok" in text:
                    missing.append(f"group said twice: {text}")
    assert not missing, missing


def test_the_line_gives_up_the_key_then_the_spaces_then_cuts_the_title() -> None:
    params = {"app": "pra", "step": "10 Kalender kegiatan", "group": 'KUW "Tri Astha"'}
    title = "PRA Pemberdayaan Migran Kelurahan Warungboto"
    line, said = fit_group_line(_render, 200, title=title, **params)
    assert _render(line, **said) == (
        'pra  ·  10 Kalender kegiatan  ·  Kelompok: KUW "Tri Astha" (F3 ganti)  ·  ' + title
    )
    line, cut = fit_group_line(_render, 70, title=title, **params)
    assert line == "tui.title_bar_group_short"
    text = _render(line, **cut)
    assert cell_len(text) == 70 and text.endswith("…") and "PRA Pemberdayaan" in text
    # the room's view (no keys) never offers the line naming F3
    assert fit_group_line(_render, 200, keys=False, title=title, **params)[0] == (
        "tui.title_bar_group_plain"
    )


async def test_the_title_bar_at_100_columns_keeps_the_workshops_name() -> None:
    app = group_app(PraStep.CALENDAR)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_step(pilot, PraStep.CALENDAR)
        bar = lambda: screen_text(app).splitlines()[0]  # noqa: E731
        await wait_until(
            pilot,
            lambda: "Kelompok Sedap Malam" in bar() and "Kelurahan 13 Ilir" in bar(),
            what=f"group and workshop in the title bar: {bar()!r}",
        )
        assert "Kelompok: Kelompok" not in bar()
        # wider, the bar says again which key switches the group
        await pilot.resize_terminal(170, 30)
        await wait_until(pilot, lambda: "(F3 ganti)" in bar(), what=f"F3 in {bar()!r}")
