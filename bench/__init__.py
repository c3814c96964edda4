"""Benchmarks run by hand (`python bench/overhead.py`); not part of the test suite."""
