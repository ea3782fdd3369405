"""`gudang print` and `gudang labels`: the PDFs of gudang.documents."""

from __future__ import annotations


def add_commands(command, sub) -> None:
    """Registered once gudang.documents is wired to the read side."""
