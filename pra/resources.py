"""Where the files that ship with ``pra`` are: the document templates and the example workshops.

In a checkout they sit at the top of the repository (``templates/``,
``sessions/``); in an installed wheel they are inside the package
(``pra/_data/...``, see ``[tool.hatch.build.targets.wheel.force-include]``).
Callers never care which: they ask here.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Final

from pra.errors import PraError

_PACKAGE: Final = Path(__file__).resolve().parent
EXAMPLES: Final = ("surabaya", "palembang", "yogyakarta")


@cache
def _data_dir(name: str) -> Path:
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise PraError("app.missing_data", name=name)


def templates_dir() -> Path:
    """The folder holding the shipped document templates (``default/`` and any others)."""
    return _data_dir("templates")


def sessions_dir() -> Path:
    """The folder holding the example workshops (read-only: open copies of them)."""
    return _data_dir("sessions")


def example_path(name: str) -> Path:
    """The shipped example workshop ``name`` (``surabaya``, ``palembang``, ``yogyakarta``)."""
    if name not in EXAMPLES:
        raise PraError("app.unknown_example", name=name, choices=", ".join(EXAMPLES))
    return sessions_dir() / f"{name}.json"
