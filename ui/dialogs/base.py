"""An edit dialog whose problems appear next to the field they concern.

Inputs are validated by the core's own `checked()` (pure, no database) before
anything is sent: a GudangError that names a field (`error.where ==
where_field(name)`) is shown under that field; anything else (a duplicate
code found by the service) in a banner above the buttons. The save itself
goes through `Operations.run` like every other change.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget,
)

from gudang.domain.errors import GudangError
from gudang.domain.inputs import where_field
from ui.operations import Operations


class FieldDialog(QDialog):
    def __init__(self, ops: Operations, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.result_row = None
        self.setWindowTitle(title)
        self.setMinimumWidth(680)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 18, 20, 14)
        outer.setSpacing(10)
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(16)
        self.form.setVerticalSpacing(6)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        outer.addLayout(self.form)
        self.banner = QLabel()
        self.banner.setObjectName("ErrorBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        outer.addWidget(self.banner)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self._errors: dict[str, QLabel] = {}

    def add_field(self, name: str, label: str, widget: QWidget, hint: str = "") -> QWidget:
        """A form row; `name` is the core's field name, used to place its errors."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        if hint:
            note = QLabel(hint)
            note.setObjectName("Muted")
            note.setWordWrap(True)
            column.addWidget(note)
        error = QLabel()
        error.setObjectName("FieldError")
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        self._errors[name] = error
        self.form.addRow(label, box)
        widget.setAccessibleName(label)
        setattr(self, f"field_{name.replace('-', '_')}", widget)
        return widget

    def clear_errors(self) -> None:
        for label in self._errors.values():
            label.hide()
            label.setText("")
        self.banner.hide()

    def field_error(self, name: str) -> str:
        label = self._errors.get(name)
        return label.text() if label is not None and not label.isHidden() else ""

    def banner_text(self) -> str:
        return self.banner.text() if not self.banner.isHidden() else ""

    def show_error(self, error: GudangError | str) -> None:
        if isinstance(error, GudangError):
            for name, label in self._errors.items():
                if error.where == where_field(name):
                    where, error.where = error.where, None
                    label.setText(error.message)
                    error.where = where
                    label.show()
                    self.adjustSize()
                    widget = getattr(self, f"field_{name.replace('-', '_')}", None)
                    if widget is not None:
                        widget.setFocus()
                    return
            error = error.message
        self.banner.setText(error)
        self.banner.show()
        self.adjustSize()

    def validate(self, build: Callable[[], object]):
        """Build and check the input; show its problem and return None if it has one."""
        self.clear_errors()
        try:
            return build()
        except GudangError as error:
            self.show_error(error)
            return None

    def submit(self, service, *args, changes) -> object | None:
        """Run the service; a refusal is shown next to its field (or above the buttons) and the
        dialog stays open."""
        result = self.ops.execute(service, *args, changes=changes, parent=self)
        if not result.ok:
            self.show_error(result.error if result.refused else result.message)
            return None
        return result.value

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.adjustSize()  # room for every hint and error under its field

    def save(self) -> None:  # overridden
        raise NotImplementedError
