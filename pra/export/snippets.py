"""The narrative passages of the printed documents, rendered from the template's text snippets.

Snippets are jinja2 files (``snippets/<lang>/<name>.j2``) in the template
folder; an organisation may rewrite them, so they are rendered in jinja2's
*immutable sandbox* with limits on size, depth and time
(:mod:`pra.export.sandbox`: a snippet cannot reach Python internals, fill the
memory or run for long) and strict undefined variables (a misspelt name is an
error, not a silent blank). Snippets are read as UTF-8. A snippet missing from
a custom template falls back to the default one. A blank line in a snippet
starts a new paragraph. Every failure is a sentence naming the snippet's file.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pra.errors import PraError
from pra.i18n import Language

if TYPE_CHECKING:
    from jinja2.sandbox import ImmutableSandboxedEnvironment


@lru_cache(maxsize=8)
def _environment(dirs: tuple[str, ...]) -> ImmutableSandboxedEnvironment:
    """One environment per set of folders, shared by every document of a run.

    jinja2 compiles each snippet once per environment and re-reads it only when
    the file changes on disk, so the second plan of a workshop costs no compiling.
    """
    from jinja2 import FileSystemLoader, StrictUndefined

    from pra.export.sandbox import bounded_environment

    return bounded_environment(
        loader=FileSystemLoader(list(dirs), encoding="utf-8"),
        undefined=StrictUndefined,
        autoescape=False,
        keep_trailing_newline=False,
    )


class Snippets:
    """Renders snippets for one language from a template folder, falling back to the default."""

    def __init__(self, folders: list[Path], lang: Language) -> None:
        self.lang = lang
        self.dirs = [f / "snippets" / lang for f in dict.fromkeys(folders)]

    def _environment(self) -> ImmutableSandboxedEnvironment:
        return _environment(tuple(str(d) for d in self.dirs if d.is_dir()))

    def _path_of(self, name: str) -> str:
        """The file the snippet ``name`` is read from (the first folder that has it)."""
        found = next((d / name for d in self.dirs if (d / name).is_file()), None)
        return str(found) if found is not None else ", ".join(str(d) for d in self.dirs)

    def paragraphs(self, name: str, values: Mapping[str, Any]) -> list[str]:
        """The snippet ``name`` rendered with ``values``, split into paragraphs at blank lines."""
        import jinja2

        from pra.export.sandbox import SnippetLimit, render_bounded

        env = self._environment()
        file = f"{name}.j2"
        try:
            template = env.get_template(file)
            text = render_bounded(template, values)
        except jinja2.TemplateNotFound:
            where = ", ".join(str(d) for d in self.dirs)
            raise PraError(
                "export.error.snippet_broken", name=file, path=where, reason="-"
            ) from None
        except jinja2.TemplateError as error:  # syntax, undefined names, sandbox refusals
            path = getattr(error, "filename", None) or self._path_of(file)
            raise PraError(
                "export.error.snippet_broken", name=file, path=path, reason=_reason(error)
            ) from None
        except SnippetLimit as limit:
            raise PraError(limit.key, path=self._path_of(file)) from None
        except UnicodeDecodeError:
            raise PraError("export.error.snippet_not_utf8", path=self._path_of(file)) from None
        except RecursionError:
            raise PraError("export.error.snippet_too_deep", path=self._path_of(file)) from None
        except (ArithmeticError, ValueError, TypeError, LookupError, AttributeError) as error:
            raise PraError(
                "export.error.snippet_broken",
                name=file,
                path=self._path_of(file),
                reason=_reason(error),
            ) from None
        parts = [" ".join(block.split()) for block in text.replace("\r\n", "\n").split("\n\n")]
        return [p for p in parts if p]


def _reason(error: Exception) -> str:
    """Why a snippet failed, in the user's language (jinja's and Python's own text is English).

    The kind of mistake and, for a syntax error, its line: enough for the person
    editing the template to find it, with no English fragment in the sentence.
    """
    import jinja2

    from pra.i18n import t

    if isinstance(error, jinja2.TemplateSyntaxError):
        return t("export.error.reason_syntax", line=error.lineno)
    if isinstance(error, jinja2.UndefinedError):
        return t("export.error.reason_undefined")
    if isinstance(error, jinja2.exceptions.SecurityError):
        return t("export.error.reason_refused")
    return t("export.error.reason_other", kind=type(error).__name__)
