"""Every message the core can show has an Indonesian text that fits its id.

The ids are found by scripts/extract_messages.py (N_, tr, _, tx.t and the
literal first argument of a GudangError subclass, anywhere under gudang/).
When a test here fails after adding a message, run

    .venv/bin/python scripts/extract_messages.py --write

and translate the new (empty) entries at the end of gudang/locale/id_core.py,
or put them in the id_<area>.py catalogue of that area.
"""

from __future__ import annotations

import ast
import contextvars
import importlib
import importlib.util
import os
import pkgutil
import string
import subprocess
import sys
from pathlib import Path

import pytest

from gudang import i18n
from gudang.domain.errors import InvalidInput
from gudang.domain.quantity import parse_quantity

ROOT = Path(__file__).resolve().parents[2]
LOCALE = ROOT / "gudang" / "locale"


def _load_extractor():
    spec = importlib.util.spec_from_file_location("extract_messages", ROOT / "scripts" / "extract_messages.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("extract_messages", module)
    spec.loader.exec_module(module)
    return module


extractor = _load_extractor()
USES = extractor.message_ids()
CATALOGUE = extractor.indonesian_catalogue()
MODULES = sorted(info.name for info in pkgutil.iter_modules([str(LOCALE)]) if info.name.startswith("id_"))


def placeholders(text: str) -> set[str]:
    """The replacement fields of a str.format template, as written ({found!r} stays distinct)."""
    fields = set()
    for _, name, spec, conversion in string.Formatter().parse(text):
        if name is not None:
            fields.add(name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else ""))
    return fields


def _where(message_id: str) -> str:
    return ", ".join(use.where() for use in USES[message_id][:3])


# --- the extractor finds what it should -----------------------------------------

def test_the_extractor_finds_the_core_messages():
    assert len(USES) > 200
    for known in ("line {line}, field {field}", "quantity must be a number, not {value}",  # N_
                  "usage error",  # tr(N_(...))
                  "WAYBILL",  # tx.t in gudang/documents
                  "The scan is empty",  # InvalidInput("...") without N_
                  "post a receipt"):  # N_ in a dict of names
        assert known in USES, known


def test_the_extractor_reads_every_way_of_marking_a_message(tmp_path):
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "a.py").write_text(
        "from gudang.i18n import N_, tr, _\n"
        "class Mine(InvalidInput):\n    pass\n"
        "class Deeper(Mine):\n    pass\n"
        "NAMES = {'x': N_('marked {a}')}\n"
        "def f(tx, kind):\n"
        "    t = tx.t\n"
        "    tr('translated'); _('underscore'); tx.t('texts {n}', n=1); t('alias')\n"
        "    tr(NAMES[kind])\n"
        "    raise Deeper('from an error ' 'joined', b=2)\n"
        "def g():\n"
        "    raise GudangError('base ' + 'added')\n"
        "    print('not a message'); other('nor this')\n",
        encoding="utf-8")
    uses, problems = extractor.scan(package)
    assert [u.message_id for u in uses] == [
        "marked {a}", "translated", "underscore", "texts {n}", "alias", "from an error joined", "base added"]
    assert not problems
    (package / "b.py").write_text("from gudang.i18n import tr\ntr(f'bad {1}')\n", encoding="utf-8")
    assert len(extractor.scan(package)[1]) == 1


def test_write_appends_empty_entries_that_the_tests_then_reject(tmp_path, monkeypatch):
    catalogue = tmp_path / "id_core.py"
    catalogue.write_text('MESSAGES: dict[str, str] = {\n    "old": "lama",\n}\n', encoding="utf-8")
    monkeypatch.setattr(extractor, "CORE_CATALOGUE", catalogue)
    use = next(iter(USES.values()))
    odd = 'say "{name}"\\n\nnow'
    extractor.append_stubs([odd, "plain"], {odd: use, "plain": use})
    assert extractor.core_catalogue_ids() == {"old": "lama", odd: "", "plain": ""}


# --- (a) every id has an Indonesian text ------------------------------------------

def test_every_message_id_has_an_indonesian_translation():
    missing = [f"{m!r} ({_where(m)})" for m in USES if m not in CATALOGUE]
    assert not missing, (
        f"{len(missing)} message ids have no Indonesian text; run scripts/extract_messages.py --write "
        "and translate them:\n" + "\n".join(missing))


# --- (b) the same {placeholders} --------------------------------------------------

@pytest.mark.parametrize("module", MODULES)
def test_translations_keep_the_placeholders_of_their_id(module):
    messages = importlib.import_module(f"gudang.locale.{module}").MESSAGES
    wrong = []
    for message_id, text in messages.items():
        if placeholders(message_id) != placeholders(text):
            wrong.append(f"{message_id!r}: {sorted(placeholders(message_id))} "
                         f"-> {text!r}: {sorted(placeholders(text))}")
    assert not wrong, "\n".join(wrong)


def test_every_translation_formats_with_the_parameters_of_its_id():
    class Anything:
        def __format__(self, spec):
            return "x"

        def __repr__(self):
            return "x"

    for message_id, text in CATALOGUE.items():
        params = {p.split("!")[0].split(":")[0].split(".")[0].split("[")[0]: Anything()
                  for p in placeholders(message_id)}
        message_id.format(**params)
        text.format(**params)


# --- (c) the core speaks Indonesian by default, English when asked -----------------

def _quantity_error() -> str:
    with pytest.raises(InvalidInput) as raised:
        parse_quantity("abc")
    return str(raised.value)


def test_a_core_error_is_indonesian_by_default_and_english_on_request():
    # A fresh context: the language nobody has set yet.
    fresh = contextvars.Context()
    assert fresh.run(i18n.get_language) == "id"
    assert fresh.run(_quantity_error) == "jumlah harus berupa angka, bukan abc"

    def in_english():
        i18n.set_language("en")
        return _quantity_error()

    assert fresh.run(in_english) == "quantity must be a number, not abc"


def test_where_an_error_is_follows_the_language():
    def error_at_line_2(lang):
        i18n.set_language(lang)
        from gudang.domain.inputs import where_line

        with pytest.raises(InvalidInput) as raised:
            try:
                parse_quantity("0")
            except InvalidInput as error:
                raise error.at(where_line(2, "qty"))
        return raised.value.message

    assert contextvars.Context().run(error_at_line_2, "id") == "baris 2, kolom qty: jumlah harus lebih dari nol"
    assert contextvars.Context().run(error_at_line_2, "en") == "line 2, field qty: quantity must be greater than zero"


def test_quantities_in_a_message_are_written_as_its_reader_writes_numbers():
    """"2.5" in an Indonesian message reads as twenty-five; the core printed quantities the
    English way in both languages (a clerk saw "2.5 has decimals" on the counting page)."""
    from decimal import Decimal

    from gudang.domain.errors import InsufficientStock
    from gudang.i18n import N_

    error = InsufficientStock(N_("insufficient stock of {sku}: {need} {unit} needed, {available} available"),
                              sku="BRS", need=Decimal("1234567"), unit="sak", available=Decimal("2.500"))

    def message(lang):
        i18n.set_language(lang)
        return error.message

    assert contextvars.Context().run(message, "id") == "stok BRS tidak cukup: diperlukan 1.234.567 sak, tersedia 2,5"
    assert contextvars.Context().run(message, "en") == "insufficient stock of BRS: 1,234,567 sak needed, 2.5 available"


def test_the_command_reports_in_indonesian_unless_told_otherwise(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("GUDANG_")}
    env["PYTHONPATH"] = str(ROOT)
    missing = tmp_path / "tidak-ada.sqlite3"
    command = [sys.executable, "-m", "gudang", "--db", str(missing), "stock"]
    run = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert run.returncode == 1
    assert "tidak ada basis data di" in run.stderr and "jalankan `gudang init`" in run.stderr
    run = subprocess.run(command[:1] + ["-m", "gudang", "--lang", "en"] + command[3:], env=env,
                         capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert run.returncode == 1
    assert "no database at" in run.stderr and "run `gudang init` first" in run.stderr


# --- (d) no empty translation -----------------------------------------------------

@pytest.mark.parametrize("module", MODULES)
def test_no_translation_is_empty(module):
    messages = importlib.import_module(f"gudang.locale.{module}").MESSAGES
    empty = [m for m, text in messages.items() if not isinstance(text, str) or not text.strip()]
    assert not empty, f"untranslated in gudang/locale/{module}.py:\n" + "\n".join(map(repr, empty))


# --- the catalogues stay consistent ------------------------------------------------

@pytest.mark.parametrize("module", MODULES)
def test_no_id_is_written_twice_in_one_catalogue(module):
    tree = ast.parse((LOCALE / f"{module}.py").read_text(encoding="utf-8"))
    seen, twice = set(), []
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            for key in node.keys:
                value = ast.literal_eval(key) if key is not None else None
                if isinstance(value, str):
                    if value in seen:
                        twice.append(value)
                    seen.add(value)
    assert not twice, twice


def test_the_core_catalogue_does_not_contradict_another():
    core = importlib.import_module("gudang.locale.id_core").MESSAGES
    clashes = []
    for module in MODULES:
        if module == "id_core":
            continue
        for message_id, text in importlib.import_module(f"gudang.locale.{module}").MESSAGES.items():
            if message_id in core and core[message_id] != text:
                clashes.append(f"{message_id!r}: id_core {core[message_id]!r}, {module} {text!r}")
    assert not clashes, "\n".join(clashes)
