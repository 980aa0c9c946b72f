#!/usr/bin/env python3
"""Build the three example workshops shipped in ``sessions/`` from the source documents.

Run ``python tools/build_examples.py`` from the repository root to (re)write
``sessions/surabaya.json``, ``sessions/palembang.json`` and
``sessions/yogyakarta.json``; ``--check`` only compares and exits 1 when a file
differs. The examples are built from the model classes, so they are valid by
construction, and written canonically, so running the script twice gives the
same bytes (``tests/test_examples.py`` checks both).

Why a script and not hand-written JSON: the examples are what newcomers see
first and what the tests, snapshots, Word export and archive of the other
parts lean on; building them from the model keeps them valid whenever the
model changes, and keeps every id readable and stable (``prob-modal``,
``g-sedap-malam``, ``st-sm-3``). Participants are the exception: the code
names them by readable keys (``p-slamet``) but the files number them in
register order (``p-01`` …), and free text names roles ("rumah ketua"), not
people, so that a pseudonymised archive cannot leak a name through an id or
a note. The data live in ``tools/pra_examples/``, one module per city.

Sources (``../shared/seeds/``, mainly ``001_*``: the Ministry of Social
Affairs' 2003 trial of the migrant empowerment model):

* Surabaya, Kel. Pakis RT 10, partner LSM Widya Dharma, held at the kelurahan
  office: problems perumahan, modal, kesehatan, pendidikan, pekerjaan; modal
  first with 17 votes; housing 4 x 3 m rented rooms, toilets shared with six
  households, people living on the green belt; institutions and skills as the
  discussion groups "Gang Omplong" and "Mandiri" recorded them; groups
  Pertukangan, Penjahit, Berjualan; Rp 500.000 per member kept at the
  cooperative of Yayasan Widya Dharma, one member needing only Rp 300.000.
* Palembang, Kel. 10 and 13 Ilir, PRA at 13 Ilir, two mentors from Yayasan
  Bina Vitalis and one from the provincial Dinas Sosial: problems of children
  (putus sekolah, terlantar), the elderly, at heart socio-economic; skills
  menjahit, berdagang; resources koperasi, pasar, orsos, bank keliling, the
  natural surroundings; Kelompok Sedap Malam (cakes) and Jaya Bersama
  (tailoring); success circle menabung / menyekolahkan anak / kebutuhan
  keluarga; SWOT strengths = skills, opportunity = using the stimulus
  earnestly, weakness = hardship at home; pledges mesin jahit, bahan/alat,
  tenaga, modal; steps belajar menjahit, mencari tempat, modal, bahan; for
  cakes mencari tepung terigu, modal, tempat; Rp 10.000.000 for two groups,
  Rp 500.000 signed for by each member, managed by Yayasan Bina Vitalis.
* Yogyakarta, Kel. Warungboto RT 37 and 39 (Kec. Umbulharjo), partner LSM
  Bina Swadaya; facilitation shared by Dinas Sosial DIY, the Camat, the Lurah,
  the LSM and the researcher; problems kekurangan modal, kekurangan alat,
  pemasaran, manajemen usaha; skills berdagang, kerajinan (alat musik,
  sepatu), mekanik, memasak, menjahit, beternak; businesses perdagangan,
  kerajinan sepatu, peternakan, penjahitan, perbengkelan run by members
  individually with the group keeping the accounts; KUW "Tri Astha": 10 %
  reserve, 10 % shares, 1.5 % administration, dues Rp 5.000 a month,
  voluntary savings, 1 % flat a month on loans, Rp 500.000 per member,
  "so each member receives Rp 435.000"; members collected Rp 50.000 each.

Invented where the sources are silent (what a facilitator would have written
down), and said so here: every participant name (fictional), sex, household
head, RT within the stated kelurahan, attendance, the chairs' phone numbers
(visibly fictional: 0812-0000-…); the
dates (2003, the trial year: monitoring ran to November 2003); RW numbers and
Kecamatan Sawahan / Ilir Timur II (the real districts of those kelurahan);
facilitator and mentor names; vote counts other than Surabaya's 17 for modal,
dot rules, ballots and pairwise choices; causes and effects beyond the housing
facts; importance/closeness ratings; needs, criteria and matrix scores; group
officers and membership; success indicators; SWOT items beyond the sources'
themes; pledge values and whether they were kept; step details, costs,
durations, dependencies, the two fixed-date steps; calendar start dates; the
Lebaran 1424 H blackout
(25-30 November 2003, from 1 Syawal) in Palembang; RAB lines and 2003 prices; Surabaya's and
Palembang's deductions, dues, service fee and loan terms; loan terms in
Yogyakarta; fund rules worded by the groups; first-round borrowers (members
absent on the day borrow in the second round; the source says every member
received the money); notes; every group's business analysis (products, prices,
costs, seasons, fixed costs, market lists: ``tools/pra_examples/*_analys*.py``). Two readings are choices: Surabaya's "17 suara"
is read as 17 of the 18 people present putting one of their three dots on
modal (one dot per problem at most); the Yogyakarta group is the ten first
borrowers of KUW "Tri Astha", the other participants being the "warga lain"
the fund rolls on to (the source gives 20 targets per city and groups of
5-10 households). The fund rules keep both the stated Rp 435.000 and the
deductions, which give Rp 392.500: the plan shows the difference.

Funding sources (issue 13), invented so that each example tells one consistent
story: Sedap Malam spends Rp 3.500.000 of its Rp 5.000.000 grant on equipment and
materials and lends the other Rp 1.500.000 (6 x Rp 250.000), so nothing is both
bought and lent; Jaya Bersama lends all of its grant and buys its machines with a
BMM loan of Rp 3.000.000 (12 months, 1,5 % flat, weekly on Mondays, one month of
grace, tanggung renteng); each Surabaya grant pays the group's tools plus Rp 500.000
for each first-round borrower; Tri Astha's grant is handed over at its step 4 and
its members buy their own trade with their loans.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

TOOLS = Path(__file__).resolve().parent
ROOT = TOOLS.parent
for folder in (ROOT, TOOLS):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from pra_examples.followup import with_followup  # noqa: E402
from pra_examples.followup_specs import PALEMBANG, SURABAYA, YOGYAKARTA  # noqa: E402
from pra_examples.palembang import palembang  # noqa: E402
from pra_examples.surabaya import surabaya  # noqa: E402
from pra_examples.yogyakarta import yogyakarta  # noqa: E402

from pra.model import Workshop  # noqa: E402
from pra.store import dumps  # noqa: E402

BUILDERS: dict[str, Callable[[], Workshop]] = {
    "surabaya": lambda: with_followup(surabaya(), SURABAYA),
    "palembang": lambda: with_followup(palembang(), PALEMBANG),
    "yogyakarta": lambda: with_followup(yogyakarta(), YOGYAKARTA),
}


def render(ws: Workshop) -> str:
    """The canonical text of a workshop file: exactly what the store writes."""
    return dumps(ws)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="compare only; exit 1 on a difference")
    parser.add_argument("--out", type=Path, default=ROOT / "sessions", help="output folder")
    args = parser.parse_args(argv)
    stale = []
    for name, build in BUILDERS.items():
        path = args.out / f"{name}.json"
        data = render(build()).encode("utf-8")
        if path.exists() and path.read_bytes() == data:
            continue
        stale.append(path)
        if not args.check:
            path.write_bytes(data)
    for path in stale:
        print(("differs: " if args.check else "wrote: ") + str(path))
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
