"""Noticing a damaged SQLite database at start, and which backup to offer.

    problems = check_database(path)     # [] when the file is sound
    backup = offer_backup(path)         # the newest backup `gudang restore` accepts

`gudang` commands and the app call `refuse_if_damaged` before opening the
database, so a damaged file is named with the way out (the newest good backup
and the `gudang restore` command) instead of failing somewhere in the middle.
"""

from __future__ import annotations

import os
import shlex
from pathlib import Path

from gudang.db.backup import newest_good_backup, quick_check
from gudang.db.files import disk_is_full, free_mb
from gudang.domain.errors import DatabaseProblem, DiskFull
from gudang.i18n import N_, tr

MSG_DAMAGED_WITH_BACKUP = N_("the database {path} is damaged ({problem}); the newest good backup is {backup}: "
                             "restore it with `gudang --db {db} restore {backup}`")
MSG_DAMAGED_NO_BACKUP = N_("the database {path} is damaged ({problem}) and no good backup of it was found")


class DamagedDatabase(DatabaseProblem):
    """A damaged database file; its message keeps paths whole (they are to be copied)."""

    @property
    def message(self) -> str:
        return tr(self.message_id).format(**{k: " ".join(str(v).split()) for k, v in self.params.items()})


def check_database(path: str | os.PathLike[str]) -> list[str]:
    """SQLite's quick check of the file: the problems found, [] when sound."""
    return quick_check(path)


def offer_backup(path: str | os.PathLike[str]) -> Path | None:
    """The newest backup of `path` that passes the integrity check, or None."""
    return newest_good_backup(path)


def disk_full_error(path: str | os.PathLike[str]) -> DiskFull | None:
    """A DiskFull error if the disk holding `path` has (next to) no space left.

    SQLite cannot even read a WAL database on a full disk (its shared-memory
    file cannot be created) and says "disk I/O error": that is not damage, and
    restoring a backup would throw away real postings."""
    folder = Path(path).parent
    if disk_is_full(folder):
        return DiskFull(N_("disk full: {free} MB free, nothing was written"), free=free_mb(folder))
    return None


def refuse_if_damaged(path: str | os.PathLike[str], problems: list[str] | None = None) -> None:
    """Raise DatabaseProblem naming the damage and the backup to restore, if any
    (DiskFull, if the check failed because the disk is full). `problems`: what a check of
    the file found already (gudang.db.early_check); None checks it here."""
    if problems is None:
        problems = check_database(path)
    if not problems:
        return
    full = disk_full_error(path)
    if full is not None:
        raise full
    problem = " ".join(problems[0].split())
    backup = offer_backup(path)
    if backup is None:
        raise DamagedDatabase(MSG_DAMAGED_NO_BACKUP, path=path, problem=problem)
    raise DamagedDatabase(MSG_DAMAGED_WITH_BACKUP, path=path, problem=problem,
                          backup=shlex.quote(str(backup)), db=shlex.quote(str(path)))
