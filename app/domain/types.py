"""Column types: UTC timestamps stored as text (see ``app.domain.timestamps``)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from app.domain.timestamps import format_utc, parse_utc


class UTCDateTime(TypeDecorator[datetime]):
    """An aware datetime in, an aware UTC datetime out."""

    impl = String(27)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        return None if value is None else format_utc(value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> datetime | None:
        return None if value is None else parse_utc(value)
