"""Import and merge: each rule on its own, round trips, idempotence and order-independence
(hypothesis), and bad files that change nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.db.engine import Sessions
from app.domain.enums import NoteStatus
from app.services.exchange.merge import Action, MergeCancelled, merge
from app.services.exchange.reading import ExchangeError, parse_document, read_document
from app.services.notes.fields import NoteFields
from app.services.notes.reader import NotesReader
from app.services.notes.service import NotesService
from app.services.opening import open_database
from app.services.search.searcher import Searcher
from tests.exchange_helpers import document_of, exported, new_laptop
from tests.factories import add_note, practice_id


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return open_database(tmp_path_factory.mktemp("template") / "seeded.db").path


def laptop(template: Path, tmp_path: Path, name: str) -> tuple[Path, Sessions]:
    path = new_laptop(template, tmp_path, name)
    return path, Sessions(path)


def edit(sessions: Sessions, note_id: str, **changes: object) -> None:
    service = NotesService(sessions)
    reader = NotesReader(sessions.path)
    note = reader.note(note_id)
    assert note is not None
    from app.services.notes.fields import fields_of, validate

    fields = fields_of(note)
    fields = NoteFields(**{**{f: getattr(fields, f) for f in fields.__slots__}, **changes})  # type: ignore[arg-type]
    valid = validate(fields, service.region_ids()).note
    assert valid is not None
    service.update(note_id, note.revision, valid)
    reader.close()


def test_round_trip_into_an_empty_database_gives_the_same_export(
    template: Path, tmp_path: Path
) -> None:
    a, sessions = laptop(template, tmp_path, "a")
    add_note(sessions, "Help desk", "Tartu", body="Living Labs — ühendused", score_enterprises=4)
    add_note(sessions, "Web site", "Malta", status=NoteStatus.DROPPED, body="gone")
    fresh = open_database(tmp_path / "fresh.db").path
    plan = merge(fresh, document_of(a))
    assert plan.count(Action.NEW) == 2 and plan.count(Action.CONFLICT) == 0
    assert exported(fresh) == exported(a)


def test_rules_one_by_one(template: Path, tmp_path: Path) -> None:
    a, sa = laptop(template, tmp_path, "a")
    b, sb = laptop(template, tmp_path, "b")
    added = add_note(sa, "Help desk", "Tartu", body="first")
    assert merge(b, document_of(a)).counts["notes"][Action.NEW] == 1  # add
    assert merge(b, document_of(a)).counts["notes"][Action.UNCHANGED] == 1  # skip
    edit(sa, added, body="second")  # changed only on a
    assert merge(b, document_of(a)).counts["notes"][Action.UPDATED] == 1  # replace
    assert NotesReader(b).note(added).body == "second"  # type: ignore[union-attr]
    edit(sb, added, body="b's text")  # changed only on b: a's older copy does not win
    assert merge(b, document_of(a)).counts["notes"][Action.UNCHANGED] == 1
    assert NotesReader(b).note(added).body == "b's text"  # type: ignore[union-attr]
    edit(sa, added, body="a's text")  # now changed on both since they parted
    plan = merge(b, document_of(a))
    assert plan.counts["notes"][Action.CONFLICT] == 1
    reader = NotesReader(b)
    shown = reader.note(added)
    [conflict] = reader.open_conflicts(added)
    versions = {shown.body, json.loads(conflict.payload)["body"]}  # type: ignore[union-attr]
    assert versions == {"a's text", "b's text"}  # both kept
    assert conflict.origin == "import of laptop.json"


def test_trash_travels(template: Path, tmp_path: Path) -> None:
    a, sa = laptop(template, tmp_path, "a")
    b, _ = laptop(template, tmp_path, "b")
    note = add_note(sa, "Help desk", "Tartu", body="to be binned")
    merge(b, document_of(a))
    NotesService(sa).trash(note)
    assert merge(b, document_of(a)).counts["notes"][Action.UPDATED] == 1
    assert [t.id for t in NotesReader(b).trashed_notes()] == [note]


def test_practice_edits_merge_too(template: Path, tmp_path: Path) -> None:
    from app.services.practices import PracticesService, PracticeTexts

    a, sa = laptop(template, tmp_path, "a")
    b, _ = laptop(template, tmp_path, "b")
    pid = practice_id(sa, "Collective Booth")
    PracticesService(sa).update_texts(
        pid, 1, PracticeTexts("A joint stand", "", "partnership", None, "s")
    )
    plan = merge(b, document_of(a))
    assert plan.counts["practices"][Action.UPDATED] == 1
    detail = NotesReader(b).practice_detail(pid)
    assert detail is not None and detail.summary == "A joint stand" and detail.revision == 2
    assert merge(b, document_of(a)).counts["practices"][Action.UPDATED] == 0


def test_imported_notes_are_searchable(template: Path, tmp_path: Path) -> None:
    a, sa = laptop(template, tmp_path, "a")
    b, _ = laptop(template, tmp_path, "b")
    add_note(sa, "Help desk", "Greece", body="zanzibar workshop")
    merge(b, document_of(a))
    result = Searcher(b).search("zanzibar")
    assert result.total == 1


def test_a_queue_left_by_an_older_import_is_worked_through(template: Path, tmp_path: Path) -> None:
    """Files written by an earlier version may hold practices queued for the background
    indexer: the catch-up still works through them."""
    from app.db.connect import connect
    from app.db.search_index import index_pending, pending_count, queue_practices

    b, sb = laptop(template, tmp_path, "b")
    for title in ("Help desk", "Web site", "Co-Location"):
        add_note(sb, title, "Tartu", body=f"queued {title}")
    connection = connect(b)
    with connection:
        connection.execute("DELETE FROM practice_search WHERE notes LIKE '%queued%'")
        ids = {practice_id(sb, t) for t in ("Help desk", "Web site", "Co-Location")}
        assert queue_practices(connection, ids) == 3
    searcher = Searcher(b)
    assert searcher.search("queued").total == 0 and searcher.search("queued").index_incomplete
    assert pending_count(connection) == 3
    while index_pending(connection, batch=2):
        pass
    connection.close()
    result = searcher.search("queued")
    assert result.total == 3 and not result.index_incomplete


def test_cancel_leaves_everything_as_it_was(template: Path, tmp_path: Path) -> None:
    a, sa = laptop(template, tmp_path, "a")
    b, _ = laptop(template, tmp_path, "b")
    for n in range(6):
        add_note(sa, "Help desk", "Tartu", body=f"note {n}")
    before = exported(b)
    with pytest.raises(MergeCancelled):
        merge(b, document_of(a), progress=lambda done, total: False)
    assert exported(b) == before


# -- idempotence and order-independence -------------------------------------------------

EDITS = st.lists(
    st.tuples(st.sampled_from(["a", "b"]), st.sampled_from(["edit", "trash", "new", "restore"]),
              st.integers(0, 3), st.text(alphabet="abcxyzé ", min_size=1, max_size=8)),
    max_size=8,
)  # fmt: skip


def apply_edits(
    sessions: dict[str, Sessions], shared: list[str], script: list[tuple[str, str, int, str]]
) -> None:
    """Edits on each laptop, of the notes that laptop has (shared ones and its own)."""
    own: dict[str, list[str]] = {who: list(shared) for who in sessions}
    for who, what, which, text in script:
        target = sessions[who]
        notes = own[who]
        note_id = notes[which % len(notes)]
        if what == "edit":
            edit(target, note_id, body=text)
        elif what == "trash":
            NotesService(target).trash(note_id)
        elif what == "restore":
            NotesService(target).restore(note_id)
        else:
            notes.append(add_note(target, "Mentorship program", "Slovenia", body=text))


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(script=EDITS)
def test_merging_is_idempotent_and_order_independent(
    template: Path,
    tmp_path_factory: pytest.TempPathFactory,
    script: list[tuple[str, str, int, str]],
) -> None:
    folder = tmp_path_factory.mktemp("merge")
    base, sbase = laptop(template, folder, "base")
    notes = [add_note(sbase, "Help desk", "Tartu", body=f"base {n}") for n in range(2)]
    a, sa = laptop(template, folder, "a")
    b, sb = laptop(template, folder, "b")
    merge(a, document_of(base))
    merge(b, document_of(base))
    apply_edits({"a": sa, "b": sb}, notes, script)
    from_a, from_b = document_of(a, "a.json"), document_of(b, "b.json")
    first, second = new_laptop(template, folder, "c1"), new_laptop(template, folder, "c2")
    merge(first, from_a)
    merge(first, from_b)
    merge(second, from_b)
    merge(second, from_a)
    assert exported(first) == exported(second)
    conflicts = lambda path: sorted(  # noqa: E731
        (c.record_id, c.payload) for c in NotesReader(path).open_conflicts()
    )
    assert conflicts(first) == conflicts(second)
    again = merge(first, from_a)
    assert (
        again.count(Action.NEW) == again.count(Action.UPDATED) == again.count(Action.CONFLICT) == 0
    )
    for s in (sbase, sa, sb):
        s.dispose()


# -- bad files ------------------------------------------------------------------------------


BAD = {
    "not json": (b"{ this is not json", "not JSON"),
    "not utf-8": (
        '{"format": "practice-catalogue", "x": "caf\u00e9"}'.encode("latin-1"),
        "not UTF-8",
    ),
    "other format": (
        b'{"format": "something-else", "version": 1}',
        "not a Practice Catalogue exchange file",
    ),
    "newer version": (
        b'{"format": "practice-catalogue", "version": 7}',
        "newer than this application reads",
    ),
}


@pytest.mark.parametrize("case", list(BAD))
def test_unreadable_files_are_refused(case: str) -> None:
    raw, words = BAD[case]
    with pytest.raises(ExchangeError, match=words):
        parse_document(raw, "bad.json")


def mutated(source: Path, change: str) -> bytes:
    document = exported(source)
    note = document["notes"][0]
    if change == "schema":
        note["date"] = "2012-13-01"
    elif change == "score":
        note["score_enterprises"] = 9
    elif change == "reference":
        note["practice_id"] = "00000000-0000-4000-8000-000000000000"
    elif change == "duplicate":
        document["notes"].append(dict(note))
    elif change == "unknown field":
        note["colour"] = "red"
    document["exported_at"] = "2026-11-27T00:00:00Z"
    return json.dumps(document).encode()


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ("schema", "notes[0] (id"),
        ("score", "score_enterprises: 9 is not a score"),
        ("reference", "no practice with id 00000000-0000-4000-8000-000000000000"),
        ("duplicate", "the id repeats notes[0]"),
        ("unknown field", "unknown field 'colour'"),
    ],
)
def test_bad_records_change_nothing(
    template: Path, tmp_path: Path, change: str, words: str
) -> None:
    a, sa = laptop(template, tmp_path, "a")
    b, _ = laptop(template, tmp_path, "b")
    add_note(sa, "Help desk", "Tartu", body="x")
    raw = mutated(a, change)
    before = b.read_bytes()
    with pytest.raises(
        ExchangeError, match=words.replace("[", r"\[").replace("]", r"\]").replace("(", r"\(")
    ):
        merge(b, parse_document(raw, "bad.json"))
    assert b.read_bytes() == before


def test_absurdly_large_file_is_refused_unread(tmp_path: Path) -> None:
    from app.services.exchange.reading import MAX_BYTES

    huge = tmp_path / "huge.json"
    with huge.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)  # sparse: no disk is used
    with pytest.raises(ExchangeError, match="larger than any exchange file"):
        read_document(huge)


def test_a_practice_conflict_from_an_import_can_be_settled(template: Path, tmp_path: Path) -> None:
    from app.domain.enums import ConflictChoice
    from app.services.practices import PracticesService, PracticeTexts

    a, sa = laptop(template, tmp_path, "a")
    b, sb = laptop(template, tmp_path, "b")
    pid = practice_id(sa, "Web site")
    PracticesService(sa).rename(pid, 1, "Portal (a)", "")
    PracticesService(sb).update_texts(pid, 1, PracticeTexts("b's summary", "", "unknown", None, ""))
    assert merge(b, document_of(a)).counts["practices"][Action.CONFLICT] == 1
    [conflict] = NotesReader(b).open_conflicts(pid)
    PracticesService(sb).resolve(conflict.id, ConflictChoice.MINE)  # take the other version
    detail = NotesReader(b).practice_detail(pid)
    assert detail is not None and NotesReader(b).open_conflicts() == []
    # b's edit was the later one, so it was shown and a's kept aside; now a's is taken whole.
    assert (detail.title, detail.summary) == ("Portal (a)", "")


# -- large files: read, checked and written side by side --------------------------------------


def many_notes(source: Path, count: int) -> dict[str, object]:
    """The export of ``source`` with ``count`` more notes like its first (several batches)."""
    document = exported(source)
    note = document["notes"][0]
    document["notes"] += [
        dict(note, id=f"00000000-0000-4000-8000-{n:012x}", body=f"generated {n}")
        for n in range(count)
    ]
    document["exported_at"] = "2026-11-27T00:00:00Z"
    return document


@pytest.mark.parametrize(
    ("damage", "words"),
    [
        ("schema", r"notes\[4500\] \(id 00000000…\)\.date: '2012-13-01' is not a date"),
        ("reference", r"notes\[4500\] .*practice_id: no practice with id"),
        ("cut short", "not JSON: Unterminated string"),
    ],
)
def test_a_bad_end_after_thousands_of_good_notes_changes_nothing(
    template: Path, tmp_path: Path, damage: str, words: str
) -> None:
    from app.services.exchange.merge import merge_file

    a, sa = laptop(template, tmp_path, "a")
    b, _ = laptop(template, tmp_path, "b")
    add_note(sa, "Help desk", "Tartu", body="first")
    document = many_notes(a, 4500)
    last = document["notes"][-1]  # type: ignore[index]
    if damage == "schema":
        last["date"] = "2012-13-01"
    elif damage == "reference":
        last["practice_id"] = "00000000-0000-4000-8000-ffffffffffff"
    raw = json.dumps(document, indent=2)
    if damage == "cut short":
        raw = raw[: raw.rindex("generated")]
    path = tmp_path / "large.json"
    path.write_text(raw, encoding="utf-8")
    before = b.read_bytes()
    with pytest.raises(ExchangeError, match=words):
        merge_file(b, path)
    assert b.read_bytes() == before


def test_notes_may_come_before_their_practices(template: Path, tmp_path: Path) -> None:
    from app.services.exchange.merge import merge_file
    from tests.factories import add_practices

    a, sa = laptop(template, tmp_path, "a")
    b, _ = laptop(template, tmp_path, "b")
    [new_practice] = add_practices(sa, "Expansion", 1, "Brand new")
    add_note(sa, "Brand new 00000", "Tartu", body="about the new one")
    document = exported(a)
    order = ["format", "version", "application", "exported_at", "notes", "practices"]
    reordered = {key: document.get(key, "2026-11-27T00:00:00Z") for key in order} | document
    path = tmp_path / "reordered.json"
    path.write_text(json.dumps(reordered), encoding="utf-8")
    plan = merge_file(b, path)
    assert plan.counts["notes"][Action.NEW] == 1 and plan.counts["practices"][Action.NEW] == 1
    assert exported(b) == exported(a)
    assert NotesReader(b).practice_detail(new_practice) is not None


def test_cancel_midway_through_a_large_file_changes_nothing(template: Path, tmp_path: Path) -> None:
    from app.services.exchange.merge import merge_file

    a, sa = laptop(template, tmp_path, "a")
    b, _ = laptop(template, tmp_path, "b")
    add_note(sa, "Help desk", "Tartu", body="first")
    path = tmp_path / "large.json"
    path.write_text(json.dumps(many_notes(a, 6000)), encoding="utf-8")
    before = b.read_bytes()
    asked: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        asked.append((done, total))
        return len(asked) < 4  # after several batches were handed to the writer

    with pytest.raises(MergeCancelled):
        merge_file(b, path, progress)
    assert b.read_bytes() == before and asked[-1][0] < asked[-1][1]


def test_a_preview_sees_notes_saved_since_the_last_checkpoint(
    template: Path, tmp_path: Path
) -> None:
    from app.db.connect import connect
    from app.services.exchange.merge import merge_file, plan_file

    a, sa = laptop(template, tmp_path, "a")
    b, _ = laptop(template, tmp_path, "b")
    add_note(sa, "Help desk", "Tartu", body="first")
    path = tmp_path / "a.json"
    path.write_text(json.dumps(exported(a)), encoding="utf-8")
    holder = connect(b)  # a reader, as in the window: no checkpoint folds the note in
    holder.execute("BEGIN")
    holder.execute("SELECT count(*) FROM test_notes").fetchone()
    merge_file(b, path)
    assert plan_file(b, path).counts["notes"][Action.UNCHANGED] == 1
    holder.execute("ROLLBACK")
    holder.close()


def test_a_large_import_builds_the_notes_indexes_afresh(
    template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.db.connect import connect
    from app.services.exchange import merge as merging

    def indexes() -> list[str]:
        connection = connect(b)
        names = connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'test_notes'"
            " AND sql IS NOT NULL ORDER BY name"
        ).fetchall()
        connection.close()
        return [name for (name,) in names]

    a, sa = laptop(template, tmp_path, "a")
    b, _ = laptop(template, tmp_path, "b")
    add_note(sa, "Help desk", "Tartu", body="first")
    monkeypatch.setattr(merging, "_MANY_NOTES", 1)
    there = indexes()
    assert there
    bad = many_notes(a, 2500)
    bad["notes"][-1]["region_id"] = "00000000-0000-4000-8000-ffffffffffff"  # type: ignore[index]
    with pytest.raises(ExchangeError, match="no region with id"):
        merging.merge(b, parse_document(json.dumps(bad).encode(), "bad.json"))
    assert indexes() == there
    merging.merge(b, parse_document(json.dumps(many_notes(a, 2500)).encode(), "good.json"))
    assert indexes() == there
    assert len(NotesReader(b).notes(practice_id(Sessions(b), "Help desk"))) == 2501


def small_file(template: Path, tmp_path: Path) -> tuple[Path, Path]:
    a, sa = laptop(template, tmp_path, "a")
    b, _ = laptop(template, tmp_path, "b")
    add_note(sa, "Help desk", "Tartu", body="first")
    path = tmp_path / "a.json"
    path.write_text(json.dumps(exported(a)), encoding="utf-8")
    return b, path


def test_cancel_after_the_last_record_was_read_still_rolls_back(
    template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from app.services.exchange import batch_merger
    from app.services.exchange.merge import merge_file

    b, path = small_file(template, tmp_path)
    read = threading.Event()
    index = batch_merger.BatchMerger.index

    def slow_index(self: batch_merger.BatchMerger) -> None:  # the last stretch
        read.set()
        threading.Event().wait(0.5)  # while the reading thread asks for progress
        index(self)

    monkeypatch.setattr(batch_merger.BatchMerger, "index", slow_index)
    before = b.read_bytes()
    with pytest.raises(MergeCancelled):
        merge_file(b, path, lambda done, total: not read.is_set())
    assert b.read_bytes() == before


def test_ctrl_c_while_the_import_finishes_rolls_it_back(
    template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import _thread
    import threading

    from app.services.exchange import batch_merger
    from app.services.exchange.merge import merge_file

    b, path = small_file(template, tmp_path)
    index = batch_merger.BatchMerger.index

    def interrupted_index(self: batch_merger.BatchMerger) -> None:
        _thread.interrupt_main()  # Ctrl+C while the reading thread waits for the commit
        threading.Event().wait(0.3)
        index(self)

    monkeypatch.setattr(batch_merger.BatchMerger, "index", interrupted_index)
    before = b.read_bytes()
    with pytest.raises(KeyboardInterrupt):
        merge_file(b, path)
    assert b.read_bytes() == before


def test_a_failed_import_has_closed_its_connection(
    template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from app.services.exchange import batch_merger
    from app.services.exchange.merge import merge_file

    b, path = small_file(template, tmp_path)

    def failing_take(self: batch_merger.BatchMerger, batch: object) -> None:
        raise RuntimeError("the writer failed")

    monkeypatch.setattr(batch_merger.BatchMerger, "take", failing_take)
    with pytest.raises(RuntimeError, match="the writer failed"):
        merge_file(b, path)
    assert not [t for t in threading.enumerate() if t.name == "merge" and t.is_alive()]


def test_a_file_changed_after_its_preview_is_refused(template: Path, tmp_path: Path) -> None:
    from app.services.exchange.merge import merge_file, plan_file

    b, path = small_file(template, tmp_path)
    plan = plan_file(b, path)
    assert plan.counts["notes"][Action.NEW] == 1 and plan.digest
    path.write_text(path.read_text(encoding="utf-8").replace("first", "fir5t"), encoding="utf-8")
    before = b.read_bytes()
    with pytest.raises(ExchangeError, match="changed after the preview"):
        merge_file(b, path, previewed=plan.digest)
    assert b.read_bytes() == before
    assert merge_file(b, path, previewed=plan_file(b, path).digest).count(Action.NEW) == 1


def test_cancel_interrupts_the_search_documents_being_composed(
    template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Composing a million notes' documents takes half a minute: Cancel stops the statement
    at once rather than after it, and everything is rolled back."""
    import threading

    from app.services.exchange import batch_merger
    from app.services.exchange.merge import merge_file

    b, path = small_file(template, tmp_path)
    composing = threading.Event()

    def endless_index(self: batch_merger.BatchMerger) -> None:
        composing.set()
        self.connection.execute(  # would run for hours unless interrupted
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n"
        ).fetchone()

    monkeypatch.setattr(batch_merger.BatchMerger, "index", endless_index)
    before = b.read_bytes()
    with pytest.raises(MergeCancelled):
        merge_file(b, path, lambda done, total: not composing.is_set())
    assert b.read_bytes() == before


def test_a_record_the_database_refuses_fails_the_import_and_says_why(
    template: Path, tmp_path: Path
) -> None:
    """Rows go in as ``INSERT OR IGNORE`` (no statement journal); one the database keeps back
    all the same (here a score out of range, in a document that skipped the file's checks)
    is counted, named with SQLite's reason, and nothing of the import stays."""
    a, sa = laptop(template, tmp_path, "a")
    b, _ = laptop(template, tmp_path, "b")
    for body in ("first", "second", "third"):
        add_note(sa, "Help desk", "Tartu", body=body)
    document = document_of(a)
    document.notes[1]["score_enterprises"] = 9
    before = exported(b)
    with pytest.raises(ExchangeError, match="ck_test_notes_score_enterprises_range") as caught:
        merge(b, document)
    assert document.notes[1]["id"] in str(caught.value)
    assert exported(b) == before
