"""What the compare view shows, with one signal per kind of change (the compare view's ExplorerState).

Widgets read and write this object, never each other; :class:`~latentlab.ui.compare.controller.
CompareController` turns its changes into render requests and background jobs.
"""

from __future__ import annotations

from typing import Any, Sequence

import numpy as np
from PySide6.QtCore import QObject, Signal

from latentlab.ui.compare.jobs import DEFAULT_MODELS, MAX_GRID, MAX_PANES, MIN_PANES, PATH_FRAMES, PC_COUNT

#: "seed": one image per pane from the shared seed; "grid": N x N of them; "interpolate": a path
MODES = ("seed", "grid", "interpolate")
PATH_MODES = ("lerp", "slerp")
#: panels that can be shown or hidden (lesson ``panels`` names)
PANELS = ("evidence", "reconstruction", "path", "sliders", "controls")
_PANEL_ALIASES = {"interpolation": "path", "filmstrip": "path"}


class CompareState(QObject):
    """Pane models, seed, class, mode, sliders and path of the compare view."""

    modelsChanged = Signal()  # the pane list changed (count or a model)
    seedChanged = Signal(int)
    labelChanged = Signal(object)  # int | str | None (None: each class in turn)
    modeChanged = Signal(str)
    gridSizeChanged = Signal(int)
    linkedChanged = Signal(bool)
    coefficientsChanged = Signal(int)  # pane index, or -1 for the shared (linked) sliders
    pathChanged = Signal()  # path ends, mode or frames changed
    frameChanged = Signal(int)  # position on the path
    playingChanged = Signal(bool)
    panelChanged = Signal(str, bool)
    reconChanged = Signal()  # which real pictures the reconstruction row shows

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.specs: list[str] = list(DEFAULT_MODELS)
        self.seed = 0
        self.label: int | str | None = None
        self.mode = "seed"
        self.grid_size = 4
        self.linked = True
        self.shared = np.zeros(PC_COUNT, np.float32)
        self.own: list[np.ndarray] = [np.zeros(PC_COUNT, np.float32) for _ in self.specs]
        #: path through the prior draws of these seeds (a lesson's path), or None: two real pictures
        self.path_seeds: list[int] | None = None
        #: sample indices of the two end pictures, or None: picked from the seed
        self.path_pictures: list[int] | None = None
        self.path_mode: str | list[str] = "slerp"
        self.path_frames: int | list[int] = PATH_FRAMES - 1  # per segment
        self.frame = 0
        self.playing = False
        self.recon_seed = 0
        self.panels = {"evidence": True, "reconstruction": False, "path": True, "sliders": True, "controls": True}

    # --- panes -----------------------------------------------------------------------------
    def set_models(self, specs: Sequence[str]) -> None:
        specs = [str(s) for s in specs]
        if not MIN_PANES <= len(specs) <= MAX_PANES:
            raise ValueError(f"the compare view shows {MIN_PANES} to {MAX_PANES} models, got {len(specs)}")
        if specs == self.specs:
            return
        self.specs = specs
        self.own = [np.zeros(PC_COUNT, np.float32) for _ in specs]
        self.modelsChanged.emit()

    def set_model(self, index: int, spec: str) -> None:
        if 0 <= index < len(self.specs) and self.specs[index] != str(spec):
            self.specs[index] = str(spec)
            self.own[index] = np.zeros(PC_COUNT, np.float32)
            self.modelsChanged.emit()

    def add_pane(self, spec: str) -> bool:
        if len(self.specs) >= MAX_PANES:
            return False
        self.specs.append(str(spec))
        self.own.append(np.zeros(PC_COUNT, np.float32))
        self.modelsChanged.emit()
        return True

    def remove_pane(self, index: int) -> bool:
        if len(self.specs) <= MIN_PANES or not 0 <= index < len(self.specs):
            return False
        del self.specs[index]
        del self.own[index]
        self.modelsChanged.emit()
        return True

    # --- what to draw ----------------------------------------------------------------------
    def set_seed(self, seed: int) -> None:
        seed = int(seed)
        if seed < 0:
            raise ValueError(f"seed {seed}: seeds are whole numbers from 0 up")
        if seed != self.seed:
            self.seed = seed
            self.seedChanged.emit(seed)

    def set_label(self, label: int | str | None) -> None:
        if isinstance(label, str) and label.strip().lstrip("-").isdigit():
            label = int(label)
        if label != self.label:
            self.label = label
            self.labelChanged.emit(label)

    def set_mode(self, mode: str) -> None:
        if mode not in MODES:
            raise ValueError(f"mode {mode!r}: one of {', '.join(MODES)}")
        if mode != self.mode:
            if mode != "interpolate":
                self.set_playing(False)
            self.mode = mode
            self.modeChanged.emit(mode)

    def set_grid_size(self, size: int) -> None:
        size = max(1, min(MAX_GRID, int(size)))
        if size != self.grid_size:
            self.grid_size = size
            self.gridSizeChanged.emit(size)

    # --- sliders ---------------------------------------------------------------------------
    def set_linked(self, linked: bool) -> None:
        if bool(linked) != self.linked:
            self.linked = bool(linked)
            self.linkedChanged.emit(self.linked)

    def coefficients(self, pane: int) -> np.ndarray:
        """The slider values that move pane ``pane`` (the shared ones while linked)."""
        if self.linked or not 0 <= pane < len(self.own):
            return self.shared.copy()
        return self.own[pane].copy()

    def set_coefficient(self, pane: int, index: int, value: float) -> None:
        """Set slider ``index``; ``pane`` -1 (or any pane while linked) moves the shared sliders."""
        target = self.shared if pane < 0 or self.linked else self.own[pane]
        if not 0 <= index < target.shape[0] or target[index] == np.float32(value):
            return
        target[index] = value
        self.coefficientsChanged.emit(-1 if target is self.shared else pane)

    def set_coefficients(self, values: Any, pane: int = -1) -> None:
        values = np.zeros(PC_COUNT, np.float32) if values is None else np.asarray(values, np.float32).reshape(-1)
        full = np.zeros(PC_COUNT, np.float32)
        full[: min(PC_COUNT, values.shape[0])] = values[:PC_COUNT]
        if pane < 0:
            self.shared = full
        elif 0 <= pane < len(self.own):
            self.own[pane] = full
        else:
            return
        self.coefficientsChanged.emit(pane if pane >= 0 else -1)

    def reset_coefficients(self) -> None:
        self.shared = np.zeros(PC_COUNT, np.float32)
        self.own = [np.zeros(PC_COUNT, np.float32) for _ in self.specs]
        self.coefficientsChanged.emit(-1)

    # --- path ------------------------------------------------------------------------------
    def set_path(self, seeds: Sequence[int] | None = None, mode: str | Sequence[str] | None = None,
                 frames: int | Sequence[int] | None = None, pictures: Sequence[int] | None = None) -> None:
        """Path through ``seeds`` (>= 2), or between two real ``pictures`` (sample indices); neither:
        two real pictures picked from the seed. ``mode``/``frames`` per segment or for all."""
        if seeds is not None:
            seeds = [int(s) for s in seeds]
            if len(seeds) < 2 or min(seeds) < 0:
                raise ValueError(f"a path needs at least 2 seeds from 0 up, got {seeds}")
        if pictures is not None:
            pictures = [int(p) for p in pictures]
            if len(pictures) != 2 or min(pictures) < 0:
                raise ValueError(f"a path between pictures needs 2 sample indices, got {pictures}")
        segments = (len(seeds) - 1) if seeds else 1
        if mode is not None:
            modes = [mode] if isinstance(mode, str) else list(mode)
            bad = [m for m in modes if m not in PATH_MODES]
            if bad or (not isinstance(mode, str) and len(modes) != segments):
                raise ValueError(f"path mode {mode!r}: 'lerp' or 'slerp', or one per segment ({segments})")
            self.path_mode = mode if isinstance(mode, str) else modes
        elif not isinstance(self.path_mode, str):
            self.path_mode = "slerp"
        if frames is not None:
            counts = [frames] if isinstance(frames, int) else list(frames)
            if any(int(f) < 1 for f in counts) or (not isinstance(frames, int) and len(counts) != segments):
                raise ValueError(f"path frames {frames!r}: at least 1 per segment, or one count per segment")
            self.path_frames = int(frames) if isinstance(frames, int) else [int(f) for f in counts]
        elif not isinstance(self.path_frames, int):
            self.path_frames = PATH_FRAMES - 1
        self.path_seeds = seeds
        self.path_pictures = pictures
        self.frame = 0
        self.pathChanged.emit()

    @property
    def path_length(self) -> int:
        """Frames on the path (every keyframe included once)."""
        segments = (len(self.path_seeds) - 1) if self.path_seeds else 1
        per = self.path_frames if isinstance(self.path_frames, list) else [self.path_frames] * segments
        return int(sum(per)) + 1

    def set_frame(self, frame: int) -> None:
        frame = max(0, min(self.path_length - 1, int(frame)))
        if frame != self.frame:
            self.frame = frame
            self.frameChanged.emit(frame)

    def set_playing(self, playing: bool) -> None:
        if bool(playing) != self.playing:
            self.playing = bool(playing)
            self.playingChanged.emit(self.playing)

    # --- panels ----------------------------------------------------------------------------
    def set_panel(self, name: str, visible: bool) -> None:
        name = _PANEL_ALIASES.get(name, name)
        if name not in self.panels:
            raise ValueError(f"unknown panel {name!r}; panels: {', '.join(PANELS)}")
        if self.panels[name] != bool(visible):
            self.panels[name] = bool(visible)
            self.panelChanged.emit(name, bool(visible))

    def set_recon_seed(self, seed: int) -> None:
        if int(seed) != self.recon_seed:
            self.recon_seed = int(seed)
            self.reconChanged.emit()
