"""Interpolation paths: keyframes + per-segment mode, saved as JSON that re-opens the same path.

The GUI's path editor and ``latentlab interpolate`` share this module, so a path exported from
the app renders identically from the command line.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

import numpy as np
import torch

from latentlab.core.errors import keyed
from latentlab.core.files import atomic_write_text, read_json
from latentlab.core.latent import keyframe_indices, keyframe_path, seed_to_latent
from latentlab.core.pixels import to_uint8
from latentlab.core.sidecar import latent_from_json, latent_to_json

FORMAT = "latentlab-path/1"
MODES = ("lerp", "slerp")


class PathError(ValueError):
    """A path (or its JSON file) is unusable; the message names the file and the problem."""


@dataclass
class Keyframe:
    """One stop on a path: a latent, its class (conditional models) and where it came from."""

    z: torch.Tensor  # (D,) float32
    label: int | None = None
    name: str = ""
    source: str = ""  # "seed 3", "bookmark", "encoded digit.png", …


@dataclass
class PathSpec:
    """Keyframes and how to travel between them.

    ``modes[i]`` and ``frames_per_segment[i]`` describe the segment from keyframe ``i`` to
    ``i + 1``; the rendered path has ``sum(frames_per_segment) + 1`` frames and passes exactly
    through every keyframe.
    """

    keyframes: list[Keyframe]
    modes: list[str] = field(default_factory=list)
    frames_per_segment: list[int] = field(default_factory=list)
    model: dict[str, Any] | None = None

    def __post_init__(self) -> None:
        segments = max(0, len(self.keyframes) - 1)
        if not self.modes:
            self.modes = ["slerp"] * segments
        if not self.frames_per_segment:
            self.frames_per_segment = [16] * segments

    @property
    def latent_dim(self) -> int:
        return int(self.keyframes[0].z.numel()) if self.keyframes else 0

    def validate(self, latent_dim: int | None = None, num_classes: int | None = None) -> None:
        """Raise :class:`PathError` when the path cannot be rendered (by a model of this size)."""
        k = len(self.keyframes)
        if k < 2:
            raise PathError(f"a path needs at least two keyframes, it has {k}")
        dims = {int(kf.z.numel()) for kf in self.keyframes}
        if len(dims) != 1:
            raise PathError(f"keyframes have different latent sizes {sorted(dims)}")
        if latent_dim is not None and self.latent_dim != latent_dim:
            raise PathError(keyed("path.latent_size", size=self.latent_dim, dim=latent_dim))
        if len(self.modes) != k - 1 or any(m not in MODES for m in self.modes):
            raise PathError(f"need {k - 1} segment modes from {MODES}, got {self.modes}")
        if len(self.frames_per_segment) != k - 1 or any(int(n) < 1 for n in self.frames_per_segment):
            raise PathError(f"need {k - 1} positive frame counts, got {self.frames_per_segment}")
        if num_classes is not None:
            for i, kf in enumerate(self.keyframes):
                if num_classes and kf.label is not None and not 0 <= kf.label < num_classes:
                    raise PathError(f"keyframe {i + 1} has class {kf.label}, the model has 0..{num_classes - 1}")

    def latents(self) -> torch.Tensor:
        """All frames' latents, (F, D)."""
        self.validate()
        stacked = torch.stack([kf.z.reshape(-1).float() for kf in self.keyframes])
        return keyframe_path(stacked, self.frames_per_segment, self.modes)

    def keyframe_frames(self) -> list[int]:
        """Frame index of each keyframe."""
        return keyframe_indices(self.frames_per_segment, len(self.keyframes))

    def labels(self) -> list[int] | None:
        """Class per frame: each segment keeps its starting keyframe's class (classes don't blend)."""
        if all(kf.label is None for kf in self.keyframes):
            return None
        out: list[int] = []
        for kf, n in zip(self.keyframes[:-1], self.frames_per_segment):
            out += [kf.label if kf.label is not None else 0] * int(n)
        last = self.keyframes[-1].label
        out.append(last if last is not None else 0)
        return out

    # --- JSON ---------------------------------------------------------------------------
    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "model": self.model,
            "latent_dim": self.latent_dim,
            "keyframes": [{"z": latent_to_json(kf.z), "label": kf.label, "name": kf.name, "source": kf.source}
                          for kf in self.keyframes],
            "modes": list(self.modes),
            "frames_per_segment": [int(n) for n in self.frames_per_segment],
        }

    @classmethod
    def from_json(cls, data: Any, where: str = "path JSON") -> "PathSpec":
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise PathError(f"{where}: not a latentlab path file (expected format {FORMAT!r})")
        try:
            keyframes = [
                Keyframe(latent_from_json(k["z"]).reshape(-1),
                         None if k.get("label") is None else int(k["label"]),
                         str(k.get("name", "")), str(k.get("source", "")))
                for k in data["keyframes"]
            ]
            spec = cls(keyframes, [str(m) for m in data["modes"]],
                       [int(n) for n in data["frames_per_segment"]], data.get("model"))
        except (KeyError, TypeError, ValueError, OverflowError, AttributeError) as exc:
            raise PathError(f"{where}: malformed path ({exc})") from None
        try:
            spec.validate()
        except PathError as exc:
            raise PathError(f"{where}: {exc}") from None
        return spec

    def save(self, path: str | Path) -> Path:
        path = Path(path)
        atomic_write_text(path, json.dumps(self.to_json(), indent=1))
        return path

    @classmethod
    def load(cls, path: str | Path) -> "PathSpec":
        path = Path(path)
        try:
            data = read_json(path)
        except FileNotFoundError:
            raise PathError(f"{path}: file not found") from None
        except ValueError as exc:
            raise PathError(str(exc)) from None
        return cls.from_json(data, where=str(path))

    @classmethod
    def from_seeds(cls, seeds: Sequence[int], latent_dim: int, mode: str = "slerp", frames: int = 16,
                   truncation: float = 1.0, label: int | None = None) -> "PathSpec":
        """A path through the prior samples of ``seeds`` (the CLI's ``--seeds``)."""
        keyframes = [Keyframe(seed_to_latent(int(s), latent_dim, truncation), label, f"seed {s}", f"seed {s}")
                     for s in seeds]
        n = max(0, len(keyframes) - 1)
        return cls(keyframes, [mode] * n, [int(frames)] * n)


def decode_path(model, spec: PathSpec, batch: int = 256, default_label: int | None = None):
    """Generator: decode every frame of ``spec`` with ``model``, ``batch`` frames at a time.

    It yields after each batch (the app draws other frames in between) and returns
    ``(latents (F, D) tensor, frames uint8 (F, H, W, C))``. The app and ``latentlab interpolate``
    both decode through here, so their frames are the same bytes.

    A conditional model needs the keyframes' classes; without them it decodes every frame as
    ``default_label``, or raises :class:`PathError` when that is None.
    """
    spec.validate(model.latent_dim, model.num_classes if model.conditional else None)
    z = spec.latents()
    labels = spec.labels() if model.conditional else None
    if model.conditional and labels is None:
        if default_label is None:
            raise PathError("this model is conditional: give the keyframes a class")
        labels = [int(default_label)] * len(z)
    chunks = []
    for i in range(0, len(z), batch):
        lab = torch.tensor(labels[i:i + batch]) if labels is not None else None
        chunks.append(to_uint8(model.decode(z[i:i + batch], lab)))
        yield
    return z, np.concatenate(chunks)


def render_path(model, spec: PathSpec, batch: int = 256) -> np.ndarray:
    """Decode every frame of ``spec`` with ``model`` in batches → uint8 (F, H, W, C)."""
    steps = decode_path(model, spec, batch)
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return done.value[1]
