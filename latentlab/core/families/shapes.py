"""Configs of latentlab's own VAE and GAN read off a raw state dict's tensor shapes.

A ``torch.save(model.state_dict(), …)`` of a latentlab model has lost its model card; these
readers recover the config so the importer can rebuild the model (the conditional families,
built with :meth:`Family.conditional_variant`, share them). They read only the numbers that
fix the layout; the importer then builds the module and compares every tensor's shape.
"""

from __future__ import annotations

import math
import re

from latentlab.core.families.base import ModelConfig

Shapes = dict[str, tuple[int, ...]]


def _kernels(shapes: Shapes, *prefixes: str) -> list[tuple[int, ...]]:
    """4-D kernels under ``prefix.N.weight`` (Sequentials, ModuleLists) in layer order."""
    found: list[tuple[int, tuple[int, ...]]] = []
    for prefix in prefixes:
        pattern = re.compile(re.escape(prefix) + r"\.(\d+)\.weight")
        found += [(int(m.group(1)), s) for k, s in shapes.items() if (m := pattern.fullmatch(k)) and len(s) == 4]
    return [s for _, s in sorted(found)]


def _need(shapes: Shapes, key: str, dims: int) -> tuple[int, ...]:
    shape = shapes.get(key)
    if shape is None or len(shape) != dims:
        raise ValueError(f"no {dims}-D {key}")
    return shape


def _image_side(features: int, top_channels: int, stages: int) -> int:
    """Side of the square image whose stride-2 pyramid ends in ``features`` = C_top · b²."""
    base = math.isqrt(features // max(top_channels, 1))
    if base * base * top_channels != features:
        raise ValueError(f"{features} features are not {top_channels} channels on a square map")
    return base * 2 ** stages


def _conditioning(shapes: Shapes) -> tuple[str, int]:
    """("every-layer", K) when class-conditional batch norm is there, else ("input", 0)."""
    gain = shapes.get("norms.0.gain.weight")
    return ("every-layer", gain[0]) if gain else ("input", 0)


def vae_config(config_class: type, shapes: Shapes, num_classes: int | None) -> ModelConfig:
    """A VAE/CVAE config: classes from the encoder's extra input planes, the rest from widths."""
    encoder = _kernels(shapes, "encoder")
    if not encoder:
        raise ValueError("no encoder.N.weight convolution kernels")
    out = _kernels(shapes, "decoder")[-1:] or [_need(shapes, "to_logits.weight", 4)]
    channels = out[0][1]
    classes = encoder[0][1] - channels
    if num_classes is not None and num_classes != classes:
        raise ValueError(f"the encoder takes {classes} class planes, not --classes {num_classes}")
    latent = _need(shapes, "to_stats.weight", 2)[0] // 2
    side = _image_side(_need(shapes, "to_stats.weight", 2)[1], encoder[-1][0], len(encoder))
    conditioning, _ = _conditioning(shapes)
    return config_class(latent_dim=latent, image_shape=(channels, side, side), num_classes=classes,
                        base_channels=encoder[0][0], label_conditioning=conditioning)


def gan_config(config_class: type, shapes: Shapes, num_classes: int | None) -> ModelConfig:
    """A GAN/cGAN config; an input-only cGAN's class count must come from ``num_classes``.

    Its first layer takes z and the one-hot label side by side, which no shape tells apart.
    """
    ups = _kernels(shapes, "net", "up") + _kernels(shapes, "to_image")
    if not ups:
        raise ValueError("no net.N.weight / up.N.weight transposed-convolution kernels")
    conditioning, classes = _conditioning(shapes)
    if num_classes is not None:
        if conditioning == "every-layer" and num_classes != classes:
            raise ValueError(f"the class-conditional norms hold {classes} classes, not --classes {num_classes}")
        classes = num_classes
    features, inputs = _need(shapes, "project.0.weight", 2)
    if inputs <= classes:
        raise ValueError(f"project.0.weight takes {inputs} inputs: no room for {classes} classes")
    side = _image_side(features, ups[0][0], len(ups))
    return config_class(latent_dim=inputs - classes, image_shape=(ups[-1][1], side, side), num_classes=classes,
                        base_channels=ups[-1][0], label_conditioning=conditioning)
