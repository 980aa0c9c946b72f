"""Opening a workshop for editing: lock, load, and what to do when either fails.

:func:`open_workshop` returns :class:`Opened`. When another window (another
process, or another opener in this one) holds the workshop, it is still
loaded but ``read_only`` is true and ``held_by`` names the holder. Call
:meth:`Opened.close` (or use ``with``) to give the lock back.

A file that does not load is never changed: :class:`BrokenWorkshop` is raised,
carrying every problem and ``backup``, the newest backup that does load
(the five rotating ones first, then the time-spaced snapshots; or ``None``). :func:`restore_backup` keeps the broken file aside intact
in ``.pra-backups/`` and puts the backup's content in its place; open again
afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

from pra.errors import PraError
from pra.i18n import Language, t
from pra.model import Workshop
from pra.store.atomic import remove_stale_temps, write_atomic
from pra.store.backups import keep_aside, newest_good_backup, remove_own_temps
from pra.store.file_errors import FileProblem, WorkshopFileError
from pra.store.loading import load, loads
from pra.store.lock import WorkshopLock, real_path
from pra.store.reading import read_file
from pra.store.saving import save


class BrokenWorkshop(WorkshopFileError):
    """A workshop file that does not load; ``backup`` is the newest backup that does, if any."""

    def __init__(self, problems: tuple[FileProblem, ...], backup: Path | None) -> None:
        super().__init__(problems)
        self.backup = backup

    def message(self, lang: Language | None = None) -> str:
        message = super().message(lang).rstrip(".")
        if self.backup is None:
            return t("store.no_backup", lang=lang, message=message)
        return t("store.backup_offered", lang=lang, message=message, backup=self.backup)


@dataclass(eq=False)
class Opened:
    """An open workshop. ``read_only`` when someone else holds it (``held_by`` says who)."""

    workshop: Workshop
    path: Path
    read_only: bool
    held_by: str | None
    _lock: WorkshopLock | None = field(default=None, repr=False)

    def close(self) -> None:
        """Give the lock back (safe to call twice; nothing to do when read-only)."""
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def save(self, ws: Workshop, path: Path) -> None:
        """Save ``ws`` to ``path``; saving elsewhere moves the lock to the new file.

        When ``path`` is another real file, its lock is taken first (a
        :class:`~pra.errors.PraError` naming the holder when another window
        has it, nothing written), the workshop saved there, and only then this
        file's lock given back; ``path`` becomes this workshop's path. A save
        that fails keeps the old file and its lock.
        """
        if real_path(path) == real_path(self.path):
            save(ws, path)
            return
        lock = WorkshopLock(path)
        holder = lock.acquire()
        if holder is not None:
            raise PraError("store.save_as_held", file=str(path), who=holder.describe())
        try:
            save(ws, path)
        except BaseException:
            lock.release()
            raise
        previous, self._lock, self.path = self._lock, lock if lock.held else None, path
        if previous is not None:
            previous.release()

    def __enter__(self) -> Opened:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()


def open_workshop(path: Path | str) -> Opened:
    """Lock and load the workshop at ``path``; read-only when someone else holds it.

    Raises :class:`BrokenWorkshop` (the file untouched, the lock given back)
    when the file does not load.
    """
    path = Path(path)
    lock = WorkshopLock(path)
    holder = lock.acquire()
    try:
        if lock.held:  # nobody else is saving it: what a killed run left goes, whatever its age
            remove_stale_temps(path)
            remove_own_temps(path)
        workshop = load(path)
    except WorkshopFileError as error:
        lock.release()
        raise BrokenWorkshop(error.problems, newest_good_backup(path)) from None
    except BaseException:
        lock.release()
        raise
    if holder is not None:
        return Opened(workshop, path, True, holder.describe(), None)
    return Opened(workshop, path, False, None, lock if lock.held else None)


def restore_backup(path: Path | str, backup: Path | str, *, label: str = "broken") -> Path | None:
    """Put ``backup``'s content at ``path``; the file it replaces is kept aside intact first.

    ``backup`` is any of :func:`~pra.store.backups.restore_points` (a rotating
    backup or a snapshot). The replaced file is kept as
    ``.pra-backups/STEM.LABEL.json``. Returns where it was kept (``None`` if
    there was none). The backup must load (:class:`WorkshopFileError`
    otherwise, nothing changed).
    """
    path, backup = Path(path), Path(backup)
    data = read_file(backup)
    loads(data, str(backup))
    kept = keep_aside(path, label) if path.exists() else None
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, data)
    return kept
