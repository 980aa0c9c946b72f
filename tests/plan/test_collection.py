"""The calendar's collection steps against the months instalments fall due."""

from __future__ import annotations

from pra.model import LenderLoan, Step, Workshop
from pra.plan.collection import collection_mismatch, instalment_months, is_collection_step
from pra.resources import example_path


def palembang() -> Workshop:
    return Workshop.model_validate_json(example_path("palembang").read_text(encoding="utf-8"))


def test_a_step_collects_when_its_title_names_the_instalments() -> None:
    assert is_collection_step(Step(id="s", title="Pertemuan mingguan: angsuran dan pembukuan"))
    assert is_collection_step(Step(id="s", title="Menarik cicilan anggota"))
    assert is_collection_step(Step(id="s", title="Collect the instalments"))
    assert not is_collection_step(Step(id="s", title="Mencatat penjualan dan tabungan"))


def test_a_lender_loans_instalments_are_compared_with_the_calendar() -> None:
    group = palembang().groups[1]
    assert group.name == "Kelompok Jaya Bersama"
    # BMM's loan alone (no member loans): handed over 1 Sep 2003, one month of grace to 1 Oct,
    # the first Monday at least a week later is 13 Oct; 52 weekly instalments from then. The
    # weekly meetings collect 6 Oct – 28 Dec (the calendar's last step): they agree
    capital = group.capital.model_copy(update={"stimulus_per_member": 0})
    alone = group.model_copy(update={"capital": capital})
    assert min(instalment_months(alone)) == (2003, 10)
    assert collection_mismatch(alone) is None
    # two months of grace: the first instalment on Monday 10 Nov, so October collects nothing
    loans = tuple(
        s.model_copy(update={"grace_months": 2}) if isinstance(s, LenderLoan) else s
        for s in capital.sources
    )
    later = alone.model_copy(update={"capital": capital.model_copy(update={"sources": loans})})
    assert min(instalment_months(later)) == (2003, 11)
    mismatch = collection_mismatch(later)
    assert mismatch is not None
    assert (mismatch.uncollected, mismatch.idle) == ((), ((2003, 10),))
