"""Whatever a file holds, ``pra check`` answers with sentences and exit 0 or 1, never a traceback.

Hypothesis writes arbitrary bytes, arbitrary JSON, and real workshops with one
part replaced by arbitrary JSON or with bytes damaged, and runs the command on
them in-process: an exception escaping ``main`` fails the test.
"""

from __future__ import annotations

import contextlib
import io
import json
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pra import i18n
from pra.cli import main
from pra.resources import example_path
from pra.store import folders
from tests.model.build import base

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats()
    | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=12), inner, max_size=5)
    ),
    max_leaves=25,
)

EXAMPLE = example_path("yogyakarta").read_bytes()


def check_bytes(content: bytes, *argv: str) -> tuple[int, str]:
    """Run ``pra check`` on a file holding ``content``; the exit code and everything printed."""
    out, err = io.StringIO(), io.StringIO()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "masukan.json"
        path.write_bytes(content)
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                code = main([*argv, "check", str(path)])
        finally:
            i18n.reset_language()  # `--lang` sets it for the process
        assert path.read_bytes() == content, "checking must never change the file"
    printed = out.getvalue() + err.getvalue()
    assert code in (0, 1), printed
    assert "Traceback" not in printed
    assert printed.strip(), "something must be said"
    lines = out.getvalue().splitlines()
    assert all(line.startswith(str(path)) for line in lines), printed
    return code, printed


@SETTINGS
@given(st.binary(max_size=3000))
def test_arbitrary_bytes(content: bytes) -> None:
    code, _ = check_bytes(content)
    assert code == 1  # random bytes are never a valid workshop


@SETTINGS
@given(json_values)
def test_arbitrary_json(value: Any) -> None:
    check_bytes(json.dumps(value).encode("utf-8"))


def _replace(data: Any, path: list[int], value: Any) -> Any:
    """``data`` with the node reached by following ``path`` (indices mod size) set to ``value``."""
    if not path or not isinstance(data, dict | list) or not data:
        return value
    keys = list(data) if isinstance(data, dict) else list(range(len(data)))
    key = keys[path[0] % len(keys)]
    data[key] = _replace(data[key], path[1:], value)
    return data


@SETTINGS
@given(st.lists(st.integers(min_value=0, max_value=50), max_size=8), json_values)
def test_a_real_workshop_with_one_part_replaced(path: list[int], value: Any) -> None:
    data = _replace(json.loads(EXAMPLE), path, value)
    check_bytes(json.dumps(data, ensure_ascii=False).encode("utf-8"))


@SETTINGS
@given(st.lists(st.integers(min_value=0, max_value=50), max_size=6), json_values)
def test_the_small_workshop_with_one_part_replaced_in_english(path: list[int], value: Any) -> None:
    data = _replace(base(), path, value)
    check_bytes(json.dumps(data).encode("utf-8"), "--lang", "en")


@SETTINGS
@given(
    st.integers(min_value=0, max_value=len(EXAMPLE) - 1),
    st.binary(min_size=1, max_size=8),
    st.booleans(),
)
def test_a_real_workshop_damaged_or_cut(at: int, junk: bytes, cut: bool) -> None:
    content = EXAMPLE[:at] if cut else EXAMPLE[:at] + junk + EXAMPLE[at + len(junk) :]
    check_bytes(content)


@settings(max_examples=40, deadline=None)  # each run renders a whole table
@given(
    st.lists(
        st.binary(max_size=600) | json_values.map(lambda v: json.dumps(v).encode()),
        min_size=1,
        max_size=3,
    )
)
def test_pra_list_shows_every_file_whatever_it_holds(contents: list[bytes]) -> None:
    out, err = io.StringIO(), io.StringIO()
    with tempfile.TemporaryDirectory() as folder:
        names = [f"berkas-{i}.json" for i in range(len(contents))]
        for name, content in zip(names, contents, strict=True):
            (Path(folder) / name).write_bytes(content)
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                code = main(["list", "--data-dir", folder])
        finally:
            folders._override = None  # --data-dir is process state
    printed = out.getvalue() + err.getvalue()
    assert code == 0, printed
    assert "Traceback" not in printed and "\x1b" not in printed
    table = out.getvalue().split("\n\n")[1].splitlines()
    assert len(table) == 1 + len(contents)
    assert sorted(line.split()[-1] for line in table[1:]) == names
