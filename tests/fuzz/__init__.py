"""Fuzzing campaign: coverage-guided targets run by ``python -m tests.fuzz``."""
