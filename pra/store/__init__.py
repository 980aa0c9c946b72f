"""Workshop files: read, check, save safely, lock, find.

The API everyone codes against (see the modules for the details):

* :func:`load` / :func:`loads` — a valid, current :class:`~pra.model.Workshop`,
  or :class:`WorkshopFileError` whose message names the file and the place
  (``palembang.json: kelompok "Sedap Malam", langkah 3: ...``) and whose
  ``problems`` holds every problem found. Files over 20 MB are refused unread;
  a UTF-8 BOM is stripped; older ``schema_version`` files are migrated
  (:mod:`pra.store.migrations`); newer ones are refused with a message.
* :func:`check_file` (``list[FileProblem]``) and :func:`problems`
  (``list[str]``, one sentence per problem) — what ``pra check`` prints.
* :func:`dumps` — canonical JSON text (indent 2, trailing newline, no BOM).
"""

from pra.store.codec import dumps
from pra.store.loading import check_file, load, loads, problems
from pra.store.migrations import MIGRATIONS, migrate, migration
from pra.store.problems import FileProblem, WorkshopFileError
from pra.store.reading import MAX_BYTES

__all__ = [
    "MAX_BYTES",
    "MIGRATIONS",
    "FileProblem",
    "WorkshopFileError",
    "check_file",
    "dumps",
    "load",
    "loads",
    "migrate",
    "migration",
    "problems",
]
