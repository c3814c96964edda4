"""Client commands (placeholder, filled below)."""
