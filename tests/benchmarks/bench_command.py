"""A `gudang` command from the shell: the file's check while Python loads, against before it.

    python tests/benchmarks/bench_command.py --db /tmp/s10.sqlite3 [--runs 5] [-- card BRG-00001]

Each run starts a new process, as a user's command does, alternately through the installed
entry (gudang.command: the quick_check of the file starts first and runs while Python
imports the command) and through gudang.cli.main alone (the check after the imports, as
before). Prints one JSON line: the file's size and, per entry, the wall time of each run
(seconds) and the median. Build the database with bench_core.py first.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ENTRIES = {
    "check_while_loading": "import sys; from gudang.command import main; sys.exit(main())",
    "check_after_loading": "import sys; from gudang.cli import main; sys.exit(main())",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="an SQLite file built by bench_core.py")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("command", nargs="*", help="the command and its arguments (default: card BRG-00001)")
    args = parser.parse_args(argv)
    path = Path(args.db).resolve()
    if not path.is_file():
        parser.error(f"{args.db} does not exist: build it with bench_core.py first")
    command = args.command or ["card", "BRG-00001"]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "GUDANG_LANG": "en"}
    env.pop("GUDANG_DB", None)
    times: dict[str, list[float]] = {name: [] for name in ENTRIES}
    for run in range(args.runs):
        order = list(ENTRIES) if run % 2 == 0 else list(reversed(ENTRIES))
        for name in order:
            started = time.perf_counter()
            done = subprocess.run([sys.executable, "-c", ENTRIES[name], "--db", str(path), *command],
                                  cwd=ROOT, env=env, capture_output=True, text=True)
            times[name].append(round(time.perf_counter() - started, 3))
            if done.returncode != 0:
                sys.exit(f"{name}: gudang {' '.join(command)} failed ({done.returncode}): {done.stderr.strip()}")
    print(json.dumps({"db": str(path), "mb": round(path.stat().st_size / 1e6), "command": command,
                      **{name: {"seconds": values, "median": statistics.median(values)}
                         for name, values in times.items()}}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
