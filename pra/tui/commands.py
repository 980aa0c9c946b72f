"""The command palette (Ctrl+P): jump to any step, group or participant by typing."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

from pra.i18n import t
from pra.model import PraStep
from pra.tui.widgets.stepper import step_label


class JumpProvider(Provider):
    """Steps, groups (opens the group's success circle) and participants."""

    def _targets(self) -> list[tuple[str, Callable[[], None]]]:
        from pra.tui.screen import WorkshopScreen

        screen = self.screen
        if not isinstance(screen, WorkshopScreen):
            return []
        ws = screen.session.workshop
        targets: list[tuple[str, Callable[[], None]]] = [
            (t("tui.jump.step", step=step_label(step)), partial(screen.go, step))
            for step in PraStep
        ]
        group_step = screen.current if screen.current.per_group else PraStep.SUCCESS
        targets += [
            (t("tui.jump.group", group=g.name), partial(screen.go, group_step, g.id))
            for g in ws.groups
        ]
        targets += [
            (t("tui.jump.participant", name=p.name), partial(screen.show_participant, p.id))
            for p in ws.participants
        ]
        return targets

    async def discover(self) -> Hits:
        for text, command in self._targets():
            yield DiscoveryHit(text, command)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for text, command in self._targets():
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, matcher.highlight(text), command, text=text)
