"""Export a workshop: choose the groups, name the files, write them, optionally make PDFs.

This is what ``pra export`` and the TUI's review step call; it takes a
workshop value (loading is the store's job) and returns the paths written.
"""

from __future__ import annotations

import os
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from pra.errors import PraError
from pra.export.naming import marked_stem, plan_stem, safe_stem, unique_names
from pra.export.template import Template, load_template
from pra.i18n import Language, t
from pra.model import BusinessGroup, Workshop

if TYPE_CHECKING:
    from docx.document import Document

ALL = "all"


@dataclass(frozen=True)
class ExportResult:
    """The Word files written and their PDF copies (when asked for)."""

    documents: list[Path] = field(default_factory=list)
    pdfs: list[Path] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    """Sentences for the user about what was not written and why."""
    failed: list[Path] = field(default_factory=list)
    """Files that were not written because of an unexpected error (their sentence is in ``notes``)."""
    printed: list[str] = field(default_factory=list)
    """The names of the groups whose plans were written (drafts included)."""
    refused: list[str] = field(default_factory=list)
    """The names of the groups whose plans must be fixed first and were not asked for as drafts."""


def select_groups(ws: Workshop, wanted: str, source: str) -> list[BusinessGroup]:
    """Every group for ``all``, else the group whose id or name (ignoring case) is ``wanted``."""
    if not ws.groups:
        raise PraError("export.error.no_groups", file=source)
    if wanted.strip().casefold() == ALL:
        return list(ws.groups)
    key = wanted.strip().casefold()
    found = [g for g in ws.groups if g.id.casefold() == key or g.name.casefold() == key]
    if not found:
        raise PraError(
            "export.error.no_group",
            name=wanted,
            file=source,
            choices=", ".join(f'"{g.name}"' for g in ws.groups),
        )
    return found[:1]


def save_document(doc: Document, path: Path) -> None:
    """Write ``doc`` to ``path`` through a temporary file, so a failed write leaves no half file.

    The document gets the permissions of any new file (``0o666`` less the umask), not the
    temporary file's private ``0o600``: a plan is copied to a USB stick, printed by another
    account, read by a colleague on the same laptop. A file written before is given them too.
    """
    from pra.store.atomic import NEW_FILE_MODE

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".pra-", suffix=".docx", dir=path.parent)
        os.close(fd)
        try:
            doc.save(tmp)
            Path(tmp).chmod(NEW_FILE_MODE)
            Path(tmp).replace(path)
        finally:
            Path(tmp).unlink(missing_ok=True)
    except OSError as error:
        from pra.oserrors import os_reason

        raise PraError("export.error.cannot_write", path=path, reason=os_reason(error)) from None


def targets(output: Path | None, stems: list[str]) -> list[Path]:
    """Where the documents go: ``output`` itself for one ``.docx``, else files in that folder."""
    if output is not None and output.suffix.lower() == ".docx":
        if len(stems) != 1:
            raise PraError("export.error.one_file_many", path=output, count=len(stems))
        return [output]
    folder = output if output is not None else Path.cwd()
    return [folder / f"{stem}.docx" for stem in stems]


def write_documents(
    jobs: list[tuple[str, Callable[[], Document]]],
    output: Path | None,
    notes: list[str],
    lang: Language | None,
) -> tuple[list[Path], list[Path]]:
    """Build and save each ``(stem, build)`` job; the files written and the files that failed.

    A defect met on one document is said in ``notes`` and the others are still written; a
    :class:`PraError` (a folder that cannot be written, …) stops the run.
    """
    paths = targets(output, unique_names(stem for stem, _ in jobs))
    written: list[Path] = []
    failed: list[Path] = []
    for (_, build), path in zip(jobs, paths, strict=True):
        try:
            save_document(build(), path)
        except PraError:
            raise
        except Exception:  # a defect met on one document: say so, write the others
            notes.append(t("export.error.unexpected", lang, path=path))
            failed.append(path)
            continue
        written.append(path)
    return written, failed


def export_workshop(
    ws: Workshop,
    *,
    source: str,
    output: Path | None = None,
    group: str = ALL,
    template_dir: Path | None = None,
    lang: Language = "id",
    plans: bool = True,
    minutes: bool = False,
    pdf: bool = False,
    template: Template | None = None,
    drafts: bool = False,
) -> ExportResult:
    """Write the plan of each chosen group (and the workshop record) and return the paths.

    Everything is checked before the first file is written: the template,
    the group names, and the output target. With ``minutes`` and no group yet,
    the plans are skipped (a sentence in ``notes`` says so) and the record is written.
    A document that fails in a way nobody foresaw (a defect) is not written:
    ``failed`` lists it and ``notes`` says so, without the error's text (it
    may quote participants' names); the other documents are still written.

    A plan that must be fixed first (:func:`pra.plan.checks.blocking_checks`) is printed
    only with ``drafts``, then as a draft (marked on every page, "DRAF" in its title and
    file name, nothing to sign); without it, it is left out and named in ``refused``,
    and the other groups' plans are still written.
    """
    from pra.export.emoji import any_emoji
    from pra.export.minutes import build_minutes
    from pra.export.plan import build_plan
    from pra.plan.checks import blocking_checks

    template = template or load_template(template_dir)
    notes: list[str] = []
    if template.removed:
        links = ", ".join(f"{r.target} ({r.part})" for r in template.removed)
        notes.append(
            t("export.error.template_external", lang, path=template.base_path, links=links)
        )
    if plans and minutes and not ws.groups:
        # the workshop record can be printed before any group has formed
        notes.append(t("export.document.plans_skipped", lang, file=source))
        plans = False
    groups = select_groups(ws, group, source) if plans else []
    if any_emoji(ws):
        notes.append(t("export.document.emoji_left_out", lang, file=source))
    workshop = ws.info.title or t("export.untitled", lang)
    jobs: list[tuple[str, Callable[[], Document]]] = []
    blocking = Counter(g.id for g, _ in blocking_checks(ws, groups))
    printed: list[str] = []
    refused: list[str] = []
    for g in groups:
        draft = blocking[g.id]
        if draft and not drafts:
            refused.append(g.name)
            continue
        printed.append(g.name)
        stem = plan_stem(t("export.file_plan", lang), g.name, workshop)
        if draft:
            stem = marked_stem(stem, t("export.file_draft", lang))
        jobs.append((stem, lambda g=g, d=draft: build_plan(ws, g, template, lang, d)))  # type: ignore[misc]
    if minutes:
        # the record holds every group's money: a draft while any group must fix something
        pending = len(blocking_checks(ws, ws.groups))
        stem = safe_stem(f"{t('export.file_minutes', lang)} - {workshop}")
        if pending:
            stem = marked_stem(stem, t("export.file_draft", lang))
        jobs.append((stem, lambda: build_minutes(ws, template, lang, pending)))
    written, failed = write_documents(jobs, output, notes, lang) if jobs else ([], [])
    pdfs: list[Path] = []
    if pdf:
        from pra.export.pdf import convert_to_pdf

        pdfs = convert_to_pdf(written)
    return ExportResult(written, pdfs, notes, failed, printed, refused)
