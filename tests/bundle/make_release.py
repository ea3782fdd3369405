#!/usr/bin/env python3
"""Make tests/bundle/data/release-NNNN.sqlite3: a data file as an older release left it.

    .venv/bin/python tests/bundle/make_release.py 0001    # the first release (schema 0001)
    .venv/bin/python tests/bundle/make_release.py 0009    # the last release before 0010

The code of the release's commit (RELEASES) is exported with `git archive` into a
temporary folder and its own `gudang` command fills a new SQLite file: users, an event,
items, partners (one with a Latin-extended name), bins, receipts by two users, issues
(one cancelled by a reversal) and a draft (the first release had no `print` command yet).
Its `verify` must pass. The file is checkpointed (WAL folded in) so that the one
.sqlite3 file is the whole database. The upgrade tests (tests/bundle/test_upgrade.py,
tests/integration/test_digests.py) migrate copies of them with today's code.

Run it again only to change what a fixture holds; commit the result.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# revision -> the last commit whose newest migration it is
RELEASES = {
    "0001": "12a270c81f1a51142c6bed1a2691a029df774f64",
    # Its row digests are repr of the driver's values (before gudang.db.digests.JSON_TEXT_SINCE["sqlite"]).
    "0009": "d21bb099d0ab4e236c6cabf55420737dac3b631b",
}
DATA = Path(__file__).resolve().parent / "data"

ADMIN, ADMIN_PASSWORD = "admin", "rahasia-lama-1"
CLERK, CLERK_PASSWORD = "siti", "petugas-lama-1"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("release", choices=sorted(RELEASES))
    release = parser.parse_args(argv).release
    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", RELEASES[release]], check=True,
                            capture_output=True, text=True).stdout.strip()
    out = DATA / f"release-{release}.sqlite3"
    # The first release took passwords as options; later ones read them from stdin only.
    from_stdin = release != "0001"
    with tempfile.TemporaryDirectory(prefix="gudang-0001-") as tmp:
        tmp = Path(tmp)
        code = tmp / "code"
        code.mkdir()
        archive = tmp / "code.tar"
        subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", "-o", str(archive), commit],
                       check=True)
        with tarfile.open(archive) as tar:
            tar.extractall(code, filter="data")
        versions = sorted(p.name for p in (code / "gudang/db/migrations/versions").glob("*.py"))
        assert versions[-1].startswith(release + "_"), versions
        db = tmp / "gudang.sqlite3"
        env = {k: v for k, v in os.environ.items() if not k.startswith("GUDANG_")}
        env.update(PYTHONPATH=str(code), GUDANG_DB=str(db), GUDANG_LANG="en", HOME=str(tmp))

        def gudang(*args: str, user: tuple[str, str] | None = (ADMIN, ADMIN_PASSWORD), stdin: str | None = None) -> str:
            run_env = dict(env)
            if user:
                run_env.update(GUDANG_USER=user[0], GUDANG_PASSWORD=user[1])
            result = subprocess.run([sys.executable, "-m", "gudang", *args], cwd=tmp, env=run_env,
                                    capture_output=True, text=True, input=stdin)
            if result.returncode != 0:
                raise SystemExit(f"gudang {' '.join(args)} failed: {result.stderr}")
            return result.stdout

        def write(name: str, payload: dict) -> str:
            if from_stdin:  # later releases ask why a document is dated more than 7 days back
                payload = {**payload, "backdate_reason": "input susulan dari catatan kertas"}
            path = tmp / name
            path.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
            return str(path)

        # Later releases let only the head of warehouse or an administrator backdate a document.
        backdating_clerk = (ADMIN, ADMIN_PASSWORD) if from_stdin else (CLERK, CLERK_PASSWORD)
        if from_stdin:
            gudang("init", "--admin-user", ADMIN, "--admin-password-stdin", user=None, stdin=ADMIN_PASSWORD + "\n")
            gudang("user", "add", CLERK, "--role", "petugas", "--password-stdin", "--full-name", "Siti Aminah",
                   stdin=CLERK_PASSWORD + "\n")
        else:
            gudang("init", "--admin-user", ADMIN, "--admin-password", ADMIN_PASSWORD, user=None)
            gudang("user", "add", CLERK, "--role", "petugas", "--password", CLERK_PASSWORD,
                   "--full-name", "Siti Aminah")
        gudang("event", "add", "--code", "BJR-26", "--name", "Banjir Kampar 2026", "--type", "banjir",
               "--start", "2026-11-15", "--area", "Kampar Kiri, Kuok")
        gudang("item", "add", "--sku", "PMK-BRS-5KG", "--name", "Beras 5 kg", "--unit", "sak",
               "--category", "permakanan", "--pack", "karung=10", "--min-stock", "20", "--weight-kg", "5")
        gudang("item", "add", "--sku", "PMK-MIE", "--name", "Mi instan", "--unit", "bungkus",
               "--category", "permakanan", "--pack", "dus=40", "--gtin", "8991234567891")
        gudang("item", "add", "--sku", "SDG-TKR", "--name", "Tikar plastik", "--unit", "lembar",
               "--category", "sandang", "--no-lot", "--no-expiry")
        gudang("partner", "add", "--code", "BNPB", "--name", "BNPB", "--kind", "donor")
        gudang("partner", "add", "--code", "YGS", "--name", "Yayasan Ğazali Şükür", "--kind", "donor",
               "--contact", "Ğazali Şükür", "--phone", "0812-7000-1234")
        gudang("partner", "add", "--code", "POSKO-AT", "--name", "Posko Air Tiris", "--kind", "recipient",
               "--region", "Kampar", "--desa", "Air Tiris", "--people-served", "350")
        gudang("partner", "add", "--code", "POSKO-KK", "--name", "Posko Kuok", "--kind", "recipient",
               "--region", "Kuok")
        gudang("location", "add", "--code", "A-01")
        gudang("location", "add", "--code", "A-02")

        gudang("receive", write("r1.json", {
            "date": "2026-11-20", "donor": "BNPB", "reference": "BNPB/SJ/0099", "event": "BJR-26", "lines": [
                {"sku": "PMK-BRS-5KG", "qty": 120, "lot": "BRS-2611", "expiry": "2027-05-31", "location": "A-01"},
                {"sku": "PMK-MIE", "qty": "3" if from_stdin else "2.5", "unit": "dus", "lot": "MIE-A", "expiry": "2027-01-31",
                 "location": "A-02"},
                {"sku": "SDG-TKR", "qty": 60, "location": "A-02"}]}))
        gudang("receive", write("r2.json", {
            "date": "2026-11-21", "donor": "YGS", "reference": "YGS-01", "event": "BJR-26", "lines": [
                {"sku": "PMK-MIE", "qty": 200, "lot": "MIE-B", "expiry": "2026-12-31", "location": "A-02"}]}),
               user=backdating_clerk)
        issued = json.loads(gudang("--json", "issue", write("i1.json", {
            "date": "2026-11-22", "recipient": "POSKO-AT", "destination": "Desa Air Tiris", "event": "BJR-26",
            "vehicle": "BM 8123 TA", "driver": "Ğazali Şükür", "lines": [
                {"sku": "PMK-BRS-5KG", "qty": 30}, {"sku": "PMK-MIE", "qty": 150}, {"sku": "SDG-TKR", "qty": 20}]})))
        cancelled = json.loads(gudang("--json", "issue", write("i2.json", {
            "date": "2026-11-23", "recipient": "POSKO-KK", "destination": "Kuok", "lines": [
                {"sku": "PMK-BRS-5KG", "qty": 10}]})))
        gudang("cancel", cancelled["number"], "--reason", "salah tujuan")
        gudang("--json", "issue", "--draft", write("i3.json", {
            "date": "2026-11-24", "recipient": "POSKO-KK", "destination": "Kuok", "lines": [
                {"sku": "PMK-MIE", "qty": 40}]}), user=(CLERK, CLERK_PASSWORD))
        print(gudang("verify").strip())

        with sqlite3.connect(db) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        conn.close()
        assert revision == release, revision
        out.parent.mkdir(parents=True, exist_ok=True)
        with sqlite3.connect(db) as source, sqlite3.connect(out.with_suffix(".tmp")) as dest:
            source.backup(dest)  # one self-contained file, WAL mode kept as the app leaves it
        source.close()
        dest.close()
        os.replace(out.with_suffix(".tmp"), out)
    print(f"wrote {out.relative_to(ROOT)} ({out.stat().st_size // 1024} KiB) at revision {revision}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
