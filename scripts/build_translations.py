#!/usr/bin/env python3
"""Regenerate resources/translations/gudang_id.ts and gudang_id.qm.

    python scripts/build_translations.py [--check]

1. pyside6-lupdate collects every `self.tr(...)` / `QCoreApplication.translate(...)`
   of ui/ and main.py into gudang_id.ts (English sources, obsolete ones dropped).
2. The Indonesian texts come from the `MESSAGES` dicts of
   resources/translations/id_*.py (English source -> Indonesian; a key
   "Context|source" overrides one context). They are written into the .ts
   as finished translations; a translation already finished in the .ts (done
   in Qt Linguist) is kept when no dict has the source.
3. pyside6-lrelease compiles gudang_id.qm.

Exit status 1 (and a list) if any source has no Indonesian text; `--check`
only reports, writing nothing.
"""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
TS = FOLDER / "gudang_id.ts"
QM = FOLDER / "gudang_id.qm"
BIN = Path(sys.executable).parent


def tool(name: str) -> str:
    candidate = BIN / name
    return str(candidate) if candidate.exists() else name


def sources() -> list[str]:
    files = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    return files + ["main.py"]


def dictionaries() -> dict[str, str]:
    messages: dict[str, str] = {}
    for path in sorted(FOLDER.glob("id_*.py")):
        spec = importlib.util.spec_from_file_location(f"_tr_{path.stem}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        messages.update(module.MESSAGES)
    return messages


def fill(ts_path: Path, messages: dict[str, str]) -> tuple[int, list[str]]:
    tree = ET.parse(ts_path)
    missing: list[str] = []
    count = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            text = messages.get(f"{name}|{source}", messages.get(source))
            count += 1
            if text is not None:
                translation.text = text
                translation.attrib.pop("type", None)
            elif translation.get("type") in ("unfinished", "vanished", "obsolete") or not translation.text:
                missing.append(f"{name}: {source}")
    ET.indent(tree, "    ")
    with open(ts_path, "wb") as handle:
        handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(handle, encoding="utf-8", xml_declaration=False)
        handle.write(b"\n")
    return count, missing


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true", help="report missing translations, write nothing")
    args = parser.parse_args()
    target = TS if not args.check else Path("/tmp") / "gudang_id_check.ts"
    if args.check and TS.exists():
        target.write_bytes(TS.read_bytes())
    subprocess.run([tool("pyside6-lupdate"), *sources(), "-ts", str(target), "-no-obsolete",
                    "-source-language", "en", "-target-language", "id"],
                   cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    count, missing = fill(target, dictionaries())
    if not args.check:
        subprocess.run([tool("pyside6-lrelease"), str(TS), "-qm", str(QM)], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL)
    print(f"{count} texts, {count - len(missing)} translated, {len(missing)} missing")
    for line in missing:
        print("  missing:", line)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
