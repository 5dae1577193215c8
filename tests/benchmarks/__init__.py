"""Benchmarks (not part of the test suite): ``uv run python -m tests.benchmarks --help``."""
