"""A written fund rule naming another amount each member receives than the deductions leave
(#13, rev13-lender finding 7): a reminder in pra check and the review step, naming the group,
the rule and both amounts."""

from __future__ import annotations

from pra.model import Workshop
from pra.plan.checks import input_checks
from pra.plan.rule_received import received_conflicts
from pra.resources import example_path

SHIPPED_UNTIL_13 = "Menurut kesepakatan tertulis, setiap anggota menerima Rp 435.000."


def tri_astha(*rules: str) -> Workshop:
    ws = Workshop.model_validate_json(example_path("yogyakarta").read_text(encoding="utf-8"))
    tri = ws.groups[0]
    capital = tri.capital.model_copy(update={"rules": rules})
    return ws.model_copy(update={"groups": (tri.model_copy(update={"capital": capital}),)})


def test_the_written_435_000_against_the_deductions_392_500_is_a_reminder() -> None:
    # By hand: Rp 500.000 − 10% reserve 50.000 − 10% share 50.000 − 1,5% administration 7.500
    # = 392.500; the rule (the second here) says 435.000
    ws = tri_astha("Iuran wajib Rp 5.000 per bulan.", SHIPPED_UNTIL_13)
    [hit] = received_conflicts(ws.groups[0])
    assert (hit.number, hit.said, hit.received) == (2, 435_000, 392_500)
    [check] = [c for c in input_checks(ws) if c.notice.key == "plan.checks.rule_received"]
    assert check.group_id == ws.groups[0].id
    assert check.notice.text("id").replace("\u00a0", " ") == (
        'Aturan dana ke-2 KUW "Tri Astha" menyebut setiap anggota menerima Rp 435.000, padahal'
        " potongan saat dana diserahkan menyisakan Rp 392.500 per anggota: rencana yang"
        " dicetak akan memuat dua jumlah yang bertentangan. Cocokkan bersama pendamping, lalu"
        ' betulkan aturan itu atau potongannya di langkah "Modal dan dana bergulir".'
    )


def test_rules_naming_the_amount_left_or_the_loan_or_no_amount_agree() -> None:
    ws = tri_astha(
        "Kesepakatan tertulis semula menyebut Rp 435.000; dihitung ulang, setiap anggota"
        " menerima Rp 392.500.",
        "Setiap anggota menerima pinjaman Rp 500.000 dan mengangsur 10 kali.",
        "Penerima pertama wajib menggulirkannya kepada warga lain.",
        "Iuran wajib Rp 5.000 per bulan.",  # an amount, but not of what is received
    )
    assert received_conflicts(ws.groups[0]) == ()


def test_the_shipped_example_is_consistent() -> None:
    ws = Workshop.model_validate_json(example_path("yogyakarta").read_text(encoding="utf-8"))
    assert not [c for c in input_checks(ws) if c.notice.key == "plan.checks.rule_received"]


def test_amounts_with_their_size_and_the_common_verbs_are_read() -> None:
    # rev13b-lender finding 12: "Rp 435 ribu" was read as Rp 435, and "mendapat" was not read
    # as receiving at all. By hand: 435 ribu = 435 × 1.000 = Rp 435.000; "1,5 juta" =
    # 1,5 × 1.000.000 = Rp 1.500.000; the deductions leave Rp 392.500 (above).
    for rule, said in (
        ("Setiap anggota menerima Rp 435 ribu.", 435_000),
        ("Anggota mendapat Rp 435.000 tunai.", 435_000),
        ("Anggota mendapatkan 435rb.", 435_000),
        ("Setiap anggota memperoleh Rp. 435.000 dari dana bergulir.", 435_000),
        ("Dana yang diperoleh anggota Rp 435 ribu.", 435_000),
        ("Setiap anggota diberi Rp 435.000.", 435_000),
        ("Setiap anggota diberikan 1,5 juta.", 1_500_000),
    ):
        [hit] = received_conflicts(tri_astha(rule).groups[0])
        assert (hit.said, hit.received) == (said, 392_500), rule
    ws = tri_astha("Setiap anggota menerima Rp 435 ribu.")
    [check] = [c for c in input_checks(ws) if c.notice.key == "plan.checks.rule_received"]
    assert "menerima Rp 435.000, padahal" in check.notice.text("id").replace("\u00a0", " ")


def test_the_amount_left_in_words_and_a_rule_of_what_members_can_do_agree() -> None:
    ws = tri_astha(
        "Setiap anggota mendapat Rp 392,5 ribu.",  # 392,5 × 1.000 = the Rp 392.500 left
        "Anggota dapat meminjam lagi paling banyak Rp 1 juta.",  # "dapat" = can, not gets
        "Setiap anggota diberi pinjaman Rp 500 ribu.",  # the loan itself
    )
    assert received_conflicts(ws.groups[0]) == ()
