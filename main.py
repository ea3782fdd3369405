"""Start the Gudang desktop app: `python main.py [--db URL|PATH] [--lang id|en]`.

`--self-test` checks an installation instead (e.g. the bundle on an office PC): it opens
the database as the app does (migrating an older one after a backup, refusing a newer
one), signs in as GUDANG_USER / GUDANG_PASSWORD, opens the main window and every page,
renders a label sheet through ReportLab and QtPdf, prints what it saw as one JSON line
(window title and page names in the chosen language, database revision, Qt platform)
and exits: 0 if all went well, 1 on a problem it can name, 70 on a bug.
"""

from __future__ import annotations

import os
import sys

from gudang.db.early_check import EarlyCheck  # light: the file check starts before the heavy imports


def self_test(argv: list[str]) -> int:
    """`--self-test`: see the module's docstring. Needs no screen (QT_QPA_PLATFORM=offscreen)."""
    import argparse
    import json
    import time
    import traceback

    parser = argparse.ArgumentParser(prog="gudang-app --self-test")
    parser.add_argument("--db")
    parser.add_argument("--lang", choices=("id", "en"))
    parser.add_argument("--seconds", type=float, default=1.0, help="keep the window open this long")
    args = parser.parse_args(argv)

    def report(payload: dict) -> None:
        if sys.stdout is not None:  # None in the Windows app (no console): the exit code tells
            sys.stdout.write(json.dumps(payload, ensure_ascii=False) + "\n")
            sys.stdout.flush()

    import gudang.services.setup  # noqa: F401 - the core before Qt, as in run()
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QApplication

    from gudang.domain.errors import GudangError

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("Gudang")
    try:
        from gudang import paths
        from gudang.db import backup
        from gudang.db.migrate import current_revision
        from gudang.db.sqlite_memory import memory_statistics_off
        from gudang.documents import TEMPLATES, render_calibration
        from gudang.services.users import authenticate
        from ui import i18n, style
        from ui.app import Controller
        from ui.pdf_preview import PdfPreviewDialog

        controller = Controller(app, args.db, args.lang)
        path = controller.sqlite_path()
        if path is not None and path.is_file() and path.stat().st_size:
            problems = backup.quick_check(path)
            if problems:
                report({"ok": False, "error": f"{path}: {problems[0]}", "code": "damaged"})
                return 1
        controller.open_database(check=False)  # migrates after a backup; refuses a newer database
        name, password = os.environ.get("GUDANG_USER", ""), os.environ.get("GUDANG_PASSWORD", "")
        actor = authenticate(controller.db, name, password)
        window = controller.show_main(actor)
        pages = []
        for spec in window.specs:
            if spec.visible:
                window.show_page(spec.key)
                app.processEvents()
            pages.append(spec.title)
        preview = PdfPreviewDialog(render_calibration(next(iter(TEMPLATES))), "self-test")
        rendered = preview.document.render(0, QSize(200, 120))
        icon = style.icon("ok").pixmap(16, 16)
        from gudang.domain.gs1 import parse_gs1  # biip's tables of application identifiers are inside

        gs1 = parse_gs1("]d2010950110153000317261231" "10A\x1d91X").lot == "A"
        deadline = time.monotonic() + args.seconds
        while time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.02)
        result = {
            "ok": preview.document.pageCount() > 0 and not rendered.isNull() and not icon.isNull() and gs1,
            "gs1": gs1,
            "title": window.windowTitle(),
            "language": i18n.language(),
            "pages": pages,
            "root": str(paths.root()),
            "pdf_pages": preview.document.pageCount(),
            "icons": not icon.isNull(),
            "revision": current_revision(controller.db),
            "database": controller.database_text(),
            "platform": QApplication.platformName(),
            "frozen": bool(getattr(sys, "frozen", False)),
            "sqlite_memory_statistics_off": memory_statistics_off(),
        }
        preview.close()
        window.close()
        controller.db.dispose()
        report(result)
        return 0 if result["ok"] else 1
    except GudangError as error:
        report({"ok": False, "error": error.message, "code": error.code})
        return 1
    except Exception:  # noqa: BLE001 - a bug: the traceback is the report
        if sys.stderr is not None:
            traceback.print_exc()
        report({"ok": False, "error": "bug"})
        return 70


def run(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if "--self-test" in argv:
        return self_test([arg for arg in argv if arg != "--self-test"])
    early = EarlyCheck.start(argv)
    # The core (SQLAlchemy, Alembic) before Qt: once PySide6 is loaded, its import hook
    # inspects every module imported after it, which costs a tenth of a second here.
    import gudang.services.setup  # noqa: F401
    from ui.app import main

    return main(argv, early_check=early)


if __name__ == "__main__":
    sys.exit(run())
