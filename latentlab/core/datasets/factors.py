"""Image properties shared by datasets of light strokes on a dark ground (MNIST-like ink).

Each :class:`~latentlab.core.datasets.registry.Factor` measures float images ``(N, C, H, W)`` in
``[0, 1]``; colour images are measured on their grey version (the channel mean). The ink
measures themselves live in :mod:`latentlab.core.latent`.
"""

from __future__ import annotations

from typing import Any, Callable

from latentlab.core import latent
from latentlab.core.datasets.registry import Factor

__all__ = ["INK_FACTORS", "grey"]


def grey(images: Any) -> Any:
    """(N, C, H, W) in [0, 1] → (N, H, W) grey, ink bright (colour channels averaged)."""
    return images.mean(dim=1) if images.shape[1] != 1 else images[:, 0]


def _on_grey(measure: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def on_grey(images: Any) -> Any:
        return measure(grey(images))

    on_grey.__name__ = measure.__name__
    on_grey.__doc__ = measure.__doc__
    return on_grey


#: Stroke thickness, slant and width of the ink, in the order the explorer lists them.
INK_FACTORS = (
    Factor("stroke thickness", _on_grey(latent.stroke_thickness),
           "Thicker or thinner strokes (fitted on how wide the ink is)"),
    Factor("slant", _on_grey(latent.slant), "Leaning right (/) or left (\\) (fitted on the ink's shear)"),
    Factor("width", _on_grey(latent.width), "Wider or narrower shapes (fitted on the ink's horizontal spread)"),
)
