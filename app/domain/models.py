"""The catalogue's tables as typed SQLAlchemy 2 classes.

Identifiers are UUID strings so that two laptops seeded separately hold the same ids and their
records can be merged. ``versions`` is a version vector, a JSON object mapping each database
file's replica id (``meta.replica_id``) to the number of edits made there; it tells an
import whether a record changed on one side or on both since they parted.
``revision`` = 1 + the sum of ``versions``: it counts saved changes, every write checks it
(optimistic concurrency), and it is the same whatever order imports came in.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    Date,
    Enum,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from app.domain.enums import SCORE_MAX, SCORE_MIN, NoteStatus, ServiceType
from app.domain.timestamps import utc_now
from app.domain.types import UTCDateTime

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

SCORE_COLUMNS = (
    "score_cluster_initiatives",
    "score_development_agencies",
    "score_enterprises",
)


def new_id() -> str:
    return str(uuid.uuid4())


def _enum(cls: type[ServiceType] | type[NoteStatus], name: str) -> Enum:
    return Enum(
        cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=20,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Category(Base):
    __tablename__ = "categories"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer)


class Region(Base):
    __tablename__ = "regions"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(200))
    country: Mapped[str] = mapped_column(String(2))  # ISO 3166-1 alpha-2
    partner_organisation: Mapped[str] = mapped_column(Text, default="")
    lead_partner: Mapped[bool] = mapped_column(default=False)

    __table_args__ = (CheckConstraint("length(country) = 2", name="country_code"),)


class Practice(Base):
    __tablename__ = "practices"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    category_id: Mapped[str] = mapped_column(ForeignKey("categories.id"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(300))
    subtitle: Mapped[str] = mapped_column(String(300), default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    service_type: Mapped[ServiceType] = mapped_column(
        _enum(ServiceType, "service_type"), default=ServiceType.UNKNOWN
    )
    origin_region_id: Mapped[str | None] = mapped_column(
        ForeignKey("regions.id", ondelete="SET NULL")
    )
    source: Mapped[str] = mapped_column(Text, default="")
    selected: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    versions: Mapped[str] = mapped_column(Text, default="{}", server_default="{}")

    category: Mapped[Category] = relationship()

    # The one order of practices in a category (app.services.catalogue_reader).
    __table_args__ = (Index("ix_practices_order", "category_id", "position", "title", "id"),)


class TestNote(Base):
    """A regional field-test note. ``deleted_at`` set means it lies in the trash."""

    __tablename__ = "test_notes"
    __test__ = False  # not a pytest test class, despite the name

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    practice_id: Mapped[str] = mapped_column(ForeignKey("practices.id"), index=True)
    region_id: Mapped[str] = mapped_column(ForeignKey("regions.id"), index=True)
    author: Mapped[str] = mapped_column(String(200), default="")
    date: Mapped[date] = mapped_column(Date)
    status: Mapped[NoteStatus] = mapped_column(
        _enum(NoteStatus, "note_status"), default=NoteStatus.PLANNED
    )
    outcome: Mapped[str] = mapped_column(String(500), default="")
    score_cluster_initiatives: Mapped[int | None] = mapped_column(Integer)
    score_development_agencies: Mapped[int | None] = mapped_column(Integer)
    score_enterprises: Mapped[int | None] = mapped_column(Integer)
    body: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    versions: Mapped[str] = mapped_column(Text, default="{}", server_default="{}")
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    __table_args__ = tuple(
        CheckConstraint(
            f"{column} IS NULL OR {column} BETWEEN {SCORE_MIN} AND {SCORE_MAX}",
            name=f"{column}_range",
        )
        for column in SCORE_COLUMNS
    )


class Conflict(Base):
    """The losing side of a save or merge that met a newer version: kept, never dropped.

    ``payload`` is the JSON of the whole record as the other side had it; the person chooses.
    """

    __tablename__ = "conflicts"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    entity: Mapped[str] = mapped_column(String(20))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    payload: Mapped[str] = mapped_column(Text)
    base_revision: Mapped[int | None] = mapped_column(Integer)
    origin: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    __table_args__ = (CheckConstraint("entity IN ('note', 'practice')", name="entity"),)


class Draft(Base):
    """What an editor holds that is not saved yet (invalid, or typed seconds ago).

    Written continuously while a person types, so a crash loses at most a moment of typing;
    offered back on the next start.
    """

    __tablename__ = "drafts"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    entity: Mapped[str] = mapped_column(String(20), default="note")
    record_id: Mapped[str | None] = mapped_column(String(36))
    practice_id: Mapped[str | None] = mapped_column(String(36))
    base_revision: Mapped[int | None] = mapped_column(Integer)
    payload: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class Meta(Base):
    """Small facts about the database file itself (seeded catalogue digest, last backup)."""

    __tablename__ = "meta"
    # keys: replica_id (this file's identity in version vectors), catalogue_digest

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
