"""The one scan resolver (gudang.services.scanning): the same answer for receiving, issuing,
counting, delivery and `gudang scan`."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from gudang.domain.errors import InvalidInput, NotFound
from gudang.domain.gs1 import GS
from gudang.services import counts, scanning
from tests.conftest import snapshot
from tests.support.builders import ADMIN_ACTOR, basic_world, english, issue, item, receive
from tests.support.builders import gudang as gudang_on

GTIN = "09501101530003"
TODAY = dt.date.today()


def gudang(*args, **kwargs):
    """The command on the real clock: this module's documents are dated relative to today."""
    return gudang_on(*args, today=None, **kwargs)


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def shop(request, tmp_path_factory):
    from tests.conftest import make_database

    url = (f"sqlite:///{tmp_path_factory.mktemp('scan') / 'g.sqlite3'}" if request.param == "sqlite"
           else request.getfixturevalue("postgres_module_url"))
    db = make_database(url)
    basic_world(db)
    from gudang.services.catalogue import ItemInput, add_item

    add_item(db, ADMIN_ACTOR, ItemInput("BRS", "Beras", "sak", gtin=GTIN, pack_units=(("karung", Decimal(4)),),
                                        decimals=0))
    item(db, "MNY", unit="liter", decimals=2)
    posted = receive(db, TODAY, [("BRS", 10, "SUP-7", (TODAY + dt.timedelta(days=90)).isoformat(), "A-01")])
    sent = issue(db, TODAY, [("BRS", 2)])
    with english():
        yield db, posted.lines[0].barcode, sent.number
    db.dispose()


def test_every_kind_resolves(shop):
    db, barcode, number = shop
    with english():
        lot = scanning.resolve(db, barcode)
        assert (lot.kind, lot.data["lot"], lot.data["on_hand"], lot.data["locations"]) == ("lot", "SUP-7", 8, ["A-01"])
        assert scanning.resolve(db, "SUP-7").data["barcode"] == barcode  # the supplier's code, on one receipt
        assert scanning.resolve(db, "A-01").kind == "location"
        doc = scanning.resolve(db, number)
        assert (doc.kind, doc.data["type"], doc.data["cancelled"]) == ("document", "issue", False)
        qr = scanning.resolve(db, f"SJ|{number}|0a1b2c3d")
        assert qr.kind == "document" and qr.data["qr"] == {"kind": "SJ", "digest": "0a1b2c3d"}
        for code in ("BRS", GTIN, GTIN[1:]):
            found = scanning.resolve(db, code)
            assert (found.kind, found.data["sku"], found.data["decimals"]) == ("item", "BRS", 0), code
        assert scanning.resolve(db, "MNY").data["decimals"] == 2
        assert scanning.resolve(db, "BRS").data["units"] == (("karung", Decimal(4)),)


def test_gs1_with_unusual_ais_fills_what_it_can(shop):
    db, _, _ = shop
    expiry = (TODAY + dt.timedelta(days=60)).strftime("%y%m%d")
    with english():
        for code in (f"]C101{GTIN}17{expiry}10L9{GS}91INTERNAL{GS}240PART-1",
                     f"]d201{GTIN}10L9{GS}7007261120{GS}80082611201430{GS}17{expiry}",
                     f"(01){GTIN}(10)L9(3922)15000(99)X(17){expiry}",
                     f"01{GTIN}10L9{GS}17{expiry}"):
            found = scanning.resolve(db, code)
            assert found.kind == "gs1" and found.data["sku"] == "BRS" and found.data["lot"] == "L9", code
            assert found.data["expiry"] == TODAY + dt.timedelta(days=60)
            assert scanning.quantity_of(found) == 1


def test_a_misread_ean_is_not_unknown(shop):
    db, _, _ = shop
    with english():
        with pytest.raises(InvalidInput, match="check digit is wrong.*end in 3"):
            scanning.resolve(db, "9501101530004")
        with pytest.raises(NotFound, match="unknown code 9501101530010"):
            scanning.resolve(db, "9501101530010")  # a good check digit: just not ours
        with pytest.raises(InvalidInput, match=r"Check digit.*\(01\)"):
            scanning.resolve(db, f"]C101{GTIN[:-1]}4")
        with pytest.raises(NotFound):
            scanning.resolve(db, "TIDAK-ADA")
        with pytest.raises(InvalidInput):
            scanning.resolve(db, "  ")


def test_counting_uses_the_same_resolver(shop):
    db, barcode, _ = shop
    with english():
        count = counts.start_count(db, ADMIN_ACTOR, ["A-01"])
        try:
            before = snapshot(db)
            with pytest.raises(InvalidInput, match="barcode of item BRS, not a lot label"):
                counts.scan_count(db, ADMIN_ACTOR, count.id, GTIN)
            with pytest.raises(NotFound, match="nothing was counted"):
                counts.scan_count(db, ADMIN_ACTOR, count.id, "TIDAK-ADA")
            assert snapshot(db) == before
            counts.scan_count(db, ADMIN_ACTOR, count.id, "A-01")
            assert counts.scan_count(db, ADMIN_ACTOR, count.id, "SUP-7").barcode == barcode  # supplier code
        finally:
            counts.cancel_count(db, ADMIN_ACTOR, count.id, "test")


def test_every_scan_is_one_statement(shop):
    """Over a 4G link each statement is a wait of 20-60 ms and a clerk scans hundreds of
    codes: whatever the code turns out to be, the resolver asks the database once."""
    from tests.benchmarks.roundtrips import StatementCounter

    db, barcode, number = shop
    expiry = (TODAY + dt.timedelta(days=60)).strftime("%y%m%d")
    counter = StatementCounter(db.engine)
    try:
        with english():
            for code in (barcode, "SUP-7", "A-01", number, f"DOK|{number}|0a1b2c3d", "BRS", GTIN, GTIN[1:],
                         f"01{GTIN}10L9{GS}17{expiry}", "TIDAK-ADA", "9501101530004", f"]C101{GTIN[:-1]}4"):
                with counter.measure() as count:
                    try:
                        scanning.resolve(db, code)
                    except (InvalidInput, NotFound):
                        pass
                assert count.statements == 1, f"{code}: {count}"
    finally:
        counter.close()


def test_the_command_prints_the_same(shop):
    db, barcode, number = shop
    target = db.path or db.url.render_as_string(hide_password=False)  # the file, or the server's database
    out = gudang(target, "--json", "scan", f"SJ|{number}|0a1b2c3d").json()
    assert out["kind"] == "document" and out["number"] == number
    out = gudang(target, "--json", "scan", barcode).json()
    assert (out["kind"], out["sku"], out["on_hand"]) == ("lot", "BRS", 8)
    run = gudang(target, "--json", "scan", "9501101530004")
    assert run.code == 1 and run.json()["error"]["code"] == "invalid_input"
