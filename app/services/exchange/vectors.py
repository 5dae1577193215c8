"""Version vectors: did a record change on one side, on the other, or on both?"""

from __future__ import annotations

from enum import StrEnum

Vector = dict[str, int]


class Order(StrEnum):
    EQUAL = "equal"
    OURS_NEWER = "ours newer"
    THEIRS_NEWER = "theirs newer"
    CONCURRENT = "concurrent"  # both changed since they parted


def compare(ours: Vector, theirs: Vector) -> Order:
    keys = ours.keys() | theirs.keys()
    ahead = any(ours.get(k, 0) > theirs.get(k, 0) for k in keys)
    behind = any(ours.get(k, 0) < theirs.get(k, 0) for k in keys)
    if ahead and behind:
        return Order.CONCURRENT
    if ahead:
        return Order.OURS_NEWER
    if behind:
        return Order.THEIRS_NEWER
    return Order.EQUAL


def merged(ours: Vector, theirs: Vector) -> Vector:
    return {k: max(ours.get(k, 0), theirs.get(k, 0)) for k in sorted(ours.keys() | theirs.keys())}


def revision_of(vector: Vector) -> int:
    return 1 + sum(vector.values())
