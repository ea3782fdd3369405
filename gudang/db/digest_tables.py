"""Whole tracked tables at once, for `gudang verify`'s full check (gudang.db.digests).

`Reader` computes the digests of the rows it is given, the same way at commit
and in `verify`. The full check reads every row of every tracked table, so it
lets the database do what can be done there: SQLite writes each row's hashed
text and joins each document's lines and moves into one text (Python only
hashes them); PostgreSQL hashes them itself, so only digests come back. Each
method here computes what `Reader.digests` would, and whoever finds a digest
that differs reads those rows again with `Reader` before naming them.
"""

from __future__ import annotations

from gudang.db.digests import (DIGEST_LENGTH, DOCUMENT, DOCUMENT_PARTS, Reader, RowDigest, Span, Tracked,
                               refused_blob, value_columns)


class TableReader(Reader):
    """A `Reader` that also reads whole tables the fastest way each database allows."""

    def hashed_texts(self, tracked: Tracked) -> list[tuple[str, str]] | None:
        """(key, the very text `digest` hashes: kind US key US canonical text) of every row of
        a plain tracked table, both written by SQLite (json texts only; else None; PostgreSQL
        hashes them itself, `server_digests`). A row Python would key differently (a NULL or
        BLOB key, left by a hand edit) gets a key no record has, so it can only differ, never
        pass: whoever finds a difference reads `rows`."""
        if not self.as_json or self.dialect != "sqlite":
            return None
        key, hashed = self._hashed_text_sql(tracked)
        try:
            return self.fetch(f'SELECT {key}, {hashed} FROM "{tracked.table}"')
        except Exception as error:  # noqa: BLE001 - a BLOB json_array refuses: `rows` reads it
            if not refused_blob(error):
                raise
            return None

    def server_digests(self, tracked: Tracked) -> dict[str, str] | None:
        """Digest of every row of a plain tracked table, by key, computed by PostgreSQL (sha256
        of the text `hashed_texts` reads, as `digest` computes it), so that neither the texts
        nor a loop over them come to Python. None on SQLite, or before json texts."""
        if self.dialect == "sqlite" or not self.as_json:
            return None
        key, hashed = self._hashed_text_sql(tracked)
        return dict(self.fetch(f'SELECT {key}, {_pg_digest(hashed)} FROM "{tracked.table}"'))

    def _hashed_text_sql(self, tracked: Tracked) -> tuple[str, str]:
        """SQL of a row's key as `rows` writes it, and of the text `digest` hashes for the row."""
        key = " || '/' || ".join(f'CAST("{column}" AS TEXT)' for column in tracked.key)
        (values,) = value_columns(self.cols(tracked.table), True, dialect=self.dialect)
        unit = "char(31)" if self.dialect == "sqlite" else "chr(31)"
        return key, f"'{tracked.name}' || {unit} || {key} || {unit} || {values}"

    def server_document_digests(self, span: Span = None) -> tuple[dict[str, RowDigest], set, set, int] | None:
        """Every document's digest (`document_digests`) computed by PostgreSQL: each document's
        text and its lines' and moves' texts joined in id order and hashed by the server; with
        the ids of the documents that have lines and moves, and the moves counted (of the
        document ids in `span`, or of all). Parts of a document that is gone come as
        `document_digests` gives them. None on SQLite, or before json texts."""
        if self.dialect == "sqlite" or not self.as_json:
            return None
        (document,) = value_columns(self.cols(DOCUMENT.table), True, dialect=self.dialect)
        where, params = self._span_where("id", span)
        selects = [f'SELECT id, "{DOCUMENT.label}" AS label, {document} AS t FROM "{DOCUMENT.table}"'
                   + (f" WHERE {where}" if where else "")]
        for tracked in DOCUMENT_PARTS[1:]:
            (values,) = value_columns(self.cols(tracked.table), True, dialect=self.dialect)
            part_where = self._span_where("document_id", span)[0]
            selects.append(f'SELECT document_id, count(*) AS n, string_agg({values}, chr(10) ORDER BY id) AS t '
                           f'FROM "{tracked.table}" ' + (f"WHERE {part_where} " if part_where else "")
                           + "GROUP BY document_id")
        text_sql = ("'document' || chr(31) || k || chr(31) || coalesce(d.t, '') || chr(30) || coalesce(l.t, '()') "
                    "|| chr(30) || coalesce(m.t, '()')")
        rows = self.fetch(
            f"SELECT k, d.label, l.n, m.n, {_pg_digest(text_sql)} FROM ({selects[0]}) AS d "
            f"FULL JOIN ({selects[1]}) AS l ON l.document_id = d.id "
            f"FULL JOIN ({selects[2]}) AS m ON m.document_id = coalesce(d.id, l.document_id) "
            "CROSS JOIN LATERAL (SELECT coalesce(d.id, l.document_id, m.document_id) AS k) AS key", params * 3)
        kind = DOCUMENT.name
        found = {str(k): RowDigest(kind, str(k), label, value) for k, label, _, _, value in rows}
        with_lines = {k for k, _, lines, _, _ in rows if lines}
        with_moves = {k for k, _, _, moves, _ in rows if moves}
        return found, with_lines, with_moves, sum(moves or 0 for _, _, _, moves, _ in rows)

    def document_groups(self, span: Span = None) -> tuple[list, dict[int, tuple[str, int]],
                                                          dict[int, tuple[str, int]]]:
        """Every document (key, label, text) and, per document id, the text of its lines and of
        its moves with their count, each joined by SQLite (json text only; PostgreSQL hashes
        them itself, `server_document_digests`): one row per document comes back, not one per
        line or move. SQLite joins them in the order it scans the document_id index, which is
        (document, id), but SQL does not promise an order: whoever finds a digest that differs
        reads that document again with `document_digests`.

        Each table comes as one text (document id, count and text per document, separated by
        control characters, which JSON text always escapes): a thread that fetches row by row
        waits for Python's lock at every row while another thread works. It comes as its UTF-8
        bytes, which are what the digest hashes: decoding 80 MB at S=10 to hash it encoded
        again cost a tenth of the check's CPU. With a `span`, only the document ids in it."""
        assert self.as_json and self.dialect == "sqlite"
        documents = self.rows(DOCUMENT, span=span)
        where, params = self._span_where("document_id", span)
        parts = []
        for tracked in DOCUMENT_PARTS[1:]:
            def grouped(blobs: bool, table: str = tracked.table) -> str:
                (values,) = value_columns(self.cols(table), True, blobs)
                return ("SELECT CAST(group_concat(document_id || char(31) || n || char(31) || t, char(30)) AS BLOB) FROM "
                        f'(SELECT document_id, count(*) AS n, group_concat({values}, char(10)) AS t FROM "{table}" '
                        + (f"WHERE {where} " if where else "") + "GROUP BY document_id)")
            try:
                (whole,), = self.fetch(grouped(False), params)
            except Exception as error:  # noqa: BLE001 - only json_array's refusal of a BLOB is retried
                if not refused_blob(error):
                    raise
                (whole,), = self.fetch(grouped(True), params)
            found = {}
            for piece in whole.split(b"\x1e") if whole else ():
                document_id, count, text_value = piece.split(b"\x1f", 2)
                found[int(document_id)] = (text_value, int(count))
            parts.append(found)
        return documents, parts[0], parts[1]


def _pg_digest(text_sql: str) -> str:
    """PostgreSQL's SQL for `digest` of a text it builds (sha256 of its UTF-8, in hex, cut)."""
    return f"left(encode(sha256(convert_to({text_sql}, 'UTF8')), 'hex'), {DIGEST_LENGTH})"
