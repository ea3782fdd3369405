"""What `gudang verify` checks of the row digests and the audit chain (gudang.db.digests):
every row against the newest digest recorded for it, and every audit entry's hash over the
rows it recorded. `gudang.services.verify` runs these beside its other checks; see its
docstring for how the reads are shared between threads."""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import operator
from typing import TYPE_CHECKING

from gudang.db.digest_tables import TableReader
from gudang.db.digests import DELETED, DIGEST_LENGTH, KINDS, Reader, current_digests, items_digest, rows_digest
from gudang.i18n import N_, tr
from gudang.services.uow import GENESIS_HASH, audit_hash

if TYPE_CHECKING:
    from gudang.services.verify import _Problems

KIND_NAMES = {
    "app_user": N_("user"), "setting": N_("setting"), "warehouse": N_("warehouse"), "location": N_("location"),
    "item": N_("item"), "item_unit": N_("pack unit"), "partner": N_("partner"), "event": N_("event"),
    "lot": N_("lot"), "number_sequence": N_("number sequence"), "count_session": N_("stock count"),
    "count_location": N_("stock count bin"), "count_line": N_("stock count line"),
    "count_scan": N_("stock count scan"), "document": N_("document"),
}


class Recorded:
    """The newest recorded digest of every row, by kind and key (the database picks the newest;
    `dict()` builds the dicts, with no Python loop per row). The label and the audit entry of
    a row are read only to name a problem (in the same snapshot)."""

    def __init__(self, reader: Reader) -> None:
        self.reader = reader
        sqlite = reader.dialect == "sqlite"
        joined, separator = ("group_concat", "char(31)") if sqlite else ("string_agg", "chr(31)")
        self.digests: dict[str, dict[str, str]] = {}
        for (kind,) in reader.fetch("SELECT DISTINCT table_name FROM audit_row"):
            if sqlite:
                newest = ("FROM audit_row WHERE id IN (SELECT max(id) FROM audit_row WHERE table_name = ? "
                          "GROUP BY row_key)")
            else:  # PostgreSQL walks the key index once instead of looking up each newest id (2.3x)
                newest = ("FROM (SELECT DISTINCT ON (row_key) row_key, digest FROM audit_row "
                          "WHERE table_name = %s ORDER BY row_key, id DESC) AS newest")
            # Key, digest, key, digest, ... as one text: fetching 300,000 rows one by one would hand
            # Python's lock to and from the helper threads at every row. A key with the separator
            # in it (none of Gudang's) makes the pieces miscount: then that kind's rows are fetched.
            (count, whole), = reader.fetch(f"SELECT count(*), {joined}(row_key || {separator} || digest, "
                                           f"{separator}) {newest}", (kind,))
            parts = whole.split("\x1f") if whole else []
            self.digests[kind] = (dict(zip(parts[0::2], parts[1::2])) if len(parts) == 2 * count
                                  else dict(reader.fetch(f"SELECT row_key, digest {newest}", (kind,))))
        self._about: dict[str, dict[str, tuple[str, str | None, int]]] = {}

    def of(self, kind: str) -> dict[str, str]:
        return self.digests.get(kind, {})

    def about(self, kind: str, key: str) -> tuple[str, str | None, int] | None:
        """(digest, label, audit entry) of the newest record of a row, or None."""
        if kind not in self._about:
            rows = self.reader.fetch("SELECT row_key, digest, label, audit_id FROM audit_row "
                                     f"WHERE table_name = {self.reader.mark} ORDER BY id", (kind,))
            self._about[kind] = {row_key: (value, label, audit_id) for row_key, value, label, audit_id in rows}
        return self._about[kind].get(key)


def recorded_digests(reader: Reader) -> Recorded:
    return Recorded(reader)


_ITEM = "table_name || {c}(31) || row_key || {c}(31) || coalesce(label, '') || {c}(31) || digest"


def entry_rows_digests(reader: Reader) -> dict[int, str]:
    """`rows_digest` of the rows each audit entry recorded, by entry: the database writes each
    row's item text, so Python only sorts, joins and hashes them."""
    by_entry: dict[int, list[str]] = {}
    item = _ITEM.format(c="char" if reader.dialect == "sqlite" else "chr")
    rows = reader.fetch(f"SELECT audit_id, {item} FROM audit_row ORDER BY id")
    for audit_id, group in itertools.groupby(rows, operator.itemgetter(0)):  # an entry's rows come together
        by_entry.setdefault(audit_id, []).extend(item for _, item in group)
    return {audit_id: items_digest(items) for audit_id, items in by_entry.items()}


def entry_texts_digests(reader: Reader) -> dict[int, str] | None:
    """`entry_rows_digests` with the sorting and joining done by the database: one text, each entry's
    items sorted (byte order, which is Python's order of the same texts) and joined, so Python
    only hashes one text per entry. None if the text does not split into entries (a label
    holding the separators). PostgreSQL hashes each entry's text itself, so only the digests
    come. SQLite does not promise that `group_concat` keeps the order it is given:
    `check_chain` reads an entry again before it names it (a digest of the server's too)."""
    if reader.dialect != "sqlite":
        item = _ITEM.format(c="chr")
        return dict(reader.fetch(
            "SELECT audit_id, encode(sha256(convert_to(string_agg(item, chr(30) ORDER BY item COLLATE \"C\"), "
            f"'UTF8')), 'hex') FROM (SELECT audit_id, {item} AS item FROM audit_row) AS r GROUP BY audit_id"))
    item = _ITEM.format(c="char")
    (whole,), = reader.fetch(
        "SELECT group_concat(audit_id || char(29) || items, char(28)) FROM (SELECT audit_id, "
        f"group_concat(item, char(30)) AS items FROM (SELECT audit_id, {item} AS item FROM audit_row "
        "ORDER BY audit_id, item) GROUP BY audit_id)")
    found: dict[int, str] = {}
    sha256 = hashlib.sha256
    for piece in whole.split("\x1c") if whole else ():
        head, separator, items = piece.partition("\x1d")
        if not separator or not head.isdigit() or int(head) in found:
            return None
        found[int(head)] = sha256(items.encode("utf-8")).hexdigest()
    return found


def _name(kind: str, label: str | None, key: str) -> str:
    kind_name = tr(KIND_NAMES[kind]) if kind in KIND_NAMES else kind
    return f"{kind_name} {label} (#{key})" if label else f"{kind_name} #{key}"


def check_plain_kind(reader: TableReader, kind: str, recorded: Recorded, problems: _Problems) -> int:
    """Every row of a plain tracked table against its newest recorded digest."""
    tracked, sha256 = KINDS[kind], hashlib.sha256
    current = reader.server_digests(tracked)  # PostgreSQL hashes them itself
    if current is None:
        texts = reader.hashed_texts(tracked)
        if texts is not None:  # SQLite wrote each digest's text: Python only hashes it
            current = {key: sha256(text_value.encode("utf-8")).hexdigest()[:DIGEST_LENGTH]
                       for key, text_value in texts}
    if current is not None and _as_recorded(current, recorded.of(kind)):
        return len(current)
    rows = reader.rows(tracked)
    prefix = f"{kind}\x1f"
    current = {key: sha256(f"{prefix}{key}\x1f{text_value}".encode("utf-8")).hexdigest()[:DIGEST_LENGTH]
               for key, _, text_value in rows}
    return check_kind(kind, current, lambda: [(key, label) for key, label, _ in rows], recorded, problems)


def _as_recorded(current: dict[str, str], wanted: dict[str, str]) -> bool:
    """The rows now are the rows recorded and not deleted, with the same digests: decided by
    the dicts' own comparisons (every current row as recorded, and as many rows recorded
    and not deleted as there are now; a current digest is never DELETED)."""
    return current.items() <= wanted.items() and len(current) == len(wanted) - list(wanted.values()).count(DELETED)


def check_kind(kind: str, current: dict[str, str], labels, recorded: Recorded, problems: _Problems) -> int:
    """The rows of one kind (their digests by key; `labels()` gives (key, label) in the order
    to name them) against their newest recorded digests; returns the rows checked. Only a
    difference is looked at row by row."""
    wanted = recorded.of(kind)
    if _as_recorded(current, wanted):
        return len(current)
    for key, label in labels():
        want = wanted.get(key)
        if want is None or want == DELETED:
            problems.add(kind, tr(N_("{row} was added outside Gudang: no audit entry records it"))
                         .format(row=_name(kind, label, key)))
        elif want != current[key]:
            _, recorded_label, entry = recorded.about(kind, key)
            problems.add(kind, tr(N_("{row} was changed outside Gudang: it differs from what audit entry "
                                     "#{entry} recorded")).format(row=_name(kind, label or recorded_label, key),
                                                                  entry=entry))
    for key, value in wanted.items():
        if key not in current and value != DELETED:
            _, label, entry = recorded.about(kind, key)
            problems.add(kind, tr(N_("{row} was deleted outside Gudang: audit entry #{entry} recorded it"))
                         .format(row=_name(kind, label, key), entry=entry))
    return len(current)


def check_touched_rows(reader: Reader, recorded: Recorded, problems: _Problems) -> int:
    """Quick mode: the rows the touch triggers noted outside any unit of work (every unit of
    work takes its own touches at commit), compared with what was recorded."""
    touched = {(kind, key) for kind, key in reader.fetch("SELECT table_name, row_key FROM row_touch")}
    rows = 0
    for row in current_digests(reader, touched):
        rows += 1
        want = recorded.about(row.kind, row.key) if row.key in recorded.of(row.kind) else None
        if row.digest == DELETED:
            if want is not None and want[0] != DELETED:
                problems.add(row.kind, tr(N_("{row} was deleted outside Gudang: audit entry #{entry} recorded it"))
                             .format(row=_name(row.kind, want[1], row.key), entry=want[2]))
        elif want is None or want[0] == DELETED:
            problems.add(row.kind, tr(N_("{row} was added outside Gudang: no audit entry records it"))
                         .format(row=_name(row.kind, row.label, row.key)))
        elif want[0] != row.digest:
            problems.add(row.kind, tr(N_("{row} was changed outside Gudang: it differs from what audit entry "
                                         "#{entry} recorded")).format(row=_name(row.kind, row.label or want[1],
                                                                                row.key), entry=want[2]))
    return rows


# --------------------------------------------------------------------------- the audit chain


def as_datetime(value) -> dt.datetime:
    return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(value)


def check_chain(reader: Reader, entry_rows: dict[int, str], problems: _Problems):
    from gudang.services.anchor import Head

    previous = GENESIS_HASH
    entries = 0
    head = None
    for entry_id, at, user, action, obj, summary, prev_hash, digest in reader.fetch(
            'SELECT id, at, "user", action, object, summary, prev_hash, hash FROM audit_entry ORDER BY id'):
        entries += 1
        expected = audit_hash(previous, as_datetime(at), user, action, obj, summary, entry_rows.get(entry_id))
        if digest != expected:  # the entry's rows read again one by one before it is named
            expected = audit_hash(previous, as_datetime(at), user, action, obj, summary, rows_digest(reader.fetch(
                f"SELECT table_name, row_key, label, digest FROM audit_row WHERE audit_id = {reader.mark}",
                (entry_id,))))
        if prev_hash != previous or digest != expected:
            problems.add("chain", tr(N_("audit entry #{id} ({action} by {user}) was altered or removed: the hash "
                                        "chain breaks there")).format(id=entry_id, action=action, user=user))
            break
        previous = digest
        head = Head(entry_id, digest)
    return entries, head
