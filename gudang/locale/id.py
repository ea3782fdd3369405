"""Indonesian translations of the core's messages (English message id -> text).

The catalogue is split by area into sibling modules named `id_<area>.py`, each
with a `MESSAGES` dict, so that parts of the core can grow independently.
"""

import importlib
import pkgutil
from pathlib import Path

MESSAGES: dict[str, str] = {}
for _info in pkgutil.iter_modules([str(Path(__file__).parent)]):
    if _info.name.startswith("id_"):
        MESSAGES.update(importlib.import_module(f"gudang.locale.{_info.name}").MESSAGES)
