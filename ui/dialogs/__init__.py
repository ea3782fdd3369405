"""Dialogs: edit master data, stock card, lot trace."""
