"""How the TUI opens workshops: through :mod:`pra.store` (lock, load, save, data folder).

The app never touches files itself; this module turns "open this", "a new
one", "a copy of the Palembang example" into a :class:`Session` that saves
through the store and gives its lock back when the app closes.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from pra import store
from pra.errors import PraError
from pra.i18n import t
from pra.model import Workshop
from pra.oserrors import say
from pra.resources import example_path
from pra.tui.session import Session


@dataclass(frozen=True, slots=True)
class RecentWorkshop:
    path: Path
    label: str


def workshops_folder() -> Path:
    """The data folder where users' workshops live (never the shipped examples)."""
    return store.data_dir()


def recent_workshops(limit: int = 12) -> list[RecentWorkshop]:
    """The newest workshops in the data folder, with a line saying what each is.

    Workshops with the same title (copies of one example) are told apart by their file.
    """
    summaries = store.list_workshops(workshops_folder())[:limit]
    titles = Counter(summary.title for summary in summaries)
    entries = []
    for summary in summaries:
        saved = summary.saved.strftime("%d-%m-%Y %H:%M") if summary.saved else "–"
        if titles[summary.title] > 1:  # copies of one example: the file tells them apart
            label = t("home.recent_file", title=summary.title, file=summary.path.name, saved=saved)
        else:
            label = t("home.recent", title=summary.title, place=summary.place or "–", saved=saved)
        entries.append(RecentWorkshop(summary.path, label))
    return entries


def open_session(path: Path, *, restore_backup: bool = False) -> Session:
    """Open ``path`` for editing, or read-only when another window holds its lock.

    A file that does not load raises :class:`pra.store.BrokenWorkshop` (its
    message names the newest backup that loads) and is left as it is; with
    ``restore_backup`` that backup is put in its place first, the broken file
    kept aside in the backup folder.
    """
    try:
        opened = store.open_workshop(path)
    except store.BrokenWorkshop as broken:
        if not restore_backup or broken.backup is None:
            raise
        store.restore_backup(path, broken.backup)
        opened = store.open_workshop(path)
    session = Session(
        opened.workshop,
        opened.path,
        read_only=opened.read_only,
        held_by=opened.held_by,
        saver=opened.save,  # saving elsewhere (Ctrl+S) moves the lock to the new file
        on_close=opened.close,
    )
    if not opened.read_only:
        problem = store.save_problem(opened.path)
        if problem is not None:  # a read-only folder or disk: said at open (PraApp)
            session.cannot_save = say(problem)
    return session


def _slug(stem: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-") or "lokakarya"


def _free_path(folder: Path, stem: str) -> Path:
    slug = _slug(stem)
    path = folder / f"{slug}.json"
    n = 2
    while path.exists():
        path = folder / f"{slug}-{n}.json"
        n += 1
    return path


def _copies(folder: Path, stem: str) -> list[Path]:
    """The files named as copies of ``stem`` are (``contoh-palembang.json``, ``…-2.json`` …)."""
    slug = _slug(stem)
    pattern = re.compile(rf"{re.escape(slug)}(-\d+)?\.json")
    return [p for p in folder.glob(f"{slug}*.json") if pattern.fullmatch(p.name) and p.is_file()]


def new_session(folder: Path | None = None) -> Session:
    """A new, empty workshop saved at once in the data folder, then opened."""
    folder = folder or workshops_folder()
    today = dt.date.today()
    ws = Workshop(id=f"ws-{today:%Y%m%d}-{_stamp()}")
    path = _free_path(folder, f"lokakarya-{today:%Y-%m-%d}")
    store.save(ws, path)
    return open_session(path)


def _newest_first_key(path: Path) -> tuple[int, int]:
    """Last saved first; of two saved in the same clock tick, the later copy number."""
    number = re.search(r"-(\d+)\.json$", path.name)
    return path.stat().st_mtime_ns, int(number.group(1)) if number else 1


def demo_session(name: str, folder: Path | None = None, *, fresh: bool = False) -> Session:
    """The copy of a shipped example in the data folder; the original never changes.

    The copy made last time is opened again (the last saved, if earlier versions of
    pra left several), so the demo goes on where it was left; ``fresh`` (or no copy
    yet) makes a new one beside the others.
    """
    source = example_path(name)
    if not source.is_file():
        raise PraError("app.missing_data", name=str(source))
    folder = folder or workshops_folder()
    stem = f"contoh-{name}"
    copies = [] if fresh else _copies(folder, stem)
    if copies:
        return open_session(max(copies, key=_newest_first_key))
    path = _free_path(folder, stem)
    store.save(store.load(source), path)
    return open_session(path)


def _stamp() -> str:
    import secrets

    return secrets.token_hex(3)
