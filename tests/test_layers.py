"""The layers below the TUI never import Textual, and stay light to import.

Each package is imported in a fresh interpreter so that nothing another test
imported can hide a leak.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

CORE = [
    "pra.model",
    "pra.store",
    "pra.plan",
    "pra.export",
    "pra.i18n",
    "pra.edit",
    "pra.archive.writer",
    "pra.archive.stats",
]
HEAVY = ["textual", "docx", "networkx", "jinja2", "lxml"]


def _modules_after_import(module: str) -> set[str]:
    code = (
        "import json, sys, importlib;"
        f"importlib.import_module({module!r});"
        "print(json.dumps(list(sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return set(json.loads(out.stdout))


@pytest.mark.parametrize("module", CORE)
def test_core_layer_imports_without_textual_or_heavy_libraries(module: str) -> None:
    loaded = {name.split(".")[0] for name in _modules_after_import(module)}
    assert not loaded & set(HEAVY), f"{module} pulls in {sorted(loaded & set(HEAVY))}"
