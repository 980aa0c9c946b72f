"""Workshop files: read, check, save safely, lock, find.

The API everyone codes against (details in each module):

* :func:`load` / :func:`loads` — a valid, current :class:`~pra.model.Workshop`,
  or :class:`WorkshopFileError` whose message names the file and the place
  (``palembang.json: kelompok "Sedap Malam", langkah 3: ...``) and whose
  ``problems`` holds every problem found. Files over 20 MB are refused unread;
  a UTF-8 BOM is stripped; older ``schema_version`` files are migrated
  (:mod:`pra.store.migrations`); newer ones are refused with a message.
* :func:`check_file` (``list[FileProblem]``) and :func:`problems`
  (``list[str]``, one sentence per problem, file and place included) — what
  ``pra check`` prints. Stricter than loading: control characters in text are
  reported instead of cleaned. The file is only read.
* :func:`dumps` — canonical JSON text (indent 2, trailing newline, no BOM).
* :func:`save` — validated, atomic (temp file, fsync, ``os.replace``, fsync
  folder), with 5 rotating backups in ``.pra-backups/`` plus time-spaced
  snapshots (one per 10 minutes for 2 hours, one per day for 7 days;
  :mod:`pra.store.backups`); :func:`restore_points` lists them all; raises :class:`NotSaved` for data that would not load back. A file on disk
  that does not load is kept aside before anything replaces it.
* :func:`open_workshop` — :class:`Opened` (``workshop``, ``path``,
  ``read_only``, ``held_by``, ``close()``): locked for this opener, read-only
  for any other. A file that does not load raises :class:`BrokenWorkshop`
  (``.backup`` is the newest backup that loads, rotating or snapshot, or
  ``None``; the file is left untouched); :func:`restore_backup` keeps it aside
  and puts the backup back.
* :func:`data_dir` / :func:`set_data_dir` — the user's workshop folder
  (``--data-dir``, ``$PRA_DATA_DIR``, else platformdirs), created on demand.
* :func:`list_workshops` — :class:`WorkshopSummary` per file in a folder,
  newest first; a bad file is listed with ``problem`` set.
* :func:`iter_workshop_files` — every ``*.json`` under files/folders, sorted,
  skipping backups, lock notes and temporary files.
"""

from pra.store.atomic import save_problem
from pra.store.backups import (
    BACKUP_FOLDER,
    RestorePoint,
    backups,
    newest_good_backup,
    restore_points,
    snapshots,
)
from pra.store.codec import dumps
from pra.store.file_errors import FileProblem, WorkshopFileError
from pra.store.folders import ENV_VAR, data_dir, iter_workshop_files, set_data_dir
from pra.store.loading import check_file, load, loads, problems
from pra.store.migrations import MIGRATIONS, migrate, migration
from pra.store.opened import BrokenWorkshop, Opened, open_workshop, restore_backup
from pra.store.reading import MAX_BYTES
from pra.store.saving import NotSaved, save
from pra.store.summary import WorkshopSummary, list_workshops

__all__ = [
    "BACKUP_FOLDER",
    "ENV_VAR",
    "MAX_BYTES",
    "MIGRATIONS",
    "BrokenWorkshop",
    "FileProblem",
    "NotSaved",
    "Opened",
    "RestorePoint",
    "WorkshopFileError",
    "WorkshopSummary",
    "backups",
    "check_file",
    "data_dir",
    "dumps",
    "iter_workshop_files",
    "list_workshops",
    "load",
    "loads",
    "migrate",
    "migration",
    "newest_good_backup",
    "open_workshop",
    "problems",
    "restore_backup",
    "restore_points",
    "save",
    "save_problem",
    "set_data_dir",
    "snapshots",
]
