"""The benchmark stays correct as the code changes: the standard workload at a
tiny scale through bench_core's functions, on gudang and on the bare-sqlite3
reference, with the ledger and FEFO checks the benchmark reports."""

from __future__ import annotations

import pytest

from tests.benchmarks import bare_sqlite, bench_core
from tests.benchmarks.workload import make_workload

SCALE = 0.01  # 20 items, 5 receipts of 40 lines, 20 issues of 10 lines


def test_workload_is_deterministic():
    a, b = make_workload(SCALE, 7), make_workload(SCALE, 7)
    assert a.receipts == b.receipts and a.issues == b.issues and a.scan_lots == b.scan_lots
    assert len(a.receipts) == 5 and all(len(r.lines) == 40 for r in a.receipts)
    assert len(a.issues) == 20 and all(len(i.lines) == 10 for i in a.issues)


def small_workload():
    workload = make_workload(SCALE, 42)
    workload.card_skus = workload.card_skus[:10]  # the queries are timed, not checked, at full count
    workload.scan_lots = workload.scan_lots[:50]
    return workload


def test_workload_keeps_ledger_and_fefo_on_gudang_and_bare(tmp_path, capsys):
    workload = small_workload()
    gudang = bench_core.run_gudang(workload, str(tmp_path / "bench.sqlite3"), replay=False)
    assert gudang["verify_ok"], gudang.get("verify_problems")
    assert gudang["fefo_ok"], gudang.get("fefo_problems")
    assert gudang["documents"]["allocations"] >= 200  # every issue line allocated, some across lots
    assert gudang["ms"]["receipt"]["n"] == 5 and gudang["ms"]["issue"]["n"] == 20

    # bench_command.py: the ledger's card through both entries of the command, as processes
    import json

    from tests.benchmarks import bench_command

    assert bench_command.main(["--db", str(tmp_path / "bench.sqlite3"), "--runs", "1"]) == 0
    timed = json.loads(capsys.readouterr().out)
    assert timed["command"] == ["card", "BRG-00001"]
    assert all(timed[entry]["median"] > 0 for entry in bench_command.ENTRIES)

    bare = bare_sqlite.run_bare(workload, tmp_path / "bare.sqlite3")
    assert bare["verify_ok"] and bare["fefo_ok"], bare.get("fefo_problems")
    # Same FEFO rule, same documents: as many allocations and the same stock left.
    assert bare["documents"] == gudang["documents"]
    assert bare["rows"] == gudang["rows"]


def test_fefo_model_catches_a_later_lot_taken_first():
    import datetime as dt
    from decimal import Decimal

    from tests.benchmarks.workload import FefoModel, IssueLine

    day = dt.date(2026, 3, 2)
    model = FefoModel()
    model.receive([("A", "L1", day + dt.timedelta(days=40), "A-01-01", Decimal(5)),
                   ("A", "L2", day + dt.timedelta(days=90), "A-01-02", Decimal(5))])
    model.issue("ok", day, (IssueLine("A", 6),), [(1, "A", "L1", day + dt.timedelta(days=40), "A-01-01", 5),
                                                  (1, "A", "L2", day + dt.timedelta(days=90), "A-01-02", 1)])
    assert model.ok, model.problems
    model.receive([("A", "L3", day + dt.timedelta(days=30), "A-01-03", Decimal(5))])
    model.issue("bad", day, (IssueLine("A", 1),), [(1, "A", "L2", day + dt.timedelta(days=90), "A-01-02", 1)])
    assert not model.ok and "L3" in model.problems[0]


def test_interleaved_run_posts_every_document_on_both_and_checks_them(tmp_path):
    """bench_interleaved.py: Gudang and the floor in turns; both ledgers and FEFO checked, and
    each kind's ratio computed from its documents after the first."""
    from tests.benchmarks import bench_interleaved

    result = bench_interleaved.run(make_workload(SCALE, 42), tmp_path)
    assert result["verify_ok"] and result["fefo_ok"]
    assert result["documents"] == {"receipts": 5, "issues": 20}
    for kind in ("receipt", "issue"):
        ratio = result[kind]["ratio"]
        assert set(ratio) == {"p50", "mean", "cpu_p50", "cpu_mean"} and all(value > 0 for value in ratio.values())
        assert result[kind]["gudang"]["first_ms"] > 0 and result[kind]["bare"]["p50_ms"] > 0


@pytest.mark.postgres
def test_the_awaiting_list_benchmark_times_both_forms(postgres_server, capsys):
    """bench_awaiting.py on its own throwaway server, at a tiny scale: both forms find the same
    dispatches, and the plan of each is named; the tests after it see the real day again."""
    import json

    from gudang.domain import dates
    from tests.benchmarks import bench_awaiting

    real_today = dates.today
    assert bench_awaiting.main(["--dispatches", "3", "--basts", "100"]) == 0
    assert dates.today is real_today  # the benchmark's fixed day does not outlive it
    out = json.loads(capsys.readouterr().out)
    assert out["not_exists"]["rows"] == out["not_in"]["rows"] == 3
    assert out["not_exists"]["plan"] == "anti join" and out["not_in"]["plan"] != "anti join"
