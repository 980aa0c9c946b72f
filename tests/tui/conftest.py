"""Fixtures for TUI tests: the Palembang example, a session that saves to memory, a frozen clock."""

from __future__ import annotations

import asyncio
import datetime as dt
import errno
import inspect
from collections.abc import Callable
from pathlib import Path

import pytest

from pra.model import PraStep, Workshop
from pra.resources import example_path
from pra.tui.app import PraApp
from pra.tui.session import Session

FROZEN = dt.datetime(2026, 3, 2, 10, 30, 0)
SIZE = (120, 40)


def palembang() -> Workshop:
    return Workshop.model_validate_json(example_path("palembang").read_text(encoding="utf-8"))


class MemorySaver:
    """Records every save instead of writing files; can be told to fail."""

    def __init__(self) -> None:
        self.saved: list[Workshop] = []
        self.fail = False

    def __call__(self, ws: Workshop, path: Path) -> None:
        if self.fail:
            raise OSError(errno.ENOSPC, "No space left on device")
        self.saved.append(ws)


def make_session(
    ws: Workshop, *, read_only: bool = False, saver: MemorySaver | None = None
) -> Session:
    return Session(
        ws,
        Path("/nonexistent/workshop.json"),
        read_only=read_only,
        held_by="fasilitator@laptop-2" if read_only else None,
        saver=saver or MemorySaver(),
        clock=lambda: FROZEN,
        debounce=0,
    )


AppFactory = Callable[..., PraApp]


@pytest.fixture
def app_for() -> AppFactory:
    """``app_for(ws, step=..., read_only=...)``: an app on ``ws`` whose saves go to memory."""

    def build(
        ws: Workshop | None = None,
        *,
        step: PraStep = PraStep.PREPARATION,
        read_only: bool = False,
        saver: MemorySaver | None = None,
    ) -> PraApp:
        session = make_session(ws or palembang(), read_only=read_only, saver=saver)
        return PraApp(session, step=step)

    return build


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    """Run ``async def`` tests in a fresh event loop (no async plugin is installed)."""
    if not inspect.iscoroutinefunction(pyfuncitem.obj):
        return None
    # the test's own parameters, from its signature (funcargs also holds autouse fixtures)
    names = inspect.signature(pyfuncitem.obj).parameters
    asyncio.run(pyfuncitem.obj(**{name: pyfuncitem.funcargs[name] for name in names}))
    return True
