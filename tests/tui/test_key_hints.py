"""Every key the screen names works where it is named, and the notes (F1) list them all.

For every step, every part (F5/F6) and every focus position reachable by Tab,
with the notes panel open: each key named in the text on screen (the hints of
the step, the title bar, the F1 notes, the focused field's placeholder) and
each key in the footer is bound, active and enabled there
(``Screen.active_bindings``). Key names are found in the rendered text, in the
forms the screen writes them (``F9``, ``^p``, ``Shift+↑``, ``⇧↑``, ``Esc``, ``Del``,
``spasi``, a single letter before a word); nothing here names today's keys, so
the test holds whichever keys the steps bind.

The notes (F1) name every key that works at the focus (each binding active
there that is described in the catalogue's words), and so every key the
footer or a hint names is also in the notes: the three never disagree.

Also: a catalogue sentence that names keys through ``{key:ACTION}`` names none
by hand.
"""

from __future__ import annotations

import re

import pytest
from textual.binding import Binding
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer, Input, Static, TabbedContent, TabPane

from pra import i18n
from pra.edit import groups, voting
from pra.model import PraStep, Workshop
from pra.tui.app import PraApp
from pra.tui.steps import StepView
from tests.tui.conftest import make_session, palembang
from tests.tui.pilot import keys, wait_for_focus, wait_until

WIDE = (140, 40)
"""Wide enough for every step; the notes (F1), opened, lie over its right side."""
BESIDE = (170, 40)
"""The walk's size: the notes beside the step at every focus position (below 160 columns they lie
over it and close when the focus goes to a field under them)."""
MAX_TABS = 12
"""Tab presses per part at most; the walk stops earlier when the focus comes round again."""

# A key name as the screen writes one; each alternative maps to Textual's key name.
_NAMED = re.compile(
    r"(?<![\w+^])(?P<f>F\d{1,2})(?!\w)"
    r"|(?P<ctrl>(?:Ctrl\+|\^)(?:[a-zA-Z](?!\w)|[↑↓←→]))"
    r"|(?P<shift>(?:[Ss]hift\+|⇧)(?:[↑↓←→]|Tab))"
    r"|(?<!\w)(?P<word>Esc|Del|Tab|spasi|Home|End|Backspace)(?!\w)"
    r"|(?:\A|(?<=\n)|(?<=· ))(?P<arrow>[←→]|↑↓)(?= )"
    r"|(?<![\w+^.'\"’-])(?P<letter>[a-z])(?=[ /,=)]|$)"
)
_ARROWS = {"↑": "up", "↓": "down", "←": "left", "→": "right", "Tab": "tab"}
_WORDS = {
    "Esc": "escape",
    "Del": "delete",
    "Tab": "tab",
    "spasi": "space",
    "Home": "home",
    "End": "end",
    "Backspace": "backspace",
}


def named_keys(text: str) -> list[str]:
    """Textual's names of the keys ``text`` names (``F9`` → ``f9``, ``^p`` → ``ctrl+p``)."""
    found: list[str] = []
    for match in _NAMED.finditer(text):
        if match["f"]:
            found.append(match["f"].lower())
        elif match["ctrl"]:
            last = match["ctrl"][-1]
            found.append(f"ctrl+{_ARROWS.get(last, last.lower())}")
        elif match["shift"]:
            shifted = "Tab" if match["shift"].endswith("Tab") else match["shift"][-1]
            found.append(f"shift+{_ARROWS[shifted]}")
        elif match["arrow"]:
            found.extend(_ARROWS[arrow] for arrow in match["arrow"])  # "↑↓ Gulir": both
        elif match["word"]:
            found.append(_WORDS[match["word"]])
        else:
            found.append(match["letter"])
    return found


def test_key_names_are_found_in_text() -> None:
    """The finder itself: the forms the screen uses, and no words or ranges of prose."""
    assert named_keys("F9 tampilkan hasil · ^p cari · Shift+↑/Shift+↓ urutan") == [
        "f9",
        "ctrl+p",
        "shift+up",
        "shift+down",
    ]
    assert named_keys("⇧↑⇧↓ Geser · ⇧↑/⇧↓ urutan") == ["shift+up", "shift+down"] * 2
    assert named_keys("d hapus, e ubah · a/b jawab · Esc batal · Del hapus") == [
        "d",
        "e",
        "a",
        "b",
        "escape",
        "delete",
    ]
    assert named_keys("^→ Pemilih · ⇧Tab Isian · Home End Backspace · ← = kiri") == [
        "ctrl+right",
        "shift+tab",
        "home",
        "end",
        "backspace",
        "left",
    ]
    assert named_keys("↑↓ Gulir · F1 Catatan") == ["up", "down", "f1"]
    assert named_keys("Tabel · di tabel · Waktu: 5 menit · S/W/O/T · Rp 5.000") == []


def _shown(widget: Widget) -> bool:
    return all(node.display for node in widget.ancestors_with_self if isinstance(node, Widget))


def _active(screen: Screen[object]) -> dict[str, bool]:
    return {key: active.enabled for key, active in screen.active_bindings.items()}


def _texts(app: PraApp) -> list[tuple[str, str]]:
    """``(where, text)`` of every hint, line and note shown, and the focused field's hint."""
    screen = app.screen
    found = [
        (static.id or type(static).__name__, str(static.render()))
        for static in screen.query(Static)
        if _shown(static) and static.id != "status"
    ]
    focused = screen.focused
    if isinstance(focused, Input) and not focused.value:
        found.append((f"placeholder of {focused.id}", focused.placeholder))
    return found


def _catalogue_words() -> set[str]:
    """Every sentence of the facilitator's catalogue (a binding described in its words)."""
    return {entry for entry in i18n.catalogue("id").values() if isinstance(entry, str)}


def _notes_keys(app: PraApp) -> set[str]:
    """The keys the notes (F1) name, in Textual's names, read from their rendered text."""
    notes = app.screen.query_one("#notes-keys", Static)
    assert _shown(notes), "the notes (F1) are open"
    return set(named_keys(str(notes.render())))


def check_keys_here(app: PraApp, where: str) -> int:
    """Assert every key named on the screen and in the footer is active, enabled, and in F1.

    And the other way round: every key active here whose binding speaks the
    catalogue's words is named in the notes (F1).
    """
    screen = app.screen
    active = _active(screen)
    in_notes = _notes_keys(app)
    checked = 0
    for widget_id, text in _texts(app):
        for key in named_keys(text):
            assert active.get(key), (
                f"{where}: {widget_id} names {key!r}, which is not an active, enabled key here "
                f"(active: {sorted(k for k, on in active.items() if on)}); text: {text!r}"
            )
            assert key in in_notes, (
                f"{where}: {widget_id} names {key!r}, which the notes (F1) do not list "
                f"(they list {sorted(in_notes)}); text: {text!r}"
            )
            checked += 1
    # each key the footer shows, by its widget's type name (Textual does not export the class)
    for footer_key in screen.query_one(Footer).query("FooterKey"):
        assert active.get(footer_key.key), f"{where}: the footer shows {footer_key.key!r}"
        assert footer_key.key in in_notes, (
            f"{where}: the footer shows {footer_key.key!r}, the notes (F1) do not "
            f"(they list {sorted(in_notes)})"
        )
        checked += 1
    focused = screen.focused
    if isinstance(focused, Input):
        # Home/End in a field move its cursor: the notes named them "Baris pertama/terakhir"
        own = {b.key for b in Binding.make_bindings(Input.BINDINGS)}
        for key in sorted(in_notes & own):
            acting = screen.active_bindings[key]
            assert acting.node is focused, (
                f"{where}: the notes (F1) name {key!r} as {acting.binding.description!r}, "
                f"but in the field {focused.id} it is the field's own key"
            )
            checked += 1
    words = _catalogue_words()
    for key, binding in screen.active_bindings.items():
        ours = type(binding.node).__module__.startswith("pra.")  # not Textual's own "Home"
        if binding.enabled and ours and binding.binding.description in words:
            assert key in in_notes, (
                f"{where}: {key!r} ({binding.binding.description}) works here, "
                f"the notes (F1) do not name it (they list {sorted(in_notes)})"
            )
            checked += 1
    return checked


def _view(app: PraApp, step: PraStep) -> StepView:
    return next(v for v in app.screen.query(StepView) if v.step is step and v.display)


async def walk(app: PraApp, pilot: object, step: PraStep, label: str) -> int:
    """Check every part of the step and every focus position Tab reaches in it."""
    from textual.pilot import Pilot

    assert isinstance(pilot, Pilot)
    await wait_until(
        pilot,
        lambda: (
            any(v.step is step and v.display for v in app.screen.query(StepView))
            and app.screen.focused is not None
        ),
        what=f"{step.value} shown with a focus",
    )
    notes = app.screen.query_one("#notes-keys", Static)
    if not _shown(notes):
        await keys(pilot, "f1")
        await wait_until(pilot, lambda: _shown(notes), what="the notes (F1) open")
    view = _view(app, step)
    panes = [p.id for p in view.query(TabPane)]
    checked = 0
    for part in range(max(1, len(panes))):
        if part:
            await keys(pilot, "f6")
            expected = panes[part]
            await wait_until(
                pilot,
                lambda: view.query_one(TabbedContent).active == expected,  # noqa: B023
                what=f"part {expected}",
            )
        seen: list[Widget | None] = []
        for _ in range(MAX_TABS):
            focused = app.screen.focused
            if focused in seen:
                break
            seen.append(focused)
            where = f"{label} part {part + 1}, focus on {getattr(focused, 'id', None)}"
            checked += check_keys_here(app, where)
            await keys(pilot, "tab")
    return checked


@pytest.mark.parametrize("step", list(PraStep), ids=lambda s: s.value)
async def test_every_key_named_on_a_step_is_active_there(step: PraStep) -> None:
    app = PraApp(make_session(palembang()), step=step)
    async with app.run_test(size=BESIDE) as pilot:
        checked = await walk(app, pilot, step, step.value)
        assert checked > 0


@pytest.mark.parametrize(
    "variant",
    ["pairwise", "hidden_results", "no_groups"],
)
async def test_keys_named_in_other_states_are_active_there(variant: str) -> None:
    """The states whose hints differ: pairwise voting, results hidden, no group yet."""
    ws: Workshop = palembang()
    step = PraStep.PROBLEMS
    if variant == "pairwise":
        ws = voting.set_method(ws, "pairwise")
    elif variant == "hidden_results":
        ws = voting.set_hidden(ws, True)
    else:
        for group in list(ws.groups):
            ws = groups.remove_group(ws, group.id)
        step = PraStep.IDEAS
    app = PraApp(make_session(ws), step=step)
    async with app.run_test(size=BESIDE) as pilot:
        assert await walk(app, pilot, step, variant) > 0


def test_a_sentence_that_names_keys_by_action_names_none_by_hand() -> None:
    """Where a sentence says ``{key:ACTION}``, the rest of it spells no key itself."""
    for lang in i18n.LANGUAGES:
        for key, entry in i18n.catalogue(lang).items():
            forms = entry.forms.values() if isinstance(entry, i18n.Plural) else [entry]
            for text in forms:
                if "{key:" not in text:
                    continue
                rest = re.sub(r"\{[^}]*\}", "", text)
                names = (
                    named_keys(rest)
                    if lang == "id"
                    else [k for k in named_keys(rest) if len(k) > 1]
                )
                assert names == [], f"{lang}: {key} spells {names} by hand: {text!r}"


async def _to_part(pilot: object, app: PraApp, step: PraStep, pane: str) -> None:
    from textual.pilot import Pilot

    assert isinstance(pilot, Pilot)
    tabs = _view(app, step).query_one(TabbedContent)
    for _ in range(len(tabs.query(TabPane))):
        if tabs.active == pane:
            return
        await keys(pilot, "f6")
    await wait_until(pilot, lambda: tabs.active == pane, what=f"part {pane}")


async def _focus_on(pilot: object, app: PraApp, widget_id: str) -> None:
    """Tab until ``widget_id`` has the focus, as the facilitator would."""
    from textual.pilot import Pilot

    assert isinstance(pilot, Pilot)
    for _ in range(MAX_TABS):
        if getattr(app.screen.focused, "id", None) == widget_id:
            return
        await keys(pilot, "tab")
    await wait_until(
        pilot,
        lambda: getattr(app.screen.focused, "id", None) == widget_id,
        what=f"focus on {widget_id}",
    )


def _row_actions(app: PraApp, actions: set[str]) -> set[str]:
    """The keys active and enabled here whose binding runs one of ``actions`` (a view's row keys,
    not a field's own Ctrl keys)."""
    return {
        key
        for key, active in app.screen.active_bindings.items()
        if active.enabled and active.binding.action.split("(")[0] in actions
    }


@pytest.mark.parametrize(
    ("step", "pane", "field", "table", "actions", "row_keys"),
    [
        (
            PraStep.POTENTIALS,
            "tab-institutions",
            "institution-name",
            "institution-table",
            {"nudge"},
            {"ctrl+up", "ctrl+down", "ctrl+right", "ctrl+left"},
        ),
        (
            PraStep.POTENTIALS,
            "tab-resources",
            "resource-name",
            "resource-table",
            {"kind"},
            {"ctrl+k"},
        ),
        (PraStep.IDEAS, "tab-ideas", "idea-table", "criterion-table", {"weight"}, {"ctrl+w"}),
        (
            PraStep.IDEAS,
            "tab-groups",
            "group-name",
            "member-table",
            {"officer"},
            {"ctrl+k", "ctrl+e", "ctrl+r"},
        ),
    ],
    ids=["institution-importance", "resource-kind", "criterion-weight", "member-officer"],
)
async def test_a_row_key_is_offered_only_on_the_table_it_acts_on(
    step: PraStep, pane: str, field: str, table: str, actions: set[str], row_keys: set[str]
) -> None:
    """Potensi › Lembaga sosial with the focus on the name field offered ``^↑ Penting`` and
    Kelompok's member table listed ``^w Bobot``: keys that act on another widget only. Away
    from its table the row key is neither active nor in the footer nor in the notes (F1)."""
    app = PraApp(make_session(palembang()), step=step)
    async with app.run_test(size=WIDE) as pilot:
        await wait_until(
            pilot, lambda: app.screen.focused is not None, what=f"{step.value} with a focus"
        )
        await keys(pilot, "f1")
        await _to_part(pilot, app, step, pane)
        await _focus_on(pilot, app, field)
        assert _row_actions(app, actions) == set(), f"{field}: the view's row keys are active"
        footer = {k.key for k in app.screen.query_one(Footer).query("FooterKey")}
        notes = str(app.screen.query_one("#notes-keys", Static).render())
        words = {
            b.description
            for b in _view(app, step).BINDINGS
            if isinstance(b, Binding) and b.action.split("(")[0] in actions
        }
        assert not row_keys & footer, f"{field}: the footer shows {row_keys & footer}"
        named = [w for w in words if w in notes]
        assert named == [], f"{field}: the notes (F1) name {named}: {notes!r}"
        await _focus_on(pilot, app, table)
        assert _row_actions(app, actions) == row_keys, f"{table}: {_active(app.screen)}"
        assert row_keys <= _notes_keys(app), f"{table}: notes {_notes_keys(app)}"
        # and shown in the footer, as every table's row keys are (Kelompok's member table
        # listed ^k/^e/^r in the notes only); the pairs (^↓ with ^↑) show once
        shown = {
            b.key
            for b in _view(app, step).BINDINGS
            if isinstance(b, Binding) and b.show and b.action.split("(")[0] in actions
        }
        footer = {k.key for k in app.screen.query_one(Footer).query("FooterKey")}
        assert shown, f"{table}: none of its row keys is marked for the footer"
        assert shown <= footer, f"{table}: the footer shows {footer}, not {shown - footer}"


async def test_an_open_choice_list_names_esc_in_the_catalogues_words() -> None:
    """Modal › RAB with the "Dari" list open showed Textual's ``Esc Dismiss menu`` in English."""
    from tests.tui.pilot import screen_text

    app = PraApp(make_session(palembang()), step=PraStep.CAPITAL)
    async with app.run_test(size=WIDE) as pilot:
        await wait_until(pilot, lambda: app.screen.focused is not None, what="Modal with a focus")
        await _to_part(pilot, app, PraStep.CAPITAL, "tab-budget")
        await _focus_on(pilot, app, "budget-form-source")
        await keys(pilot, "enter")
        await wait_until(
            pilot,
            lambda: (
                app.screen.focused is not None and app.screen.focused.id != "budget-form-source"
            ),
            what="the Dari list open",
        )
        text = screen_text(app)
        footer_line = text.splitlines()[-1]
        assert "Dismiss" not in text
        assert f"Esc {i18n.t('tui.choice.close_list')}" in footer_line, footer_line
        await keys(pilot, "escape")
        await wait_for_focus(
            pilot,
            lambda w: getattr(w, "id", None) == "budget-form-source",
            what="the Dari field again",
        )


def _focus_within(app: PraApp, pane: str) -> bool:
    """Is the focus inside the part (tab) ``pane``?"""
    focused = app.screen.focused
    return focused is not None and pane in {node.id for node in focused.ancestors}


def _sentences(prefix: str) -> dict[str, str]:
    """The part sentences under ``prefix`` (``notes.parts.potentials``), by tab id."""
    return {
        key.removeprefix(f"{prefix}."): str(entry)
        for key, entry in i18n.catalogue("id").items()
        if key.startswith(f"{prefix}.")
    }


@pytest.mark.parametrize(
    "step",
    [PraStep.PROBLEMS, PraStep.POTENTIALS, PraStep.IDEAS, PraStep.CAPITAL, PraStep.ANALYSIS],
    ids=lambda s: s.value,
)
async def test_the_notes_say_the_sentence_of_the_part_open(step: PraStep) -> None:
    """Potensi › Lembaga sosial: F1 said "di tabel: Enter centang orang", the skills tab's key.
    In each part the notes (F1) carry that part's sentence and no other part's; a sentence that
    says Enter ticks is shown only where the part has a list to tick."""
    from textual.widgets import SelectionList

    i18n.set_language("id")
    app = PraApp(make_session(palembang()), step=step)
    async with app.run_test(size=WIDE) as pilot:
        await wait_until(pilot, lambda: app.screen.focused is not None, what="a focus")
        await keys(pilot, "f1")
        view = _view(app, step)
        panes = [p.id for p in view.query(TabPane) if p.id]
        sentences = _sentences(f"notes.parts.{step.value}")
        assert sentences, f"{step.value} has no part sentences"
        # a part's sentence, or one line's within a part (the pairwise question's)
        assert set(sentences) <= set(panes) | {w.id for w in view.query("*") if w.id}
        for pane in panes:
            await _to_part(pilot, app, step, pane)
            await wait_until(
                pilot,
                lambda pane=pane: _focus_within(app, pane),
                what=f"the focus in {pane}",
            )
            notes = str(app.screen.query_one("#notes-keys", Static).render())
            own = sentences.get(pane)
            if own is not None and view.NOTE_VALUES:  # the matrix's "ketik 1–5"
                own = own.format(**view.NOTE_VALUES)
            if own is not None:
                assert own in notes, f"{step.value} {pane}: {notes!r}"
            for other, sentence in sentences.items():
                if other != pane and sentence != own:
                    assert sentence not in notes, f"{step.value} {pane} says {other}'s: {notes!r}"
            ticks = view.query_one(f"#{pane}").query(SelectionList)
            if "Enter centang" in notes:
                assert ticks, f"{step.value} {pane}: the notes say Enter ticks, nothing to tick"


async def test_the_institutions_notes_name_no_tick() -> None:
    """The case found: Potensi › Lembaga sosial, F1 open, names no "Enter centang orang"."""
    i18n.set_language("id")
    app = PraApp(make_session(palembang()), step=PraStep.POTENTIALS)
    async with app.run_test(size=WIDE) as pilot:
        await wait_until(pilot, lambda: app.screen.focused is not None, what="a focus")
        await keys(pilot, "f1")
        await _to_part(pilot, app, PraStep.POTENTIALS, "tab-institutions")
        await _focus_on(pilot, app, "institution-table")
        notes = str(app.screen.query_one("#notes-keys", Static).render())
        assert "centang" not in notes, notes
        assert i18n.t("notes.parts.potentials.tab-institutions") in notes, notes


async def test_home_and_end_in_a_field_are_not_named_as_rows() -> None:
    """In an entry line Home/End move the text cursor: F1 named them "Baris pertama/terakhir".
    On the table under it they are the row keys, and named so."""
    i18n.set_language("id")
    app = PraApp(make_session(palembang()), step=PraStep.PARTICIPANTS)
    async with app.run_test(size=WIDE) as pilot:
        await wait_for_focus(
            pilot, lambda w: getattr(w, "id", None) == "people-name", what="the name line"
        )
        await keys(pilot, "f1")
        notes = app.screen.query_one("#notes-keys", Static)
        first = i18n.t("tui.key.first_row")
        await wait_until(
            pilot, lambda: "Di setiap langkah" in str(notes.render()), what="the notes"
        )
        assert first not in str(notes.render()), str(notes.render())
        await keys(pilot, "Siti", "home", "X")
        field = app.screen.focused
        assert isinstance(field, Input) and field.value == "XSiti", "Home moved the text cursor"
        await _focus_on(pilot, app, "people-table")
        await wait_until(
            pilot, lambda: first in str(notes.render()), what="Home named on the table"
        )


async def test_every_key_named_in_the_follow_up_is_active_there() -> None:
    """F1 in the follow-up (pendampingan) did nothing. It opens the same key list as in the
    workshop, true for the focus: every tab (F6), every focus Tab reaches, as in :func:`walk`."""
    i18n.set_language("id")
    app = PraApp(make_session(palembang()), step=PraStep.SUCCESS)
    async with app.run_test(size=WIDE) as pilot:
        await wait_until(pilot, lambda: app.screen.focused is not None, what="a focus")
        await keys(pilot, "f4")
        await wait_until(
            pilot,
            lambda: (
                type(app.screen).__name__ == "FollowUpScreen" and app.screen.focused is not None
            ),
            what="the follow-up with a focus",
        )
        await keys(pilot, "f1")
        notes = app.screen.query_one("#notes-keys", Static)
        await wait_until(pilot, lambda: _shown(notes), what="the notes (F1) open")
        tabs = app.screen.query_one(TabbedContent)
        panes = [p.id for p in tabs.query(TabPane) if p.id]
        assert len(panes) == 3
        checked = 0
        for part, pane in enumerate(panes):
            if part:
                await keys(pilot, "f6")
                await wait_until(
                    pilot,
                    lambda pane=pane: tabs.active == pane and _focus_within(app, pane),
                    what=f"part {pane}",
                )
            sentence = f"notes.parts.followup.{pane}"
            if i18n.has(sentence):
                assert i18n.t(sentence) in str(notes.render()), f"{pane}: {notes.render()}"
            seen: list[Widget | None] = []
            for _ in range(MAX_TABS):
                focused = app.screen.focused
                if focused in seen:
                    break
                seen.append(focused)
                checked += check_keys_here(
                    app, f"follow-up {pane}, focus on {getattr(focused, 'id', None)}"
                )
                await keys(pilot, "tab")
        assert checked > 0


async def test_the_pledge_row_keys_are_offered_only_on_the_pledge_table() -> None:
    """Janji hati showed ``^t Ditepati`` with the focus on the pledge line or the member
    dropdown, where Ctrl+T did nothing and said nothing (issue #12)."""
    i18n.set_language("id")
    app = PraApp(make_session(palembang()), step=PraStep.PLEDGES)
    row_keys = {"ctrl+t", "ctrl+k"}
    async with app.run_test(size=WIDE) as pilot:
        await wait_for_focus(pilot, lambda w: w is not None and w.id == "pledge-line", what="line")
        await keys(pilot, "f1")
        notes = app.screen.query_one("#notes-keys", Static)
        await wait_until(pilot, lambda: _shown(notes), what="the notes (F1) open")
        kept = i18n.t("tui.pledges.key_kept")
        for field in ("pledge-line", "pledge-form-member"):
            await _focus_on(pilot, app, field)
            assert _row_actions(app, {"kept", "kind"}) == set(), f"{field}: {_active(app.screen)}"
            footer = {k.key for k in app.screen.query_one(Footer).query("FooterKey")}
            assert not row_keys & footer, f"{field}: the footer shows {row_keys & footer}"
            assert kept not in str(notes.render()), f"{field}: the notes name {kept}"
        await _focus_on(pilot, app, "pledge-table")
        assert _row_actions(app, {"kept", "kind"}) == row_keys
        footer = {k.key for k in app.screen.query_one(Footer).query("FooterKey")}
        assert "ctrl+t" in footer
        assert kept in str(notes.render())


async def test_esc_is_named_on_the_capital_parts_only_while_a_row_is_edited() -> None:
    """F1 listed "Esc Batal ubah" on every Modal part, the read-only Angsuran and Arus kas
    included; Esc cancels an edit, so it is named only while a row is being edited."""
    i18n.set_language("id")
    app = PraApp(make_session(palembang()), step=PraStep.CAPITAL)
    cancel = i18n.t("tui.group.key_cancel")
    async with app.run_test(size=WIDE) as pilot:
        await wait_until(pilot, lambda: app.screen.focused is not None, what="a focus")
        await keys(pilot, "f1")
        notes = app.screen.query_one("#notes-keys", Static)
        await wait_until(pilot, lambda: _shown(notes), what="the notes (F1) open")
        tabs = _view(app, PraStep.CAPITAL).query_one(TabbedContent)
        for pane in [p.id for p in tabs.query(TabPane) if p.id]:
            await _to_part(pilot, app, PraStep.CAPITAL, pane)
            await wait_until(pilot, lambda pane=pane: _focus_within(app, pane), what=pane)
            assert _row_actions(app, {"cancel_edit"}) == set(), f"{pane}: Esc is active"
            assert cancel not in str(notes.render()), f"{pane}: the notes name {cancel}"
        await _to_part(pilot, app, PraStep.CAPITAL, "tab-budget")
        await _focus_on(pilot, app, "budget-table")
        await keys(pilot, "enter")  # the highlighted line into the form, to be corrected
        await wait_until(
            pilot, lambda: _row_actions(app, {"cancel_edit"}) == {"escape"}, what="Esc offered"
        )
        assert cancel in str(notes.render())
        await keys(pilot, "escape")
        await wait_until(
            pilot, lambda: _row_actions(app, {"cancel_edit"}) == set(), what="Esc no more"
        )
        assert cancel not in str(notes.render())


async def test_f1_on_the_follow_up_payment_lines_says_what_is_typed_there() -> None:
    """The follow-up's payment line ("Setor ke" a lender loan) and the member's amount line:
    F1 said only the meeting's sentence, nothing about the line (issue #12). With the focus
    in either, the notes say what is typed there and name its keys as bound here."""
    from pra.edit import followup as fu
    from pra.tui.keys import key_text
    from tests.tui.followup.data import cleared

    i18n.set_language("id")
    jaya = "g-jaya-bersama"
    ws = fu.add_meeting(cleared(), jaya, "06-09-2003")
    app = PraApp(make_session(ws), step=PraStep.SUCCESS)
    async with app.run_test(size=WIDE) as pilot:
        await wait_until(pilot, lambda: app.screen.focused is not None, what="a focus")
        await keys(pilot, "f4")
        await wait_for_focus(pilot, lambda w: w is not None and w.id == "fu-date", what="date")
        for _ in range(4):
            if app.screen.query_one("#fu-lender-line").display:
                break
            await keys(pilot, "f3")  # the group with a lender loan and a meeting
        await wait_until(
            pilot,
            lambda: bool(app.screen.query_one("#fu-lender-line").display),
            what="Jaya Bersama's payment line",
        )
        await keys(pilot, "f1")
        notes = app.screen.query_one("#notes-keys", Static)
        await wait_until(pilot, lambda: _shown(notes), what="the notes (F1) open")
        meeting = i18n.t("notes.parts.followup.fu-tab-meeting")
        await _focus_on(pilot, app, "fu-lender")
        said = key_text(app.screen, "notes.parts.followup.fu-lender")
        assert "Setor ke" in said and "Tab" in said, said  # the key bound to focus_next
        await wait_until(pilot, lambda: said in str(notes.render()), what="the payment line's")
        assert meeting not in str(notes.render())
        # the member's amount line: a digit typed on a money column opens it
        await _focus_on(pilot, app, "fu-members")
        await keys(pilot, "right", "right", "5")
        await wait_for_focus(pilot, lambda w: w is not None and w.id == "fu-cell", what="cell")
        said = key_text(app.screen, "notes.parts.followup.fu-cell")
        assert "↑" in said and "↓" in said and "esc" in said.lower(), said  # from the bindings
        await wait_until(pilot, lambda: said in str(notes.render()), what="the amount line's")
        assert meeting not in str(notes.render())
