"""What every command gets: the database, the output mode, the acting user."""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from gudang.db.engine import Database, resolve_url
from gudang.db.migrate import require_current
from gudang.domain.errors import AuthenticationFailed, InvalidInput
from gudang.i18n import N_, tr
from gudang.services.uow import Actor

ENV_USER, ENV_PASSWORD = "GUDANG_USER", "GUDANG_PASSWORD"
MAX_INPUT_BYTES = 50 * 1024 * 1024


@dataclass
class Context:
    db_arg: str | None
    json: bool
    warnings: list[str] = field(default_factory=list)
    early_check: Any = None  # gudang.db.early_check.EarlyCheck, started before the imports
    _db: Database | None = None

    def database(self, *, check_schema: bool = True) -> Database:
        if self._db is None:
            url = resolve_url(self.db_arg)
            if url.get_backend_name() == "sqlite" and check_schema:
                path = Path(url.database or "")
                if not path.exists():
                    from gudang.domain.errors import DatabaseProblem

                    raise DatabaseProblem(N_("no database at {path}: run `gudang init` first"), path=path)
            if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:" \
                    and Path(url.database).is_file() and Path(url.database).stat().st_size > 0:
                from gudang.db.recovery import refuse_if_damaged

                # damaged: name the newest good backup to restore
                checked = self.early_check.problems_of(url.database) if self.early_check else None
                refuse_if_damaged(url.database, checked)
            self._db = Database(url)
            if check_schema:
                require_current(self._db)
        return self._db

    def credentials(self) -> tuple[str, str]:
        """GUDANG_USER / GUDANG_PASSWORD, used exactly as set."""
        name, password = os.environ.get(ENV_USER), os.environ.get(ENV_PASSWORD)
        if not name or password is None:
            raise AuthenticationFailed(N_("set GUDANG_USER and GUDANG_PASSWORD to the user who makes this change"))
        return name, password

    def actor(self) -> Actor:
        """The user named in GUDANG_USER / GUDANG_PASSWORD, authenticated."""
        from gudang.services.users import authenticate

        name, password = self.credentials()
        return authenticate(self.database(), name, password)

    def warn(self, message: str) -> None:
        self.warnings.append(message)
        sys.stderr.write(tr(N_("warning")) + ": " + message + "\n")

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()
            self._db = None


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def read_text(path: str) -> str:
    try:
        if path == "-":
            data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
        else:
            with open(path, "rb") as handle:
                data = handle.read(MAX_INPUT_BYTES + 1)
    except OSError as error:
        raise InvalidInput(N_("cannot read {path}: {problem}"), path=path, problem=error.strerror) from None
    if len(data) > MAX_INPUT_BYTES:
        raise InvalidInput(N_("{path} is too large"), path=path)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidInput(N_("{path} is not UTF-8 text"), path=path) from None


def parse_json(text: str, source: str) -> Any:
    """JSON with exact decimals; NaN and Infinity refused."""
    try:
        return json.loads(text, parse_float=Decimal, parse_constant=_refuse_constant)
    except json.JSONDecodeError as error:
        raise InvalidInput(N_("{source} is not valid JSON: {problem} (line {line}, column {column})"),
                           source=source, problem=error.msg, line=error.lineno, column=error.colno) from None
    except (ValueError, RecursionError) as error:
        raise InvalidInput(N_("{source} is not valid JSON: {problem}"), source=source, problem=error) from None


def read_json(path: str) -> Any:
    return parse_json(read_text(path), path)
