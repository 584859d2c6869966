"""Glue between the state, the render worker and the disk: the explorer's only non-widget logic.

It answers the state's requests (open a model, fit a basis, recall a bookmark), turns every
change of the point into a render request, hands finished frames to whoever shows them, keeps
the session and recent-files list on disk, and exports through ``latentlab.core.export``.
Torch runs only in the worker (plus the cheap seed → latent draw of ``core.latent``, which must
match the CLI's).

Just over 600 lines: the trust question for program files, the seed-0 first frame and the
projector-size layout each added a few lines to the one place that opens models; the session
and recent-files code is what to move out when it grows again.
"""

from __future__ import annotations

import datetime as dt
import time
from collections import deque
from pathlib import Path
from typing import Any, Callable

import numpy as np
from PySide6.QtCore import QObject, QTimer, Signal

from latentlab.ui.common import jobs, trust
from latentlab.ui.common.family_text import kind_phrase
from latentlab.ui.common.i18n import fmt
from latentlab.ui.common.messages import Messenger, error_text, said
from latentlab.ui.common.render_worker import RenderWorker
from latentlab.ui.explorer.session_store import (
    Session,
    add_recent,
    load_recent,
    load_session,
    read_session_file,
    save_recent,
    save_session,
)
from latentlab.ui.common.state import Basis, Bookmark, ExplorerState, ModelSummary, basis_title


class Controller(QObject):
    """Owns the worker; connects state changes to renders and requests to jobs."""

    frameReady = Signal(object, int)  # frame (H, W, C) uint8, request id
    gridReady = Signal(object, object, object)  # frames (N, H, W, C), latents (N, D), seeds
    thumbnailReady = Signal(object, object)  # Bookmark, frame
    timing = Signal(str)  # "2.1 ms · 60 fps"
    deviceText = Signal(str)

    def __init__(self, state: ExplorerState, messenger: Messenger, device: str = "auto",
                 parent: QObject | None = None, load_session_file: bool = True) -> None:
        super().__init__(parent)
        self.state = state
        self.messages = messenger
        self.worker = RenderWorker(self)
        self.worker.rendered.connect(self._on_rendered)
        state.device = device

        self._basis_cache: dict[tuple, Basis] = {}
        self._grid_meta: dict[int, tuple[np.ndarray, list[int]]] = {}
        self.grid_frames: np.ndarray | None = None
        self.grid_latents: np.ndarray | None = None
        self.grid_seeds: list[int] = []
        self._sha_cache: dict[str, tuple[float, int, str]] = {}
        self._shown_times: deque[float] = deque(maxlen=240)
        self._last_timing_emit = 0.0
        self.last_render_ms = 0.0
        self.last_error: str | None = None
        self._opening: str | None = None
        self._session_last: dict[str, Any] = {}
        self._save_failed = False
        self._restoring = False
        self._last_frame: np.ndarray | None = None
        self.frameReady.connect(self._remember_frame)

        self._grid_timer = QTimer(self)
        self._grid_timer.setSingleShot(True)
        self._grid_timer.setInterval(0)
        self._grid_timer.timeout.connect(self.render_grid)

        state.openRequested.connect(lambda p: self.open_model(p))
        state.basisRequested.connect(self.request_basis)
        state.recallRequested.connect(self.recall)
        state.latentChanged.connect(lambda _=None: self.render_view())
        state.labelChanged.connect(lambda _=None: self.render_view())
        state.modelChanged.connect(lambda _=None: self._grid_timer.start())
        state.labelChanged.connect(lambda _=None: self._grid_timer.start())
        state.truncationChanged.connect(lambda _=None: self._grid_timer.start())
        state.gridChanged.connect(self._grid_timer.start)
        state.bookmarksChanged.connect(self.autosave)
        state.deviceChanged.connect(self._on_device)

        #: False for throw-away windows (bench): nothing is read from or written to the user's files
        self.persist = load_session_file
        if self.persist:
            self.restore_session()
            problems: list[str] = []
            state.set_recent_files(load_recent(problems))
            for msg in problems:
                self.messages.error(msg, title=self.tr("Recent files"))

    # --- models ----------------------------------------------------------------------------
    def list_models(self, then: Callable[[], None] | None = None) -> None:
        """Scan bundled and user models in the worker; fill the browser."""

        def done(out: tuple[list[Any], list[str]]) -> None:
            infos, problems = out
            self.state.set_available_models(infos, problems)
            for p in problems[:3]:
                self.messages.warning(self.tr("Skipped a model file: {p}").format(p=p))
            if then is not None:
                then()

        self.worker.submit_task(lambda r: jobs.list_models_job(r), done,
                                lambda e: self.messages.report(e, self.tr("Could not list models"), level="warning",
                                                                dialog=False))

    def open_first_generator(self) -> None:
        from latentlab.core.zoo import first_teaching_model

        first = first_teaching_model(self.state.available_models)
        if first is not None:
            self.open_model(first.path)
        else:
            self.messages.info(self.tr("No bundled models yet: open a model file with File ▸ Open (Ctrl+O)"))

    def open_model(self, name_or_path: str, then: Callable[[ModelSummary], None] | None = None,
                   finished: Callable[[], None] | None = None) -> None:
        """Load a model (name or file) in the worker; on success it replaces the current one.

        ``then(summary)`` sets the point after a successful load (default: the current seed's
        sample); ``finished()`` runs after success or failure. On failure the message says why,
        and the previous model stays open.
        """
        target = str(name_or_path)
        device = self.state.device
        label = Path(target).name
        self._opening = target
        self.state.busyChanged.emit(self.tr("Opening {label}…").format(label=label))
        self.messages.info(self.tr("Opening {label}…").format(label=label))

        def work(renderer: Any) -> ModelSummary:
            from latentlab.core.zoo import find_model

            path = find_model(target)
            return jobs.load_model_job(renderer, str(path), device)

        def done(summary: ModelSummary) -> None:
            if self._opening == target:
                self._opening = None
            self.state.busyChanged.emit("")
            previous = self.state.model
            # Open at the seed's latent, so the first frame asked for is the one the title names
            # (seed 0), never the origin that randomize() replaces a moment later.
            first = None if then is not None else self.state.seed_to_latent(
                self.state.seed, summary.latent_dim, self.state.truncation)
            self.state.set_model(summary, first)
            if then is not None:
                then(summary)
            else:
                self.state.randomize(self.state.seed)
            self.deviceText.emit(summary.device)
            if previous is not None and previous.path != summary.path:
                old = previous.path
                self.worker.submit_task(lambda r: r.evict(old))
            self._remember_recent(summary.path)
            self.messages.info(fmt(self.tr("Opened {name} ({kind}, {dim}-D latent, loaded in {ms:.0f} ms on {device})"), name=summary.name, kind=kind_phrase(summary.family, False, summary.kind),
                                       dim=summary.latent_dim, ms=summary.load_ms, device=summary.device))
            for note in summary.notes:
                self.messages.warning(note)
            if finished is not None:
                finished()

        def failed(exc: BaseException) -> None:
            if self._opening == target:
                self._opening = None
            self.state.busyChanged.emit("")
            if trust.ask_to_trust(exc, self.parent(), lambda: self.open_model(target, then, finished),
                                  finished, self.messages):
                return  # a program file: asked whether to run it; the answer opens it or not
            keep = (self.tr(" The model {name} stays open.").format(
                name=self.state.model.name) if self.state.model is not None else "")
            text = self.tr("Could not open {0}: {1}.").format(label, error_text(exc)) + keep
            resolved = str(Path(target).expanduser().resolve()) if target else target
            if resolved in self.state.recent_files and not Path(resolved).is_file():
                self.state.set_recent_files([f for f in self.state.recent_files if f != resolved])
                self._save_recent()
                text += self.tr(" It was removed from Recent files.")
            self.messages.error(text, title=self.tr("Cannot open model"))
            if finished is not None:
                finished()

        self.worker.submit_task(work, done, failed)

    def _remember_recent(self, path: str) -> None:
        self.state.set_recent_files(add_recent(self.state.recent_files, path))
        self._save_recent()

    def _save_recent(self) -> None:
        if not self.persist:
            return
        try:
            save_recent(self.state.recent_files)
        except Exception as exc:  # an unwritable home must not stop exploring
            self.messages.report(exc, self.tr("Could not save the recent-files list"), level="warning", dialog=False)

    def _on_device(self, device: str) -> None:
        model = self.state.model
        if model is None:
            return
        previous = model.device_spec
        path = model.path

        def done(summary: ModelSummary) -> None:
            cur = self.state.model
            if cur is None or cur.path != summary.path:
                return
            # Keep the point and basis; only where it runs changed.
            cur.device, cur.device_spec = summary.device, summary.device_spec
            self.state.modelUpdated.emit(cur)
            self.deviceText.emit(summary.device)
            self.messages.info(self.tr("Now rendering on {device}").format(device=summary.device))
            for note in summary.notes:
                self.messages.warning(note)
            self.render_view()
            self._grid_timer.start()

        def failed(exc: BaseException) -> None:
            self.messages.error(self.tr("Could not use {0}: {1}. Staying on {2}.").format(
                device, error_text(exc), model.device), title=self.tr("Device"))
            self.state.device = previous  # quietly: the Device menu reads it when it opens

        self.worker.submit_task(lambda r: jobs.load_model_job(r, path, device), done, failed)

    # --- rendering -------------------------------------------------------------------------
    def _request(self, z: np.ndarray, labels: list[int] | None, tag: str) -> Any:
        from latentlab.core.render import RenderRequest

        model = self.state.model
        return RenderRequest(id=0, model=model.path, z=z, labels=labels, device=model.device_spec, tag=tag)

    def render_view(self) -> int:
        """Ask for the current point's image; returns the request id (0 without a model)."""
        if self.state.model is None:
            return 0
        z = np.array(self.state.z, np.float32, copy=True)[None]  # (1, D)
        return self.worker.submit(self._request(z, self.state.current_labels(), "view"))

    def render_grid(self) -> int:
        model = self.state.model
        if model is None:
            return 0
        n = self.state.grid_size ** 2
        seeds = [self.state.grid_seed + i for i in range(n)]
        from latentlab.core.latent import seed_latents  # torch: imported off the start-up path

        latents = seed_latents(seeds, model.latent_dim, self.state.truncation)  # cell i: seed grid_seed + i
        labels = [self.state.label] * n if model.conditional else None
        rid = self.worker.submit(self._request(latents, labels, "grid"))
        self._grid_meta = {k: v for k, v in self._grid_meta.items() if k > rid - 50}
        self._grid_meta[rid] = (latents, seeds)
        return rid

    def _on_rendered(self, result: Any) -> None:
        for note in result.warnings:
            self.messages.warning(note)
        if result.tag == "grid":
            meta = self._grid_meta.pop(result.id, None)
            if result.ok and meta is not None and self.state.model is not None:
                self.grid_frames, (self.grid_latents, self.grid_seeds) = result.frames, meta
                self.gridReady.emit(result.frames, meta[0], meta[1])
            elif not result.ok:
                self.messages.warning(self.tr("Could not draw the sample grid: {error}").format(error=said(result.error)))
            return
        if result.tag != "view":
            return
        if not result.ok:
            # Keep the last good image; say what went wrong.
            self.last_error = result.error
            self.messages.warning(self.tr("Render failed: {error} (showing the last good image)").format(error=said(result.error)))
            return
        self.last_error = None
        self.last_render_ms = result.ms
        self.frameReady.emit(result.frame, result.id)
        now = time.perf_counter()
        self._shown_times.append(now)
        if now - self._last_timing_emit > 0.1:
            self._last_timing_emit = now
            recent = [t for t in self._shown_times if now - t <= 1.0]
            fps = len(recent) / max(1e-3, min(1.0, now - recent[0])) if len(recent) > 1 else 0.0
            self.timing.emit(fmt(self.tr("render {ms:.1f} ms"), ms=result.ms) + (fmt(self.tr(" · {fps:.0f} fps"), fps=fps) if fps else ""))

    def wait_idle(self, timeout: float = 30.0) -> bool:
        """Block (processing events) until every pending render and task is done. For tests/export."""
        ok = self.worker.wait_idle(timeout)
        if self._grid_timer.isActive():
            self._grid_timer.stop()
            self.render_grid()
            ok = self.worker.wait_idle(timeout) and ok
        return ok

    # --- bases -----------------------------------------------------------------------------
    def request_basis(self, key: str, options: dict[str, Any]) -> None:
        model = self.state.model
        if model is None:
            return
        if key == "raw":
            self.state.set_basis(Basis.raw(model.latent_dim))
            return
        reason = model.basis_unavailable.get(key)
        if reason:
            self.messages.warning(reason)
            self.state.basisChanged.emit(self.state.basis)
            return
        trunc = self.state.truncation if model.truncates else 1.0
        cache_key = (model.path, key, round(trunc, 3))
        cached = self._basis_cache.get(cache_key)
        if cached is not None:
            self._apply_basis(cached, options)
            return
        title = basis_title(key).lower()
        self.state.busyChanged.emit(self.tr("Fitting {title}…").format(title=title))
        self.messages.info(self.tr("Fitting {title} for {name}…").format(title=title, name=model.name))
        summary = model

        def done(basis: Basis) -> None:
            self.state.busyChanged.emit("")
            self._basis_cache[cache_key] = basis
            if self.state.model is summary or (self.state.model and self.state.model.path == summary.path):
                if self._apply_basis(basis, options):
                    self.messages.info(self.tr("Sliders now move along {title}").format(title=title))

        def failed(exc: BaseException) -> None:
            self.state.busyChanged.emit("")
            self.messages.report(exc, self.tr("Could not fit {0}").format(title), level="warning", dialog=False)
            self.state.basisChanged.emit(self.state.basis)

        self.worker.submit_task(lambda r: jobs.basis_job(r, summary, key, trunc), done, failed)

    def _apply_basis(self, basis: Basis, options: dict[str, Any]) -> bool:
        if basis.key == "class":
            present = basis.extra.get("present", [])
            src = options.get("src")
            if src not in present:
                # Start from the class whose mean is nearest to where we are.
                means = basis.extra["means"]
                z = np.asarray(self.state.z)
                src = min(present, key=lambda c: float(np.linalg.norm(means[c] - z))) if present else 0
            basis = jobs.class_basis(basis, int(src))
            if basis.size == 0:
                counts = basis.extra.get("counts", [])
                self.messages.warning(self.tr("Not enough classes were found to make class directions (samples per "
                                              "class: {counts})").format(counts=counts))
                self.state.basisChanged.emit(self.state.basis)
                return False
        self.state.set_basis(basis)
        return True

    # --- bookmarks -------------------------------------------------------------------------
    def recall(self, bookmark: Bookmark) -> None:
        def apply(summary: ModelSummary | None = None) -> None:
            model = self.state.model
            if model is None:
                return
            if len(bookmark.z) != model.latent_dim:
                self.messages.error(self.tr("Bookmark {name!r} has {n} numbers; {model} needs {latent_dim}").format(
                    name=bookmark.name, n=len(bookmark.z), model=model.name, latent_dim=model.latent_dim), title=self.tr("Bookmark"))
                return
            if bookmark.label is not None and model.conditional:
                self.state.set_label(bookmark.label)
            if model.truncates and bookmark.seed is not None:
                self.state.set_truncation(bookmark.truncation)
            self.state.set_z(np.asarray(bookmark.z, np.float32), seed=bookmark.seed)
            self.messages.info(self.tr("Went to bookmark {name!r}").format(name=bookmark.name))

        if self.state.model is not None and self.state.model.path == bookmark.model_path:
            apply()
        elif bookmark.model_path and Path(bookmark.model_path).is_file():
            self.open_model(bookmark.model_path, then=apply)
        else:
            self.messages.error(self.tr("Bookmark {name!r} belongs to {model} ({model_path}), which is no longer "
                                        "there.").format(name=bookmark.name, model=bookmark.model_name or "?",
                                                         model_path=bookmark.model_path), title=self.tr("Bookmark"))

    def request_thumbnail(self, bookmark: Bookmark) -> None:
        """Render a bookmark's thumbnail in the worker (loads its model if needed)."""
        if not bookmark.model_path or not Path(bookmark.model_path).is_file():
            return
        z = np.asarray([bookmark.z], np.float32)
        labels = [bookmark.label] if bookmark.label is not None else None
        device = self.state.model.device_spec if self.state.model else self.state.device

        def work(renderer: Any) -> Any:
            from latentlab.core.render import RenderRequest

            result = renderer.render(RenderRequest(0, bookmark.model_path, z, labels, device, tag="thumb"))
            if not result.ok:
                raise ValueError(result.error)
            return result.frame

        self.worker.submit_task(work, lambda f: self.thumbnailReady.emit(bookmark, f), lambda e: None)

    # --- session ---------------------------------------------------------------------------
    def restore_session(self) -> None:
        session = load_session()
        self._session_last = session.last
        self._restoring = True  # nothing changed: do not write the file back (and do not import torch yet)
        try:
            self.state.set_bookmarks(session.bookmarks)
        finally:
            self._restoring = False
        for msg in session.messages:
            self.messages.error(msg, title=self.tr("Session"))

    def _session(self) -> Session:
        return Session(bookmarks=list(self.state.bookmarks), last=self._last_point())

    def _last_point(self) -> dict[str, Any]:
        m = self.state.model
        if m is None:
            return self._session_last
        return {"model": m.path, "z": [float(v) for v in self.state.z], "label": self.state.label,
                "seed": self.state.seed, "truncation": self.state.truncation, "device": self.state.device}

    def autosave(self) -> bool:
        if not self.persist or self._restoring:
            return True
        try:
            save_session(self._session())
        except Exception as exc:
            if not self._save_failed:
                self.messages.error(self.tr("Could not save your bookmarks: {0}. They stay in this window; use "
                                            "File ▸ Save session to keep them elsewhere.").format(
                    error_text(exc)), title=self.tr("Session"))
            self._save_failed = True
            return False
        self._save_failed = False
        return True

    def save_session_as(self, path: str | Path) -> bool:
        try:
            save_session(self._session(), Path(path))
        except Exception as exc:
            self.messages.report(exc, self.tr("Could not save the session to {0}").format(
                path), title=self.tr("Save session"))
            return False
        self.messages.info(self.tr("Saved %n bookmark(s) to {path}", "", len(self.state.bookmarks)).format(path=path))
        return True

    def open_session(self, path: str | Path) -> bool:
        """Add the bookmarks of a saved session to the current ones (nothing is replaced)."""
        try:
            session = read_session_file(Path(path))
        except ValueError as exc:
            self.messages.error(self.tr("Could not open the session: {exc}").format(exc=exc), title=self.tr("Open session"))
            return False
        have = {(b.name, b.model_path, tuple(b.z)) for b in self.state.bookmarks}
        new = [b for b in session.bookmarks if (b.name, b.model_path, tuple(b.z)) not in have]
        self.state.set_bookmarks(self.state.bookmarks + new)
        for msg in session.messages:
            self.messages.warning(msg)
        self.messages.info(self.tr("Added %n bookmark(s) from {name}", "", len(new)).format(name=Path(path).name))
        return True

    # --- export ----------------------------------------------------------------------------
    def _sha256(self, path: str) -> str:
        from latentlab.core.files import file_sha256

        st = Path(path).stat()
        cached = self._sha_cache.get(path)
        if cached and cached[:2] == (st.st_mtime, st.st_size):
            return cached[2]
        sha = file_sha256(path)
        self._sha_cache[path] = (st.st_mtime, st.st_size, sha)
        return sha

    def sidecar(self, mode: str, scale: int, z: np.ndarray | None = None, labels: list[int] | None = None,
                **extra: Any) -> dict[str, Any]:
        """The reproducibility record core ``export.regenerate`` reads back."""
        from latentlab.core.sidecar import latent_to_json, model_record

        m = self.state.model
        if z is None:
            z, labels = np.asarray(self.state.z, np.float32), self.state.current_labels()
        info = m.info
        card = {**info.card, "kind": info.kind, "arch": info.arch} if info is not None else None
        data = {
            # by name and SHA-256, never the folder: regenerate() and load_latent() find it again
            "model": model_record(m.path, name=m.name, card=card, sha256=self._sha256(m.path)),
            "seed": self.state.seed if self.state.from_seed else None,
            "truncation": self.state.truncation,
            "z": latent_to_json(z),
            "labels": labels,
            "mode": mode,
            "scale": scale,
            "device": m.device,
        }
        data.update(extra)
        return data

    def current_frame(self) -> np.ndarray | None:
        """The frame of the current point (waits for the newest render if one is pending)."""
        if self.state.model is None:
            return None
        if self.worker.shown_id("view") != self.worker.latest_id("view") or not self.worker.is_idle():
            self.wait_idle()
        return self._last_frame

    def _remember_frame(self, frame: np.ndarray, _rid: int = 0) -> None:
        self._last_frame = frame

    def export_image(self, path: str | Path, scale: int = 4, size: int | None = None,
                     upscaling: str = "pixelated") -> Path | None:
        """Save the current image as a PNG: ``size`` px on its longer side (else ×``scale``), with its sidecar."""
        from latentlab.core.export import save_png

        frame = self.current_frame()
        if frame is None:
            self.messages.warning(self.tr("Nothing to export yet: open a model first"))
            return None
        if self.last_error:
            self.messages.warning(self.tr("The current point failed to render; exporting the last good image is "
                                          "refused"))
            return None
        try:
            out = save_png(path, frame, scale=int(scale), sidecar=self.sidecar("image", int(scale)),
                           size=size, upscaling=upscaling)
        except Exception as exc:
            self.messages.report(exc, self.tr("Could not export the image"), title=self.tr("Export"))
            return None
        how = self.tr("×{scale}").format(scale=scale) if size is None else self.tr("{size} px, {upscaling}").format(
            size=size, upscaling=upscaling)
        self.messages.info(self.tr("Exported {out} ({how}) with its settings in {name}.json")
                           .format(out=out, how=how, name=Path(out).name))
        return out

    def export_grid(self, path: str | Path, scale: int = 2) -> Path | None:
        from latentlab.core.export import save_grid

        if self.state.model is None:
            self.messages.warning(self.tr("Nothing to export yet: open a model first"))
            return None
        self.wait_idle()
        if self.grid_frames is None or self.grid_latents is None:
            self.messages.warning(self.tr("The sample grid is not ready yet"))
            return None
        n = len(self.grid_seeds)
        labels = [self.state.label] * n if self.state.model.conditional else None
        sidecar = self.sidecar("grid", int(scale), z=self.grid_latents, labels=labels, seeds=self.grid_seeds,
                               ncols=self.state.grid_size)
        sidecar["seed"] = self.grid_seeds[0] if self.grid_seeds else None
        try:
            out = save_grid(path, self.grid_frames, ncols=self.state.grid_size, scale=int(scale), sidecar=sidecar)
        except Exception as exc:
            self.messages.report(exc, self.tr("Could not export the grid"), title=self.tr("Export"))
            return None
        self.messages.info(self.tr("Exported the {grid_size}×{grid_size} grid to {out}").format(grid_size=self.state.grid_size, out=out))
        return out

    def save_latent(self, path: str | Path) -> Path | None:
        """The current point as a JSON file in the sidecar format (loadable here and by ``regenerate``)."""
        import json

        from latentlab.core.files import atomic_write_text
        from latentlab.core.sidecar import SIDECAR_FORMAT, read_sidecar

        if self.state.model is None:
            self.messages.warning(self.tr("Open a model first"))
            return None
        path = Path(path)
        import latentlab

        data = {"format": SIDECAR_FORMAT, "latentlab_version": latentlab.__version__, "file": path.name,
                "created": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")}
        try:
            data.update(self.sidecar("latent", 1))
            atomic_write_text(path, json.dumps(data, indent=2) + "\n")
            read_sidecar(path)  # what we wrote must read back
        except Exception as exc:
            self.messages.report(exc, self.tr("Could not save the latent"), title=self.tr("Save latent"))
            return None
        self.messages.info(self.tr("Saved the current point to {path}").format(path=path))
        return path

    def _same_file(self, path: str, sha: str) -> bool:
        try:
            return self._sha256(path) == sha
        except OSError:
            return False

    def _find_model_of(self, record: dict[str, Any], path: str | Path) -> Path | None:
        """The model file a sidecar records (by SHA-256: beside it, or among the known models), or None."""
        from latentlab.core.files import ExportError
        from latentlab.core.sidecar import find_model_file, sidecar_path

        p = Path(path)
        json_path = p if p.suffix.lower() == ".json" else sidecar_path(p)
        try:
            return find_model_file(record, beside=json_path.parent, where=str(json_path))
        except (ExportError, OSError):
            return None

    def load_latent(self, path: str | Path) -> bool:
        """Go to the point stored in a latent JSON or an export's sidecar (opening its model if needed)."""
        from latentlab.core.sidecar import latent_from_json, read_sidecar

        try:
            data = read_sidecar(path)
            z = latent_from_json(data["z"]).numpy()
        except Exception as exc:
            self.messages.report(exc, self.tr("Could not load the latent"), title=self.tr("Load latent"))
            return False
        if z.ndim == 2:
            z = z[0]
        labels = data.get("labels")
        label = labels[0] if isinstance(labels, list) and labels and isinstance(labels[0], int) else None
        seed = data.get("seed") if isinstance(data.get("seed"), int) else None
        trunc = data.get("truncation")
        record = data.get("model") if isinstance(data.get("model"), dict) else {}
        model_file = str(record.get("name") or record.get("file") or Path(str(record.get("path") or "")).name)
        sha = str(record.get("sha256") or "").lower()

        def apply(_s: ModelSummary | None = None) -> None:
            m = self.state.model
            if m is None:
                return
            if z.shape[0] != m.latent_dim:
                self.messages.error(self.tr("{name} holds a {dim}-D latent; {model} needs {latent_dim}").format(
                    name=Path(path).name, dim=z.shape[0], model=m.name, latent_dim=m.latent_dim), title=self.tr("Load latent"))
                return
            if label is not None and m.conditional:
                self.state.set_label(label)
            if isinstance(trunc, (int, float)) and m.truncates and 0 < trunc <= 2:
                self.state.set_truncation(float(trunc))
            self.state.set_z(z, seed=seed)
            self.messages.info(self.tr("Loaded the point from {name}").format(name=Path(path).name))

        # The sidecar names its model by SHA-256, not by a folder: the open model if it is that
        # file, else the file found beside the sidecar or among the known models.
        if self.state.model is not None and sha and self._same_file(self.state.model.path, sha):
            apply()
            return True
        found = self._find_model_of(record, path)
        if found is not None:
            self.open_model(str(found), then=apply)
        elif self.state.model is not None:
            self.messages.warning(self.tr("The model of {name} ({model_file}) is not here; using it with {model}").format(
                name=Path(path).name, model_file=model_file or "unknown", model=self.state.model.name))
            apply()
        else:
            self.messages.error(self.tr("The model of {name} ({model_file}) is not here")
                                        .format(name=Path(path).name, model_file=model_file or 'unknown'),
                                title=self.tr("Load latent"))
            return False
        return True

    # --- shutdown --------------------------------------------------------------------------
    def shutdown(self) -> None:
        """Save the session and stop the worker thread."""
        if self.worker.running:
            self.autosave()
        self.worker.stop()
