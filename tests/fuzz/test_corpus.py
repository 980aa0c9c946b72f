"""A bounded sample of the fuzz corpus through check, export and archive: no traceback, no name.

``tools/fuzz.py`` runs thousands of the same files; this runs the first 120
(about 25 s on a quiet machine) so every change to the model, the store, the
export or the archive meets them.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from pra import i18n
from pra.store import folders
from tests.fuzz.corpus import BYTE_CHANGES, JSON_CHANGES, dump, mutant, mutants
from tests.fuzz.runner import run_one

SAMPLE = 120


@pytest.fixture(autouse=True)
def _fresh_process_state(monkeypatch: pytest.MonkeyPatch) -> None:
    """``pra check --lang`` sets the process's language: never let it leak into the next test."""
    i18n.reset_language()
    folders.set_data_dir(None)


def test_the_corpus_is_the_same_bytes_on_every_run() -> None:
    assert mutant(7).data == mutant(7).data
    assert mutant(7).changes == mutant(7).changes
    assert (
        mutant(7, seed=1).data != mutant(7, seed=2).data
        or mutant(7, 1).changes != mutant(7, 2).changes
    )


def test_the_sample_holds_every_kind_of_change() -> None:
    kinds = Counter(change.split()[0] for m in mutants(SAMPLE) for change in m.changes)
    assert set(kinds) == set(JSON_CHANGES) | set(BYTE_CHANGES)


def test_a_key_written_twice_is_in_the_text_twice() -> None:
    from tests.fuzz.corpus import Twice

    twice = Twice({"a": 1, "b": 2})
    twice.again = ("a", 3)
    assert dump({"x": twice}) == '{"x":{"a":1,"b":2,"a":3}}'
    assert json.loads(dump({"x": twice})) == {"x": {"a": 3, "b": 2}}


def test_a_value_100000_levels_deep_is_written() -> None:
    value: object = 1
    for _ in range(100_000):
        value = [value]
    assert dump(value) == "[" * 100_000 + "1" + "]" * 100_000


def test_every_file_of_the_sample_is_accepted_and_handled_or_refused_with_a_sentence(
    tmp_path: Path,
) -> None:
    found: list[str] = []
    kinds: Counter[str] = Counter()
    for item in mutants(SAMPLE):
        path = tmp_path / f"{item.name}.json"
        path.write_bytes(item.data)
        outcome = run_one(path)
        kinds[outcome.kind] += 1
        if outcome.finding:
            found.append(f"{item.index}: {outcome.kind} {outcome.detail} <- {item.changes}")
        path.unlink()
    assert found == []
    # both paths are exercised: files accepted (and exported, archived) and files refused
    assert kinds["accepted"] >= 15
    assert kinds["refused"] >= 50


def test_a_plan_that_fails_is_a_finding_of_the_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check above can fail: an export that raises on an accepted file is reported."""
    from pra.export import plan
    from pra.resources import example_path

    def broken(*_args: object) -> object:
        raise RuntimeError("boom")

    monkeypatch.setattr(plan, "build_plan", broken)
    path = tmp_path / "palembang.json"
    path.write_bytes(example_path("palembang").read_bytes())
    outcome = run_one(path)
    assert (outcome.kind, outcome.detail.split(" at ")[0]) == ("traceback", "RuntimeError")
