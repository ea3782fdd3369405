"""An edit dialog whose problems appear next to the field they concern, all at once.

Inputs are validated by the core's own `checked()` (pure, no database) before
anything is sent: a GudangError that names a field (`error.where ==
where_field(name)`) is shown under that field; anything else (a duplicate
code found by the service) in a banner above the buttons. Every problem of
the form shows at once: a number that cannot be read is noted and the rest is
still checked (`parse_field`), and each field `checked()` refuses is set aside
and the rest checked again (`check_all`). The save itself goes through
`Operations.execute` like every other change. The dialog opens with the focus
on its first field.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Callable, Mapping

from PySide6.QtCore import Qt, QTimer
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
        self._fields: list[QWidget] = []
        self._noted: list[GudangError] = []

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
        self._fields.append(widget)
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

    def field_of(self, error: GudangError) -> str | None:
        """The name of the form field an error concerns, if it is one of this form's."""
        return next((name for name in self._errors if error.where == where_field(name)), None)

    def show_error(self, error: GudangError | str, *, focus: bool = True) -> None:
        if isinstance(error, GudangError):
            name = self.field_of(error)
            if name is not None:
                label = self._errors[name]
                where, error.where = error.where, None
                label.setText(error.message)
                error.where = where
                label.show()
                self.adjustSize()
                widget = getattr(self, f"field_{name.replace('-', '_')}", None)
                if widget is not None and focus:
                    widget.setFocus()
                return
            error = error.message
        self.banner.setText(error)
        self.banner.show()
        self.adjustSize()

    def show_errors(self, errors: list[GudangError]) -> None:
        """Every problem under its field; the focus on the first of them in the form's order."""
        order = {name: i for i, name in enumerate(self._errors)}
        errors = sorted(errors, key=lambda e: order.get(self.field_of(e), len(order)))
        for i, error in enumerate(errors):
            self.show_error(error, focus=i == 0)

    def parse_field(self, name: str, parse: Callable[[str], Any], text: str, fallback: Any = None) -> Any:
        """Read one typed value (a number...) for `build`; a problem is noted for `validate`
        (shown with the others) and `fallback` lets the rest of the form still be checked."""
        try:
            return parse(text)
        except GudangError as error:
            if error.where is None:
                error.at(where_field(name))
            self._noted.append(error)
            return fallback

    def check_all(self, data, fallbacks: Mapping[str, tuple[str, Any]]) -> tuple[object | None, list[GudangError]]:
        """`data.checked()`, collecting the problem of every field: a refused field (form name ->
        (attribute, harmless value)) is set aside and the rest checked again."""
        problems: list[GudangError] = []
        seen: set[str] = set()
        while True:
            try:
                return data.checked(), problems
            except GudangError as error:
                problems.append(error)
                name = self.field_of(error)
                if name is None or name in seen or name not in fallbacks:
                    return None, problems
                seen.add(name)
                attribute, harmless = fallbacks[name]
                data = replace(data, **{attribute: harmless})

    def validate(self, build: Callable[[], object], fallbacks: Mapping[str, tuple[str, Any]] | None = None):
        """Build and check the input; show every problem (each next to its field) and return
        None if there is one. With `fallbacks`, `build` returns the input unchecked and
        `check_all` finds every field `checked()` refuses."""
        self.clear_errors()
        self._noted = []
        try:
            data = build()
        except GudangError as error:
            self.show_errors(self._noted + [error])
            return None
        problems: list[GudangError] = []
        if fallbacks is not None:
            data, problems = self.check_all(data, fallbacks)
        noted = {self.field_of(e) for e in self._noted}
        problems = self._noted + [p for p in problems if self.field_of(p) not in noted or self.field_of(p) is None]
        if problems:
            self.show_errors(problems)
            return None
        return data

    def submit(self, service, *args, changes) -> object | None:
        """Run the service; a refusal is shown next to its field (or above the buttons) and the
        dialog stays open."""
        result = self.ops.execute(service, *args, changes=changes, parent=self)
        if not result.ok:
            self.show_error(result.error if result.refused else result.message)
            return None
        return result.value

    def first_field(self) -> QWidget | None:
        """The first field the user can type in (not a read-only code of an existing row)."""
        for widget in self._fields:
            editable = widget.isEnabled() and not (hasattr(widget, "isReadOnly") and widget.isReadOnly())
            if editable and widget.isVisibleTo(self):
                return widget
        return None

    def adjustSize(self) -> None:
        """Room for every hint and error under its field, wrapped at the dialog's width."""
        super().adjustSize()
        needed = self.layout().totalHeightForWidth(self.width()) if self.layout().hasHeightForWidth() else -1
        if needed > self.height():
            self.resize(self.width(), needed)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.adjustSize()
        first = self.first_field()
        if first is not None and not self.banner.isVisible() and not any(
                label.isVisible() for label in self._errors.values()):
            QTimer.singleShot(0, first, first.setFocus)  # `first` as context: no call once it is gone

    def save(self) -> None:  # overridden
        raise NotImplementedError
