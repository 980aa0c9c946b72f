"""Running ``pra`` in-process (fast, with capsys) and as a real subprocess (the user's view)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from pra import i18n
from pra.cli import main
from pra.store import folders

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str

    @property
    def lines(self) -> list[str]:
        return self.out.splitlines()


Run = Callable[..., Result]


@pytest.fixture(autouse=True)
def _fresh_process_state(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """``--lang`` and ``--data-dir`` set process state: never let it leak into the next test."""
    i18n.reset_language()
    folders.set_data_dir(None)  # set by --data-dir
    monkeypatch.delenv(i18n.ENV_VAR, raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    yield


@pytest.fixture
def pra(capsys: pytest.CaptureFixture[str]) -> Run:
    """``pra(*argv)`` runs ``pra.cli.main`` in this process; exit code, stdout, stderr."""

    def run(*argv: str | Path) -> Result:
        capsys.readouterr()
        try:
            code = main([str(a) for a in argv])
        except SystemExit as exit_:  # --help, --version, usage errors
            code = exit_.code if isinstance(exit_.code, int) else 1
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


def subprocess_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PRA_LANG", "NO_COLOR")}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env.update(extra)
    return env


def pra_process(*argv: str | Path, cwd: Path | None = None, **env: str) -> Result:
    """``python -m pra ...`` as a user would run it: no stdin, separate process."""
    done = subprocess.run(
        [sys.executable, "-m", "pra", *map(str, argv)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        cwd=cwd or ROOT,
        env=subprocess_env(**env),
        check=False,
    )
    return Result(done.returncode, done.stdout, done.stderr)
