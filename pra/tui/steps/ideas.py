"""Step 4, needs and business ideas (kebutuhan dan usaha), and forming the groups.

Four tabs: needs; ideas and the criteria to judge them; the scoring matrix
(ideas × criteria, 1–5, with the live ranking from :mod:`pra.plan.ideas`);
forming groups, where the suggestion of :mod:`pra.plan.grouping` is offered
with its explanation and accepted with one key.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widget import Widget
from textual.widgets import DataTable, Input, SelectionList, Static, TabbedContent, TabPane

from pra.edit import groups as gr
from pra.edit import ideas as ide
from pra.i18n import t
from pra.model import BusinessGroup, Id, PraStep, Workshop
from pra.model.potentials import SCALE_HIGH, SCALE_LOW
from pra.plan.grouping import suggest_groups
from pra.plan.ideas import workshop_ideas
from pra.tui import removal
from pra.tui.keys import KeyHint, OwnWords, undo_hint
from pra.tui.steps.base import StepView, register
from pra.tui.widgets.field import TextField
from pra.tui.widgets.reading import ReadingScroll
from pra.tui.widgets.stepper import step_label, step_number
from pra.tui.widgets.table import Cell, current_key, fill
from pra.tui.widgets.ticklist import TickList

OFFICERS = OwnWords(t("tui.ideas.key_officers"))
"""The member table's ^k/^e/^r side by side in the footer under one word (with F9 and the
step keys they fit at 100 columns); the notes (F1) name each."""
IDEAS_TAB_ORDER = ("idea-name", "criterion-name", "idea-table", "criterion-table", "idea-skills")
"""Tab's order on "Usaha dan kriteria": the entry lines, then the lists (reading order)."""


@register
class IdeasView(StepView):
    step = PraStep.IDEAS
    TABS = "idea-tabs"
    ENTRY_LINES = ("need-text", "idea-name", "criterion-name", "group-name")

    REMOVABLE: ClassVar[frozenset[str]] = frozenset(
        {"need-table", "idea-table", "criterion-table", "matrix"}
    )
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("delete", "remove", t("tui.key.delete")),
        Binding("ctrl+w", "weight", t("tui.ideas.key_weight")),
        # the matrix: Enter raises the highlighted score (5 goes back to 1), Delete clears it;
        # the members: Enter puts the person in the next group (on_data_table_*_selected)
        Binding("ctrl+k", "officer('chair')", t("tui.ideas.key_chair"), group=OFFICERS),
        Binding("ctrl+e", "officer('secretary')", t("tui.ideas.key_secretary"), group=OFFICERS),
        Binding("ctrl+r", "officer('treasurer')", t("tui.ideas.key_treasurer"), group=OFFICERS),
        Binding("f9", "accept", t("tui.ideas.key_accept")),
    ]
    TYPE_INTO: ClassVar[dict[str, str]] = {
        "need-table": "need-text",
        "idea-table": "idea-name",
        "criterion-table": "criterion-name",
        "idea-skills": "idea-name",  # the skills ticked for a business
        # the members of the groups: a name typed there is a new group's (the line above)
        "member-table": "group-name",
    }
    NOTE_VALUES: ClassVar[Mapping[str, object]] = {"low": SCALE_LOW, "high": SCALE_HIGH}
    """The matrix's scale, named by its help line, its F1 sentence and its refusal."""
    FOOTER_TABS: ClassVar[dict[str, frozenset[str]]] = {
        "accept": frozenset({"tab-groups"}),
    }
    """The tabs where each key does something; the footer shows it only there."""
    ROW_KEYS: ClassVar[dict[str, str]] = {
        "weight": "criterion-table",
        "officer": "member-table",
    }
    """The table each row key acts on, and only while it has the focus: the key is offered
    (footer, notes) there only, never from a field or another table of the same tab."""
    accept_offered = False
    """Does the suggestion hold a group to accept (F9)? Set when the groups tab is drawn."""

    def compose(self) -> ComposeResult:
        with TabbedContent(id="idea-tabs"):
            with TabPane(t("tui.ideas.tab_needs"), id="tab-needs"):
                yield Static(id="needs-priority", classes="hint")
                yield TextField(placeholder=t("tui.ideas.need_hint"), id="need-text")
                yield DataTable(id="need-table", cursor_type="row")
            with TabPane(t("tui.ideas.tab_ideas"), id="tab-ideas"), Horizontal():
                with Vertical(classes="half"):
                    yield TextField(placeholder=t("tui.ideas.idea_hint"), id="idea-name")
                    yield DataTable(id="idea-table", cursor_type="row")
                    yield KeyHint(id="idea-skills-title", classes="section-title")
                    yield TickList[str](id="idea-skills")
                with Vertical(classes="half"):
                    yield TextField(placeholder=t("tui.ideas.criterion_hint"), id="criterion-name")
                    yield DataTable(id="criterion-table", cursor_type="row")
            with TabPane(t("tui.ideas.tab_matrix"), id="tab-matrix"):
                if not self.room:  # how the facilitator scores: not on the wall
                    yield Static(
                        t("tui.ideas.matrix_help", low=SCALE_LOW, high=SCALE_HIGH), classes="hint"
                    )
                yield DataTable(id="matrix", cursor_type="cell")
                yield Static(id="matrix-ranking")
            with TabPane(t("tui.ideas.tab_groups"), id="tab-groups"):
                yield TextField(
                    placeholder=t("tui.ideas.group_hint", step=step_number(PraStep.SUCCESS)),
                    id="group-name",
                )
                yield Static(id="group-summary")
                yield KeyHint(id="no-groups-hint", classes="hint")
                yield DataTable(id="member-table", cursor_type="row", zebra_stripes=True)
                yield KeyHint(id="suggestion-head", classes="hint")
                # Tab reaches the suggestion: its last warnings can end below a 100x30 screen
                with ReadingScroll(id="suggestion-box"):
                    yield Static(id="suggestion", classes="hint")

    def focus_first(self) -> None:
        self.query_one("#need-text", Input).focus()

    def tab_target(self, forward: bool) -> Widget | None:
        """Tab on "Usaha dan kriteria" in reading order: the two entry lines side by side
        first (business, then criterion), then the lists below them.

        Tab from the business line used to go to the business list, where the letters
        typed next went back into the business line: "Modal kecil" became a business.
        """
        focused = self.screen.focused
        if focused is None or focused.id not in IDEAS_TAB_ORDER or self not in focused.ancestors:
            return None
        stops = [
            widget
            for widget in (self.query_one(f"#{ref}") for ref in IDEAS_TAB_ORDER)
            if widget.focusable and widget.display
        ]
        if focused not in stops:
            return None
        return stops[(stops.index(focused) + (1 if forward else -1)) % len(stops)]

    # -- rendering ------------------------------------------------------------------
    def show(self, ws: Workshop, group_id: str | None) -> None:
        priority = ws.problem(ws.voting.priority_id) if ws.voting.priority_id else None
        self.query_one("#needs-priority", Static).update(
            t("tui.ideas.priority_is", title=priority.title)
            if priority
            else t("tui.ideas.no_priority")
        )
        titles = {p.id: p.title for p in ws.problems}
        fill(
            self.query_one("#need-table", DataTable),
            [t("tui.ideas.col_need"), t("tui.ideas.col_problems")],
            [
                (n.id, [n.text, ", ".join(titles.get(r, r) for r in n.problem_ids)])
                for n in ws.needs
            ],
            wrap=(0, 1),
        )
        fill(
            self.query_one("#idea-table", DataTable),
            [t("tui.ideas.col_idea")],
            [(i.id, [i.name]) for i in ws.ideas],
            wrap=(0,),
        )
        fill(
            self.query_one("#criterion-table", DataTable),
            [t("tui.ideas.col_weight"), t("tui.ideas.col_criterion")],
            [(c.id, [f"×{c.weight}", c.name]) for c in ws.criteria],
            wrap=(1,),
        )
        self._show_idea_skills(ws)
        self._show_matrix(ws)
        self._show_groups(ws)

    def _show_idea_skills(self, ws: Workshop) -> None:
        """The skills the highlighted idea needs, ticked with Enter."""
        idea_id = current_key(self.query_one("#idea-table", DataTable))
        idea = next((i for i in ws.ideas if i.id == idea_id), None)
        title = self.query_one("#idea-skills-title", KeyHint)
        skills = self.query_one("#idea-skills", SelectionList)
        keep = skills.highlighted
        skills.clear_options()
        if idea is None or not ws.skills:
            title.say(*(("tui.ideas.skills_none",) if idea else ()))
            return
        title.say("tui.ideas.skills_title", idea=idea.name)
        needed = set(idea.skill_ids)
        skills.add_options([(s.name, s.id, s.id in needed) for s in ws.skills])
        # a highlight from the start, so that Enter ticks at once
        skills.highlighted = min(keep or 0, skills.option_count - 1)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.data_table.id == "idea-table":
            self._show_idea_skills(self.session.workshop)

    def on_selection_list_selection_toggled(
        self, event: SelectionList.SelectionToggled[str]
    ) -> None:
        event.stop()
        idea_id = current_key(self.query_one("#idea-table", DataTable))
        skill_id = str(event.selection.value)
        if idea_id is None:
            return
        highlighted = event.selection_list.highlighted
        self.edit(
            lambda ws: ide.toggle_idea_skill(ws, idea_id, skill_id),
            label=t("tui.ideas.skills_changed"),
        )
        event.selection_list.highlighted = highlighted

    def _show_matrix(self, ws: Workshop) -> None:
        matrix = workshop_ideas(ws)
        ranks = {r.item_id: r for r in matrix.rows}
        columns = [
            t("tui.ideas.col_idea"),
            *[f"K{i} ×{c.weight}" for i, c in enumerate(ws.criteria, 1)],
            t("tui.ideas.col_total"),
            t("tui.ideas.col_rank"),
        ]
        rows: list[tuple[str, list[Cell]]] = []
        for idea in ws.ideas:
            scores = matrix.scores.get(idea.id, ())
            rank = ranks.get(idea.id)
            rows.append(
                (
                    idea.id,
                    [
                        idea.name,
                        *[str(s) if s is not None else "·" for s in scores],
                        str(rank.score) if rank else "",
                        f"{rank.rank}{'=' if rank.tied else ''}" if rank else "",
                    ],
                )
            )
        # a long idea wraps: the scores, the total and the rank stay whole (rev18-facil: "Per")
        fill(self.query_one("#matrix", DataTable), columns, rows, wrap=(0,))
        legend = "  ".join(f"K{i} = {c.name}" for i, c in enumerate(ws.criteria, 1))
        ranking = " › ".join(f"{r.rank}. {r.name} ({r.score})" for r in matrix.rows)
        warnings = "\n".join(w.text() for w in matrix.warnings)
        self.query_one("#matrix-ranking", Static).update(
            f"{legend}\n\n{t('tui.ideas.ranking')} {ranking}"
            + (f"\n{warnings}" if warnings else "")
        )

    def _show_groups(self, ws: Workshop) -> None:
        member_of = {m: (i, g) for i, g in enumerate(ws.groups, 1) for m in g.member_ids}
        skills_of: dict[str, list[str]] = {}
        for s in ws.skills:
            for h in s.holder_ids:
                skills_of.setdefault(h, []).append(s.name)
        summary = [
            t(
                "tui.ideas.group_line",
                n=i,
                name=g.name,
                business=g.business
                or t("tui.ideas.no_business", step=step_number(PraStep.SUCCESS)),
                members=len(g.member_ids),
            )
            for i, g in enumerate(ws.groups, 1)
        ]
        self.query_one("#group-summary", Static).update("\n".join(summary))
        # F9 is named only where it would accept something: a suggestion with groups
        offered = bool(ws.ideas and ws.participants) and bool(suggest_groups(ws).groups)
        no_groups = "tui.ideas.no_groups" if offered else "tui.ideas.no_groups_to_type"
        if offered is not self.accept_offered:
            self.accept_offered = offered
            self.refresh_bindings()  # the footer offers F9 only then
        self.query_one("#no-groups-hint", KeyHint).say(*(() if summary else (no_groups,)))
        rows: list[tuple[str, list[Cell]]] = []
        for p in ws.participants:
            place = member_of.get(p.id)
            role = ""
            if place is not None:
                for name, officer in place[1].officer_ids().items():
                    if officer == p.id:
                        role = t(f"role.{name}")
            rows.append(
                (
                    p.id,
                    [
                        p.name,
                        str(place[0]) if place else "–",
                        role,
                        p.rt or "–",
                        ", ".join(skills_of.get(p.id, [])) or "–",
                    ],
                )
            )
        fill(
            self.query_one("#member-table", DataTable),
            [
                t("tui.people.col_name"),
                t("tui.ideas.col_group"),
                t("tui.ideas.col_role"),
                t("tui.people.col_rt"),
                t("tui.ideas.col_skills"),
            ],
            rows,
            wrap=(0, 1, 4),
        )
        head = "tui.ideas.suggestion_head" if offered else "tui.ideas.suggestion_head_none"
        self.query_one("#suggestion-head", KeyHint).say(
            *((head,) if ws.ideas and ws.participants else ())
        )
        self.query_one("#suggestion", Static).update(self._suggestion_text(ws))

    def _suggestion_text(self, ws: Workshop) -> str:
        """The suggested groups (the line above says which key accepts them)."""
        if not ws.ideas or not ws.participants:
            return t("tui.ideas.no_suggestion")
        suggestion = suggest_groups(ws)
        lines = [f"• {g.explanation.text()}" for g in suggestion.groups]
        lines += [f"! {w.text()}" for w in suggestion.warnings]
        return "\n".join(lines)

    # -- input ----------------------------------------------------------------------
    def _tab(self) -> str:
        return self.query_one(TabbedContent).active

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if super().check_action(action, parameters) is False:
            return False  # Del where no row is highlighted
        if action == "accept" and not self.accept_offered:
            return False  # no suggested group: F9 would accept nothing
        table = self.ROW_KEYS.get(action)
        if table is not None:
            focused = self.screen.focused if self.is_attached else None
            return focused is not None and focused.id == table
        tabs = self.FOOTER_TABS.get(action)
        return tabs is None or self._tab() in tabs

    def on_tabbed_content_tab_activated(self, event: TabbedContent.TabActivated) -> None:
        self.refresh_bindings()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        text = event.value.strip()
        if not text:
            return
        ws = self.session.workshop
        priority = (ws.voting.priority_id,) if ws.voting.priority_id else ()
        match event.input.id:
            case "need-text":
                done = self.edit(
                    lambda w: ide.add_need(w, text, priority), label=t("tui.ideas.added", name=text)
                )
            case "idea-name":
                done = self.edit(
                    lambda w: ide.add_idea(w, text), label=t("tui.ideas.added", name=text)
                )
            case "criterion-name":
                done = self.edit(
                    lambda w: ide.add_criterion(w, text), label=t("tui.ideas.added", name=text)
                )
            case "group-name":
                # no business until the room chooses one in the group's own step: the idea
                # highlighted in the Usaha tab (the last typed) was given to every new group
                done = self.edit(
                    lambda w: gr.add_group(w, text), label=t("tui.ideas.added", name=text)
                )
                if done:
                    step = step_label(PraStep.SUCCESS)
                    self.notify(t("tui.ideas.group_added", name=text, step=step), timeout=8)
            case _:
                done = False
        if done:
            event.input.value = ""

    def _focused_table(self) -> DataTable[Cell] | None:
        focused = self.screen.focused
        return focused if isinstance(focused, DataTable) else None

    def action_remove(self) -> None:
        table = self._focused_table()
        ref = current_key(table) if table is not None else None
        if table is None or ref is None:
            return
        ws = self.session.workshop
        if table.id == "matrix":
            self._score(None)
            return
        removers = {
            "need-table": (ide.remove_need, {n.id: n.text for n in ws.needs}, removal.nothing),
            "idea-table": (ide.remove_idea, {i.id: i.name for i in ws.ideas}, removal.idea),
            "criterion-table": (
                ide.remove_criterion,
                {c.id: c.name for c in ws.criteria},
                removal.criterion,
            ),
        }
        found = removers.get(table.id or "")
        if found is not None:
            remove, names, consequences = found
            self.remove_record(
                lambda w: remove(w, ref), what=names.get(ref, ref), also=consequences(ws, ref)
            )

    def on_data_table_cell_highlighted(self, event: DataTable.CellHighlighted) -> None:
        """The matrix's cursor never rests on a business's name, only on its scores: there a
        digit typed was dropped and Del did nothing, though the footer offered it."""
        table = event.data_table
        # the cursor as it is now: a highlight posted while the matrix was refilled is stale
        # once a score moved the cursor back onto its cell
        if table.id == "matrix" and table.cursor_column == 0 and len(table.columns) > 1:
            table.move_cursor(column=1, animate=False)

    def on_data_table_cell_selected(self, event: DataTable.CellSelected) -> None:
        """Enter on a matrix cell raises its score by one (5 goes back to 1)."""
        if event.data_table.id == "matrix":
            event.stop()
            self._score(1)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        """Enter on a member puts her in the next group (after the last: in none)."""
        if event.data_table.id == "member-table":
            event.stop()
            self._next_group()

    def action_weight(self) -> None:
        table = self._focused_table()
        ref = current_key(table) if table is not None and table.id == "criterion-table" else None
        if ref:
            self.edit(lambda ws: ide.cycle_weight(ws, ref), label=t("tui.ideas.key_weight"))

    def typed_on(self, widget: Widget, character: str) -> None:
        """A score typed on a matrix cell (1–5) is its score; any other key says how to score."""
        if widget.id != "matrix":
            return
        if character.isdigit() and SCALE_LOW <= int(character) <= SCALE_HIGH:
            self._score(0, typed=int(character))
        else:
            self.notify(
                t("tui.ideas.matrix_typed", low=SCALE_LOW, high=SCALE_HIGH), severity="warning"
            )

    def _score(self, step: int | None, *, typed: int | None = None) -> None:
        """Raise the highlighted score by ``step`` (5 goes back to 1), or clear it (``None``);
        a score ``typed`` (1–5) replaces it."""
        table = self.query_one("#matrix", DataTable)
        idea_id = current_key(table)
        column = table.cursor_column - 1
        ws = self.session.workshop
        criteria = ws.criteria
        idea = next((i for i in ws.ideas if i.id == idea_id), None)
        if idea is None or not 0 <= column < len(criteria):
            return
        crit = criteria[column].id
        current = idea.scores.get(crit)
        score = None if step is None else (current or SCALE_LOW - 1) % SCALE_HIGH + step
        if typed is not None:
            score = typed
        ref = idea.id
        self.edit(lambda w: ide.set_score(w, ref, crit, score), label=t("tui.ideas.scored"))
        table.move_cursor(column=column + 1, animate=False)  # the cursor stays on the cell

    def _next_group(self) -> None:
        """Enter on a member: the next group, after the last none. A member who leaves a
        group with something (office, pledges, steps) gets it all back when Enter brings
        him back to it, while that group is as he left it; an officer goes round the groups
        only (Enter never takes his office and him out of every group). Said, with what went
        with him or came back and the key that undoes it."""
        pid = current_key(self.query_one("#member-table", DataTable))
        ws = self.session.workshop
        groups = [g.id for g in ws.groups]
        person = ws.participant(pid) if pid is not None else None
        if pid is None or person is None or not groups:
            return
        now = next((g for g in ws.groups if pid in g.member_ids), None)
        left = self.session.rounds.get(pid)
        origin = ws.group(left.id) if left is not None else None
        if left is None or origin is None or pid in origin.member_ids:
            self.session.rounds.pop(pid, None)  # back home, or the round was given up
            left = None
        officer = any(pid in g.officer_ids().values() for g in (now, left) if g is not None)
        order: list[str | None] = [*groups] if officer else [*groups, None]
        target = order[(order.index(now.id if now else None) + 1) % len(order)]
        if now is not None and target == now.id:
            self.notify(t("tui.ideas.officer_stays", name=person.name), severity="warning")
            return
        if left is not None and target == left.id:
            self._back_home(pid, person.name, left)
            return
        went = removal.membership(now, pid) if now is not None else []
        if not self.edit(lambda w: gr.assign_member(w, pid, target), label=t("tui.ideas.assigned")):
            return
        joined = ws.group(target) if target is not None else None
        moved = (
            t("tui.ideas.moved_to", name=person.name, group=joined.name)
            if joined is not None
            else t("tui.ideas.moved_out", name=person.name)
        )
        if went and now is not None:
            self.session.rounds[pid] = now
            left = now
            moved = t("tui.ideas.moved_with", moved=moved, also=", ".join(went))
        if left is not None:
            after = order[(order.index(target) + 1) % len(order)]
            moved = f"{moved} {_next_enter(ws, after, left)}"
        self.notify(f"{moved} {undo_hint(self.screen)}", timeout=8)

    def _back_home(self, pid: str, name: str, left: BusinessGroup) -> None:
        """Enter brings a member back to the group he left: he gets back what is still free
        there (his office if the seat is empty, his pledges, his steps that still exist),
        and the toast names what came back and what did not, and why."""
        back = gr.rejoin(self.session.workshop, pid, left)
        self.session.rounds.pop(pid, None)
        if back is None:
            return
        if not self.edit(lambda w: _rejoined(w, pid, left), label=t("tui.ideas.assigned")):
            return
        came, lost = removal.rejoined(back.workshop, back, left)
        said = [t("tui.ideas.back", name=name, group=left.name)]
        if came:
            said.append(t("tui.ideas.back_came", items=", ".join(came)))
        if lost:
            said.append(t("tui.ideas.back_lost", items=", ".join(lost)))
        self.notify(f"{' '.join(said)} {undo_hint(self.screen)}", timeout=8)

    def action_officer(self, role: str) -> None:
        table = self._focused_table()
        if table is None or table.id != "member-table":
            return  # a row key acts on the table that has the focus, never from a field
        pid = current_key(table)
        ws = self.session.workshop
        group = next((g for g in ws.groups if pid in g.member_ids), None)
        if pid is None or group is None:
            self.notify(t("tui.ideas.officer_needs_group"), severity="warning")
            return
        officers = group.officer_ids()
        target = None if officers[role] == pid else pid
        gid = group.id
        if self.edit(lambda w: gr.set_officer(w, gid, role, target), label=t(f"role.{role}")):
            self.notify(_officer_said(ws, officers, role, pid, target, undo_hint(self.screen)))

    def action_accept(self) -> None:
        if self._tab() != "tab-groups":
            return
        ws = self.session.workshop
        suggestion = suggest_groups(ws)
        if not suggestion.groups:
            self.notify(t("tui.ideas.no_suggestion"), severity="warning")
            return
        drafts = [
            (
                t("tui.ideas.suggested_name", idea=g.idea_name, n=g.number),
                g.idea_id,
                g.member_ids,
            )
            for g in suggestion.groups
        ]
        self.edit(lambda w: gr.accept_groups(w, drafts), label=t("tui.ideas.key_accept"))


def _rejoined(ws: Workshop, pid: str, left: BusinessGroup) -> Workshop:
    back = gr.rejoin(ws, pid, left)
    return back.workshop if back is not None else ws


def _next_enter(ws: Workshop, after: str | None, home: BusinessGroup) -> str:
    """What the next Enter on a member away from ``home`` does, and only that (rev15-facil:
    "Kembali ke Kelompok Melati dengan Enter" was said when the next Enter went elsewhere)."""
    if after == home.id:
        return t("tui.ideas.next_home", group=home.name)
    group = ws.group(after) if after is not None else None
    if group is None:
        return t("tui.ideas.next_out")
    return t("tui.ideas.next_to", group=group.name)


def _officer_said(
    ws: Workshop,
    before: dict[str, Id | None],
    role: str,
    pid: str,
    target: str | None,
    undo: str,
) -> str:
    """What Ctrl+K/E/R did, every officer it took a role from named: "Nurbaya ketua;
    Rohani bukan lagi ketua — Ctrl+Z membatalkan." (a role moves, or a member's other
    role goes with it, without a word otherwise)."""

    def name(person_id: str) -> str:
        person = ws.participant(person_id)
        return person.name if person is not None else person_id

    if target is None:
        changes = [t(f"tui.ideas.officer.no_longer_{role}", name=name(pid))]
    else:
        changes = [t(f"tui.ideas.officer.now_{role}", name=name(pid))]
        previous = before[role]
        if previous is not None and previous != pid:
            changes.append(t(f"tui.ideas.officer.no_longer_{role}", name=name(previous)))
        for other, officer in before.items():
            if other != role and officer == pid:
                changes.append(t(f"tui.ideas.officer.no_longer_{other}", name=name(pid)))
    return t("tui.ideas.officer.said", changes="; ".join(changes), undo=undo)
