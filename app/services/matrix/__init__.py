"""The field-test matrix: practices down, regions across, how far each region's tests got.

Read path, like ``catalogue_reader``: plain ``sqlite3``, integer practice keys, frozen
dataclasses out. At 100,000 practices and 1,000,000 notes the matrix never reads every note
on the GUI thread: rows come for a window of keys at a time (``rows``: one indexed
``GROUP BY`` per 500 keys), and what needs every note (column totals, sorting by evidence)
comes from one pass, ``summary()``, that a worker thread runs.

The rules, in one place:

- A cell holds the live notes (not in the trash) of one practice in one region. Its status
  is the most advanced among them: completed > in progress > planned > dropped.
- A region *tests* a practice when the cell holds a note that is not dropped. Row totals
  (regions testing a practice) and column totals (practices tested in a region) count these.
- Evidence of a practice: regions testing it, completed tests (notes whose status is
  completed), the mean of each added-value score over the notes where it is set, with how
  many notes that is, and the latest outcome lines.
"""

from app.services.matrix.evidence import practice_evidence
from app.services.matrix.model import (
    SCORES,
    STATUS_ORDER,
    Cell,
    CellNotes,
    MatrixRow,
    OutcomeLine,
    PracticeEvidence,
    ScoreMean,
)
from app.services.matrix.reader import MatrixReader
from app.services.matrix.summary import EvidenceSummary, SortBy

__all__ = [
    "SCORES",
    "STATUS_ORDER",
    "Cell",
    "CellNotes",
    "EvidenceSummary",
    "MatrixReader",
    "MatrixRow",
    "OutcomeLine",
    "PracticeEvidence",
    "ScoreMean",
    "SortBy",
    "practice_evidence",
]
