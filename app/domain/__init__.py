"""ORM classes and enums of the catalogue: SQLAlchemy only, no Qt, no I/O."""

from app.domain.enums import NoteStatus, ServiceType
from app.domain.models import (
    Base,
    Category,
    Conflict,
    Draft,
    Meta,
    Practice,
    Region,
    TestNote,
)

__all__ = [
    "Base",
    "Category",
    "Conflict",
    "Draft",
    "Meta",
    "NoteStatus",
    "Practice",
    "Region",
    "ServiceType",
    "TestNote",
]
