#!/usr/bin/env python3
"""Screenshots of every page, offscreen at 1366x768, on the demo data.

    python scripts/screenshots.py [--out /tmp/gudang_screens] [--lang id|en] [--db PATH] [--user NAME]

With --db, the password of --user comes from $GUDANG_PASSWORD.

Builds a temporary database with the Banjir Kampar training data
(gudang.demo.load.load_demo) unless --db is given, logs in as an
administrator, opens each page (and the main dialogs) and saves PNGs.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

USER, PASSWORD = "admin", "admin-demo"


def build_demo(path: Path):
    from gudang.db.engine import Database
    from gudang.demo.load import load_demo
    from gudang.services import setup

    from gudang.services.users import authenticate

    db = Database(f"sqlite:///{path}")
    setup.initialize(db, USER, PASSWORD)
    load_demo(db, authenticate(db, USER, PASSWORD))
    db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="/tmp/gudang_screens")
    parser.add_argument("--lang", default="id")
    parser.add_argument("--db")
    parser.add_argument("--user", default=USER)
    parser.set_defaults(password=os.environ.get("GUDANG_PASSWORD", PASSWORD))  # never on the command line
    parser.add_argument("--skip", action="append", default=[], help="a page key not to open (repeatable)")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    if args.db:
        db_path = Path(args.db)
    else:
        db_path = Path(tempfile.mkdtemp(prefix="gudang-shots-")) / "demo.sqlite3"
        build_demo(db_path)

    from PySide6.QtWidgets import QApplication

    from gudang.services.users import authenticate
    from ui.app import Controller

    app = QApplication([sys.argv[0]])
    controller = Controller(app, str(db_path), args.lang)
    controller.open_database()
    actor = authenticate(controller.db, args.user, args.password)
    window = controller.show_main(actor)
    window.resize(1366, 768)
    window.ops.show_dialogs = False

    def settle():
        from PySide6.QtCore import QThreadPool

        for _ in range(3):  # background queries (dashboard figures, stock keys), then their answers
            QThreadPool.globalInstance().waitForDone(30_000)
            for _ in range(5):
                app.processEvents()

    def shot(widget, name: str) -> None:
        settle()
        path = out / f"{name}.png"
        widget.grab().save(str(path))
        print(path)

    for number, spec in enumerate(window.specs, start=1):
        if not spec.visible or spec.key in args.skip:
            continue
        if spec.key in ("receiving", "issuing"):
            import importlib.util

            if importlib.util.find_spec(f"ui.pages.{spec.key}") is None:
                print(f"skipped {spec.key}: not written yet")
                continue
        page = window.show_page(spec.key)
        if spec.key == "stock":
            page.view.selectRow(0)
        if spec.key == "catalogue":
            page.view.selectRow(0)
        shot(window, f"{number:02d}-{spec.key}")

    stock = window.show_page("stock")
    window.show_stock("90")
    shot(window, "20-stock-expiring-90")
    stock.view.selectRow(0)
    row = stock.selected()
    if row is not None:
        from ui.dialogs.lot_trace import LotTraceDialog
        from ui.dialogs.stock_card import StockCardDialog

        card = StockCardDialog(window.ops, row.sku, parent=window)
        card.show()
        shot(card, "21-stock-card")
        card.close()
        trace = LotTraceDialog(window.ops, row.barcode, parent=window)
        trace.show()
        shot(trace, "22-lot-trace")
        trace.close()
    from ui.dialogs.masterdata import ItemDialog, PartnerDialog

    item = ItemDialog(window.ops, None, ["permakanan", "sandang"], parent=window)
    item.field_sku.setText("BRG-BARU")
    item.save()  # no name: shows the field error
    item.show()
    shot(item, "23-item-dialog-error")
    item.close()
    partner = PartnerDialog(window.ops, None, parent=window)
    partner.show()
    shot(partner, "24-partner-dialog")
    partner.close()
    from ui.dialogs.events import EventsDialog

    events = EventsDialog(window.ops, parent=window)
    events.show()
    shot(events, "28-events")
    events.close()
    reports = window.show_page("reports")
    reports.tabs.setCurrentWidget(reports.expiring)
    reports.expiring.run()
    shot(window, "25-reports-expiring")

    from ui.login import LoginDialog

    login = LoginDialog(controller.db, controller.agency_text(), controller.database_text(), "admin")
    login.password.setText("salah")
    login.try_login()
    login.show()
    shot(login, "26-login-error")
    login.close()
    from ui.first_start import FirstStartDialog

    first = FirstStartDialog(controller.db)
    first.show()
    shot(first, "27-first-start")
    first.close()
    window.close()
    controller._backup_thread and controller._backup_thread.join()


if __name__ == "__main__":
    main()
