"""Image properties shared by datasets of light strokes on a dark ground (MNIST-like ink).

Each :class:`~latentlab.core.datasets.registry.Factor` measures float images ``(N, C, H, W)`` in
``[0, 1]``; colour images are measured on their grey version (the channel mean). The ink
measures themselves live in :mod:`latentlab.core.latent`, imported when first measuring so that
declaring a dataset needs no torch.
"""

from __future__ import annotations

from typing import Any

from latentlab.core.datasets.registry import Factor

__all__ = ["INK_FACTORS", "grey", "ink_slant", "ink_thickness", "ink_width"]


def grey(images: Any) -> Any:
    """(N, C, H, W) in [0, 1] → (N, H, W) grey, ink bright (colour channels averaged)."""
    return images.mean(dim=1) if images.shape[1] != 1 else images[:, 0]


def ink_thickness(images: Any) -> Any:
    """Stroke thickness (:func:`latentlab.core.latent.stroke_thickness`) of (N, C, H, W) images."""
    from latentlab.core.latent import stroke_thickness

    return stroke_thickness(grey(images))


def ink_slant(images: Any) -> Any:
    """Slant (:func:`latentlab.core.latent.slant`) of (N, C, H, W) images."""
    from latentlab.core.latent import slant

    return slant(grey(images))


def ink_width(images: Any) -> Any:
    """Ink width (:func:`latentlab.core.latent.width`) of (N, C, H, W) images."""
    from latentlab.core.latent import width

    return width(grey(images))


#: Stroke thickness, slant and width of the ink, in the order the explorer lists them.
INK_FACTORS = (
    Factor("stroke thickness", ink_thickness, "Thicker or thinner strokes (fitted on how wide the ink is)"),
    Factor("slant", ink_slant, "Leaning right (/) or left (\\) (fitted on the ink's shear)"),
    Factor("width", ink_width, "Wider or narrower shapes (fitted on the ink's horizontal spread)"),
)
