"""Process-wide state every test starts from, so that no test depends on another's order.

The language (``pra.i18n.set_language``, set by ``--lang`` in CLI tests) and the
data folder (``pra.store.set_data_dir``, set by ``--data-dir``) live for the whole
process; each test starts in Indonesian, with a data folder of its own.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from pra import i18n, store

# Textual reads the TUI's key labels (class-level BINDINGS) once, when pra.tui is
# imported, which for the tests is at collection, before any fixture runs. `pra`
# itself sets the language first and imports the TUI after (pra/cli/tui.py), so
# the tests import it in the same state: Indonesian, whatever $PRA_LANG the shell
# running pytest has (with PRA_LANG=en every footer snapshot differed).
os.environ.pop(i18n.ENV_VAR, None)


@pytest.fixture(autouse=True)
def _fresh_process_state(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    monkeypatch.delenv(i18n.ENV_VAR, raising=False)
    monkeypatch.setenv(store.ENV_VAR, str(tmp_path_factory.mktemp("data")))
    i18n.reset_language()
    store.set_data_dir(None)
    yield
    i18n.reset_language()
    store.set_data_dir(None)
