"""One key at a time: a key read from the terminal waits until the key before it is handled.

Textual reads each key in the app's turn and hands it to the focused widget's
queue at once, while the app reads on. The widget (and its parents, as the key
bubbles up) handle it later, in their own turns, and the key's non-priority
binding (a table's Up/Down, Enter that ticks or submits, a view's Ctrl+→) runs
only when the key has bubbled back up to the app, after the app has already
handed on the keys typed behind it. A burst mixing keys handled by a widget
with keys handled by a binding then acted out of order: ``Enter Enter Ctrl+→``
moved to the next voter before the dots were given, ``Up Space`` ticked the row
being left, ``8rb Enter 9rb`` typed into the cell before Enter kept it.

:class:`SerialKeysApp` hands on one key, then waits until the widget it went
to and every parent up to the screen have handled what was queued for them (the
key and what it posted on the way up), then until the app has handled what
came back (the key's binding), then until the focused widget and its parents
have handled what that binding posted; only then is the next key handed on.
A key that never comes back does not hold the keyboard: every
:data:`SETTLE_TIMEOUT` the pipeline looks at the node it waits for, and goes on
with the next key when that node was removed or closed meanwhile (a callback
queued to it then never runs); a node still there is only slow (a loaded
machine) and is waited for, up to :data:`HOLD_LIMIT` in all.

Some keys move the focus later than that: a step opened for the first time is
mounted, and its view takes the focus only after its first refresh. Whatever
moves the focus that way calls :func:`hold_keys` when it starts and
:func:`release_keys` once the focus is where the keys belong; the keys typed
meanwhile wait (``F8`` then ``Siti Aminah`` lost its first letters, handed to no
field), up to :data:`HOLD_LIMIT`. Plain typing holds nothing and waits for nothing.
"""

from __future__ import annotations

from collections import deque
from functools import partial
from typing import TYPE_CHECKING

from textual import events
from textual.app import App
from textual.message import Message

if TYPE_CHECKING:
    from textual.dom import DOMNode
    from textual.timer import Timer

SETTLE_TIMEOUT = 1.0
"""Seconds between two looks at whether the node a key waits for is still there."""

HOLD_LIMIT = 10.0
"""Seconds the next key waits at most for the key before it, even for a node still there."""


class KeySettled(Message, bubble=False):
    """Posted to the app when one phase of a key's handling is over (see the module)."""

    def __init__(self, serial: int, phase: int) -> None:
        super().__init__()
        self.serial = serial
        self.phase = phase


class SerialKeysApp(App[None]):
    """An app that hands the keys read from the terminal on one at a time, in order."""

    def __init__(self) -> None:
        super().__init__()
        self._pending_keys: deque[events.Key] = deque()
        self._key_serial = 0
        self._key_in_flight: int | None = None
        self._key_timer: Timer | None = None
        self._key_waits_on: DOMNode | None = None
        self._key_held = 0.0
        self._key_holds: dict[object, Timer] = {}

    def hold_keys(self, holder: object) -> None:
        """Hand no key on until :meth:`release_keys` (``holder``), at most :data:`HOLD_LIMIT`."""
        old = self._key_holds.pop(holder, None)
        if old is not None:
            old.stop()
        self._key_holds[holder] = self.set_timer(HOLD_LIMIT, partial(self.release_keys, holder))

    @property
    def holding_keys(self) -> bool:
        """Whether keys typed now wait for a focus move (:meth:`hold_keys`)."""
        return bool(self._key_holds)

    def release_keys(self, holder: object) -> None:
        """The focus ``holder`` held the keys for has moved: hand on the keys typed meanwhile."""
        timer = self._key_holds.pop(holder, None)
        if timer is None:
            return
        timer.stop()
        if not self._key_holds and self._key_in_flight is None and self._pending_keys:
            self.call_later(self._next_key)

    async def on_event(self, event: events.Event) -> None:
        if not isinstance(event, events.Key) or event.is_forwarded:
            await super().on_event(event)
            return
        self._pending_keys.append(event)
        await self._next_key()

    def before_key(self, event: events.Key) -> None:
        """Called just before ``event`` is handed on, with the keys before it handled."""

    async def _next_key(self) -> None:
        while self._key_in_flight is None and not self._key_holds and self._pending_keys:
            if not self.screen_stack:
                # No screen to hand a key to: the app is closing with keys of a burst
                # still queued (or not started yet: they go on with the next key read).
                return
            event = self._pending_keys.popleft()
            self._key_serial += 1
            serial = self._key_in_flight = self._key_serial
            self._key_waits_on = None
            self._key_held = 0.0
            self._key_timer = self.set_timer(SETTLE_TIMEOUT, partial(self._key_late, serial))
            try:
                self.before_key(event)
                before = self._focus_chain_start()
                await super().on_event(event)
            except BaseException:
                self._key_done(serial, go_on=False)
                raise
            after = self._focus_chain_start()
            starts = [before] if after is before else [before, after]
            self._settle(serial, 1, [node for node in starts if node is not None])

    def _focus_chain_start(self) -> DOMNode | None:
        """Where a key is handed now: the focused widget, else the screen; none while there
        is no screen (starting, or closing with keys of a burst still in flight)."""
        from textual.app import ScreenStackError

        try:
            focused = self.focused  # asks the screen, so it raises too when there is none
            return focused if focused is not None else self.screen
        except ScreenStackError:
            return None

    def _settle(self, serial: int, phase: int, starts: list[DOMNode]) -> None:
        """Post :class:`KeySettled` to the app once each of ``starts`` and its parents below
        the app have handled everything queued for them.

        A callback posted to a node runs after everything already queued there. Each
        node is visited twice, so that what it posted to itself while handling the key
        (an Input's ``Submitted``) is handled, and bubbled on, too; a parent's visit
        comes after its child's, so what the child bubbled up is in its queue by then.
        A node that is closing takes no callback and is passed over.
        """
        nodes: list[DOMNode] = []
        for start in starts:
            for node in start.ancestors_with_self:
                if node is self:
                    break
                nodes += [node, node]

        def visit(index: int) -> None:
            while index < len(nodes):
                if nodes[index].call_later(visit, index + 1):
                    if serial == self._key_in_flight:
                        self._key_waits_on = nodes[index]
                    return
                index += 1
            if serial == self._key_in_flight:
                self._key_waits_on = None
            self.post_message(KeySettled(serial, phase))

        visit(0)

    async def on_key_settled(self, message: KeySettled) -> None:
        if message.serial != self._key_in_flight:
            return  # a key given up on (timeout)
        if message.phase == 1:
            # Posted after the key came back up to the app (its binding has run, in this
            # turn): now what the binding posted to the focused widget.
            start = self._focus_chain_start()
            self._settle(message.serial, 2, [start] if start is not None else [])
            return
        self._key_done(message.serial, go_on=False)
        await self._next_key()

    def _key_late(self, serial: int) -> None:
        """:data:`SETTLE_TIMEOUT` went by with ``serial`` in flight: wait on for a node
        still there, else (removed, closed) go on with the next key."""
        if serial != self._key_in_flight:
            return
        self._key_held += SETTLE_TIMEOUT
        node = self._key_waits_on
        alive = node is None or (node.is_attached and node.is_running)
        if alive and self._key_held < HOLD_LIMIT:
            self._key_timer = self.set_timer(SETTLE_TIMEOUT, partial(self._key_late, serial))
            return
        self._key_done(serial)

    def _key_done(self, serial: int, *, go_on: bool = True) -> None:
        if serial != self._key_in_flight:
            return
        self._key_in_flight = None
        if self._key_timer is not None:
            self._key_timer.stop()
            self._key_timer = None
        if go_on and self._pending_keys:
            self.call_later(self._next_key)


def hold_keys(app: App[object], holder: object) -> None:
    """:meth:`SerialKeysApp.hold_keys` on an app that hands keys on one at a time."""
    if isinstance(app, SerialKeysApp):
        app.hold_keys(holder)


def release_keys(app: App[object], holder: object) -> None:
    """:meth:`SerialKeysApp.release_keys` on an app that hands keys on one at a time."""
    if isinstance(app, SerialKeysApp):
        app.release_keys(holder)
