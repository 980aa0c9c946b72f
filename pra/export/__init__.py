"""Printed documents: each group's business plan (rencana usaha) and the workshop record.

The entry points are :func:`write_plans` (what the TUI's review step calls, in
a worker thread) and :func:`pra.export.files.export_workshop` (what
``pra export`` calls, with every option). Modules, by topic:

- ``template``: the template folder (styled ``base.docx``/``.dotx``), its checks and fallbacks;
- ``snippets``: the narrative passages, rendered by jinja2's sandbox;
- ``blocks``: headings, paragraphs and tables built row by row;
- ``sections``: A4, the landscape calendar pages, the "Halaman X dari Y" footer;
- ``language``: the document language and core properties;
- ``plan``, ``problems``, ``commitments``, ``calendar``, ``money``: the parts of a plan;
- ``minutes``: the workshop record (berita acara);
- ``files``, ``naming``, ``pdf``: file names, writing, and PDF copies by LibreOffice.

python-docx and jinja2 are imported only when a document is built, so
importing this package costs nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pra.i18n import Language
    from pra.model import Workshop


def write_plans(
    ws: Workshop,
    folder: Path,
    *,
    lang: Language | None = None,
    template_dir: Path | None = None,
    minutes: bool = True,
) -> list[Path]:
    """Write every group's plan (and the workshop record) into ``folder``; return the paths.

    A plan that must be fixed first is written as a draft (the review step's second F9)."""
    from pra.export.files import export_workshop
    from pra.i18n import get_language

    result = export_workshop(
        ws,
        source=ws.info.title or ws.id,
        output=folder,
        lang=lang or get_language(),
        template_dir=template_dir,
        minutes=minutes,
        drafts=True,  # the review step asked before printing a plan that must be fixed
    )
    return result.documents
