"""The README's layer order holds, and the layers below the TUI stay light to import.

The order (``model`` <- ``plan`` <- ``store`` <- ``export``/``archive`` <- ``edit``
<- ``tui`` <- ``cli``) is an import-linter contract in ``pyproject.toml``
(``[tool.importlinter]``), checked here by import-linter run from the test's
own interpreter. The heavy-library check imports each package in a fresh
interpreter so that nothing another test imported can hide a leak.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

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
ROOT = Path(__file__).resolve().parent.parent


def test_imports_follow_the_readme_layer_order() -> None:
    # import-linter's own entry point, run by this interpreter: wherever pip put the
    # `lint-imports` script (a venv's bin/ or Scripts/, /usr/local/bin), this finds it.
    code = (
        "import sys; from importlinter.cli import lint_imports;"
        f"sys.exit(lint_imports(config_filename={str(ROOT / 'pyproject.toml')!r},"
        " no_cache=True, no_logo=True))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "Contracts: 3 kept, 0 broken." in out.stdout, out.stdout


def test_no_module_imports_another_module_s_private_names() -> None:
    # A helper used by another module is public API of its module (a name and a docstring).
    found = []
    for path in sorted((ROOT / "pra").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("pra"):
                private = [a.name for a in node.names if a.name.startswith("_")]
                private = [n for n in private if not n.startswith("__")]
                if private:
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.module} {private}")
    assert found == []


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
