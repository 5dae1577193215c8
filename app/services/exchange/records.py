"""Records of the exchange format ⇄ ORM rows, one pair of functions per kind.

Field order here is the order written to files, so exports are stable and diff well.
"""

from __future__ import annotations

import json
from typing import Any

from app.domain.enums import ServiceType
from app.domain.models import Category, Practice, Region, TestNote
from app.domain.timestamps import format_utc, parse_utc, utc_now

Record = dict[str, Any]


def category_record(row: Category) -> Record:
    return {
        "id": row.id,
        "name": row.name,
        "description": row.description,
        "position": row.position,
    }


def region_record(row: Region) -> Record:
    return {
        "id": row.id,
        "name": row.name,
        "country": row.country,
        "partner_organisation": row.partner_organisation,
        "lead_partner": row.lead_partner,
    }


def practice_record(row: Practice) -> Record:
    return {
        "id": row.id,
        "category_id": row.category_id,
        "position": row.position,
        "title": row.title,
        "subtitle": row.subtitle,
        "summary": row.summary,
        "description": row.description,
        "service_type": row.service_type.value,
        "origin_region_id": row.origin_region_id,
        "source": row.source,
        "selected": row.selected,
        "created_at": format_utc(row.created_at),
        "updated_at": format_utc(row.updated_at),
        "revision": row.revision,
        "versions": json.loads(row.versions),
    }


def note_record(row: TestNote) -> Record:
    return {
        "id": row.id,
        "practice_id": row.practice_id,
        "region_id": row.region_id,
        "author": row.author,
        "date": row.date.isoformat(),
        "status": row.status.value,
        "outcome": row.outcome,
        "score_cluster_initiatives": row.score_cluster_initiatives,
        "score_development_agencies": row.score_development_agencies,
        "score_enterprises": row.score_enterprises,
        "body": row.body,
        "created_at": format_utc(row.created_at),
        "updated_at": format_utc(row.updated_at),
        "revision": row.revision,
        "versions": json.loads(row.versions),
        "deleted_at": None if row.deleted_at is None else format_utc(row.deleted_at),
    }


def category_from(record: Record) -> Category:
    return Category(
        id=record["id"],
        name=record["name"],
        description=record["description"],
        position=record["position"],
    )


def region_from(record: Record) -> Region:
    return Region(
        id=record["id"],
        name=record["name"],
        country=record["country"],
        partner_organisation=record["partner_organisation"],
        lead_partner=record["lead_partner"],
    )


def practice_from(record: Record) -> Practice:
    now = utc_now()
    return Practice(
        id=record["id"],
        category_id=record["category_id"],
        position=record["position"],
        title=record["title"],
        subtitle=record["subtitle"],
        summary=record["summary"],
        description=record["description"],
        service_type=ServiceType(record["service_type"]),
        origin_region_id=record["origin_region_id"],
        source=record["source"],
        selected=record["selected"],
        created_at=_timestamp(record.get("created_at")) or now,
        updated_at=_timestamp(record.get("updated_at")) or now,
        revision=record["revision"],
        versions=json.dumps(record.get("versions", {}), sort_keys=True),
    )


def _timestamp(text: str | None) -> Any:
    return None if text is None else parse_utc(text)
