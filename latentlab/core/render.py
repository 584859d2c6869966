"""The renderer: latents in, display-ready uint8 frames out, and it never raises.

Models are cached by (file, device, dtype) so the per-frame path only decodes: it never
loads, moves or copies a network. The uint8 conversion happens on the model's device before
the copy back (one small transfer instead of a float one).

From a model's second frame on, decoding runs through a TorchScript trace of the same network
(bitwise the same pixels, checked when it is made). Why: the app decodes in a worker thread
while the GUI thread paints, and an eager decode is a dozen Python-level calls, each needing
the GIL back from the GUI thread; the traced graph runs all of them in C++ without it. With a
busy GUI thread that was 62 ms vs 6 ms per frame here, and the explorer's slider p99 fell
accordingly. Anything that cannot be traced simply stays eager.
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
from latentlab.core.errors import error_message
from latentlab.core.families.base import DECODE_CHUNK
from latentlab.core.pixels import to_uint8, uint8_pixels


@dataclass
class RenderRequest:
    """What to draw. Widgets fill in their part; the worker hands it to :class:`Renderer`.

    Attributes
    ----------
    id : int
        Rising request number; results carry it back so stale ones can be dropped.
    model : str or Path
        Model file.
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


class _DecodeGraph(nn.Module):
    """``Generator.decode`` then the pixel conversion of ``to_uint8``, as one traceable module."""

    def __init__(self, model: nn.Module) -> None:
        super().__init__()
        self.model = model
        self.lo, self.hi = (float(v) for v in getattr(model, "output_range", (0.0, 1.0)))

    def forward(self, z: torch.Tensor, *labels: torch.Tensor) -> torch.Tensor:
        out = self.model.generate(z, labels[0] if labels else None)
        if (self.lo, self.hi) != (0.0, 1.0):
            out = (out - self.lo) / (self.hi - self.lo)  # exactly what decode() computes
        return uint8_pixels(out.clamp_(0.0, 1.0))  # (N, H, W, C) uint8


def trace_decoder(model: nn.Module) -> Any | None:
    """A traced ``to_uint8(decode(…))`` for ``model`` that gives bitwise the same pixels, or None.

    None when the model is not a plain generator on a CPU/CUDA device, when tracing fails, or
    when the traced graph's output differs from the eager one on a test batch.
    """
    from latentlab.core.families.base import Generator

    if (not isinstance(model, Generator) or model.training or model.device.type not in ("cpu", "cuda")
            or not getattr(model, "traceable", True)):  # e.g. ONNX: a trace would freeze its output
        return None
    try:
        graph = _DecodeGraph(model)
        z = model.sample_latent(2, seed=0)
        args = (z, torch.arange(2, device=model.device) % model.num_classes) if model.conditional else (z,)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # TracerWarnings / TorchScript deprecation notes
            with torch.no_grad():
                traced = torch.jit.trace(graph, args, check_trace=False)
            with torch.inference_mode():
                same = all(torch.equal(traced(*args), graph(*args)) for _ in range(3))  # profiling runs too
        return traced if same else None
    except Exception:  # any reason at all: the eager path is always there
        return None


_UNTRACED = object()  # loaded, no frame drawn yet
_TRACING = object()  # one frame drawn eagerly: trace before the next one


class Renderer:
    """Decode latents with cached models; :meth:`render` returns errors instead of raising."""

    def __init__(self, trace: bool = True) -> None:
        self._cache: dict[tuple[str, str, str], nn.Module] = {}
        self._devices: dict[str, torch.device] = {}
        self._paths: dict[str, str] = {}
        self.trace = trace
        #: (file, device, dtype) → traced decode, None (cannot be traced), or a not-yet-traced marker
        self._traced: dict[tuple[str, str, str], Any] = {}

    def _key_path(self, model: str | Path) -> str:
        # Resolving touches the file system: do it once per model name, not once per frame.
        name = str(model)
        key = self._paths.get(name)
        if key is None:
            key = str(Path(model).expanduser().resolve())
            self._paths[name] = key
        return key

    def _device(self, spec: str) -> torch.device:
        # Resolving "auto" consults the environment and CUDA; do it once per spec, not per frame.
        if spec not in self._devices:
            self._devices[spec] = resolve_device(spec)
        return self._devices[spec]

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
            self._traced[key] = _UNTRACED
        return cached

    def _cached(self, request: RenderRequest) -> nn.Module | None:
        dev = self._devices.get(request.device)
        if dev is None:
            return None
        return self._cache.get((self._key_path(request.model), str(dev), request.dtype))

    def _fast_decoder(self, request: RenderRequest, model: nn.Module) -> Any | None:
        # Trace on the second frame, not the first: the first frame (cold start, opening a
        # model) should not wait the ~20 ms a trace takes.
        key = (self._key_path(request.model), str(self._device(request.device)), request.dtype)
        state = self._traced.get(key)
        if state is _UNTRACED:
            self._traced[key] = _TRACING
            return None
        if state is _TRACING:
            state = self._traced[key] = trace_decoder(model) if self.trace else None
        return state

    def evict(self, model: str | Path | None = None) -> None:
        """Forget cached models (all, or those of one file)."""
        if model is None:
            self._cache.clear()
            self._paths.clear()
            self._traced.clear()
            return
        path = self._key_path(model)
        self._paths.pop(str(model), None)
        for key in [k for k in self._cache if k[0] == path]:
            del self._cache[key]
            self._traced.pop(key, None)

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
                frames = self._decode(model, request, self._fast_decoder(request, model))
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
                                error_message(exc), device, request.tag, notes)
        return RenderResult(request.id, frames, (time.perf_counter() - t0) * 1e3, None, device, request.tag, notes)

    @staticmethod
    def _decode(model: nn.Module, request: RenderRequest, traced: Any = None) -> np.ndarray:
        # The model checks the latents (NaN/±inf, complex, empty, shape, size) and the labels
        # (fractions, booleans, range): a bad request becomes an error result with that one
        # line, never a black frame reported as "ok".
        labels = request.labels if getattr(model, "conditional", False) else None
        if traced is None:
            return to_uint8(model.decode(request.z, labels))  # decode: (N, C, H, W) in [0, 1]
        with torch.inference_mode():
            z, labels = model.check_inputs(request.z, labels)
            frames = None
            for start in range(0, z.shape[0], DECODE_CHUNK):  # bounded, like Generator.decode
                stop = start + DECODE_CHUNK
                part = traced(z[start:stop]) if labels is None else traced(z[start:stop], labels[start:stop])
                if frames is None:
                    frames = np.empty((z.shape[0], *part.shape[1:]), dtype=np.uint8)  # (N, H, W, C)
                frames[start:stop] = part.cpu().numpy()
        return frames
