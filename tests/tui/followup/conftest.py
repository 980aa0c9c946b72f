"""The follow-up tests run in Indonesian, whatever an earlier test in this worker chose."""

from __future__ import annotations

import pytest

from pra import i18n


@pytest.fixture(autouse=True)
def indonesian(monkeypatch: pytest.MonkeyPatch) -> None:
    i18n.set_language("id")
