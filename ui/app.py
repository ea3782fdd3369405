"""The composition root of the desktop app: arguments -> language -> database
-> first start or login -> main window.

    python main.py [--db URL|PATH] [--lang id|en]

The database is --db, else $GUDANG_DB, else the one chosen on this
workstation's settings page (ui.workstation), else the file in the user's
data folder. The language is --lang, else $GUDANG_LANG, else this
workstation's choice. A damaged SQLite file is offered its newest good backup; the schema
is migrated on start (after a backup, by gudang.db.migrate); the daily
backup runs in a background thread once the window is up.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from gudang.domain.errors import GudangError
from ui import i18n, style

# SQLAlchemy, Alembic and the services are imported when first needed, so the
# integrity check of the database file can start before they load.

log = logging.getLogger("gudang.ui")





def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="gudang-app", description="Gudang: disaster relief logistics warehouse")
    parser.add_argument("--db", help="database URL or SQLite file (default: $GUDANG_DB or the user data file)")
    parser.add_argument("--lang", choices=i18n.LANGUAGES, help="language of the window (default: the setting)")
    parser.add_argument("--user", default="", help="user name to offer in the login dialog")
    return parser.parse_args(argv)


class Controller(QObject):
    """Owns the database, the operations helper and the current main window."""

    def __init__(self, app: QApplication, db_arg: str | None = None, lang: str | None = None,
                 early_check=None) -> None:
        super().__init__()
        self.early_check = early_check  # gudang.db.early_check.EarlyCheck, started before the imports
        self.app = app
        self.db_arg = db_arg
        self.lang_arg = lang
        self.db: Database | None = None
        self.ops = None
        self.window = None
        self.settings: dict[str, str] = {}
        self._backup_thread: threading.Thread | None = None
        style.apply(app)
        from ui import workstation

        i18n.install(lang or os.environ.get("GUDANG_LANG") or workstation.language() or "id", app)

    def chosen_database(self) -> str | None:
        """--db, else $GUDANG_DB (read by resolve_url), else this workstation's choice."""
        from ui import workstation

        if self.db_arg:
            return self.db_arg
        if os.environ.get("GUDANG_DB"):
            return None
        return workstation.database()

    # --- database ------------------------------------------------------------------------------
    def database_text(self) -> str:
        if self.db is None:
            return ""
        return str(self.db.path) if self.db.path else self.db.url.render_as_string(hide_password=True)

    def sqlite_path(self) -> Path | None:
        from gudang.db.engine import resolve_url

        url = resolve_url(self.chosen_database())
        if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
            return Path(url.database)
        return None

    def start_integrity_check(self) -> None:
        """PRAGMA quick_check reads the whole file (about a second for 100 MB): run it in a
        thread while the user logs in; `integrity_problems` waits for its answer."""
        path = self.sqlite_path()
        self._check_result = []
        self._check_thread = None
        if path is None or not path.is_file() or path.stat().st_size == 0:
            return
        early = self.early_check
        if early is not None and early.path == path.absolute():
            self._check_thread = early.thread
            self._adopted = lambda: early.problems_of(path)
            return
        self._adopted = None
        from gudang.db import backup

        def run():
            try:
                self._check_result = backup.quick_check(path)
            except Exception as error:  # noqa: BLE001 - reported as a problem of the file
                self._check_result = [str(error)]

        self._check_thread = threading.Thread(target=run, name="gudang-quick-check", daemon=True)
        self._check_thread.start()

    def integrity_problems(self) -> list[str]:
        if getattr(self, "_adopted", None) is not None:
            return list(self._adopted())
        thread = getattr(self, "_check_thread", None)
        if thread is not None:
            thread.join()
        return list(getattr(self, "_check_result", []))

    def open_database(self, *, check: bool = True) -> bool:
        """Open, check (unless checked in the background) and migrate the database.
        False if the user gave up."""
        from gudang.db.engine import Database, resolve_url
        from gudang.services import setup

        url = resolve_url(self.chosen_database())
        path = self.sqlite_path()
        if check and path is not None:
            if not self._check_sqlite_file(path):
                return False
        self.db = Database(url)
        setup.initialize(self.db)  # migrates (after a backup) and creates the fixed rows
        self.settings = setup.get_settings(self.db)
        from ui import workstation

        if not self.lang_arg and not os.environ.get("GUDANG_LANG") and not workstation.language():
            # Older installations kept the language in the shared settings.
            i18n.install(self.settings.get("language", "id"), self.app)
        return True

    def _check_sqlite_file(self, path: Path, problems: list[str] | None = None) -> bool:
        """True if the file is sound or was restored from its newest good backup (by an administrator
        of that backup, who logs in first; the restore is audited)."""
        if not path.is_file() or path.stat().st_size == 0:
            return True
        from gudang.db import backup
        from gudang.db.recovery import disk_full_error

        if problems is None:
            problems = backup.quick_check(path)
        if not problems:
            return True
        full = disk_full_error(path)
        if full is not None:  # a full disk is not damage: restoring would throw away real postings
            QMessageBox.critical(None, QCoreApplication.translate("App", "Disk full"), full.message)
            return False
        good = backup.newest_good_backup(path)
        if good is None:
            QMessageBox.critical(None, QCoreApplication.translate("App", "Damaged database"),
                                 QCoreApplication.translate("App", "The database %1 is damaged (%2) and there is no good backup of it. "
                                    "Ask your administrator for help.").replace("%1", str(path))
                                 .replace("%2", problems[0]))
            return False
        answer = QMessageBox.question(
            None, QCoreApplication.translate("App", "Damaged database"),
            QCoreApplication.translate("App", "The database %1 is damaged (%2).\n\nRestore the newest good backup, %3? The damaged file is "
               "kept beside it.").replace("%1", str(path)).replace("%2", problems[0]).replace("%3", good.name))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        actor = self.restore_login(good)
        if actor is None:
            return False
        from gudang.services.maintenance import restore_database

        try:
            restore_database(path, good, actor)
        except GudangError as error:
            QMessageBox.critical(None, QCoreApplication.translate("App", "Damaged database"), error.message)
            return False
        return True

    def restore_login(self, backup_file: Path):
        """An administrator of the backup logs in (read-only check of the copy) before it is restored."""
        from gudang.domain.roles import require
        from gudang.services.maintenance import credentials_in_file
        from ui.login import LoginDialog

        def check(name: str, password: str):
            actor = credentials_in_file(backup_file, name, password)
            require(actor.role, "users.manage")
            return actor

        dialog = LoginDialog(None, database_text=str(backup_file), check=check,
                             heading=QCoreApplication.translate("App", "An administrator restores the backup"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.actor

    def start_daily_backup(self) -> None:
        """Today's backup, in the background: copying a big file must not delay the window."""
        if self.db is None or self.db.path is None:
            return
        from gudang.db import backup

        def run(path=self.db.path):
            try:
                backup.daily_backup_if_due(path)
            except Exception:  # noqa: BLE001 - a failed backup must not take the app down
                log.exception("daily backup failed")

        self._backup_thread = threading.Thread(target=run, name="gudang-daily-backup")
        self._backup_thread.start()

    # --- users ---------------------------------------------------------------------------------
    def agency_text(self) -> str:
        return self.settings.get("agency_line2", "") or self.settings.get("agency_line1", "")

    def first_start(self):
        from gudang.services import setup
        from ui.first_start import FirstStartDialog

        dialog = FirstStartDialog(self.db)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        if dialog.training_db is not None:  # the separate training database: open it now
            self.db.dispose()
            self.db = dialog.training_db
        self.settings = setup.get_settings(self.db)
        return dialog.actor

    def login(self, user: str = ""):
        from ui.login import LoginDialog

        dialog = LoginDialog(self.db, self.agency_text(), self.database_text(), user)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.actor

    # --- window --------------------------------------------------------------------------------
    def show_main(self, actor):
        from ui.main_window import MainWindow
        from ui.operations import Operations

        if self.ops is None or self.ops.actor != actor:
            self.ops = Operations(self.db, actor)
        from gudang.services.setup import is_training

        window = MainWindow(self.ops, agency=self.agency_text(), database_text=self.database_text(),
                            training=is_training(self.settings))
        window.language_requested.connect(self.switch_language)
        window.database_requested.connect(self.switch_database)
        window.logout_requested.connect(self.logout)
        window.show()
        self.window = window
        return window

    def logout(self) -> bool:
        """Log out (or switch user): the window goes, the login comes; cancelling it quits.
        True if someone logged in again."""
        old = self.window
        if old is not None:
            old.hide()
        actor = self.login()
        if actor is None:
            if old is not None:
                old.close()
            self.app.quit()
            return False
        self.ops = None  # a new helper for the new user
        self.show_main(actor)
        self._drop(old)
        return True

    def _drop(self, old) -> None:
        if old is not None and old is not self.window:
            try:
                old.ops.changed.disconnect(old._changed)
            except (RuntimeError, TypeError):
                pass
            old.close()
            old.deleteLater()

    def switch_database(self, value: str) -> bool:
        """Open another database (chosen on the settings page): remembered for this workstation,
        then first start or login on it. If it cannot be opened, the old one stays."""
        from gudang.db.engine import resolve_url
        from ui import workstation

        try:
            resolve_url(value, typed_in=QCoreApplication.translate("App", "The PostgreSQL server"))
        except GudangError as error:
            QMessageBox.warning(self.window, QCoreApplication.translate("App", "Cannot open the database"),
                                error.message)
            return False
        previous_arg, previous_choice = self.db_arg, workstation.database()
        old = self.window
        if old is not None:
            old.hide()
        if self.db is not None:
            self.db.dispose()
        self.db, self.ops = None, None
        self.db_arg = value
        workstation.put(workstation.DATABASE, value)
        try:
            opened = self.open_database()
        except Exception as error:  # noqa: BLE001 - any failure to open: go back to the old one
            message = error.message if isinstance(error, GudangError) else f"{type(error).__name__}: {error}"
            opened = False
            QMessageBox.critical(old, QCoreApplication.translate("App", "Cannot open the database"), message)
        if opened:
            from gudang.services import setup

            actor = self.first_start() if not setup.has_users(self.db) else self.login()
            if actor is not None:
                self.show_main(actor)
                self._drop(old)
                return True
        # Back to the database this window was using.
        if self.db is not None:
            self.db.dispose()
        self.db_arg = previous_arg
        workstation.put(workstation.DATABASE, previous_choice)
        self.open_database(check=False)
        if old is not None:
            old.ops.db = self.db
            self.ops = old.ops
            old.show()
        return False

    def switch_language(self, lang: str) -> None:
        """Live: install the language and rebuild the window on the same page. The choice
        is this workstation's (other PCs keep theirs)."""
        from ui import workstation

        workstation.put(workstation.LANGUAGE, lang)
        i18n.install(lang, self.app)
        old = self.window
        key = old.current_key() if old is not None else "dashboard"
        geometry = old.saveGeometry() if old is not None else None
        window = self.show_main(self.ops.actor)
        if geometry is not None:
            window.restoreGeometry(geometry)
        window.show_page(key)
        if old is not None:
            old.ops.changed.disconnect(old._changed)
            old.close()
            old.deleteLater()

    def _restore_if_damaged(self) -> bool | None:
        """After the background check: None if the file is sound, else whether it was restored."""
        problems = self.integrity_problems()
        if not problems:
            return None
        if self.db is not None:
            self.db.dispose()
            self.db = None
        if not self._check_sqlite_file(self.sqlite_path(), problems):
            return False
        self.open_database(check=False)
        return True

    def run(self, user: str = "") -> int:
        """The whole start; GudangErrors (a database that cannot be opened) end it with a message."""
        try:
            return self._run(user)
        except GudangError as error:
            QMessageBox.critical(None, QCoreApplication.translate("App", "Cannot open the database"), error.message)
            return 1

    def _run(self, user: str) -> int:
        from gudang.services import setup

        self.start_integrity_check()
        try:
            opened = self.open_database(check=False)
        except Exception:  # noqa: BLE001 - a damaged file can fail in any way: see what the check says
            if self._restore_if_damaged() is None:
                raise
            opened = self.db is not None
        if not opened:
            return 1
        actor = self.first_start() if not setup.has_users(self.db) else self.login(user)
        if actor is None:
            return 0
        restored = self._restore_if_damaged()
        if restored is False:
            return 1
        if restored:
            actor = self.login(user)  # the restored database has its own users
            if actor is None:
                return 0
        self.show_main(actor)
        QTimer.singleShot(2000, self.start_daily_backup)
        code = self.app.exec()
        if self._backup_thread is not None:
            self._backup_thread.join()
        self.db.dispose()
        return code


def main(argv: list[str] | None = None, early_check=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("Gudang")
    app.setOrganizationName("BPBD")
    app.setDesktopFileName("gudang")  # the menu entry installer/gudang.desktop
    app.setWindowIcon(style.app_icon())
    return Controller(app, args.db, args.lang, early_check).run(args.user)
