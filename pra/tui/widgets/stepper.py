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

    def __init__(self, ws: Workshop, current: PraStep, *, id: str | None = None) -> None:
        self._prompts = _prompts(ws, current)
        super().__init__(
            *[Option(prompt, id=s.value) for s, prompt in zip(PraStep, self._prompts, strict=True)],
            id=id,
        )
        self.border_subtitle = " ".join(
            f"{MARKS[state]} {t(f'tui.progress.{state}')}" for state in reversed(MARKS)
        )
        self.highlighted = list(PraStep).index(current)

    def show(self, ws: Workshop, current: PraStep) -> None:
        """Marks and the open step from ``ws``; only the rows that changed are replaced."""
        prompts = _prompts(ws, current)
        for index, (old, new) in enumerate(zip(self._prompts, prompts, strict=True)):
            if old != new:
                self.replace_option_prompt_at_index(index, new)
        self._prompts = prompts
        self.highlighted = list(PraStep).index(current)


def _prompts(ws: Workshop, current: PraStep) -> list[str]:
    prompts = []
    for step in PraStep:
        here = "▶ " if step is current else "  "
        prompts.append(f"{here}{MARKS[step_progress(ws, step)]} {step_label(step)}")
    return prompts
