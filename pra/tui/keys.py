"""One source for the keys the screen names: the bindings active where a hint is shown.

A catalogue sentence that names a key does not spell it: it names the *action*,
``{key:accept}``, ``{key:step(1)}``, ``{key:focus_next}``, and :func:`key_text`
fills in the key bound to that action on the screen right now, in the footer's
own form (:meth:`App.get_key_display`). So the footer, the notes (F1) and every
hint name the same key, and a binding moved to another key moves every sentence
with it.

- An action without arguments in a placeholder matches the action with any
  (``{key:tab}`` is F5 or F6, whichever comes first); with arguments it matches
  exactly; ``{key:*ACTION}`` names every key of the action (``y/⏎``).
  ``anywhere('x', …)`` (a key that runs action ``x`` on every tab of a
  step) counts as action ``x``. The app's namespace (``app.focus_next``) is ignored.
- The key is the first *enabled* active binding of the action, as the footer picks
  it. While a text field has the focus, Textual does not count the keys it types
  as active (``x`` then is not, F9 beside it is).
- Sentences are lists of parts separated by `` · ``. A part naming an action that
  has no active key here is left out (the pairwise keys while dots are voted, the
  suggestion key on a tab without suggestion); a sentence without separators
  is then left out whole.

:class:`KeyHint` is a ``Static`` that shows such sentences and writes them again
whenever the screen's bindings change (focus, tab, method), and records which keys
it named (:attr:`KeyHint.named_keys`), which the key-hint test checks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

from textual.binding import Binding
from textual.widgets import Static

from pra.i18n import t

if TYPE_CHECKING:
    from textual.screen import Screen

MOVE_KEYS = Binding.Group(t("tui.footer.move"), compact=True)
"""Shift+↑ and Shift+↓ (a row up, down) side by side under one word in the footer."""


class OwnWords(Binding.Group):
    """Keys side by side under one word in the footer (``^k ^e ^r Jabatan``) that each do
    their own thing: the notes (F1) list them one by one, each in its binding's words.
    (The keys of any other group do one thing, and the notes give them one line:
    ``F7/F8 Langkah``.)"""


SEPARATOR: Final = " · "
"""Between the parts of a hint; a part whose key is not active here is left out."""
_MISSING: Final = "\x00"


QUIT_KEY: Final = "ctrl+q"
"""The app's quit key; messages name it by :func:`key_display` as the footer writes it."""
SAVE_AS_KEY: Final = "ctrl+s"
"""The workshop screen's save-elsewhere key (named by the cannot-save messages)."""


def key_display(key: str, given: str | None = None) -> str:
    """How every text on screen writes the key ``key`` (a Textual name such as ``ctrl+s``):
    the footer and notes (:meth:`PraApp.get_key_display`) and the messages that name a key
    outside the bindings' hints (``tui.saving.cannot_save_here``: it said ``Ctrl+S`` while
    the footer and the failed-save status said ``^s``). ``given`` is a binding's own
    ``key_display``, which wins.

    ``F9``, ``Esc``, ``spasi``, ``Del`` (the names are in the catalogue, ``tui.key.name``);
    with Ctrl, Textual's compact ``^s``, ``^↑``: the footer has no room at 100 columns for
    ``Ctrl+S`` on every key (``tests/tui/footer_fit.py``: three steps went over). Measured
    again for issue #12 (h-room6, ``Ctrl+P`` style from here): at 100 columns 4 of 13
    footers go over in Indonesian (participants table 101/100, problems list 112/100, vote
    101/100, pledges table 108/100) and 2 in English (103/100, 104/100), so ``^`` stays."""
    from textual.keys import format_key

    from pra.i18n import has

    if given:
        return given
    *modifiers, bare = key.split("+") if key != "+" else [key]
    if not modifiers and has(f"tui.key.name.{bare}"):
        return t(f"tui.key.name.{bare}")
    if re.fullmatch(r"f\d{1,2}", bare):
        return "+".join([*modifiers, bare.upper()])
    name = format_key(bare)
    if "ctrl" in modifiers:
        modifiers.remove("ctrl")
        name = f"^{name}"
    return "+".join([*modifiers, name])


def _action_parts(action: str) -> tuple[str, tuple[object, ...]]:
    """``(name, arguments)`` of an action string, ``anywhere('x', 1)`` read as ``x(1)``."""
    from textual.actions import parse

    _, name, args = parse(action)
    if name == "anywhere" and args and isinstance(args[0], str):
        return args[0], tuple(args[1:])
    return name, tuple(args)


def matches(binding_action: str, wanted: str) -> bool:
    """Does a binding's action do what the placeholder ``wanted`` names?"""
    name, args = _action_parts(binding_action)
    want_name, want_args = _action_parts(wanted)
    if name != want_name:
        return False
    return "(" not in wanted or args == want_args


def enabled_bindings(screen: Screen[Any]) -> list[Binding]:
    """The bindings active and enabled on ``screen`` now, in the footer's order.

    Textual leaves out of the active bindings a key that the focused widget takes
    (a letter while an input field has the focus), so a hint never names it there.
    """
    return [active.binding for active in screen.active_bindings.values() if active.enabled]


def bindings_for(
    screen: Screen[Any], action: str, enabled: list[Binding] | None = None
) -> list[Binding]:
    """The enabled bindings active on ``screen`` that run ``action``, in the footer's order.

    ``enabled`` is :func:`enabled_bindings` of the screen if already at hand.
    """
    return [
        binding
        for binding in (enabled if enabled is not None else enabled_bindings(screen))
        if matches(binding.action, action)
    ]


def key_for(screen: Screen[Any], action: str) -> Binding | None:
    """The binding a hint names for ``action`` on ``screen`` now, or ``None``."""
    found = bindings_for(screen, action)
    return found[0] if found else None


_KEY = re.compile("\x01([^\x02]*)\x02([^\x03]*)\x03")
"""A filled-in key while the sentence is put together: its Textual name, then its display."""


@dataclass
class KeyNames:
    """The ``key`` parameter of a sentence: ``{key:ACTION}`` formats as the key bound to it."""

    screen: Screen[Any]
    enabled: list[Binding] | None = None
    """The screen's enabled bindings, read once per sentence (on the first placeholder)."""

    def __format__(self, action: str) -> str:
        every = action.startswith("*")
        if self.enabled is None:
            self.enabled = enabled_bindings(self.screen)
        found = bindings_for(self.screen, action.removeprefix("*"), self.enabled)
        if not found:
            return _MISSING
        display = self.screen.app.get_key_display
        return "/".join(
            f"\x01{binding.key}\x02{display(binding)}\x03"
            for binding in (found if every else found[:1])
        )


class _NoKeys:
    """The ``key`` parameter where no screen is at hand: every key is missing."""

    def __format__(self, action: str) -> str:
        return _MISSING


ROOM_SAYS_NO: Final = re.compile(r"\b(Enter|Tab|Esc|Del|spasi|space)\b|⏎")
"""A key a catalogue sentence writes as a word: a part naming one is the facilitator's."""


def key_text(
    screen: Screen[Any] | None,
    key: str,
    /,
    named: list[str] | None = None,
    joiner: str = SEPARATOR,
    room: bool = False,
    **params: Any,
) -> str:
    """The sentence ``key`` with the keys active on ``screen`` filled in (see the module doc).

    ``named`` (if given) receives the keys (Textual names: ``f9``, ``delete``) the text names;
    ``joiner`` is put between the parts kept (a line break lists them one per line).
    With ``room`` (the room's view, ``pra show``) every part that names a key is left
    out: the wall shows what the workshop holds, never how the facilitator types it.
    """
    keys: Any = _NoKeys() if screen is None or room else KeyNames(screen)
    text = t(key, key=keys, **params)
    kept = joiner.join(
        part
        for part in text.split(SEPARATOR)
        if _MISSING not in part and not (room and ROOM_SAYS_NO.search(part))
    )
    if named is not None:
        named.extend(match.group(1) for match in _KEY.finditer(kept))
    return _KEY.sub(lambda match: match.group(2), kept)


def undo_hint(screen: Screen[Any] | None) -> str:
    """ "^z membatalkan.": the sentence a notice of a change ends with, naming the key that
    undoes it as the footer writes it (one form of a key on the footer and in every toast)."""
    return key_text(screen, "tui.remove.undo_hint")


class FollowsBindings(Static):
    """A text about keys, written again (:meth:`_write`) whenever the screen's bindings
    change (focus, tab, method), so it names only keys active there."""

    named_keys: tuple[str, ...] = ()
    """The keys (Textual names) the text shown names; they are active on this screen."""
    _followed: Screen[Any] | None = None
    """The screen whose bindings it follows (subscribed on mount)."""

    def on_mount(self) -> None:
        self._followed = self.screen
        self._followed.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self._write()

    def on_unmount(self) -> None:
        # the screen it subscribed to: at the app's shutdown a widget is unmounted after its
        # screen is gone, and asking ``self.screen`` then raised NoScreen for every hint,
        # burying the real reason of an exit under dozens of tracebacks (rev18-facil)
        if self._followed is not None:
            self._followed.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen[Any]) -> None:
        self._write()

    def _write(self) -> None:
        raise NotImplementedError


class KeyHint(FollowsBindings):
    """Sentences that name keys, written again whenever the screen's bindings change.

    ``say(KEY, KEY2, n=3)`` shows the catalogue sentences one per line (the same
    ``params`` for each); ``say()`` shows nothing.
    """

    def __init__(
        self,
        *sentences: str,
        one_per_line: bool = False,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__("", id=id, classes=classes, markup=False)
        self.joiner = "\n" if one_per_line else SEPARATOR
        """Between the parts of a sentence: one part per line in a narrow panel (the notes)."""
        self.sentences: tuple[str, ...] = sentences
        self.params: dict[str, Any] = {}
        self.named_keys = ()

    def say(self, *sentences: str, **params: Any) -> None:
        self.sentences = sentences
        self.params = params
        self._write()

    def _write(self) -> None:
        if not self.is_attached:
            return
        named: list[str] = []
        room = self.screen.has_class("-room")
        lines = [
            key_text(self.screen, s, named=named, joiner=self.joiner, room=room, **self.params)
            for s in self.sentences
        ]
        text = "\n".join(line for line in lines if line)
        self.named_keys = tuple(named)
        self.display = bool(text)  # nothing to say here: no empty line either
        if str(self.content) != text:
            self.update(text)
