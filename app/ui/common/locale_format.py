"""Dates, times and numbers as the chosen language writes them (``QLocale()``, which
``translation.install_language`` sets). Stored values stay ISO 8601; only what is shown changes.

Use these wherever a date, time or count reaches a person (tables, dialogs, status texts,
reports); file names keep ISO dates (they sort).
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

SHORT = QLocale.FormatType.ShortFormat
LONG = QLocale.FormatType.LongFormat


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _qdatetime(value: datetime) -> QDateTime:
    local = value.astimezone() if value.tzinfo is not None else value
    return QDateTime(
        _qdate(local), QTime(local.hour, local.minute, local.second, local.microsecond // 1000)
    )


def date_text(value: date, *, long: bool = False) -> str:
    """A calendar date (a note's date): ``28/11/2026`` in French, ``28.11.26`` in German."""
    return QLocale().toString(_qdate(value), LONG if long else SHORT)


def time_text(value: datetime) -> str:
    """A time of day in the person's time zone: ``14:32`` (or ``2:32 PM``)."""
    return QLocale().toString(_qdatetime(value).time(), SHORT)


def date_time_text(value: datetime) -> str:
    """A moment (saved, deleted, backed up) in the person's time zone, date and time."""
    return QLocale().toString(_qdatetime(value), SHORT)


def number_text(value: int) -> str:
    """A count with the language's digit grouping: ``1 000 000`` in French, ``1.000.000``
    in German."""
    return QLocale().toString(value)
