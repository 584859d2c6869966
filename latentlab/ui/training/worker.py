"""Live training in the background: a QThread that iterates :func:`latentlab.train.iter_training`.

The thread owns everything torch does for a run (loading the data, the training loop, the
coverage classifier); the GUI only receives plain data through queued signals:

* ``curve(steps, losses)``: loss points averaged over a few steps, sent at most ~8 times a
  second, so a fast tiny model cannot flood the event loop;
* ``status(Progress)``: the newest step event (throttled the same way) and every other event;
* ``samples(step, frames, coverage)``: the fixed-latent grid and, when the dataset has a
  bundled classifier, how evenly its images spread over the classes;
* ``finished(outcome, path, text)``: ``"done"``, ``"stopped"`` or ``"failed"``.

Pause makes the thread wait on a condition between two steps; stop closes the training
generator, which saves a usable checkpoint before it ends (the same as Ctrl-C in
``latentlab train``).
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, QThread, Signal

#: number of training images of the full datasets (to keep a run's length on the small sample)
FULL_SIZES = {"mnist": 60000, "fashion-mnist": 60000}
#: seconds between two curve/status updates sent to the GUI
EMIT_EVERY = 0.12
#: loss points are means over this many steps (raw per-step GAN losses are too noisy to read)
CURVE_STEPS = 5


@dataclass
class RunRequest:
    """One run: the config plus where its data comes from."""

    config: Any  # latentlab.train.TrainConfig
    dataset: Any = None  # an ImageDataset to use as it is (tests, image folders)
    allow_sample: bool = True  # fall back to the bundled 2,000-image sample if the dataset is missing
    coverage: bool = True  # measure class coverage of the sample grid with the dataset's classifier


class _Thread(QThread):
    def __init__(self, worker: "TrainingWorker") -> None:
        super().__init__()
        self.worker = worker

    def run(self) -> None:  # Qt API
        self.worker._run()


class TrainingWorker(QObject):
    """Runs one training at a time in a QThread; pause / resume / stop from the GUI thread."""

    started = Signal()
    #: something the user should know (e.g. "training on the bundled sample"), and its details
    note = Signal(str, str)
    curve = Signal(object, object)  # steps (list[int]), {loss name: list[float]}
    status = Signal(object)  # latentlab.train.Progress
    samples = Signal(int, object, object)  # step, frames (N, H, W, C) uint8, coverage dict | None
    pausedChanged = Signal(bool)
    finished = Signal(str, str, str)  # outcome ("done" | "stopped" | "failed"), model path, message
    # from the thread: (run id, signal name, arguments); stale runs' messages are dropped here
    _out = Signal(int, str, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cond = threading.Condition()
        self._paused = False
        self._stop = False
        self._thread: _Thread | None = None
        self._request: RunRequest | None = None
        self._run_id = 0
        self.last_path = ""
        self._out.connect(self._dispatch)

    # --- control (GUI thread) ------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.isRunning()

    @property
    def paused(self) -> bool:
        return self._paused

    def start(self, request: RunRequest) -> bool:
        """Start a run; False if one is still running."""
        if self.running:
            return False
        if self._thread is not None:
            self._thread.wait()
            self._thread.deleteLater()
        self._request = request
        self._run_id += 1
        with self._cond:
            self._paused = False
            self._stop = False
        self._thread = _Thread(self)
        self._thread.start()
        self.started.emit()
        return True

    def pause(self) -> None:
        if self.running and not self._paused:
            with self._cond:
                self._paused = True
            self.pausedChanged.emit(True)

    def resume(self) -> None:
        if self._paused:
            with self._cond:
                self._paused = False
                self._cond.notify_all()
            self.pausedChanged.emit(False)

    def stop(self, wait: bool = False, timeout: float = 60.0) -> bool:
        """Ask the run to end after the current step (it saves a checkpoint); optionally wait."""
        with self._cond:
            self._stop = True
            self._cond.notify_all()
        if self._paused:
            self._paused = False
            self.pausedChanged.emit(False)
        if wait and self._thread is not None:
            return bool(self._thread.wait(int(timeout * 1000)))
        return True

    def wait(self, timeout: float = 60.0) -> bool:
        return self._thread is None or bool(self._thread.wait(int(timeout * 1000)))

    def _dispatch(self, run_id: int, name: str, args: tuple) -> None:
        """GUI thread: pass on what the current run reports (a replaced run's last words are dropped)."""
        if run_id == self._run_id:
            getattr(self, name).emit(*args)

    # --- the thread ------------------------------------------------------------------------------
    def _emit(self, name: str, *args: Any) -> None:
        self._out.emit(self._thread_run_id, name, args)

    def _wait_if_paused(self) -> bool:
        """Block while paused; True when the run should stop."""
        with self._cond:
            while self._paused and not self._stop:
                self._cond.wait(0.5)
            return self._stop

    def _load_data(self, request: RunRequest) -> tuple[Any, Any]:
        """The dataset to train on, and the config adjusted to it."""
        from latentlab.core.data import DatasetNotFoundError, load_dataset, load_sample

        config = request.config
        if request.dataset is not None:
            return request.dataset, config
        try:
            # No download from here: a classroom network may hang for minutes; the message says
            # where the files are looked for and how to get them.
            return load_dataset(config.dataset, "train", config.data_dir, download=False), config
        except DatasetNotFoundError as exc:
            if not request.allow_sample:
                raise
            data = load_sample(config.dataset)
            full = FULL_SIZES.get(getattr(data, "name", config.dataset) or config.dataset, 0)
            title = {"mnist": "MNIST", "fashion-mnist": "Fashion-MNIST"}.get(config.dataset, config.dataset)
            text = (f"The full {title} dataset is not installed here, so this run trains on the bundled "
                    f"{len(data):,}-image sample instead.")
            if full and len(data) < full:
                # Keep the run as long (in steps) as the same epochs of the full dataset would be.
                factor = max(1, round(full / len(data)))
                config = replace(config, epochs=config.epochs * factor)
                text += (f" ({request.config.epochs} epochs of the full set = {config.epochs} passes over the "
                         "sample.)")
            self._emit("note", text, str(exc))
            return data, config

    def _feature_net(self, request: RunRequest, data: Any) -> Any:
        if not request.coverage:
            return None
        try:
            from latentlab.core.metrics import FeatureNet

            net = FeatureNet.for_dataset(getattr(data, "name", None) or request.config.dataset)
        except Exception as exc:  # no classifier for this data: the chart says so
            self._emit("note", "No class coverage chart for this data (no classifier for it).", str(exc))
            return None
        return net

    def _run(self) -> None:
        from latentlab.train import iter_training

        request = self._request
        assert request is not None
        self._thread_run_id = self._run_id
        events = None
        outcome, path, text = "failed", "", ""
        try:
            data, config = self._load_data(request)
            net = self._feature_net(request, data)
            events = iter_training(config, dataset=data)
            pending_steps: list[int] = []
            pending: dict[str, list[float]] = {}
            acc: dict[str, float] = {}
            acc_n = 0
            last_emit = 0.0
            last_status = None
            for ev in events:
                if ev.event == "step":
                    for k, v in ev.losses.items():
                        acc[k] = acc.get(k, 0.0) + float(v)
                    acc_n += 1
                    if acc_n >= CURVE_STEPS:
                        pending_steps.append(ev.step)
                        for k, v in acc.items():
                            pending.setdefault(k, []).append(v / acc_n)
                        acc, acc_n = {}, 0
                    last_status = ev
                    now = time.perf_counter()
                    if now - last_emit >= EMIT_EVERY:
                        last_emit = now
                        if pending_steps:
                            self._emit("curve", pending_steps, pending)
                            pending_steps, pending = [], {}
                        self._emit("status", ev)
                        last_status = None
                elif ev.event == "samples":
                    coverage = None
                    if net is not None and ev.samples is not None:
                        coverage = self._coverage(net, ev.samples)
                    self._emit("samples", ev.step, ev.samples, coverage)
                elif ev.event == "done":
                    outcome, path = "done", ev.path or ""
                    text = f"Finished after {ev.step:,} steps; saved {path}"
                else:
                    self._emit("status", ev)
                if self._paused:  # show where it paused before waiting
                    if pending_steps:
                        self._emit("curve", pending_steps, pending)
                        pending_steps, pending = [], {}
                    if last_status is not None:
                        self._emit("status", last_status)
                        last_status = None
                if self._wait_if_paused():
                    break
            if pending_steps:
                self._emit("curve", pending_steps, pending)
            if last_status is not None:
                self._emit("status", last_status)
            if outcome != "done":
                events.close()  # GeneratorExit inside the loop: it saves what it has
                out = config.paths()["out"]
                outcome, path = "stopped", str(out) if out.is_file() else ""
                text = (f"Stopped; saved the model so far to {path}" if path
                        else "Stopped before the first step; nothing was saved")
        except Exception as exc:  # reported to the GUI, never raised in the thread
            if events is not None:
                try:
                    events.close()
                except Exception:
                    pass
            text = str(exc) if _plain(exc) else f"{type(exc).__name__}: {exc}"
            outcome, path = "failed", ""
        self.last_path = path
        self._emit("finished", outcome, path, text)

    @staticmethod
    def _coverage(net: Any, frames: np.ndarray) -> dict[str, Any] | None:
        from latentlab.core.metrics import class_coverage

        try:
            x = np.ascontiguousarray(np.transpose(frames, (0, 3, 1, 2)))  # (N, C, H, W) uint8
            probs = net.probs(x)
            cov = class_coverage(probs, net.num_classes)
        except Exception:
            return None
        names = list(getattr(net.classifier, "class_names", []) or [str(i) for i in range(net.num_classes)])
        cov["class_names"] = names
        cov["n"] = int(len(frames))
        return cov


def _plain(exc: BaseException) -> bool:
    """Errors whose message already reads well on its own."""
    return type(exc).__name__ in ("DatasetError", "DatasetNotFoundError", "ValueError", "OSError",
                                  "CheckpointError", "MetricsError")
