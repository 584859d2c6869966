"""The GAN-vs-WGAN-GP duel in the background: a :class:`~latentlab.ui.common.background.Job` that
iterates :func:`latentlab.train.duel.iter_duel`.

The thread owns everything torch does (loading the data, both training runs, the coverage
classifier, writing the run's log); the GUI receives plain data through queued signals, each
tagged with its pane (0: plain GAN, 1: WGAN-GP):

* ``curve(pane, steps, losses)``: loss points (means over a few steps), sent in batches at most
  ~8 times a second per pane;
* ``status(pane, Progress)``: the pane's newest step (throttled the same way);
* ``samples(pane, step, frames, coverage)``: the pane's fixed-latent grid and its class coverage
  (None without a classifier for the data);
* ``logged(dict)``: a copy of the run's log after each grid and at the end (what an export draws);
* ``finished(outcome, text)``: ``"done"``, ``"stopped"`` or ``"failed"``.
"""

from __future__ import annotations

import copy
import math
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from latentlab.ui.common.background import Job
from latentlab.ui.common.messages import error_text

#: seconds between two curve/status updates of a pane sent to the GUI
EMIT_EVERY = 0.12


@dataclass
class DuelRequest:
    """One duel: the two runs, what to call them, and where their data and log come from."""

    configs: tuple[Any, Any]  # latentlab.train.TrainConfig, plain GAN then WGAN-GP
    names: tuple[str, str]
    preset: str
    folder: str  # the run's folder: both models, duel.json and the newest grids
    dataset: Any = None  # an ImageDataset to use as it is (tests)
    allow_sample: bool = True  # fall back to the bundled 2,000-image sample if the dataset is missing
    coverage: bool = True  # read class coverage with the dataset's classifier


class DuelWorker(QObject):
    """Runs one duel at a time on a :class:`Job` thread; stop from the GUI thread."""

    started = Signal()
    note = Signal(str, str)  # something the user should know, and its details
    curve = Signal(int, object, object)  # pane, steps (list[int]), {loss name: list[float | None]}
    status = Signal(int, object)  # pane, latentlab.train.Progress
    samples = Signal(int, int, object, object)  # pane, step, frames (N, H, W, C) uint8, coverage dict | None
    logged = Signal(object)  # the run's log (DuelLog.to_dict()), a copy
    finished = Signal(str, str)  # outcome ("done" | "stopped" | "failed"), message

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._job = Job("duel", self)
        self._job.progress.connect(self._dispatch)
        self._job.finished.connect(lambda out: self.finished.emit(*out))
        self._job.failed.connect(lambda exc: self.finished.emit("failed", error_text(exc)))

    @property
    def running(self) -> bool:
        """True until the duel has ended and said so."""
        return self._job.working

    def start(self, request: DuelRequest) -> bool:
        """Start a duel; False if one is still running."""
        if self.running:
            return False
        self._job.start(lambda report, should_stop: self._run(request, report, should_stop))
        self.started.emit()
        return True

    def stop(self, wait: bool = False, timeout: float = 60.0) -> bool:
        """Ask both runs to end after their current step (each saves its model); optionally wait."""
        self._job.cancel()
        if wait:
            return self._job.join(timeout)
        return True

    def wait(self, timeout: float = 60.0) -> bool:
        """Block until the duel's thread has ended (its last reports are not delivered)."""
        return self._job.join(timeout)

    def _dispatch(self, message: tuple[str, tuple]) -> None:
        name, args = message
        getattr(self, name).emit(*args)

    # --- the thread ------------------------------------------------------------------------------
    def _load(self, request: DuelRequest, report: Any) -> tuple[Any, Any]:
        """The data both runs train on, and the classifier that reads their samples (or None)."""
        from latentlab.core.datasets import (
            DatasetNotFoundError,
            load_dataset,
            load_sample,
        )
        from latentlab.core.metrics import FeatureNet

        config = request.configs[0]
        data = request.dataset
        if data is None:
            try:
                # No download from here: a classroom network may hang for minutes.
                data = load_dataset(config.dataset, "train", config.data_dir, download=False)
            except DatasetNotFoundError as exc:
                if not request.allow_sample:
                    raise
                data = load_sample(config.dataset)
                report(("note", (self.tr("The full dataset is not installed here, so both runs train on the "
                                         "bundled {n:,}-image sample instead.").format(n=len(data)), str(exc))))
        net = None
        if request.coverage:
            try:
                net = FeatureNet.for_dataset(getattr(data, "name", None) or config.dataset)
            except Exception as exc:  # noqa: BLE001 (no classifier for this data: the charts say so)
                report(("note", (self.tr("No class coverage for this data (no classifier for it)."), str(exc))))
        return data, net

    def _run(self, request: DuelRequest, report: Any, should_stop: Any) -> tuple[str, str]:
        """The job: train both runs, reporting ``(signal name, arguments)``; returns ``finished``'s."""
        from latentlab.train.duel import DuelLog, iter_duel

        def emit(name: str, *args: Any) -> None:
            report((name, args))

        data, net = self._load(request, report)
        # Enough epochs for the step budget on this data (max_steps ends the runs), so the cards
        # record a plain number of epochs rather than "as many as it takes".
        per_epoch = max(1, len(data) // max(1, min(request.configs[0].batch_size, len(data))))
        configs = tuple(replace(c, out=str(Path(request.folder) / Path(c.out).name),
                                epochs=max(1, math.ceil((c.max_steps or c.epochs * per_epoch) / per_epoch)))
                        for c in request.configs)
        names = net.classifier.class_names if net is not None else None
        log = DuelLog(configs, request.names, request.preset, request.folder, names)
        pending: list[tuple[list[int], dict[str, list[float | None]]]] = [([], {}), ([], {})]
        last_emit = [0.0, 0.0]
        newest: list[Any] = [None, None]

        def flush(pane: int) -> None:
            steps, losses = pending[pane]
            if steps:
                emit("curve", pane, steps, losses)
                pending[pane] = ([], {})
            if newest[pane] is not None:
                emit("status", pane, newest[pane])
                newest[pane] = None

        run = iter_duel(configs, dataset=data, net=net, log=log)
        stopped = False
        try:
            for ev in run:
                pane, p = ev.pane, ev.progress
                if ev.note:
                    emit("note", ev.note, "")
                if p.event == "step":
                    if ev.curve is not None:
                        step, point = ev.curve
                        steps, losses = pending[pane]
                        steps.append(step)
                        for key, value in point.items():
                            losses.setdefault(key, [None] * (len(steps) - 1)).append(value)
                        for values in losses.values():  # a loss this point lacks: a gap
                            if len(values) < len(steps):
                                values.append(None)
                    newest[pane] = p
                    now = time.perf_counter()
                    if now - last_emit[pane] >= EMIT_EVERY:
                        last_emit[pane] = now
                        flush(pane)
                elif p.event == "samples" and p.samples is not None:
                    flush(pane)
                    emit("samples", pane, p.step, p.samples, ev.coverage)
                    emit("logged", copy.deepcopy(log.to_dict()))
                else:
                    emit("status", pane, p)
                if should_stop():
                    stopped = True
                    break
        finally:
            run.close()  # a stopped duel: each run saves what it has, the log says so
        for pane in (0, 1):
            flush(pane)
        emit("logged", copy.deepcopy(log.to_dict()))
        steps = [entry["steps"] for entry in log.panes]
        if stopped:
            return "stopped", self.tr("Stopped after {a:,} and {b:,} steps; both models and the log are in "
                                      "{folder}").format(a=steps[0], b=steps[1], folder=request.folder)
        return "done", self.tr("Finished {n:,} steps of each; both models and the log are in {folder}").format(
            n=min(steps), folder=request.folder)
