"""The one text field of the app: what is typed adds to the text, and Ctrl+Z takes typing back.

Every typing field in the app is a :class:`TextField` (an ``Input``), in the step
views, the dialogs and the home screen alike, so two rules hold everywhere:

- Taking the focus puts the cursor after the text and selects nothing. Textual's
  ``Input`` selects the whole text on focus, and the first letter typed then
  replaces a workshop's title or a row being corrected. A number field that holds a
  set value (a fund rule, a group's business) asks for the opposite
  (:attr:`TextField.replace_on_focus`), and keeps it however its value comes: the
  focus arriving by any route, the program writing a value (another group's, F3; an
  undone edit, Ctrl+Z), or Enter keeping the value.
- The field remembers what the facilitator typed in it (not what the program
  wrote there: a row shown again, an entry line emptied after Enter).
  :meth:`TextField.undo_typing` takes back the last word typed, the last run
  of Backspace, or the last paste; the workshop screen's Ctrl+Z does this first, and undoes a
  whole entry only when the field holds nothing typed.
- In a read-only window (another window holds the workshop, or ``pra show``) a
  field is read-only (:meth:`TextField.make_read_only`): nothing typed or pasted
  changes its text, its empty line says "hanya baca", and the first key typed
  says why nothing happens.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Final

from textual import events
from textual.binding import Binding
from textual.widgets import Input

from pra.i18n import t

HISTORY: Final = 100
"""Typing steps a field remembers (a step is a word, a run of Backspace or a paste)."""


@dataclass
class _Typed:
    before: str
    after: str
    kind: str
    """``type``: letters typed at the end (one word per step); ``erase``: Backspace at the
    end (a run of them is one step); ``""``: anything else (a paste, a cut), a step alone."""


@cache
def _own_bindings() -> dict[str, list[Binding]]:
    """The keys ``Input`` binds (none of them printable), by key."""
    own: dict[str, list[Binding]] = {}
    for binding in Binding.make_bindings(Input.BINDINGS):
        if not binding.priority:
            own.setdefault(binding.key, []).append(binding)
    return own


class TextField(Input):
    """An ``Input`` that never selects on focus and can take back what was typed in it."""

    # before __init__ sets them: Input's own __init__ writes a given value (watch_value)
    replace_on_focus = False
    _typing = False

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.select_on_focus = False
        self.replace_on_focus = False
        """Taking the focus selects the text, so a number typed replaces it (a fund rule's
        ``0`` or ``10``: typing after it gave ``0150.000``, ``102``); an arrow key keeps it.
        So does a value the program writes while it is focused (another group's after F3,
        an undone edit) and a value kept with Enter: typing after them gave "Warung nasi
        kuning1", "tgl 8mingguan Kamis"."""
        self._typing = False
        """:meth:`replace` is writing what was typed (not the program writing a value)."""
        self._typed: list[_Typed] = []
        self.read_only = False
        """Nothing typed or pasted changes the text (a read-only window)."""
        self._said_read_only = False

    def make_read_only(self, why: str) -> None:
        """Typing changes nothing here; ``why`` is said once the first key is typed."""
        self.read_only = True
        self._why = why
        self.placeholder = t("tui.read_only_field")
        self.add_class("-read-only")
        self.set_class(not self.value, "-blank")  # the room's view (pra show) hides it

    def on_input_changed(self, event: Input.Changed) -> None:
        """An emptied field holds no refused text any more (:data:`pra.tui.notices.REFUSED`);
        a read-only one is ``-blank`` while it holds nothing (the room's view hides it)."""
        if event.input is not self:
            return
        if self.read_only:
            self.set_class(not self.value, "-blank")
        if not self.value.strip():
            from pra.tui.notices import REFUSED

            self.remove_class(REFUSED)

    def on_focus(self, event: events.Focus) -> None:
        """The cursor goes after the text: what is typed next adds to it and replaces nothing."""
        self._said_read_only = False
        self._place_cursor(focused=True)

    def _place_cursor(self, *, focused: bool) -> None:
        """The cursor after the text, or the whole text selected in a
        :attr:`replace_on_focus` field that has the focus and holds no typing."""
        whole = self.replace_on_focus and focused and self.value and not self.read_only
        if whole and not self.has_typing:
            self.select_all()
            return
        self.cursor_position = len(self.value)

    def watch_value(self, value: str) -> None:
        """The program wrote the field (not typing): a :attr:`replace_on_focus` field puts the
        cursor as if the focus had just arrived (F3 showed the next group's business with the
        cursor where it was, and a typed key joined it)."""
        if self.replace_on_focus and not self._typing:
            self._place_cursor(focused=self.has_focus)

    def on_blur(self, event: events.Blur) -> None:
        """Left, a field shows the start of its text: a long one read the end of a word
        ("ain katun untuk…") until it took the focus again."""
        self.scroll_to(x=0, animate=False)

    async def key_enter(self, event: events.Key) -> None:
        """Enter submits here, in the field's own turn, right after the keys typed before it.

        Textual looks Input's Enter binding up only once the key has come back up to
        the app, against whatever has the focus by then: a Tab typed right after it
        (an app priority binding) had already moved the focus, and the entry was not
        added (its text stayed and joined the next one).
        """
        event.stop()
        event.prevent_default()
        await self.action_submit()

    async def on_key(self, event: events.Key) -> None:
        """A key the field itself binds (Backspace, Delete, Ctrl+U, Ctrl+W, ←, Home …) acts
        here, in the field's own turn, right after the keys typed before it.

        Textual runs a widget's binding only once the key has come back up to the app,
        behind every key already read: in a burst (Ctrl+U, a title, Enter, Ctrl+U, a
        province, Enter) each Ctrl+U ran after the last Enter and emptied the field
        reached last, not the one it was typed in. Enter is :meth:`key_enter`'s.
        """
        if event.key == "enter":
            return
        for binding in _own_bindings().get(event.key, ()):
            event.stop()
            event.prevent_default()
            await self.run_action(binding.action)
            return

    def replace(self, text: str, start: int, end: int) -> None:
        """Every change typed, deleted or pasted comes through here: remember it."""
        if self.read_only:
            if not self._said_read_only:
                self._said_read_only = True
                self.notify(self._why, severity="warning")
            return
        before = self.value
        self._typing = True
        try:
            super().replace(text, start, end)
        finally:
            self._typing = False
        after = self.value
        if after == before:
            return
        if self._typed and self._typed[-1].after != before:
            self._typed.clear()  # the program wrote the field since: that typing is gone
        kind = ""
        if len(text) == 1 and start == end == len(before):
            kind = "type"
        elif not text and end == len(before) and end - start == 1:
            kind = "erase"
        last = self._typed[-1] if self._typed else None
        starts_word = kind == "type" and not text.isspace() and (not before or before[-1].isspace())
        if kind and last is not None and last.kind == kind and not starts_word:
            last.after = after
            return
        self._typed.append(_Typed(before, after, kind))
        del self._typed[:-HISTORY]

    @property
    def has_typing(self) -> bool:
        """Does the field hold text typed since the program last wrote it?"""
        return bool(self._typed) and self._typed[-1].after == self.value

    def restore_typing(self, text: str) -> None:
        """Put back ``text`` typed earlier and set aside: it counts as typed (Ctrl+Z empties it)."""
        before = self.value
        self.value = text
        self.cursor_position = len(text)
        self._typed = [_Typed(before, text, "")]

    def forget_typing(self) -> None:
        """What the field holds is kept (a form field saved): Ctrl+Z undoes it as an edit now,
        and in a :attr:`replace_on_focus` field a key typed replaces it (Enter kept "dagang kue"
        and the room's next choice, ``1``, gave "dagang kue1")."""
        self._typed.clear()
        if self.replace_on_focus:
            self._place_cursor(focused=self.has_focus)

    def undo_typing(self) -> bool:
        """Take back the last word typed (or run of Backspace, or paste); ``False`` if none."""
        if not self.has_typing:
            self._typed.clear()
            return False
        step = self._typed.pop()
        self._typing = True  # placed below, once the step is gone
        try:
            self.value = step.before
        finally:
            self._typing = False
        self._place_cursor(focused=self.has_focus)
        return True
