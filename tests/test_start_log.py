"""The start's log records wait in memory for the log file, which opens after the first paint;
nothing is lost: an error opens it at once, and so does the process ending first."""

from __future__ import annotations

import logging
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.ui.shell import start_log
from app.ui.shell.log_file import LOG_NAME

log = logging.getLogger("practice_catalogue.test")


@pytest.fixture
def root_handlers() -> Iterator[None]:
    root = logging.getLogger()
    before = list(root.handlers)
    yield
    for handler in set(root.handlers) - set(before):
        root.removeHandler(handler)
        handler.close()


@pytest.mark.usefixtures("root_handlers")
def test_records_wait_for_the_file_and_then_go_straight_to_it(tmp_path: Path) -> None:
    folder = tmp_path / "logs"
    held = start_log.hold(lambda: folder)
    log.info("before the first paint")
    assert not folder.exists()  # not even looked up yet

    path = held.open_file()
    assert path == folder / LOG_NAME and held.open_file() == path
    log.info("after it")
    for handler in logging.getLogger().handlers:
        handler.flush()
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [line.split(": ", 1)[1] for line in lines] == ["before the first paint", "after it"]
    assert held not in logging.getLogger().handlers


@pytest.mark.usefixtures("root_handlers")
def test_an_error_opens_the_file_at_once(tmp_path: Path) -> None:
    folder = tmp_path / "logs"
    start_log.hold(lambda: folder)
    log.info("started")
    log.error("a bug before the window showed")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = (folder / LOG_NAME).read_text(encoding="utf-8")
    assert "started" in text and "ERROR" in text and "a bug before the window" in text


def test_a_process_that_ends_before_the_first_paint_still_writes_its_records(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "logs"
    script = (
        "import logging, sys; from pathlib import Path; from app.ui.shell import start_log;"
        f"start_log.hold(lambda: Path({str(folder)!r}));"
        "logging.getLogger('practice_catalogue').info('the file is open in another window');"
        "sys.exit(0)"
    )
    subprocess.run([sys.executable, "-c", script], check=True, timeout=60)
    text = (folder / LOG_NAME).read_text(encoding="utf-8")
    assert "the file is open in another window" in text


@pytest.mark.usefixtures("root_handlers")
def test_other_handlers_see_each_record_once(tmp_path: Path) -> None:
    seen: list[str] = []

    class Capture(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            seen.append(record.getMessage())

    logging.getLogger().addHandler(Capture())
    held = start_log.hold(lambda: tmp_path / "logs")
    log.info("held, then written")
    held.open_file()
    assert seen == ["held, then written"]
