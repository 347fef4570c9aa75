"""Benchmarks: `python -m bench` prints a table. Not tests; they gate nothing."""
