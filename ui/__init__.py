"""The PySide6 desktop application. Calls the core only through ui.operations."""
