"""The keys that work where the focus is, as one list: the notes (F1) show all of it.

The footer shows the bindings marked ``show`` among the same active bindings, so
every key in the footer is in the notes, and the notes name exactly the keys that
work here — taken from the bindings, in their descriptions' words (the
catalogues), never written by hand.

A *room key* is an active, enabled binding declared by ``pra`` itself (a view, a
widget, the screen, the app) with a description; Textual's own widget keys (the
cursor keys of a field, ``Enter`` that submits one) are not listed. A key that
works on every tab of a step (``anywhere('x')``, a system binding without words)
takes the words of the binding of ``x`` beside it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from textual.binding import Binding

from pra.i18n import has, t
from pra.tui.keys import FollowsBindings, OwnWords, key_text, matches

if TYPE_CHECKING:
    from textual.dom import DOMNode
    from textual.screen import Screen


@dataclass(frozen=True)
class RoomKey:
    """One line of the list: the keys (Textual names), as the footer writes them, and what they do."""

    keys: tuple[str, ...]
    display: str
    words: str
    here: bool
    """Declared below the screen (the step, its fields), not by the screen or the app."""


def _declared(node: DOMNode) -> list[Binding]:
    """The bindings ``pra``'s own classes in ``node``'s ancestry declare, keys split."""
    found: list[Binding] = []
    for cls in type(node).__mro__:
        if not cls.__module__.startswith("pra."):
            continue
        for item in cls.__dict__.get("BINDINGS", ()):
            if isinstance(item, Binding):
                found.extend(Binding.make_bindings([item]))
    return found


def _words(binding: Binding, declared: list[Binding]) -> str:
    """The binding's description, or for ``anywhere('x')`` that of the binding of ``x``."""
    if binding.description:
        return binding.description
    from textual.actions import parse

    _, name, args = parse(binding.action)
    if name != "anywhere" or not args:
        return ""
    inner = f"{args[0]}({', '.join(repr(arg) for arg in args[1:])})" if args[1:] else str(args[0])
    return next(
        (
            other.description
            for other in declared
            if other.description and matches(other.action, inner)
        ),
        "",
    )


def room_keys(screen: Screen[Any]) -> list[RoomKey]:
    """The room keys active at ``screen``'s focus, in the footer's order, joined by words."""
    lines: list[RoomKey] = []
    by_words: dict[tuple[str, bool], int] = {}
    cache: dict[int, list[Binding]] = {}
    display = screen.app.get_key_display
    for active in screen.active_bindings.values():
        if not active.enabled:
            continue
        binding = active.binding
        declared = cache.setdefault(id(active.node), _declared(active.node))
        if not any(b.key == binding.key and b.action == binding.action for b in declared):
            continue
        group = (
            binding.group.description
            if binding.group is not None and not isinstance(binding.group, OwnWords)
            else ""
        )
        words = group or _words(binding, declared)
        if not words:
            continue
        here = active.node is not screen and active.node is not screen.app
        place = (words, here)
        if place in by_words:  # F7/F8 "Langkah", ⇧↑/⇧↓ "Geser": one line
            index = by_words[place]
            old = lines[index]
            lines[index] = RoomKey(
                (*old.keys, binding.key), f"{old.display}/{display(binding)}", words, here
            )
            continue
        by_words[place] = len(lines)
        lines.append(RoomKey((binding.key,), display(binding), words, here))
    return lines


class KeyList(FollowsBindings):
    """The notes' list of keys: the step's own (under "Tombol:"), its sentence on typing and
    Enter (under "Cara mengisi:"), then everywhere's.

    Written again whenever the screen's bindings change (focus, tab, method);
    :attr:`named_keys` records the keys it names (Textual names).
    """

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__("", id=id, classes=classes, markup=False)
        self.sentence = ""
        """A catalogue key: how typing and Enter work in this step (names no other key)."""
        self.parts = ""
        """A catalogue prefix ending in a dot: ``PARTS<tab id>`` says how typing and Enter
        work in one part (tab) of the step, and stands for :attr:`sentence` while that part
        is open; ``PARTS<widget id>`` says what is typed in one line of a part, and stands
        for the part's while the focus is in that line."""
        self.named_keys = ()

    def say(self, sentence: str, *, parts: str = "") -> None:
        self.sentence = sentence
        self.parts = parts
        self._write()

    def _sentence(self) -> str:
        """The catalogue key of the sentence true where the focus is: its part's, else the
        step's; ``""`` where neither says anything (a part with nothing typed or entered)."""
        from textual.widgets import TabbedContent

        focused = self.screen.focused
        tabs = next(
            (
                node
                for node in (focused.ancestors if focused else ())
                if isinstance(node, TabbedContent)
            ),
            None,
        )
        if self.parts and tabs is not None and tabs.active:
            # the focused line's own sentence (``PARTS<widget id>``: the follow-up's payment
            # line), else that of the part it is in
            for node in focused.ancestors_with_self if focused is not None else ():
                if node is tabs:
                    break
                if node.id and has(f"{self.parts}{node.id}"):
                    return f"{self.parts}{node.id}"
            part = f"{self.parts}{tabs.active}"
            return part if has(part) else ""
        return self.sentence if self.sentence and has(self.sentence) else ""

    def _values(self) -> Mapping[str, Any]:
        """What the sentence names: the ``NOTE_VALUES`` of the view holding the focus."""
        focused = self.screen.focused
        for node in focused.ancestors_with_self if focused is not None else ():
            values = getattr(node, "NOTE_VALUES", None)
            if values is not None:
                return values  # type: ignore[no-any-return]
        return {}

    def _write(self) -> None:
        if not self.is_attached:
            return
        keys = room_keys(self.screen)
        here = [f"{key.display} {key.words}" for key in keys if key.here]
        everywhere = [f"{key.display} {key.words}" for key in keys if not key.here]
        # "Tombol:" heads key lines only: the sentence on typing is a note under its own
        # heading (the follow-up's notes stood under "Tombol:" with no key below it)
        lines = [t("notes.keys_heading"), *here] if here else []
        sentence = self._sentence()
        # the keys it names are the ones bound here (``{key:ACTION}``), as in every hint; a
        # sentence whose keys are all inactive (every pair answered) says nothing
        said = key_text(self.screen, sentence, **self._values()) if sentence else ""
        if said:
            lines += [t("notes.typing_heading"), said]
        if everywhere:
            lines += [t("notes.global_heading"), *everywhere]
        self.named_keys = tuple(name for key in keys for name in key.keys)
        text = "\n".join(lines)
        if str(self.content) != text:
            self.update(text)
