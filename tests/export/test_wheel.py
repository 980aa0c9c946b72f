"""The installed package exports a plan: templates and examples really ship inside the wheel.

Builds the wheel, installs it without dependencies into a fresh virtual
environment that sees the system's packages (python-docx, pydantic … are
not downloaded again), and runs the installed ``pra export`` on the example
shipped inside the installed package, from a folder outside the checkout.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


def _run(args: list[str], cwd: Path, **kw: object) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PRA_LANG")}
    return subprocess.run(
        args,
        cwd=cwd,
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        check=False,
        **kw,  # type: ignore[call-overload]
    )


def test_installed_wheel_exports_a_shipped_example(tmp_path: Path) -> None:
    built = _run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "-q",
            "-w",
            str(tmp_path / "dist"),
            str(ROOT),
        ],
        cwd=tmp_path,
    )
    assert built.returncode == 0, built.stderr
    [wheel] = (tmp_path / "dist").glob("pra-*.whl")
    with zipfile.ZipFile(wheel) as z:
        names = set(z.namelist())
    assert "pra/_data/templates/default/base.docx" in names
    assert "pra/_data/templates/default/snippets/id/plan_intro.j2" in names
    assert "pra/_data/sessions/palembang.json" in names

    venv = tmp_path / "venv"
    made = _run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / "python"
    installed = _run(
        [str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)],
        cwd=tmp_path,
    )
    assert installed.returncode == 0, installed.stderr
    where = _run(
        [
            str(python),
            "-c",
            "import pra, pra.resources as r; print(pra.__file__); print(r.example_path('palembang'));"
            "print(r.templates_dir())",
        ],
        cwd=tmp_path,
    )
    package, example, templates = where.stdout.split("\n")[:3]
    for path in (package, example, templates):
        assert Path(path).resolve().is_relative_to(venv.resolve()), where.stdout
        assert not Path(path).resolve().is_relative_to(ROOT.resolve())

    out = tmp_path / "out"
    exported = _run(
        [
            str(bin_dir / "pra"),
            "export",
            example,
            "--group",
            "Kelompok Sedap Malam",
            "-o",
            str(out),
        ],
        cwd=tmp_path,
    )
    assert exported.returncode == 0, exported.stderr
    [plan] = out.glob("*.docx")
    doc = docx.Document(str(plan))
    assert "Kelompok Sedap Malam" in [p.text for p in doc.paragraphs]
    assert doc.styles["Amount"] is not None
