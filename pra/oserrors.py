"""Operating-system errors said in the user's language.

``OSError.strerror`` is English (``Operation not permitted``), which reads badly
inside an Indonesian sentence. :func:`os_reason` keeps the error's ``errno`` and
says the common ones from the catalogue (``[oserror]``, both languages); any
other error falls back to the operating system's own text. The result is a
:class:`OsReason`: pass it as a parameter of a :class:`~pra.errors.PraError`
(or a store problem) and it is said in the language the message is rendered in.
"""

from __future__ import annotations

import errno
from dataclasses import dataclass
from typing import Final

from pra.i18n import Language, t

_KEYS: Final[dict[int, str]] = {
    code: key
    for name, key in (
        ("EACCES", "no_permission"),
        ("EPERM", "not_permitted"),
        ("EROFS", "read_only"),
        ("ENOSPC", "disk_full"),
        ("EDQUOT", "quota"),
        ("ENOENT", "missing"),
        ("ENOTDIR", "not_folder"),
        ("EISDIR", "is_folder"),
        ("ENAMETOOLONG", "name_too_long"),
        ("EEXIST", "exists"),
        ("ENOTEMPTY", "not_empty"),
        ("EBUSY", "busy"),
        ("EIO", "io"),
        ("ELOOP", "loop"),
        ("EINVAL", "invalid_name"),
        ("EXDEV", "other_device"),
        ("EMFILE", "too_many_open"),
    )
    if (code := getattr(errno, name, None)) is not None
}
"""errno -> key in the ``[oserror]`` catalogue table (codes this platform lacks are left out)."""


@dataclass(frozen=True, slots=True)
class OsReason:
    """Why the operating system refused, said in a language by :meth:`text`."""

    code: int | None
    detail: str

    def text(self, lang: Language | None = None) -> str:
        key = _KEYS.get(self.code) if self.code is not None else None
        if key is None:
            return self.detail
        return t(f"oserror.{key}", lang=lang)

    def __str__(self) -> str:
        return self.text()


def os_reason(error: OSError) -> OsReason:
    """The reason of ``error``, to be said in the catalogue's words (or the OS text for rare ones)."""
    return OsReason(error.errno, error.strerror or str(error) or type(error).__name__)


def say(error: OSError, lang: Language | None = None) -> str:
    """:func:`os_reason` as text in ``lang`` (default: the language in force)."""
    return os_reason(error).text(lang)
