"""The effective yearly rate: worked examples checked against an independent IRR."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal, getcontext

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pra.model import CapitalPlan, Deduction, Workshop
from pra.plan.effective_rate import TOLERANCE, effective_rate, irr, member_flows, npv
from pra.plan.formatting import NBSP
from pra.plan.fund import repayment_schedule
from pra.plan.lender import group_lender_schedule
from pra.plan.revolving import fund_start
from pra.plan.rounding import CASH_UNITS
from pra.resources import example_path


def newton_irr(flows: Sequence[int]) -> Decimal:
    """Reference IRR by Newton's method in Decimal (28 digits), not bisection in floats."""
    getcontext().prec = 28
    r = Decimal("0.01")
    for _ in range(100):
        value = sum(Decimal(f) / (1 + r) ** k for k, f in enumerate(flows))
        slope = sum(-k * Decimal(f) / (1 + r) ** (k + 1) for k, f in enumerate(flows))
        step = value / slope
        r -= step
        if abs(step) < Decimal("1e-20"):
            break
    return r


def annuity(payment: int, rate: float, periods: int) -> float:
    """Present value of ``periods`` equal payments, closed form: A (1 − (1 + r)^−n) / r."""
    return payment * (1 - (1 + rate) ** -periods) / rate


def test_bmm_loan_of_3_million_over_12_months_at_1_5_percent_flat() -> None:
    # Principal 3.000.000 ÷ 12 = 250.000 (a multiple of Rp 1.000: no rounding);
    # fee 1,5% × 3.000.000 = 45.000 a month; the member pays 295.000 for 12 months
    # (3.540.000 in all) for 3.000.000 received. Flat: 1,5% × 12 = 18% a year.
    # By hand: 3.000.000 / 295.000 = 10,1695 = (1 − 1,02643^−12) / 0,02643, so r ≈ 2,643%
    # a month; 1,02643^12 = e^(12 × 0,026087) = e^0,31305 = 1,3676 → 36,8% a year.
    plan = CapitalPlan(
        stimulus_per_member=3_000_000,
        service_fee_percent=Decimal("1.5"),
        loan_term_months=12,
        cash_unit=1000,
    )
    flows = member_flows(plan)
    assert flows == (3_000_000, *(-295_000,) * 12)
    rate = effective_rate(plan)
    assert rate is not None
    assert rate.monthly == pytest.approx(0.02643, abs=5e-6)
    assert abs(annuity(295_000, rate.monthly, 12) - 3_000_000) < 1e-3  # closed form, to 0,001 Rp
    assert abs(Decimal(repr(rate.monthly)) - newton_irr(flows)) < Decimal("1e-11")
    assert rate.yearly == pytest.approx(0.3676, abs=5e-5)
    assert rate.flat_yearly == Decimal(18)
    assert [n.text("id").replace(NBSP, " ") for n in rate.lines()] == [
        "Bunga efektif setahun: 36,8% (jasa flat 1,5% per bulan = 18% setahun).",
        "Bunga efektif adalah biaya pinjaman atas uang yang benar-benar dipegang anggota: dari"
        " Rp 3.000.000 yang diterima setelah potongan dan setiap setoran pokok + jasa pada"
        " bulannya, bunganya 2,64% per bulan, setahun (1 + bunga bulanan)¹² − 1 = 36,8%; yang"
        " dihitung:"
        " jasa dan potongan yang tidak kembali; iuran wajib tidak dihitung karena semua anggota"
        " membayarnya.",
    ]
    assert rate.lines()[0].text("en") == (
        "Effective yearly rate: 36.8% (flat service fee 1.5% a month = 18% a year)."
    )


def test_palembang_revolving_grant() -> None:
    # Jaya Bersama (its grant all revolved): Rp 500.000 lent, Rp 25.000 of it kept at hand-over
    # as simpanan pokok — the member's own savings, but refunded only when the member leaves:
    # during the loan she holds the 475.000 in cash only; the 25.000 comes back with the last
    # instalment (the earliest a member who has repaid may leave), not a cost either (#13).
    # Cash unit Rp 500: 500.000 ÷ 12 = 41.666,67 → 11 × 42.000 + 38.000.
    # Fee 1% × 500.000 = 5.000 a month: 11 × 47.000 then 43.000 − 25.000 back = 18.000.
    # Dues (5.000) are paid by every member, borrowing or not: not part of the loan's cost.
    # By hand: as if 12 × 47.000 were paid and 4.000 + 25.000 = 29.000 came back in month 12,
    # worth about 29.000 / 1,264 = 22.900 today: 497.900 = 47.000 × 10,594 = (1 − 1,0197^−12)
    # / 0,0197, so r ≈ 1,97% a month; 1,0197^12 = 1,264 → 26,4% a year (flat 12%). Counting
    # the 25.000 as held from the start it said 23,9%; as a cost never refunded, 36,8%.
    ws = Workshop.model_validate_json(example_path("palembang").read_text(encoding="utf-8"))
    plan = ws.groups[1].capital
    assert ws.groups[1].name == "Kelompok Jaya Bersama" and plan.cash_unit == 500
    flows = member_flows(plan)
    assert flows == (475_000, *(-47_000,) * 11, -18_000)
    assert npv(0.0196, flows) < 0 < npv(0.0198, flows)
    rate = effective_rate(plan)
    assert rate is not None
    assert abs(Decimal(repr(rate.monthly)) - newton_irr(flows)) < Decimal("1e-11")
    assert rate.monthly == pytest.approx(0.019704, abs=5e-6)
    assert rate.yearly == pytest.approx(0.2638, abs=5e-4)
    assert [n.text("id").replace(NBSP, " ") for n in rate.lines()] == [
        "Bunga efektif setahun: 26,4% (jasa flat 1% per bulan = 12% setahun).",
        # what the rate is computed on, said as it is: the cash received, and the savings by
        # the deduction's own name coming back with the last instalment
        "Bunga efektif dihitung atas uang tunai yang diterima, Rp 475.000; Simpanan pokok"
        " koperasi Bina Vitalis Rp 25.000 tetap milik anggota tetapi baru kembali bila anggota"
        " keluar, jadi dihitung kembali bersama setoran terakhir. Dari Rp 475.000, setiap setoran"
        " pokok + jasa pada bulannya dan Rp 25.000 kembali bersama setoran terakhir, bunganya"
        " 1,97% per"
        " bulan, setahun (1 + bunga bulanan)¹² − 1 = 26,4%; yang dihitung: jasa dan potongan yang tidak"
        " kembali; iuran wajib tidak dihitung karena tetap milik anggota.",
    ]


def test_deductions_at_hand_over_raise_the_rate_unless_refunded() -> None:
    # Tri Astha: 10% reserve and 1,5% administration are never given back: 57.500 of 500.000;
    # the 10% saham (50.000) stays the member's but comes back only when she leaves (#13):
    # 392.500 in cash, 10 × (50.000 + 5.000), and the 50.000 back with the last: −5.000.
    # By hand: as if 10 × 55.000 were paid and 50.000 came back in month 10, worth about
    # 50.000 / 1,641 = 30.470 today: 422.970 = 55.000 × 7,690 = (1 − 1,0508^−10) / 0,0508
    # (1,0508^10 = 1,641), so r ≈ 5,08% a month, (1,0508)^12 − 1 = 81,3% a year against a
    # flat 12% (63,1% counting the saham as held from the start, 116,7% as a cost)
    ws = Workshop.model_validate_json(example_path("yogyakarta").read_text(encoding="utf-8"))
    rate = effective_rate(ws.groups[0].capital)
    assert rate is not None
    flows = member_flows(ws.groups[0].capital)
    assert flows == (392_500, *(-55_000,) * 9, -5_000)
    assert abs(Decimal(repr(rate.monthly)) - newton_irr(flows)) < Decimal("1e-11")
    assert rate.monthly == pytest.approx(0.05085, abs=5e-6)
    assert rate.lines()[0].text("id") == (
        "Bunga efektif setahun: 81,3% (jasa flat 1% per bulan = 12% setahun)."
    )
    assert "Dari Rp\u00a0392.500, setiap setoran pokok + jasa pada bulannya dan Rp\u00a050.000" in (
        rate.lines()[1].text("id")
    )


def test_savings_coming_back_above_the_last_payment_still_give_one_rate() -> None:
    # Sedap Malam: 250.000 lent, 225.000 in cash, simpanan pokok 25.000; 11 × 23.500 (21.000
    # + 2.500 fee) and a last 19.000 + 2.500 = 21.500, less the 25.000 back: +3.500 in month 12.
    # By hand: as if 12 × 23.500 were paid and 2.000 + 25.000 = 27.000 came back, worth about
    # 27.000 / 1,295 = 20.850 today: 245.850 = 23.500 × 10,462 = (1 − 1,0218^−12) / 0,0218,
    # so r ≈ 2,18% a month; 1,0218^12 = 1,295 → 29,5% a year
    ws = Workshop.model_validate_json(example_path("palembang").read_text(encoding="utf-8"))
    flows = member_flows(ws.groups[0].capital)
    assert flows == (225_000, *(-23_500,) * 11, 3_500)
    rate = effective_rate(ws.groups[0].capital)
    assert rate is not None
    assert abs(Decimal(repr(rate.monthly)) - newton_irr(flows)) < Decimal("1e-11")
    assert rate.monthly == pytest.approx(0.021762, abs=5e-6)
    assert rate.lines()[0].text("id") == (
        "Bunga efektif setahun: 29,5% (jasa flat 1% per bulan = 12% setahun)."
    )


def test_no_rate_without_a_loan_or_without_cash_in_hand() -> None:
    assert effective_rate(CapitalPlan()) is None
    everything_kept = CapitalPlan(
        stimulus_per_member=100_000,
        deductions=(Deduction(id="d", label="Simpanan", amount=100_000),),
    )
    assert effective_rate(everything_kept) is None
    assert irr([]) is None
    assert irr([100, 50]) is None  # no payment back
    assert irr([-100, 150]) is None  # not a loan taken


def test_a_loan_without_fee_or_deduction_costs_nothing() -> None:
    rate = effective_rate(CapitalPlan(stimulus_per_member=600_000, loan_term_months=6))
    assert rate is not None
    assert abs(rate.monthly) < 1e-9


@given(
    loan=st.integers(10_000, 10**10),
    term=st.integers(1, 120),
    fee=st.decimals(0, 5, places=1),
    kept=st.integers(0, 30),
    unit=st.sampled_from(CASH_UNITS),
)
def test_the_rate_makes_the_net_present_value_zero(
    loan: int, term: int, fee: Decimal, kept: int, unit: int
) -> None:
    plan = CapitalPlan(
        stimulus_per_member=loan,
        deductions=(Deduction(id="d", label="Cadangan", percent=Decimal(kept)),),
        service_fee_percent=fee,
        loan_term_months=term,
        cash_unit=unit,
    )
    flows = member_flows(plan)
    rate = effective_rate(plan)
    assert rate is not None
    # the bracket ends within TOLERANCE (10⁻¹² a month) of the root: NPV is zero to a
    # millionth of a rupiah per rupiah lent, and the bracket's two ends straddle zero
    assert abs(npv(rate.monthly, flows)) <= loan * 1e-6
    assert npv(rate.monthly - TOLERANCE, flows) <= 0 <= npv(rate.monthly + TOLERANCE, flows)
    assert rate.monthly >= -TOLERANCE  # paying back at least the loan never earns the member


def test_savings_taken_every_month_are_not_a_cost_but_insurance_is() -> None:
    # BMM review of variant v3 of Jaya Bersama (#13): Rp 500.000 lent over 12 months, jasa 1%
    # flat; at hand-over Simpanan pokok Rp 25.000 (the member's own) and administration 1,5%
    # = Rp 7.500 (kept); every month Tabungan wajib pinjaman Rp 2.500 (the member's own,
    # refunded) and Asuransi 0,25% × 500.000 = Rp 1.250 (kept).
    # In cash at hand-over: 500.000 − 25.000 − 7.500 = 467.500; the 25.000 saved comes back
    # with the last instalment (#13).
    # Paid: principal 11 × 42.000 + 38.000 (cash unit Rp 500), fee 5.000 and insurance 1.250:
    # 11 × 48.250 and 44.250 − 25.000 = 19.250; the 2.500 saved every month is the member's,
    # not a cost.
    # By hand: as if 12 × 48.250 were paid and 4.000 + 25.000 = 29.000 came back in month 12,
    # worth about 29.000 / 1,38 = 21.030 today: 488.530 = 48.250 × 10,125 = (1 − 1,0272^−12)
    # / 0,0272, so r ≈ 2,72% a month; 1,0272^12 = 1,380 → 37,9% a year. Counting the monthly
    # savings as a cost (12 × 50.750) it printed 48,2% while saying savings were not counted.
    plan = CapitalPlan(
        stimulus_per_member=500_000,
        service_fee_percent=Decimal(1),
        loan_term_months=12,
        cash_unit=500,
        deductions=(
            Deduction(id="d1", label="Simpanan pokok", kind="share", amount=25_000),
            Deduction(id="d2", label="Biaya administrasi", kind="admin", percent=Decimal("1.5")),
            Deduction(
                id="d3",
                label="Tabungan wajib pinjaman",
                kind="share",
                amount=2_500,
                frequency="monthly",
            ),
            Deduction(
                id="d4",
                label="Asuransi",
                kind="admin",
                percent=Decimal("0.25"),
                frequency="monthly",
            ),
        ),
    )
    flows = member_flows(plan)
    assert flows == (467_500, *(-48_250,) * 11, -19_250)
    rate = effective_rate(plan)
    assert rate is not None
    assert abs(Decimal(repr(rate.monthly)) - newton_irr(flows)) < Decimal("1e-11")
    assert rate.monthly == pytest.approx(0.0272, abs=5e-5)
    lines = [n.text("id").replace(NBSP, " ") for n in rate.lines()]
    assert lines[0] == "Bunga efektif setahun: 37,9% (jasa flat 1% per bulan = 12% setahun)."
    # what the rate counts each month is said, the insurance by its name
    assert "Dari Rp 467.500, setiap setoran pokok + jasa + Asuransi pada bulannya dan" in lines[1]
    assert lines[2] == (
        "Tabungan wajib pinjaman Rp 2.500 per bulan tidak dihitung sebagai biaya pinjaman:"
        " tabungan itu tetap milik anggota dan dikembalikan bila anggota keluar."
    )


def dated_newton_irr(flows: Sequence[tuple[dt.date, int]]) -> Decimal:
    """Reference yearly IRR of dated flows (days ÷ 365 from the first), Newton in Decimal."""
    getcontext().prec = 28
    first = flows[0][0]
    timed = [(Decimal((day - first).days) / 365, Decimal(amount)) for day, amount in flows]
    y = Decimal("0.1")
    for _ in range(100):
        log = (1 + y).ln()
        value = sum(a * (-t * log).exp() for t, a in timed)
        slope = sum(-t * a * (-(t + 1) * log).exp() for t, a in timed)
        step = value / slope
        y -= step
        if abs(step) < Decimal("1e-20"):
            break
    return y


def test_jaya_bersama_members_rate_is_counted_by_dates_as_the_lenders_is() -> None:
    # Handed over on Monday 1 September 2003; the members repay on the 6th, the first at
    # least a month after: 6 October 2003 to 6 September 2004 (11 × 47.000 and 43.000) for
    # the 475.000 received in cash (500.000 less the 25.000 simpanan pokok, which comes back
    # with the last instalment: −43.000 + 25.000 = −18.000 on 6 September 2004). The first
    # period is 35 days, and 2004 has 366: counted by dates the money is held a little longer
    # than 12 months of 1/12 year, so the rate is lower than the 26,4% counted by months; the
    # BMM loan on the same page is counted by dates too.
    ws = Workshop.model_validate_json(example_path("palembang").read_text(encoding="utf-8"))
    group = ws.groups[1]
    assert group.name == "Kelompok Jaya Bersama"
    start = fund_start(group)
    assert start == dt.date(2003, 9, 1)
    due = [dt.date(2003, 10, 6), dt.date(2003, 11, 6), dt.date(2003, 12, 6)] + [
        dt.date(2004, month, 6) for month in range(1, 10)
    ]
    assert [r.due_date for r in repayment_schedule(group.capital, start).rows] == due
    paid = [-47_000] * 11 + [-43_000 + 25_000]
    reference = dated_newton_irr([(start, 475_000), *zip(due, paid, strict=True)])
    rate = effective_rate(group.capital, start)
    assert rate is not None and rate.dated
    assert abs(Decimal(repr(rate.yearly)) - reference) < Decimal("1e-9")
    assert round(reference * 100, 1) == Decimal("25.6")
    by_months = effective_rate(group.capital)
    assert by_months is not None and round(by_months.yearly * 100, 1) == 26.4
    assert [n.text("id").replace(NBSP, " ") for n in rate.lines()][:1] == [
        "Bunga efektif setahun: 25,6% (jasa flat 1% per bulan = 12% setahun)."
    ]
    # 1,2558^(1/12) − 1 = 1,92% a month
    assert (
        "setiap setoran pokok + jasa pada tanggalnya dan Rp 25.000 kembali bersama setoran"
        " terakhir, "
        "bunganya 1,92% per bulan"
    ) in rate.lines()[1].text("id").replace(NBSP, " ")
    # the lender's rate, by the same method: its own reference from its dated instalments
    bmm = group_lender_schedule(group, group.capital.loans[0])
    lender = dated_newton_irr(
        [(start, 3_000_000), *((i.due, -i.total) for i in bmm.instalments if i.due)]
    )
    found = bmm.effective_yearly()
    assert found is not None and abs(Decimal(repr(found)) - lender) < Decimal("1e-9")


def test_a_fee_free_loan_with_savings_kept_at_hand_over_costs_nothing_and_says_so() -> None:
    # Issue 15 (6): Rp 500.000 over 10 months, no fee, saham 100.000 kept at hand-over.
    # The member holds 400.000, repays 50.000 a month; the saham comes back with the last:
    # flows 400.000, −50.000 × 9, −50.000 + 100.000 = +50.000; they add up to 0, so the
    # rate is 0 (NPV(0) = 0), as the same loan without savings (flows 500.000, −50.000 × 10).
    # Before the fix irr returned None and the plan had no rate sentence.
    plan = CapitalPlan(
        stimulus_per_member=500_000,
        loan_term_months=10,
        deductions=(Deduction(id="d", label="Saham", kind="share", amount=100_000),),
    )
    assert member_flows(plan) == (400_000, *[-50_000] * 9, 50_000)
    assert irr(member_flows(plan)) == 0.0
    rate = effective_rate(plan)
    assert rate is not None
    assert (rate.monthly, rate.savings, rate.term) == (0.0, 100_000, 10)
    assert rate.lines()[0].text("id") == (
        "Bunga efektif setahun: 0% (jasa flat 0% per bulan = 0% setahun)."
    )
    # by the dates (handed over 1 March 2026, due the 1st of each month): still 0%
    dated = effective_rate(plan, dt.date(2026, 3, 1))
    assert dated is not None and abs(dated.monthly) < 1e-9
    # a member who gets back more than she repays has no rate of a cost
    assert irr([400_000, *[-50_000] * 9, 60_000]) is None
