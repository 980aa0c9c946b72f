"""Pipes and devices are refused at once instead of blocking or reading forever."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pra.store import WorkshopFileError, load


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_named_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "lokakarya.json"
    os.mkfifo(fifo)
    with pytest.raises(WorkshopFileError) as caught:
        load(fifo)
    assert "bukan berkas biasa" in caught.value.message("id")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_device_is_refused() -> None:
    with pytest.raises(WorkshopFileError) as caught:
        load(Path("/dev/zero"))
    assert "not a regular file" in caught.value.message("en")
