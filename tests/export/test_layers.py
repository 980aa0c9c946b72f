"""Importing any export module loads neither python-docx, jinja2, lxml nor Textual.

The TUI imports the exporter to offer "print the plan"; the heavy libraries
must load only when a document is actually built.
"""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys

import pra.export

HEAVY = {"docx", "jinja2", "lxml", "textual", "networkx"}


def test_export_modules_import_lightly() -> None:
    modules = [f"pra.export.{m.name}" for m in pkgutil.iter_modules(pra.export.__path__)]
    assert "pra.export.plan" in modules and "pra.export.blocks" in modules
    code = (
        "import importlib, json, sys\n"
        f"for name in {[*modules, 'pra.cli.export']!r}: importlib.import_module(name)\n"
        "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules})))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = set(json.loads(done.stdout))
    assert not loaded & HEAVY, sorted(loaded & HEAVY)
