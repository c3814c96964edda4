"""Seeing what the tuner does: logs with job context, Prometheus metrics, health, analytics,
the browser pages and the Optuna dashboard."""
