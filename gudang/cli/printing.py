"""`gudang print` and `gudang labels`: the PDFs of gudang.documents."""

from __future__ import annotations

import argparse
from pathlib import Path

from gudang.cli.context import Context
from gudang.cli.output import print_json
from gudang.domain.errors import InvalidInput
from gudang.i18n import N_, tr


def _write(path: str, pdf: bytes) -> None:
    try:
        Path(path).write_bytes(pdf)
    except OSError as error:
        raise InvalidInput(N_("cannot write {path}: {problem}"), path=path, problem=error.strerror) from None


def cmd_print(ctx: Context, args: argparse.Namespace) -> int:
    from gudang.reports import printing

    db = ctx.database()
    if args.kind == "card":
        pdf = printing.stock_card_pdf(db, args.number, lot=args.lot, lang=args.lang)
        reprint = False
    else:
        printed = printing.print_document(db, ctx.actor(), args.kind, args.number, copies=args.copies,
                                          lang=args.lang)
        pdf, reprint = printed.pdf, printed.reprint
    _write(args.out, pdf)
    draft = args.kind != "card" and printed.draft
    if ctx.json:
        print_json({"out": args.out, "kind": args.kind, "number": args.number, "reprint": reprint,
                    "draft": draft, "bytes": len(pdf)})
    else:
        message = (N_("Written {path}: a DRAF handover form, the delivery is not confirmed yet.") if draft
                   else N_("Written {path}, marked as a copy (SALINAN).") if reprint else N_("Written {path}."))
        print(tr(message).format(path=args.out))
    return 0


def cmd_labels(ctx: Context, args: argparse.Namespace) -> int:
    from gudang.documents import TEMPLATES, render_calibration
    from gudang.reports import printing

    if args.calibration:
        if args.template not in TEMPLATES:
            raise InvalidInput(N_("unknown label template {name}: use {names}"), name=args.template,
                               names=", ".join(TEMPLATES))
        pdf = render_calibration(args.template)
        count = 0
    else:
        labels = printing.label_data(ctx.database(), lots=args.lot or (), receipt=args.receipt,
                                     bins=args.bin or (), items=args.item or ())
        from gudang.documents import render_labels

        if args.template not in TEMPLATES:
            raise InvalidInput(N_("unknown label template {name}: use {names}"), name=args.template,
                               names=", ".join(TEMPLATES))
        pdf = render_labels(labels, args.template, args.lang)
        count = len(labels)
    _write(args.out, pdf)
    if ctx.json:
        print_json({"out": args.out, "template": args.template, "labels": count})
    else:
        print(tr(N_("{count} labels written to {path}.")).format(count=count, path=args.out))
    return 0


def add_commands(command, sub) -> None:
    p = command("print", cmd_print, "print a posted document or a stock card to PDF")
    p.add_argument("kind", choices=("waybill", "receipt", "handover", "count", "writeoff", "reversal", "card"))
    p.add_argument("number", help="document number (for card: the SKU)")
    p.add_argument("--out", required=True)
    p.add_argument("--copies", action="store_true", help="waybill: three copies (penerima, pengemudi, arsip)")
    p.add_argument("--lot", help="card: one lot only")
    p = command("labels", cmd_labels, "print lot, bin or item labels to PDF")
    p.add_argument("--lot", action="append", help="lot barcode or lot code (repeatable)")
    p.add_argument("--receipt", help="all lots of a receipt")
    p.add_argument("--bin", action="append", help="bin code (repeatable)")
    p.add_argument("--item", action="append", help="SKU (repeatable)")
    p.add_argument("--template", default="a4-3x8",
                   help="thermal-50x30, thermal-100x50, thermal-100x150, a4-3x8, a4-2x7")
    p.add_argument("--calibration", action="store_true", help="a calibration page of the template")
    p.add_argument("--out", required=True)
