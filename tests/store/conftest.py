"""Shared fixtures for the store tests: example workshops and their bytes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pra.model import Workshop
from pra.resources import EXAMPLES, example_path
from pra.store import loads


@pytest.fixture(scope="session")
def examples() -> dict[str, Workshop]:
    return {name: loads(example_path(name).read_bytes(), name) for name in EXAMPLES}


@pytest.fixture
def palembang_doc() -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(example_path("palembang").read_bytes())
    return doc


def write_json(path: Path, doc: Any) -> Path:
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")
    return path
