"""A report as plain values: titled tables of typed cells, the one shape every export takes.

A `Report` has a title, lines saying what it covers (event, period, grouping),
and one or more `Table`s. A table's columns say what kind their cells are, so
each writer renders them properly: numbers stay numbers in XLSX, dates stay
dates, text is text (gudang.reports.exports). Cells hold raw values: `str`,
`int`, `Decimal`, `datetime.date` or None; the writers format them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Sequence

TEXT, CODE, INT, QTY, KG, DATE = "text", "code", "int", "qty", "kg", "date"
NUMERIC = (INT, QTY, KG)


@dataclass(frozen=True)
class Column:
    title: str  # translated
    kind: str = TEXT
    width: float = 0  # PDF width in mm (0: share the rest); spreadsheets size from it too
    total: bool = False  # summed in the total row
    pdf: bool = True  # printed in the PDF (A4 portrait holds fewer columns than a spreadsheet)


@dataclass(frozen=True)
class Table:
    title: str  # translated; printed above the table (and the XLSX sheet's name)
    columns: tuple[Column, ...]
    rows: tuple[tuple, ...]
    total_label: str = ""  # set: a total row summing the columns with `total`

    def totals(self) -> tuple | None:
        if not self.total_label:
            return None
        out: list[object] = []
        for index, column in enumerate(self.columns):
            if column.total:
                out.append(sum((row[index] or 0 for row in self.rows), Decimal(0) if column.kind != INT else 0))
            else:
                out.append(None)
        first_text = next((i for i, c in enumerate(self.columns) if not c.total), None)
        if first_text is not None:
            out[first_text] = self.total_label
        return tuple(out)


@dataclass(frozen=True)
class Report:
    key: str  # file name stem, e.g. "4w-kecamatan"
    title: str  # translated
    lines: tuple[tuple[str, str], ...]  # (label, value) saying what it covers, translated
    tables: tuple[Table, ...]
    reference: str = ""  # printed in the PDF footer, e.g. "4W BJR-KPR-2026-10"
    made_at: dt.datetime = field(default_factory=lambda: dt.datetime.now().replace(microsecond=0))
    notes: tuple[str, ...] = ()  # sentences printed under the tables

    def table(self, index: int = 0) -> Table:
        return self.tables[index]


def pick(rows: Sequence[tuple], index: int) -> list:
    return [row[index] for row in rows]
