"""Start-up: database checks, first start, login, the main window, language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialogButtonBox

from gudang.db.engine import Database
from gudang.services import setup, users
from tests.conftest import ADMIN, PASSWORD


def ok_button(dialog):
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def test_first_start_creates_admin_and_agency_settings(qtbot, tmp_path, monkeypatch):
    from ui.first_start import FirstStartDialog

    db = Database(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    setup.initialize(db)
    assert not setup.has_users(db)
    dialog = FirstStartDialog(db)
    qtbot.addWidget(dialog)
    dialog.fields["agency_line2"].setText("BADAN PENANGGULANGAN BENCANA DAERAH")
    dialog.fields["agency_address"].setText("Jl. Lintas Bangkinang-Pekanbaru Km 2")
    dialog.fields["head_name"].setText("Hj. Siti Aminah")
    dialog.user.setText("kepala")
    qtbot.keyClicks(dialog.full_name, "Ir. Rahmat Hidayat")
    qtbot.keyClicks(dialog.password, "aman-123")
    qtbot.keyClicks(dialog.repeat, "aman-12")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.error_text() and not setup.has_users(db)  # passwords differ
    qtbot.keyClicks(dialog.repeat, "3")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.training_db is None
    assert dialog.actor.name == "kepala" and dialog.actor.role == "admin"
    assert [(u.name, u.role, u.full_name) for u in users.list_users(db)] == [("kepala", "admin", "Ir. Rahmat Hidayat")]
    values = setup.get_settings(db)
    assert values["agency_address"] == "Jl. Lintas Bangkinang-Pekanbaru Km 2"
    assert values["head_name"] == "Hj. Siti Aminah"
    assert not setup.is_training(values)
    db.dispose()


def test_first_start_refuses_a_short_password(qtbot, tmp_path):
    from ui.first_start import FirstStartDialog

    db = Database(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    setup.initialize(db)
    dialog = FirstStartDialog(db)
    qtbot.addWidget(dialog)
    for field in (dialog.password, dialog.repeat):
        qtbot.keyClicks(field, "pendek")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert "8" in dialog.error_text() and not setup.has_users(db)
    db.dispose()


def test_training_data_goes_into_a_separate_database_shown_as_training(qtbot, tmp_path, monkeypatch, lang_id):
    """"Load training data" never fills the database being set up: it makes a second file,
    opens it, and the window says loudly that it is the training database."""
    import gudang.demo.load
    from ui.first_start import FirstStartDialog, training_path
    from ui.main_window import MainWindow
    from ui.operations import Operations

    loaded = []

    def fake_demo(database, actor):  # the real loader is tested on its own (test_security.py)
        loaded.append((database.path, actor.role))
        from gudang.db.models import Setting
        from gudang.services.uow import UnitOfWork

        with UnitOfWork(database, actor) as uow:
            uow.session.add(Setting(key=setup.TRAINING_SETTING, value="1"))
            uow.audit("demo.load", None)
            uow.commit()
        return {"items": 1}

    monkeypatch.setattr(gudang.demo.load, "load_demo", fake_demo)
    db = Database(f"sqlite:///{tmp_path / 'gudang.sqlite3'}")
    setup.initialize(db)
    dialog = FirstStartDialog(db)
    qtbot.addWidget(dialog)
    dialog.resize(1024, 768)
    for field in (dialog.password, dialog.repeat):
        qtbot.keyClicks(field, "rahasia-admin")
    dialog.demo.setChecked(True)
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error_text()
    training = dialog.training_db
    assert training is not None and training.path == training_path(db) == tmp_path / "gudang-latihan.sqlite3"
    assert loaded == [(training.path, "admin")]
    assert setup.has_users(db) and not setup.is_training(setup.get_settings(db))  # the real one: no demo
    assert setup.is_training(setup.get_settings(training))
    actor = users.authenticate(training, "admin", "rahasia-admin")
    window = MainWindow(Operations(training, actor), database_text=str(training.path), training=True)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    assert window.windowTitle().startswith("LATIHAN")
    assert window.training_bar is not None and window.training_bar.isVisible()
    assert "LATIHAN" in window.training_bar.text()
    window.grab().save(str(tmp_path / "training-1024.png"))
    training.dispose()
    db.dispose()


def test_first_start_fits_1024_by_768(qtbot, qapp, sqlite_db, lang_id, tmp_path):
    """With the app's own style (fonts of at least 10 pt), in both languages."""
    from ui import i18n, style
    from ui.first_start import FirstStartDialog

    saved = qapp.font(), qapp.styleSheet()
    style.apply(qapp)
    qapp.setStyleSheet(saved[1] + style.STYLESHEET)
    for lang in ("id", "en"):
        i18n.install(lang, qapp)
        dialog = FirstStartDialog(sqlite_db)
        qtbot.addWidget(dialog)
        dialog.show()
        hint = dialog.sizeHint()
        assert dialog.minimumWidth() <= 1024 and hint.width() <= 1024 and hint.height() <= 740, (lang, hint)
        dialog.resize(max(hint.width(), dialog.minimumWidth()), hint.height())
        dialog.grab().save(str(tmp_path / f"first-start-{lang}.png"))
    qapp.setFont(saved[0])
    qapp.setStyleSheet(saved[1])


def test_login_wrong_password_stays_with_the_message(qtbot, sqlite_db, lang_id):
    from ui.login import LoginDialog

    dialog = LoginDialog(sqlite_db, "BPBD Kabupaten Kampar", "test.sqlite3")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.user, ADMIN)
    qtbot.keyClicks(dialog.password, "salah")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.actor is None
    assert dialog.error_text()
    assert dialog.error_text() != "wrong user name or password"  # shown in Indonesian
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.actor.name == ADMIN


def test_login_disabled_user_is_refused(qtbot, sqlite_db, admin):
    from ui.login import LoginDialog

    users.add_user(sqlite_db, admin, "budi", "petugas", "budi-1234")
    users.disable_user(sqlite_db, admin, "budi")
    dialog = LoginDialog(sqlite_db, user="budi")
    qtbot.addWidget(dialog)
    dialog.password.setText("budi-1234")
    dialog.try_login()
    assert "budi" in dialog.error_text() and dialog.actor is None


def test_main_window_navigation_shortcuts_and_status_bar(window, qtbot):
    assert window.current_key() == "dashboard"
    assert list(window.pages) == ["dashboard"]  # other pages are built when first opened
    # The sidebar follows the work: goods in, out, delivered, the papers, in stock, counted, moved
    # and held; then master data.
    keys = [spec.key for spec in window.specs]
    assert keys[:9] == ["dashboard", "receiving", "issuing", "delivery", "documents", "stock", "counting",
                        "transfers", "quarantine"]
    assert keys[-1] == "settings" and {"catalogue", "partners", "locations", "events", "reports"} <= set(keys)
    assert keys[9:11] == ["requests", "allocation"]  # needs and their fair share, before master data
    qtbot.keySequence(window, QKeySequence("Ctrl+6"))
    assert window.current_key() == "stock" and window.stack.currentWidget() is window.pages["stock"]
    qtbot.keySequence(window, QKeySequence("Ctrl+5"))
    assert window.current_key() == "documents"
    qtbot.keySequence(window, QKeySequence("Ctrl+4"))
    assert window.current_key() == "delivery"
    qtbot.keySequence(window, QKeySequence("Ctrl+0"))
    assert window.current_key() == keys[9]
    qtbot.keySequence(window, QKeySequence("Ctrl+,"))
    assert window.current_key() == "settings"
    window.sidebar.setCurrentRow(keys.index("catalogue"))
    assert window.current_key() == "catalogue"
    # Each entry's tooltip names its shortcut.
    assert window.sidebar.item(4).toolTip().endswith("(Ctrl+5)")
    assert window.sidebar.item(9).toolTip().endswith("(Ctrl+0)")
    assert window.sidebar.item(keys.index("settings")).toolTip().endswith("(Ctrl+,)")
    assert ADMIN in window.user_label.text()
    assert "administrator" in window.role_label.text()
    assert "test.sqlite3" in window.db_label.text()


def test_receiving_and_issuing_pages_open_from_the_sidebar(window):
    for key in ("receiving", "issuing"):
        page = window.show_page(key)
        assert page is window.stack.currentWidget()
        assert hasattr(page, "refresh")


def make_controller(qapp, db_path, lang="id"):
    from ui.app import Controller

    return Controller(qapp, str(db_path), lang)


def test_controller_opens_migrates_and_switches_language_live(qtbot, qapp, sqlite_db, admin, monkeypatch):
    from gudang.i18n import get_language

    monkeypatch.delenv("GUDANG_LANG", raising=False)  # the stored setting decides
    path = sqlite_db.path
    sqlite_db.dispose()
    controller = make_controller(qapp, path, None)
    try:
        assert controller.open_database()
        window = controller.show_main(admin)
        qtbot.addWidget(window)
        window.ops.show_dialogs = False
        assert window.sidebar.item(0).text() == "Dasbor" and get_language() == "id"
        settings = window.show_page("settings")
        settings.language.setCurrentIndex(settings.language.findData("en"))
        qtbot.mouseClick(settings.language_button, Qt.MouseButton.LeftButton)
        new = controller.window
        qtbot.addWidget(new)
        assert new is not window
        assert [new.sidebar.item(i).text() for i in range(4)] == ["Dashboard", "Receiving", "Issuing",
                                                                     "Confirm delivery"]
        assert new.current_key() == "settings" and get_language() == "en"
        # The language is this workstation's: the shared settings keep theirs for the other PCs.
        from ui import workstation

        assert workstation.language() == "en" and setup.get_settings(controller.db)["language"] == "id"
        # This workstation's language is used at the next start.
        again = make_controller(qapp, path, None)
        assert again.open_database() and get_language() == "en"
        again.db.dispose()
    finally:
        from gudang import i18n as core
        from ui import i18n

        i18n.install("en", qapp)
        core.set_language(core.DEFAULT_LANGUAGE)
        controller.db.dispose()


def test_controller_on_a_new_file_creates_the_database(qapp, tmp_path, lang_id):
    controller = make_controller(qapp, tmp_path / "sub" / "baru.sqlite3")
    assert controller.open_database()
    assert not setup.has_users(controller.db)
    assert {"TERIMA-01", "VIRT-DONATUR"} <= {r.code for r in __import__(
        "gudang.services.locations", fromlist=["x"]).list_locations(controller.db, include_virtual=True)}
    controller.db.dispose()


def answer_restore_login(qtbot, logins):
    """Type each (name, password) into the administrator's login that comes before a restore;
    None cancels. Returns what the dialogs said."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui.login import LoginDialog

    said = []
    pending = list(logins)

    def answer():
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, LoginDialog) and w.isVisible()),
                      None)
        if dialog is None:
            QTimer.singleShot(20, answer)
            return
        said.append(dialog.error_text())
        login = pending.pop(0) if pending else None
        if login is None:
            dialog.reject()
            return
        dialog.user.clear()
        dialog.password.clear()
        qtbot.keyClicks(dialog.user, login[0])
        qtbot.keyClicks(dialog.password, login[1])
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        if dialog.isVisible():  # refused: answer again
            QTimer.singleShot(20, answer)

    QTimer.singleShot(20, answer)
    return said


def test_damaged_database_offers_the_newest_good_backup(qtbot, qapp, sqlite_db, admin, no_modal_boxes, lang_id):
    """The newest good backup is offered; an administrator of that backup logs in (a petugas may
    not), and the restore is audited in the restored database."""
    from gudang.db import backup

    users.add_user(sqlite_db, admin, "budi", "petugas", "budi-1234")
    path = Path(sqlite_db.path)
    sqlite_db.dispose()
    good = backup.rotating_backup(path, "daily")
    with open(path, "r+b") as handle:  # wreck the pages after the header
        handle.seek(4096)
        handle.write(b"\xde\xad\xbe\xef" * 4096)
    assert backup.quick_check(path)
    said = answer_restore_login(qtbot, [("budi", "budi-1234"), (ADMIN, PASSWORD)])
    controller = make_controller(qapp, path)
    assert controller.open_database()
    assert [kind for kind, _ in no_modal_boxes] == ["question"]
    assert good.name in no_modal_boxes[0][1]
    assert said[0] == "" and said[1]  # the petugas was refused with a message
    assert not backup.quick_check(path)
    assert setup.has_users(controller.db)
    with controller.db.engine.connect() as conn:
        from sqlalchemy import text

        assert conn.execute(text("SELECT \"user\" FROM audit_entry WHERE action = 'database.restore'")).scalar() \
            == ADMIN
    controller.db.dispose()


def test_damaged_database_is_not_restored_without_an_administrator(qtbot, qapp, sqlite_db, no_modal_boxes, lang_id):
    from gudang.db import backup

    path = Path(sqlite_db.path)
    sqlite_db.dispose()
    backup.rotating_backup(path, "daily")
    with open(path, "r+b") as handle:
        handle.seek(4096)
        handle.write(b"\xde\xad\xbe\xef" * 4096)
    damaged = path.read_bytes()
    answer_restore_login(qtbot, [None])
    controller = make_controller(qapp, path)
    assert controller.open_database() is False
    assert path.read_bytes() == damaged


def test_damaged_database_without_backup_gives_up(qapp, tmp_path, no_modal_boxes, lang_id):
    path = tmp_path / "rusak.sqlite3"
    db = Database(f"sqlite:///{path}")
    setup.initialize(db)
    db.dispose()
    with open(path, "r+b") as handle:
        handle.seek(4096)
        handle.write(b"\x00\xff" * 8192)
    controller = make_controller(qapp, path)
    assert controller.open_database() is False
    assert [kind for kind, _ in no_modal_boxes] == ["critical"]


def test_daily_backup_runs_in_the_background(qapp, sqlite_db, tmp_path):
    from gudang.db import backup

    controller = make_controller(qapp, sqlite_db.path)
    controller.db = sqlite_db
    controller.start_daily_backup()
    controller._backup_thread.join(timeout=30)
    assert [b.reason for b in backup.list_backups(sqlite_db.path)] == ["daily"]


def test_background_check_during_login_restores_a_damaged_file(qtbot, qapp, sqlite_db, admin, no_modal_boxes,
                                                               lang_id):
    """The start as `Controller.run` does it: the check runs while the login dialog is open."""
    from gudang.db import backup

    path = Path(sqlite_db.path)
    sqlite_db.dispose()
    backup.rotating_backup(path, "daily")
    controller = make_controller(qapp, path)
    controller.start_integrity_check()
    assert controller.open_database(check=False)
    assert controller._restore_if_damaged() is None  # sound: nothing to do
    controller.db.dispose()
    with open(path, "r+b") as handle:
        handle.seek(4096)
        handle.write(b"\xde\xad\xbe\xef" * 4096)
    controller = make_controller(qapp, path)
    controller.start_integrity_check()
    try:
        controller.open_database(check=False)
    except Exception:  # noqa: BLE001 - a damaged file may already fail here
        pass
    answer_restore_login(qtbot, [(ADMIN, PASSWORD)])
    assert controller._restore_if_damaged() is True
    assert [kind for kind, _ in no_modal_boxes] == ["question"]
    assert setup.has_users(controller.db) and not backup.quick_check(path)
    controller.db.dispose()


def test_early_check_is_adopted_for_the_same_file_only(qapp, sqlite_db, tmp_path, monkeypatch):
    from gudang.db.early_check import EarlyCheck

    path = Path(sqlite_db.path)
    early = EarlyCheck.start(["--db", str(path)])
    assert early is not None and early.path == path.absolute()
    assert EarlyCheck.start([f"--db=sqlite:///{path}"]).path == path.absolute()
    monkeypatch.setenv("GUDANG_DB", str(path))
    assert EarlyCheck.start([]).path == path.absolute()
    assert EarlyCheck.start(["--db", str(tmp_path / "missing.sqlite3")]) is None
    assert EarlyCheck.start(["--db", "postgresql://u@h/db"]) is None
    controller = make_controller(qapp, path)
    controller.early_check = early
    controller.start_integrity_check()
    assert controller._check_thread is early.thread
    assert controller.integrity_problems() == []
    other = make_controller(qapp, tmp_path / "other.sqlite3")
    other.early_check = early
    other.start_integrity_check()  # no such file: nothing to check, the early one is ignored
    assert other.integrity_problems() == []


def test_main_run_starts_with_login_and_quits_on_cancel(qapp, sqlite_db, monkeypatch, lang_en):
    """`python main.py --db FILE`: the login dialog comes up; Quit ends with status 0."""
    import main
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui.login import LoginDialog

    seen = []

    def close_login():
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, LoginDialog) and w.isVisible()),
                      None)
        if dialog is None:
            QTimer.singleShot(50, close_login)
            return
        seen.append(dialog.windowTitle())
        dialog.reject()

    QTimer.singleShot(50, close_login)
    assert main.run(["--db", str(sqlite_db.path), "--lang", "en"]) == 0
    assert seen == ["Gudang — sign in"]


def test_void_qt_calls_do_not_use_up_none(qapp):
    """PySide6 6.12.0 drops a reference to None on every call of a void Qt method, so on
    Python 3.11 the app aborts ("none_dealloc") after some thousands of calls; pyproject
    pins PySide6 below 6.12. This fails on any version with that bug."""
    import sys

    from PySide6.QtWidgets import QLabel

    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(2_000):
        label.setText("x")
        label.setVisible(False)
    assert abs(sys.getrefcount(None) - before) < 100


def test_a_server_typed_with_its_password_is_refused_and_not_remembered(qapp, tmp_path, no_modal_boxes, lang_id):
    from ui import workstation
    from ui.app import Controller

    controller = Controller(qapp, str(tmp_path / "gudang.sqlite3"), "id")
    assert controller.switch_database("postgresql://gudang_app:rahasia-db@server/gudang") is False
    (kind, text), = no_modal_boxes
    assert kind == "warning" and "Server PostgreSQL tidak boleh berisi kata sandi" in text
    assert "rahasia-db" not in text and "PGPASSWORD" in text
    assert workstation.database() is None and controller.db is None
