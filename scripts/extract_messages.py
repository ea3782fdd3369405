#!/usr/bin/env python3
"""List the core's message ids that have no Indonesian translation yet.

Walks gudang/**/*.py with the `ast` module (nothing is imported or run) and
collects every string literal that is the first argument of

- `N_("...")`, `tr("...")` or `_("...")` (gudang.i18n),
- `tx.t("...")` in gudang/documents, and `t("...")` where `t = tx.t`,
- a `GudangError` subclass, e.g. `InvalidInput("...", value=...)`: the error
  translates its message id when shown, so a literal passed to it is a
  message id even without `N_`.

Prints the ids missing from `gudang.locale.id.MESSAGES` (every id_*.py
catalogue merged), one a line with where it is used, and exits 1 if any is
missing. With `--write` the missing ids are appended to
gudang/locale/id_core.py with an EMPTY translation, which
tests/unit/test_core_translations.py rejects until someone writes the
Indonesian text by hand (a script cannot translate).

    .venv/bin/python scripts/extract_messages.py            # report
    .venv/bin/python scripts/extract_messages.py --write    # append stubs to id_core.py
    .venv/bin/python scripts/extract_messages.py --unused   # id_core.py ids no longer used
"""

from __future__ import annotations

import argparse
import ast
import importlib
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "gudang"
CORE_CATALOGUE = PACKAGE / "locale" / "id_core.py"

TRANSLATORS = {"N_", "tr", "_"}
# Exceptions that take a message id as their first argument (gudang/domain/errors.py);
# subclasses defined anywhere under gudang/ are found by walking the class bases.
ERROR_BASES = {"GudangError"}


@dataclass(frozen=True)
class Use:
    message_id: str
    path: Path
    line: int

    def where(self) -> str:
        return f"{self.path.relative_to(ROOT)}:{self.line}"


@dataclass(frozen=True)
class Problem:
    """A translation call whose first argument is not a plain literal (not extractable)."""

    path: Path
    line: int
    what: str


def python_files(package: Path = PACKAGE) -> list[Path]:
    return sorted(p for p in package.rglob("*.py") if "__pycache__" not in p.parts)


def _literal(node: ast.AST) -> str | None:
    """The value of a string literal, also "a" "b" and "a" + "b"; else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _literal(node.left), _literal(node.right)
        if left is not None and right is not None:
            return left + right
    return None


def _name_of(node: ast.AST) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _is_tx_t(node: ast.AST) -> bool:
    """`tx.t` or `<something>.tx.t`: the documents' Texts.t."""
    return (isinstance(node, ast.Attribute) and node.attr == "t"
            and _name_of(node.value) in {"tx", "texts", "Texts"})


def error_classes(trees: Iterable[ast.Module]) -> set[str]:
    """Names of GudangError and of every class under gudang/ derived from it."""
    bases: dict[str, set[str]] = {}
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases.setdefault(node.name, set()).update(
                    n for n in (_name_of(b) for b in node.bases) if n)
    found = set(ERROR_BASES)
    changed = True
    while changed:
        changed = False
        for name, parents in bases.items():
            if name not in found and parents & found:
                found.add(name)
                changed = True
    return found


def _aliases(tree: ast.Module) -> set[str]:
    """Local names bound to a translator: `t = tx.t`, `gettext = tr`."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and (
                _is_tx_t(node.value) or (isinstance(node.value, ast.Name) and node.value.id in TRANSLATORS)):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
    return names


def _calls(tree: ast.Module, path: Path, errors: set[str]) -> Iterator[Use | Problem]:
    translators = TRANSLATORS | _aliases(tree)
    # Inside gudang/domain/errors.py the classes forward a variable, and
    # `super().__init__(message_id)` is not a message either: only literals count.
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        func = node.func
        if isinstance(func, ast.Name) and func.id in translators:
            kind = "translator"
        elif _is_tx_t(func):
            kind = "translator"
        elif _name_of(func) in errors:
            kind = "error"
        else:
            continue
        first = node.args[0]
        value = _literal(first)
        if value is not None:
            yield Use(value, path, node.lineno)
        elif kind == "translator" and isinstance(first, ast.JoinedStr):
            yield Problem(path, node.lineno, "an f-string cannot be a message id; use {named} fields")
        # A variable or an expression (tr(NAMES[kind]), InvalidInput(message_id)) is
        # fine when the values were marked with N_ where they are defined.


def scan(package: Path = PACKAGE) -> tuple[list[Use], list[Problem]]:
    """Every use of a message id under `package`, in file and line order."""
    parsed = [(path, ast.parse(path.read_text(encoding="utf-8"), filename=str(path)))
              for path in python_files(package)]
    # The error classes of gudang/domain/errors.py count also when scanning another folder.
    core_errors = PACKAGE / "domain" / "errors.py"
    extra = [ast.parse(core_errors.read_text(encoding="utf-8"))] if core_errors.exists() else []
    errors = error_classes([tree for _, tree in parsed] + extra)
    uses: list[Use] = []
    problems: list[Problem] = []
    for path, tree in parsed:
        for found in _calls(tree, path, errors):
            (uses if isinstance(found, Use) else problems).append(found)
    uses.sort(key=lambda u: (u.path, u.line))
    return uses, problems


def message_ids(package: Path = PACKAGE) -> dict[str, list[Use]]:
    """Message id -> its uses, in order of first use."""
    ids: dict[str, list[Use]] = {}
    for use in scan(package)[0]:
        ids.setdefault(use.message_id, []).append(use)
    return ids


def indonesian_catalogue() -> dict[str, str]:
    """gudang.locale.id.MESSAGES as it is on disk now (every id_*.py merged)."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    importlib.invalidate_caches()
    for name in [n for n in sys.modules if n == "gudang.locale.id" or n.startswith("gudang.locale.id_")]:
        del sys.modules[name]
    return dict(importlib.import_module("gudang.locale.id").MESSAGES)


def core_catalogue_ids() -> dict[str, str]:
    """The ids and texts of gudang/locale/id_core.py, read without importing it."""
    if not CORE_CATALOGUE.exists():
        return {}
    tree = ast.parse(CORE_CATALOGUE.read_text(encoding="utf-8"))
    for node in tree.body:
        target = node.target if isinstance(node, ast.AnnAssign) else (
            node.targets[0] if isinstance(node, ast.Assign) else None)
        if isinstance(target, ast.Name) and target.id == "MESSAGES":
            return ast.literal_eval(node.value)
    return {}


def py_string(text: str) -> str:
    """A double-quoted Python literal for `text`."""
    body = (text.replace("\\", "\\\\").replace('"', '\\"')
            .replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t"))
    return f'"{body}"'


def append_stubs(missing: list[str], uses: dict[str, list[Use]]) -> None:
    """Add `"id": "",` entries before the closing brace of id_core.py's MESSAGES."""
    if not CORE_CATALOGUE.exists():
        CORE_CATALOGUE.write_text(
            '"""Indonesian texts of the core messages no other id_*.py catalogue translates."""\n\n'
            "MESSAGES: dict[str, str] = {\n}\n", encoding="utf-8")
    source = CORE_CATALOGUE.read_text(encoding="utf-8")
    end = source.rstrip().rfind("}")
    if end < 0:
        raise SystemExit(f"{CORE_CATALOGUE}: no closing brace of MESSAGES found")
    lines = ["    # --- new, from scripts/extract_messages.py: translate, then move to its group ---\n"]
    for message_id in missing:
        lines.append(f"    # {uses[message_id][0].where()}\n")
        lines.append(f"    {py_string(message_id)}: \"\",\n")
    head = source[:end]
    if not head.endswith("\n"):
        head += "\n"
    CORE_CATALOGUE.write_text(head + "".join(lines) + source[end:], encoding="utf-8")
    core_catalogue_ids()  # fails loudly if the result is not a valid dict literal


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true",
                        help="append the missing ids to gudang/locale/id_core.py with empty texts")
    parser.add_argument("--all", action="store_true", help="list every message id found, translated or not")
    parser.add_argument("--unused", action="store_true",
                        help="list the ids in id_core.py that the code no longer uses")
    args = parser.parse_args(argv)

    uses, problems = scan()
    ids: dict[str, list[Use]] = {}
    for use in uses:
        ids.setdefault(use.message_id, []).append(use)
    for problem in problems:
        print(f"warning: {problem.path.relative_to(ROOT)}:{problem.line}: {problem.what}", file=sys.stderr)

    if args.unused:
        unused = [m for m in core_catalogue_ids() if m not in ids]
        for message_id in unused:
            print(py_string(message_id))
        print(f"{len(unused)} of the ids in id_core.py are not used in gudang/", file=sys.stderr)
        return 0

    catalogue = indonesian_catalogue()
    empty = [m for m, text in catalogue.items() if m in ids and not text.strip()]
    missing = [m for m in ids if m not in catalogue]
    if args.all:
        for message_id, where in ids.items():
            mark = " " if catalogue.get(message_id) else "!"
            print(f"{mark} {py_string(message_id)}  # {where[0].where()}")
    else:
        for message_id in missing:
            print(f"{py_string(message_id)}  # {ids[message_id][0].where()}")
    print(f"{len(ids)} message ids in gudang/, {len(missing)} without an Indonesian text, "
          f"{len(empty)} with an empty one", file=sys.stderr)
    if args.write and missing:
        append_stubs(missing, ids)
        print(f"appended {len(missing)} ids to {CORE_CATALOGUE.relative_to(ROOT)}: translate them",
              file=sys.stderr)
    return 1 if (missing and not args.write) or empty else 0


if __name__ == "__main__":
    sys.exit(main())
