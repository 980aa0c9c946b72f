"""The progress report's money out includes the group's repayments to its lender (#15).

Palembang's Kelompok Jaya Bersama borrowed Rp 3.000.000 from the BMM on 1 September 2003:
52 weekly instalments from Monday 6 October 2003, Rp 58.000 principal + Rp 10.500 interest
= Rp 68.500 each (the last Rp 46.500). Its meetings, on the 6th of each month, record the
sales and costs since the previous meeting and what the group paid the BMM.

Before, the report's money section listed the fund's ledger and the business's sales and
costs only: the Rp 2.397.500 the group paid the BMM appeared in no money table, so the
business's money in and out did not say where the profit went.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import docx
import pytest

from pra import i18n, store
from pra.export.report import build_report
from pra.export.template import load_template
from pra.model import BusinessGroup, Workshop
from pra.resources import example_path


@pytest.fixture(autouse=True)
def _indonesian(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    i18n.reset_language()
    monkeypatch.delenv(i18n.ENV_VAR, raising=False)
    yield


def _jaya_bersama() -> tuple[Workshop, BusinessGroup]:
    ws = store.load(example_path("palembang"))
    return ws, next(g for g in ws.groups if g.name == "Kelompok Jaya Bersama")


def _rp(text: str) -> int:
    sign = -1 if text.lstrip().startswith("−") else 1
    return sign * int(re.sub(r"\D", "", text))


def _plain(text: str) -> str:
    """``text`` with the no-break spaces the report keeps amounts whole with as spaces."""
    return text.replace("\xa0", " ")


def _business(document: docx.document.Document, sales: str) -> list[tuple[str, str]]:
    for table in document.tables:
        rows = [(_plain(row.cells[0].text), _plain(row.cells[1].text)) for row in table.rows]
        if any(label == sales for label, _ in rows):
            return rows[1:]
    raise AssertionError("no business table")


def test_the_whole_follow_up_pays_the_bmm_out_of_the_business_and_adds_up() -> None:
    """1 September 2003 – 6 June 2004 (the default period). Due: instalments 1–35
    (6 October 2003 … 31 May 2004), 35 × 68.500 = 2.397.500. Paid at the meetings: 68.500
    (6 Oct) + 274.000 (6 Nov) + 274.000 (6 Dec) + 171.500 (6 Jan) + 137.000 (6 Feb)
    + 171.500 (6 Apr) + 1.301.000 (6 Jun) = 2.397.500. Sales 200.000 + 3.900.000 + 4.300.000
    + 2.700.000 + 1.600.000 + 1.300.000 + 1.100.000 + 1.000.000 = 16.100.000; costs 110.000
    + 2.145.000 + 2.365.000 + 1.485.000 + 880.000 + 715.000 + 605.000 + 550.000 = 8.855.000.
    Money out 8.855.000 + 2.397.500 = 11.252.500; left 16.100.000 − 11.252.500 = 4.847.500."""
    ws, group = _jaya_bersama()
    doc = build_report(ws, group, load_template(), "id", dt.date(2003, 9, 1), dt.date(2004, 6, 6))
    assert _business(doc, "Penjualan") == [
        ("Uang masuk", ""),
        ("Penjualan", "Rp 16.100.000"),
        ("Jumlah uang masuk", "Rp 16.100.000"),
        ("Uang keluar", ""),
        ("Biaya", "Rp 8.855.000"),
        (
            "Angsuran dibayar kepada Pinjaman BMM (jatuh tempo dalam periode ini: Rp 2.397.500)",
            "Rp 2.397.500",
        ),
        ("Jumlah uang keluar", "Rp 11.252.500"),
        ("Laba (penjualan − biaya)", "Rp 7.245.000"),
        ("Sisa setelah angsuran (uang masuk − uang keluar)", "Rp 4.847.500"),
    ]


def test_a_quarter_says_its_own_due_and_paid_and_balances_in_english() -> None:
    """1 January – 31 March 2004. Due: instalments 14–26 (5 January … 29 March), 13 × 68.500
    = 890.500. Paid: 171.500 (6 Jan) + 137.000 (6 Feb) + nothing (6 Mar) = 308.500, so
    582.000 of the quarter's instalments went unpaid. Sales 2.700.000 + 1.600.000 + 1.300.000
    = 5.600.000; costs 1.485.000 + 880.000 + 715.000 = 3.080.000; money out 3.080.000 +
    308.500 = 3.388.500; left 5.600.000 − 3.388.500 = 2.211.500 (= profit 2.520.000 − 308.500)."""
    ws, group = _jaya_bersama()
    doc = build_report(ws, group, load_template(), "en", dt.date(2004, 1, 1), dt.date(2004, 3, 31))
    rows = dict(_business(doc, "Sales"))
    assert rows["Instalments paid to Loan from BMM (due within this period: Rp 890,500)"] == (
        "Rp 308,500"
    )
    money_in, money_out = _rp(rows["Total money in"]), _rp(rows["Total money out"])
    assert (money_in, money_out) == (5_600_000, 3_388_500)
    assert _rp(rows["Costs"]) + 308_500 == money_out
    left = _rp(rows["Left after the instalments (money in − money out)"])
    assert left == money_in - money_out == 2_211_500
    assert left == _rp(rows["Profit (sales − costs)"]) - 308_500
