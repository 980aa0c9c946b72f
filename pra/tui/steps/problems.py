"""Step 2, problems (menemukenali masalah): name them, vote, see the ranking.

Three tabs: the list of problems; the vote (dots per person, totals off the
paper, or pairwise "A or B?"); the results, hidden while voting is open so
that early votes do not sway later ones.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widget import Widget
from textual.widgets import DataTable, Input, Static, TabbedContent, TabPane

from pra.edit import problems as pb
from pra.edit import voting
from pra.errors import PraError
from pra.i18n import t
from pra.model import Participant, PraStep, Workshop
from pra.plan.pairwise import workshop_pairwise
from pra.plan.ranking import RankedItem
from pra.plan.votes import dot_tally
from pra.tui import notices, removal
from pra.tui.keys import MOVE_KEYS, KeyHint, OwnWords, key_text, undo_hint
from pra.tui.session import Session
from pra.tui.steps.base import StepView, register
from pra.tui.widgets.bars import bar_lines
from pra.tui.widgets.field import TextField
from pra.tui.widgets.table import Cell, current_key, fill


def _dots_cast(ws: Workshop) -> int:
    """The dots the room has given so far, as the current source records them."""
    dots = ws.voting.dots
    if dots.source == "totals":
        return sum(dots.totals.values())
    return sum(sum(b.dots.values()) for b in dots.ballots)


def _cap_text(cap: int | None) -> str:
    return t("tui.vote.no_cap") if cap is None else str(cap)


class PairBox(Static, can_focus=True):
    """The "A or B?" question; focusable so that ← (A), → (B) and Backspace reach the view."""


PAIR_KEYS = OwnWords(t("tui.vote.key_pair"), compact=True)
"""← and → of the "A or B?" question under one word in the footer: with Backspace left to
the notes (F1) and the question's line, the footer fits at 100 columns (rev18-facil: "Bagian ▶"
and "F7 F8 Langkah" were cut); the notes name each key."""


@register
class ProblemsView(StepView):
    step = PraStep.PROBLEMS
    TABS = "problem-tabs"
    ENTRY_LINES = ("problem-title", "reason", "vote-count")

    REMOVABLE: ClassVar[frozenset[str]] = frozenset({"problem-table"})
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+k", "category", t("tui.problems.key_category")),
        Binding("delete", "remove", t("tui.key.delete")),
        Binding("shift+up", "move(-1)", t("tui.key.move_up"), group=MOVE_KEYS, key_display="⇧↑"),
        Binding("shift+down", "move(1)", t("tui.key.move_down"), group=MOVE_KEYS, key_display="⇧↓"),
        Binding("ctrl+o", "method", t("tui.footer.method")),
        Binding("ctrl+t", "source", t("tui.vote.key_source"), show=False),
        # the vote table: Enter gives the highlighted problem a dot (on_data_table_row_selected),
        # Backspace/Delete takes one back
        Binding("backspace,delete", "dot(-1)", t("tui.vote.key_undot"), show=False),
        Binding("ctrl+up", "dots(1)", t("tui.vote.key_dots"), show=False),
        Binding("ctrl+down", "dots(-1)", t("tui.vote.key_dots"), show=False),
        Binding("ctrl+l", "cap", t("tui.vote.key_cap"), show=False),
        # the count field (totals from paper): ↑/↓ choose the problem its number is for
        Binding("up", "count_row(-1)", t("tui.vote.key_count_row"), show=False),
        Binding("down", "count_row(1)", t("tui.vote.key_count_row"), show=False),
        Binding("ctrl+right", "voter(1)", t("tui.footer.voter")),
        Binding("ctrl+left", "voter(-1)", t("tui.vote.key_voter"), show=False),
        # pairwise: the question box takes ← (A) and → (B); Backspace takes the last answer back
        Binding("left", "pair(0)", t("tui.vote.key_a"), group=PAIR_KEYS),
        Binding("right", "pair(1)", t("tui.vote.key_b"), group=PAIR_KEYS),
        Binding("backspace", "undo_pair", t("tui.vote.key_undo_pair"), show=False),
        Binding("f9", "reveal", t("tui.footer.reveal")),
        # F9 only reveals (a second F9 "to make sure" keeps them shown); hiding is its own key
        Binding("ctrl+g", "hide_results", t("tui.vote.key_hide"), show=False),
        Binding("ctrl+r", "priority", t("tui.footer.priority")),
        # The same keys on the other tabs, where the footer does not offer them.
        Binding("ctrl+k", "anywhere('category')", show=False, system=True),
        Binding("ctrl+o", "anywhere('method')", show=False, system=True),
        Binding("ctrl+right", "anywhere('voter', 1)", show=False, system=True),
        Binding("f9", "anywhere('reveal')", show=False, system=True),
        Binding("ctrl+r", "anywhere('priority')", show=False, system=True),
    ]
    FOOTER_TABS: ClassVar[dict[str, frozenset[str]]] = {
        "category": frozenset({"tab-list"}),
        "remove": frozenset({"tab-list"}),
        "method": frozenset({"tab-vote"}),
        "dot": frozenset({"tab-vote"}),
        "voter": frozenset({"tab-vote"}),
        "pair": frozenset({"tab-vote"}),
        "undo_pair": frozenset({"tab-vote"}),
        "reveal": frozenset({"tab-vote", "tab-results"}),
        "priority": frozenset({"tab-list", "tab-results"}),
    }
    """The tabs where the footer offers each key; ``anywhere`` keeps them working on the others."""
    ROW_ACTIONS: ClassVar[frozenset[str]] = frozenset({"category", "priority"})
    """Keys that change the highlighted row: offered only while a table has the focus."""
    FOOTER_METHODS: ClassVar[dict[str, str]] = {
        "dot": "dots",
        "dots": "dots",
        "cap": "dots",
        "source": "dots",
        "voter": "dots",
        "pair": "pairwise",
        "undo_pair": "pairwise",
    }
    """The voting method a key belongs to: active (and so named in the footer and the notes)
    only while that method is used (rev18-facil: in pairwise the notes listed the dot keys,
    and ^t changed the unused dot setting)."""

    TYPE_INTO: ClassVar[dict[str, str]] = {
        "problem-table": "problem-title",
        "results-table": "reason",
    }

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.voter_index = 0
        self.pair: tuple[str, str] | None = None
        self.count_refused: tuple[str, str] = ("", "")
        """The count last refused and why (without the key that is the way out): what the
        first Ctrl+Q says when it is still in the field (:meth:`unkept`)."""
        self._quitting = False

    def compose(self) -> ComposeResult:
        with TabbedContent(id="problem-tabs"):
            with TabPane(t("tui.problems.tab_list"), id="tab-list"):
                yield TextField(placeholder=t("tui.problems.new_hint"), id="problem-title")
                yield DataTable(id="problem-table", cursor_type="row", zebra_stripes=True)
            with TabPane(t("tui.problems.tab_vote"), id="tab-vote"):
                yield Static(id="vote-settings", classes="section-title")
                yield KeyHint(id="vote-rules", classes="section-title")
                yield Static(id="vote-voter", classes="voter")
                yield Static(id="vote-message", classes="message")
                # totals read off the paper: the count of the highlighted problem, typed
                count = TextField(placeholder=t("tui.vote.count_hint"), id="vote-count")
                count.display = False
                yield count
                yield PairBox(id="vote-pair", classes="pair")
                yield KeyHint(id="vote-pair-keys", classes="pair")
                yield DataTable(id="vote-table", cursor_type="row", zebra_stripes=True)
            with TabPane(t("tui.problems.tab_results"), id="tab-results"):
                yield KeyHint(id="results-head", classes="section-title")
                yield DataTable(id="results-table", cursor_type="row")
                yield Static(t("tui.vote.reasons"), classes="section-title")
                yield Static(id="reasons")
                yield TextField(placeholder=t("tui.vote.reason_hint"), id="reason")

    def typing_target(self, widget: Widget) -> Widget | None:
        """On the vote table with totals from paper, what is typed is the highlighted problem's
        count (its field): 36 dots on the wall were 36 Enters, and a typed count did nothing."""
        if widget.id == "vote-table":
            count = self.query_one("#vote-count", Input)
            return count if count.display else None
        return super().typing_target(widget)

    def typed_on(self, widget: Widget, character: str) -> None:
        """A letter typed on the vote table (no entry line there): say how to vote, and
        where a reason is typed, rather than let the words vanish."""
        if widget.id == "vote-table":
            self.notify(key_text(self.screen, "tui.vote.typed"), severity="warning")

    def focus_first(self) -> None:
        self.query_one("#problem-title", Input).focus()

    # -- rendering ------------------------------------------------------------------
    def show(self, ws: Workshop, group_id: str | None) -> None:
        self.refresh_bindings()  # the footer follows the voting method
        self._show_list(ws)
        self._show_vote(ws)
        self._show_results(ws)

    def _show_list(self, ws: Workshop) -> None:
        priority = ws.voting.priority_id
        rows: list[tuple[str, list[Cell]]] = [
            (
                p.id,
                [
                    str(i),
                    p.title,
                    t(f"category.{p.category}"),
                    f"★ {t('tui.vote.priority')}" if p.id == priority else "",
                ],
            )
            for i, p in enumerate(ws.problems, 1)
        ]
        columns = [
            t("tui.problems.col_no"),
            t("tui.problems.col_title"),
            t("tui.problems.col_category"),
            t("tui.problems.col_priority"),
        ]
        fill(self.query_one("#problem-table", DataTable), columns, rows, wrap=(1,))

    @staticmethod
    def _voters(ws: Workshop) -> list[Participant]:
        """Who votes: the people present (everybody when attendance is not taken)."""
        return [p for p in ws.participants if p.present] or list(ws.participants)

    def _voter(self, ws: Workshop) -> str | None:
        people = self._voters(ws)
        if not people:
            return None
        self.voter_index %= len(people)
        return people[self.voter_index].id

    def _show_vote(self, ws: Workshop) -> None:
        v = ws.voting
        dots = v.dots
        method = t(f"tui.vote.method_{v.method}")
        hidden = t("tui.vote.hidden_short") if v.results_hidden else t("tui.vote.shown_short")
        if v.method == "dots":
            source = t(f"tui.vote.source_{dots.source}")
            cap = dots.cap_per_item if dots.cap_per_item is not None else "–"
            settings = t(
                "tui.vote.dot_settings",
                method=method,
                source=source,
                dots=dots.dots_per_person,
                cap=cap,
                hidden=hidden,
            )
        else:
            settings = f"{method} · {hidden}"
        self.query_one("#vote-settings", Static).update(settings)
        rules = ("tui.vote.rules_hint",) if v.method == "dots" else ()
        self.query_one("#vote-rules", KeyHint).say(*rules)
        self.query_one("#vote-message", Static).update(self.session.last_error or "")
        voter_line = self.query_one("#vote-voter", Static)
        pair_box = self.query_one("#vote-pair", Static)
        table = self.query_one("#vote-table", DataTable)
        pair_keys = self.query_one("#vote-pair-keys", KeyHint)
        if v.method == "pairwise":
            voter_line.display = False
            table.display = False
            pair_box.display = True
            if self.screen.focused is None or not self.screen.focused.display:
                pair_box.focus()
            pair_box.update(self._pair_text(ws))
            self.refresh_bindings()  # ← and → only while a pair is asked
            pair_keys.say("tui.vote.pair_keys")  # names only the keys active
            return
        pair_box.display = False
        pair_keys.say()
        table.display = True
        if self.screen.focused is pair_box:
            table.focus()
        rows: list[tuple[str, list[Cell]]]
        count = self.query_one("#vote-count", Input)
        count.display = dots.source == "totals"
        if dots.source == "totals":
            voter_line.display = False
            rows = [
                (p.id, [str(i), str(dots.totals.get(p.id, 0)), p.title])
                for i, p in enumerate(ws.problems, 1)
            ]
            columns = [
                t("tui.problems.col_no"),
                t("tui.vote.col_total"),
                t("tui.problems.col_title"),
            ]
        else:
            voter_line.display = True
            pid = self._voter(ws)
            person = ws.participant(pid) if pid else None
            ballot = voting.ballot_of(ws, pid) if pid else {}
            used = sum(ballot.values())
            voter_line.update(
                t(
                    "tui.vote.voter",
                    name=person.name,
                    used=used,
                    left=dots.dots_per_person - used,
                    voted=len(dots.ballots),
                    people=len(self._voters(ws)),
                )
                if person
                else t("tui.vote.no_voters")
            )
            rows = [
                (p.id, [str(i), "●" * ballot.get(p.id, 0), p.title])
                for i, p in enumerate(ws.problems, 1)
            ]
            columns = [
                t("tui.problems.col_no"),
                t("tui.vote.col_dots"),
                t("tui.problems.col_title"),
            ]
        fill(table, columns, rows, wrap=(2,))  # a long problem wraps, never cut at the edge
        self._show_count_target()

    def _count_target(self) -> str | None:
        """The problem a typed count is for: the one highlighted in the vote table."""
        return current_key(self.query_one("#vote-table", DataTable))

    def _show_count_target(self) -> None:
        """The count field's title names the problem its number goes to (the table's
        highlight is dimmer while the field has the focus)."""
        count = self.query_one("#vote-count", Input)
        ref = self._count_target()
        ws = self.session.workshop
        problem = ws.problem(ref) if ref else None
        count.border_title = (
            t("tui.vote.count_for", n=ws.problems.index(problem) + 1, title=problem.title)
            if problem is not None
            else None
        )

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.data_table.id == "vote-table":
            self._show_count_target()

    def _pair_text(self, ws: Workshop) -> str:
        result = workshop_pairwise(ws)
        progress = t("tui.vote.pair_progress", done=result.compared, total=result.total_pairs)
        if not result.remaining:
            self.pair = None
            return f"{progress}\n\n{t('tui.vote.pairs_done')}"
        self.pair = result.remaining[0]
        a, b = (ws.problem(ref) for ref in self.pair)
        question = t("tui.vote.pair_question", a=a.title if a else "?", b=b.title if b else "?")
        return f"{progress}\n\n{question}"

    def _ranking(self, ws: Workshop) -> tuple[RankedItem, ...]:
        if ws.voting.method == "pairwise":
            return workshop_pairwise(ws).rows
        return dot_tally(ws).rows

    def on_resize(self) -> None:
        """The bars use the width there is: draw them again when it changes."""
        self._show_results(self.session.workshop)

    def _show_results(self, ws: Workshop) -> None:
        table = self.query_one("#results-table", DataTable)
        head = self.query_one("#results-head", KeyHint)
        if ws.voting.results_hidden:
            head.say("tui.vote.results_hidden")
            table.display = False
        else:
            table.display = True
            rows = self._ranking(ws)
            head.say("tui.vote.results_head", method=t(f"tui.vote.method_{ws.voting.method}"))
            width = max(12, self.size.width - 30)  # room for rank, count, priority column
            lines = bar_lines(rows, width=width)
            fill(
                table,
                [t("tui.vote.col_result"), t("tui.problems.col_priority")],
                [
                    (
                        r.item_id,
                        [
                            line,
                            f"★ {t('tui.vote.priority')}"
                            if r.item_id == ws.voting.priority_id
                            else "",
                        ],
                    )
                    for r, line in zip(rows, lines, strict=True)
                ],
                height=None,  # as many lines as a long problem's name takes
            )
        reasons = ws.voting.reasons
        self.query_one("#reasons", Static).update(
            "\n".join(f"• {r}" for r in reasons) or t("tui.vote.no_reasons")
        )

    # -- input ----------------------------------------------------------------------
    def _tab(self) -> str:
        return self.query_one(TabbedContent).active

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The footer keeps to the keys of the open tab (it has no room for all of them)."""
        if super().check_action(action, parameters) is False:
            return False  # Del where no row is highlighted
        tabs = self.FOOTER_TABS.get(action)
        if tabs is not None and self._tab() not in tabs:
            return False
        if action in self.ROW_ACTIONS and not isinstance(self.screen.focused, DataTable):
            return False  # offered only where the row it acts on is highlighted
        if action == "count_row":
            focused = self.screen.focused if self.is_attached else None
            return focused is not None and focused.id == "vote-count"
        if action == "hide_results":
            return not self.session.workshop.voting.results_hidden  # named only where it acts
        if action == "anywhere" and parameters:
            action = str(parameters[0])  # ^→ on another tab: the voter's key, dots only
        if action == "pair" and self.pair is None:
            return False  # every pair answered: ← and → have nothing to choose
        method = self.FOOTER_METHODS.get(action)
        return method is None or self.session.workshop.voting.method == method

    def commit_pending(self) -> None:
        """Ctrl+Q: a count typed and not entered is entered, as Enter would; refused, it stays
        and :meth:`unkept` says it (rev18-facil: a count over the room's dots was dropped
        unsaid and the app quit)."""
        self._quitting = True
        try:
            super().commit_pending()
        finally:
            self._quitting = False

    def unkept(self) -> tuple[str, ...]:
        """The count still in its field once :meth:`commit_pending` tried it: refused, and
        lost on quitting; the first Ctrl+Q says it and why, and stays."""
        text = self.query_one("#vote-count", Input).value.strip()
        if not text:
            return ()
        held, why = self.count_refused
        if held.strip() != text:
            why = t("tui.vote.count_unkept_where")
        return (t("tui.vote.count_unkept", text=text, why=why.rstrip(".")),)

    def on_tabbed_content_tab_activated(self, event: TabbedContent.TabActivated) -> None:
        self.refresh_bindings()
        if event.pane.id == "tab-results":
            self.call_after_refresh(self._results_from_the_top)

    def _results_from_the_top(self) -> None:
        """Results open on rank 1 and the ★ priority, wherever the cursor was left before."""
        table = self.query_one("#results-table", DataTable)
        if table.row_count:
            table.move_cursor(row=0, animate=False)
        table.scroll_home(animate=False, immediate=True)

    def action_anywhere(self, action: str, *args: int) -> None:
        """A key that works on every tab though the footer shows it on some."""
        getattr(self, f"action_{action}")(*args)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        text = event.value.strip()
        if not text:
            return
        if event.input.id == "vote-count":
            self._enter_count(event.input, text)
            return
        if event.input.id == "problem-title":
            done = self.edit(
                lambda ws: pb.add_problem(ws, text), label=t("tui.problems.added", title=text)
            )
        else:
            done = self.edit(
                lambda ws: voting.add_reason(ws, text), label=t("tui.vote.reason_added")
            )
        if done:
            event.input.value = ""

    def _enter_count(self, field: Input, text: str) -> None:
        """Enter in the count field: the highlighted problem's total is the number typed; the
        table's highlight goes on to the next problem, to read the next count off the wall
        (the field keeps the focus; ↑/↓ in it move the highlight)."""
        ref = self._count_target()
        if ref is None:
            return
        if not text.isdigit():
            # kept as typed, to be put right ("12 x": Backspace twice)
            why = t("tui.vote.count_not_number", text=text)
            self._refuse_count(field, why, why=why, whole=False)
            return
        total = int(text)
        try:  # tried first: over the room's dots it is refused with the key that adds dots
            voting.set_total(self.session.workshop, ref, total)
        except PraError as error:
            why = said = error.message()
            way_out = {
                "edit.totals_over_room": "tui.vote.count_over_room",
                "edit.total_over_room_alone": "tui.vote.count_over_room",
                "edit.total_over_cap": "tui.vote.count_over_cap",
            }.get(error.key)
            if way_out is not None:
                said = key_text(self.screen, way_out, joiner=" ", why=why)
            self._refuse_count(field, said, why=why, whole=True)
            return
        done = self.edit(
            lambda w: voting.set_total(w, ref, total),
            label=t("tui.vote.count_set", title=self._title(ref), n=total),
        )
        if not done:
            return
        field.value = ""
        self.action_count_row(1)

    def _refuse_count(self, field: Input, sentence: str, *, why: str, whole: bool) -> None:
        """A count refused: said, as a refusal of that count. ``whole``: the number itself is
        wrong, and selected, so the next count typed replaces it (the refused "15" and a "3"
        typed next made "153"). On quitting it is not said here: :meth:`unkept` says it."""
        notices.refused(self.app, field)
        self.count_refused = (field.value, why)
        if not self._quitting:
            self.notify(sentence, severity="warning", timeout=10)
        if whole:
            field.select_all()

    def action_count_row(self, delta: int) -> None:
        """↑/↓ in the count field: the problem the count is for, one up or down."""
        table = self.query_one("#vote-table", DataTable)
        row = table.cursor_row + delta
        if 0 <= row < table.row_count:
            table.move_cursor(row=row, animate=False)
        self._show_count_target()

    def _selected_problem(self) -> str | None:
        """The problem under the cursor of the table that has the focus, else ``None``.

        From a typing field the table's cursor row cannot be seen (the focus, and so
        the highlight, is elsewhere): a row key there says to go to the table first.
        """
        table_id = {"tab-list": "problem-table", "tab-vote": "vote-table"}.get(
            self._tab(), "results-table"
        )
        table = self.query_one(f"#{table_id}", DataTable)
        if self.screen.focused is not table:
            self.notify(t("tui.problems.pick_row"))
            if self.screen.focused is not None:  # gone once Tab moved the focus (to the table)
                notices.while_here(self.app, self.screen.focused)
            return None
        return current_key(table)

    def _title(self, problem_id: str) -> str:
        problem = self.session.workshop.problem(problem_id)
        return problem.title if problem else problem_id

    def action_category(self) -> None:
        ref = self._selected_problem()
        if ref:
            self.edit(
                lambda ws: pb.cycle_category(ws, ref),
                label=t("tui.problems.changed", title=self._title(ref)),
            )

    def action_remove(self) -> None:
        ref = self._selected_problem()
        if ref and self._tab() == "tab-list":
            ws = self.session.workshop
            self.remove_record(
                lambda w: pb.remove_problem(w, ref),
                what=self._title(ref),
                also=removal.problem(ws, ref),
                urgent=True,
            )

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        """Enter on the vote table gives the highlighted problem a dot (or one more in totals)."""
        if event.data_table.id == "vote-table":
            event.stop()
            self.action_dot(1)

    def action_move(self, delta: int) -> None:
        ref = self._selected_problem()
        if ref and self._tab() == "tab-list":
            self.move_record(
                lambda ws: pb.move_problem(ws, ref, delta),
                what=f"“{self._title(ref)}”",
                delta=delta,
            )

    def _change_rule(self, fn: Callable[[Workshop], Workshop], said: str) -> None:
        """A change to how the vote counts: act, then say what changed and that Ctrl+Z undoes it.

        Votes already cast stay in the file but may stop counting (another method,
        fewer dots per person): the room must see it happen, never find it in Hasil.
        """
        if self.edit(fn, label=said):
            self.notify(f"{said} {undo_hint(self.screen)}", timeout=8)

    def action_method(self) -> None:
        v = self.session.workshop.voting
        method = "pairwise" if v.method == "dots" else "dots"
        said = t("tui.vote.method_changed", method=t(f"tui.vote.method_{method}"))
        if method == "pairwise":
            dots = _dots_cast(self.session.workshop)
            if dots:
                said = f"{said} {t('tui.vote.dots_set_aside', n=dots)}"
        elif v.pairwise:
            said = f"{said} {t('tui.vote.pairs_set_aside', n=len(v.pairwise))}"
        self._change_rule(lambda ws: voting.set_method(ws, method), said)

    def action_source(self) -> None:
        if self.session.workshop.voting.method != "dots":
            return  # pairwise: the dots' source is not used (the key is not offered)
        source = "totals" if self.session.workshop.voting.dots.source == "ballots" else "ballots"
        said = t("tui.vote.source_changed", source=t(f"tui.vote.source_{source}"))
        self._change_rule(lambda ws: voting.set_source(ws, source), said)

    def action_dot(self, delta: int) -> None:
        ws = self.session.workshop
        ref = self._selected_problem()
        if ref is None or ws.voting.method != "dots" or self._tab() != "tab-vote":
            return
        if ws.voting.dots.source == "totals":
            total = ws.voting.dots.totals.get(ref, 0) + delta
            self.edit(
                lambda w: voting.set_total(w, ref, max(total, 0)), label=t("tui.vote.total_changed")
            )
        else:
            pid = self._voter(ws)
            if pid is None:
                return
            fn = voting.add_dot if delta > 0 else voting.remove_dot
            self.edit(lambda w: fn(w, pid, ref), label=t("tui.vote.dot_changed"), urgent=True)
        self._show_vote(self.session.workshop)

    def action_dots(self, delta: int) -> None:
        """Ctrl+↑/↓: one dot more or less for every person (1–20)."""
        ws = self.session.workshop
        if ws.voting.method != "dots" or self._tab() != "tab-vote":
            return
        old = ws.voting.dots.dots_per_person
        n = max(1, min(20, old + delta))
        if n == old:
            return
        said = t("tui.vote.dots_changed", old=old, new=n)
        self._change_rule(lambda w: voting.set_dots_per_person(w, n), said)

    def action_cap(self) -> None:
        """Ctrl+L: the most dots one person may put on one problem: none, 1, 2 … dots per person."""
        ws = self.session.workshop
        if ws.voting.method != "dots" or self._tab() != "tab-vote":
            return
        dots = ws.voting.dots
        cap = 1 if dots.cap_per_item is None else dots.cap_per_item + 1
        target = None if cap > dots.dots_per_person else cap
        said = t("tui.vote.cap_changed", old=_cap_text(dots.cap_per_item), new=_cap_text(target))
        self._change_rule(lambda w: voting.set_cap(w, target), said)

    def action_voter(self, delta: int) -> None:
        self.voter_index += delta
        self.session.last_error = None
        self._show_vote(self.session.workshop)

    def place(self) -> dict[str, str]:
        """The tab open and the voter whose dots are being placed (the room shows her ballot)."""
        voter = self._voter(self.session.workshop)
        return {**super().place(), **({"voter": voter} if voter is not None else {})}

    def follow_place(self, place: Mapping[str, str]) -> None:
        super().follow_place(place)
        ws = self.session.workshop
        ids = [p.id for p in self._voters(ws)]
        if place.get("voter") in ids:
            self.voter_index = ids.index(place["voter"])
            self._show_vote(ws)

    def action_pair(self, side: int) -> None:
        ws = self.session.workshop
        if ws.voting.method != "pairwise" or self.pair is None:
            return
        a, b = self.pair
        winner = self.pair[side]
        self.edit(
            lambda w: voting.record_pair(w, a, b, winner),
            label=t("tui.vote.pair_answered"),
            urgent=True,
        )

    def action_undo_pair(self) -> None:
        if self.session.workshop.voting.method == "pairwise":
            self.edit(voting.undo_last_pair, label=t("tui.vote.key_undo_pair"), urgent=True)

    def action_reveal(self) -> None:
        """F9 shows the results; pressed again it keeps them shown (hiding is Ctrl+G)."""
        if not self.session.workshop.voting.results_hidden:
            # already shown: nothing changes, not even the focus (a field keeps its text)
            self.notify(key_text(self.screen, "tui.vote.already_shown"))
            return
        self.edit(lambda ws: voting.set_hidden(ws, False), label=t("tui.vote.key_reveal"))
        self.call_after_refresh(self._results_from_the_top)
        focused = self.screen.focused
        results = self.query_one(TabbedContent).get_pane("tab-results")
        if focused is not None and results in focused.ancestors:
            return  # typing a reason, or on the results: the focus stays there
        self.show_tab("tab-results")
        self.query_one("#reason", Input).focus()  # where the room's reasons are typed

    def action_hide_results(self) -> None:
        """Hide the results again (a new round of voting): never on F9."""
        if not self.session.workshop.voting.results_hidden:
            self.edit(lambda ws: voting.set_hidden(ws, True), label=t("tui.vote.key_hide"))

    def action_priority(self) -> None:
        ref = self._selected_problem()
        if ref is None:
            return
        current = self.session.workshop.voting.priority_id
        target = None if current == ref else ref
        self.edit(
            lambda ws: voting.set_priority(ws, target),
            label=t("tui.vote.priority_marked", title=self._title(ref)),
        )
