"""What a person typed into the note editor, and whether it makes a valid note.

Pure functions, no database: the editor validates on every autosave and shows each problem
beside its field, in words; the exchange import reuses the same rules.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from dataclasses import fields as dataclass_fields
from datetime import date
from typing import Any, Protocol

from app.domain.enums import SCORE_MAX, SCORE_MIN, NoteStatus
from app.services.exchange.limits import LINE_MAX, NAME_MAX, multi_line, one_line

AUTHOR_MAX = NAME_MAX  # the exchange format's limits: whatever is saved can be exported
OUTCOME_MAX = LINE_MAX

SCORE_FIELDS = {
    "score_cluster_initiatives": "cluster initiatives",
    "score_development_agencies": "development agencies",
    "score_enterprises": "enterprises",
}


@dataclass(frozen=True, slots=True)
class NoteFields:
    """The editor's contents, as typed (dates and scores are text until validated)."""

    region_id: str | None = None
    date_text: str = ""
    status: str = NoteStatus.PLANNED.value
    author: str = ""
    outcome: str = ""
    score_cluster_initiatives: str = ""
    score_development_agencies: str = ""
    score_enterprises: str = ""
    body: str = ""


@dataclass(frozen=True, slots=True)
class ValidNote:
    region_id: str
    date: date
    status: NoteStatus
    author: str
    outcome: str
    score_cluster_initiatives: int | None
    score_development_agencies: int | None
    score_enterprises: int | None
    body: str


@dataclass(frozen=True, slots=True)
class FieldError:
    field: str  # a NoteFields attribute name
    message: str


@dataclass(frozen=True, slots=True)
class Validation:
    note: ValidNote | None
    errors: tuple[FieldError, ...] = field(default=())


class StoredNote(Protocol):
    """What ``fields_of`` reads: a stored note as a DTO or an ORM row."""

    @property
    def region_id(self) -> str: ...
    @property
    def date(self) -> date: ...
    @property
    def status(self) -> str: ...
    @property
    def author(self) -> str: ...
    @property
    def outcome(self) -> str: ...
    @property
    def score_cluster_initiatives(self) -> int | None: ...
    @property
    def score_development_agencies(self) -> int | None: ...
    @property
    def score_enterprises(self) -> int | None: ...
    @property
    def body(self) -> str: ...


def fields_of(note: StoredNote) -> NoteFields:
    """A stored note as the editor shows it."""
    return fields_of_values({name: getattr(note, name) for name in _STORED})


def fields_of_values(values: Mapping[str, Any]) -> NoteFields:
    """The same from a note's column values (an exchange record, a row); the date as
    ``date`` or ISO text, scores as numbers or None."""

    def score(value: int | None) -> str:
        return "" if value is None else str(value)

    moment = values["date"]
    return NoteFields(
        region_id=values["region_id"],
        date_text=moment if isinstance(moment, str) else moment.isoformat(),
        status=str(values["status"]),
        author=values["author"],
        outcome=values["outcome"],
        score_cluster_initiatives=score(values["score_cluster_initiatives"]),
        score_development_agencies=score(values["score_development_agencies"]),
        score_enterprises=score(values["score_enterprises"]),
        body=values["body"],
    )


_STORED = (
    "region_id", "date", "status", "author", "outcome", "score_cluster_initiatives",
    "score_development_agencies", "score_enterprises", "body",
)  # fmt: skip


def fields_from_json(payload: str) -> NoteFields:
    """Fields saved as JSON (drafts, conflict copies); unknown keys are ignored."""
    data = json.loads(payload)
    known = {f.name for f in dataclass_fields(NoteFields)}
    return NoteFields(**{key: value for key, value in data.items() if key in known})


_DMY = re.compile(r"^\s*(\d{1,2})[./-](\d{1,2})[./-](\d{4})\s*$")


def parse_date(text: str) -> date | None:
    """ISO ``2012-03-01``, or day first as written in Europe: ``1.3.2012``, ``01/03/2012``."""
    text = text.strip()
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    match = _DMY.match(text)
    if match:
        day, month, year = (int(part) for part in match.groups())
        try:
            return date(year, month, day)
        except ValueError:
            return None
    return None


def parse_score(text: str) -> tuple[int | None, str | None]:
    """(score, None) or (None, a problem); empty text means "not set"."""
    text = text.strip()
    if not text:
        return None, None
    if not re.fullmatch(r"[+-]?\d+", text):
        return None, f"“{text}” is not a whole number from {SCORE_MIN} to {SCORE_MAX}"
    value = int(text)
    if not SCORE_MIN <= value <= SCORE_MAX:
        return None, f"{value} is out of range: scores go from {SCORE_MIN} to {SCORE_MAX}"
    return value, None


def validate(fields: NoteFields, regions: set[str]) -> Validation:
    errors: list[FieldError] = []
    if not fields.region_id:
        errors.append(FieldError("region_id", "Choose the region where the test took place."))
    elif fields.region_id not in regions:
        errors.append(FieldError("region_id", "This region no longer exists; choose another."))
    moment = parse_date(fields.date_text)
    if moment is None:
        shown = fields.date_text.strip()
        message = (
            "Enter the date of the test, e.g. 2012-03-01."
            if not shown
            else f"“{shown}” is not a date; write it as 2012-03-01 or 1.3.2012."
        )
        errors.append(FieldError("date_text", message))
    try:
        status = NoteStatus(fields.status)
    except ValueError:
        status = NoteStatus.PLANNED
        errors.append(FieldError("status", "Choose a status."))
    # A paste can bring line breaks and control characters into a one-line field: they are
    # cleaned (as the exchange format refuses them), not refused.
    author, outcome = one_line(fields.author).strip(), one_line(fields.outcome).strip()
    if len(author) > AUTHOR_MAX:
        errors.append(FieldError("author", f"At most {AUTHOR_MAX} characters."))
    if len(outcome) > OUTCOME_MAX:
        errors.append(FieldError("outcome", f"One line of at most {OUTCOME_MAX} characters."))
    scores: dict[str, int | None] = {}
    for name, audience in SCORE_FIELDS.items():
        value, problem = parse_score(getattr(fields, name))
        scores[name] = value
        if problem:
            errors.append(FieldError(name, f"Added value for {audience}: {problem}."))
    if errors:
        return Validation(None, tuple(errors))
    assert fields.region_id is not None and moment is not None
    return Validation(
        ValidNote(
            region_id=fields.region_id,
            date=moment,
            status=status,
            author=author,
            outcome=outcome,
            body=multi_line(fields.body),
            **scores,
        )
    )
