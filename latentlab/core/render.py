"""The renderer: latents in, display-ready uint8 frames out, and it never raises.

Models are cached by (file, device, dtype) so the per-frame path only decodes: it never
loads, moves or copies a network. The uint8 conversion happens on the model's device before
the copy back (one small transfer instead of a float one).
"""

from __future__ import annotations

import time
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

import numpy as np
import torch
from torch import nn

from latentlab.core.device import DeviceFallbackWarning, is_out_of_memory, resolve_device, resolve_dtype
from latentlab.core.export import to_uint8


@dataclass
class RenderRequest:
    """What to draw. Widgets fill in their part; the worker hands it to :class:`Renderer`.

    Attributes
    ----------
    id : int
        Rising request number; results carry it back so stale ones can be dropped.
    model : str or Path
        Model file (or a key registered with :meth:`Renderer.register`).
    z : array-like
        Latents, (D,) or (N, D).
    labels : sequence of int, optional
        Class per latent (or one for all) for conditional models.
    device, dtype : str
        Where and in what precision to run.
    """

    id: int
    model: str | Path
    z: Any
    labels: Sequence[int] | None = None
    device: str = "auto"
    dtype: str = "float32"
    tag: str = ""


@dataclass
class RenderResult:
    """Outcome of one request: frames (N, H, W, C) uint8 C-contiguous, or an error message."""

    id: int
    frames: np.ndarray | None
    ms: float
    error: str | None = None
    device: str = ""
    tag: str = ""
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def frame(self) -> np.ndarray | None:
        """The first (or only) frame, (H, W, C)."""
        return None if self.frames is None else self.frames[0]


class Renderer:
    """Decode latents with cached models; :meth:`render` returns errors instead of raising."""

    def __init__(self) -> None:
        self._cache: dict[tuple[str, str, str], nn.Module] = {}
        self._devices: dict[str, torch.device] = {}
        self._paths: dict[str, str] = {}

    def _key_path(self, model: str | Path) -> str:
        # Resolving touches the file system: do it once per model name, not once per frame.
        name = str(model)
        key = self._paths.get(name)
        if key is None:
            key = name if name.startswith("mem:") else str(Path(model).expanduser().resolve())
            self._paths[name] = key
        return key

    def _device(self, spec: str) -> torch.device:
        # Resolving "auto" consults the environment and CUDA; do it once per spec, not per frame.
        if spec not in self._devices:
            self._devices[spec] = resolve_device(spec)
        return self._devices[spec]

    def register(self, key: str, model: nn.Module, device: str = "auto", dtype: str = "float32") -> None:
        """Make an in-memory model (e.g. one being trained) renderable under ``key``."""
        dev = self._device(device)
        self._cache[(key, str(dev), dtype)] = model

    def get_model(self, model: str | Path, device: str = "auto", dtype: str = "float32") -> nn.Module:
        """The cached model for (file, device, dtype), loading it on first use (may raise)."""
        from latentlab.core.checkpoint import load_model

        dev = self._device(device)
        key = (self._key_path(model), str(dev), dtype)
        cached = self._cache.get(key)
        if cached is None:
            cached = load_model(key[0], device=dev)
            cached = cached.to(resolve_dtype(dtype, dev))
            self._cache[key] = cached
        return cached

    def _cached(self, request: RenderRequest) -> nn.Module | None:
        dev = self._devices.get(request.device)
        if dev is None:
            return None
        return self._cache.get((self._key_path(request.model), str(dev), request.dtype))

    def evict(self, model: str | Path | None = None) -> None:
        """Forget cached models (all, or those of one file)."""
        if model is None:
            self._cache.clear()
            self._paths.clear()
            return
        path = self._key_path(model)
        self._paths.pop(str(model), None)
        for key in [k for k in self._cache if k[0] == path]:
            del self._cache[key]

    def render(self, request: RenderRequest) -> RenderResult:
        """Decode ``request`` to frames. Never raises: failures come back in ``.error``."""
        t0 = time.perf_counter()
        notes: list[str] = []
        device = ""
        try:
            model = self._cached(request)
            if model is None:  # first use: loading may warn about a device fallback
                with warnings.catch_warnings(record=True) as caught:
                    warnings.simplefilter("always", DeviceFallbackWarning)
                    model = self.get_model(request.model, request.device, request.dtype)
                    notes += [str(w.message) for w in caught]
            device = str(model.device)
            try:
                frames = self._decode(model, request)
            except Exception as exc:
                if not (is_out_of_memory(exc) and model.device.type != "cpu"):
                    raise
                # Out of GPU memory: keep working on the CPU rather than failing the frame.
                notes.append(f"out of memory on {device}; rendering on the CPU")
                model = self.get_model(request.model, "cpu", "float32")
                device = "cpu"
                frames = self._decode(model, request)
        except Exception as exc:
            return RenderResult(request.id, None, (time.perf_counter() - t0) * 1e3,
                                f"{_describe(exc)}", device, request.tag, notes)
        return RenderResult(request.id, frames, (time.perf_counter() - t0) * 1e3, None, device, request.tag, notes)

    @staticmethod
    def _decode(model: nn.Module, request: RenderRequest) -> np.ndarray:
        z = torch.as_tensor(np.asarray(request.z, dtype=np.float32))
        labels = None
        if request.labels is not None and getattr(model, "conditional", False):
            labels = torch.as_tensor(list(request.labels) if not np.isscalar(request.labels) else [request.labels])
        images = model.decode(z, labels)  # (N, C, H, W) in [0, 1]
        return to_uint8(images)


def _describe(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    if type(exc).__name__ in ("CheckpointError", "ValueError"):
        return text
    return f"{type(exc).__name__}: {text}"
