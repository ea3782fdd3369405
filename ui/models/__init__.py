"""Table models: lazy, display-only."""
