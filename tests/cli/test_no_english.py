"""Every message in the user's language: bad files and bad command lines, said in Indonesian without English.

Pydantic and argparse write their messages in English; ``pra`` maps their
kinds of error to the catalogue (``pra.store.places``, ``pra.cli.parser``).
This runs a set of bad inputs through ``pra check`` and the command line in
Indonesian and looks for the English words those libraries use.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from pra.resources import example_path
from tests.cli.conftest import Run
from tests.store.test_bad_inputs import BROKEN, CLEANED

ENGLISH = re.compile(
    r"\b(Input|should|unable|parse|unicode string|or|and|unrecognized|the following|required"
    r"|invalid|choose from|expected|argument|arguments|not allowed|ambiguous|Traceback|error"
    r"|usage|value|valid|int|string|must|Field|Value error)\b"
)
"""English words from pydantic's and argparse's messages (whole words, so "isian" is fine)."""

Data = dict[str, Any]
SOURCE = example_path("surabaya").read_text(encoding="utf-8")


def _mutated(change: Any) -> bytes:
    data: Data = json.loads(SOURCE)
    change(data)
    return json.dumps(data, ensure_ascii=False).encode()


def _group(data: Data) -> Data:
    group: Data = data["groups"][0]
    return group


FILES: dict[str, bytes] = {
    **{f"broken-{name}": raw for name, (raw, _, _) in BROKEN.items()},
    **{f"cleaned-{name}": raw for name, raw in CLEANED.items()},
    "unit-day": _mutated(lambda d: _group(d)["calendar"].update(unit="day")),
    "pledge-gold": _mutated(lambda d: _group(d)["pledges"][0].update(kind="emas")),
    "sex-x": _mutated(lambda d: d["participants"][0].update(sex="X")),
    "note-key": _mutated(lambda d: d.update(notes={"bogus": "x"})),
    "title-number": _mutated(lambda d: d["info"].update(title=5)),
    "steps-object": _mutated(lambda d: _group(d).update(steps={"a": 1})),
    "float-money": _mutated(lambda d: _group(d)["capital"].update(stimulus_per_member=1.5)),
    "text-duration": _mutated(lambda d: _group(d)["steps"][0].update(duration="x")),
    "huge-cost": _mutated(lambda d: _group(d)["steps"][0].update(cost=10**30)),
    "null-list": _mutated(lambda d: d.update(participants=None)),
    "date-9999": _mutated(lambda d: _group(d)["calendar"].update(start="9999-12-01")),
    "date-text": _mutated(lambda d: d["info"].update(date="kemarin")),
    "too-many-steps": _mutated(
        lambda d: _group(d).update(steps=[{"id": f"x{i}", "title": "L"} for i in range(501)])
    ),
    "surrogate-id": SOURCE.replace('"id": "', '"id": "\\ud800', 1).encode(),
    "surrogate-unit": SOURCE.replace('"unit": "', '"unit": "\\ud800', 1).encode(),
    "surrogate-key": SOURCE.replace('"info": {', '"info": {"\\ud800": 1, ', 1).encode(),
    "not-json": b"{bukan json",
    "list": b"[1, 2]",
}

BAD_COMMAND_LINES = [
    ["check"],
    ["export"],
    ["archive"],
    ["archive", "x"],
    ["archive", "x", "-o", "y", "--jobs", "banyak"],
    ["frobnicate"],
    ["list", "--bogus"],
    ["check", "a.json", "--warna"],
    ["demo", "jakarta"],
    ["export", "a.json", "--lang", "jawa"],
    ["backups"],
    ["stats"],
    ["--lang"],
]


def test_bad_files_are_said_in_indonesian_only(pra: Run, tmp_path: Path) -> None:
    for name, raw in FILES.items():
        (tmp_path / f"{name}.json").write_bytes(raw)
    result = pra("check", tmp_path)
    assert result.code == 1
    bad = [line for line in result.lines if ENGLISH.search(line.replace(str(tmp_path), ""))]
    assert bad == []
    assert len(result.lines) > len(FILES)


@pytest.mark.parametrize("argv", BAD_COMMAND_LINES, ids=" ".join)
def test_bad_command_lines_are_said_in_indonesian_only(pra: Run, argv: list[str]) -> None:
    result = pra(*argv)
    assert result.code == 2
    assert result.err.strip(), "a bad command line is said"
    said = result.err.replace("--", " ")
    assert ENGLISH.search(said) is None, said


def test_the_same_mistakes_are_said_in_english_with_english_mode(pra: Run) -> None:
    result = pra("--lang", "en", "check")
    assert result.err.strip().endswith(
        "could not understand the command (not given: FILE). See: pra check --help"
    )
