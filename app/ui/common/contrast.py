"""Text contrast (WCAG 2): the ratio of two colours, and a palette whose text pairs all reach
the AA level for normal text (4.5:1).

Qt's Fusion palette, the one used where the desktop gives none, has white on #308cc6 for
selected rows (3.7:1) and half-transparent black for placeholders (4.0:1). ``readable_palette``
moves only the colours of pairs that fall short, toward black or white, so a desktop theme
that already reads well is left as it is.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

AA_NORMAL = 4.5
Role = QPalette.ColorRole

# (text, background, the one to move when they fall short): moving the selection colour keeps
# white text on it (as themes draw it); a placeholder moves toward the text colour.
TEXT_PAIRS: tuple[tuple[Role, Role, Role], ...] = (
    (Role.WindowText, Role.Window, Role.WindowText),
    (Role.Text, Role.Base, Role.Text),
    (Role.Text, Role.AlternateBase, Role.Text),
    (Role.ButtonText, Role.Button, Role.ButtonText),
    (Role.HighlightedText, Role.Highlight, Role.Highlight),
    (Role.PlaceholderText, Role.Base, Role.PlaceholderText),
    (Role.ToolTipText, Role.ToolTipBase, Role.ToolTipText),
    (Role.Link, Role.Base, Role.Link),
)
GROUPS = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)  # disabled text: exempt


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def luminance(colour: QColor) -> float:
    """WCAG relative luminance of an opaque colour."""
    return (
        0.2126 * _linear(colour.redF())
        + 0.7152 * _linear(colour.greenF())
        + 0.0722 * _linear(colour.blueF())
    )


def over(colour: QColor, background: QColor) -> QColor:
    """``colour`` drawn on ``background``: what the eye sees of a translucent colour."""
    alpha = colour.alphaF()
    return QColor.fromRgbF(
        colour.redF() * alpha + background.redF() * (1 - alpha),
        colour.greenF() * alpha + background.greenF() * (1 - alpha),
        colour.blueF() * alpha + background.blueF() * (1 - alpha),
    )


def contrast_ratio(text: QColor, background: QColor) -> float:
    """From 1 (same) to 21 (black on white); a translucent text is first laid on the ground."""
    lighter, darker = sorted((luminance(over(text, background)), luminance(background)))[::-1]
    return (lighter + 0.05) / (darker + 0.05)


def _toward(colour: QColor, pole: QColor, share: float) -> QColor:
    return QColor.fromRgbF(
        colour.redF() + (pole.redF() - colour.redF()) * share,
        colour.greenF() + (pole.greenF() - colour.greenF()) * share,
        colour.blueF() + (pole.blueF() - colour.blueF()) * share,
    )


def readable(moving: QColor, fixed: QColor, target: float = AA_NORMAL + 0.1) -> QColor:
    """``moving`` made opaque and moved toward black or white (away from ``fixed``) by the
    smallest step that gives ``target``; unchanged if it already does."""
    if contrast_ratio(moving, fixed) >= target:
        return moving
    opaque = over(moving, fixed)
    pole = QColor("#000000") if luminance(fixed) > 0.18 else QColor("#ffffff")
    for step in range(1, 21):
        candidate = _toward(opaque, pole, step / 20)
        if contrast_ratio(candidate, fixed) >= target:
            return candidate
    return pole


def readable_palette(palette: QPalette) -> QPalette:
    """A copy of ``palette`` in which every text pair of ``TEXT_PAIRS`` reaches AA."""
    result = QPalette(palette)
    for group in GROUPS:
        for text, background, moving in TEXT_PAIRS:
            fixed = background if moving == text else text
            colour = readable(result.color(group, moving), result.color(group, fixed))
            result.setColor(group, moving, colour)
    return result
