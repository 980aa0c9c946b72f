"""The stepper: every workshop step with its mark (a shape, explained in words below the list, never colour alone)."""

from __future__ import annotations

from textual.widgets import OptionList
from textual.widgets.option_list import Option

from pra.i18n import t
from pra.model import PraStep, Workshop
from pra.tui.progress import MARKS, step_progress


def step_number(step: PraStep) -> int:
    """The step's number as the step list shows it (1 Persiapan … 13 Periksa dan cetak)."""
    return list(PraStep).index(step) + 1


def step_label(step: PraStep) -> str:
    return f"{step_number(step)} {t(f'step.{step.value}')}"


class Stepper(OptionList):
    """Enter on a step opens it; the highlighted row follows the open step.

    ``short``: only the mark and the number of each step (a narrow terminal, where
    the step's name is in the title bar); the marks' legend is then left out too.
    """

    DEFAULT_CSS = """
    Stepper { width: 35; height: 1fr; }
    """

    def __init__(
        self, ws: Workshop, current: PraStep, *, short: bool = False, id: str | None = None
    ) -> None:
        self.short = short
        self._prompts = _prompts(ws, current, short=short)
        super().__init__(
            *[Option(prompt, id=s.value) for s, prompt in zip(PraStep, self._prompts, strict=True)],
            id=id,
        )
        self.border_subtitle = "" if short else legend()
        self.highlighted = list(PraStep).index(current)

    def set_short(self, short: bool, ws: Workshop, current: PraStep) -> None:
        """Switch between names and numbers only (the screen calls it when its width changes)."""
        if short != self.short:
            self.short = short
            self.border_subtitle = "" if short else legend()
            self.show(ws, current)

    def show(self, ws: Workshop, current: PraStep) -> None:
        """Marks and the open step from ``ws``; only the rows that changed are replaced."""
        prompts = _prompts(ws, current, short=self.short)
        for index, (old, new) in enumerate(zip(self._prompts, prompts, strict=True)):
            if old != new:
                self.replace_option_prompt_at_index(index, new)
        self._prompts = prompts
        self.highlighted = list(PraStep).index(current)


def legend() -> str:
    """What each mark means, in words (under the list)."""
    return " ".join(f"{MARKS[state]} {t(f'tui.progress.{state}')}" for state in reversed(MARKS))


def _prompts(ws: Workshop, current: PraStep, *, short: bool = False) -> list[str]:
    prompts = []
    for number, step in enumerate(PraStep, 1):
        here = "▶ " if step is current else "  "
        label = f"{number:>2}" if short else step_label(step)
        prompts.append(f"{here}{MARKS[step_progress(ws, step)]} {label}")
    return prompts
