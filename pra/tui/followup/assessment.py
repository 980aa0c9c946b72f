"""The assessment form: the five result areas, their criteria ticked, the grade shown live.

A date (and who assesses) then Enter starts an assessment; its criteria are a
list of checkboxes, grouped by area (Enter or the space bar ticks one; a sentence typed
on the list by mistake ticks nothing: after a letter, its spaces are not ticks). Every
tick is an edit (Ctrl+Z undoes it) and the line above the list shows the scores
and the grade the workshop's rule gives, at once. A grade set by hand needs its
reason: choose the grade, write why, Enter.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.cells import cell_len
from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.widget import Widget
from textual.widgets import Input, Select, SelectionList, Static

from pra.edit import followup as fu
from pra.i18n import t
from pra.model import Workshop
from pra.model.followup import CRITERIA, RESULT_AREAS, Assessment, ResultArea
from pra.plan.followup import area_name, criterion_text, lkm_readiness, score
from pra.plan.formatting import format_date, format_percent
from pra.tui.followup.pane import FollowUpPane
from pra.tui.keys import KeyHint
from pra.tui.widgets.choice import ChoiceSelect
from pra.tui.widgets.field import TextField
from pra.tui.widgets.ticklist import TickList

if TYPE_CHECKING:
    from pra.tui.session import Session

BY_RULE = "-"
"""The override choice that leaves the grade to the rule."""


class AssessmentPane(FollowUpPane):
    """The assessment tab (see the module docstring)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "ctrl+left", "assessment(-1)", t("tui.followup.key.previous_assessment"), show=False
        ),
        Binding("ctrl+right", "assessment(1)", t("tui.followup.key.next_assessment"), show=False),
        Binding("delete", "remove_assessment", t("tui.followup.key.remove_assessment")),
        # the list's own space bar, in the room's words (named in F1): ahead of the list,
        # which would tick inside a sentence typed on it
        Binding("space", "tick", t("tui.followup.key.tick"), show=False, priority=True),
    ]

    def __init__(self, session: Session) -> None:
        super().__init__(session, id="fu-assessment-pane")
        self.assessment_id: str | None = None
        self.in_sentence = False
        """A letter was typed on the criteria: the spaces after it are a sentence's, not ticks,
        until a key that is not text (an arrow, Enter, Tab) is pressed."""

    def compose(self) -> ComposeResult:
        with Horizontal(classes="entry"):
            date = TextField(
                placeholder=t("tui.followup.assessment.new_date"), compact=True, id="fu-as-date"
            )
            # as wide as its hint ("… lalu Enter" was cut at 100 columns); the assessor takes the rest
            date.styles.width = cell_len(date.placeholder) + 2
            yield date
            yield TextField(
                placeholder=t("tui.followup.assessment.assessor"),
                compact=True,
                id="fu-as-assessor",
            )
        yield Static(id="fu-as-heading", classes="fu-heading")
        yield Static(id="fu-as-areas")
        yield TickList[str](id="fu-criteria")
        with Horizontal(classes="entry"):
            yield ChoiceSelect(
                [(t("tui.followup.assessment.by_rule"), BY_RULE)],
                allow_blank=False,
                compact=True,
                id="fu-as-grade",
            )
            yield TextField(
                placeholder=t("tui.followup.assessment.reason"), compact=True, id="fu-as-reason"
            )
        yield KeyHint("tui.followup.assessment.keys", classes="form-hint")

    @property
    def assessment(self) -> Assessment | None:
        group = self.group
        if group is None:
            return None
        items = group.followup.assessments
        found = next((a for a in items if a.id == self.assessment_id), None)
        return found or (items[-1] if items else None)

    def show(self, ws: Workshop, group_id: str | None) -> None:
        assessment = self.assessment
        self.assessment_id = assessment.id if assessment is not None else None
        heading = self.query_one("#fu-as-heading", Static)
        areas = self.query_one("#fu-as-areas", Static)
        criteria = self.query_one("#fu-criteria", SelectionList)
        grade = self.query_one("#fu-as-grade", ChoiceSelect)
        options = [(t("tui.followup.assessment.by_rule"), BY_RULE)]
        options += [(band.grade, band.grade) for band in ws.grading.bands]
        if not grade.offers(options):
            grade.set_options(options)
        if assessment is None:
            heading.update(t("tui.followup.assessment.none"))
            areas.update("")
            criteria.clear_options()
            return
        grading = score(assessment, ws.grading)
        items = self.group.followup.assessments if self.group is not None else ()
        # the one LKM rule (grade, repayment, PAR30, lender arrears) on the assessment's day
        lkm = lkm_readiness(ws, self.group, assessment.date, grading) if self.group else None
        key = "tui.followup.assessment.heading"
        if grading.overridden:
            key = "tui.followup.assessment.heading_override"
        heading.update(
            t(
                key,
                n=items.index(assessment) + 1,
                count=len(items),
                date=format_date(assessment.date),
                assessor=assessment.assessor or "–",
                grade=grading.grade,
                by_rule=grading.by_rule,
                percent=format_percent(grading.percent.quantize(1)),
                reason=grading.reason,
                eligible=t("tui.followup.assessment.eligible")
                if lkm is not None and lkm.ready
                else t(
                    "tui.followup.assessment.not_eligible",
                    reasons=lkm.shortfalls().text() if lkm is not None else "–",
                ),
            )
        )
        areas.update(
            # an area and its count on one line: never "Jaringan" / "2/3"
            "  ·  ".join(
                f"{area_name(a.area)} {len(a.met)}/{a.total}".replace(" ", "\u00a0")
                for a in grading.areas
            )
        )
        keep = criteria.highlighted
        met = set(assessment.met)
        criteria.clear_options()
        for area in RESULT_AREAS:
            for key_ in CRITERIA[area]:
                on = (area, key_) in met
                prompt = Text(f"{area_name(area)}: {criterion_text(area, key_)}")
                criteria.add_option((prompt, f"{area}/{key_}", on))
        if criteria.option_count:
            criteria.highlighted = min(keep or 0, criteria.option_count - 1)
        focused = self.screen.focused
        if focused is not grade:
            value = assessment.grade_override or BY_RULE
            if grade.value != value:
                grade.value = value
        self.show_value(self.query_one("#fu-as-reason", Input), assessment.override_reason)

    # -- editing ------------------------------------------------------------------------
    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if event.input.id == "fu-as-assessor" and not self._typed_date():
            self._set_assessor()
        elif event.input.id in {"fu-as-date", "fu-as-assessor"}:
            self._add()
        elif event.input.id == "fu-as-reason":
            self._override()

    def keep(self, field: Input) -> None:
        """The reason of a grade by hand is kept for the assessment shown (F3, ^←/^→, Ctrl+Q)
        as Enter keeps it, when it says something new; a new assessment's date and assessor
        wait for their Enter (kept now, they would add an assessment nobody asked for)."""
        assessment = self.assessment
        if field.id != "fu-as-reason" or assessment is None:
            return
        chosen = self.query_one("#fu-as-grade", Select).value
        if chosen in (BY_RULE, Select.BLANK) and assessment.grade_override is None:
            return  # a reason with no grade by hand: nothing it could be kept for
        if field.value.strip() != assessment.override_reason:
            self._override()

    def _add(self) -> None:
        date = self.query_one("#fu-as-date", Input)
        assessor = self.query_one("#fu-as-assessor", Input)
        gid = self.group_id
        typed, who = date.value, assessor.value
        if gid is None or not typed.strip():
            date.focus()
            return
        if self.change(
            lambda ws, g: fu.add_assessment(ws, g, typed, assessor=who),
            t("tui.followup.assessment.added"),
        ):
            date.value = ""
            group = self.session.workshop.group(gid)
            self.assessment_id = group.followup.assessments[-1].id if group else None
            self.refresh_pane(gid)
            self.query_one("#fu-criteria", SelectionList).focus()

    def _typed_date(self) -> bool:
        return bool(self.query_one("#fu-as-date", Input).value.strip())

    def _set_assessor(self) -> None:
        """A name typed in "penilai" without a new date: the shown assessment's assessor."""
        assessment = self.assessment
        assessor = self.query_one("#fu-as-assessor", Input)
        who = assessor.value.strip()
        if assessment is None or not who:
            self.query_one("#fu-as-date", Input).focus()
            return
        aid = assessment.id
        if self.change(
            lambda ws, g: fu.update_assessment(ws, g, aid, assessor=who),
            t("tui.followup.assessment.assessor_set", name=who),
        ):
            assessor.value = ""

    def _override(self) -> None:
        assessment = self.assessment
        if assessment is None:
            return
        chosen = self.query_one("#fu-as-grade", Select).value
        field = self.query_one("#fu-as-reason", TextField)
        reason = field.value
        grade = None if chosen in (BY_RULE, Select.BLANK) else str(chosen)
        aid = assessment.id
        if self.change(
            lambda ws, g: fu.set_override(ws, g, aid, grade, reason),
            t("tui.followup.assessment.override_set"),
        ):
            field.forget_typing()  # kept: Ctrl+Z now undoes the grade, not the typing

    def on_select_changed(self, event: Select.Changed) -> None:
        """Back to the rule: at once; a grade by hand waits for its reason (Enter there)."""
        event.stop()
        assessment = self.assessment
        if event.select.id != "fu-as-grade" or assessment is None:
            return
        if event.value == BY_RULE and assessment.grade_override is not None:
            aid = assessment.id
            self.change(
                lambda ws, g: fu.set_override(ws, g, aid, None),
                t("tui.followup.assessment.override_set"),
            )

    def _toggle(self, value: str) -> None:
        assessment = self.assessment
        if assessment is None:
            return
        area, _, key = value.partition("/")
        aid = assessment.id
        ref: ResultArea = next(a for a in RESULT_AREAS if a == area)
        self.change(
            lambda ws, g: fu.toggle_criterion(ws, g, aid, ref, key),
            t("tui.followup.assessment.ticked"),
        )

    def on_selection_list_selection_toggled(
        self, event: SelectionList.SelectionToggled[str]
    ) -> None:
        event.stop()
        self._toggle(str(event.selection.value))

    def on_key(self, event: events.Key) -> None:
        """A key that is not text ends a sentence (Textual then runs the pane's ``on_key``)."""
        if not event.is_printable:
            self.in_sentence = False

    def typing_target(self, widget: Widget, character: str) -> bool:
        """The space bar ticks a criterion as Enter does, but not inside a sentence.

        The list takes no text: a letter typed on it says so (once per sentence),
        and the spaces of that sentence tick nothing.
        """
        if not isinstance(widget, SelectionList):
            return False
        if character != " ":
            if not self.in_sentence:
                self.notify(t("tui.followup.assessment.no_text"), severity="warning")
            self.in_sentence = True
            return True
        self.action_tick()
        return True

    def action_tick(self) -> None:
        """The space bar on the criteria: the highlighted one ticked, unless a sentence is
        being typed there."""
        criteria = self.query_one("#fu-criteria", SelectionList)
        index = criteria.highlighted
        if index is not None and not self.in_sentence:
            self._toggle(str(criteria.get_option_at_index(index).value))

    def action_assessment(self, delta: int) -> None:
        group = self.group
        assessment = self.assessment
        if group is None or assessment is None:
            return
        self.commit_pending()  # a reason being typed is the shown assessment's
        items = group.followup.assessments
        index = max(0, min(len(items) - 1, items.index(assessment) + delta))
        self.assessment_id = items[index].id
        self.refresh_pane(self.group_id)

    def action_remove_assessment(self) -> None:
        assessment = self.assessment
        if assessment is None:
            return
        aid = assessment.id
        said = t(
            "tui.followup.assessment.removed",
            date=format_date(assessment.date),
            grade=score(assessment, self.ws.grading).grade,
        )
        self.assessment_id = None
        self.removed(lambda ws, g: fu.remove_assessment(ws, g, aid), said)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in {"remove_assessment", "tick"}:
            return self.screen.focused is self.query_one("#fu-criteria")
        return True

    def focus_first(self) -> None:
        if self.assessment is None:
            self.screen.set_focus(self.query_one("#fu-as-date", Input))
        else:
            self.screen.set_focus(self.query_one("#fu-criteria", SelectionList))
