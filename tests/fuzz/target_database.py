"""Fuzz target: damaged database files fed to opening and to the check.

A small real database (the shipped catalogue and a few notes) is made once; each input is a
list of damages applied to a copy of its bytes — bits flipped, bytes set, pages swapped,
copied or zeroed, the file cut short. ``check_database`` must report and ``open_database``
must either open the file or raise the application's ``DatabaseError`` with a message that
names the file; any other exception is a bug. Files go to a private temporary folder.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

from app.domain.errors import DatabaseError
from app.services.checking import CheckReport, check_database
from app.services.opening import open_database

PAGE = 4096  # SQLite's default page size, which the application uses
_FOLDER = Path(tempfile.mkdtemp(prefix="fuzz-db-"))  # 0700, an unguessable name
atexit.register(shutil.rmtree, _FOLDER, ignore_errors=True)


def _pristine() -> bytes:
    from app.db.engine import Sessions
    from app.domain.enums import NoteStatus
    from tests.factories import add_note

    path = _FOLDER / "pristine.db"
    open_database(path)
    sessions = Sessions(path)
    try:
        add_note(sessions, "Help desk", "Tartu", status=NoteStatus.COMPLETED, body="Living *lab*")
        add_note(sessions, "Web site", "Malta", body="Portal draft", author="Seren")
    finally:
        sessions.dispose()  # the last connection folds the write-ahead log into the file
    return path.read_bytes()


PRISTINE = _pristine()


def mutate(original: bytes, data: bytes) -> bytes:
    """Apply the damages ``data`` describes, 5 bytes each: an operation and two numbers."""
    content = bytearray(original)
    pages = max(1, len(content) // PAGE)
    for start in range(0, len(data) - 4, 5):
        operation = data[start] % 7
        first = int.from_bytes(data[start + 1 : start + 3], "little")
        second = int.from_bytes(data[start + 3 : start + 5], "little")
        if not content:
            break
        if operation == 0:  # flip one bit, mostly in the header and the first pages
            position = (first * 7 + second) % len(content)
            content[position] ^= 1 << (second % 8)
        elif operation == 1:  # set one byte
            content[(first << 4 | second >> 12) % len(content)] = second & 0xFF
        elif operation == 2:  # cut the file short
            del content[(first * 16 + second % 16) % len(content) :]
        elif operation in (3, 4, 5):  # swap, copy over, or zero a page
            a, b = first % pages, second % pages
            page_a = bytes(content[a * PAGE : (a + 1) * PAGE])
            page_b = bytes(content[b * PAGE : (b + 1) * PAGE])
            if operation == 3:
                content[a * PAGE : a * PAGE + len(page_b)] = page_b
                content[b * PAGE : b * PAGE + len(page_a)] = page_a
            elif operation == 4:
                content[b * PAGE : b * PAGE + len(page_a)] = page_a
            else:
                content[a * PAGE : (a + 1) * PAGE] = bytes(len(page_a))
        else:  # a header field (page size, counts, schema cookie…) set to a chosen value
            offset = first % 100
            content[offset : offset + 2] = second.to_bytes(2, "big")
    return bytes(content)


def test_one_input(data: bytes) -> None:
    path = _FOLDER / "damaged.db"
    for leftover in _FOLDER.glob("damaged.db*"):
        leftover.unlink()
    path.write_bytes(mutate(PRISTINE, data))
    report = check_database(path)
    if not isinstance(report, CheckReport) or not report.lines:
        raise AssertionError("the check said nothing")
    try:
        open_database(path)
    except DatabaseError as error:
        if str(path) not in str(error) or "Traceback" in str(error):
            raise AssertionError(f"unclear message: {error}") from error
    for folder in _FOLDER.glob("backups*"):
        shutil.rmtree(folder, ignore_errors=True)  # migrations back up first


def seeds() -> list[bytes]:
    return [
        b"",  # the file as it is
        b"\x00\x10\x00\x03\x00",  # a bit in the header string
        b"\x02\x00\x01\x00\x00",  # cut after the first page
        b"\x02\x00\x00\x00\x00",  # cut to nothing: an empty file
        b"\x03\x01\x00\x02\x00",  # pages 2 and 3 swapped
        b"\x05\x00\x00\x00\x00",  # the first page zeroed
        b"\x05\x01\x00\x00\x00\x05\x02\x00\x00\x00",  # the schema's pages zeroed
        b"\x06\x10\x00\x00\x01",  # page size 1
        b"\x06\x28\x00\xff\xff",  # the schema cookie
        b"\x06\x38\x00\x00\x03",  # an unknown text encoding
        b"\x04\x03\x00\x01\x00" * 3,  # a page copied over others
        bytes(range(0, 250, 3)),
    ]
