"""Small form pieces shared by the operations pages: an optional date, a combo box
that shows all its entries, and the dialog that asks for a reason."""

from __future__ import annotations

import datetime as dt
from typing import Callable

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QDialogButtonBox, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget,
)

from ui.operations import OpResult

NO_DATE = QDate(2000, 1, 1)


class OptionalDateEdit(QDateEdit):
    """A date that may be left empty (shown as `empty_text`): the filter is then not applied."""

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("dd/MM/yyyy")
        self.setCalendarPopup(True)
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(empty_text)
        self.setDate(NO_DATE)
        self.calendarWidget().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        # An empty date opens its calendar on this month, not on January 2000.
        if watched is self.calendarWidget() and event.type() == QEvent.Type.Show and self.date() == NO_DATE:
            today = QDate.currentDate()
            watched.setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)

    def value(self) -> dt.date | None:
        date = self.date()
        return None if date == NO_DATE else date.toPython()

    def set_value(self, value: dt.date | None) -> None:
        self.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)

    def clear_value(self) -> None:
        self.setDate(NO_DATE)


def short_combo(combo: QComboBox) -> QComboBox:
    """A combo box whose popup shows every entry at once. The application's style sheet
    already makes every popup a plain list (`combobox-popup: 0`: Fusion's own popup cut
    short lists to their first entries); this also lets up to 20 entries show unscrolled."""
    combo.setMaxVisibleItems(max(20, min(combo.count(), 30)))
    return combo


def date_value(edit: QDateEdit) -> dt.date:
    return edit.date().toPython()


class ReasonDialog(QDialog):
    """Asks for a reason (cancel a document, quarantine a lot...) and runs `action(reason)`;
    a refusal is shown in the dialog, which stays open."""

    def __init__(self, title: str, question: str, action: Callable[[str], OpResult], *, ok_text: str,
                 placeholder: str = "", parent: QWidget | None = None, multiline: bool = False,
                 extra: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.action = action
        self.result_value = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.setSpacing(10)
        label = QLabel(question)
        label.setWordWrap(True)
        layout.addWidget(label)
        if extra is not None:
            layout.addWidget(extra)
        self.reason = QPlainTextEdit() if multiline else QLineEdit()
        self.reason.setPlaceholderText(placeholder)
        self.reason.setAccessibleName(self.tr("Reason"))
        if multiline:
            self.reason.setFixedHeight(80)
        label.setBuddy(self.reason)
        layout.addWidget(self.reason)
        self.error = QLabel()
        self.error.setObjectName("FieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Back"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.reason.setFocus(Qt.FocusReason.OtherFocusReason)

    def text(self) -> str:
        return self.reason.toPlainText() if isinstance(self.reason, QPlainTextEdit) else self.reason.text()

    def error_text(self) -> str:
        return self.error.text() if not self.error.isHidden() else ""

    def submit(self) -> None:
        result = self.action(self.text())
        if not result.ok:
            self.error.setText(result.message)
            self.error.show()
            self.reason.setFocus()
            return
        self.result_value = result.value
        self.accept()
