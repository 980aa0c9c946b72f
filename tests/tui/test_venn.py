"""The institution diagram places every institution, no label on another or on a ring."""

from __future__ import annotations

import pytest

from pra.model import Institution
from pra.tui.widgets.venn import label_of, venn_layout, venn_lines

NAMES = (
    "Arisan ibu-ibu RT",
    "Majelis taklim",
    "Posyandu",
    "Karang taruna",
    "Yayasan Bina Vitalis",
    "Kantor Kelurahan 13 Ilir",
    "Koperasi",
    "Puskesmas",
    "PKK",
    "Bank keliling",
    "Dinas Sosial",
    "Masjid Al-Ikhlas",
    "BUMDes",
    "Sekolah dasar",
    "Pegadaian",
)


def institutions(n: int) -> list[Institution]:
    return [
        Institution(
            id=f"in-{i}", name=NAMES[i], importance=1 + (i * 3) % 5, closeness=1 + (i * 2) % 5
        )
        for i in range(n)
    ]


@pytest.mark.parametrize("n", [5, 10, 15])
def test_every_institution_is_drawn_without_overlaps(n: int) -> None:
    insts = institutions(n)
    layout = venn_layout(insts, "Kelompok")
    assert [label.text for label in layout.labels] == [
        label_of(inst, k + 1) for k, inst in enumerate(insts)
    ]
    everything = [layout.centre, *layout.labels]
    for a, first in enumerate(everything):
        assert all(0 <= x < layout.width and 0 <= y < layout.height for x, y in first.cells())
        assert not first.cells() & layout.rings, f"{first.text} on a ring"
        for second in everything[a + 1 :]:
            assert not first.cells() & second.cells(), f"{first.text} on {second.text}"
    # and the text drawn shows every label whole and every ring cell
    lines = venn_lines(insts, "Kelompok")
    assert len(lines) == layout.height
    for label in layout.labels:
        for j, line in enumerate(label.lines):
            assert lines[label.y + j][label.x : label.x + len(line)] == line
    for x, y in layout.rings:
        assert lines[y][x] == "·"


@pytest.mark.parametrize("n", [5, 10, 15])
def test_no_label_is_cut(n: int) -> None:
    """The diagram cut long names ("KANTOR KELURA…") although the list beside showed them
    whole (issue #12): every label now carries its institution's whole name, its words over
    its lines in order, and no "…"."""
    insts = institutions(n)
    layout = venn_layout(insts, "Kelompok")
    assert any(len(label.lines) > 1 for label in layout.labels), "a long name takes two lines"
    for k, (inst, label) in enumerate(zip(insts, layout.labels, strict=True)):
        assert "…" not in label.text
        words = " ".join(label.lines).strip("[]() ").split()
        assert (
            words == f"{k + 1} {inst.name}".split()
            or words == [w.upper() for w in f"{k + 1} {inst.name}".split()]
            or words == [w.lower() for w in f"{k + 1} {inst.name}".split()]
        ), label.text
    assert "…" not in "\n".join(venn_lines(insts, "Kelompok"))


def test_closer_institutions_sit_nearer_the_centre() -> None:
    near = Institution(id="in-a", name="Arisan", importance=3, closeness=5)
    far = Institution(id="in-b", name="Dinas", importance=3, closeness=1)
    layout = venn_layout([near, far], "Kelompok")
    cy = layout.height // 2
    assert abs(layout.labels[0].y - cy) < abs(layout.labels[1].y - cy)


async def test_the_potentials_step_draws_all_six_palembang_institutions() -> None:
    from pra import i18n
    from pra.model import PraStep
    from pra.tui.app import PraApp
    from tests.tui.conftest import SIZE, make_session, palembang
    from tests.tui.pilot import keys, screen_text, wait_for_step, wait_until

    i18n.set_language("id")
    ws = palembang()
    app = PraApp(make_session(ws), step=PraStep.POTENTIALS)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.POTENTIALS)  # F6 before the step is up is lost
        await keys(pilot, "f6")
        # "[Posyandu]" was read as markup
        labels = [
            line
            for k, inst in enumerate(ws.institutions)
            for line in label_of(inst, k + 1).split("\n")
        ]
        await wait_until(
            pilot,
            lambda: all(label in screen_text(app) for label in labels),
            what=f"every label on screen: {labels}",
        )


async def test_every_institution_name_is_whole_beside_the_diagram_at_100x30() -> None:
    """The diagram cut long names ("KANTOR KELURA…"): the numbered list beside it shows each
    whole (wrapped if need be), and the diagram's label carries the same number."""
    from pra import i18n
    from pra.model import PraStep
    from pra.tui.app import PraApp
    from tests.tui.conftest import make_session, palembang
    from tests.tui.pilot import keys, screen_text, wait_for_step, wait_until

    i18n.set_language("id")
    ws = palembang()
    long_names = [inst.name for inst in ws.institutions if len(inst.name) > 14]
    assert long_names, "the example has a name the diagram cuts"
    app = PraApp(make_session(ws), step=PraStep.POTENTIALS)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_step(pilot, PraStep.POTENTIALS)
        await keys(pilot, "f6")
        names = app.screen.query_one("#venn-names")

        def listed() -> str:
            """The text in the list's place on screen, its lines joined by a space."""
            region = names.region
            lines = screen_text(app).splitlines()[region.y : region.bottom]
            return " ".join(line[region.x : region.right].strip() for line in lines)

        await wait_until(
            pilot,
            lambda: all(
                f"{k + 1} {inst.name}" in listed() for k, inst in enumerate(ws.institutions)
            ),
            what="every institution's whole name beside the diagram",
        )
        text = screen_text(app)
        for k, inst in enumerate(ws.institutions):
            for line in label_of(inst, k + 1).split("\n"):
                assert line in text
        assert "…" not in text
