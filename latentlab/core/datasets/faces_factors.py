"""The ``faces64`` factors as declarations: names, ranges, value names (no numpy, no drawing).

:mod:`.faces_draw` draws faces from these values and :mod:`.faces64` declares the dataset with
them; both read this module, which imports nothing.
"""

from __future__ import annotations

__all__ = [
    "CATEGORICAL",
    "CATEGORICAL_DESCRIPTIONS",
    "CONTINUOUS",
    "FACTOR_NAMES",
    "GENERATOR_VERSION",
    "HAIR_COLOURS",
    "HAIR_STYLES",
    "MAX_TILT_DEGREES",
    "SIZE",
    "SUPERSAMPLE",
]

#: Bumped whenever the same factors would draw different pixels (cache files are keyed by it).
GENERATOR_VERSION = 1
SIZE = 64
SUPERSAMPLE = 4
MAX_TILT_DEGREES = 20.0

#: Continuous factors: name → (low, high, what growing it looks like).
CONTINUOUS: dict[str, tuple[float, float, str]] = {
    "smile": (-1.0, 1.0, "From a frown (-1) to a broad smile (+1): the mouth corners rise"),
    "mouth open": (0.0, 1.0, "From closed lips (0) to a wide-open mouth (1)"),
    "eye size": (0.0, 1.0, "From small (0) to large eyes (1)"),
    "eye openness": (0.0, 1.0, "From nearly shut (0) to wide-open eyes (1)"),
    "head tilt": (-1.0, 1.0, "The head turned from -20° (-1) to +20° (+1), clockwise on screen"),
    "face width": (0.0, 1.0, "From a narrow (0) to a wide face (1)"),
    "skin tone": (0.0, 1.0, "From light (0) to dark skin (1)"),
    # Hue stops at 0.8 so that the label has no wrap-around (1.0 would be red again).
    "background hue": (0.0, 0.8, "The background's hue: red (0), yellow, green, blue to violet (0.8)"),
    "light direction": (-1.0, 1.0, "Light from the left (-1), the front (0) or the right (+1)"),
}

#: Named hair colours (RGB), in label order; also the dataset's classes.
HAIR_COLOURS: dict[str, tuple[int, int, int]] = {
    "black": (35, 30, 30),
    "brown": (110, 68, 38),
    "blonde": (232, 200, 120),
    "red": (190, 70, 35),
    "grey": (168, 168, 174),
}
HAIR_STYLES = ("short", "long", "bun")

#: Categorical factors: name → value names (the label is the index).
CATEGORICAL: dict[str, tuple[str, ...]] = {
    "hair colour": tuple(HAIR_COLOURS),
    "hair style": HAIR_STYLES,
    "glasses": ("no", "yes"),
}

#: Column order of the label table.
FACTOR_NAMES: tuple[str, ...] = (*CONTINUOUS, *CATEGORICAL)

#: What each categorical factor's value looks like, for tooltips.
CATEGORICAL_DESCRIPTIONS: dict[str, str] = {
    "hair colour": "The hair's colour: black, brown, blonde, red or grey",
    "hair style": "Short hair, long hair falling below the chin, or a bun on top",
    "glasses": "Round dark-rimmed glasses (1) or none (0)",
}
