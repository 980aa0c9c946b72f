"""Step 3, potentials (menemukenali potensi): skills, institutions, outside resources.

Skills are given to people by a quick multi-select: highlight a skill, then
tick the people who have it. Institutions are rated for importance and
closeness and drawn as the PRA Venn diagram.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import DataTable, Input, SelectionList, Static, TabbedContent, TabPane

from pra.edit import potentials as pot
from pra.i18n import t
from pra.model import PraStep, Workshop
from pra.tui import removal
from pra.tui.keys import KeyHint
from pra.tui.steps.base import StepView, register
from pra.tui.widgets.field import TextField
from pra.tui.widgets.reading import ReadingScroll
from pra.tui.widgets.table import Cell, current_key, fill
from pra.tui.widgets.ticklist import TickList
from pra.tui.widgets.venn import name_lines, venn_lines


def _rating_cell(rating: int | None) -> str:
    """A rating as bars and its number, or "belum dinilai" (never a default drawn as said)."""
    if rating is None:
        return t("tui.potentials.unrated")
    return f"{'■' * rating} {rating}"


@register
class PotentialsView(StepView):
    step = PraStep.POTENTIALS
    TABS = "potential-tabs"
    ENTRY_LINES = ("skill-name", "institution-name", "resource-name")

    REMOVABLE: ClassVar[frozenset[str]] = frozenset(
        {"skill-table", "institution-table", "resource-table"}
    )
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("delete", "remove", t("tui.key.delete")),
        Binding("ctrl+up", "nudge('importance', 1)", t("tui.potentials.key_importance")),
        Binding(
            "ctrl+down", "nudge('importance', -1)", t("tui.potentials.key_importance"), show=False
        ),
        Binding("ctrl+right", "nudge('closeness', 1)", t("tui.potentials.key_closeness")),
        Binding(
            "ctrl+left", "nudge('closeness', -1)", t("tui.potentials.key_closeness"), show=False
        ),
        Binding("ctrl+k", "kind", t("tui.potentials.key_kind")),
    ]
    _holders_shown: tuple[str, str, tuple[tuple[str, str], ...]] | None = None
    """The skill and the people the tick list was last built for."""

    TYPE_INTO: ClassVar[dict[str, str]] = {
        "skill-table": "skill-name",
        "institution-table": "institution-name",
        "resource-table": "resource-name",
        # the people ticked for a skill: a sentence typed there is a skill's, never dropped
        "holders": "skill-name",
    }

    def compose(self) -> ComposeResult:
        with TabbedContent(id="potential-tabs"):
            with TabPane(t("tui.potentials.tab_skills"), id="tab-skills"), Horizontal():
                with Vertical(classes="half"):
                    yield TextField(placeholder=t("tui.potentials.skill_hint"), id="skill-name")
                    yield DataTable(id="skill-table", cursor_type="row")
                with Vertical(classes="half"):
                    yield KeyHint(id="holders-title", classes="section-title")
                    holders = TickList[str](id="holders")
                    # the key on the list's border: in the title, a long skill's name wrapped
                    # it to two lines ("Siapa bisa Berdagang atau berjualan? · Enter centang")
                    if not self.room:  # the room's view names no facilitator's key
                        holders.border_subtitle = t("tui.potentials.holders_keys")
                    yield holders
            with TabPane(t("tui.potentials.tab_institutions"), id="tab-institutions"):
                yield TextField(
                    placeholder=t("tui.potentials.institution_hint"), id="institution-name"
                )
                yield DataTable(id="institution-table", cursor_type="row")
                # below the table, the diagram scrolls in the space left: Tab reaches it, ↑/↓
                # scroll (at 100x30 its bottom was below the screen, where no key reached)
                with ReadingScroll(id="venn-scroll"):
                    yield Static(self.legend(), id="venn-legend", markup=False)
                    with Horizontal(id="venn-row"):
                        yield Static(id="venn", classes="venn")
                        # the whole names, wrapped: the picture cut a long one ("KANTOR KELURA…")
                        yield Static(id="venn-names", classes="venn-names")
            with TabPane(t("tui.potentials.tab_resources"), id="tab-resources"):
                yield TextField(placeholder=t("tui.potentials.resource_hint"), id="resource-name")
                yield DataTable(id="resource-table", cursor_type="row")

    @staticmethod
    def legend() -> str:
        """What the diagram's size and distance mean, in the table's own column names."""
        return t(
            "tui.potentials.venn_legend",
            importance=t("tui.potentials.col_importance"),
            closeness=t("tui.potentials.col_closeness"),
            centre=t("tui.potentials.centre"),
            unrated=t("tui.potentials.unrated"),
        )

    def focus_first(self) -> None:
        self.query_one("#skill-name", Input).focus()

    def show(self, ws: Workshop, group_id: str | None) -> None:
        fill(
            self.query_one("#skill-table", DataTable),
            [t("tui.potentials.col_skill"), t("tui.potentials.col_holders")],
            [(s.id, [s.name, str(len(s.holder_ids))]) for s in ws.skills],
            wrap=(0,),
        )
        self._show_holders(ws)
        fill(
            self.query_one("#institution-table", DataTable),
            [
                t("tui.potentials.col_institution"),
                t("tui.potentials.col_importance"),
                t("tui.potentials.col_closeness"),
            ],
            [
                (
                    i.id,
                    [i.name, _rating_cell(i.importance), _rating_cell(i.closeness)],
                )
                for i in ws.institutions
            ],
            wrap=(0,),
        )
        centre = t("tui.potentials.centre")
        # plain text, never markup: a label such as "[Posyandu]" would be read as a style tag
        # and vanish (the diagram drew 2 of Palembang's 6 institutions)
        picture = Content("\n".join(venn_lines(ws.institutions, centre)))
        self.query_one("#venn", Static).update(picture)
        unrated = t("tui.potentials.unrated")
        names = Content("\n".join(name_lines(ws.institutions, unrated)))
        self.query_one("#venn-names", Static).update(names)
        rows: list[tuple[str, list[Cell]]] = [
            (r.id, [r.name, t(f"resource_kind.{r.kind}")]) for r in ws.resources
        ]
        fill(
            self.query_one("#resource-table", DataTable),
            [t("tui.potentials.col_resource"), t("tui.potentials.col_kind")],
            rows,
            wrap=(0,),
        )

    def _show_holders(self, ws: Workshop) -> None:
        skill_id = current_key(self.query_one("#skill-table", DataTable))
        skill = next((s for s in ws.skills if s.id == skill_id), None)
        title = self.query_one("#holders-title", KeyHint)
        holders: SelectionList[str] = self.query_one("#holders", SelectionList)
        people = tuple((p.id, p.name) for p in ws.participants)
        shown = (skill.id, skill.name, people) if skill is not None else None
        if shown is not None and shown == self._holders_shown:
            # the same people for the same skill (a tick kept): ticked in place, so the rows
            # on screen and the highlight stay where they are
            held = set(skill.holder_ids) if skill is not None else set()
            for pid, _ in people:
                (holders.select if pid in held else holders.deselect)(pid)
            return
        self._holders_shown = shown
        keep = holders.highlighted
        holders.clear_options()
        if skill is None:
            title.say("tui.potentials.no_skill")
            return
        title.say("tui.potentials.holders", skill=skill.name)
        held = set(skill.holder_ids)
        holders.add_options([(p.name, p.id, p.id in held) for p in ws.participants])
        # a highlight from the start, so that Enter ticks at once
        if holders.option_count:
            holders.highlighted = min(keep or 0, holders.option_count - 1)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.data_table.id == "skill-table":
            self._show_holders(self.session.workshop)

    def on_selection_list_selection_toggled(
        self, event: SelectionList.SelectionToggled[str]
    ) -> None:
        event.stop()
        skill_id = current_key(self.query_one("#skill-table", DataTable))
        pid = str(event.selection.value)
        if skill_id is None:
            return
        highlighted = event.selection_list.highlighted
        self.edit(
            lambda ws: pot.toggle_holder(ws, skill_id, pid),
            label=t("tui.potentials.holder_changed"),
        )
        event.selection_list.highlighted = highlighted

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        text = event.value.strip()
        if not text:
            return
        adders = {
            "skill-name": pot.add_skill,
            "institution-name": pot.add_institution,
            "resource-name": pot.add_resource,
        }
        add = adders.get(event.input.id or "")
        if add is not None and self.edit(
            lambda ws: add(ws, text), label=t("tui.potentials.added", name=text)
        ):
            event.input.value = ""

    def _tab(self) -> str:
        return self.query_one(TabbedContent).active

    ROW_KEYS: ClassVar[dict[str, str]] = {
        "nudge": "institution-table",
        "kind": "resource-table",
    }
    """The table each key acts on, and only while it has the focus: the key is offered (footer,
    notes) there only, never from the entry line above it."""

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if super().check_action(action, parameters) is False:
            return False  # Del where no row is highlighted
        table = self.ROW_KEYS.get(action)
        if table is None:
            return True
        focused = self.screen.focused if self.is_attached else None
        return focused is not None and focused.id == table

    def on_tabbed_content_tab_activated(self, event: TabbedContent.TabActivated) -> None:
        self.refresh_bindings()

    def _selected(self, table: str) -> str | None:
        """The highlighted row of ``table`` while it has the focus (row keys never act from a field)."""
        focused = self.screen.focused
        if focused is None or focused.id != table:
            return None
        return current_key(self.query_one(f"#{table}", DataTable))

    def action_remove(self) -> None:
        ws = self.session.workshop
        removers = {
            "tab-skills": ("skill-table", pot.remove_skill, removal.skill),
            "tab-institutions": ("institution-table", pot.remove_institution, removal.nothing),
            "tab-resources": ("resource-table", pot.remove_resource, removal.nothing),
        }
        names = {r.id: r.name for r in ws.skills}
        names |= {r.id: r.name for r in ws.institutions}
        names |= {r.id: r.name for r in ws.resources}
        table, remove, consequences = removers[self._tab()]
        focused = self.screen.focused
        ref = self._selected(table)
        if ref is None or focused is None or focused.id != table:
            return  # Delete acts on the table that has the focus, never on one out of sight
        self.remove_record(
            lambda w: remove(w, ref), what=names.get(ref, ref), also=consequences(ws, ref)
        )

    def action_nudge(self, field: str, delta: int) -> None:
        ref = self._selected("institution-table")
        if self._tab() == "tab-institutions" and ref:
            self.edit(
                lambda ws: pot.nudge_institution(ws, ref, field, delta),
                label=t("tui.potentials.rated"),
            )

    def action_kind(self) -> None:
        ref = self._selected("resource-table")
        if self._tab() == "tab-resources" and ref:
            self.edit(lambda ws: pot.cycle_resource_kind(ws, ref), label=t("tui.potentials.rated"))
