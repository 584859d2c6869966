"""Live training in the background: a :class:`~latentlab.ui.common.background.Job` that iterates
:func:`latentlab.train.iter_training`.

The thread owns everything torch does for a run (loading the data, the training loop, the
coverage classifier); the GUI only receives plain data through queued signals:

* ``curve(steps, losses)``: loss points averaged over a few steps, sent at most ~8 times a
  second, so a fast tiny model cannot flood the event loop;
* ``status(Progress)``: the newest step event (throttled the same way) and every other event;
* ``samples(step, frames, coverage)``: the fixed-latent grid and, when the dataset has a
  bundled classifier, how evenly its images spread over the classes;
* ``finished(outcome, path, text)``: ``"done"``, ``"stopped"`` or ``"failed"``.

Pause makes the thread wait on a condition between two steps (``halted`` says it got there);
stop closes the training generator, which saves a usable checkpoint before it ends (the same
as Ctrl-C in ``latentlab train``).

:class:`TrainingWorker` is a thin specialisation of the shared job: the job supplies the thread,
the stop flag and the dropping of a replaced run's last words; this adds pausing and sorts what
the run reports into the signals above.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, Signal

from latentlab.ui.common.background import Job
from latentlab.ui.common.i18n import fmt
from latentlab.ui.common.messages import error_text

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


class TrainingWorker(QObject):
    """Runs one training at a time on a :class:`Job` thread; pause / resume / stop from the GUI thread."""

    started = Signal()
    #: something the user should know (e.g. "training on the bundled sample"), and its details
    note = Signal(str, str)
    curve = Signal(object, object)  # steps (list[int]), {loss name: list[float]}
    status = Signal(object)  # latentlab.train.Progress
    samples = Signal(int, object, object)  # step, frames (N, H, W, C) uint8, coverage dict | None
    pausedChanged = Signal(bool)
    #: the run has stopped between two steps because it is paused (everything before is delivered)
    halted = Signal()
    finished = Signal(str, str, str)  # outcome ("done" | "stopped" | "failed"), model path, message

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cond = threading.Condition()
        self._paused = False
        self._holding = False  # the thread is parked between two steps (paused)
        self._job = Job("training", self)
        self._job.progress.connect(self._dispatch)
        self._job.finished.connect(lambda out: self.finished.emit(*out))
        self._job.failed.connect(lambda exc: self.finished.emit("failed", "", error_text(exc)))
        self.last_path = ""

    # --- control (GUI thread) ------------------------------------------------------------------
    @property
    def running(self) -> bool:
        """True until the run has ended and said so (its thread may be returning after that)."""
        return self._job.working

    @property
    def holding(self) -> bool:
        """True while the run's thread is parked between two steps because it is paused."""
        return self._holding

    @property
    def paused(self) -> bool:
        return self._paused

    def start(self, request: RunRequest) -> bool:
        """Start a run; False if one is still running."""
        if self.running:
            return False
        with self._cond:
            self._paused = False
        self._job.start(lambda report, should_stop: self._run(request, report, should_stop))
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
            self._job.cancel()
            self._cond.notify_all()
        if self._paused:
            self._paused = False
            self.pausedChanged.emit(False)
        if wait:
            return self._job.join(timeout)
        return True

    def wait(self, timeout: float = 60.0) -> bool:
        """Block until the run's thread has ended (its last reports are not delivered)."""
        return self._job.join(timeout)

    def _dispatch(self, message: tuple[str, tuple]) -> None:
        """GUI thread: pass on what the current run reports (the job drops a replaced run's)."""
        name, args = message
        getattr(self, name).emit(*args)

    # --- the thread ------------------------------------------------------------------------------
    def _wait_if_paused(self, report: Any, should_stop: Any) -> bool:
        """Block while paused; True when the run should stop."""
        with self._cond:
            if self._paused and not should_stop():
                self._holding = True
                report(("halted", ()))
            while self._paused and not should_stop():
                self._cond.wait(0.5)
            self._holding = False
            return should_stop()

    def _load_data(self, request: RunRequest, report: Any) -> tuple[Any, Any]:
        """The dataset to train on, and the config adjusted to it."""
        from latentlab.core.datasets import (
            DatasetNotFoundError,
            load_dataset,
            load_sample,
        )

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
            text = (fmt(self.tr("The full {title} dataset is not installed here, so this run trains on the bundled "
                            "{n:,}-image sample instead."), title=title, n=len(data)))
            if full and len(data) < full:
                # Keep the run as long (in steps) as the same epochs of the full dataset would be.
                factor = max(1, round(full / len(data)))
                config = replace(config, epochs=config.epochs * factor)
                text += self.tr(" ({epochs} epochs of the full set = {passes} passes over the sample.)").format(
                    epochs=request.config.epochs, passes=config.epochs)
            report(("note", (text, str(exc))))
            return data, config

    def _feature_net(self, request: RunRequest, data: Any, report: Any) -> Any:
        if not request.coverage:
            return None
        try:
            from latentlab.core.metrics import FeatureNet

            net = FeatureNet.for_dataset(getattr(data, "name", None) or request.config.dataset)
        except Exception as exc:  # no classifier for this data: the chart says so
            report(("note", (self.tr("No class coverage chart for this data (no classifier for it)."), str(exc))))
            return None
        return net

    def _run(self, request: RunRequest, report: Any, should_stop: Any) -> tuple[str, str, str]:
        """The job: train, reporting ``(signal name, arguments)``; returns ``finished``'s arguments."""
        from latentlab.train import iter_training

        def emit(name: str, *args: Any) -> None:
            report((name, args))

        events = None
        outcome, path, text = "failed", "", ""
        try:
            data, config = self._load_data(request, report)
            net = self._feature_net(request, data, report)
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
                            emit("curve", pending_steps, pending)
                            pending_steps, pending = [], {}
                        emit("status", ev)
                        last_status = None
                elif ev.event == "samples":
                    coverage = None
                    if net is not None and ev.samples is not None:
                        coverage = self._coverage(net, ev.samples)
                    emit("samples", ev.step, ev.samples, coverage)
                elif ev.event == "done":
                    outcome, path = "done", ev.path or ""
                    text = fmt(self.tr("Finished after {step:,} steps; saved {path}"), step=ev.step, path=path)
                else:
                    emit("status", ev)
                if self._paused:  # show where it paused before waiting
                    if pending_steps:
                        emit("curve", pending_steps, pending)
                        pending_steps, pending = [], {}
                    if last_status is not None:
                        emit("status", last_status)
                        last_status = None
                if self._wait_if_paused(report, should_stop):
                    break
            if pending_steps:
                emit("curve", pending_steps, pending)
            if last_status is not None:
                emit("status", last_status)
            if outcome != "done":
                events.close()  # GeneratorExit inside the loop: it saves what it has
                out = config.paths()["out"]
                outcome, path = "stopped", str(out) if out.is_file() else ""
                text = (self.tr("Stopped; saved the model so far to {path}").format(path=path) if path
                        else self.tr("Stopped before the first step; nothing was saved"))
        except Exception as exc:  # reported to the GUI, never raised in the thread
            if events is not None:
                try:
                    events.close()
                except Exception:
                    pass
            text = error_text(exc)
            outcome, path = "failed", ""
        self.last_path = path
        return outcome, path, text

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

