"""Fuzzing campaign of the exchange reader and merge (run with ``python -m tests.fuzz``).

Each target is a module ``target_<name>.py`` here defining ``test_one_input(data: bytes)``
(raises only on a real bug: a traceback where a user should read one line of words, or a
refused import that changed the database) and ``seeds() -> list[bytes]``. An optional
``SHORT_RUNS`` says how many executions ``tests/test_fuzz_short.py`` gives it.
"""
