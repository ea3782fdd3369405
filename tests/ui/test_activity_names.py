"""The dashboard's activity list names what happened in words, for every action the core audits."""

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ui.models.columns import audit_action

ROOT = Path(__file__).resolve().parents[2]
AUDITED = re.compile(r"\.audit\(\s*\"([a-z_]+\.[a-z_.]+)\"")


def test_every_audited_action_has_a_name_of_its_own_or_of_its_area():
    actions = {m for path in (ROOT / "gudang").rglob("*.py") for m in AUDITED.findall(path.read_text("utf-8"))}
    assert {"request.add", "request.close", "issue.post", "count.scan"} <= actions  # the scan still finds them
    other = QCoreApplication.translate("Columns", "other")
    unnamed = sorted(a for a in actions if audit_action(a) == other)
    assert unnamed == [], unnamed
    assert all("." not in audit_action(a) for a in actions)  # never the stored code
