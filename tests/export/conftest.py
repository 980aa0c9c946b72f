"""Shared fixtures: the example plans exported once per test session (python-docx only)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pra.export.files import export_workshop
from pra.export.template import load_template
from pra.resources import EXAMPLES
from tests.export.factory import example


@pytest.fixture(scope="session")
def example_exports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Path]]:
    """Every example's plans and workshop record, in Indonesian: name → paths (plans first)."""
    template = load_template()
    out: dict[str, list[Path]] = {}
    for name in EXAMPLES:
        folder = tmp_path_factory.mktemp(name)
        result = export_workshop(
            example(name), source=name, output=folder, minutes=True, template=template
        )
        out[name] = result.documents
    return out
