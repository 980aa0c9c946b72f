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


class PraPalette(CommandPalette):
    """Textual's palette, its "no matches" line in the facilitator's language (rev15 P8: it
    said "No matches found" in English in the Indonesian window)."""

    def _start_no_matches_countdown(self, search_value: str) -> None:
        """As Textual 8.2's own (``CommandPalette._start_no_matches_countdown``), with the
        catalogue's sentence: a query that matched nothing says so after a moment."""
        from rich.align import Align
        from rich.text import Text
        from textual.widgets.option_list import Option

        self._stop_no_matches_countdown()

        def show_no_matches() -> None:
            if search_value:
                self.query_one(CommandList).add_option(
                    Option(
                        Align.center(Text(t("tui.palette.no_matches"), style="not bold")),
                        disabled=True,
                        id=self._NO_MATCHES,
                    )
                )
                self._list_visible = True
            else:  # discovery (nothing typed): nothing to say
                self._list_visible = False

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show_no_matches)


class ThemeChoices(Provider):
    """The colour themes pra offers (:data:`~pra.tui.themes.THEME_CHOICES`), each by its name
    in the facilitator's language: Textual's list named two dozen themes in English
    (dracula, catppuccin-…) that the room never needs."""

    def _choices(self) -> list[tuple[str, Callable[[], None]]]:
        from pra.tui.themes import THEME_CHOICES

        def choose(name: str) -> None:
            self.app.theme = name

        return [
            (t(f"tui.palette.theme_name.{name}"), partial(choose, name))
            for name in THEME_CHOICES
            if name in self.app.available_themes
        ]

    async def discover(self) -> Hits:
        for label, callback in self._choices():
            yield DiscoveryHit(label, callback)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for label, callback in self._choices():
            if (score := matcher.match(label)) > 0:
                yield Hit(score, matcher.highlight(label), callback)
