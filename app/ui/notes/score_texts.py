"""The three added-value scores of a note: their short labels on screen, and the full words a
tooltip and a screen reader give (context "NoteScores": translate them where they are shown)."""

from __future__ import annotations

from app.ui.common.translation import QT_TRANSLATE_NOOP

SCORE_LABELS = {  # short on screen; the tooltips and accessible texts say it in full
    "score_cluster_initiatives": QT_TRANSLATE_NOOP("NoteScores", "C&lusters"),
    "score_development_agencies": QT_TRANSLATE_NOOP("NoteScores", "A&gencies"),
    "score_enterprises": QT_TRANSLATE_NOOP("NoteScores", "&Enterprises"),
}
SCORE_NAMES = {
    "score_cluster_initiatives": "noteScoreClusterInitiatives",
    "score_development_agencies": "noteScoreDevelopmentAgencies",
    "score_enterprises": "noteScoreEnterprises",
}
SCORE_ACCESSIBLE_NAMES = {
    "score_cluster_initiatives": QT_TRANSLATE_NOOP(
        "NoteScores", "Added value for cluster initiatives"
    ),
    "score_development_agencies": QT_TRANSLATE_NOOP(
        "NoteScores", "Added value for development agencies"
    ),
    "score_enterprises": QT_TRANSLATE_NOOP("NoteScores", "Added value for enterprises"),
}
SCORE_DESCRIPTIONS = {
    "score_cluster_initiatives": QT_TRANSLATE_NOOP(
        "NoteScores", "Added value for cluster initiatives, 0 to 5; empty: not scored"
    ),
    "score_development_agencies": QT_TRANSLATE_NOOP(
        "NoteScores", "Added value for development agencies, 0 to 5; empty: not scored"
    ),
    "score_enterprises": QT_TRANSLATE_NOOP(
        "NoteScores", "Added value for enterprises, 0 to 5; empty: not scored"
    ),
}
