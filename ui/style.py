"""The look: calm neutral surfaces, BPBD blue for structure, orange for the one
thing that needs attention. Generous rows and a clearly visible focus, for
all-day use on a warehouse PC."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QColor, QFont, QIcon
from PySide6.QtWidgets import QApplication

from gudang import paths

ICONS = paths.resource("icons")

BLUE = "#1f4e79"  # BPBD blue
BLUE_LIGHT = "#e8f0f8"
ORANGE = "#e67e22"  # BPBD orange, sparingly
TEXT = "#1d2733"
MUTED = "#5b6b7b"
BORDER = "#d5dde5"
SURFACE = "#f5f7fa"

# Expiry colours: always shown with a text and an icon as well, never alone.
EXPIRED_BG, SOON_BG, WARN_BG = QColor("#fbe3e1"), QColor("#fde9d3"), QColor("#fdf6cf")
EXPIRED_FG, SOON_FG, WARN_FG = QColor("#9c1c13"), QColor("#8a4300"), QColor("#6b5500")
INACTIVE_FG = QColor("#8795a3")

ROW_HEIGHT = 32


@lru_cache(maxsize=None)
def icon(name: str) -> QIcon:
    path = ICONS / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def app_icon() -> QIcon:
    """The application's own icon (window, taskbar): resources/icons/gudang.svg and .png."""
    result = QIcon(str(ICONS / "gudang.svg"))
    result.addFile(str(ICONS / "gudang.png"))
    return result


STYLESHEET = f"""
QWidget {{ color: {TEXT}; font-size: 10pt; }}
QMainWindow, QDialog {{ background: white; }}
QToolTip {{ color: {TEXT}; background: white; border: 1px solid {BORDER}; padding: 4px; }}

#Sidebar {{ background: {SURFACE}; border: none; border-right: 1px solid {BORDER}; outline: 0; }}
#Sidebar::item {{ padding: 9px 12px; margin: 2px 6px; border-radius: 6px; color: {TEXT}; }}
#Sidebar::item:hover {{ background: {BLUE_LIGHT}; }}
#Sidebar::item:selected {{ background: {BLUE}; color: white; }}
#SidebarTitle {{ color: {BLUE}; font-size: 14pt; font-weight: 600; padding: 14px 14px 2px 14px; }}
#SidebarSubtitle {{ color: {MUTED}; font-size: 8.5pt; padding: 0 14px 10px 14px; }}

#PageTitle {{ font-size: 16pt; font-weight: 600; color: {TEXT}; }}
#PageHint {{ color: {MUTED}; }}
#SectionTitle {{ font-size: 11pt; font-weight: 600; color: {BLUE}; }}
#Muted {{ color: {MUTED}; }}
#FieldError {{ color: #b3261e; }}
#ErrorBanner {{ color: #b3261e; background: #fdecea; border: 1px solid #f3c2bd; border-radius: 4px; padding: 6px; }}
#InfoBanner {{ color: {TEXT}; background: {BLUE_LIGHT}; border: 1px solid #c5d7ea; border-radius: 4px; padding: 6px; }}

QScrollArea#PageScroll, QScrollArea#PageScroll > QWidget, QWidget#PageBody {{ background: white; }}
#Card {{ background: white; border: 1px solid {BORDER}; border-radius: 8px; }}
#Tile {{ background: white; border: 1px solid {BORDER}; border-radius: 8px; text-align: left; padding: 10px 14px; }}
#Tile:hover {{ border-color: {BLUE}; background: {BLUE_LIGHT}; }}
#Tile:focus {{ border: 2px solid {ORANGE}; }}

QPushButton {{ background: white; border: 1px solid #b9c6d3; border-radius: 5px; padding: 6px 14px; min-height: 22px; }}
QPushButton:hover {{ background: {BLUE_LIGHT}; border-color: {BLUE}; }}
QPushButton:pressed {{ background: #d3e2f1; }}
QPushButton:disabled {{ color: #9aa7b4; border-color: {BORDER}; background: {SURFACE}; }}
QPushButton:default, QPushButton#Primary {{ background: {BLUE}; color: white; border-color: {BLUE}; }}
QPushButton:default:hover, QPushButton#Primary:hover {{ background: #2a6297; }}
QPushButton:default:disabled, QPushButton#Primary:disabled {{ color: #9aa7b4; border-color: {BORDER}; background: {SURFACE}; }}
QPushButton:focus {{ outline: none; border: 2px solid {ORANGE}; }}

QLineEdit, QComboBox, QSpinBox, QDoubleSpinBox, QDateEdit, QPlainTextEdit {{
    border: 1px solid #b9c6d3; border-radius: 4px; padding: 5px 7px; min-height: 20px; background: white; }}
QLineEdit:focus, QComboBox:focus, QSpinBox:focus, QDoubleSpinBox:focus, QDateEdit:focus, QPlainTextEdit:focus {{
    border: 2px solid {ORANGE}; padding: 4px 6px; }}
QLineEdit:read-only {{ background: {SURFACE}; }}
QComboBox {{ padding-right: 24px; combobox-popup: 0; }}
QComboBox::drop-down {{ subcontrol-origin: padding; subcontrol-position: center right; width: 22px; border: none; }}
QComboBox::down-arrow {{ image: url({(ICONS / "chevron-down.svg").as_posix()}); width: 12px; height: 12px; }}
QSpinBox, QDoubleSpinBox, QDateEdit {{ padding-right: 22px; }}
QSpinBox::up-button, QDoubleSpinBox::up-button, QDateEdit::up-button {{ subcontrol-origin: border;
    subcontrol-position: top right; width: 20px; border: none; }}
QSpinBox::down-button, QDoubleSpinBox::down-button, QDateEdit::down-button {{ subcontrol-origin: border;
    subcontrol-position: bottom right; width: 20px; border: none; }}
QSpinBox::up-arrow, QDoubleSpinBox::up-arrow, QDateEdit::up-arrow {{ image: url({(ICONS / "chevron-up.svg").as_posix()}); width: 10px; height: 10px; }}
QSpinBox::down-arrow, QDoubleSpinBox::down-arrow, QDateEdit::down-arrow {{ image: url({(ICONS / "chevron-down.svg").as_posix()}); width: 10px; height: 10px; }}
QDateEdit::drop-down {{ subcontrol-origin: padding; subcontrol-position: center right; width: 22px; border: none; }}
QComboBox QAbstractItemView {{ selection-background-color: {BLUE}; selection-color: white; outline: 0; }}
QComboBox QAbstractItemView::item {{ min-height: 26px; padding: 0 6px; }}
QCheckBox {{ spacing: 8px; }}

QTableView {{ border: 1px solid {BORDER}; gridline-color: #edf1f5; selection-background-color: #cfe0f1;
    selection-color: {TEXT}; alternate-background-color: #fafbfd; }}
QTableView:focus {{ border: 1px solid {BLUE}; }}
QHeaderView::section {{ background: {SURFACE}; border: none; border-bottom: 1px solid {BORDER};
    border-right: 1px solid #e6ebf0; padding: 6px 8px; font-weight: 600; color: #3a4a5a; }}

QPushButton#Attention {{ background: #fff4e5; border: 1px solid {ORANGE}; color: #8a4300; font-weight: 600;
    padding: 4px 12px; }}
QPushButton#Attention:hover {{ background: #fde9d3; }}

QTabWidget::pane {{ border: 1px solid {BORDER}; border-radius: 4px; top: -1px; }}
QTabBar::tab {{ padding: 8px 16px; border: 1px solid transparent; color: {MUTED}; }}
QTabBar::tab:selected {{ color: {BLUE}; border-bottom: 3px solid {ORANGE}; font-weight: 600; }}
QGroupBox {{ background: white; border: 1px solid {BORDER}; border-radius: 6px; margin-top: 14px; padding: 12px 10px 10px 10px; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 10px; padding: 0 4px; color: {BLUE}; font-weight: 600; }}
QStatusBar {{ background: {SURFACE}; border-top: 1px solid {BORDER}; color: {MUTED}; }}
QStatusBar QLabel {{ color: {MUTED}; padding: 0 10px; }}
QToolButton#UserMenu {{ color: {TEXT}; padding: 2px 8px; border: none; }}
QToolButton#UserMenu:hover {{ background: {BLUE_LIGHT}; border-radius: 4px; }}
"""


def apply(app: QApplication) -> None:
    app.setStyle("Fusion")
    font = QFont(app.font())
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    app.setFont(font)
    app.setStyleSheet(STYLESHEET)


def configure_table(view) -> None:
    """Common table view settings: generous rows, no editing, whole-row selection."""
    from PySide6.QtWidgets import QAbstractItemView, QHeaderView

    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    view.setShowGrid(False)
