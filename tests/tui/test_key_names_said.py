"""Messages name keys as the footer writes them, from one source (issue 12, s13-wall item 5).

"Lokakarya ini TIDAK BISA disimpan …; tekan Ctrl+S", "TIDAK BISA DISIMPAN DI SINI — Ctrl+S",
"… tekan Ctrl+Q dua kali" and "tutup (Ctrl+Q)" spelled the keys out while the footer, the
notes and the failed-save status wrote ``^s`` and ``^q``. They now take the key's name from
:func:`pra.tui.keys.key_display`, which the footer uses too, and the key from the binding's
own constant.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from textual.binding import Binding

from pra import i18n
from pra.i18n import t
from pra.tui.app import PraApp
from pra.tui.keys import QUIT_KEY, SAVE_AS_KEY, key_display
from pra.tui.screen import WorkshopScreen


def footer_form(cls: type, action: str) -> str:
    """How the footer writes the key bound to ``action`` in ``cls``'s bindings."""
    binding = next(b for b in cls.BINDINGS if isinstance(b, Binding) and b.action == action)
    return PraApp().get_key_display(binding)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_save_and_quit_messages_name_the_keys_as_the_footer_does(lang: str) -> None:
    i18n.set_language(lang)  # type: ignore[arg-type]
    save = footer_form(WorkshopScreen, "save_elsewhere")
    quit_ = footer_form(PraApp, "quit")
    assert (save, quit_) == (key_display(SAVE_AS_KEY), key_display(QUIT_KEY)) == ("^s", "^q")
    said = {
        "tui.saving.cannot_save_here": t(
            "tui.saving.cannot_save_here", folder="/media/cd", reason="-", save=save
        ),
        "tui.saving.status_cannot_save": t("tui.saving.status_cannot_save", save=save),
        "tui.saving.quit_save_failed": t(
            "tui.saving.quit_save_failed", path="/x", reason="-", quit=quit_
        ),
        "tui.follow.writer_gone": t("tui.follow.writer_gone", quit=quit_),
    }
    for key, text in said.items():
        assert "Ctrl" not in text, key
        assert save in text or quit_ in text, key


def test_no_message_on_screen_spells_a_ctrl_key_out() -> None:
    """Every TUI sentence names Ctrl keys by a placeholder, never as ``Ctrl+X`` words."""
    root = Path(i18n.__file__).parent
    found = []
    for lang in ("id", "en"):
        data = tomllib.loads((root / f"{lang}.toml").read_text(encoding="utf-8"))

        def walk(node: object, path: str, lang: str = lang) -> None:
            if isinstance(node, dict):
                for key, value in node.items():
                    walk(value, f"{path}.{key}" if path else key)
            elif isinstance(node, str) and "Ctrl+" in node and path.startswith(("tui", "notes")):
                found.append(f"{lang} {path}")

        walk(data, "")
    assert found == []
