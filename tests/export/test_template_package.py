"""A template's Word package: DTDs refused at load, sizes checked before unpacking, no local links.

The hostile packages are loaded in a fresh interpreter limited to 1 GB and 10 s.
"""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from pra.errors import PraError
from pra.export.files import export_workshop
from pra.export.template import default_template_dir, load_template
from pra.export.template_parts import MAX_XML_BYTES
from tests.export.factory import one_participant_workshop

ROOT = Path(__file__).resolve().parents[2]
BASE = default_template_dir() / "base.docx"

_LOAD = """
import json, resource, sys
from pathlib import Path
resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
from pra.errors import PraError
from pra.export.template import load_template
try:
    load_template(Path(sys.argv[1]))
    print(json.dumps({"key": None, "message": ""}))
except PraError as error:
    print(json.dumps({"key": error.key, "message": error.message("id")}))
"""


def _rewritten(tmp_path: Path, changes: dict[str, bytes]) -> Path:
    """The default base.docx with parts replaced or added, in a template folder."""
    folder = tmp_path / "lembaga"
    folder.mkdir()
    with (
        zipfile.ZipFile(BASE) as source,
        zipfile.ZipFile(folder / "base.docx", "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            if info.filename not in changes:
                target.writestr(info, source.read(info))
        for name, blob in changes.items():
            target.writestr(name, blob)
    return folder


def _load_bounded(folder: Path) -> dict[str, str | None]:
    done = subprocess.run(
        [sys.executable, "-c", _LOAD, str(folder)],
        capture_output=True,
        text=True,
        timeout=10,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result: dict[str, str | None] = json.loads(done.stdout)
    return result


def _part(name: str) -> bytes:
    with zipfile.ZipFile(BASE) as z:
        return z.read(name)


LAUGHS = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!DOCTYPE w:document [
 <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
 <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
 <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
 <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
 <!ENTITY x SYSTEM "file:///etc/passwd">
]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:body><w:p><w:r><w:t>&f;&x;</w:t></w:r></w:p></w:body></w:document>
"""


def test_a_doctype_entity_in_document_xml_is_refused_at_load(tmp_path: Path) -> None:
    folder = _rewritten(tmp_path, {"word/document.xml": LAUGHS})
    result = _load_bounded(folder)
    assert result["key"] == "export.error.template_dtd"
    assert str(folder / "base.docx") in str(result["message"])
    assert "word/document.xml" in str(result["message"])


def test_a_small_file_that_unpacks_to_99_mb_is_refused_before_unpacking(tmp_path: Path) -> None:
    filler = b"<w:x xmlns:w='urn:x'>" + b" " * (99 * 1024 * 1024) + b"</w:x>"
    folder = _rewritten(tmp_path, {"word/filler.xml": filler})
    assert (folder / "base.docx").stat().st_size < 400 * 1024
    result = _load_bounded(folder)
    assert result["key"] == "export.error.template_too_large"


def test_xml_parts_over_their_budget_are_refused_even_when_the_total_fits(tmp_path: Path) -> None:
    filler = b"<w:x xmlns:w='urn:x'>" + b" " * (MAX_XML_BYTES + 1) + b"</w:x>"
    folder = _rewritten(tmp_path, {"word/filler.xml": filler})
    with pytest.raises(PraError) as raised:
        load_template(folder)
    assert raised.value.key == "export.error.template_too_large"
    assert raised.value.message("en").endswith("Make the pictures in it smaller.")


def test_external_links_to_files_are_removed_with_a_notice(tmp_path: Path) -> None:
    rels = _part("word/_rels/document.xml.rels").decode("utf-8")
    extra = (
        '<Relationship Id="rIdEvil" TargetMode="External" Target="file:///etc/passwd" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"/>'
        '<Relationship Id="rIdWeb" TargetMode="External" Target="https://binavitalis.example/" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"/>'
    )
    rels = rels.replace("</Relationships>", extra + "</Relationships>")
    folder = _rewritten(tmp_path, {"word/_rels/document.xml.rels": rels.encode("utf-8")})
    template = load_template(folder)
    assert [(r.part, r.target) for r in template.removed] == [
        ("word/_rels/document.xml.rels", "file:///etc/passwd")
    ]
    result = export_workshop(
        one_participant_workshop(), source="one", output=tmp_path / "out", template_dir=folder
    )
    assert len(result.notes) == 1 and "file:///etc/passwd" in result.notes[0]
    with zipfile.ZipFile(result.documents[0]) as z:
        everything = b"".join(z.read(name) for name in z.namelist())
    assert b"/etc/passwd" not in everything
    assert b"https://binavitalis.example/" in everything


def test_the_default_template_is_used_as_it_is() -> None:
    template = load_template()
    assert template.removed == ()


def test_a_part_that_unpacks_to_more_than_it_declares_is_refused(tmp_path: Path) -> None:
    """The zip's directory says 100 bytes; the read stops there and the package is refused."""
    import struct

    folder = _rewritten(tmp_path, {"word/filler.xml": b"<x>" + b" " * 5_000_000 + b"</x>"})
    data = bytearray((folder / "base.docx").read_bytes())
    name = b"word/filler.xml"
    for signature, size_at in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (start := data.find(signature, start)) != -1:
            name_at = 30 if signature == b"PK\x03\x04" else 46
            length = struct.unpack_from("<H", data, start + (26 if name_at == 30 else 28))[0]
            if bytes(data[start + name_at : start + name_at + length]) == name:
                struct.pack_into("<I", data, start + size_at, 100)
            start += 4
    (folder / "base.docx").write_bytes(bytes(data))
    with zipfile.ZipFile(folder / "base.docx") as z:
        assert z.getinfo("word/filler.xml").file_size == 100
    with pytest.raises(PraError) as raised:
        load_template(folder)
    assert raised.value.key in ("export.error.template_broken", "export.error.template_too_large")
    assert str(folder / "base.docx") in raised.value.message("id")
