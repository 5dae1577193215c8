"""The notes side of the read path: one practice's notes, one note, the trash, drafts and
conflicts, on the reader's plain ``sqlite3`` connection (see ``catalogue_reader``)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from app.domain.timestamps import parse_utc
from app.services.catalogue_reader import CatalogueReader, first_line, region_label

if TYPE_CHECKING:  # imported by each method: the first paint needs none of these classes
    from app.services.notes.views import (
        ConflictView,
        DraftView,
        NoteSummary,
        NoteView,
        TrashedNote,
    )

NOTE_COLUMNS = (
    "n.id, n.practice_id, n.region_id, r.name, r.country, n.author, n.date, n.status,"
    " n.outcome, n.score_cluster_initiatives, n.score_development_agencies,"
    " n.score_enterprises, n.body, n.created_at, n.updated_at, n.revision, n.deleted_at"
)


class NotesReader(CatalogueReader):
    """The notes side of the read path: lists, one note, trash, drafts, conflicts."""

    def notes(self, practice_id: str) -> list[NoteSummary]:
        """The practice's notes outside the trash, newest first."""
        from app.services.notes.views import NoteSummary

        rows = self.connection.execute(
            "SELECT n.id, n.practice_id, n.region_id, r.name, r.country, n.date, n.status,"
            " n.author, substr(n.body, 1, 300), n.revision, n.updated_at"
            " FROM test_notes n JOIN regions r ON r.id = n.region_id"
            " WHERE n.practice_id = ? AND n.deleted_at IS NULL"
            " ORDER BY n.date DESC, n.updated_at DESC, n.id",
            (practice_id,),
        ).fetchall()
        return [
            NoteSummary(
                id=row[0],
                practice_id=row[1],
                region_id=row[2],
                region_label=region_label(row[3], row[4]),
                date=date.fromisoformat(row[5]),
                status=row[6],
                author=row[7],
                first_line=first_line(row[8]),
                revision=row[9],
                updated_at=parse_utc(row[10]),
            )
            for row in rows
        ]

    def note(self, note_id: str) -> NoteView | None:
        from app.services.notes.views import NoteView

        row = self.connection.execute(
            f"SELECT {NOTE_COLUMNS} FROM test_notes n JOIN regions r ON r.id = n.region_id"
            " WHERE n.id = ?",
            (note_id,),
        ).fetchone()
        if row is None:
            return None
        return NoteView(
            id=row[0],
            practice_id=row[1],
            region_id=row[2],
            region_label=region_label(row[3], row[4]),
            author=row[5],
            date=date.fromisoformat(row[6]),
            status=row[7],
            outcome=row[8],
            score_cluster_initiatives=row[9],
            score_development_agencies=row[10],
            score_enterprises=row[11],
            body=row[12],
            created_at=parse_utc(row[13]),
            updated_at=parse_utc(row[14]),
            revision=row[15],
            deleted_at=parse_utc(row[16]) if row[16] else None,
        )

    def trashed_notes(self) -> list[TrashedNote]:
        from app.services.notes.views import TrashedNote

        rows = self.connection.execute(
            "SELECT n.id, p.title, r.name, r.country, n.date, substr(n.body, 1, 300),"
            " n.deleted_at, n.revision FROM test_notes n"
            " JOIN practices p ON p.id = n.practice_id JOIN regions r ON r.id = n.region_id"
            " WHERE n.deleted_at IS NOT NULL ORDER BY n.deleted_at DESC"
        ).fetchall()
        return [
            TrashedNote(
                id=row[0],
                practice_title=row[1],
                region_label=region_label(row[2], row[3]),
                date=date.fromisoformat(row[4]),
                first_line=first_line(row[5]),
                deleted_at=parse_utc(row[6]),
                revision=row[7],
            )
            for row in rows
        ]

    def drafts(self) -> list[DraftView]:
        from app.services.notes.views import DraftView

        rows = self.connection.execute(
            "SELECT id, record_id, practice_id, base_revision, payload, updated_at FROM drafts"
            " WHERE entity = 'note' ORDER BY updated_at"
        ).fetchall()
        return [
            DraftView(row[0], row[1], row[2], row[3], row[4], parse_utc(row[5])) for row in rows
        ]

    def open_conflicts(self, record_id: str | None = None) -> list[ConflictView]:
        from app.services.notes.views import ConflictView

        sql = (
            "SELECT id, entity, record_id, payload, base_revision, origin, created_at"
            " FROM conflicts WHERE resolved_at IS NULL"
        )
        params: tuple[str, ...] = ()
        if record_id is not None:
            sql += " AND record_id = ?"
            params = (record_id,)
        rows = self.connection.execute(sql + " ORDER BY created_at", params).fetchall()
        return [
            ConflictView(row[0], row[1], row[2], row[3], row[4], row[5], parse_utc(row[6]))
            for row in rows
        ]

    def data_version(self) -> int:
        """Changes whenever another connection commits (SQLite's ``PRAGMA data_version``)."""
        return int(self.connection.execute("PRAGMA data_version").fetchone()[0])
