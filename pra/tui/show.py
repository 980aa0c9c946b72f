"""``pra show FILE``: the room-facing view of a workshop, for the wall.

The facilitator keeps the workshop open on the laptop (notes, keys, typing);
this screen, in a second window on the extended display, shows the room the
same workshop large and clean: the step's content over the whole width, the
high-contrast projector theme, no notes panel, no footer of facilitator keys,
no focus or cursor to distract. It is read-only and follows the file as the
facilitator's window saves it (:mod:`pra.tui.follow`).

The facilitator's window records where it is (step, group, tab, voter) in a
note beside the file (:mod:`pra.store.place`); this view opens the same place
whenever the note changes (:meth:`RoomScreen.follow`). Whoever sits at the wall
display may still move it with F7/F8 (steps), F3 (groups) and F5/F6 (parts of a
step) until the facilitator moves next; ``pra show --help`` and the status line say so.

The follow-up (Pendampingan, F4 in the facilitator's window) is not shown to the room:
its meetings hold each member's savings, loans and arrears, which are not the room's to
read on a wall. While the facilitator is there (the note's ``step`` is ``followup``)
the wall says so plainly, title and status line included, instead of claiming to
follow (:meth:`RoomScreen.away`); the workshop comes back with the facilitator's next
step, or F7/F8 here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import Static

from pra.i18n import t
from pra.model import PraStep, Workshop
from pra.tui.screen import MIN_SIZE, WorkshopScreen
from pra.tui.steps import StepView
from pra.tui.title_bar import group_part
from pra.tui.widgets.stepper import step_label

if TYPE_CHECKING:
    from textual.widget import Widget

ROOM_ACTIONS: frozenset[str] = frozenset(
    {"step", "next_group", "next_group_anywhere", "tab", "scroll"}
)
"""The only keys that work here: moving around, never editing."""


class RoomScreen(WorkshopScreen):
    """The workshop as the room sees it: content only, read-only, following the file."""

    BINDINGS: ClassVar[list[BindingType]] = [
        # Nothing has the focus here, so the arrows scroll what the room looks at.
        Binding("up", "scroll('up')", show=False),
        Binding("down", "scroll('down')", show=False),
        Binding("pageup", "scroll('page_up')", show=False),
        Binding("pagedown,space", "scroll('page_down')", show=False),
        Binding("home", "scroll('home')", show=False),
        Binding("end", "scroll('end')", show=False),
    ]
    AUTO_FOCUS = ""  # none: not even the first field (None would take the app's "*")
    # its look is pra.tcss's projector mode (the screen has the -projector class, and never
    # -short: on_resize below keeps the workshop screen's sizing out), content padded 1 3

    pending_place: dict[str, str] | None = None
    """The facilitator's place, for a view being built to show it (its tabs are not there yet)."""
    away_group: str | None = None
    """While the facilitator is in the follow-up (not shown here): the group's name there."""

    def compose(self) -> ComposeResult:
        self.set_class(True, "-projector", update=False)
        self.set_class(True, "-room", update=False)
        texts = self._frame_texts(self.session.workshop)
        yield Static(texts["title-bar"], id="title-bar")
        with Horizontal(id="body"), Vertical(id="content"):
            yield Static(texts["no-group"], id="no-group")
        away = Static(texts["away"], id="away")
        away.display = False
        yield away
        yield Static(texts["status"], id="status")
        too_small = Static(texts["too-small"], id="too-small")  # WorkshopScreen._fit shows it
        too_small.display = False
        yield too_small

    def on_resize(self, event: events.Resize) -> None:
        """No notes panel and no footer to fit: the content takes the whole width anyway."""
        event.prevent_default()  # the workshop screen's handler would look for its footer

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Undo, notes, projector and save-as are the facilitator's: not here."""
        if action not in ROOM_ACTIONS:
            return False
        return super().check_action(action, parameters)

    def go(self, step: PraStep, group_id: str | None = None, *, keep_notices: bool = False) -> None:
        self._show_away(None)
        super().go(step, group_id, keep_notices=keep_notices)
        self.set_focus(None)  # nothing to type into, no cursor on the wall

    def away(self, place: Mapping[str, str]) -> None:
        """The facilitator is in the follow-up: say so, in place of the step it is not."""
        group = self.session.workshop.group(place.get("group", ""))
        self._show_away(group.name if group is not None else "–")

    def _show_away(self, group: str | None) -> None:
        if group == self.away_group:
            return
        self.away_group = group
        self.query_one("#body").display = group is None
        self.query_one("#away").display = group is not None
        self._render_frame(self.session.workshop)

    def set_focus(
        self, widget: Widget | None, scroll_visible: bool = True, from_app_focus: bool = False
    ) -> None:
        """Nothing ever takes the focus here: a view shown again asks for it in the app's next
        turn (after :meth:`go` let it go), and F8 on the last step put the cursor in the
        review's list on the wall."""
        super().set_focus(None, scroll_visible, from_app_focus)

    def _focus_if_shown(self, view: StepView) -> None:
        self.refresh_bindings()
        if self.pending_place is not None and view.step is self.current:
            # a view opened by the facilitator's place: its tabs are there now
            view.follow_place(self.pending_place)
            self.pending_place = None

    def follow(self, place: Mapping[str, str]) -> None:
        """Open the step, group, tab and voter the facilitator's window has open."""
        if place.get("step") == "followup":
            self.away(place)
            return
        try:
            step = PraStep(place.get("step", ""))
        except ValueError:
            return  # a note from another version of pra: stay where the room is
        group = place.get("group")
        if group is not None and self.session.workshop.group(group) is None:
            group = None
        fresh = step not in self.views
        if step is not self.current or (group is not None and group != self.group_id):
            self.go(step, group)
        view = self.views.get(self.current)
        if view is None:
            return
        if fresh:
            self.pending_place = dict(place)  # applied once the new view is shown
        else:
            view.follow_place(place)

    def action_tab(self, delta: int) -> None:
        super().action_tab(delta)
        self.set_focus(None)

    def action_scroll(self, how: str) -> None:
        """Scroll the largest part of the step on screen that has more to show."""
        target = self._scroller()
        if target is not None:
            getattr(target, f"scroll_{how}")(animate=False)

    def _scroller(self) -> Widget | None:
        view = self.views.get(self.current)
        if view is None or not view.display:
            return None
        parts = [view, *view.query("*")]
        scrollable = [
            w for w in parts if w.is_on_screen and w.allow_vertical_scroll and w.max_scroll_y > 0
        ]
        return max(scrollable, key=lambda w: w.region.area, default=None)

    def _frame_texts(self, ws: Workshop) -> dict[str, str]:
        title = ws.info.title or ws.info.place.village or t("tui.untitled")
        away = t("tui.show.away", group=self.away_group or "–")
        if self.away_group is not None:
            return {
                "title-bar": "  ·  ".join(
                    [t("tui.show.away_title"), group_part(self.away_group), title]
                ),
                "no-group": t("tui.needs_group"),
                "away": away,
                "status": t("tui.show.status_away"),
                "too-small": t("tui.layout.too_small", width=MIN_SIZE[0], height=MIN_SIZE[1]),
            }
        step = self.current
        parts = [step_label(step)]
        if step.per_group:
            group = ws.group(self.group_id) if self.group_id else None
            if group is not None:
                parts.append(group_part(group.name))  # said once (title_bar.py)
        parts.append(ws.info.title or ws.info.place.village or t("tui.untitled"))
        status = t("tui.show.status")
        if self.session.followed is not None:
            status += t("tui.follow.status_updated", time=self.session.followed.strftime("%H:%M"))
        return {
            "title-bar": "  ·  ".join(parts),
            "no-group": t("tui.needs_group"),
            "away": away,
            "status": status,
            "too-small": t("tui.layout.too_small", width=MIN_SIZE[0], height=MIN_SIZE[1]),
        }

    def _render_frame(self, ws: Workshop) -> None:
        for widget_id, text in self._frame_texts(ws).items():
            static = self.query_one(f"#{widget_id}", Static)
            if static.content != text:
                static.update(text)
        self.sub_title = ws.info.title or ws.info.place.village or t("tui.untitled")
