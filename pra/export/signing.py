"""Who signs a group's plan: every member, and who approves it.

Every member has a line with their name under it: the plan is the group's own.
The officers sign there too, once, their role after their name ("1. Zulkifli
(Ketua)"): a person signs once, whatever roles she holds. Last comes the
approval block ("Mengetahui / Menyetujui"): the lurah, the mentor and the
partner organisation, then whoever gives a grant (the Dinas Sosial the summary
says the plan is submitted to) and each lender the group borrows from (its
loans in the capital plan): who gives or lends the money approves the plan it
finances. Everyone there signs on a line; the name the workshop knows is
printed under it, else the line is left to be filled in by hand.
"""

from __future__ import annotations

from typing import Final

from pra.export.context import Context
from pra.export.tables import Cell, Column, set_row_height

SIGNATURE_SPACE_TWIPS: Final = 1100
"""About 2 cm between a role and the name under it."""
MEMBERS_PER_ROW: Final = 3
"""Member signatures side by side: a line wide enough to sign, a name that fits under it."""


def signs_once(ctx: Context, people: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """One signature per person: the roles of a name that holds two are joined ("Ketua dan Bendahara").

    Names are compared ignoring case and spacing; an unnamed role keeps its own
    line, to be filled in by hand.
    """
    merged: dict[str, tuple[str, str]] = {}
    out: list[tuple[str, str] | str] = []
    for role, name in people:
        key = " ".join(name.casefold().split())
        if not key:
            out.append((role, name))
        elif key in merged:
            first, shown = merged[key]
            merged[key] = (ctx.t("export.label.roles_joined", first=first, second=role), shown)
        else:
            merged[key] = (role, name)
            out.append(key)
    return [merged[item] if isinstance(item, str) else item for item in out]


GAP_TWIPS: Final = 400
"""About 7 mm after a name, so the next role does not read as the name's caption."""


def _space_rows(table: object, gaps: frozenset[int] = frozenset()) -> None:
    """The empty rows of a signature table get the height of a signature (``gaps``: a small gap)."""
    for i, tr in enumerate(table._tbl.tr_lst):  # type: ignore[attr-defined]
        if not "".join(tr.itertext()).strip():
            set_row_height(tr, GAP_TWIPS if i in gaps else SIGNATURE_SPACE_TWIPS)


def signature_grid(
    ctx: Context, people: list[tuple[str, str]], witness: tuple[str, str] | None
) -> None:
    """Roles in pairs, room to sign, names (or a blank line); then "Mengetahui" for ``witness``.

    ``witness`` is ``(role, name)``; an empty name prints as a line to fill in.
    """
    w = ctx.writer
    line = ctx.t("export.label.signature_line")
    people = signs_once(ctx, people)
    rows: list[tuple[str | Cell, ...]] = []
    for i in range(0, len(people), 2):
        pair = people[i : i + 2]
        rows.append(tuple(Cell(role, align="center") for role, _ in pair))
        rows.append(("",) * len(pair))
        rows.append(
            tuple(
                Cell(name, bold=True, align="center") if name else Cell(line, align="center")
                for _, name in pair
            )
        )
        rows.append(("",) * len(pair))  # a gap before the next pair of roles
    # the room to sign is a signature high, the gap after a name small, and nothing after the
    # last name (a 2 cm empty row there pushed the block to a page of its own, #15)
    gaps = frozenset(range(3, len(rows), 4))
    if witness is not None:
        role, name = witness
        rows.append((Cell(ctx.t("export.label.knowing"), align="center", span=2),))
        rows.append((Cell(role, align="center", span=2),))
        rows.append(("",))
        rows.append((Cell(name or line, bold=bool(name), align="center", span=2),))
    else:
        rows.pop()
    table = w.table([Column(1), Column(1)], None, rows, borders=False, keep_whole=True)
    _space_rows(table, gaps)


def lurah(ctx: Context) -> tuple[str, str]:
    """The lurah's role (of the workshop's kelurahan) and name, empty when not known."""
    info = ctx.ws.info
    village = info.place.village
    role = (
        ctx.t("export.label.lurah", village=village)
        if village
        else ctx.t("export.label.lurah_plain")
    )
    return role, info.lurah


MEMBER_ROW_LINES: Final = 3
"""Table rows per row of member signatures: room to sign, the line, the names."""
MEMBER_ROWS_KEPT_WHOLE: Final = 4
"""Up to this many rows of member signatures (12 members) are kept on one page: with the
section's heading and sentence, and the approval heading and its first pair that follow the
last row, they fit on an A4 page (Jaya Bersama's 10 members: 4 rows). A larger group breaks
between two rows (the maximal workshop's 20 members put the approval heading alone at the
top of a page when kept whole)."""


def officer_roles(ctx: Context) -> dict[str, str]:
    """Each officer's role by member id; two roles of one person joined ("Ketua dan Bendahara")."""
    group = ctx.group
    assert group is not None
    roles: dict[str, str] = {}
    for key, pid in (
        ("chair", group.chair_id),
        ("secretary", group.secretary_id),
        ("treasurer", group.treasurer_id),
    ):
        if pid is None:
            continue
        role = ctx.t(f"export.label.{key}")
        roles[pid] = (
            ctx.t("export.label.roles_joined", first=roles[pid], second=role)
            if pid in roles
            else role
        )
    return roles


def row_sizes(members: int) -> list[int]:
    """How many signatures on each row: :data:`MEMBERS_PER_ROW`, but never one alone on the
    last row when there are more members (10: 3, 3, 2, 2), so that a page may break between
    any two rows and no name ever stands alone on a page."""
    sizes = [MEMBERS_PER_ROW] * (members // MEMBERS_PER_ROW)
    rest = members % MEMBERS_PER_ROW
    if rest == 1 and sizes and MEMBERS_PER_ROW > 2:
        sizes[-1] -= 1
        rest += 1
    return [*sizes, *([rest] if rest else [])]


def member_signatures(ctx: Context, heading: str) -> None:
    """A line for every member of the group, the name (and an officer's role) under it, three
    to a row."""
    w, group = ctx.writer, ctx.group
    assert group is not None
    roles = officer_roles(ctx)
    w.heading(heading, 2)
    if not group.member_ids:
        w.empty()
        return
    line = ctx.t("export.label.signature_line")
    rows: list[tuple[str | Cell, ...]] = []
    ids = list(group.member_ids)
    i = 0
    sizes = row_sizes(len(ids))
    whole = len(sizes) <= MEMBER_ROWS_KEPT_WHOLE
    for size in sizes:
        chunk = ids[i : i + size]
        pad = MEMBERS_PER_ROW - len(chunk)
        rows.append(("",) * MEMBERS_PER_ROW)
        rows.append((*(Cell(line, align="center") for _ in chunk), *("",) * pad))
        rows.append(
            (
                *(
                    Cell(
                        ctx.t(
                            "export.label.member_sign_role",
                            n=ctx.number(i + k + 1),
                            name=ctx.name(m),
                            role=roles[m],
                        )
                        if m in roles
                        else ctx.t(
                            "export.label.member_sign", n=ctx.number(i + k + 1), name=ctx.name(m)
                        ),
                        align="center",
                    )
                    for k, m in enumerate(chunk)
                ),
                *("",) * pad,
            )
        )
        i += size
    # the members sign on one page: the table kept whole (each row unsplit), moved to the next
    # page when it does not fit below what is above it (rev13-lender 13: Jaya Bersama's
    # members signed 1-8 on one page, 9-10 on the next); a group too large for a page
    # (MEMBER_ROWS_KEPT_WHOLE) breaks between two rows, none with a single name (row_sizes),
    # each row kept whole and a page free to break between two. The last row keeps with
    # the approval block's heading and its first pair: the block never stands alone on a
    # page, apart from the plan it approves (#13 item 8: Sedap Malam, Penjahit, Pertukangan)
    table = w.table(
        [Column(1)] * MEMBERS_PER_ROW,
        None,
        rows,
        borders=False,
        keep_whole=whole,
        keep_groups=0 if whole else MEMBER_ROW_LINES,
        keep_with_next=True,
    )
    _space_rows(table)


def lenders(ctx: Context) -> list[tuple[str, str]]:
    """A ``(role, "")`` for each lender of the group's loans, once per lender.

    A loan whose lender is not named yet still gets its place ("Lembaga pemberi
    pinjaman"), so the approval block never lacks the one who lends the money.
    """
    group = ctx.group
    if group is None:
        return []
    names: dict[str, str] = {}  # compared ignoring case and spacing, first spelling shown
    for loan in group.capital.loans:
        name = " ".join(loan.lender.split())
        names.setdefault(name.casefold(), name)
    return [
        (
            ctx.t("export.label.for_lender", lender=name)
            if name
            else ctx.t("export.label.lender_plain"),
            "",
        )
        for name in names.values()
    ]


def givers(ctx: Context) -> list[tuple[str, str]]:
    """A ``(role, "")`` for each named giver of the group's grants, once each, unless it is
    the partner organisation (which already signs)."""
    group = ctx.group
    if group is None:
        return []
    partner = " ".join(ctx.ws.info.partner.split()).casefold()
    names: dict[str, str] = {}
    for grant in group.capital.grants:
        name = " ".join(grant.giver.split())
        if name and name.casefold() != partner:
            names.setdefault(name.casefold(), name)
    return [(ctx.t("export.label.for_giver", giver=name), "") for name in names.values()]


def approvers(ctx: Context) -> list[tuple[str, str]]:
    """The approval block's ``(role, name)``: lurah, mentor, partner organisation, grant
    givers, lenders.

    A name the workshop does not hold is empty (printed as a blank line under its role).
    """
    info = ctx.ws.info
    partner = (
        ctx.t("export.label.for_partner", partner=info.partner)
        if info.partner
        else ctx.t("export.label.partner_plain")
    )
    return [
        lurah(ctx),
        (ctx.t("export.label.mentor"), info.mentor),
        (partner, ""),
        *givers(ctx),
        *lenders(ctx),
    ]


APPROVAL_ROW_LINES: Final = 4
"""Table rows per pair of approvers: the roles, room to sign, the lines and names, a gap."""


def approval_block(ctx: Context, heading: str) -> None:
    """ "Mengetahui / Menyetujui": each approver's role, room to sign, the name or a blank line."""
    w = ctx.writer
    # the heading keeps with the first pair of approvers, and a page may break between two
    # pairs: kept whole, and chained to the members' rows, the block went to the next page
    # with them and left half a page empty (Jaya Bersama, #13); the members' last row of
    # signatures keeps with the heading (member_signatures). The last two pairs keep
    # together: BMM, the lender, never alone on the plan's last page (rev13-lender 13)
    w.heading(heading, 2)
    line = ctx.t("export.label.signature_line")
    people = signs_once(ctx, approvers(ctx))
    rows: list[tuple[str | Cell, ...]] = []
    for i in range(0, len(people), 2):
        pair = people[i : i + 2]
        pad = ("",) * (2 - len(pair))
        rows.append((*(Cell(role, align="center") for role, _ in pair), *pad))
        rows.append(("", ""))
        rows.append(
            (
                # everyone signs on a line; a known name under it
                *(Cell(f"{line}\n{name}" if name else line, align="center") for _, name in pair),
                *pad,
            )
        )
        rows.append(("", ""))  # a gap before the next pair of roles
    gaps = frozenset(i for i in range(3, len(rows), 4))
    table = w.table(
        [Column(1), Column(1)],
        None,
        rows[:-1],
        borders=False,
        keep_groups=APPROVAL_ROW_LINES,
        chain_last=2,
    )
    _space_rows(table, gaps)
