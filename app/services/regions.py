"""Adding a partner region from the note editor."""

from __future__ import annotations

import re

from sqlalchemy import func, select

from app.db.engine import Sessions
from app.domain.models import Region
from app.services.dto import RegionInfo
from app.services.exchange.limits import LINE_MAX, NAME_MAX, one_line


class RegionError(ValueError):
    """The region cannot be added as given; ``str()`` says why."""


def add_region(sessions: Sessions, name: str, country: str, partner: str = "") -> RegionInfo:
    name, partner = one_line(name).strip(), one_line(partner).strip()
    country = country.strip().upper()
    if not name:
        raise RegionError("Give the region a name.")
    if len(name) > NAME_MAX or len(partner) > LINE_MAX:  # what an exchange file may hold
        raise RegionError(
            f"A name has at most {NAME_MAX} characters, a partner organisation {LINE_MAX}."
        )
    if not re.fullmatch(r"[A-Z]{2}", country):
        raise RegionError("The country is a two-letter ISO 3166 code, such as EE or BE.")
    with sessions.write() as session:
        clash = session.scalar(
            select(Region.id).where(
                func.lower(Region.name) == name.lower(), Region.country == country
            )
        )
        if clash is not None:
            raise RegionError(f"{name} ({country}) is already in the list.")
        region = Region(name=name, country=country, partner_organisation=partner)
        session.add(region)
        session.flush()
        return RegionInfo(region.id, region.name, region.country, region.partner_organisation)
