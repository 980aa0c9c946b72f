"""The parts of a template's Word package, read within limits and made safe before use.

A ``.docx`` is a zip of XML parts and pictures. Before python-docx sees one:

- its size once unpacked is checked from the zip's own directory, before
  anything is unpacked: each part at most :data:`MAX_PART_BYTES`, the XML parts
  together at most :data:`MAX_XML_BYTES` (python-docx holds them as trees, many
  times their size, once per plan), everything at most :data:`MAX_UNPACKED_BYTES`;
  and each part is then read no further than the size it declares;
- every XML part is parsed without DTDs, entities or network access, and one
  with a ``<!DOCTYPE`` is refused (Word never writes one; an entity can expand
  to gigabytes or read local files);
- a relationship to something outside the package (``TargetMode="External"``)
  other than a web or e-mail link (``http:``, ``https:``, ``mailto:``) is
  removed, with the elements that use it (a linked picture, a ``file:`` path,
  Word's attached-template path), and reported, so no plan points at a file
  of the computer it was made on.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any, Final

from pra.errors import PraError

MAX_PART_BYTES: Final = 25 * 1024 * 1024
"""One part (a large logo or photo); Word's own parts are far smaller."""
MAX_XML_BYTES: Final = 10 * 1024 * 1024
"""All XML parts together: a letterhead template's are well under 1 MB."""
MAX_UNPACKED_BYTES: Final = 50 * 1024 * 1024
"""Everything together, once unpacked."""
MAX_PARTS: Final = 2000
"""Parts in one package (Word writes a few dozen)."""

SAFE_LINKS: Final = ("http://", "https://", "mailto:")
_DOCTYPES: Final = tuple("<!DOCTYPE".encode(code) for code in ("utf-8", "utf-16-le", "utf-16-be"))
_XML_SUFFIXES: Final = (".xml", ".rels", ".vml")
_RELS_NS: Final = "http://schemas.openxmlformats.org/package/2006/relationships"
_R_NS: Final = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


@dataclass(frozen=True, slots=True)
class Removed:
    """An external relationship taken out of the template."""

    part: str
    target: str


def _mb(size: int) -> str:
    return f"{size / 1024 / 1024:.1f}"


def _too_large(path: object, size: int, limit: int) -> PraError:
    return PraError(
        "export.error.template_too_large", path=path, size=_mb(size), limit=limit // 1024 // 1024
    )


def _is_xml(name: str) -> bool:
    return name.lower().endswith(_XML_SUFFIXES) or name == "[Content_Types].xml"


def check_sizes(path: object, infos: list[zipfile.ZipInfo]) -> None:
    """Refuse a package whose declared sizes are beyond the limits, before unpacking anything."""
    if len(infos) > MAX_PARTS:
        raise PraError("export.error.template_parts", path=path, count=len(infos), limit=MAX_PARTS)
    total = sum(info.file_size for info in infos)
    if total > MAX_UNPACKED_BYTES:
        raise _too_large(path, total, MAX_UNPACKED_BYTES)
    xml = sum(info.file_size for info in infos if _is_xml(info.filename))
    if xml > MAX_XML_BYTES:
        raise _too_large(path, xml, MAX_XML_BYTES)
    for info in infos:
        if info.file_size > MAX_PART_BYTES:
            raise _too_large(path, info.file_size, MAX_PART_BYTES)


def read_part(path: object, z: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """A part's bytes, never more than it declares (a lying directory is refused)."""
    with z.open(info) as part:
        blob = part.read(info.file_size + 1)
    if len(blob) > info.file_size:
        raise _too_large(path, len(blob), info.file_size)
    return blob


def _parser() -> Any:
    from lxml import etree  # type: ignore[import-untyped]

    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def parse_part(path: object, name: str, blob: bytes) -> Any:
    """An XML part as an lxml tree, refused if it declares a DTD (``<!DOCTYPE``)."""
    from lxml import etree

    if any(mark in blob for mark in _DOCTYPES):
        raise PraError("export.error.template_dtd", path=path, part=name)
    try:
        root = etree.fromstring(blob, _parser())
    except etree.XMLSyntaxError as error:
        raise PraError(
            "export.error.template_broken", path=path, reason=f"{name}: {error}"[:200]
        ) from None
    if root is None:
        raise PraError("export.error.template_broken", path=path, reason=name)
    tree = root.getroottree()
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise PraError("export.error.template_dtd", path=path, part=name)
    return root


def _owner(rels_name: str) -> str:
    """``word/_rels/document.xml.rels`` → ``word/document.xml``."""
    rels = PurePosixPath(rels_name)
    return str(rels.parent.parent / rels.name.removesuffix(".rels")).lstrip("./")


def _strip_external(rels: Any) -> dict[str, str]:
    """Remove the unsafe external relationships of a ``.rels`` tree; their id → target."""
    removed: dict[str, str] = {}
    for rel in list(rels):
        if rel.tag != f"{{{_RELS_NS}}}Relationship" or rel.get("TargetMode") != "External":
            continue
        target = rel.get("Target") or ""
        link = (rel.get("Type") or "").endswith("/hyperlink")
        if link and target.strip().lower().startswith(SAFE_LINKS):
            continue
        removed[rel.get("Id") or ""] = target
        rels.remove(rel)
    return removed


def _drop_users(root: Any, ids: set[str]) -> None:
    """Remove every element of ``root`` that refers to one of ``ids`` by an ``r:`` attribute."""
    for element in list(root.iter()):
        if any(
            key.startswith(f"{{{_R_NS}}}") and value in ids for key, value in element.attrib.items()
        ):
            parent = element.getparent()
            if parent is not None:
                parent.remove(element)


def safe_package(
    path: object, data: bytes, rename: tuple[bytes, bytes] | None
) -> tuple[bytes, list[Removed]]:
    """The package ``data`` checked and, where needed, rewritten; what was removed.

    ``rename``: a content type to replace in ``[Content_Types].xml`` (a ``.dotx``
    main part becomes a ``.docx`` one). Raises :class:`PraError` with a sentence
    for every refusal; the caller turns ``zipfile`` errors into one too.
    """
    from lxml import etree

    with zipfile.ZipFile(io.BytesIO(data)) as z:
        infos = z.infolist()
        check_sizes(path, infos)
        blobs = {info.filename: read_part(path, z, info) for info in infos}
    trees = {name: parse_part(path, name, blob) for name, blob in blobs.items() if _is_xml(name)}
    removed: list[Removed] = []
    changed: set[str] = set()
    for name, tree in trees.items():
        if not name.endswith(".rels"):
            continue
        gone = _strip_external(tree)
        if not gone:
            continue
        changed.add(name)
        removed += [Removed(name, target) for target in gone.values()]
        owner = _owner(name)
        if owner in trees:
            _drop_users(trees[owner], set(gone))
            changed.add(owner)
    renamed = False
    if rename is not None:
        old, new = rename
        types = blobs.get("[Content_Types].xml", b"")
        if old in types:
            blobs["[Content_Types].xml"] = types.replace(old, new)
            renamed = True
    if not changed and not renamed:
        return data, removed
    for name in changed:
        blobs[name] = etree.tostring(
            trees[name], xml_declaration=True, encoding="UTF-8", standalone=True
        )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in infos:
            target.writestr(info, blobs[info.filename])
    return out.getvalue(), removed
