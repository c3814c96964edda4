"""Alembic revisions for openamt's own tables (Optuna creates and migrates its own)."""
