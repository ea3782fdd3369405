"""The allocation and reports benchmark (tests/benchmarks/bench_requests.py) runs end to end
on a tiny workload, so it still works when someone needs the figures."""

from __future__ import annotations

import json

import pytest


@pytest.mark.slow  # builds a workload, enters 200 requests, runs every report
def test_the_requests_benchmark_runs_on_a_tiny_workload(tmp_path, capsys):
    from tests.benchmarks import bench_requests

    code = bench_requests.main(["--db", str(tmp_path / "bench.sqlite3"), "--scale", "0.01", "--repeat", "1"])
    result = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert result["build"]["verify_ok"] and result["build"]["fefo_ok"]
    assert result["allocate"]["requests"] == 200 and result["allocate"]["drafts"] >= 1
    assert {"4w_kecamatan", "4w_detail", "donor", "donor_one_in_15", "position", "chart_kecamatan",
            "chart_cover", "chart_expiries", "position_xlsx", "position_csv"} == set(result["reports"])
    assert code == 0
