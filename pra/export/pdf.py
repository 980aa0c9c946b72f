"""PDF copies of the Word files, made by LibreOffice when it is installed.

LibreOffice converts several files in one run (starting it is the slow part),
in a private user profile so that a LibreOffice window the facilitator has
open does not block the conversion. When ``soffice`` is not installed the
Word files stand on their own and the error says so plainly.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Final

from pra.errors import PraError

CANDIDATES: Final = ("soffice", "libreoffice")
TIMEOUT_SECONDS: Final = 300


def find_soffice() -> str | None:
    """The LibreOffice command on ``PATH``, or ``None``."""
    for name in CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


def convert_to_pdf(files: Sequence[Path], out_dir: Path | None = None) -> list[Path]:
    """Convert ``files`` (.docx) to PDF next to them (or into ``out_dir``) with one LibreOffice run."""
    if not files:
        return []
    soffice = find_soffice()
    if soffice is None:
        raise PraError("export.error.soffice_missing")
    targets: dict[Path, list[Path]] = {}
    for f in files:
        targets.setdefault(out_dir or f.parent, []).append(f)
    made: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="pra-soffice-") as profile:
        env = {**os.environ, "HOME": profile}
        for folder, group in targets.items():
            for f in group:  # a PDF left from an earlier run must not pass for a new one
                (folder / f"{f.stem}.pdf").unlink(missing_ok=True)
            command = [
                soffice,
                f"-env:UserInstallation={Path(profile).as_uri()}",
                "--headless",
                "--norestore",
                "--convert-to",
                "pdf",
                "--outdir",
                str(folder),
                *[str(f) for f in group],
            ]
            try:
                result = subprocess.run(
                    command,
                    capture_output=True,
                    text=True,
                    timeout=TIMEOUT_SECONDS,
                    env=env,
                    stdin=subprocess.DEVNULL,
                    check=False,
                )
            except subprocess.TimeoutExpired:
                raise PraError("export.error.pdf_timeout", seconds=TIMEOUT_SECONDS) from None
            for f in group:
                pdf = folder / f"{f.stem}.pdf"
                if not pdf.is_file():
                    reason = (result.stderr or result.stdout).strip().splitlines()
                    raise PraError(
                        "export.error.pdf_failed",
                        path=f,
                        reason=reason[-1] if reason else f"exit {result.returncode}",
                    )
                made.append(pdf)
    return made
