"""Step 11, review and print (periksa dan cetak).

Lists everything missing or doubtful, each entry a link (Enter) to the step and
group where it is fixed, and exports the plans (Word) in a worker so the
screen never freezes while documents are written.

What blocks printing (``ReviewFinding.blocking``, as ``pra check`` and ``pra export``
judge it) is listed first with its own mark and word; F9 then does not print: it
says what blocks, and that the same key pressed again prints a draft (as ``pra
export --draft``). Any change to the workshop asks again.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from pra.i18n import t
from pra.model import PraStep, Workshop
from pra.tui.keys import KeyHint
from pra.tui.review import ReviewFinding, review_findings
from pra.tui.session import Session
from pra.tui.steps.base import StepView, register
from pra.tui.widgets.stepper import step_label


@register
class ReviewView(StepView):
    step = PraStep.REVIEW

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f9", "export", t("tui.review.view.key_export")),
    ]

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.findings: list[ReviewFinding] = []
        self.draft_asked = False
        """F9 said what blocks printing: the next F9 prints a draft (until the workshop changes)."""

    def compose(self) -> ComposeResult:
        yield Static(id="review-head", classes="section-title")
        yield OptionList(id="review-list")
        yield KeyHint("tui.review.view.export_help", classes="hint")
        yield Static(id="export-result")

    def show(self, ws: Workshop, group_id: str | None) -> None:
        findings = review_findings(ws)
        if findings != self.findings and self.draft_asked:
            self.draft_asked = False  # what blocks changed: F9 asks again
            self.query_one("#export-result", Static).update("")
        self.findings = findings
        blocking = sum(f.blocking for f in findings)
        head = self.query_one("#review-head", Static)
        room = "_room" if self.room else ""
        if blocking:
            text = t(
                f"tui.review.view.head_blocked{room}",
                blocking=blocking,
                reminders=len(findings) - blocking,
            )
        elif findings:
            text = t(f"tui.review.view.head{room}", n=len(findings))
        else:
            text = t("tui.review.view.all_good")
        head.update(text)
        listing = self.query_one("#review-list", OptionList)
        listing.display = bool(self.findings)
        highlighted = listing.highlighted
        listing.clear_options()
        listing.add_options(
            [
                Option(f"{f.marked()}  → {step_label(f.step)}", id=str(i))
                for i, f in enumerate(self.findings)
            ]
        )
        if self.findings:
            listing.highlighted = min(highlighted or 0, len(self.findings) - 1)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        finding = self.findings[int(event.option.id or 0)]
        from pra.tui.screen import WorkshopScreen

        screen = self.screen
        if isinstance(screen, WorkshopScreen):
            screen.go(finding.step, finding.group_id)

    def _said(self, result: Static, text: str) -> None:
        """What F9 made, in sight: the step scrolls to it."""
        result.update(text)
        self.call_after_refresh(result.scroll_visible, animate=False)

    def action_export(self) -> None:
        session = self.session
        out = (session.path.parent if session.path else Path.cwd()) / "rencana-usaha"
        ws = session.workshop
        result = self.query_one("#export-result", Static)
        blocking = sum(f.blocking for f in self.findings)
        if blocking and not self.draft_asked:
            from pra.tui.keys import key_text

            self.draft_asked = True
            result.update(key_text(self.screen, "tui.review.view.blocked", joiner=" ", n=blocking))
            return
        draft = bool(blocking)
        result.update(t("tui.review.view.exporting"))

        def work() -> None:
            try:
                import importlib

                paths = importlib.import_module("pra.export").write_plans(ws, out)
            except Exception as error:
                message = getattr(error, "message", None)
                text = message() if callable(message) else str(error)
                self.app.call_from_thread(
                    result.update, t("tui.review.view.export_failed", reason=text)
                )
            else:
                listing = "\n".join(f"• {p}" for p in paths)
                said = t("tui.review.view.exported", n=len(paths), files=listing)
                if draft:
                    said = f"{t('tui.review.view.draft_printed', n=blocking)}\n{said}"
                self.app.call_from_thread(self._said, result, said)

        self.run_worker(work, thread=True, exclusive=True, group="export", exit_on_error=False)
