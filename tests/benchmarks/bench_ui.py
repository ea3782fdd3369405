"""UI benchmark: cold start to an interactive main window. Prints one JSON line.

    python tests/benchmarks/bench_ui.py [--scale 10] [--db PATH] [--runs 3]

The database is the standard workload (DESIGN.md section 10) at the given
scale, built once through the service layer and cached in /tmp
(gudang_bench_S<scale>.sqlite3). Each run starts a fresh Python process (a
cold start: imports, QApplication, opening and checking the database, the
login's authentication, building and showing the main window with its
dashboard) and reports when the window has been painted and the event loop
is idle, i.e. the user can click. The figure is wall time from just before
the process is spawned; the login is "typed" instantly, so the integrity check
that runs in the background during a real login is waited for here
(check_wait_s). Phases: login_dialog_s (launch to login dialog),
login_to_window_s, interactive_s (launch to usable window, no typing time),
gui_thread_cpu_s (CPU time of the GUI thread until then: the figure that does not
depend on what else loads the machine),
dashboard_filled_s (its figures arrive from a background query).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

USER, PASSWORD = "bench", "bench-pass"


def build_workload(path: Path, scale: float, seed: int = 20261127) -> dict:
    """The standard workload through the services (fixed seed)."""
    from gudang.db.engine import Database
    from gudang.domain.inputs import IssueInput, IssueLineInput, ReceiptInput, ReceiptLineInput
    from gudang.services import catalogue, issues, locations, partners, receipts, setup
    from gudang.services.users import authenticate

    rng = random.Random(seed)
    started = time.perf_counter()
    tmp = path.with_suffix(".building")
    for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        leftover.unlink(missing_ok=True)
    db = Database(f"sqlite:///{tmp}")
    setup.initialize(db, USER, PASSWORD)
    actor = authenticate(db, USER, PASSWORD)
    bins = [f"A-{i // 10 + 1:02d}-{i % 10 + 1:02d}" for i in range(50)]
    for code in bins:
        locations.add_location(db, actor, code)
    categories = ["permakanan", "sandang", "kebersihan", "shelter", "peralatan", "obat-obatan",
                  "bayi & balita"]
    n_items = max(20, int(2000 * scale))
    records = [{"sku": f"BRG-{i:05d}", "name": f"Barang uji {i}", "unit": rng.choice(["dus", "pcs", "kg", "paket"]),
                "category": rng.choice(categories), "min-stock": str(rng.choice([0, 0, 50, 200])),
                "weight-kg": str(rng.choice(["0.5", "1", "2.5", "10"]))} for i in range(n_items)]
    catalogue.import_items(db, actor, records)
    skus = [r["sku"] for r in records]
    for i in range(5):
        partners.add_partner(db, actor, partners.PartnerInput(f"DON-{i}", f"Donatur {i}", "donor"))
        partners.add_partner(db, actor, partners.PartnerInput(f"PSK-{i}", f"Posko {i}", "recipient"))
    today = dt.date.today()
    on_hand: dict[str, Decimal] = {}
    n_receipts = max(5, int(500 * scale))
    for r in range(n_receipts):
        lines = []
        for j in range(40):
            sku = rng.choice(skus)
            qty = Decimal(rng.randint(10, 500))
            on_hand[sku] = on_hand.get(sku, Decimal(0)) + qty
            lines.append(ReceiptLineInput(sku=sku, qty=qty, lot=f"L{r}-{j}",
                                          expiry=today + dt.timedelta(days=rng.randint(30, 730)),
                                          location=rng.choice(bins)))
        receipts.post_receipt(db, actor, ReceiptInput(date=today, donor=f"DON-{r % 5}", lines=tuple(lines)))
    received = time.perf_counter()
    n_issues = max(5, int(2000 * scale))
    stocked = [s for s in on_hand]
    for k in range(n_issues):
        lines = []
        used = set()
        while len(lines) < 10:
            sku = rng.choice(stocked)
            if sku in used or on_hand[sku] < 5:
                continue
            qty = Decimal(rng.randint(1, int(min(on_hand[sku], 60))))
            on_hand[sku] -= qty
            used.add(sku)
            lines.append(IssueLineInput(sku=sku, qty=qty))
        issues.issue_goods(db, actor, IssueInput(date=today, recipient=f"PSK-{k % 5}", lines=tuple(lines)))
    db.dispose()
    for suffix in ("-wal", "-shm"):
        Path(f"{tmp}{suffix}").unlink(missing_ok=True)
    os.replace(tmp, path)
    return {"items": n_items, "receipts": n_receipts, "issues": n_issues,
            "receipts_s": round(received - started, 1), "build_s": round(time.perf_counter() - started, 1)}


def child(db_path: str, t0: float) -> None:
    """One cold start, as `Controller.run` does it, with the login typed instantly."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from gudang.db.early_check import EarlyCheck  # as main.py starts: the file check first, the core before Qt

    early = EarlyCheck.start(["--db", db_path])
    import gudang.services.setup  # noqa: F401
    from PySide6.QtWidgets import QApplication

    from ui.app import Controller

    app = QApplication([sys.argv[0]])
    controller = Controller(app, db_path, "id", early)
    controller.start_integrity_check()  # in the background, during the login
    controller.open_database(check=False)
    from ui.login import LoginDialog

    dialog = LoginDialog(controller.db, controller.agency_text(), controller.database_text())
    dialog.show()
    app.processEvents()
    login_shown = time.time()
    dialog.user.setText(USER)
    dialog.password.setText(PASSWORD)
    dialog.try_login()
    logged_in = time.time()
    check_started = time.perf_counter()
    assert controller._restore_if_damaged() is None
    check_wait = time.perf_counter() - check_started
    window = controller.show_main(dialog.actor)
    window.repaint()
    app.processEvents()
    interactive = time.time()
    main_cpu = time.thread_time()  # the GUI thread's own work, whatever else loads the machine
    page = window.pages["dashboard"]
    while page.data is None:  # the figures arrive from a background query
        app.processEvents()
        time.sleep(0.005)
    filled = time.time()
    print(json.dumps({"login_dialog_s": round(login_shown - t0, 3),
                      "check_wait_s": round(check_wait, 3),
                      "login_to_window_s": round(interactive - logged_in, 3),
                      "interactive_s": round(interactive - t0, 3),
                      "gui_thread_cpu_s": round(main_cpu, 3),
                      "dashboard_filled_s": round(filled - t0, 3)}))
    window.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=float, default=10)
    parser.add_argument("--db")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], float(args.child[1]))
        return
    path = Path(args.db) if args.db else Path(f"/tmp/gudang_bench_S{args.scale:g}.sqlite3")
    built = None
    if not path.exists():
        built = build_workload(path, args.scale)
    # An installed app has its modules byte-compiled: let the children write and use
    # .pyc files (in /tmp, not in the repository), and discard a first warm-up run.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPYCACHEPREFIX": "/tmp/gudang_bench_pycache"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    runs = []
    for attempt in range(args.runs + 1):
        t0 = time.time()
        out = subprocess.run([sys.executable, __file__, "--child", str(path), repr(t0)], capture_output=True,
                             text=True, cwd=ROOT, env=env)
        if out.returncode:
            sys.stderr.write(out.stderr)
            raise SystemExit(out.returncode)
        if attempt:
            runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    best = min(runs, key=lambda r: r["interactive_s"])
    result = {"benchmark": "ui_cold_start", "scale": args.scale, "db": str(path),
              "db_mb": round(path.stat().st_size / 1e6, 1),
              "interactive_s": [r["interactive_s"] for r in runs],
              "gui_thread_cpu_s": [r["gui_thread_cpu_s"] for r in runs],
              "best": best, "target_s": 1.5,
              "load_avg": round(os.getloadavg()[0], 2)}
    if built:
        result["built"] = built
    print(json.dumps(result))


if __name__ == "__main__":
    main()
