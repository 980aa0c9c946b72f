"""The stepper: every workshop step with its mark (a shape, explained in words below the list, never colour alone)."""

from __future__ import annotations

from textual.widgets import OptionList
from textual.widgets.option_list import Option

from pra.i18n import t
from pra.model import PraStep, Workshop
from pra.tui.progress import MARKS, step_progress


def step_label(step: PraStep) -> str:
    return f"{list(PraStep).index(step) + 1} {t(f'step.{step.value}')}"


class Stepper(OptionList):
    """Enter on a step opens it; the highlighted row follows the open step."""

    DEFAULT_CSS = """
    Stepper { width: 35; height: 1fr; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(*[Option(step_label(s), id=s.value) for s in PraStep], id=id)
        self.border_subtitle = " ".join(
            f"{MARKS[state]} {t(f'tui.progress.{state}')}" for state in reversed(MARKS)
        )

    def show(self, ws: Workshop, current: PraStep) -> None:
        for index, step in enumerate(PraStep):
            state = step_progress(ws, step)
            here = "▶ " if step is current else "  "
            prompt = f"{here}{MARKS[state]} {step_label(step)}"
            self.replace_option_prompt_at_index(index, prompt)
        self.highlighted = list(PraStep).index(current)
