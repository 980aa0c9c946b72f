"""The look of the printed documents: a template folder with a styled base Word file.

A template folder holds ``base.docx`` (or a Word template, ``base.dotx``) and,
optionally, its own narrative snippets (``snippets/<lang>/*.j2``). The
exporter only uses the styles of the base document: an organisation restyles
its plans — letterhead in the header, logo, fonts — in Word or LibreOffice and
passes the folder with ``--template``. A style the organisation deleted falls
back to the default template's definition, so a plan never loses its headings.

The base is checked before use (:mod:`pra.export.template_parts`): too large a
file, one that unpacks to too much, XML with a DTD, and anything that is not a
Word document get a sentence, not a traceback; links to files outside the
package are removed and reported in the export's notes.
"""

from __future__ import annotations

import copy
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Final

from pra.errors import PraError
from pra.export.template_parts import MAX_UNPACKED_BYTES, Removed, safe_package
from pra.resources import templates_dir

__all__ = ["MAX_TEMPLATE_BYTES", "MAX_UNPACKED_BYTES", "Template", "load_template"]

if TYPE_CHECKING:
    from docx.document import Document

MAX_TEMPLATE_BYTES: Final = 20 * 1024 * 1024
"""A letterhead with a logo is well under a megabyte; 20 MB means pictures nobody shrank."""

BASE_NAMES: Final = ("base.docx", "base.dotx")
REQUIRED_STYLES: Final = (
    "Normal",
    "Title",
    "Subtitle",
    "Heading 1",
    "Heading 2",
    "Heading 3",
    "Table Grid",
    "Table Text",
    "Table Heading",
    "Calendar Text",
    "Amount",
    "List Item",
    "Note",
    "Signature",
    "Cover Line",
    "Footer",
)
"""Every style the exporter writes with (``tools/build_template.py`` defines them)."""

_WORD_MAIN: Final = (
    b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
)
_TEMPLATE_MAIN: Final = (
    b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
)


def default_template_dir() -> Path:
    """The template folder that ships with ``pra``."""
    return templates_dir() / "default"


@dataclass(frozen=True, slots=True)
class Template:
    """A prepared template: the base document's bytes (styles complete, body empty) and its folder."""

    folder: Path
    base_path: Path
    prepared: bytes
    removed: tuple[Removed, ...] = ()
    """External links taken out of the base document (part, target), for a notice."""

    def new_document(self) -> Document:
        """A fresh document with the template's styles, page setup, header and footer."""
        from docx import Document as open_document

        return open_document(io.BytesIO(self.prepared))


def find_base(folder: Path) -> Path:
    """``base.docx`` or ``base.dotx`` in ``folder`` (or ``folder`` itself when it is such a file)."""
    if folder.is_file() and folder.suffix.lower() in (".docx", ".dotx"):
        return folder
    for name in BASE_NAMES:
        if (folder / name).is_file():
            return folder / name
    raise PraError("export.error.template_missing", path=folder)


def _read_checked(path: Path) -> tuple[bytes, list[Removed]]:
    """The file's bytes, as a Word package whose main part python-docx accepts, and what was removed.

    A ``.dotx`` differs from a ``.docx`` only in the content type of its main
    part; that type is rewritten in memory so python-docx opens it.
    """
    size = path.stat().st_size
    if size > MAX_TEMPLATE_BYTES:
        raise PraError(
            "export.error.template_too_large",
            path=path,
            size=f"{size / 1024 / 1024:.1f}",
            limit=MAX_TEMPLATE_BYTES // 1024 // 1024,
        )
    data = path.read_bytes()
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            z.getinfo("[Content_Types].xml")
        return safe_package(path, data, (_TEMPLATE_MAIN, _WORD_MAIN))
    except (zipfile.BadZipFile, KeyError, OSError, EOFError, NotImplementedError) as error:
        raise PraError("export.error.template_broken", path=path, reason=_reason(error)) from None


def _reason(error: BaseException) -> str:
    text = str(error).strip().splitlines()[0] if str(error).strip() else ""
    return f"{type(error).__name__}: {text}"[:200] if text else type(error).__name__


def _open(path: Path, data: bytes) -> Document:
    from docx import Document as open_document

    try:
        return open_document(io.BytesIO(data))
    except Exception as error:  # python-docx raises many kinds for a damaged package
        raise PraError("export.error.template_broken", path=path, reason=_reason(error)) from None


def _complete_styles(doc: Document, fallback: Document | None) -> None:
    """Copy every required style the document lacks from ``fallback`` (the default template)."""
    if fallback is None:
        return
    have = {s.name for s in doc.styles}
    missing = [name for name in REQUIRED_STYLES if name not in have]
    if not missing:
        return
    source = {s.name: s for s in fallback.styles}
    target = doc.styles.element
    needed: list[str] = []
    for name in missing:
        # A copied style may be based on another missing one (Amount on Table Text).
        style = source.get(name)
        while style is not None and style.name not in have and style.name not in needed:
            needed.append(style.name)
            style = style.base_style
    for name in needed:
        if name in source:
            target.append(copy.deepcopy(source[name].element))


def _clear_body(doc: Document) -> None:
    """Remove the base document's body text (its sample content) but keep the page setup."""
    from docx.oxml.ns import qn

    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def load_template(folder: Path | None = None) -> Template:
    """Read, check and prepare the template in ``folder`` (default: the shipped one)."""
    default_base = find_base(default_template_dir())
    if folder is None:
        folder = default_template_dir()
    base = find_base(folder)
    data, removed = _read_checked(base)
    doc = _open(base, data)
    if base.resolve() != default_base.resolve():
        _complete_styles(doc, _open(default_base, default_base.read_bytes()))
    _clear_body(doc)
    out = io.BytesIO()
    doc.save(out)
    home = folder if folder.is_dir() else folder.parent
    return Template(home, base, out.getvalue(), tuple(removed))
