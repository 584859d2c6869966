"""Glue between the compare view's state, the shared render worker and its background jobs.

Every pane has its own render channel on the worker (tag ``cmp<view>:<pane>``): per channel only
the newest request waits, and the worker serves the oldest waiting channel first, so a pane
whose sliders are being dragged cannot starve the others and each pane still shows its newest
frame. Loading a pane's model is a worker task; a model that fails to load marks its own pane
and nothing else. Long work (encoding / inverting real pictures, measuring a model, drawing the
figure) runs on :class:`~latentlab.ui.common.background.Job` threads with progress and cancel.

It is over 600 lines because panes, real pictures, paths and jobs are one state machine: a
pane that loads restarts the path and the reconstructions, a new seed redraws the panes.
The pure work it starts lives in :mod:`latentlab.ui.compare.jobs`.
"""

from __future__ import annotations

import itertools
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import numpy as np
from PySide6.QtCore import QObject, QTimer, Signal

from latentlab.ui.common.messages import error_text
from latentlab.ui.common import i18n, trust
from latentlab.ui.common.background import Job
from latentlab.ui.common.i18n import fmt
from latentlab.ui.compare import jobs as cj
from latentlab.ui.compare.state import CompareState
from latentlab.ui.common.state import ModelSummary

_views = itertools.count(1)
_uids = itertools.count(1)


@dataclass(eq=False)  # panes are compared by identity (they hold arrays)
class PaneSlot:
    """One pane's model and what it shows."""

    spec: str
    uid: int = field(default_factory=lambda: next(_uids))
    summary: ModelSummary | None = None
    card: dict[str, Any] = field(default_factory=dict)
    error: str | None = None  # the model could not be opened: shown in this pane only
    render_error: str | None = None
    loading: bool = True
    directions: np.ndarray | None = None  # (k, D) principal directions
    directions_note: str = ""  # why there are none (yet)
    frames: np.ndarray | None = None  # (N, H, W, C) uint8 of the last result
    frames_kind: str = ""  # "seed" | "grid" | "path"
    ms: float = 0.0
    generation: int = 0  # bumped when what the pane shows changes kind (results of older ones dropped)
    meta: dict[int, tuple[str, int]] = field(default_factory=dict)  # request id → (kind, generation)
    path: np.ndarray | None = None  # (F, D) latents of the interpolation
    path_labels: list[int] | None = None
    path_note: str = ""  # what the path is waiting for, or why there is none
    path_failed: bool = False  # the note says why this model has no path (shown as a warning)

    @property
    def name(self) -> str:
        return self.summary.name if self.summary is not None else Path(self.spec).stem or self.spec

    @property
    def ok(self) -> bool:
        return self.summary is not None and self.error is None


class CompareController(QObject):
    """Loads pane models, turns state changes into per-pane renders, runs the long jobs."""

    panesRebuilt = Signal()  # the number or order of panes changed
    paneChanged = Signal(int)  # pane i loaded, failed, or has a new note
    paneFrames = Signal(int)  # pane i has new frames
    cardsChanged = Signal()  # models or model cards changed: the evidence needs redrawing
    reconChanged = Signal()  # the reconstruction row has new content (or none)
    pathChanged = Signal()  # path pictures or latents changed
    jobProgress = Signal(str, float, str)  # kind, fraction, text
    jobEnded = Signal(str, str, str)  # kind, "done" | "failed" | "cancelled", message
    modelsListed = Signal(object)  # list of zoo.ModelInfo (generators)
    message = Signal(str, str)  # level, text

    def __init__(self, state: CompareState, worker: Any = None, device: str = "auto",
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.device = device
        if worker is None:
            from latentlab.ui.common.render_worker import RenderWorker

            worker = RenderWorker(self)
            self._owns_worker = True
        else:
            self._owns_worker = False
        self.worker = worker
        self._prefix = f"cmp{next(_views)}:"
        self.slots: list[PaneSlot] = []
        self.infos: list[Any] = []
        self.installed: set[str] = set()
        self.jobs: dict[str, Job] = {}
        self._cache: dict[tuple, dict[str, Any]] = {}
        self.recon: dict[str, Any] | None = None
        self.recon_note = ""
        self.path_pictures: cj.Pictures | None = None
        self.path_note = ""
        self.last_figure: dict[str, Any] | None = None
        self._path_gen = 0
        self._closed = False
        # several panes finishing their loads at once start one inversion job, not one each
        self._path_timer = self._single_shot(self.prepare_path)
        self._recon_timer = self._single_shot(self.prepare_recon)
        worker.rendered.connect(self._on_rendered)

        state.modelsChanged.connect(self.sync_panes)
        state.seedChanged.connect(self._on_seed)
        state.labelChanged.connect(self._on_label)
        state.modeChanged.connect(self._on_mode)
        state.gridSizeChanged.connect(lambda _n: self.render_all(hard=True) if state.mode == "grid" else None)
        state.linkedChanged.connect(lambda _l: self.render_all())
        state.coefficientsChanged.connect(self._on_coefficients)
        state.pathChanged.connect(self.prepare_path)
        state.panelChanged.connect(self._on_panel)
        state.reconChanged.connect(self.prepare_recon)

    def _single_shot(self, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(0)
        timer.timeout.connect(slot)
        return timer

    # --- panes -----------------------------------------------------------------------------
    def list_models(self) -> None:
        """Scan the installed generators (for the preset buttons and the model pickers)."""
        from latentlab.ui.common import jobs

        def done(out: tuple[list[Any], list[str]]) -> None:
            self.infos = [i for i in out[0] if cj.comparable(i)]
            self.installed = {i.name for i in self.infos}
            self.modelsListed.emit(self.infos)

        self.worker.submit_task(lambda r: jobs.list_models_job(r), done,
                                lambda e: self.message.emit("warning", self.tr("Could not list models: {0}").format(
                                    error_text(e))))

    def sync_panes(self) -> None:
        """Make the panes match ``state.specs``: keep panes whose model did not change, load the others."""
        old = list(self.slots)
        slots: list[PaneSlot] = []
        for i, spec in enumerate(self.state.specs):
            keep = old[i] if i < len(old) and old[i].spec == spec else None
            if keep is None:
                keep = next((s for s in old if s.spec == spec and s not in slots), None)
            slots.append(keep or PaneSlot(spec))
        self.slots = slots
        self.panesRebuilt.emit()
        for i, slot in enumerate(slots):
            if slot not in old:
                self._load(slot)
        self.cardsChanged.emit()
        if (any(s not in old for s in slots) or len(slots) != len(old)) and self.state.panels.get("reconstruction"):
            self._recon_timer.start()
        if self.state.mode == "interpolate" and len(slots) != len(old):
            self._path_timer.start()

    def refresh_cards(self) -> None:
        """Read the model cards again (``latentlab eval`` may have written new figures meanwhile)."""
        changed = False
        for slot in self.slots:
            if not slot.ok or Path(slot.summary.path).suffix.lower() != ".safetensors":
                continue
            try:
                card = cj.read_card(slot.summary.path)
            except Exception:  # the file is being rewritten or went away: keep what we have
                continue
            if card.get("metrics") != slot.card.get("metrics") or card.get("training_log") != slot.card.get(
                    "training_log"):
                slot.card = dict(slot.card, **{k: card.get(k) for k in ("metrics", "training_log")})
                changed = True
        if changed:
            self.cardsChanged.emit()

    def reload(self) -> None:
        """Load every pane's model again (e.g. on another device)."""
        self.slots = [PaneSlot(s.spec) for s in self.slots]
        self.panesRebuilt.emit()
        for slot in self.slots:
            self._load(slot)

    def set_device(self, device: str) -> None:
        if device != self.device:
            self.device = device
            self.reload()

    def index(self, slot: PaneSlot) -> int:
        return next((i for i, s in enumerate(self.slots) if s is slot), -1)

    def _load(self, slot: PaneSlot) -> None:
        device = self.device
        spec = slot.spec

        def done(out: tuple[ModelSummary, dict[str, Any]]) -> None:
            if self._closed or self.index(slot) < 0:
                return
            slot.summary, slot.card = out
            slot.loading, slot.error = False, None
            slot.directions_note = self.tr("fitting principal directions…")
            i = self.index(slot)
            self.paneChanged.emit(i)
            self.cardsChanged.emit()
            for note in out[0].notes:
                self.message.emit("warning", f"{slot.name}: {note}")
            if self.state.mode == "interpolate":
                self._path_timer.start()
            else:
                self.render_pane(i, hard=True)
            self._fit_directions(slot)
            if self.state.panels.get("reconstruction"):
                self._recon_timer.start()

        def failed(exc: BaseException, asked: bool = False) -> None:
            if self._closed or self.index(slot) < 0:
                return
            if not asked and trust.ask_to_trust(exc, self.parent(), lambda: self._load(slot),
                                                lambda: failed(exc, asked=True)):
                return  # a program file: the pane waits for the answer
            slot.loading = False
            slot.error = self.tr("Could not open {0}: {1}").format(Path(spec).name, error_text(exc))
            self.paneChanged.emit(self.index(slot))
            self.cardsChanged.emit()
            if self.state.mode == "interpolate":
                self._path_timer.start()

        self.worker.submit_task(lambda r: cj.load_pane(r, spec, device), done, failed)

    def _fit_directions(self, slot: PaneSlot) -> None:
        summary = slot.summary
        assert summary is not None
        reason = summary.basis_unavailable.get("pca")
        if reason:
            slot.directions_note = reason
            self.paneChanged.emit(self.index(slot))
            return

        def done(out: tuple[np.ndarray, str]) -> None:
            if self.index(slot) < 0 or slot.summary is not summary:
                return
            slot.directions, source = out
            slot.directions_note = self.tr("principal directions of {source}").format(source=source)
            self.paneChanged.emit(self.index(slot))
            if np.any(self.state.coefficients(self.index(slot))) and self.state.mode != "interpolate":
                self.render_pane(self.index(slot))

        def failed(exc: BaseException) -> None:
            if self.index(slot) >= 0:
                slot.directions_note = self.tr("no principal directions: {0}").format(error_text(exc))
                self.paneChanged.emit(self.index(slot))

        self.worker.submit_task(lambda r: cj.principal_directions(r, summary), done, failed)

    # --- rendering -------------------------------------------------------------------------
    def _tag(self, slot: PaneSlot) -> str:
        return f"{self._prefix}{slot.uid}"

    def pane_latents(self, i: int) -> tuple[np.ndarray, list[int] | None, str] | None:
        """What pane ``i`` should draw now: (latents (N, D), labels, kind), or None (nothing yet)."""
        slot = self.slots[i]
        s = slot.summary
        if s is None or slot.error:
            return None
        if self.state.mode == "interpolate":
            if slot.path is None:
                return None
            return slot.path, slot.path_labels, "path"
        n = 1 if self.state.mode == "seed" else self.state.grid_size ** 2
        z = cj.prior_latents(self.state.seed, n, s.latent_dim)
        z = cj.with_offset(z, self.state.coefficients(i), slot.directions)
        return z, cj.sample_labels(s, n, self.state.label), self.state.mode

    def render_pane(self, i: int, hard: bool = False) -> int:
        """Ask the worker for pane ``i``'s frames; ``hard``: drop results of earlier requests."""
        if not 0 <= i < len(self.slots) or self._closed:
            return 0
        from latentlab.core.render import RenderRequest

        slot = self.slots[i]
        what = self.pane_latents(i)
        if what is None:
            return 0
        z, labels, kind = what
        if hard:
            slot.generation += 1
        s = slot.summary
        rid = self.worker.submit(RenderRequest(0, s.path, z, labels, s.device_spec, tag=self._tag(slot)))
        slot.meta = {k: v for k, v in slot.meta.items() if k > rid - 20}
        slot.meta[rid] = (kind, slot.generation)
        return rid

    def render_all(self, hard: bool = False) -> None:
        for i in range(len(self.slots)):
            self.render_pane(i, hard)

    def _on_rendered(self, result: Any) -> None:
        tag = result.tag or ""
        if not tag.startswith(self._prefix) or self._closed:
            return
        uid = int(tag[len(self._prefix):])
        i = next((k for k, s in enumerate(self.slots) if s.uid == uid), -1)
        if i < 0:
            return
        slot = self.slots[i]
        meta = slot.meta.pop(result.id, None)
        if meta is None or meta[1] != slot.generation:
            return  # drawn for something the pane no longer shows
        if not result.ok:
            slot.render_error = result.error
            self.paneChanged.emit(i)
            return
        changed = slot.render_error is not None
        slot.render_error = None
        slot.frames, slot.frames_kind, slot.ms = result.frames, meta[0], result.ms
        if changed:
            self.paneChanged.emit(i)
        self.paneFrames.emit(i)

    def _on_seed(self, _seed: int) -> None:
        if self.state.mode == "interpolate":
            if self.state.path_seeds is None and self.state.path_pictures is None:
                self.prepare_path()  # the end pictures are picked from the seed
        else:
            self.render_all()

    def _on_label(self, _label: Any) -> None:
        if self.state.mode == "interpolate":
            if self.state.path_seeds is not None:
                self.prepare_path()
        else:
            self.render_all()

    def _on_mode(self, mode: str) -> None:
        if mode == "interpolate":
            self.prepare_path()
        else:
            self.cancel("path")
            self.render_all(hard=True)

    def _on_coefficients(self, pane: int) -> None:
        if self.state.mode == "interpolate":
            return
        if pane < 0:
            self.render_all()
        else:
            self.render_pane(pane)

    def _on_panel(self, name: str, visible: bool) -> None:
        if name == "reconstruction":
            if visible:
                self.prepare_recon()
            else:
                self.cancel("recon")

    # --- real pictures ---------------------------------------------------------------------
    def reference(self) -> PaneSlot | None:
        """The pane whose dataset supplies the real pictures: the first loaded one with a bundled sample."""
        from latentlab.core.datasets import sample_path

        loaded = [s for s in self.slots if s.ok]
        for s in loaded:
            if s.summary.dataset and sample_path(s.summary.dataset).is_file():
                return s
        return None

    def _targets(self) -> list[tuple[str, str] | None]:
        return [(s.summary.path, s.summary.device_spec) if s.ok else None for s in self.slots]

    def _no_pictures(self) -> str:
        datasets = sorted({s.summary.dataset or self.tr("(none)") for s in self.slots if s.ok})
        return (self.tr("no real pictures to start from: none of these models' datasets ({datasets}) has a bundled "
                        "test sample").format(datasets=", ".join(datasets) or self.tr("none")))

    def prepare_recon(self) -> None:
        """Encode (VAEs) or invert (GANs) a few real test pictures in the background."""
        self._recon_timer.stop()
        self.cancel("recon")
        if not self.state.panels.get("reconstruction") or self._closed:
            return
        ref = self.reference()
        if ref is None:
            self.recon, self.recon_note = None, (self._no_pictures() if any(s.ok for s in self.slots) else "")
            self.reconChanged.emit()
            return
        s = ref.summary
        try:
            pics = cj.pictures(s.dataset, s.image_shape,
                               cj.recon_indices(s.dataset, s.image_shape, cj.RECON_COUNT, self.state.recon_seed))
        except Exception as exc:
            self.recon, self.recon_note = None, self.tr("no real pictures: {0}").format(error_text(exc))
            self.reconChanged.emit()
            return
        targets = self._targets()
        slots = list(self.slots)
        self.recon_note = self.tr("encoding and inverting…")
        self.reconChanged.emit()

        def done(out: dict[str, Any]) -> None:
            self._cache.update(out.pop("new_cache"))
            if slots != self.slots:
                return
            self.recon, self.recon_note = out, ""
            self.reconChanged.emit()
            self.cardsChanged.emit()

        def failed(exc: BaseException) -> None:
            self.recon_note = self.tr("reconstruction failed: {0}").format(error_text(exc))
            self.reconChanged.emit()

        def cancelled() -> None:
            self.recon_note = self.tr("reconstruction cancelled")
            self.reconChanged.emit()

        cache = dict(self._cache)
        self.start_job("recon", lambda p, stop: cj.reconstruct_job(targets, pics, cj.INVERT_STEPS, 0, cache, p, stop),
                       done, failed, cancelled)

    # --- interpolation ---------------------------------------------------------------------
    def prepare_path(self) -> None:
        """Work out each pane's path latents (encoding / inverting the end pictures if needed)."""
        self._path_timer.stop()
        self.cancel("path")
        self._path_gen += 1
        st = self.state
        for slot in self.slots:
            slot.path, slot.path_labels = None, None
            slot.path_note = "" if slot.ok else (slot.error or self.tr("loading…"))
            slot.path_failed = False
        if st.mode != "interpolate" or self._closed:
            self.pathChanged.emit()
            return
        if st.path_seeds is not None:
            self.path_pictures = None
            self.path_note = self.tr("seeds {seeds}").format(seeds=" → ".join(map(str, st.path_seeds)))
            for i, slot in enumerate(self.slots):
                if slot.ok:
                    s = slot.summary
                    slot.path = cj.path_latents(cj.seed_keys(st.path_seeds, s.latent_dim), st.path_frames,
                                                st.path_mode)
                    slot.path_labels = cj.path_labels(s, slot.path.shape[0], None, st.label)
            self.pathChanged.emit()
            self.render_all(hard=True)
            return
        ref = self.reference()
        if ref is None:
            self.path_pictures = None
            self.path_note = self._no_pictures() if any(s.ok for s in self.slots) else self.tr("loading…")
            for slot in self.slots:
                if slot.ok:
                    slot.path_note = self.path_note
            self.pathChanged.emit()
            return
        s = ref.summary
        try:
            idx = st.path_pictures or cj.endpoint_indices(s.dataset, s.image_shape, st.seed)
            pics = cj.pictures(s.dataset, s.image_shape, idx)
        except Exception as exc:
            self.path_pictures, self.path_note = None, self.tr("no real pictures: {0}").format(error_text(exc))
            self.pathChanged.emit()
            return
        self.path_pictures = pics
        self.path_note = self.tr("from {start} to {end}").format(start=pics.describe(0), end=pics.describe(1))
        targets = self._targets()
        gen = self._path_gen
        slots = list(self.slots)
        for slot in slots:
            if slot.ok:
                slot.path_note = self.tr("encoding the pictures…") if slot.summary.has_encoder else self.tr("inverting the "
                                                                                                   "pictures…")
        self.pathChanged.emit()

        def done(out: dict[str, Any]) -> None:
            self._cache.update(out.pop("new_cache"))
            if gen != self._path_gen or slots != self.slots:
                return
            frames = st.path_frames if isinstance(st.path_frames, int) else int(sum(st.path_frames))
            mode = st.path_mode if isinstance(st.path_mode, str) else st.path_mode[0]
            for slot, entry in zip(slots, out["models"]):
                if entry is None or not slot.ok:
                    continue
                if entry["latents"] is None:
                    slot.path_note = self.tr("no path: {problem}").format(problem=entry["problem"])
                    slot.path_failed = True
                    continue
                keys = np.asarray(entry["latents"], np.float32)
                slot.path = cj.path_latents(keys, frames, mode)
                slot.path_labels = cj.path_labels(slot.summary, slot.path.shape[0], pics.labels, st.label)
                how = (self.tr("encoded") if entry["method"] == "encode" else
                       self.tr("inverted (%n step(s))", "", int(entry["steps"])))
                slot.path_note = fmt(self.tr("{how}; end errors {first:.4f} and {last:.4f} (pixel MSE)"),
                                     how=how, first=entry["errors"][0], last=entry["errors"][1])
            self.pathChanged.emit()
            self.render_all(hard=True)

        def failed(exc: BaseException) -> None:
            if gen == self._path_gen:
                for slot in slots:
                    if slot.ok:
                        slot.path_note = self.tr("no path: {0}").format(error_text(exc))
                        slot.path_failed = True
                self.pathChanged.emit()

        def cancelled() -> None:
            if gen == self._path_gen:
                for slot in slots:
                    if slot.ok and slot.path is None:
                        slot.path_note = self.tr("cancelled: press Play or pick other pictures to try again")
                self.pathChanged.emit()

        cache = dict(self._cache)
        self.start_job("path", lambda p, stop: cj.reconstruct_job(targets, pics, cj.INVERT_STEPS, 0, cache, p, stop),
                       done, failed, cancelled)

    # --- metrics and figure ----------------------------------------------------------------
    def compute_metrics(self, i: int, n: int = 10000, seed: int = 0) -> Job | None:
        """Measure pane ``i``'s model in the background; the figures go into its card."""
        if not 0 <= i < len(self.slots) or not self.slots[i].ok:
            return None
        slot = self.slots[i]
        s = slot.summary
        kind = f"metrics:{slot.uid}"

        def done(out: dict[str, Any]) -> None:
            slot.card = out["card"]
            level = "info" if out["written"] else "warning"
            self.message.emit(level, fmt(self.tr("Measured {name} ({n:,} samples): figures {x0}"),
                name=slot.name, n=n, x0=out['note']))
            self.cardsChanged.emit()

        def failed(exc: BaseException) -> None:
            self.message.emit("error", self.tr("Could not measure {0}: {1}").format(slot.name, error_text(exc)))

        return self.start_job(kind, lambda p, stop: cj.evaluate_job(s.path, s.device_spec, n, seed, p, stop),
                              done, failed)

    def export_figure(self, path: str | Path, width: int = 1600, n: int | None = None,
                      then: Callable[[dict[str, Any]], None] | None = None) -> Job | None:
        """Draw the comparison (:func:`latentlab.core.evidence.render_figure`) into ``path`` with a sidecar."""
        loaded = [s for s in self.slots if s.ok]
        if not loaded:
            self.message.emit("warning", self.tr("Nothing to export: no model is open"))
            return None
        panes = [(s.name, s.summary.path) for s in loaded]
        skipped = [f"{s.spec} could not be loaded ({s.error})" for s in self.slots if s.error]
        st = self.state
        n = n or st.grid_size ** 2
        pics = None
        if self.recon is not None and st.panels.get("reconstruction"):
            pics = self.recon.get("pictures")
        device = loaded[0].summary.device_spec

        def done(out: dict[str, Any]) -> None:
            self.last_figure = out
            h, w = out["shape"][:2]
            self.message.emit("info", self.tr("Saved the comparison figure ({w}×{h}) to {x0}").format(
                w=w, h=h, x0=out['path']))
            if then is not None:
                then(out)

        def failed(exc: BaseException) -> None:
            self.message.emit("error", self.tr("Could not export the figure: {0}").format(error_text(exc)))

        lang = i18n.current_language()  # read here: the job runs on another thread
        return self.start_job("figure", lambda p, stop: cj.figure_job(
            panes, device, st.seed, n, st.label, pics, cj.INVERT_STEPS, width, str(path), skipped, p, stop, lang),
            done, failed)

    # --- jobs ------------------------------------------------------------------------------
    def start_job(self, kind: str, fn: Callable, on_done: Callable[[Any], None],
                  on_failed: Callable[[BaseException], None] | None = None,
                  on_cancelled: Callable[[], None] | None = None) -> Job:
        """Run ``fn(progress, should_stop)`` (``progress(fraction, text)``) as the job ``kind``,
        cancelling the previous job of that kind; its outcome goes to the callbacks and :attr:`jobEnded`."""
        self.cancel(kind)
        job = Job(kind.split(":")[0], self)  # a new one: the cancelled run may still be finishing
        self.jobs[kind] = job
        job.progress.connect(lambda ft: self.jobProgress.emit(kind, *ft))

        def ended(outcome: str, message: str) -> None:
            if self.jobs.get(kind) is job:
                del self.jobs[kind]
            self.jobEnded.emit(kind, outcome, message)

        job.finished.connect(lambda out: (on_done(out), ended("done", "")))
        job.failed.connect(lambda exc: ((on_failed or (lambda e: None))(exc), ended("failed", error_text(exc))))
        job.cancelled.connect(lambda: ((on_cancelled or (lambda: None))(), ended("cancelled", "")))
        self.jobProgress.emit(kind, 0.0, self.tr("starting…"))
        job.start(lambda progress, should_stop: fn(lambda f, t="": progress((float(f), str(t))), should_stop))
        return job

    def cancel(self, kind: str) -> None:
        job = self.jobs.get(kind)
        if job is not None:
            job.cancel()

    def busy(self) -> bool:
        return bool(self.jobs)

    def wait_idle(self, timeout: float = 60.0) -> bool:
        """Process events until the worker and every job are done (tests, export). True if they are."""
        deadline = time.perf_counter() + timeout

        def left() -> float:
            return max(0.0, deadline - time.perf_counter())

        while True:
            if not self.worker.wait_idle(left()):
                return False
            for timer in (self._path_timer, self._recon_timer):
                if timer.isActive():  # run a scheduled preparation now
                    timer.stop()
                    timer.timeout.emit()
            for job in list(self.jobs.values()):
                if not job.wait(left()):
                    return False
            if not self.jobs and self.worker.is_idle() and not (self._path_timer.isActive()
                                                                or self._recon_timer.isActive()):
                return True
            if time.perf_counter() > deadline:
                return False

    def shutdown(self, timeout: float = 10.0) -> None:
        """Cancel the jobs, wait for their threads, stop listening to the worker (and stop it if ours)."""
        if self._closed:
            return
        self._closed = True
        self._path_timer.stop()
        self._recon_timer.stop()
        jobs = list(self.jobs.values())
        for job in jobs:
            job.cancel()
        for job in jobs:
            job.join(timeout)
        try:
            self.worker.rendered.disconnect(self._on_rendered)
        except (RuntimeError, TypeError):
            pass
        if self._owns_worker:
            self.worker.stop()
