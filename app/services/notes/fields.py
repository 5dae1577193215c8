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
from enum import StrEnum
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


class Problem(StrEnum):
    """What is wrong with a field, for a reader to put in its own words (the window's
    language); ``FieldError.message`` says it in English."""

    REGION_MISSING = "region missing"
    REGION_GONE = "region gone"
    DATE_MISSING = "date missing"
    DATE_INVALID = "date invalid"  # values: (what was typed,)
    STATUS_MISSING = "status missing"
    TOO_LONG = "too long"  # values: (the most characters,)
    NOT_ONE_LINE = "not one line"  # values: (the most characters,)
    SCORE_NOT_WHOLE = "score not whole"  # values: (what was typed, lowest, highest)
    SCORE_OUT_OF_RANGE = "score out of range"  # values: (the number, lowest, highest)


@dataclass(frozen=True, slots=True)
class FieldError:
    field: str  # a NoteFields attribute name
    message: str  # in English
    problem: Problem | None = None
    values: tuple[str, ...] = ()


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
    value, problem = _score(text)
    return value, (None if problem is None else _SCORE_WORDS[problem[0]].format(*problem[1]))


_SCORE_WORDS = {
    Problem.SCORE_NOT_WHOLE: "“{0}” is not a whole number from {1} to {2}",
    Problem.SCORE_OUT_OF_RANGE: "{0} is out of range: scores go from {1} to {2}",
}


def _score(text: str) -> tuple[int | None, tuple[Problem, tuple[str, ...]] | None]:
    text = text.strip()
    limits = (str(SCORE_MIN), str(SCORE_MAX))
    if not text:
        return None, None
    if not re.fullmatch(r"[+-]?\d+", text):
        return None, (Problem.SCORE_NOT_WHOLE, (text, *limits))
    value = int(text)
    if not SCORE_MIN <= value <= SCORE_MAX:
        return None, (Problem.SCORE_OUT_OF_RANGE, (str(value), *limits))
    return value, None


def validate(fields: NoteFields, regions: set[str]) -> Validation:
    errors: list[FieldError] = []
    if not fields.region_id:
        errors.append(
            FieldError(
                "region_id",
                "Choose the region where the test took place.",
                Problem.REGION_MISSING,
            )
        )
    elif fields.region_id not in regions:
        errors.append(
            FieldError(
                "region_id",
                "This region no longer exists; choose another.",
                Problem.REGION_GONE,
            )
        )
    moment = parse_date(fields.date_text)
    if moment is None:
        shown = fields.date_text.strip()
        if not shown:
            error = FieldError(
                "date_text", "Enter the date of the test, e.g. 2012-03-01.", Problem.DATE_MISSING
            )
        else:
            error = FieldError(
                "date_text",
                f"“{shown}” is not a date; write it as 2012-03-01 or 1.3.2012.",
                Problem.DATE_INVALID,
                (shown,),
            )
        errors.append(error)
    try:
        status = NoteStatus(fields.status)
    except ValueError:
        status = NoteStatus.PLANNED
        errors.append(FieldError("status", "Choose a status.", Problem.STATUS_MISSING))
    # A paste can bring line breaks and control characters into a one-line field: they are
    # cleaned (as the exchange format refuses them), not refused.
    author, outcome = one_line(fields.author).strip(), one_line(fields.outcome).strip()
    if len(author) > AUTHOR_MAX:
        errors.append(
            FieldError(
                "author", f"At most {AUTHOR_MAX} characters.", Problem.TOO_LONG, (str(AUTHOR_MAX),)
            )
        )
    if len(outcome) > OUTCOME_MAX:
        errors.append(
            FieldError(
                "outcome",
                f"One line of at most {OUTCOME_MAX} characters.",
                Problem.NOT_ONE_LINE,
                (str(OUTCOME_MAX),),
            )
        )
    scores: dict[str, int | None] = {}
    for name, audience in SCORE_FIELDS.items():
        value, problem = _score(getattr(fields, name))
        scores[name] = value
        if problem:
            kind, values = problem
            words = _SCORE_WORDS[kind].format(*values)
            errors.append(FieldError(name, f"Added value for {audience}: {words}.", kind, values))
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
