"""The fund's hand-over in the progress report (#15, review 10r finding 3): one rule with the
grant's sentence, a hand-over after the period is named only as planned, never as done."""

from __future__ import annotations

import datetime as dt

from pra import store
from pra.export.report import build_report
from pra.export.template import load_template
from pra.model import BusinessGroup, Workshop
from pra.resources import example_path


def _paragraphs(ws: Workshop, group: BusinessGroup, first: dt.date, last: dt.date) -> list[str]:
    doc = build_report(ws, group, load_template(), "id", first, last)
    return [p.text for p in doc.paragraphs]


def test_a_period_before_the_hand_over_names_it_only_as_planned() -> None:
    """Yogyakarta's Tri Astha: the plan hands the fund over on 1 Nov 2003. The report for
    Sep–Oct 2003 said "belum cair (… 1 November 2003, sesudah periode ini)" and, one line
    later, "Dana bergulir diserahkan 1 November 2003, sesuai tanggal rencana usaha."."""
    ws = store.load(example_path("yogyakarta"))
    [group] = ws.groups
    text = _paragraphs(ws, group, dt.date(2003, 9, 1), dt.date(2003, 10, 31))
    assert [p for p in text if "1 November 2003" in p] == [
        "Bantuan stimulan Departemen Sosial melalui Dinas Sosial DIY: Rp\u00a05.000.000 "
        "direncanakan, belum cair (pencairan menurut rencana usaha 1 November 2003, sesudah "
        "periode ini); belum dihitung sebagai uang masuk."
    ]


def test_the_period_holding_the_hand_over_says_it_was_done() -> None:
    ws = store.load(example_path("yogyakarta"))
    [group] = ws.groups
    text = _paragraphs(ws, group, dt.date(2003, 11, 1), dt.date(2003, 12, 31))
    assert "Dana bergulir diserahkan 1 November 2003, sesuai tanggal rencana usaha." in text
    assert not any("belum cair" in p for p in text)


def test_a_hand_over_recorded_after_the_period_is_not_reported_as_done() -> None:
    """Palembang's Sedap Malam, planned 1 Sep 2003, recorded as handed over on 6 Oct: the
    report for September names only the plan's date, and says none was recorded by then."""
    ws = store.load(example_path("palembang"))
    group = ws.groups[0]
    group = group.model_copy(
        update={"followup": group.followup.model_copy(update={"stimulus_on": dt.date(2003, 10, 6)})}
    )
    ws = ws.model_copy(update={"groups": (group, *ws.groups[1:])})
    text = _paragraphs(ws, group, dt.date(2003, 9, 1), dt.date(2003, 9, 30))
    assert (
        "Menurut rencana usaha dana bergulir diserahkan 1 September 2003; sampai akhir periode "
        "ini penyerahannya belum tercatat."
    ) in text
    assert not any("6 Oktober 2003" in p for p in text)
