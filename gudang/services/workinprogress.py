"""Work in progress kept on disk: a receipt or goods issue being scanned, not yet posted.

A power cut during a flood must not lose forty scanned lines. The scanning screens write
what is on them (header fields and lines, as typed) to a small JSON file in the user data
folder a moment after every change, atomically (a new file renamed over the old one) and
readable by its owner only; the next start offers it back. Posting or discarding removes it.

The files are per database and per screen, so a training database never offers its lines
to the real one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

VERSION = 1


def default_folder() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("Gudang", appauthor=False)) / "work-in-progress"


@dataclass(frozen=True)
class Saved:
    kind: str  # "receipt" | "issue"
    saved_at: dt.datetime
    user: str
    state: dict[str, Any]  # what the screen wrote: header fields and lines as typed

    @property
    def lines(self) -> int:
        return len(self.state.get("lines") or ())


class WorkInProgress:
    """The file of one screen (`kind`) for one database (`database`, its URL or path)."""

    def __init__(self, kind: str, database: str, folder: Path | str | None = None) -> None:
        self.kind = kind
        self.folder = Path(folder) if folder is not None else default_folder()
        digest = hashlib.sha256(database.encode("utf-8")).hexdigest()[:16]
        self.path = self.folder / f"{kind}-{digest}.json"

    def save(self, state: dict[str, Any], user: str) -> None:
        """Write atomically, mode 0600: the old file or the new one, never half of either."""
        self.folder.mkdir(parents=True, exist_ok=True)
        try:
            os.chmod(self.folder, 0o700)
        except OSError:  # pragma: no cover - a folder we do not own
            pass
        payload = json.dumps({"version": VERSION, "kind": self.kind, "user": user,
                              "saved_at": dt.datetime.now().isoformat(timespec="seconds"), "state": state},
                             ensure_ascii=False, default=str)
        handle, temporary = tempfile.mkstemp(prefix=f".{self.kind}-", suffix=".tmp", dir=self.folder)
        try:
            os.fchmod(handle, 0o600) if hasattr(os, "fchmod") else None
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                out.write(payload)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temporary, self.path)
        except BaseException:
            try:
                os.unlink(temporary)
            except OSError:
                pass
            raise

    def load(self) -> Saved | None:
        """What was left, or None (no file, or one that cannot be read: it is set aside)."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if data.get("version") != VERSION or data.get("kind") != self.kind:
                return None
            saved = Saved(self.kind, dt.datetime.fromisoformat(data["saved_at"]), str(data.get("user") or ""),
                          dict(data["state"]))
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            self._set_aside()
            return None
        return saved if saved.lines else None

    def discard(self) -> None:
        try:
            self.path.unlink()
        except FileNotFoundError:
            pass

    def _set_aside(self) -> None:
        try:
            os.replace(self.path, self.path.with_suffix(".unreadable"))
        except OSError:
            pass
