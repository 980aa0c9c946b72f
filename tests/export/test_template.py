"""Templates: an organisation's restyled copy, a .dotx, missing styles, and files that are not templates."""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import docx
import pytest
from docx.shared import Pt

from pra.errors import PraError
from pra.export.files import export_workshop
from pra.export.template import (
    MAX_TEMPLATE_BYTES,
    REQUIRED_STYLES,
    default_template_dir,
    load_template,
)
from tests.export.factory import example, one_participant_workshop


def copy_default(tmp_path: Path) -> Path:
    folder = tmp_path / "lembaga"
    shutil.copytree(default_template_dir(), folder)
    return folder


def test_the_shipped_template_has_every_style_and_is_a4() -> None:
    doc = docx.Document(str(default_template_dir() / "base.docx"))
    names = {s.name for s in doc.styles}
    assert set(REQUIRED_STYLES) <= names
    section = doc.sections[0]
    assert (section.page_width, section.page_height) == (7560310, 10692130)


def test_the_shipped_template_prints_tables_large_enough_to_read_aloud() -> None:
    doc = docx.Document(str(default_template_dir() / "base.docx"))
    sizes = {name: doc.styles[name].font.size for name in ("Table Text", "Calendar Text")}
    for name in ("Table Heading", "Amount", "Signature"):
        sizes[name] = doc.styles[name].font.size or sizes["Table Text"]
    assert sizes == {
        "Table Text": Pt(10.5),
        "Table Heading": Pt(10.5),
        "Amount": Pt(10.5),
        "Signature": Pt(10.5),
        "Calendar Text": Pt(9.5),
    }


def test_shipped_template_matches_its_build_script() -> None:
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, str(root / "tools" / "build_template.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr


def test_an_edited_copy_changes_the_look_not_the_content(tmp_path: Path) -> None:
    folder = copy_default(tmp_path)
    base = docx.Document(str(folder / "base.docx"))
    base.styles["Heading 1"].font.size = Pt(20)
    base.styles["Normal"].font.name = "Georgia"
    base.sections[0].header.paragraphs[0].text = "YAYASAN BINA VITALIS — Jl. Merdeka 1"
    base.add_paragraph("Contoh isi templat yang tidak boleh ikut tercetak")
    base.save(str(folder / "base.docx"))
    (folder / "snippets" / "id" / "signatures.j2").write_text(
        "Disetujui oleh {{ group | upper }}.", encoding="utf-8"
    )
    result = export_workshop(
        example("palembang"),
        source="p",
        output=tmp_path / "out",
        group="Kelompok Sedap Malam",
        template_dir=folder,
    )
    doc = docx.Document(str(result.documents[0]))
    assert doc.styles["Heading 1"].font.size == Pt(20)
    assert doc.sections[0].header.paragraphs[0].text.startswith("YAYASAN BINA VITALIS")
    texts = [p.text for p in doc.paragraphs]
    assert "Contoh isi templat yang tidak boleh ikut tercetak" not in texts
    assert "Disetujui oleh KELOMPOK SEDAP MALAM." in texts
    assert "Halaman" in doc.sections[0].footer.paragraphs[-1].text


def test_deleted_styles_fall_back_to_the_default(tmp_path: Path) -> None:
    folder = copy_default(tmp_path)
    base = docx.Document(str(folder / "base.docx"))
    styles = base.styles.element
    for name in ("Amount", "Table Text", "Calendar Text", "Signature"):
        styles.remove(base.styles[name].element)
    base.save(str(folder / "base.docx"))
    assert "Amount" not in {s.name for s in docx.Document(str(folder / "base.docx")).styles}
    template = load_template(folder)
    doc = template.new_document()
    assert set(REQUIRED_STYLES) <= {s.name for s in doc.styles}
    result = export_workshop(
        example("yogyakarta"), source="y", output=tmp_path / "out", template=template
    )
    doc = docx.Document(str(result.documents[0]))
    amounts = [p for tb in doc.tables for row in tb.rows for c in row.cells for p in c.paragraphs]
    assert any(p.style.name == "Amount" for p in amounts)


def test_a_word_template_dotx_is_accepted(tmp_path: Path) -> None:
    folder = tmp_path / "dotx"
    folder.mkdir()
    source = default_template_dir() / "base.docx"
    with zipfile.ZipFile(source) as z, zipfile.ZipFile(folder / "base.dotx", "w") as out:
        for info in z.infolist():
            blob = z.read(info.filename)
            if info.filename == "[Content_Types].xml":
                blob = blob.replace(b"document.main+xml", b"template.main+xml")
            out.writestr(info, blob)
    with zipfile.ZipFile(folder / "base.dotx") as z:
        assert b"template.main+xml" in z.read("[Content_Types].xml")
    shutil.copytree(default_template_dir() / "snippets", folder / "snippets")
    result = export_workshop(
        one_participant_workshop(), source="one", output=tmp_path / "out", template_dir=folder
    )
    with zipfile.ZipFile(result.documents[0]) as z:
        assert b"document.main+xml" in z.read("[Content_Types].xml")
    docx.Document(str(result.documents[0]))


@pytest.mark.parametrize(
    "content",
    [b"", b"not a zip at all", b"PK\x03\x04 truncated", "zip-without-document"],
)
def test_a_broken_template_gets_a_sentence(tmp_path: Path, content: bytes | str) -> None:
    folder = tmp_path / "rusak"
    folder.mkdir()
    if isinstance(content, str):
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as z:
            z.writestr("hello.txt", "no Word here")
        content = buffer.getvalue()
    (folder / "base.docx").write_bytes(content)
    with pytest.raises(PraError) as raised:
        load_template(folder)
    message = raised.value.message("id")
    assert "tidak bisa dibaca sebagai dokumen Word" in message
    assert str(folder / "base.docx") in message
    assert "Traceback" not in message


def test_a_folder_without_a_base_document(tmp_path: Path) -> None:
    with pytest.raises(PraError) as raised:
        load_template(tmp_path)
    assert raised.value.key == "export.error.template_missing"
    assert str(tmp_path) in raised.value.message("en")


def test_an_oversized_template_is_refused_unread(tmp_path: Path) -> None:
    folder = tmp_path / "besar"
    folder.mkdir()
    with (folder / "base.docx").open("wb") as f:
        f.truncate(MAX_TEMPLATE_BYTES + 1)  # sparse: no 20 MB actually written
    with pytest.raises(PraError) as raised:
        load_template(folder)
    assert raised.value.key == "export.error.template_too_large"
    assert "20 MB" in raised.value.message("id")


def test_a_template_that_unpacks_to_too_much_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "bom"
    folder.mkdir()
    with zipfile.ZipFile(folder / "base.docx", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/media/huge.bin", b"\0" * (101 * 1024 * 1024))
    assert (folder / "base.docx").stat().st_size < 1024 * 1024
    with pytest.raises(PraError) as raised:
        load_template(folder)
    assert raised.value.key == "export.error.template_too_large"


def test_a_broken_snippet_names_itself(tmp_path: Path) -> None:
    folder = copy_default(tmp_path)
    (folder / "snippets" / "id" / "plan_intro.j2").write_text("{{ group ", encoding="utf-8")
    with pytest.raises(PraError) as raised:
        export_workshop(
            one_participant_workshop(), source="one", output=tmp_path, template_dir=folder
        )
    message = raised.value.message("id")
    assert "plan_intro.j2" in message
    # jinja's own English ("unexpected end of template") is not passed on: the line is
    assert message.endswith("salah: penulisan templat salah di baris 1")


@pytest.mark.parametrize(
    "text",
    [
        "{{ group.__class__.__mro__ }}",
        "{{ ''.__class__.__subclasses__() }}",
        "{{ undefined_name }}",
    ],
)
def test_snippets_are_sandboxed_and_strict(tmp_path: Path, text: str) -> None:
    folder = copy_default(tmp_path)
    (folder / "snippets" / "id" / "signatures.j2").write_text(text, encoding="utf-8")
    with pytest.raises(PraError) as raised:
        export_workshop(
            one_participant_workshop(), source="one", output=tmp_path, template_dir=folder
        )
    assert raised.value.key == "export.error.snippet_broken"


def test_a_missing_snippet_falls_back_to_the_default(tmp_path: Path) -> None:
    folder = copy_default(tmp_path)
    shutil.rmtree(folder / "snippets")
    result = export_workshop(
        one_participant_workshop(), source="one", output=tmp_path / "out", template_dir=folder
    )
    texts = [p.text for p in docx.Document(str(result.documents[0])).paragraphs]
    assert any(x.startswith("Rencana usaha ini disusun oleh Kelompok Satu") for x in texts)
