"""Archives of the three shipped examples, built once per test session."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pra import store
from pra.archive.writer import ArchiveOptions, ArchiveResult, build_archive
from pra.model import Workshop
from pra.resources import EXAMPLES, example_path


def workshop_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.json"))


@pytest.fixture(scope="session")
def examples() -> dict[str, Workshop]:
    return {name: store.load(example_path(name)) for name in EXAMPLES}


@pytest.fixture(scope="session")
def example_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("examples")
    for name in EXAMPLES:
        shutil.copyfile(example_path(name), folder / f"{name}.json")
    return folder


def _archive(tmp: pytest.TempPathFactory, src: Path, options: ArchiveOptions) -> ArchiveResult:
    return build_archive(workshop_files(src), tmp.mktemp("archive") / "out", store.load, options)


@pytest.fixture(scope="session")
def archive(tmp_path_factory: pytest.TempPathFactory, example_dir: Path) -> ArchiveResult:
    """The pseudonymised archive (the default) of the three examples, with raw copies."""
    return _archive(tmp_path_factory, example_dir, ArchiveOptions())


@pytest.fixture(scope="session")
def keyed_archive(tmp_path_factory: pytest.TempPathFactory, example_dir: Path) -> ArchiveResult:
    """The pseudonymised archive made with a steward's mentor key naming two of the examples'
    three mentors (``pra.archive.mentor_key``)."""
    from pra.archive.mentor_key import MentorKey

    key = MentorKey({"hendra saputra": "PD01", "agus prasetyo": "PD02"})
    return _archive(tmp_path_factory, example_dir, ArchiveOptions(mentor_key=key))


@pytest.fixture(scope="session")
def named_archive(tmp_path_factory: pytest.TempPathFactory, example_dir: Path) -> ArchiveResult:
    return _archive(tmp_path_factory, example_dir, ArchiveOptions(with_names=True))
