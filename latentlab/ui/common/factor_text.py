"""Factor names, values and descriptions in the reader's language.

The datasets in ``latentlab.core`` name their factors in English ("smile", "hair colour") and
describe them for tooltips; core cannot use Qt, so the words are listed here for Qt's
translation tools, under the context ``factors``. A test checks that every factor, value and
description a dataset declares is listed, so a new factor cannot reach the screen untranslated.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "factors"

#: Every factor name, value name and description the bundled datasets declare.
WORDS = (
    # MNIST / Fashion-MNIST: measured from the pixels
    QT_TRANSLATE_NOOP("factors", "stroke thickness"),
    QT_TRANSLATE_NOOP("factors", "slant"),
    QT_TRANSLATE_NOOP("factors", "width"),
    QT_TRANSLATE_NOOP("factors", "Thicker or thinner strokes (fitted on how wide the ink is)"),
    QT_TRANSLATE_NOOP("factors", "Leaning right (/) or left (\\) (fitted on the ink's shear)"),
    QT_TRANSLATE_NOOP("factors", "Wider or narrower shapes (fitted on the ink's horizontal spread)"),
    # faces64: drawn with known values
    QT_TRANSLATE_NOOP("factors", "smile"),
    QT_TRANSLATE_NOOP("factors", "mouth open"),
    QT_TRANSLATE_NOOP("factors", "eye size"),
    QT_TRANSLATE_NOOP("factors", "eye openness"),
    QT_TRANSLATE_NOOP("factors", "head tilt"),
    QT_TRANSLATE_NOOP("factors", "face width"),
    QT_TRANSLATE_NOOP("factors", "skin tone"),
    QT_TRANSLATE_NOOP("factors", "background hue"),
    QT_TRANSLATE_NOOP("factors", "light direction"),
    QT_TRANSLATE_NOOP("factors", "hair colour"),
    QT_TRANSLATE_NOOP("factors", "hair style"),
    QT_TRANSLATE_NOOP("factors", "glasses"),
    QT_TRANSLATE_NOOP("factors", "black"),
    QT_TRANSLATE_NOOP("factors", "brown"),
    QT_TRANSLATE_NOOP("factors", "blonde"),
    QT_TRANSLATE_NOOP("factors", "red"),
    QT_TRANSLATE_NOOP("factors", "grey"),
    QT_TRANSLATE_NOOP("factors", "short"),
    QT_TRANSLATE_NOOP("factors", "long"),
    QT_TRANSLATE_NOOP("factors", "bun"),
    QT_TRANSLATE_NOOP("factors", "no"),
    QT_TRANSLATE_NOOP("factors", "yes"),
    QT_TRANSLATE_NOOP("factors", "From a frown (-1) to a broad smile (+1): the mouth corners rise"),
    QT_TRANSLATE_NOOP("factors", "From closed lips (0) to a wide-open mouth (1)"),
    QT_TRANSLATE_NOOP("factors", "From small (0) to large eyes (1)"),
    QT_TRANSLATE_NOOP("factors", "From nearly shut (0) to wide-open eyes (1)"),
    QT_TRANSLATE_NOOP("factors", "The head turned from -20° (-1) to +20° (+1), clockwise on screen"),
    QT_TRANSLATE_NOOP("factors", "From a narrow (0) to a wide face (1)"),
    QT_TRANSLATE_NOOP("factors", "From light (0) to dark skin (1)"),
    QT_TRANSLATE_NOOP("factors", "The background's hue: red (0), yellow, green, blue to violet (0.8)"),
    QT_TRANSLATE_NOOP("factors", "Light from the left (-1), the front (0) or the right (+1)"),
    QT_TRANSLATE_NOOP("factors", "The hair's colour: black, brown, blonde, red or grey"),
    QT_TRANSLATE_NOOP("factors", "Short hair, long hair falling below the chin, or a bun on top"),
    QT_TRANSLATE_NOOP("factors", "Round dark-rimmed glasses (1) or none (0)"),
)


def word(text: str) -> str:
    """One factor name, value name or description in the current language (itself if unknown)."""
    return QCoreApplication.translate("factors", text)


def direction_label(name: str) -> str:
    """A direction's name in the current language: ``"smile"``, or ``"hair colour: blonde"`` part by part."""
    factor, sep, value = name.partition(": ")
    if not sep:
        return word(name)
    return QCoreApplication.translate("factors", "{factor}: {value}").format(factor=word(factor), value=word(value))
