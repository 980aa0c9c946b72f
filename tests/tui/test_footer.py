"""The footer's keys fit at 120 and at 100 columns, in both languages, on the busiest screens."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.tui.footer_fit import CASES

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("width", [120, 100])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_shown_key_fits(lang: str, width: int) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tests.tui.footer_fit", lang, str(width)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == len(CASES) and all(line.startswith("ok ") for line in lines), done.stdout
