"""Benchmark of the document renderers (a script, not a test).

    python tests/benchmarks/bench_documents.py

Prints one JSON line: seconds for a 100-line surat jalan (target < 0.3 s), a
200-line one, a BAST, and 1,000 lot labels on A4 3x8 sheets (target < 5 s).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "documents"))

from samples import LOTS, handover, waybill  # noqa: E402

from gudang.documents.data import LotLabel  # noqa: E402
from gudang.documents.handover import render_handover  # noqa: E402
from gudang.documents.labels import render_labels  # noqa: E402
from gudang.documents.waybill import render_waybill  # noqa: E402


def best_of(fn, repeat: int = 3) -> tuple[float, int]:
    best, size = float("inf"), 0
    for _ in range(repeat):
        start = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - start)
        size = len(out)
    return best, size


def main() -> None:
    render_waybill(waybill(5))  # warm up imports and font metrics
    wb100 = waybill(100)
    wb200 = waybill(200)
    labels = [LotLabel(LOTS[0].item_name, f"L{i:08d}", f"LT{i}", LOTS[0].expiry, LOTS[0].donor,
                       LOTS[0].received) for i in range(1000)]
    results = {}
    results["waybill_100_lines_s"], size = best_of(lambda: render_waybill(wb100))
    results["waybill_100_lines_kb"] = round(size / 1024)
    results["waybill_200_lines_s"], _ = best_of(lambda: render_waybill(wb200))
    results["waybill_100_lines_3_copies_s"], _ = best_of(lambda: render_waybill(wb100, copies=True))
    results["bast_6_lines_s"], _ = best_of(lambda: render_handover(handover(True)))
    results["labels_1000_a4_3x8_s"], size = best_of(lambda: render_labels(labels, "a4-3x8"), 2)
    results["labels_1000_a4_3x8_kb"] = round(size / 1024)
    results["labels_1000_thermal_50x30_s"], _ = best_of(lambda: render_labels(labels, "thermal-50x30"), 2)
    results = {k: round(v, 4) if isinstance(v, float) else v for k, v in results.items()}
    try:  # ReportLab's C accelerators (package rl-accel) make text layout ~1.6x faster
        import _rl_accel  # noqa: F401
        results["rl_accel"] = True
    except ImportError:
        results["rl_accel"] = False
    results["targets_met"] = (results["waybill_100_lines_s"] < 0.3
                              and results["labels_1000_a4_3x8_s"] < 5)
    print(json.dumps(results))


if __name__ == "__main__":
    main()
