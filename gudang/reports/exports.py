"""Writing reports to CSV, XLSX and PDF, and the one rule every spreadsheet export obeys.

Spreadsheet programs run a cell that begins with `=`, `+`, `-` or `@` (or a
tab or carriage return before one) as a formula: an item named
`=cmd|' /C calc'!A0` would run a program on the reader's computer (DESIGN.md
section 11). `safe_text` writes such text as text: a leading apostrophe in CSV
(the spreadsheet convention for "this is text"), and in XLSX a string cell
(never a formula) with the quote-prefix style. Every CSV and XLSX writer of the
app goes through it; numbers and dates we produce ourselves are written as
numbers and dates.

- CSV: UTF-8 with BOM (Excel reads the accents), `;` between cells in
  Indonesian where the comma is the decimal sign (`,` in English), numbers in
  the language's notation without grouping, dates ISO (2026-11-30). Several
  tables follow each other, each under its title, separated by a blank line.
- XLSX (openpyxl): one sheet per table; the report's title and what it covers
  above a bold header row; panes frozen below the header; numbers and dates as
  typed cells with number formats; a bold total row.
- PDF: the agency letterhead, the title, what it covers, and each table
  (gudang.documents.layout), "Halaman x dari y" on every page.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from decimal import Decimal
from pathlib import Path

from gudang.domain.errors import InvalidInput
from gudang.i18n import N_, get_language, tr
from gudang.reports.tables import CODE, DATE, INT, KG, NUMERIC, QTY, Report, Table

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
FORMATS = (".xlsx", ".csv", ".pdf")


def needs_quoting(text: str) -> bool:
    return text.startswith(FORMULA_START)


def safe_text(value: object) -> str:
    """Text for a CSV cell that no spreadsheet will run as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if needs_quoting(text) else text


def _number(value: object, lang: str) -> str:
    if value is None:
        return ""
    if isinstance(value, int):
        return str(value)
    number = Decimal(value)
    text = format(number.normalize() if number != 0 else Decimal(0), "f")
    return text.replace(".", ",") if lang != "en" else text


def csv_cell(value: object, kind: str, lang: str) -> str:
    if value is None:
        return ""
    if kind in NUMERIC and isinstance(value, (int, Decimal)):
        return _number(value, lang)
    if kind == DATE and isinstance(value, dt.date):
        return value.isoformat()
    return safe_text(value)


def csv_delimiter(lang: str | None = None) -> str:
    return ";" if (lang or get_language()) != "en" else ","


def write_csv(report: Report, path: str | Path, lang: str | None = None) -> int:
    """Returns the number of data rows written."""
    lang = lang or get_language()
    count = 0
    with open(path, "w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle, delimiter=csv_delimiter(lang))
        for index, table in enumerate(report.tables):
            if index:
                writer.writerow([])
            if len(report.tables) > 1:
                writer.writerow([safe_text(table.title)])
            writer.writerow([safe_text(c.title) for c in table.columns])
            for row in table.rows:
                writer.writerow([csv_cell(v, c.kind, lang) for v, c in zip(row, table.columns)])
                count += 1
            totals = table.totals()
            if totals:
                writer.writerow([csv_cell(v, c.kind, lang) for v, c in zip(totals, table.columns)])
    return count


def _sheet_name(title: str, used: set[str]) -> str:
    name = "".join(ch for ch in title if ch not in "[]:*?/\\")[:31] or "Sheet"
    base, n = name, 2
    while name in used:
        suffix = f" ({n})"
        name = base[:31 - len(suffix)] + suffix
        n += 1
    used.add(name)
    return name


NUMBER_FORMATS = {INT: "#,##0", QTY: "#,##0.###", KG: "#,##0.0", DATE: "yyyy-mm-dd"}


def write_xlsx(report: Report, path: str | Path) -> int:
    """One sheet per table, written row by row (openpyxl's write-only mode: a 20,000-row
    report in a second or two, in little memory)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    bold = Font(bold=True)
    head_fill = PatternFill("solid", fgColor="E6E9EE")
    total_fill = PatternFill("solid", fgColor="EEF0F3")
    used: set[str] = set()
    count = 0
    for table in report.tables:
        sheet = book.create_sheet(_sheet_name(table.title, used))
        for index, column in enumerate(table.columns, start=1):
            width = column.width / 2.2 if column.width else 28
            sheet.column_dimensions[get_column_letter(index)].width = max(8.0, min(60.0, width + 2))
        text = lambda value, **style: _text(WriteOnlyCell(sheet), value, **style)  # noqa: E731
        rows: list[list] = [[text(report.title, font=Font(bold=True, size=13))]]
        rows += [[text(label), text(value)] for label, value in report.lines]
        if len(report.tables) > 1:
            rows.append([text(table.title, font=bold)])
        rows.append([])
        rows.append([text(column.title, font=bold, fill=head_fill,
                          alignment=Alignment(wrap_text=True, vertical="center")) for column in table.columns])
        header = len(rows)
        sheet.freeze_panes = f"A{header + 1}"
        for cells in rows:
            sheet.append(cells)
        for values in table.rows:
            sheet.append(_cells(sheet, values, table))
            count += 1
        totals = table.totals()
        if totals:
            sheet.append(_cells(sheet, totals, table, font=bold, fill=total_fill))
    book.properties.title = report.title
    book.properties.creator = "Gudang"
    book.save(path)
    return count


def _text(cell, value: object, **style):
    """A text cell: always a string, never a formula; formula-like text gets the quote prefix."""
    text = "" if value is None else str(value)
    cell.value = text
    cell.data_type = "s"
    if needs_quoting(text):
        cell.quotePrefix = True
    for name, value in style.items():
        setattr(cell, name, value)
    return cell


def _cells(sheet, values: tuple, table: Table, **style) -> list:
    from openpyxl.cell import WriteOnlyCell

    out = []
    for value, column in zip(values, table.columns):
        if value is None:
            cell = WriteOnlyCell(sheet)
        elif column.kind in NUMERIC and isinstance(value, (int, Decimal)) and not isinstance(value, bool):
            whole = column.kind == INT or (isinstance(value, Decimal) and value == value.to_integral_value())
            cell = WriteOnlyCell(sheet, int(value) if whole else float(value))
            cell.number_format = NUMBER_FORMATS[column.kind]
        elif column.kind == DATE and isinstance(value, dt.date):
            cell = WriteOnlyCell(sheet, value)
            cell.number_format = NUMBER_FORMATS[DATE]
        else:
            cell = _text(WriteOnlyCell(sheet), value)
        for name, setting in style.items():
            setattr(cell, name, setting)
        out.append(cell)
    return out


def render_report_pdf(report: Report, letterhead=None, lang: str | None = None) -> bytes:
    from reportlab.lib.units import mm

    from gudang.documents.data import Letterhead
    from gudang.documents.layout import (
        CONTENT_WIDTH, Column as PdfColumn, CopySpec, PageSetup, Texts, cell, info_grid, item_table, para,
        render_pdf, section_heading, spacer,
    )

    tx = Texts(lang)
    story: list = [para(report.title, "title"), spacer(2)]
    if report.lines:
        half = (len(report.lines) + 1) // 2
        story += [info_grid([list(report.lines[:half]), list(report.lines[half:])], label_width=28 * mm),
                  spacer(3)]
    for table in report.tables:
        if len(report.tables) > 1:
            story += [section_heading(table.title), spacer(1)]
        keep = [i for i, c in enumerate(table.columns) if c.pdf]
        shown = [table.columns[i] for i in keep]
        widths = _fit([c.width * mm if c.width else None for c in shown], CONTENT_WIDTH, 28 * mm)
        columns = [PdfColumn(c.title, w, "RIGHT" if c.kind in NUMERIC else "LEFT") for c, w in zip(shown, widths)]

        def render(value, kind):
            if value is None:
                return ""
            if kind in NUMERIC and isinstance(value, (int, Decimal)):
                return tx.qty(value, 1 if kind == KG else None)
            if kind == DATE and isinstance(value, dt.date):
                return tx.date_short(value)
            return cell(value, "cell_code" if kind == CODE else "cell")

        rows = [[render(row[i], table.columns[i].kind) for i in keep] for row in table.rows]
        if not rows:
            rows = [[cell(tx.t("(no rows)"), "cell")] + [""] * (len(columns) - 1)]
        totals = table.totals()
        total_rows = []
        if totals:
            label = next((v for v in totals if isinstance(v, str)), "")
            total_rows = [[render(totals[i], table.columns[i].kind) if not isinstance(totals[i], str) else ""
                           for i in keep]]
            first_blank = next((n for n, i in enumerate(keep) if totals[i] is None or isinstance(totals[i], str)), None)
            if first_blank is not None:
                total_rows[0][first_blank] = cell(label, "cell_bold")
        story += [item_table(columns, rows, total_rows), spacer(4)]
    for note in report.notes:
        story.append(para(note, "small"))
    story.append(para(tx.t("Made by Gudang on {when}", when=report.made_at.strftime("%Y-%m-%d %H:%M")), "small"))
    setup = PageSetup(tx=tx, title=report.title, number=report.reference or report.key,
                      letterhead=letterhead or Letterhead())
    return render_pdf([CopySpec(story)], setup)


def _fit(widths: list[float | None], room: float, flexible: float) -> list[float]:
    """Column widths that fill `room`: fixed ones as given, the others sharing the rest (at least
    `flexible` each); when the fixed ones alone do not fit, everything shrinks in proportion."""
    free = [w is None for w in widths]
    fixed = sum(w for w in widths if w is not None)
    n_free = sum(free)
    share = (room - fixed) / n_free if n_free else 0
    if n_free and share >= flexible:
        return [share if f else w for w, f in zip(widths, free)]
    wanted = [flexible if f else w for w, f in zip(widths, free)]
    scale = room / sum(wanted)
    return [w * scale for w in wanted]


def export(report: Report, path: str | Path, letterhead=None) -> int:
    """Write the report in the format its file name says; returns the data rows written."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise InvalidInput(N_("{path}: the file name must end in .xlsx, .csv or .pdf"), path=str(path))
    try:
        if suffix == ".xlsx":
            return write_xlsx(report, path)
        if suffix == ".csv":
            return write_csv(report, path)
        data = render_report_pdf(report, letterhead)
        Path(path).write_bytes(data)
        return sum(len(t.rows) for t in report.tables)
    except OSError as error:
        raise InvalidInput(N_("cannot write {path}: {problem}"), path=str(path),
                           problem=error.strerror or type(error).__name__) from None


def csv_text(rows: list[list[object]], lang: str | None = None) -> str:
    """Rows of already formatted values as CSV text, every cell made safe (for small exports)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=csv_delimiter(lang))
    for row in rows:
        writer.writerow([safe_text(v) for v in row])
    return buffer.getvalue()


def total_label() -> str:
    return tr(N_("TOTAL"))
