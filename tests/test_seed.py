"""The shipped catalogue: exactly the fifteen practices of the source, seeded idempotently."""

from __future__ import annotations

import json
import sqlite3
import uuid
from pathlib import Path

from sqlalchemy import func, select

from app.db.engine import Sessions
from app.domain.enums import ServiceType
from app.domain.models import Category, Practice, Region
from app.services.seed import seed_catalogue
from app.services.shipped_catalogue import catalogue_path

# data/SOURCES.md, "The fifteen practices".
EXPECTED = {
    "Education and training": ["Trainings - providing managerial and technical training"],
    "Expansion": [
        "Permanent industrial and commercial offices",
        "Co-Location",
        "Scientific Group Intermediation",
        "Help desk",
        "Competence centers for projects - attract new firms and talent to region",
        "Deal for growth - Contrat de croissance",
    ],
    "Research and networking": [
        "Web site",
        "European Networking",
        "Mentorship program",
        "Information Desk for funding and financing",
    ],
    "Commercial cooperation": ["Collective Booth"],
    "Innovation and technology": ["Business Intelligence", "Project oriented funding"],
    "Policy actions": ["Cluster Development Programme"],
}
REGIONS = {
    ("Namur", "BE"),
    ("Tartu", "EE"),
    ("Stuttgart", "DE"),
    ("Malta", "MT"),
    ("France", "FR"),
    ("Slovenia", "SI"),
    ("Greece", "GR"),
}


def _catalogue(sessions: Sessions) -> dict[str, list[str]]:
    with sessions.read() as session:
        rows = session.execute(
            select(Category.name, Practice.title, Practice.subtitle)
            .join(Practice, Practice.category_id == Category.id)
            .order_by(Category.position, Practice.position)
        ).all()
    result: dict[str, list[str]] = {}
    for category, title, subtitle in rows:
        result.setdefault(category, []).append(f"{title} - {subtitle}" if subtitle else title)
    return result


def test_seeded_catalogue_is_exactly_the_source(sessions: Sessions) -> None:
    assert _catalogue(sessions) == EXPECTED
    assert sum(len(titles) for titles in EXPECTED.values()) == 15


def test_unknown_facts_stay_empty(sessions: Sessions) -> None:
    with sessions.read() as session:
        practices = session.scalars(select(Practice)).all()
    for practice in practices:
        assert practice.description == "" and practice.summary == ""
        assert practice.service_type is ServiceType.UNKNOWN
        assert practice.origin_region_id is None
        assert "15 Good Practices e-booklet" in practice.source and "2011" in practice.source


def test_regions_and_lead_partner(sessions: Sessions) -> None:
    with sessions.read() as session:
        regions = session.scalars(select(Region)).all()
    assert {(r.name, r.country) for r in regions} == REGIONS
    assert [r.name for r in regions if r.lead_partner] == ["Namur"]


def test_ids_are_fixed_in_the_file(tmp_path: Path) -> None:
    document = json.loads(catalogue_path().read_text(encoding="utf-8"))
    ids = [r["id"] for kind in ("categories", "regions", "practices") for r in document[kind]]
    assert len(ids) == len(set(ids)) == 6 + 7 + 15
    assert all(str(uuid.UUID(i)) == i for i in ids)
    # Two laptops seeded separately hold the same ids.
    from app.services.opening import open_database

    first = open_database(tmp_path / "a.db").path
    second = open_database(tmp_path / "b.db").path
    query = "SELECT id FROM practices ORDER BY id"
    with sqlite3.connect(first) as a, sqlite3.connect(second) as b:
        assert a.execute(query).fetchall() == b.execute(query).fetchall()


def test_seeding_twice_adds_nothing(sessions: Sessions) -> None:
    report = seed_catalogue(sessions)
    assert report.total == 0
    with sessions.read() as session:
        assert session.scalar(select(func.count()).select_from(Practice)) == 15


def test_seeding_keeps_what_editors_changed(sessions: Sessions) -> None:
    with sessions.write() as session:
        practice = session.scalars(select(Practice).where(Practice.title == "Help desk")).one()
        practice.description = "Written by an editor."
    seed_catalogue(sessions)
    with sessions.read() as session:
        practice = session.scalars(select(Practice).where(Practice.title == "Help desk")).one()
    assert practice.description == "Written by an editor."


def test_a_later_release_adds_just_the_new_practice(sessions: Sessions, tmp_path: Path) -> None:
    document = json.loads(catalogue_path().read_text(encoding="utf-8"))
    added = dict(document["practices"][0], id=str(uuid.uuid4()), title="A new practice")
    document["practices"].append(added)
    later = tmp_path / "catalogue-next.json"
    later.write_text(json.dumps(document), encoding="utf-8")
    report = seed_catalogue(sessions, later)
    assert (report.categories, report.regions, report.practices) == (0, 0, 1)
    with sessions.read() as session:
        assert session.scalar(select(func.count()).select_from(Practice)) == 16


def test_opening_seeds_again_only_when_the_shipped_fingerprint_differs(tmp_path: Path) -> None:
    from app.services.opening import open_database
    from app.services.shipped_catalogue import DIGEST_KEY, digest

    path = tmp_path / "catalogue.db"
    assert open_database(path).seeded is not None  # a new file is seeded
    assert open_database(path).seeded is None  # the same catalogue: the fast path
    connection = sqlite3.connect(path)
    stored = connection.execute("SELECT value FROM meta WHERE key = ?", (DIGEST_KEY,)).fetchone()
    assert stored == (digest(catalogue_path().read_bytes()),)
    # As an older version left it: a SHA-256 of the file, and a practice an editor deleted.
    with connection:
        connection.execute("UPDATE meta SET value = ? WHERE key = ?", ("9f" * 32, DIGEST_KEY))
        connection.execute("DELETE FROM practices WHERE title = 'Help desk'")
    connection.close()
    again = open_database(path).seeded
    assert again is not None and again.practices == 1  # seeded once more: the missing one back
    assert open_database(path).seeded is None
