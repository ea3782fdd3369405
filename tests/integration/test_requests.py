"""Requests (permintaan), their bookkeeping, needs-based allocation and its drafts
(gudang.services.requests, gudang.services.allocation), on generated data."""

from __future__ import annotations

from decimal import Decimal

import pytest

from gudang.domain.errors import InvalidInput, InvalidState, NotFound, PermissionDenied
from gudang.domain.request_inputs import RequestInput, RequestLineInput, request_from_json
from gudang.services import allocation, issues, partners, requests
from gudang.services.uow import Actor
from gudang.services.verify import verify
from tests.conftest import snapshot
from tests.support.builders import ADMIN_ACTOR as A, cancel, english, issue, receive
from tests.support.builders import fresh_db, fresh_sqlite  # noqa: F401  (fixtures)
from tests.support.needs import EVENT, TODAY, ask, day, needs_world


@pytest.fixture
def world(fresh_sqlite):
    needs_world(fresh_sqlite)
    with english():
        yield fresh_sqlite


def lines_of(plan, sku=None):
    return {(line.recipient, line.sku): line for line in plan.lines if sku is None or line.sku == sku}


# -- bookkeeping ----------------------------------------------------------------------------------------------

def test_request_bookkeeping_issued_pending_outstanding_cancelled_and_closed(fresh_db):
    db = fresh_db
    needs_world(db)
    made = ask(db, "R1", [("BRS", 60), ("MIE", 40)], people=280, households=74, reference="045/DS-KUNTU")
    assert made.number.endswith("/PMT/BPBD-KPR/" + ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI",
                                                    "XII"][day(-1).month - 1] + f"/{day(-1).year}")
    first = issue(db, TODAY, [("BRS", 20)], recipient="R1", request=made.number)
    draft = issues.draft_issue(db, A, issues.IssueInput(date=TODAY, recipient="R1", request=made.number,
                                                        lines=(issues.IssueLineInput("MIE", Decimal(15)),)))
    rows = {r.sku: r for r in requests.list_request_lines(db, event=EVENT)}
    assert (rows["BRS"].asked, rows["BRS"].issued, rows["BRS"].outstanding) == (60, 20, 40)
    assert (rows["MIE"].issued, rows["MIE"].pending, rows["MIE"].outstanding) == (0, 15, 40)
    # a cancelled issue no longer counts
    cancel(db, first.number)
    second = issue(db, TODAY, [("BRS", 25)], recipient="R1", request=made.number)
    rows = {r.sku: r for r in requests.list_request_lines(db, event=EVENT)}
    assert (rows["BRS"].issued, rows["BRS"].outstanding) == (25, 35)
    detail = requests.request_detail(db, made.number)
    assert [(i.number, i.cancelled_by is not None) for i in detail.issues if i.number] == [
        (first.number, True), (second.number, False)]
    assert detail.summary.status == "partial" and detail.summary.people == 280
    # posting the draft: issued, no longer pending
    issues.approve_issue(db, A, draft.id)
    issues.post_issue(db, A, draft.id)
    rows = {r.sku: r for r in requests.list_request_lines(db, event=EVENT)}
    assert (rows["MIE"].issued, rows["MIE"].pending) == (15, 0)
    # issuing all that is outstanding makes it complete, and it leaves the open list
    issue(db, TODAY, [("BRS", 35), ("MIE", 25)], recipient="R1", request=made.number)
    assert requests.request_detail(db, made.number).summary.status == "complete"
    assert requests.list_requests(db, event=EVENT, open_only=True) == []
    other = ask(db, "R2", [("BRS", 10)])
    with english():
        closed = requests.close_request(db, A, other.number, "posko dipindah ke SDN 003")
        assert closed.status == "closed" and closed.close_reason == "posko dipindah ke SDN 003"
        with pytest.raises(InvalidState, match="already closed"):
            requests.close_request(db, A, other.number, "lagi")
        before = snapshot(db)
        with pytest.raises(InvalidState, match="field request: request .* is closed"):
            issue(db, TODAY, [("BRS", 1)], recipient="R2", request=other.number)
        with pytest.raises(NotFound, match="field request: unknown request 999/PMT"):
            issue(db, TODAY, [("BRS", 1)], recipient="R2", request="999/PMT/X")
        assert snapshot(db) == before
    assert verify(db).ok


def test_an_issue_naming_a_request_warns_of_another_recipient_items_not_asked_and_too_much(world):
    db = world
    made = ask(db, "R1", [("BRS", 10)])
    result = issue(db, TODAY, [("BRS", 15), ("MIE", 2)], recipient="R2", request=made.number)
    text = " | ".join(result.warnings)
    assert f"request {made.number} is from R1" in text
    assert f"MIE is not on request {made.number}" in text
    assert f"BRS: 15 is more than the 10 still outstanding on request {made.number}" in text
    quiet = ask(db, "R3", [("BRS", 10)])
    assert issue(db, TODAY, [("BRS", 10)], recipient="R3", request=quiet.number).warnings == ()


def test_bad_requests_are_refused_naming_the_problem_and_write_nothing(world):
    db = world
    before = snapshot(db)
    cases = [
        ({"recipient": "R1", "lines": [{"sku": "BRS", "qty": 5}]}, "field date: is required"),
        ({"date": day(-1).isoformat(), "recipient": "R1", "priority": 4, "lines": [{"sku": "BRS", "qty": 5}]},
         "field priority: must be between 1 and 3, not 4"),
        ({"date": day(-1).isoformat(), "recipient": "R1", "lines": []}, "field lines: must be a non-empty list"),
        ({"date": day(-1).isoformat(), "recipient": "R1", "lines": [{"sku": "BRS", "qty": 5}, {"sku": "BRS", "qty": 1}]},
         "line 2, field sku: BRS is already on line 1"),
        ({"date": day(-1).isoformat(), "recipient": "R1", "lines": [{"sku": "BRS", "qty": -5}]},
         "line 1, field qty: quantity must not be negative"),
        ({"date": day(-1).isoformat(), "recipient": "R1", "colour": "red", "lines": [{"sku": "BRS", "qty": 5}]},
         "unknown field colour"),
        ({"date": day(-1).isoformat(), "recipient": "R1", "days": 3, "lines": []},
         "field days: give the people or the households"),
    ]
    for data, message in cases:
        with pytest.raises(InvalidInput, match=message):
            request_from_json(data)
    service_cases = [
        (RequestInput(day(1), "R1", (RequestLineInput("BRS", Decimal(5)),)), "field date: the date .* is in the future"),
        (RequestInput(day(-1), "NOPE", (RequestLineInput("BRS", Decimal(5)),)), "field recipient: unknown recipient NOPE"),
        (RequestInput(day(-1), "DON-1", (RequestLineInput("BRS", Decimal(5)),)), "field recipient: DON-1 is a donor"),
        (RequestInput(day(-1), "R1", (RequestLineInput("XXX", Decimal(5)),)), "line 1, field sku: unknown item XXX"),
        (RequestInput(day(-1), "R1", (RequestLineInput("BRS", Decimal("2.5")),)),
         "line 1, field qty: BRS is counted in whole kg: 2.5 has too many decimals"),
        (RequestInput(day(-1), "R1", (RequestLineInput("BRS", Decimal(5)),), event="NOPE"), "field event: unknown event"),
        (RequestInput(day(-1), "R1", (), people=100, days=3), "field lines: no item has a ration standard"),
    ]
    for data, message in service_cases:
        with pytest.raises((InvalidInput, NotFound), match=message):
            requests.add_request(db, A, data)
    with pytest.raises(PermissionDenied):
        requests.add_request(db, Actor("tamu", "viewer"), RequestInput(day(-1), "R1", (RequestLineInput("BRS", Decimal(5)),)))
    assert snapshot(db) == before


def test_ration_standards_turn_people_and_days_into_lines(world):
    db = world
    requests.set_ration(db, A, "BRS", "0.25", None)
    requests.set_ration(db, A, "KIT", None, 1)
    assert [(r.sku, r.qty) for r in requests.compute_lines(db, 281, 74, 3)] == [("BRS", Decimal(211)), ("KIT", 74)]
    made = requests.add_request(db, A, request_from_json({
        "date": day(-1).isoformat(), "recipient": "R1", "event": EVENT, "people": 281, "households": 74, "days": 3,
        "lines": [{"sku": "MIE", "qty": 500}, {"sku": "KIT", "qty": 60}]}))
    lines = {r.sku: r.asked for r in requests.request_detail(db, made.number).lines}
    assert lines == {"MIE": 500, "KIT": 60, "BRS": 211}  # the file's own KIT line wins over the standard
    with pytest.raises(InvalidInput, match="field per-person-day: quantity must not be negative"):
        requests.set_ration(db, A, "BRS", "-1", None)


def test_a_posko_updated_as_its_people_change_is_audited(world):
    from gudang.db.models import AuditEntry
    from gudang.services.uow import UnitOfWork
    from sqlalchemy import select

    db = world
    row = partners.change_partner(db, A, "R1", people_served=345, households=92, balita=31, ibu_hamil=7)
    assert (row.people_served, row.households, row.balita, row.ibu_hamil, row.region_code) == (345, 92, 31, 7,
                                                                                             "14.01.07.2003")
    moved = partners.change_partner(db, A, "R1", desa="Domo")  # the code follows the desa
    assert moved.region_code == "14.01.07.2005"
    with UnitOfWork(db, write=False) as uow:
        summaries = uow.session.scalars(select(AuditEntry.summary).where(AuditEntry.action == "partner.update")).all()
    assert "people_served 280 -> 345; households - -> 92; balita - -> 31; ibu_hamil - -> 7" in summaries
    assert "desa Kuntu -> Domo; region_code 14.01.07.2003 -> 14.01.07.2005" in summaries
    before = snapshot(db)
    with pytest.raises(InvalidInput, match="field balita: must be a whole number, not banyak"):
        partners.change_partner(db, A, "R1", balita="banyak")
    with pytest.raises(InvalidInput, match="field region-code: 14.1.7 is not a region code"):
        partners.change_partner(db, A, "R1", region_code="14.1.7")
    assert snapshot(db) == before


# -- allocation -------------------------------------------------------------------------------------------------

def test_priority_first_then_proportional_whole_shares_never_more_than_asked(world):
    db = world
    ask(db, "R1", [("BRS", 60)], priority=1)
    ask(db, "R2", [("BRS", 50), ("MIE", 10)], priority=2)
    ask(db, "R3", [("BRS", 30), ("MIE", 20)], priority=2)
    plan = allocation.plan_allocation(db, EVENT)
    rice = lines_of(plan, "BRS")
    # usable rice: 50 + 70 (the expired and the quarantined lots do not count)
    assert {s.sku: (s.available, s.claimed, s.allocated) for s in plan.stock} == {
        "BRS": (120, 140, 120), "MIE": (100, 30, 30)}
    assert rice[("R1", "BRS")].allocated == 60  # priority 1: all of it
    # 60 left for 50 + 30 of priority 2: quotas 37.5 and 22.5, the tie to the larger need
    assert (rice[("R2", "BRS")].allocated, rice[("R3", "BRS")].allocated) == (38, 22)
    assert (rice[("R2", "BRS")].short, rice[("R3", "BRS")].short) == (12, 8)
    noodles = lines_of(plan, "MIE")
    assert (noodles[("R2", "MIE")].allocated, noodles[("R3", "MIE")].allocated) == (10, 20)  # never more than asked
    assert all(isinstance(line.allocated, int) for line in plan.lines)
    assert plan.by_kecamatan() == [("Kampar Kiri", 120, 108), ("Kampar", 50, 42)]


def test_plans_never_use_expired_or_quarantined_lots_and_take_fefo(world):
    db = world
    ask(db, "R1", [("BRS", 60)], priority=1)
    ask(db, "R2", [("BRS", 100)], priority=2)
    plan = allocation.plan_allocation(db, EVENT)
    used = [(line.recipient, lot.lot, lot.qty) for line in plan.lines for lot in line.lots]
    # the soon lot first, to the most urgent; never B-EXP (expired yesterday) nor B-QRT (quarantine)
    assert used == [("R1", "B-SOON", 50), ("R1", "B-LATE", 10), ("R2", "B-LATE", 60)]


def test_open_drafts_keep_their_stock_and_their_requests_claim_less(world):
    db = world
    one = ask(db, "R1", [("BRS", 60)])
    ask(db, "R2", [("BRS", 60)])
    issues.draft_issue(db, A, issues.IssueInput(date=TODAY, recipient="R1", request=one.number,
                                                lines=(issues.IssueLineInput("BRS", Decimal(40)),)))
    issues.draft_issue(db, A, issues.IssueInput(date=TODAY, recipient="R3",
                                                lines=(issues.IssueLineInput("BRS", Decimal(10)),)))
    plan = allocation.plan_allocation(db, EVENT)
    stock = plan.stock[0]
    assert (stock.usable, stock.reserved, stock.available) == (120, 50, 70)
    rice = lines_of(plan)
    assert (rice[("R1", "BRS")].pending, rice[("R1", "BRS")].claim) == (40, 20)
    # 70 for 20 + 60: quotas 17.5 and 52.5, the tie to the larger claim
    assert (rice[("R1", "BRS")].allocated, rice[("R2", "BRS")].allocated) == (17, 53)
    # the drafts' stock is the soon lot (FEFO), so the plan starts on the late one
    assert {lot.lot for line in plan.lines for lot in line.lots} <= {"B-SOON", "B-LATE"}
    assert sum(lot.qty for line in plan.lines for lot in line.lots if lot.lot == "B-SOON") == 0


def test_the_plan_becomes_drafts_that_are_approved_and_posted(fresh_db):
    db = fresh_db
    needs_world(db)
    with english():
        drafts_approved_and_posted(db)


def drafts_approved_and_posted(db):
    urgent = ask(db, "R1", [("BRS", 60), ("KIT", 4)], priority=1, reference="PMT-R1")
    normal = ask(db, "R2", [("BRS", 100)], priority=2)
    ask(db, "R3", [("MIE", 500)], priority=3, event=None)  # another event's: not planned
    result = allocation.draft_plan(db, A, EVENT)
    assert [(d.request, d.recipient, d.lines) for d in result.drafts] == [
        (urgent.number, "R1", 2), (normal.number, "R2", 1)]
    from gudang.services.drafts import load_issue

    loaded = load_issue(db, result.drafts[0].id)
    assert (loaded.state, loaded.input.request, loaded.input.reference, loaded.input.event) == (
        "draft", urgent.number, "PMT-R1", EVENT)
    assert [(l.sku, l.qty) for l in loaded.lines] == [("BRS", 60), ("KIT", 4)]
    for draft in result.drafts:
        issues.approve_issue(db, A, draft.id)
        posted = issues.post_issue(db, A, draft.id)
        assert posted.number
    rows = {(r.number, r.sku): r for r in requests.list_request_lines(db, event=EVENT)}
    assert rows[(urgent.number, "BRS")].outstanding == 0 and rows[(normal.number, "BRS")].issued == 60
    # nothing left: planning again plans no stock, and drafting refuses
    again = allocation.plan_allocation(db, EVENT)
    assert [(l.recipient, l.claim, l.allocated) for l in again.lines] == [("R2", 40, 0)]
    before = snapshot(db)
    with pytest.raises(InvalidInput, match="nothing to draft"):
        allocation.draft_plan(db, A, EVENT)
    with pytest.raises(PermissionDenied):
        allocation.draft_plan(db, Actor("petugas", "petugas"), EVENT)
    assert snapshot(db) == before
    assert verify(db).ok


def test_the_kepala_gudang_adjusts_within_the_claims_and_the_stock(world):
    db = world
    one = ask(db, "R1", [("BRS", 60)], priority=1)
    two = ask(db, "R2", [("BRS", 100)], priority=2)
    plan = allocation.plan_allocation(db, EVENT, adjust={(one.number, "BRS"): 40, (two.number, "BRS"): "80"})
    rice = lines_of(plan)
    assert (rice[("R1", "BRS")].allocated, rice[("R1", "BRS")].proposed) == (40, 60)
    assert rice[("R2", "BRS")].allocated == 80
    before = snapshot(db)
    for adjust, message in (({(one.number, "BRS"): 61}, "61 is more than the 60 still asked"),
                            ({(one.number, "BRS"): "2.5"}, "must be a whole number"),
                            ({(one.number, "BRS"): 60, (two.number, "BRS"): 61}, "BRS: 121 planned but only 120"),
                            ({(one.number, "MIE"): 1}, "MIE is not an open line of request")):
        with pytest.raises((InvalidInput, NotFound), match=message):
            allocation.draft_plan(db, A, EVENT, adjust=adjust)
    assert snapshot(db) == before
    drafted = allocation.draft_plan(db, A, EVENT, adjust={(one.number, "BRS"): 40, (two.number, "BRS"): 80})
    from gudang.services.drafts import load_issue

    assert [load_issue(db, d.id).lines[0].qty for d in drafted.drafts] == [40, 80]


def test_posko_share_a_desa_by_a_desa_level_region_code_or_by_the_desa_name(world):
    """The desa guard's neighbours as SQL finds them (gudang.services.overlap.place_mates): a
    code of the desa level (three dots or more) is shared by the posko of one desa only; a
    kecamatan's code is shared by its many desa, and says nothing."""
    from sqlalchemy import select

    from gudang.db.models import Partner
    from gudang.services.overlap import place_mates

    db = world
    for code, desa, region_code in (("R6", "Ranah", "14.01.07.2005"), ("R7", "Domo Hilir", "14.01.07.2005"),
                                    ("R8", "Sialang Tujuh", "14.01.08"), ("R9", "Sialang Lapan", "14.01.08"),
                                    ("R10", " sialang LAPAN ", None)):
        partners.add_partner(db, A, partners.PartnerInput(code, f"Posko {code}", "recipient", region="Kampar",
                                                          desa=desa, region_code=region_code))
    with db.engine.connect() as conn:
        def mates(code: str) -> set[str]:
            return set(conn.execute(select(Partner.code).where(
                Partner.id.in_(place_mates(lambda column: column == code)))).scalars())

        # R2 (Domo) and R7 by the desa's code, R3 by the name Ranah
        assert mates("R6") == {"R2", "R3", "R7"} and mates("R7") == {"R2", "R6"}
        assert mates("R8") == set()  # only the kecamatan's code in common
        assert mates("R9") == {"R10"}  # the same name but for case and spaces


def test_overlapping_requests_and_dispatches_in_one_desa_are_pointed_out(world):
    db = world
    first = ask(db, "R1", [("BRS", 10)], date=day(-2))
    second = ask(db, "R4", [("MIE", 20)], date=day(-1))  # the same desa Kuntu, the same category
    assert second.warnings == (f"desa Kuntu: requests {first.number} (R1, {day(-2).isoformat()}) and "
                               f"{second.number} (R4, {day(-1).isoformat()}) both ask for permakanan",)
    assert ask(db, "R3", [("BRS", 10)]).warnings == ()  # another desa
    plan = allocation.plan_allocation(db, EVENT)
    assert plan.warnings == second.warnings
    # dispatches: R1 gets rice from DON-1's stock; rice from the same donor for R4 in the same
    # desa is one agency's plan: no warning
    issue(db, TODAY, [("BRS", 5)], recipient="R1")
    assert issue(db, TODAY, [("BRS", 5)], recipient="R4").warnings == ()
    # noodles of DON-2, which FEFO takes first, for R1: R4 in the same desa had permakanan from DON-1
    receive(db, TODAY, [("MIE", 50, "M-2", day(30), "A-01")], donor="DON-2", reference="SJ-3")
    expected = (f"desa Kuntu: R4 (Posko R4) already received permakanan from DON-1 stock on {TODAY.isoformat()} "
                "with ")
    draft = issues.draft_issue(db, A, issues.IssueInput(date=TODAY, recipient="R1",
                                                        lines=(issues.IssueLineInput("MIE", Decimal(5)),)))
    posted = issue(db, TODAY, [("MIE", 5)], recipient="R1")
    for result in (draft, posted):  # FEFO's choice for a draft, the moves once posted
        found = [w for w in result.warnings if w.startswith("desa Kuntu")]
        assert len(found) == 1 and found[0].startswith(expected), result.warnings
        assert found[0].endswith("this dispatch takes permakanan from DON-2 stock")
    # the same desa but from the same donor again, or another category: nothing from the desa check
    assert not [w for w in issue(db, TODAY, [("KIT", 1)], recipient="R4").warnings if w.startswith("desa")]
