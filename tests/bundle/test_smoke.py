"""Smoke test of the installable app, as an office PC gets it.

The Linux archive (built by `python3 scripts/dev.py bundle`) is unpacked in a temporary
folder and installed with its install.sh into an empty HOME; nothing of the source tree,
the virtualenv or PYTHONPATH is visible to the programs (tests/bundle/conftest.py). Then:

* the installed `gudang` command: `init` with an administrator, items, partners and a bin,
  `receive` and `issue` from JSON files, a GS1 `scan`, `print waybill` (the QR decodes with zxing-cpp;
  the Latin-extended name of the driver and the recipient is printed right, read back
  with pypdf), `labels` (every lot barcode decodes), `verify`;
* the installed app: started offscreen for a few seconds on a fresh HOME (first start:
  it creates and migrates the database, no traceback), and `--self-test` on the database
  above (signs in, opens every page, renders labels through QtPdf): the window is in
  Indonesian, the English switch works, resources come from inside the bundle.
* the menu entry install.sh wrote, and `install.sh --uninstall` keeping the data.
"""

from __future__ import annotations

import json
import subprocess
import time

import pytest

from gudang.db.migrate import HEAD
from tests.bundle.conftest import ROOT, clean_env, install, revision

pytestmark = [pytest.mark.slow, pytest.mark.bundle]

ADMIN, PASSWORD = "admin", "rahasia-kantor-1"
NAME = "Ğazali Şükür"  # Latin Extended-A: outside Latin-1, so the PDF needs a real font
RECEIPT = "001/BAP/BPBD-KPR/XI/2026"
WAYBILL = "001/SJ/BPBD-KPR/XI/2026"
GTIN = "8991234567891"


def init_admin(office_pc, *options: str):
    """`gudang init` with the first administrator; the password comes on standard input."""
    return office_pc.run("gudang", *options, "init", "--admin-user", ADMIN, "--admin-password-stdin",
                         stdin=PASSWORD + "\n")


@pytest.fixture(scope="module")
def office(office_pc):
    """The office PC after a morning's work with the command; every step's result."""
    work = office_pc.home / "kerja"
    work.mkdir(exist_ok=True)
    steps = {"init": init_admin(office_pc)}
    me = (ADMIN, PASSWORD)

    def gudang(name, *args, **kwargs):
        steps[name] = run = office_pc.run("gudang", *args, user=me, **kwargs)
        assert run.code == 0, f"gudang {' '.join(args)}: {run.stderr}"
        return run

    master = [{"type": "item", "sku": "PMK-BRS-5KG", "name": "Beras 5 kg", "unit": "sak", "gtin": GTIN},
              {"type": "item", "sku": "SDG-TKR", "name": "Tikar plastik", "unit": "lembar", "no-lot": True,
               "no-expiry": True},
              {"type": "partner", "code": "YGS", "name": f"Yayasan {NAME}", "kind": "donor"},
              {"type": "partner", "code": "POSKO-AT", "name": f"Posko {NAME}", "kind": "recipient"},
              {"type": "location", "code": "A-01"}]
    (work / "master.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in master), encoding="utf-8")
    gudang("master", "--json", "replay", str(work / "master.jsonl"))
    (work / "terima.json").write_text(json.dumps({
        "date": "2026-11-27", "donor": "YGS", "reference": "YGS/11/01", "lines": [
            {"sku": "PMK-BRS-5KG", "qty": 40, "lot": "BRS-A", "expiry": "2027-06-30", "location": "A-01"},
            {"sku": "PMK-BRS-5KG", "qty": 20, "lot": "BRS-B", "expiry": "2027-03-31", "location": "A-01"},
            {"sku": "SDG-TKR", "qty": 15, "location": "A-01"}]}, ensure_ascii=False), encoding="utf-8")
    (work / "keluar.json").write_text(json.dumps({
        "date": "2026-11-28", "recipient": "POSKO-AT", "destination": "Desa Air Tiris", "vehicle": "BM 8123 TA",
        "driver": NAME, "lines": [{"sku": "PMK-BRS-5KG", "qty": 25}, {"sku": "SDG-TKR", "qty": 5}]},
        ensure_ascii=False), encoding="utf-8")
    gudang("receive", "--json", "receive", str(work / "terima.json"))
    gudang("issue", "--json", "issue", str(work / "keluar.json"))
    gudang("print", "print", "waybill", WAYBILL, "--out", str(work / "sj.pdf"))
    gudang("labels", "labels", "--receipt", RECEIPT, "--template", "a4-3x8", "--out", str(work / "label.pdf"))
    gudang("scan", "--json", "scan", f"]C101{GTIN.zfill(14)}17270630" + "10BRS-A")
    gudang("verify", "--json", "verify")
    return office_pc, work, steps


def pages(path, dpi=200):
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(path))
    try:
        return [pdf[i].render(scale=dpi / 72).to_pil() for i in range(len(pdf))]
    finally:
        pdf.close()


def decoded(path):
    import zxingcpp

    return [result.text for image in pages(path) for result in zxingcpp.read_barcodes(image)]


def test_the_command_works_from_the_installed_bundle_in_indonesian(office):
    office_pc, _work, steps = office
    init = steps["init"]
    assert init.code == 0, init.stderr
    # Indonesian messages of the core: the message catalogues were found inside the bundle.
    assert "Basis data siap" in init.stdout and f"Administrator {ADMIN} telah dibuat" in init.stdout
    assert revision(office_pc.data / "gudang.sqlite3") == HEAD  # migrations found inside the bundle
    receipt, issue = steps["receive"].json(), steps["issue"].json()
    assert receipt["number"] == RECEIPT and issue["number"] == WAYBILL
    assert [(a["lot"], a["qty"]) for a in issue["allocations"]] == [("BRS-B", 20), ("BRS-A", 5), (None, 5)]
    assert steps["verify"].json()["ok"] is True
    # A GS1 scan, read by biip (its tables are data files inside the bundle).
    scan = steps["scan"].json()
    assert (scan["kind"], scan["sku"], scan["lot"], scan["expiry"]) == ("gs1", "PMK-BRS-5KG", "BRS-A", "2027-06-30")


def test_the_waybill_qr_decodes(office):
    _pc, work, _steps = office
    codes = decoded(work / "sj.pdf")
    assert any(WAYBILL in code for code in codes), codes


def test_the_waybill_prints_latin_extended_names_right(office):
    from pypdf import PdfReader

    _pc, work, _steps = office
    text = "\n".join(page.extract_text() for page in PdfReader(work / "sj.pdf").pages)
    assert NAME in text  # the driver
    assert f"Posko {NAME}" in text  # the recipient


def test_labels_carry_every_lot_barcode(office):
    _pc, work, steps = office
    lots = {line["barcode"] for line in steps["receive"].json()["lines"]}
    assert lots <= set(decoded(work / "label.pdf"))


def test_the_bundled_command_works_on_postgresql(office_pc, postgres_url):
    """psycopg's binary build (libpq inside the bundle) reaches the office's server."""
    init = init_admin(office_pc, "--json", "--db", postgres_url)
    assert init.code == 0, init.stderr
    assert init.json()["admin"] == ADMIN and init.json()["migrated"] is True
    verified = office_pc.run("gudang", "--json", "--db", postgres_url, "verify", user=(ADMIN, PASSWORD))
    assert verified.code == 0 and verified.json()["ok"] is True, verified.stderr


def test_the_app_starts_offscreen_on_a_new_pc_without_a_traceback(office_pc, tmp_path):
    """First start on a fresh HOME: the app creates and migrates the database in the user's
    data folder and waits in the first-start dialog; it must still be running, quietly."""
    home = tmp_path / "neu"
    env = clean_env(home)
    proc = subprocess.Popen([str(office_pc.bin / "gudang-app")], cwd=home, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        db = home / ".local" / "share" / "Gudang" / "gudang.sqlite3"
        while time.monotonic() < deadline and proc.poll() is None and revision_or_none(db) != HEAD:
            time.sleep(0.5)
        time.sleep(3)  # a few seconds of the dialog on screen
        still_running = proc.poll() is None
    finally:
        proc.terminate()
        out, err = proc.communicate(timeout=30)
    assert still_running, f"the app ended with {proc.returncode}: {err}"
    assert "Traceback" not in err, err
    assert revision_or_none(db) == HEAD


def revision_or_none(path):
    try:
        return revision(path) if path.is_file() else None
    except Exception:  # noqa: BLE001 - still being created
        return None


def test_the_app_self_test_shows_the_indonesian_window(office):
    office_pc, _work, _steps = office
    runs = {lang: office_pc.run("gudang-app", "--self-test", "--lang", lang, user=(ADMIN, PASSWORD))
            for lang in ("id", "en")}
    for lang, run in runs.items():
        assert run.code == 0, f"{lang}: {run.stdout} {run.stderr}"
        assert "Traceback" not in run.stderr
    result = {lang: run.last_json() for lang, run in runs.items()}
    id_, en = result["id"], result["en"]
    assert id_["ok"] and id_["frozen"] and id_["language"] == "id" and id_["revision"] == HEAD
    assert id_["root"].startswith(str(office_pc.prefix))  # resources from inside the installed bundle
    assert id_["pdf_pages"] >= 1 and id_["icons"]
    assert id_["sqlite_memory_statistics_off"]  # the bundle's own SQLite configured (gudang.db.sqlite_memory)
    # The translation was loaded: every text of the window is Indonesian, as the catalogue says.
    assert id_["title"] == translated("MainWindow", en["title"]) != en["title"]
    assert id_["pages"] == [translated("MainWindow", page) for page in en["pages"]]


def translated(context: str, source: str) -> str:
    """The Indonesian of an English source text, from resources/translations/id_*.py (what
    scripts/build_translations.py compiles into gudang_id.qm; "Context|source" keys first)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_translations", ROOT / "scripts" / "build_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    messages = module.dictionaries()
    return messages.get(f"{context}|{source}", messages.get(source))


def test_install_sh_puts_gudang_in_the_menu(office_pc):
    entry = office_pc.entry.read_text(encoding="utf-8")
    fields = dict(line.split("=", 1) for line in entry.splitlines() if "=" in line)
    assert fields["Type"] == "Application" and fields["Name"] == "Gudang" and fields["Terminal"] == "false"
    assert fields["Exec"] == f'"{office_pc.prefix / "gudang-app"}"'
    assert fields["TryExec"] == str(office_pc.prefix / "gudang-app")
    icon = office_pc.home / ".local/share/icons/hicolor/256x256/apps/gudang.png"
    assert fields["Icon"] == str(icon) and icon.read_bytes().startswith(b"\x89PNG")
    for name in ("gudang", "gudang-app"):
        link = office_pc.bin / name
        assert link.is_symlink() and link.resolve() == (office_pc.prefix / name).resolve()
    help_run = office_pc.run("gudang", "--help")
    assert help_run.code == 0 and "receive" in help_run.stdout


def test_uninstall_removes_the_program_and_keeps_the_data(unpacked_archive, tmp_path):
    home = tmp_path / "home"
    assert install(unpacked_archive, home).code == 0
    data = home / ".local" / "share" / "Gudang"
    data.mkdir(parents=True)
    (data / "gudang.sqlite3").write_bytes(b"kept")
    again = install(unpacked_archive, home)  # an upgrade over an installed copy
    assert again.code == 0, again.stderr
    removed = install(unpacked_archive, home, "--uninstall")
    assert removed.code == 0, removed.stderr
    assert not (home / ".local" / "lib" / "gudang").exists()
    assert not (home / ".local" / "bin" / "gudang").exists() and not (home / ".local" / "bin" / "gudang-app").exists()
    assert not (home / ".local" / "share" / "applications" / "gudang.desktop").exists()
    assert (data / "gudang.sqlite3").read_bytes() == b"kept"
    assert str(data) in removed.stdout
