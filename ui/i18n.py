"""Language for the Qt side: the translator and number/date formatting.

Every widget text goes through Qt's translation (`self.tr`,
`QCoreApplication.translate`) with English source strings; the Indonesian
catalogue is resources/translations/gudang_id.qm (built by
scripts/build_translations.py). `install` also switches the core's message
catalogue (gudang.i18n), so service errors follow the same language.

Numbers and dates are formatted here, not by the widgets: Indonesian uses
1.234,5 and 27/11/2026; English 1,234.5 and 27/11/2026. Numbers go through the core's
one parser and formatter (gudang.domain.numbers), in the language chosen here.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from gudang import i18n as core_i18n
from gudang import paths
from gudang.domain import numbers

TRANSLATIONS = paths.resource("translations")
LANGUAGES = core_i18n.LANGUAGES
_state = {"lang": core_i18n.DEFAULT_LANGUAGE, "translators": []}


def language() -> str:
    return _state["lang"]


def install(lang: str, app: QCoreApplication | None = None) -> str:
    """Switch the whole application (Qt texts and core messages) to `lang`."""
    if lang not in LANGUAGES:
        lang = core_i18n.DEFAULT_LANGUAGE
    app = app or QCoreApplication.instance()
    for old in _state["translators"]:
        app.removeTranslator(old)
    _state["translators"] = []
    if lang != "en":
        ours = QTranslator(app)
        if ours.load(str(TRANSLATIONS / f"gudang_{lang}.qm")):
            app.installTranslator(ours)
            _state["translators"].append(ours)
        from PySide6.QtCore import QLibraryInfo

        qt_base = QTranslator(app)  # Qt's own dialog buttons (OK, Cancel, ...)
        if qt_base.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_base)
            _state["translators"].append(qt_base)
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia) if lang == "id"
                       else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    core_i18n.set_language(lang)
    _state["lang"] = lang
    return lang


def fmt_number(value: Decimal | int | float | None, places: int | None = None) -> str:
    """1.234,5 (id) or 1,234.5 (en); trailing zeros dropped unless `places` is given.
    (gudang.domain.numbers.format_decimal, the one formatter of screens and documents.)"""
    if value is None:
        return ""
    if not isinstance(value, Decimal):
        value = Decimal(str(value))
    return numbers.format_decimal(value, places, _state["lang"])


def fmt_int(value: int | None) -> str:
    return "" if value is None else fmt_number(Decimal(value))


def parse_number(text: str) -> Decimal:
    """A number typed in the current language's notation ("1.500" is 1500 and "2,5" is 2.5 in
    Indonesian; "2.5" is refused there, never guessed). Empty is 0. Raises InvalidInput (a
    GudangError) naming the problem: gudang.domain.numbers.parse_decimal."""
    if not text or not text.strip():
        return Decimal(0)
    return numbers.parse_decimal(text, _state["lang"])


def parse_amount(text: str) -> tuple[Decimal, str | None]:
    """A quantity typed into a cell, with an optional unit ("5 dus"): numbers.parse_amount."""
    return numbers.parse_amount(text, _state["lang"])


def fmt_date(value: dt.date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def fmt_datetime(value: dt.datetime | None, *, utc: bool = True) -> str:
    """A stored (naive UTC) time shown in local time."""
    if value is None:
        return ""
    if utc:
        value = value.replace(tzinfo=dt.UTC).astimezone()
    return value.strftime("%d/%m/%Y %H:%M")


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
