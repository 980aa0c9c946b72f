"""Hostile snippets are refused with a sentence naming their file, within 10 s and 1 GB.

Each case exports a plan with a template whose ``plan_intro.j2`` holds the
snippet, in a fresh interpreter whose address space is limited to 1 GB and
which is given 10 s; it must end with the expected sentence (or finish), never
with a traceback, ``MemoryError`` or the time running out.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pra.errors import PraError
from pra.export.files import export_workshop
from pra.export.template import default_template_dir
from tests.export.factory import one_participant_workshop

ROOT = Path(__file__).resolve().parents[2]

CASES = {
    "range_10_9": ("{% for i in range(10**9) %}x{% endfor %}", "snippet_too_big"),
    "recursive_macro": ("{% macro f(n) %}{{ f(n) }}{% endmacro %}{{ f(1) }}", "snippet_too_deep"),
    "growing_macro": (
        "{% macro f(s) %}{{ f(s ~ s) }}{% endmacro %}{{ f('x') }}",
        "snippet_too_big",
    ),
    "self_include": ("{% include 'plan_intro.j2' %}", "snippet_includes"),
    "x_times_10_13": ("{{ 'x' * 10**13 }}", "snippet_too_big"),
    "list_times_10_9": ("{{ [0] * 10**9 }}", "snippet_too_big"),
    "nested_ranges": (
        "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
        "snippet_too_slow",
    ),
    "x_times_10_9": ("{{ 'x' * 10**9 }}", "snippet_too_big"),
    "ljust": ("{{ 'x'.ljust(10**9) }}", "snippet_too_big"),
    "center_filter": ("{{ 'x' | center(1000000000) }}", "snippet_too_big"),
    "format_width": ("{{ '{:>1000000000}'.format(1) }}", "snippet_too_big"),
    "percent_width": ("{{ '%1000000000d' % 1 }}", "snippet_too_big"),
    "namespace_doubling": (
        "{% set ns = namespace(s='x') %}{% for i in range(64) %}"
        "{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s }}",
        "snippet_too_big",
    ),
    "long_output": (
        "{% for i in range(100000) %}{% for j in range(100) %}xxxxxxxxxx{% endfor %}{% endfor %}",
        "snippet_too_big",
    ),
    "nested_lists": ("{{ [[0] * 1000] * 1000 }}", "snippet_too_big"),
    "huge_power": ("{{ 2 ** 100000 }}", "snippet_too_big"),
    "division_by_zero": ("{{ 1 / 0 }}", "snippet_broken"),
    "replace_method": ("{{ ('a' * 50000).replace('', 'b' * 50000) }}", "snippet_too_big"),
    "replace_filter": ("{{ ('a' * 50000) | replace('a', 'b' * 50000) }}", "snippet_too_big"),
    "join_filter": ("{{ range(50000) | list | join('x' * 50000) }}", "snippet_too_big"),
    "join_method": ("{{ ('x' * 50000).join('y' * 50000) }}", "snippet_too_big"),
    "indent_filter": ("{{ 'a\nb' | indent(10**9) }}", "snippet_too_big"),
    "recursive_loop": (
        "{% for x in [1] recursive %}{{ loop([x]) }}{% endfor %}",
        "snippet_too_deep",
    ),
}

_RUN = """
import json, resource, sys
from pathlib import Path
resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
from pra.errors import PraError
from pra.export.files import export_workshop
from tests.export.factory import one_participant_workshop
folder, out = Path(sys.argv[1]), Path(sys.argv[2])
try:
    export_workshop(one_participant_workshop(), source="one", output=out, template_dir=folder)
    print(json.dumps({"key": None, "message": ""}))
except PraError as error:
    print(json.dumps({"key": error.key, "message": error.message("id")}))
"""


def _template_with(tmp_path: Path, snippet: str, name: str = "plan_intro.j2") -> Path:
    folder = tmp_path / "lembaga"
    shutil.copytree(default_template_dir(), folder)
    (folder / "snippets" / "id" / name).write_text(snippet, encoding="utf-8")
    return folder


@pytest.mark.parametrize("case", list(CASES))
def test_a_hostile_snippet_gets_a_sentence_within_10_s_and_1_gb(tmp_path: Path, case: str) -> None:
    snippet, key = CASES[case]
    folder = _template_with(tmp_path, snippet)
    done = subprocess.run(
        [sys.executable, "-c", _RUN, str(folder), str(tmp_path / "out")],
        capture_output=True,
        text=True,
        timeout=10,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout)
    assert result["key"] == f"export.error.{key}"
    assert str(folder / "snippets" / "id" / "plan_intro.j2") in result["message"]
    assert "Traceback" not in done.stderr


def test_an_ordinary_snippet_with_loops_and_macros_still_renders(tmp_path: Path) -> None:
    import docx

    snippet = (
        "{% macro bold(s) %}*{{ s }}*{% endmacro %}"
        "{% for i in range(3) %}{{ bold(group) }} {% endfor %}{{ '%05d' % 42 }} {{ 2 ** 10 }}"
    )
    folder = _template_with(tmp_path, snippet)
    result = export_workshop(
        one_participant_workshop(), source="one", output=tmp_path / "out", template_dir=folder
    )
    texts = [p.text for p in docx.Document(str(result.documents[0])).paragraphs]
    assert "*Kelompok Satu* *Kelompok Satu* *Kelompok Satu* 00042 1024" in texts


def test_a_snippet_that_is_not_utf8_gets_a_sentence(tmp_path: Path) -> None:
    folder = _template_with(tmp_path, "")
    path = folder / "snippets" / "id" / "signatures.j2"
    path.write_bytes("Disetujui oleh {{ group }} — Pengurus".encode("cp1252"))
    with pytest.raises(PraError) as raised:
        export_workshop(
            one_participant_workshop(), source="one", output=tmp_path / "out", template_dir=folder
        )
    assert raised.value.key == "export.error.snippet_not_utf8"
    assert str(path) in raised.value.message("id")
    assert "UTF-8" in raised.value.message("en")
