"""The overlap guard: the same category to the same recipient within N days."""

from __future__ import annotations

from gudang.services.catalogue import ItemInput, add_item
from gudang.services.setup import update_settings
from tests.support.builders import ADMIN_ACTOR, basic_world, cancel, english, issue, partner, receive


def stocked(db):
    basic_world(db)
    partner(db, "REC-2", "recipient")
    for sku, category in (("BRS", "permakanan"), ("MIE", "permakanan"), ("SRG", "sandang"), ("ETC", None)):
        add_item(db, ADMIN_ACTOR, ItemInput(sku=sku, name=sku, unit="pcs", category=category,
                                            expiry_required=False))
    receive(db, "2026-11-01", [(sku, 100, f"{sku}-1", None, "A-01") for sku in ("BRS", "MIE", "SRG", "ETC")])


def test_overlap_warns_and_names_the_earlier_dispatch(any_db):
    db = any_db
    stocked(db)
    first = issue(db, "2026-11-10", [("BRS", 5), ("ETC", 1)])
    assert first.warnings == ()
    with english():
        second = issue(db, "2026-11-12", [("MIE", 5)])  # same category, 2 days later
        assert len(second.warnings) == 1
        assert first.number in second.warnings[0] and "permakanan" in second.warnings[0]
        assert "2 days" in second.warnings[0]
        assert issue(db, "2026-11-12", [("SRG", 1)]).warnings == ()  # another category
        assert issue(db, "2026-11-12", [("BRS", 1)], recipient="REC-2").warnings == ()  # another recipient
        assert issue(db, "2026-11-14", [("ETC", 1)]).warnings == ()  # 4 days: outside the window
        assert len(issue(db, "2026-11-15", [("ETC", 1)]).warnings) == 1  # the item itself, no category
    update_settings(db, ADMIN_ACTOR, {"overlap_days": "0"})
    assert issue(db, "2026-11-15", [("MIE", 1)]).warnings == ()


def test_cancelled_dispatch_does_not_count(sqlite_db):
    db = sqlite_db
    stocked(db)
    first = issue(db, "2026-11-10", [("BRS", 5)])
    cancel(db, first.number)
    assert issue(db, "2026-11-11", [("MIE", 5)]).warnings == ()
