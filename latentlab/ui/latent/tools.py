"""The latent map, the encode panel and the path editor: their glue, and how they join the window.

:class:`LatentTools` is to these three panels what :class:`~latentlab.ui.explorer.controller.Controller`
is to the explorer: it owns their work and hands results back as signals. Where the work runs:

* the **path frames**, the **decoded mosaic** of the map and a **steered sweep** (the factor
  network's corrections, a step at a time) go to the window's render worker as generator tasks
  (frames drawn in between), so they share its model cache;
* the **map points** (encoding 2,000 test images, or decoding and classifying 2,000 samples)
  run on a second render worker created on first use: a few seconds of analysis must not hold
  up the frames of the explorer, nor anyone waiting for the explorer to be idle;
* **encoding / inverting** an image and **writing a GIF or video** run on
  :class:`~latentlab.ui.common.background.Job`\\ s, cancellable, with progress; the
  inversion works on its own copy of the model.

:class:`~latentlab.ui.latent.feature.LatentFeature` adds the three docks, their View-menu
entries and their commands to the main window.

Over 600 lines: the map, the path, encoding and exports share the one render worker and their
model's lifetime here; the path's keyframe sources (seed, sweep, steered sweep, bookmark) are the next part to move out.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, QTimer, Signal

from latentlab.ui.common.background import Job
from latentlab.ui.common.i18n import basis_labels, fmt
from latentlab.ui.common.messages import error_text
from latentlab.ui.common.qt_helpers import shuts_down_once
from latentlab.ui.common.state import ExplorerState, ModelSummary
from latentlab.ui.latent import jobs as latent_jobs
from latentlab.ui.latent.path_state import PathKeyframe, PathState

GIF_MAX_FPS = 50
#: width the path editor and the encode panel ask for when their tab is shown
WIDE_PANEL = 620
TALL_PANEL = 350
#: the map's background work starts a batch only after this long without a new frame being asked for
MAP_QUIET_S = 0.15
MAP_POLL_S = 0.03


class _Superseded(Exception):
    """A background job for a model that is no longer open: stopped, not reported."""


class LatentTools(QObject):
    """Work behind the latent map, the encode panel and the path editor."""

    mapReady = Signal(object)  # latent_jobs.MapData
    mapFailed = Signal(str)
    mosaicReady = Signal(object, object)  # uint8 mosaic, (x0, y0, side)
    encodeStarted = Signal(str, str)  # method ("encode" | "invert"), what
    encodeProgress = Signal(int, int, float)  # step, steps, best error
    encodeTarget = Signal(object, str)  # the image as converted (H, W[, 3]) uint8, its name: shown right away
    encoded = Signal(object)  # latent_jobs.EncodeResult (also when cancelled: the best so far)
    encodeFailed = Signal(str)
    exportBusy = Signal(str)  # "" when done
    steeringChanged = Signal(bool)  # a steered sweep started (True) or ended (False)

    def __init__(self, state: ExplorerState, controller: Any, messages: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.controller = controller
        self.messages = messages
        self.worker = controller.worker
        self.path = PathState(self)
        self.map_points = latent_jobs.MAP_POINTS
        self.map_data: latent_jobs.MapData | None = None
        self._map_pending: str | None = None
        self._map_generation = 0  # rises with every model change; a map job for an older one stops
        self._bg_worker: Any = None
        self._mosaic_id = 0
        self.invert_steps = 300
        self.invert_restarts = 8
        self.encode_job = Job("encode", self)
        self.encode_job.progress.connect(self._on_encode_progress)
        self.encode_job.finished.connect(self._on_encoded)
        self.encode_job.failed.connect(self._on_encode_failed)
        self.export_job = Job("export", self)
        self.export_job.finished.connect(self._on_exported)
        self.export_job.failed.connect(self._on_export_failed)
        self.last_encoding: latent_jobs.EncodeResult | None = None
        self.last_export: Path | None = None
        self._encode_for: str | None = None
        self._models: dict[tuple[str, str], Any] = {}  # private copies, used only on the encode thread
        self._closed = False
        self._build_panel: Any = None  # set by install_latent_tools

        self._path_timer = QTimer(self)
        self._path_timer.setSingleShot(True)
        self._path_timer.setInterval(0)
        self._path_timer.timeout.connect(self.render_path)
        self.path.changed.connect(self._path_timer.start)
        self.last_slider: int | None = None  # the slider moved last: what "+ Sweep" sweeps along
        self._steer_id = 0  # the newest steered sweep: an older one's result is dropped
        state.latentChanged.connect(self._note_slider)
        state.basisChanged.connect(lambda _b: setattr(self, "last_slider", None))
        state.modelChanged.connect(self._on_model)
        self._on_model(state.model)

    # --- model -----------------------------------------------------------------------------------
    def _on_model(self, model: ModelSummary | None) -> None:
        self.map_data = None
        self._map_pending = None
        self._map_generation += 1
        self.path.set_model(model.path if model else None, model.latent_dim if model else 0)
        if hasattr(self.state, "set_bands"):
            self.state.set_bands(None)
        if self.encode_job.running and model is not None and self._encode_for != model.path:
            self.encode_job.cancel()

    def panel(self, name: str) -> Any:
        """The "paths" (path editor) or "encode" panel of the window."""
        if self._build_panel is None:
            raise RuntimeError("the panels exist only in a window (LatentFeature)")
        return self._build_panel(name)

    # --- the map ---------------------------------------------------------------------------------
    def _background_worker(self) -> Any:
        if self._bg_worker is None:
            from latentlab.ui.common.render_worker import RenderWorker

            self._bg_worker = RenderWorker(self)
        return self._bg_worker

    def request_map(self) -> None:
        """Compute the map's points for the open model (once per model; the map asks when it is shown)."""
        model = self.state.model
        if model is None or model.latent_dim < 2 or self._closed:
            return
        if self.map_data is not None and self.map_data.model_path == model.path:
            self.mapReady.emit(self.map_data)
            return
        if self._map_pending == model.path:
            return
        self._map_pending = model.path
        summary, n = model, int(self.map_points)

        main = self.worker
        generation = self._map_generation

        quiet = {"seen": main.latest_id("view"), "since": time.perf_counter()}

        def polite() -> None:
            """Wait until the explorer has drawn no frame for a moment: the map is background work.
            Stop if another model was opened meanwhile: these points would only be thrown away, and
            the new model's map would wait behind them."""
            while not self._closed:
                if self._map_generation != generation:
                    raise _Superseded(summary.path)
                now = main.latest_id("view")
                if now != quiet["seen"]:
                    quiet["seen"], quiet["since"] = now, time.perf_counter()
                if main.is_idle() and time.perf_counter() - quiet["since"] >= MAP_QUIET_S:
                    return
                time.sleep(MAP_POLL_S)

        def work(renderer: Any):
            import torch

            torch.set_num_threads(1)  # background analysis: leave the other core to the frames
            return (yield from latent_jobs.map_points_job(renderer, summary, n, polite))

        def done(data: latent_jobs.MapData) -> None:
            if self._map_pending == summary.path:
                self._map_pending = None
            if self.state.model is not None and self.state.model.path == data.model_path:
                self.map_data = data
                self.mapReady.emit(data)

        def failed(exc: BaseException) -> None:
            if self._map_pending == summary.path:
                self._map_pending = None
            if isinstance(exc, _Superseded):
                return
            self.mapFailed.emit(error_text(exc))
            self.messages.warning(self.tr("Could not draw the latent map: {reason}").format(reason=error_text(exc)))

        self._background_worker().submit_task(work, done, failed)

    def wait_map(self, timeout: float = 60.0) -> bool:
        """Ask for the map's points now and process events until they are there (tests, scripts)."""
        from PySide6.QtCore import QCoreApplication, QEventLoop

        model = self.state.model
        if model is None or model.latent_dim < 2:
            return False
        self.request_map()
        deadline = time.perf_counter() + timeout
        app = QCoreApplication.instance()
        while self.map_data is None or self.map_data.model_path != model.path:
            if time.perf_counter() > deadline or (self._map_pending is None and self.map_data is None
                                                  and self._bg_worker is not None and self._bg_worker.is_idle()):
                return False
            if self._bg_worker is not None:
                self._bg_worker.wait_idle(min(0.2, max(0.0, deadline - time.perf_counter())))
            if app is not None:
                app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        return True

    def request_mosaic(self, latents: np.ndarray, n: int, rect: tuple) -> None:
        """Decode an n×n grid of latents into one mosaic (newest request wins)."""
        model = self.state.model
        if model is None:
            return
        self._mosaic_id += 1
        token = self._mosaic_id
        label = self.state.label
        summary = model

        def work(renderer: Any):
            if token != self._mosaic_id:
                return None
            return (yield from latent_jobs.manifold_job(renderer, summary, latents, n, label))

        def done(mosaic: Any) -> None:
            if mosaic is not None and token == self._mosaic_id and self.state.model is summary:
                self.mosaicReady.emit(mosaic, rect)

        self.worker.submit_task(work, done, lambda e: self.messages.warning(self.tr("Could not draw the decoded "
                                                                                    "images: {reason}")
                                                                                    .format(reason=error_text(e))))

    # --- encoding / inversion --------------------------------------------------------------------
    @property
    def encoding(self) -> bool:
        return self.encode_job.running

    def encode(self, source: Any, label: int | None = None, steps: int | None = None) -> bool:
        """Encode (VAE) or invert (GAN) an image: a file path, raw bytes, or ("sample", index).

        Runs on the encode thread; :attr:`encoded` (or :attr:`encodeFailed`) follows.
        """
        model = self.state.model
        if model is None:
            self.messages.warning(self.tr("Open a model first, then drop an image on it"))
            return False
        if self.encode_job.running:
            self.messages.warning(self.tr("An inversion is still running: wait for it or press Cancel"))
            return False
        summary = model
        steps = int(steps or self.invert_steps)
        restarts = int(self.invert_restarts)
        if label is None and summary.conditional:
            label = self.state.label
        method = "encode" if summary.has_encoder else "invert"
        if isinstance(source, tuple):
            what = self.tr("test image #{x0}").format(x0=source[1])
        else:
            what = self.tr("dropped image") if isinstance(source, (bytes, bytearray)) else Path(str(source)).name
        self._encode_for = summary.path

        def work(progress, should_stop):
            target, name, true_label = latent_jobs.load_target(source, summary)
            progress(("target", latent_jobs.chw_to_hw(target), name))
            lab = true_label if (true_label is not None and summary.conditional) else label
            model = self._private_model(summary)
            return latent_jobs.encode_job(model, summary, target, name, lab, steps, restarts,
                                          progress=lambda s, n, e: progress((s, n, e)), should_stop=should_stop)

        self.encode_job.start(work)
        self.encodeStarted.emit(method, str(what))
        if method == "invert":
            self.messages.info(self.tr("Inverting {what}: searching for the latent whose image matches it…")
                                       .format(what=what))
        return True

    def _on_encode_progress(self, p: tuple) -> None:
        if p and p[0] == "target":
            self.encodeTarget.emit(p[1], p[2])
        else:
            self.encodeProgress.emit(*p)

    def cancel_encode(self) -> None:
        if self.encode_job.running:
            self.encode_job.cancel()

    def _private_model(self, summary: ModelSummary) -> Any:
        """This thread's own copy of the model (the render worker keeps drawing with its copy)."""
        from latentlab.core.checkpoint import load_model

        key = (summary.path, summary.device_spec)
        model = self._models.get(key)
        if model is None:
            model = load_model(summary.path, device=summary.device_spec).eval()
            self._models = {key: model}  # one at a time: a new model replaces the old
        return model

    def _on_encoded(self, result: latent_jobs.EncodeResult) -> None:
        model = self.state.model
        if model is None or model.path != result.model_path:
            self.messages.warning(self.tr("The result for {source} belongs to a model that is no longer open; it was "
                                          "put aside").format(source=result.source))
            return
        self.last_encoding = result
        if result.cancelled:
            steps = len(result.history)
            self.messages.warning(fmt(self.tr("Inversion of {source} cancelled after {steps} steps. The best match so "
                                          "far is shown (error {error:.4f}); the current point was not changed — use "
                                          "“Go to point” to take it."), source=result.source, steps=steps, error=result.error))
        else:
            self.go_to_encoding(result)
            what = self.tr("Encoded") if result.method == "encode" else self.tr("Inverted")
            self.messages.info(fmt(self.tr("{what} {source}: mean squared error {error:.4f}"), what=what, source=result.source, error=result.error))
        self.encoded.emit(result)

    def go_to_encoding(self, result: latent_jobs.EncodeResult | None = None) -> None:
        """Make the encoded (or inverted) point the current one; a VAE's ±σ shows on the raw sliders."""
        result = result or self.last_encoding
        model = self.state.model
        if result is None or model is None or model.path != result.model_path:
            return
        if result.label is not None and model.conditional:
            self.state.set_label(result.label)
        self.state.set_z(result.z)
        if hasattr(self.state, "set_bands"):
            self.state.set_bands(result.z if result.sigma is not None else None, result.sigma)

    def _on_encode_failed(self, exc: BaseException) -> None:
        text = error_text(exc)
        self.encodeFailed.emit(text)
        self.messages.error(self.tr("Could not use that image: {text}. Nothing was changed.").format(text=text),
                            title=self.tr("Encode an image"))

    # --- keyframes -------------------------------------------------------------------------------
    def add_keyframe(self, z: Any, label: int | None, name: str, source: str, seed: int | None = None) -> bool:
        model = self.state.model
        if model is None:
            self.messages.warning(self.tr("Open a model first"))
            return False
        try:
            self.path.add(PathKeyframe(z, label if model.conditional else None, name, source, seed))
        except ValueError as exc:
            self.messages.error(self.tr("Could not add the keyframe: {exc}").format(exc=exc), title=self.tr("Path"))
            return False
        self.messages.info(self.tr("Added keyframe {count}: {name}").format(count=self.path.count, name=name))
        return True

    def add_current_point(self) -> bool:
        model = self.state.model
        if model is None:
            self.messages.warning(self.tr("Open a model first"))
            return False
        seed = int(self.state.seed) if self.state.from_seed else None
        name = (self.tr("seed {seed}").format(seed=seed) if seed is not None else
                self.tr("point {n}").format(n=self.path.count + 1))
        return self.add_keyframe(self.state.z, self.state.label, name,
                                 self.tr("seed {seed}").format(seed=seed) if seed is not None else
                                 self.tr("current point"), seed)

    def add_sweep(self, index: int | None = None, span: float | None = None) -> bool:
        """Replace the path by a sweep along one slider's direction through the current point.

        Two keyframes, the slider at ``-span`` and at ``+span`` (default: the sliders' range),
        every other slider as it is, joined by a straight line: "add a smile gradually" as a
        path to play or export. ``index`` defaults to the slider moved last.
        """
        index = self._sweep_slider(index)
        if index is None:
            return False
        model, basis = self.state.model, self.state.basis
        span = float(self.state.slider_range if span is None else span)
        coeffs = self.state.coefficients
        base = self.state.base
        ends = []
        for value in (-span, span):
            c = coeffs.copy()
            c[index] = value
            ends.append(base + c if basis.directions is None else base + c @ basis.directions)
        name = basis_labels(basis)[index]  # as the slider shows it, in the UI language
        self.path.replace([PathKeyframe(z, self.state.label if model.conditional else None,
                                        name + " " + fmt("{v:+g}", v=v), self.tr("sweep along {name}").format(name=name))
                           for z, v in zip(ends, (-span, span))], ["lerp"], [24])
        self.messages.info(fmt(self.tr("The path sweeps along {name} from {low:+g} to {high:+g}"),
                               name=name, low=-span, high=span))
        return True

    def _sweep_slider(self, index: int | None) -> int | None:
        """The slider a sweep goes along (default: the one moved last), or None after saying why not."""
        if self.state.model is None:
            self.messages.warning(self.tr("Open a model first"))
            return None
        index = self.last_slider if index is None else int(index)
        if index is None or not 0 <= index < self.state.basis.size:
            self.messages.warning(self.tr("Move the slider to sweep along first"))
            return None
        return index

    def steerable(self, index: int | None = None) -> bool:
        """Whether a steered sweep can go along a slider (default: the one moved last): a named
        factor direction of the model's card or its factor network (not a measured one)."""
        basis, model = self.state.basis, self.state.model
        index = self.last_slider if index is None else index
        return (model is not None and basis.key == "attribute" and basis.directions is not None
                and bool(basis.extra.get("steerable")) and index is not None and 0 <= index < basis.size)

    def add_steered_sweep(self, index: int | None = None, span: float | None = None, steps: int = 13) -> bool:
        """Replace the path by a sweep along a named factor, bent at every step so the others stay still.

        Like :meth:`add_sweep` (the slider at ``-span`` … ``+span`` through the current point), but
        walked in small steps that the factor network corrects (:mod:`latentlab.core.steering`):
        `steps` keyframes joined by straight lines. Computed on the render worker (about a second
        for a 64×64 face on a CPU); the path is replaced when it is ready. Returns whether it started.
        """
        index = self._sweep_slider(index)
        if index is None:
            return False
        model, basis = self.state.model, self.state.basis
        if not self.steerable(index):
            self.messages.warning(self.tr("Only a named factor's slider (a smile, say) can be steered: choose "
                                          "Attribute directions of a model whose dataset has a factor network"))
            return False
        span = float(self.state.slider_range if span is None else span)
        row = np.asarray(basis.directions[index], dtype=np.float32)
        coeffs = self.state.coefficients.copy()
        coeffs[index] = 0.0
        centre = (self.state.base + coeffs @ basis.directions).astype(np.float32)
        name, shown = basis.names[index], basis_labels(basis)[index]
        scale = float(np.linalg.norm(row))  # a row is the unit direction times one slider step
        self._steer_id += 1
        token, summary, label = self._steer_id, model, self.state.label if model.conditional else None

        def work(renderer: Any):
            return (yield from latent_jobs.steered_sweep_job(renderer, summary, centre, name, row, span * scale, steps))

        def done(walk: Any) -> None:
            self.steeringChanged.emit(False)
            if token != self._steer_id or self.state.model is not summary:
                return
            values = np.linspace(-span, span, steps)
            how = self.tr("steered sweep along {name}").format(name=shown)
            self.path.replace([PathKeyframe(z, label, shown + " " + fmt("{v:+.1f}", v=float(v)), how) for z, v in zip(walk, values)],
                              ["lerp"] * (steps - 1), [4] * (steps - 1))
            self.messages.info(fmt(self.tr("The path sweeps along {name} from {low:+g} to {high:+g}, steered so that "
                                           "the factor network reads every other factor unchanged"),
                                   name=shown, low=-span, high=span))

        def failed(exc: BaseException) -> None:
            self.steeringChanged.emit(False)
            self.messages.warning(self.tr("Could not steer the sweep: {reason}").format(reason=error_text(exc)))

        self.steeringChanged.emit(True)
        self.worker.submit_task(work, done, failed)
        return True

    def _note_slider(self, indices: Any) -> None:
        if indices and len(indices) == 1:  # one slider moved (not a jump to a new point)
            self.last_slider = int(indices[0])

    def add_seed(self, seed: int) -> bool:
        model = self.state.model
        if model is None:
            self.messages.warning(self.tr("Open a model first"))
            return False
        z = self.state.seed_to_latent(int(seed), model.latent_dim, self.state.truncation if model.truncates else 1.0)
        text = self.tr("seed {seed}").format(seed=int(seed))
        return self.add_keyframe(z, self.state.label, text, text, int(seed))

    def add_bookmark(self, index: int) -> bool:
        model = self.state.model
        if model is None or not 0 <= index < len(self.state.bookmarks):
            return False
        b = self.state.bookmarks[index]
        if len(b.z) != model.latent_dim:
            self.messages.error(self.tr("Bookmark {name!r} has {n} numbers; {model} needs {latent_dim}")
                                        .format(name=b.name, n=len(b.z), model=model.name, latent_dim=model.latent_dim),
                                title=self.tr("Path"))
            return False
        return self.add_keyframe(np.asarray(b.z, np.float32), b.label, b.name,
                                 self.tr("bookmark {name}").format(name=b.name))

    def _encoding_of_open_model(self) -> latent_jobs.EncodeResult | None:
        """The last encoding when it belongs to the open model; else None, after saying to encode first."""
        r = self.last_encoding
        model = self.state.model
        if r is None or model is None or model.path != r.model_path:
            self.messages.warning(self.tr("Encode an image first"))
            return None
        return r

    def add_encoding(self) -> bool:
        r = self._encoding_of_open_model()
        if r is None:
            return False
        return self.add_keyframe(r.z, r.label, r.source, (self.tr("encoded {source}") if r.method == "encode" else
                                                          self.tr("inverted {source}")).format(source=r.source))

    def bookmark_encoding(self) -> bool:
        r = self._encoding_of_open_model()
        model = self.state.model
        if r is None or model is None:
            return False
        from latentlab.ui.common.state import Bookmark

        name = Path(r.source).stem if "." in r.source else r.source
        b = Bookmark(name=name, model_path=model.path, model_name=model.name, z=[float(v) for v in r.z],
                     label=r.label if model.conditional else None)
        b.thumb = r.recon
        self.state.add_bookmark(b)
        self.messages.info(self.tr("Bookmarked {name!r}").format(name=name))
        return True

    # --- the path --------------------------------------------------------------------------------
    def _spec(self, with_model: bool = True) -> Any:
        model = self.state.model
        info = None
        if with_model and model is not None:
            # the model by name (nothing reads more back): export sidecars embed this, and they never
            # name a folder of this machine
            info = {"name": model.name, "latent_dim": model.latent_dim, "kind": model.kind}
        return latent_jobs.path_spec(self.path.keyframe_tuples(), self.path.modes, self.path.frames_per_segment, info)

    def render_path(self) -> None:
        """Render every frame of the path on the worker (in batches); the path state gets them."""
        model = self.state.model
        if model is None or self.path.count < 2 or self._closed:
            return
        gen = self.path.generation
        kfs = self.path.keyframe_tuples()
        if model.conditional:
            kfs = [(z, self.state.label if lab is None else lab, n, s) for z, lab, n, s in kfs]
        modes, frames = list(self.path.modes), list(self.path.frames_per_segment)
        summary, path = model, self.path

        def work(renderer: Any):
            spec = latent_jobs.path_spec(kfs, modes, frames)
            return (yield from latent_jobs.path_render_job(renderer, summary, spec, lambda: path.generation == gen))

        def done(out: Any) -> None:
            if out is not None and self.state.model is summary:
                path.set_rendered(gen, *out)

        def failed(exc: BaseException) -> None:
            self.messages.warning(self.tr("Could not render the path: {reason}").format(reason=error_text(exc)))

        self.worker.submit_task(work, done, failed)

    def wait_path(self, timeout: float = 30.0) -> bool:
        """Process events until the path's frames are ready (tests, export, bench)."""
        from PySide6.QtCore import QCoreApplication, QEventLoop

        deadline = time.perf_counter() + timeout
        app = QCoreApplication.instance()
        while not self.path.ready:
            if self.path.count < 2 or time.perf_counter() > deadline:
                return False
            if self._path_timer.isActive():
                self._path_timer.stop()
                self.render_path()
            self.worker.wait_idle(max(0.01, deadline - time.perf_counter()))
            if app is not None:
                app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        return True

    def save_keyframes(self, path: str | Path) -> Path | None:
        """The keyframes as path JSON (``latentlab interpolate --keyframes`` renders the same frames)."""
        if self.path.count < 2:
            self.messages.warning(self.tr("A path needs at least two keyframes"))
            return None
        try:
            out = self._spec().save(path)
        except Exception as exc:
            self.messages.error(self.tr("Could not save the keyframes: {reason}").format(reason=error_text(exc)),
                                title=self.tr("Save keyframes"))
            return None
        self.messages.info(self.tr("Saved %n keyframe(s) to {out}", "", self.path.count).format(out=out))
        return out

    def load_keyframes(self, path: str | Path) -> bool:
        """Open a path JSON; refused (with the reason) when it does not fit the open model."""
        from latentlab.core.interpolation import PathError, PathSpec

        model = self.state.model
        name = Path(path).name
        if model is None:
            self.messages.warning(self.tr("Open a model first: keyframes belong to a model"))
            return False
        try:
            spec = PathSpec.load(path)
            spec.validate(model.latent_dim, len(model.class_names) if model.conditional else None)
        except PathError as exc:
            text = str(exc)
            if "latent size" in text:
                made = (spec.model or {}).get("name") if "spec" in locals() and spec.model else None
                text = (self.tr("{name} holds keyframes with {n} numbers").format(name=name, n=spec.latent_dim)
                        + (self.tr(" (made with {made})").format(made=made) if made else "")
                        + self.tr("; {model} needs {n}").format(model=model.name, n=model.latent_dim))
            self.messages.error(self.tr("Could not open the keyframes: {text}. The current path is unchanged.")
                                        .format(text=text),
                                title=self.tr("Open keyframes"))
            return False
        made = (spec.model or {}).get("name")
        if made and made != model.name:
            self.messages.warning(self.tr("{name} was made with {made}; it is opened with {model} (same latent size, "
                                          "different model: the images will differ)")
                                          .format(name=name, made=made, model=model.name))
        missing = model.conditional and any(k.label is None for k in spec.keyframes)
        kfs = [PathKeyframe(k.z.numpy(), (k.label if k.label is not None else self.state.label)
                            if model.conditional else None, k.name, k.source) for k in spec.keyframes]
        self.path.replace(kfs, list(spec.modes), list(spec.frames_per_segment))
        if missing:
            self.messages.warning(self.tr("Some keyframes of {name} have no class; they use the current class")
                                          .format(name=name))
        self.messages.info(self.tr("Opened %n keyframe(s) ({frame_count} frames) from {name}", "", len(kfs))
                                   .format(frame_count=self.path.frame_count, name=name))
        return True

    def _sidecar(self, scale: int, fps: float, **extra: Any) -> dict[str, Any] | None:
        try:
            spec = self._spec()
            from latentlab.core.sidecar import latent_to_json

            data = self.controller.sidecar("path", int(scale), z=np.asarray(self.path.latents),
                                           labels=spec.labels() if self.state.model.conditional else None)
            data.update({"path": spec.to_json(), "fps": fps, "seed": None, **extra})
            data["z"] = latent_to_json(np.asarray(self.path.latents))
            return data
        except Exception:  # the sidecar is a courtesy: never stop an export for it
            return None

    def export(self, kind: str, path: str | Path, scale: int = 4, fps: float = 12, pingpong: bool = False) -> bool:
        """Write the rendered path as "gif", "mp4" or "sheet" (PNG contact sheet) on the export thread."""
        if self.state.model is None or self.path.count < 2:
            self.messages.warning(self.tr("Make a path first: add at least two keyframes"))
            return False
        if not self.path.ready and not self.wait_path():
            self.messages.warning(self.tr("The path is not rendered yet"))
            return False
        if self.export_job.running:
            self.messages.warning(self.tr("An export is still being written"))
            return False
        frames = self.path.frames
        keys = list(self.path.key_indices)
        names = [k.name for k in self.path.keyframes]
        scale = max(1, min(16, int(scale)))
        fps = float(fps)
        target = Path(path)
        sidecar = self._sidecar(scale, fps, pingpong=bool(pingpong))

        def work(_progress, _stop):
            from latentlab.core import export as E

            if kind == "gif":
                return E.save_gif(target, frames, fps=min(fps, GIF_MAX_FPS), scale=scale, loop=True,
                                  pingpong=pingpong, sidecar=sidecar)
            if kind == "mp4":
                seq = np.concatenate([frames, frames[-2:0:-1]]) if pingpong and len(frames) > 2 else frames
                return E.save_mp4(target, seq, fps=fps, scale=scale, sidecar=sidecar)
            captions = [""] * len(frames)
            for i, k in zip(keys, names):
                captions[i] = k
            cols = min(len(frames), max(2, int(np.ceil(np.sqrt(len(frames) * 1.6)))))
            return E.save_grid(target, frames, ncols=cols, scale=min(scale, 4), captions=captions, sidecar=sidecar)

        if kind == "gif" and fps > GIF_MAX_FPS:
            self.messages.info(self.tr("GIFs play at most {GIF_MAX_FPS} frames per second (browsers slow faster ones "
                                       "down): this one plays at {GIF_MAX_FPS}").format(GIF_MAX_FPS=GIF_MAX_FPS))
        self._export_kind = kind
        self.export_job.start(work)
        self.exportBusy.emit(self.tr("Writing {name}…").format(name=target.name))
        return True

    def wait_export(self, timeout: float = 60.0) -> bool:
        return self.export_job.wait(timeout)

    def _on_exported(self, out: Any) -> None:
        self.exportBusy.emit("")
        self.last_export = Path(out)
        what = {"gif": self.tr("looping GIF"), "mp4": self.tr("video"), "sheet": self.tr("contact sheet")}.get(
            getattr(self, "_export_kind", ""), self.tr("file"))
        self.messages.info(self.tr("Exported the path ({frame_count} frames) as a {what}: {out}")
                                   .format(frame_count=self.path.frame_count, what=what, out=out))

    def _on_export_failed(self, exc: BaseException) -> None:
        self.exportBusy.emit("")
        self.messages.error(self.tr("Could not export the path: {reason}").format(reason=error_text(exc)),
                            title=self.tr("Export path"))

    # --- shutdown --------------------------------------------------------------------------------
    @shuts_down_once
    def shutdown(self) -> None:
        """Stop every thread of the tools (the window is closing)."""
        self._path_timer.stop()
        self.encode_job.stop()
        self.export_job.stop()
        if self._bg_worker is not None:
            self._bg_worker.stop()
