"""The interpolation path being edited: keyframes, per-segment mode and length, the rendered frames.

Like :class:`~latentlab.ui.common.state.ExplorerState` it is plain state with signals: the path editor
writes it, the latent map draws it, and :class:`~latentlab.ui.latent.tools.LatentTools` renders
it on the worker and hands the frames back. Segment ``i`` runs from keyframe ``i`` to ``i + 1``
(the format of :class:`latentlab.core.interpolation.PathSpec`); the rendered path has
``sum(frames_per_segment) + 1`` frames and passes exactly through every keyframe.

Each model keeps its own path: switching models puts the path aside and brings it back when
that model is opened again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, Signal

MODES = ("lerp", "slerp")
MAX_FRAMES_PER_SEGMENT = 1000


@dataclass
class PathKeyframe:
    """One stop of the path: a latent (D,), its class (conditional models), a name and an origin.

    ``name`` and ``source`` are for people (in the UI language); ``seed`` says, for code, that
    the stop is that seed's latent (a lesson records such a path by its seeds).
    """

    z: np.ndarray
    label: int | None = None
    name: str = ""
    source: str = ""
    seed: int | None = None

    def __post_init__(self) -> None:
        self.z = np.asarray(self.z, np.float32).reshape(-1).copy()


@dataclass
class _Saved:
    keyframes: list[PathKeyframe] = field(default_factory=list)
    modes: list[str] = field(default_factory=list)
    frames: list[int] = field(default_factory=list)


class PathState(QObject):
    """Keyframes + segments of the current model's path, and its rendered frames when ready."""

    changed = Signal()  # keyframes / modes / frame counts edited: the frames are out of date
    rendered = Signal()  # latents and frames of the current path are ready
    frameChanged = Signal(int)  # the frame shown (filmstrip, playback)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.keyframes: list[PathKeyframe] = []
        self.modes: list[str] = []
        self.frames_per_segment: list[int] = []
        self.default_mode = "slerp"
        self.default_frames = 16
        self.model_path: str | None = None
        self.latent_dim = 0
        #: rises with every edit; a render started for an older generation is ignored
        self.generation = 0
        self.latents: np.ndarray | None = None  # (F, D) float32
        self.frames: np.ndarray | None = None  # (F, H, W) or (F, H, W, 3) uint8
        self.key_indices: list[int] = []
        self.frame = 0
        self._saved: dict[str, _Saved] = {}

    # --- facts ---------------------------------------------------------------------------------
    @property
    def count(self) -> int:
        return len(self.keyframes)

    @property
    def frame_count(self) -> int:
        """Frames of the path (0 until it has two keyframes)."""
        return sum(self.frames_per_segment) + 1 if self.count >= 2 else 0

    @property
    def ready(self) -> bool:
        return self.frames is not None and self.latents is not None

    def keyframe_tuples(self) -> list[tuple[np.ndarray, int | None, str, str]]:
        return [(k.z, k.label, k.name, k.source) for k in self.keyframes]

    def keyframe_thumb(self, i: int) -> np.ndarray | None:
        if self.frames is None or not 0 <= i < len(self.key_indices):
            return None
        return self.frames[self.key_indices[i]]

    # --- the model -------------------------------------------------------------------------------
    def set_model(self, path: str | None, latent_dim: int) -> None:
        """Another model: put this one's path aside and bring back the new model's, if any."""
        if path == self.model_path and latent_dim == self.latent_dim:
            return
        if self.model_path is not None and self.keyframes:
            self._saved[self.model_path] = _Saved(list(self.keyframes), list(self.modes),
                                                  list(self.frames_per_segment))
        saved = self._saved.pop(path, None) if path else None
        self.model_path, self.latent_dim = path, int(latent_dim)
        if saved is not None and all(k.z.shape[0] == latent_dim for k in saved.keyframes):
            self.keyframes, self.modes, self.frames_per_segment = saved.keyframes, saved.modes, saved.frames
        else:
            self.keyframes, self.modes, self.frames_per_segment = [], [], []
        self.frame = 0
        self._touch()

    # --- editing ---------------------------------------------------------------------------------
    def add(self, keyframe: PathKeyframe, index: int | None = None) -> int:
        """Insert ``keyframe`` (at the end by default); returns its index."""
        if self.latent_dim and keyframe.z.shape[0] != self.latent_dim:
            raise ValueError(f"this keyframe has {keyframe.z.shape[0]} numbers; the model needs {self.latent_dim}")
        if not np.isfinite(keyframe.z).all():
            raise ValueError("the keyframe contains NaN or infinite values")
        index = self.count if index is None else max(0, min(int(index), self.count))
        self.keyframes.insert(index, keyframe)
        if self.count >= 2:
            seg = max(0, min(index, self.count - 2))
            mode = self.modes[-1] if self.modes else self.default_mode
            frames = self.frames_per_segment[-1] if self.frames_per_segment else self.default_frames
            self.modes.insert(seg, mode)
            self.frames_per_segment.insert(seg, frames)
        self._touch()
        return index

    def remove(self, index: int) -> None:
        if not 0 <= index < self.count:
            return
        del self.keyframes[index]
        if self.modes:
            seg = min(index, len(self.modes) - 1)
            del self.modes[seg]
            del self.frames_per_segment[seg]
        self._touch()

    def move(self, index: int, to: int) -> bool:
        """Move keyframe ``index`` to position ``to`` (segments keep their places)."""
        to = max(0, min(int(to), self.count - 1))
        if not 0 <= index < self.count or to == index:
            return False
        self.keyframes.insert(to, self.keyframes.pop(index))
        self._touch()
        return True

    def rename(self, index: int, name: str) -> None:
        if 0 <= index < self.count and name and name != self.keyframes[index].name:
            self.keyframes[index].name = name  # the frames do not change

    def set_mode(self, segment: int, mode: str) -> None:
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}, not {mode!r}")
        if 0 <= segment < len(self.modes) and self.modes[segment] != mode:
            self.modes[segment] = mode
            self._touch()

    def set_all_modes(self, mode: str) -> None:
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}, not {mode!r}")
        self.default_mode = mode
        if any(m != mode for m in self.modes):
            self.modes = [mode] * len(self.modes)
            self._touch()

    def set_frames(self, segment: int, n: int) -> None:
        n = max(1, min(int(n), MAX_FRAMES_PER_SEGMENT))
        if 0 <= segment < len(self.frames_per_segment) and self.frames_per_segment[segment] != n:
            self.frames_per_segment[segment] = n
            self._touch()

    def set_all_frames(self, n: int) -> None:
        n = max(1, min(int(n), MAX_FRAMES_PER_SEGMENT))
        self.default_frames = n
        if any(f != n for f in self.frames_per_segment):
            self.frames_per_segment = [n] * len(self.frames_per_segment)
            self._touch()

    def clear(self) -> None:
        if self.keyframes:
            self.keyframes, self.modes, self.frames_per_segment = [], [], []
            self.frame = 0
            self._touch()

    def replace(self, keyframes: list[PathKeyframe], modes: list[str], frames: list[int]) -> None:
        """The whole path at once (opening a keyframe file)."""
        if len(modes) != max(0, len(keyframes) - 1) or len(frames) != len(modes):
            raise ValueError(f"{len(keyframes)} keyframes need {max(0, len(keyframes) - 1)} segments")
        self.keyframes = list(keyframes)
        self.modes = [str(m) for m in modes]
        self.frames_per_segment = [int(n) for n in frames]
        self.frame = 0
        self._touch()

    def _touch(self) -> None:
        self.generation += 1
        self.latents = self.frames = None
        self.key_indices = []
        self.changed.emit()

    # --- rendering and playback ------------------------------------------------------------------
    def set_rendered(self, generation: int, latents: np.ndarray, frames: np.ndarray, key_indices: list[int]) -> bool:
        """Store the frames of generation ``generation`` (ignored when the path changed since)."""
        if generation != self.generation:
            return False
        self.latents, self.frames, self.key_indices = latents, frames, list(key_indices)
        self.frame = max(0, min(self.frame, len(frames) - 1))
        self.rendered.emit()
        self.frameChanged.emit(self.frame)
        return True

    def set_frame(self, i: int) -> None:
        n = self.frame_count
        i = max(0, min(int(i), max(0, n - 1)))
        if i != self.frame:
            self.frame = i
            self.frameChanged.emit(i)

    def current_latent(self) -> np.ndarray | None:
        if self.latents is None or not 0 <= self.frame < len(self.latents):
            return None
        return self.latents[self.frame]

    def current_frame(self) -> np.ndarray | None:
        if self.frames is None or not 0 <= self.frame < len(self.frames):
            return None
        return self.frames[self.frame]

    def describe(self) -> dict[str, Any]:
        return {"keyframes": self.count, "frames": self.frame_count, "modes": list(self.modes)}
