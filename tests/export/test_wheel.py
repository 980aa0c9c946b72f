"""The installed package exports a plan: templates and examples really ship inside the wheel.

Builds the wheel, installs it without dependencies into a fresh virtual
environment, and runs the installed ``pra export`` on the example shipped
inside the installed package, from a folder outside the checkout.

The fresh environment gets its dependencies (python-docx, pydantic …) from
the environment running the tests — a ``.pth`` file naming that
environment's own site-packages — so nothing is downloaded and nothing
outside it is relied on: run from a newcomer's venv, it sees that venv;
run from a system interpreter, the system's packages. (``--system-site-packages``
would see the *base* interpreter's packages, which inside a venv are not the
ones the README's install put anywhere.) A ``.pth`` line only adds a folder to
``sys.path``; the checkout's editable-install hook in that folder is not run,
so ``import pra`` can only find the installed wheel.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
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
    made = _run([sys.executable, "-m", "venv", "--without-pip", str(venv)], cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / "python"
    site = _run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        cwd=tmp_path,
    )
    ours = dict.fromkeys(sysconfig.get_paths()[k] for k in ("purelib", "platlib"))
    (Path(site.stdout.strip()) / "test-deps.pth").write_text(
        "\n".join(ours) + "\n", encoding="utf-8"
    )
    installed = _run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "-q",
            "--no-deps",
            "--no-index",
            str(wheel),
        ],
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
