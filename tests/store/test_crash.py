"""A process killed with SIGKILL in the middle of saving never leaves a broken workshop file.

A child process saves two different workshops alternately in a tight loop and
reports each finished save through a pipe; the test waits for one or two
finished saves (so that kills land on both versions however slow the machine
is), then kills it at a random moment (seeded) and, after each kill, requires
the file to load, validate and be byte for byte one of the two complete versions.
"""

from __future__ import annotations

import os
import random
import signal
import sys
import time
from pathlib import Path

import pytest

from pra.model import Workshop
from pra.store import dumps, load, save
from pra.synthetic import maximal_workshop

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL")

KILLS = 50


def _save_forever(versions: list[Workshop], path: Path, done: int) -> None:
    try:
        while True:
            for ws in versions:
                save(ws, path)
                os.write(done, b".")
    finally:
        os._exit(0)


def test_killing_a_saving_process_at_random_moments_never_breaks_the_file(
    examples: dict[str, Workshop], tmp_path: Path
) -> None:
    versions = [examples["surabaya"], maximal_workshop(groups=2, steps_per_group=20)]
    complete = {dumps(ws).encode("utf-8") for ws in versions}
    path = tmp_path / "w.json"
    save(versions[0], path)
    rng = random.Random(20031124)
    seen: set[bytes] = set()
    for _ in range(KILLS):
        sys.stdout.flush()
        finished, done = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: save until killed
            os.close(finished)
            _save_forever(versions, path, done)
        os.close(done)
        with os.fdopen(finished, "rb", buffering=0) as reports:
            for _ in range(rng.choice((1, 2))):
                assert reports.read(1) == b".", "the child stopped saving"
            time.sleep(rng.uniform(0.0, 0.02))
            os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        data = path.read_bytes()
        assert data in complete
        assert load(path) in versions
        seen.add(data)
    assert len(seen) == 2, "the kills should have landed on both versions"
