"""The institution diagram places every institution, no label on another or on a ring."""

from __future__ import annotations

import math

import pytest

from pra.model import Institution
from pra.tui.widgets.venn import RINGS, Placed, label_of, name_lines, venn_layout, venn_lines

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


GAP = 2
"""Blank columns wanted between a label and anything else on its rows."""


def _near(label: Placed) -> set[tuple[int, int]]:
    """The cells within GAP columns of ``label`` on its rows: another label there reads as
    part of it ("(4 Karang [ 2 MAJELIS")."""
    return {
        (label.x + i, label.y + j)
        for j, line in enumerate(label.lines)
        for i in [*range(-GAP, 0), *range(len(line), len(line) + GAP)]
    }


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
            assert not _near(first) & second.cells(), f"{first.text} runs into {second.text}"
        if first is not layout.centre:
            assert not _near(first) & layout.rings, f"ring dots run into {first.text}"
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


def _touching(label: Placed) -> set[tuple[int, int]]:
    """The cells right above and right below ``label``, over its width."""
    lines = label.lines
    return {(label.x + i, label.y - 1) for i in range(len(lines[0]))} | {
        (label.x + i, label.y + len(lines)) for i in range(len(lines[-1]))
    }


@pytest.mark.parametrize("n", [5, 10, 15])
def test_no_dot_or_label_touches_a_label_from_above_or_below(n: int) -> None:
    """Issue #12 (s13-forms): the rings' dots ran along the row right under a name
    ("ILIR ]" on "·······"), and a label right under another read as one name."""
    layout = venn_layout(institutions(n), "Kelompok")
    for label in layout.labels:
        others = set().union(*(o.cells() for o in (layout.centre, *layout.labels) if o != label))
        assert not _touching(label) & layout.rings, f"ring dots touch {label.text!r}"
        assert not _touching(label) & others, f"a label touches {label.text!r}"


@pytest.mark.parametrize("n", [5, 10, 15])
def test_each_institution_is_drawn_on_its_side_of_the_inner_ring(n: int) -> None:
    """Closeness 3–5 inside the inner ring, 1–2 between the rings (as the legend says): a far
    institution was not drawn inside the inner ring when room ran out between the rings."""
    insts = institutions(n)
    layout = venn_layout(insts, "Kelompok")
    cx, cy = layout.width // 2, layout.height // 2
    rx, ry = layout.width / 2 - 1, layout.height / 2 - 0.5
    for inst, label in zip(insts, layout.labels, strict=True):
        size = max(len(line) for line in label.lines)
        radius = math.hypot((label.x + size / 2 - cx) / rx, (label.y - cy) / ry)
        assert (radius < RINGS[1]) == (inst.closeness >= 3), (label.text, radius)
        assert radius < RINGS[0], label.text


def test_the_legend_says_what_size_and_distance_mean() -> None:
    """The legend ended "makin dekat ◉, makin dekat dengan kelompok" (closer is closer): it
    now names the table's two columns, the size for one and the distance for the other."""
    from pra import i18n
    from pra.tui.steps.potentials import PotentialsView

    for lang in ("id", "en"):
        i18n.set_language(lang)
        legend = PotentialsView.legend()
        importance, closeness = (
            i18n.t("tui.potentials.col_importance"),
            i18n.t("tui.potentials.col_closeness"),
        )
        assert importance in legend and closeness in legend, legend
        assert legend.index(importance) < legend.index("[[") < legend.index(closeness), legend
        assert i18n.t("tui.potentials.centre") in legend
    i18n.set_language("id")
    assert "makin dekat ◉, makin dekat" not in PotentialsView.legend()


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
    from tests.tui.pilot import keys, screen_text, wait_for_focus, wait_for_step, wait_until

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
        # the picture keeps a blank row above and below each label, so it is taller than the
        # space under the table: every label is read by scrolling it (Tab reaches it)
        scroll = app.screen.query_one("#venn-scroll")
        await keys(pilot, "tab", "tab")
        await wait_for_focus(pilot, lambda w: w is scroll, what="the diagram")
        await wait_until(pilot, lambda: "◉" in screen_text(app), what="the picture drawn")
        seen: list[str] = []
        for _ in range(40):
            await pilot.pause()
            seen.append(screen_text(app))
            if scroll.scroll_y >= scroll.max_scroll_y:
                break
            await keys(pilot, "down")
        everything = "\n".join(seen)
        missing = [label for label in labels if label not in everything]
        assert not missing, f"labels never on screen: {missing}"


async def test_every_label_and_name_can_be_read_by_scrolling_the_diagram_at_100x30() -> None:
    """At 100x30 with seven institutions the diagram's bottom was below the screen, where no
    key reached ("VITALIS ]]", "taruna)"), and nothing said what the brackets mean. The
    diagram scrolls in the space below the table: Tab reaches it, ↓ scrolls; each label and
    each whole name beside it (long ones wrapped, "KANTOR KELURA…" was cut) comes on screen,
    and a legend says what [[ ]], [ ], ( ) and capitals mean."""
    from pra import i18n
    from pra.edit import potentials as pot
    from pra.model import PraStep
    from pra.tui.app import PraApp
    from tests.tui.conftest import make_session, palembang
    from tests.tui.pilot import keys, screen_text, wait_for_focus, wait_for_step, wait_until

    i18n.set_language("id")
    # rated, as the room would have it: one not rated yet is not drawn (s13-forms)
    ws = pot.add_institution(
        palembang(), "Koperasi simpan pinjam Karya Ibu", importance=3, closeness=2
    )
    assert len(ws.institutions) == 7
    long_names = [inst.name for inst in ws.institutions if len(inst.name) > 14]
    assert long_names, "the example has a name the diagram cuts"
    app = PraApp(make_session(ws), step=PraStep.POTENTIALS)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_step(pilot, PraStep.POTENTIALS)
        await keys(pilot, "f6")
        await wait_for_focus(
            pilot, lambda w: w is not None and w.id == "institution-name", what="the entry line"
        )
        names = app.screen.query_one("#venn-names")
        scroll = app.screen.query_one("#venn-scroll")
        await keys(pilot, "tab", "tab")
        await wait_for_focus(pilot, lambda w: w is scroll, what="the diagram (Tab reaches it)")
        await wait_until(
            pilot, lambda: scroll.max_scroll_y > 0, what="the diagram taller than its space"
        )
        seen: list[str] = []
        listed: list[str] = []
        for _ in range(40):
            await pilot.pause()
            text = screen_text(app)
            seen.append(text)
            region = names.region.intersection(scroll.region)
            lines = text.splitlines()[region.y : region.bottom]
            listed.extend(line[region.x : region.right].strip() for line in lines)
            if scroll.scroll_y >= scroll.max_scroll_y:
                break
            await keys(pilot, "down")
        everything = "\n".join(seen)
        from pra.tui.steps.potentials import PotentialsView

        assert PotentialsView.legend()[:40] in everything
        for k, inst in enumerate(ws.institutions):
            for line in label_of(inst, k + 1).split("\n"):
                assert line in everything, f"label line {line!r} never on screen"
        joined = " ".join(dict.fromkeys(line for line in listed if line))
        for k, inst in enumerate(ws.institutions):
            assert f"{k + 1} {inst.name}" in joined, f"{inst.name} never whole beside it"
        assert "…" not in everything


LONG_NAMES = (
    "Dinas Sosial Kota Palembang Bidang Pemberdayaan Sosial",
    "Dinas Kesejahteraan-Sosial-Kota-Palembang",
    "Badan" + "x" * 40,
    "Koperasi Simpan Pinjam " * 8,  # near the model's 200 characters
)


@pytest.mark.parametrize("importance", [1, 2, 3, 4, 5])
@pytest.mark.parametrize("name", LONG_NAMES)
def test_a_long_name_shortens_its_label_instead_of_failing(name: str, importance: int) -> None:
    """A realistic office name (54 characters) or a word longer than a line made the layout
    raise ("the institutions found no place"), which closed the facilitator's app and the
    wall on step 4 (review of session 7). Such a label now ends with "…" in the picture
    (the list beside it keeps the whole name), and every label stays off the rings."""
    insts = [
        *institutions(5),
        Institution(id="in-long", name=name.strip()[:200], importance=importance, closeness=3),
    ]
    layout = venn_layout(insts, "Kelompok")
    assert len(layout.labels) == len(insts)
    for label in layout.labels:
        assert all(0 <= x < layout.width and 0 <= y < layout.height for x, y in label.cells())
        assert not label.cells() & layout.rings
        assert max(len(line) for line in label.lines) <= 14 + 6  # a line and the brackets
    assert layout.labels[-1].text.lstrip("[( ").startswith("6")
    assert f"6 {name.strip()[:200]}" in name_lines(insts, "belum dinilai")


def test_fifteen_institutions_with_long_names_are_all_placed() -> None:
    insts = [
        Institution(
            id=f"in-{i}",
            name=f"{LONG_NAMES[i % 4].strip()} {i}"[:200],
            importance=1 + i % 5,
            closeness=1 + (i * 2) % 5,
        )
        for i in range(15)
    ]
    lines = venn_lines(insts, "Kelompok Sedap Malam")
    assert lines  # drawn, not raised
    layout = venn_layout(insts, "Kelompok Sedap Malam")
    numbers = [label.text.replace("\n", " ").strip("[]() ").split()[0] for label in layout.labels]
    assert numbers == [str(k + 1) for k in range(15)]
