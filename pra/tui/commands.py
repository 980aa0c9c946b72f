"""The command palette (Ctrl+P): jump to any step, group or participant by typing."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from textual.command import CommandList, CommandPalette, DiscoveryHit, Hit, Hits, Provider

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


def palette_chooses(palette: CommandPalette) -> bool:
    """Whether Enter on ``palette`` now runs a command (and the palette closes).

    As Textual's palette does: a highlighted hit is chosen; with none highlighted,
    Enter highlights the first, and chooses it only when it is the only one. A hit
    that is not a command ("No matches found") is disabled and chooses nothing, so
    the keys typed after such an Enter must not wait for a palette that stays open.
    """
    hits = palette.query_one(CommandList)
    if not hits.visible or not hits.option_count:
        return False
    index = hits.highlighted
    if index is None:
        if hits.option_count != 1:
            return False
        index = 0
    return not hits.get_option_at_index(index).disabled
