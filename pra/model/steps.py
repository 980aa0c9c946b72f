"""The steps of the workshop, in the order the field model runs them."""

from __future__ import annotations

from enum import StrEnum
from typing import Final


class PraStep(StrEnum):
    """A step of the PRA workshop; the value is the stable key used in files and catalogues."""

    PREPARATION = "preparation"  # persiapan
    PARTICIPANTS = "participants"  # peserta / dinamika kelompok
    PROBLEMS = "problems"  # menemukenali masalah
    POTENTIALS = "potentials"  # menemukenali potensi
    IDEAS = "ideas"  # kebutuhan dan usaha yang diminati, pembentukan kelompok
    SUCCESS = "success"  # lingkaran sukses
    SWOT = "swot"  # analisis kondisi objektif
    PLEDGES = "pledges"  # janji hati
    STEPS = "steps"  # langkah-langkah kegiatan
    CALENDAR = "calendar"  # kalender kegiatan
    CAPITAL = "capital"  # modal dan dana bergulir
    ANALYSIS = "analysis"  # analisis usaha
    REVIEW = "review"  # periksa dan cetak rencana usaha

    @property
    def per_group(self) -> bool:
        return self in GROUP_STEPS


GROUP_STEPS: Final = frozenset(
    {
        PraStep.SUCCESS,
        PraStep.SWOT,
        PraStep.PLEDGES,
        PraStep.STEPS,
        PraStep.CALENDAR,
        PraStep.CAPITAL,
        PraStep.ANALYSIS,
    }
)
