"""Translation of the core's user-visible texts.

Message ids are English; Indonesian is the default language. Catalogues are
plain dicts in `gudang/locale/<lang>.py` (module attribute `MESSAGES`), so the
core needs no compiled files and a test can check that every id used in the
code has a translation. The Qt side uses Qt's own .ts/.qm for its widgets and
calls `set_language` so core messages follow the same choice.
"""

from __future__ import annotations

import importlib
from contextvars import ContextVar

DEFAULT_LANGUAGE = "id"
LANGUAGES = ("id", "en")

_language: ContextVar[str] = ContextVar("gudang_language", default=DEFAULT_LANGUAGE)
_catalogues: dict[str, dict[str, str]] = {}


def set_language(lang: str) -> None:
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}")
    _language.set(lang)


def get_language() -> str:
    return _language.get()


def _catalogue(lang: str) -> dict[str, str]:
    if lang not in _catalogues:
        if lang == "en":
            _catalogues[lang] = {}
        else:
            module = importlib.import_module(f"gudang.locale.{lang}")
            _catalogues[lang] = module.MESSAGES
    return _catalogues[lang]


def tr(message_id: str, lang: str | None = None) -> str:
    """Translate a message id into the current (or given) language."""
    return _catalogue(lang or get_language()).get(message_id, message_id)


def N_(message_id: str) -> str:
    """Mark a message id for translation without translating it yet."""
    return message_id


_ = tr
