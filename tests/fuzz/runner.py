"""One hostile file through every command: ``pra check``, then export and archive, in this process.

:func:`run_one` is what the fuzz test and ``tools/fuzz.py`` do with each file of
the corpus. ``pra check`` runs as the command does (``pra.cli.main``, its
output captured). A file it accepts is loaded and goes through export (every
group's plan and the workshop record, each saved to memory) and archive (its
rows and pseudonymised copy) by calling them directly, so an error they would
turn into a sentence still shows here as a finding. A file it refuses must be
refused by loading too, with a sentence (what ``pra export`` prints and
``pra archive`` lists) that names no participant.
"""

from __future__ import annotations

import contextlib
import io
import time
import traceback
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from tests.fuzz.corpus import participant_names

if TYPE_CHECKING:
    from pra.export.template import Template

Kind = Literal["accepted", "refused", "traceback", "named", "archive-skipped", "loads-refused"]
FINDINGS = ("traceback", "named", "archive-skipped", "loads-refused")
"""Kinds that are defects; ``accepted`` and ``refused`` are the two good outcomes."""


@dataclass(frozen=True)
class Outcome:
    kind: Kind
    seconds: float
    detail: str = ""

    @property
    def finding(self) -> bool:
        return self.kind in FINDINGS


@cache
def _template() -> Template:
    from pra.export.template import load_template

    return load_template(None)


def _names_in(text: str) -> list[str]:
    return sorted(name for name in participant_names() if name in text)


def run_one(path: Path, lang: Literal["id", "en"] = "id") -> Outcome:
    """Every command on ``path``; the outcome and how long it took (a finding's last frame)."""
    started = time.perf_counter()
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            kind, detail = _run(path, lang)
    except BaseException as error:  # a finding, whatever it is
        if isinstance(error, KeyboardInterrupt):
            raise
        frames = traceback.extract_tb(error.__traceback__)
        where = f"{frames[-1].filename}:{frames[-1].lineno}" if frames else "?"
        kind, detail = "traceback", f"{type(error).__name__} at {where}"
    if "Traceback (most recent call last)" in out.getvalue() + err.getvalue():
        kind, detail = "traceback", "printed a traceback"
    return Outcome(kind, time.perf_counter() - started, detail)


def _run(path: Path, lang: Literal["id", "en"]) -> tuple[Kind, str]:
    from pra import store
    from pra.cli import main
    from pra.errors import PraError

    code = main(["--lang", lang, "check", str(path)])
    try:
        ws = store.load(path)
    except PraError as error:
        if code == 0:
            return "loads-refused", error.message(lang)[:200]
        return _refused(path, error)
    # accepted by check, or refused by check only for text that loading cleans
    return _through_export_and_archive(path, ws, lang)


def _refused(path: Path, error: Exception) -> tuple[Kind, str]:
    from pra.archive.report import skipped_for

    reason = skipped_for(path, error).reason
    named = _names_in(reason)
    if named:
        return "named", f"{named} in: {reason[:200]}"
    return "refused", ""


def _through_export_and_archive(
    path: Path, ws: object, lang: Literal["id", "en"]
) -> tuple[Kind, str]:
    from pra.archive.prepare import Prepared, render
    from pra.export.minutes import build_minutes
    from pra.export.plan import build_plan
    from pra.model import Workshop

    assert isinstance(ws, Workshop)
    template = _template()
    for group in ws.groups:
        build_plan(ws, group, template, lang).save(io.BytesIO())
    build_minutes(ws, template, lang).save(io.BytesIO())
    codes = {p.id: f"P{i:04d}" for i, p in enumerate(ws.participants, 1)}
    prepared = render(str(path), ws, codes, with_names=False, raw_file="raw/x.json")
    if not isinstance(prepared, Prepared):
        return "archive-skipped", prepared.reason[:200]
    for _name, _count, text in prepared.tables:
        named = _names_in(text)
        if named:
            return "named", f"{named} in archive table {_name}"
    return "accepted", ""
