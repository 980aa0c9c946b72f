"""What a lender's loan buys, said on page 1 (#13, rev15-lender 4: "use of funds is the lender's
first question")."""

from __future__ import annotations

from pra.model import BusinessGroup, LenderLoan, Workshop
from pra.plan.lender_use import lender_use
from pra.resources import example_path


def _jaya() -> BusinessGroup:
    ws = Workshop.model_validate_json(example_path("palembang").read_text(encoding="utf-8"))
    return ws.groups[1]


def _text(group: BusinessGroup, loan: LenderLoan) -> str:
    return lender_use(group, loan).text("id").replace("\u00a0", " ")


def test_jaya_bersama_names_what_the_bmm_loan_buys_and_what_it_keeps_in_cash() -> None:
    # By hand, RAB lines 1-7 (source Pinjaman BMM, principal Rp 3.000.000):
    # bought: mesin jahit 850.000 + mesin obras 1.100.000 + gunting 3 × 35.000 = 105.000
    #         + lampu dan kabel 100.000 = 2.155.000
    # paid ahead (prepaid): kain 60 × 8.250 = 495.000 + benang 200.000 (materials)
    #         + sewa 3 × 50.000 = 150.000 (fixed costs) = 845.000
    # 2.155.000 + 845.000 = 3.000.000: nothing left as working capital
    jaya = _jaya()
    [loan] = jaya.capital.loans
    assert _text(jaya, loan) == (
        "Pinjaman BMM membeli: Mesin jahit; Mesin obras; Gunting kain; Lampu dan kabel"
        " (Rp 2.155.000); Rp 845.000 untuk bahan dan biaya bulanan di muka disimpan di kas."
    )


def test_the_principal_no_line_uses_is_working_capital_in_the_cash() -> None:
    # Rp 3.500.000 borrowed: 3.500.000 − 2.155.000 − 845.000 = 500.000 no line uses
    jaya = _jaya()
    [loan] = jaya.capital.loans
    more = loan.model_copy(update={"principal": 3_500_000})
    assert _text(jaya, more).endswith(
        "(Rp 2.155.000); Rp 845.000 untuk bahan dan biaya bulanan di muka disimpan di kas,"
        " sisanya Rp 500.000 disimpan di kas sebagai modal kerja."
    )
    # no budget line names the loan: all of it in the cash
    bare = jaya.capital.model_copy(
        update={"budget": tuple(b for b in jaya.capital.budget if b.source_id != loan.id)}
    )
    assert _text(jaya.model_copy(update={"capital": bare}), loan) == (
        "Pinjaman BMM: Rp 3.000.000 disimpan di kas sebagai modal kerja, tidak untuk baris RAB"
        " mana pun."
    )
