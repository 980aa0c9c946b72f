"""Page 1's weakest month says the group's loss and each member's part (rev15-lender 5: "bulan
terlemah, Oktober 2003: rugi Rp 50.000" beside "laba Rp 111.500 per anggota" read as per
member; the analysis page says "usaha rugi Rp 50.000", the group's, Rp 5.000 each)."""

from __future__ import annotations

import datetime as dt

from pra.plan.business import analysis_start, business_plan
from pra.plan.capacity_brief import capacity_brief
from pra.plan.cash_summary import short_months

from .test_examples import load


def test_jaya_bersama_selling_from_mid_december_says_the_loss_per_member() -> None:
    # v_jb2: Jaya Bersama selling from 15 Dec 2003; the weakest month with something due is
    # October 2003, profit −Rp 50.000 (the analysis page's "usaha rugi Rp 50.000", asserted
    # below); 50.000 ÷ 10 members = 5.000 each, exact
    ws = load("palembang")
    jb = ws.groups[1]
    analysis = jb.analysis.model_copy(
        update={"sales_step_id": None, "sales_start": dt.date(2003, 12, 15)}
    )
    jb = jb.model_copy(update={"analysis": analysis})
    plan = business_plan(jb, analysis_start(jb, ws.info.date))
    weak = plan.capacity.weakest
    assert weak is not None and weak.profit == -50_000 and plan.capacity.members == 10
    brief = capacity_brief(plan, "Titik impas", cash_short=bool(short_months(plan)))
    text = brief.text("id").replace("\u00a0", " ")
    assert "bulan terlemah, Oktober 2003: usaha kelompok rugi Rp 50.000, yaitu Rp 5.000 per" in text
