"""The narrative passages of the printed documents, rendered from the template's text snippets.

Snippets are jinja2 files (``snippets/<lang>/<name>.j2``) in the template
folder; an organisation may rewrite them, so they are rendered in jinja2's
*sandboxed* environment (a snippet cannot reach Python internals) with strict
undefined variables (a misspelt name is an error, not a silent blank). A
snippet missing from a custom template falls back to the default one.
A blank line in a snippet starts a new paragraph.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pra.errors import PraError
from pra.i18n import Language

if TYPE_CHECKING:
    from jinja2.sandbox import SandboxedEnvironment


@lru_cache(maxsize=8)
def _environment(dirs: tuple[str, ...]) -> SandboxedEnvironment:
    """One environment per set of folders, shared by every document of a run.

    jinja2 compiles each snippet once per environment and re-reads it only when
    the file changes on disk, so the second plan of a workshop costs no compiling.
    """
    from jinja2 import FileSystemLoader, StrictUndefined
    from jinja2.sandbox import SandboxedEnvironment

    return SandboxedEnvironment(
        loader=FileSystemLoader(list(dirs)),
        undefined=StrictUndefined,
        autoescape=False,
        keep_trailing_newline=False,
    )


class Snippets:
    """Renders snippets for one language from a template folder, falling back to the default."""

    def __init__(self, folders: list[Path], lang: Language) -> None:
        self.lang = lang
        self.dirs = [f / "snippets" / lang for f in dict.fromkeys(folders)]

    def _environment(self) -> SandboxedEnvironment:
        return _environment(tuple(str(d) for d in self.dirs if d.is_dir()))

    def paragraphs(self, name: str, values: Mapping[str, Any]) -> list[str]:
        """The snippet ``name`` rendered with ``values``, split into paragraphs at blank lines."""
        import jinja2

        env = self._environment()
        try:
            template = env.get_template(f"{name}.j2")
            text = template.render(**values)
        except jinja2.TemplateNotFound:
            where = ", ".join(str(d) for d in self.dirs)
            raise PraError(
                "export.error.snippet_broken", name=f"{name}.j2", path=where, reason="-"
            ) from None
        except jinja2.TemplateError as error:  # syntax, undefined names, sandbox refusals
            path = getattr(error, "filename", None) or ", ".join(str(d) for d in self.dirs)
            raise PraError(
                "export.error.snippet_broken", name=f"{name}.j2", path=path, reason=str(error)
            ) from None
        parts = [" ".join(block.split()) for block in text.replace("\r\n", "\n").split("\n\n")]
        return [p for p in parts if p]
