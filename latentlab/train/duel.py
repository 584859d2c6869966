"""GAN against WGAN-GP on one recipe: two training runs side by side, with class coverage over time.

The mode-collapse recipe (:data:`latentlab.train.presets.PRESETS`) is trained twice from the same
seed, on the same data, with the same network size, batch and number of generator updates: once
with the plain GAN loss it names (a discriminator that classifies real against fake) and once with
the WGAN-GP loss (a Wasserstein critic with a gradient penalty). :func:`duel_configs` makes the
pair; :func:`iter_duel` trains both, one generator step of each in turn, and reads the class
coverage of each generator's fixed sample grid every ``sample_every`` generator steps;
:class:`DuelLog` keeps the loss curves, the coverage series and the newest grids and writes them
as the run's log.

What "the same recipe" keeps and what the WGAN-GP loss changes:

* kept: data, seed, network width and latent size, batch size, the number of generator updates,
  the sample grid's fixed latents (so, from the same seed, both generators start from the same
  weights) and any moving average of the generator the recipe asks for;
* changed: the loss, the critic (no sigmoid; the gradient penalty replaces spectral norm) and the
  optimiser: :data:`latentlab.train.presets.DUEL_WGAN_GP` (2 critic updates per generator
  update, Adam lr 2e-3 — the plain recipe's own step size — β = (0, 0.9), λ = 10).

**The budget is generator updates.** A duel *step* is one generator update of each: one batch for
the plain recipe (one discriminator and one generator update), ``critic_steps`` batches for
WGAN-GP (``critic_steps`` critic updates, then one generator update). So the WGAN-GP run's
``max_steps`` and ``sample_every`` are ``critic_steps`` times the plain run's, every log, chart
and figure counts generator steps, and the WGAN-GP side costs more wall time (its critic also
differentiates twice for the penalty). The earlier budget, the same number of *batches*, left
WGAN-GP with 1 / 5 of the generator updates: 600 batches were 120 updates at lr 1e-4, still noise.

Why these WGAN-GP settings (measured with a WGAN-GP run alone, the duel's own configs: width 16,
batch 64, 2-number latent, one thread, full MNIST, seed 1, the 64-sample grid read by the bundled
MNIST classifier; a busy 2-core machine; H = normalised class entropy, k80 = classes covering 80 %
of the grid):

==========================  =====================================  ===========================
WGAN-GP settings            H (k80) at generator step              wall time
==========================  =====================================  ===========================
5 critic, lr 5e-4           ≤ 0.03 (1) to step 150; 0.60 (3) at 250  176 s for 250 steps
5 critic, lr 1e-3           0.65 (3) at 150; 0.82 (5) at 250        ≈ 260 s for 250 (2 jobs)
2 critic, lr 1e-3           0.69 (4) at 150; 0.80 at 200; 0.84 (5)  218 s for 400 (2 jobs)
                            at 400
2 critic, lr 2e-3 (chosen)  0.66 (3) at 100; 0.84 (6) at 200;       226 s for 600 (beside the
                            0.87 (6) at 600                         plain run, 87 s)
==========================  =====================================  ===========================

The family's own settings (lr 1e-4, 5 critic updates) still drew noise after 120 generator
updates (the earlier duel); at lr 5e-4 the grid was one blob class until step ~200. Two critic
updates at the plain recipe's lr 2e-3 reach about the coverage per generator step of five at 1e-3,
at 2 / 5 of the critic's cost, so a class waits least for them. (These runs all used seed 1: the
recipe's own seed overrode the one asked for, fixed since.)

Over five seeds (``docs/dev/measure_duel.py``, 600 generator steps each, the panel's defaults;
``docs/dev/duel-seeds.md`` and ``duel-seeds.json``), final 64-sample grid, H (classes covering 80 %,
digits absent):

====  ======================  ======================
seed  plain GAN               WGAN-GP
====  ======================  ======================
0     0.68 (4; 0, 6, 8, 9)    0.90 (6; none)
1     0.79 (5; 0, 7)          0.87 (6; 0)
2     0.79 (5; 0, 6, 9)       0.90 (6; none)
3     0.75 (4; 0, 8, 9)       0.85 (5; 6, 8)
4     0.57 (3; 0, 3, 4, 6)    0.89 (6; none)
====  ======================  ======================

WGAN-GP ends more even in 5 of 5 seeds (also on the mean of the last five readings). The plain
recipe draws a single class for its first 50-200 generator steps (WGAN-GP for 25-50), then
collapses partially in every seed (2-4 digits missing at the end, 3-5 covering 80 %), never again
to a single digit; WGAN-GP misses none in 3 of 5. 600 steps: a duel alone took 313-337 s on the busy 2-core
machine (WGAN-GP ≈ 2.6× the plain side), the gap shows from about step 300.

The two runs share one thread and alternate one generator step each. Each keeps its own state of torch's
global random number generator (swapped in around each of its steps), so each run draws exactly
the noise it would draw alone: a duel's plain pane is the same run as the plain recipe trained by
itself with that seed.

This module never imports Qt: the live-training panel's duel window drives it from a thread.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np
import torch

from latentlab.core import families
from latentlab.core.coverage_series import CoverageSeries, frames_coverage
from latentlab.core.export import save_grid
from latentlab.core.families import Family
from latentlab.core.files import atomic_write_text
from latentlab.train.common import Progress, TrainConfig
from latentlab.train.presets import DUEL_WGAN_GP, apply_preset, preset_family

__all__ = ["LOG_FORMAT", "LOG_STEPS", "DuelEvent", "DuelLog", "duel_configs", "iter_duel", "read_log", "wgan_family"]

#: the ``format`` of a duel's log file
LOG_FORMAT = "latentlab-duel/1"
#: loss points in the log are means over this many steps (raw GAN losses are too noisy to read)
LOG_STEPS = 5
#: the configuration fields the log records for each pane (after the family's defaults are filled in)
CONFIG_FIELDS = ("kind", "dataset", "seed", "batch_size", "base_channels", "latent_dim", "lr", "gan_betas",
                 "spectral_norm", "gan_loss", "g_steps", "critic_steps", "gp_weight", "ema_decay", "epochs",
                 "max_steps", "sample_every")


def wgan_family() -> Family:
    """The trainable, unconditional family whose generator learns against a Wasserstein critic."""
    for family in families.trainable():
        caps = family.capabilities
        if caps.adversary is families.Adversary.WASSERSTEIN_CRITIC and not caps.conditional and caps.generates:
            return family
    raise ValueError("no trainable WGAN-GP family is registered")


def _adversary(config: TrainConfig) -> families.Adversary | None:
    return config.family().capabilities.adversary


def duel_configs(base: TrainConfig, preset: str = "mode-collapse", **fields: Any) -> tuple[TrainConfig, TrainConfig]:
    """The plain-GAN run of ``preset`` and its WGAN-GP counterpart.

    Parameters
    ----------
    base : TrainConfig
        Data, seed, output folder and everything the recipe does not set; ``base.out``'s folder
        receives ``gan.safetensors`` and ``wgan-gp.safetensors``.
    preset : str, optional
        A GAN recipe of :data:`~latentlab.train.presets.PRESETS` (default: the mode-collapse one,
        read from there as it stands).
    **fields
        TrainConfig fields set after the recipe, for both runs (e.g. ``base_channels``,
        ``max_steps``, ``sample_every``).

    Returns
    -------
    (TrainConfig, TrainConfig)
        Plain GAN, WGAN-GP: same data, seed, network size, batch and step budget; the WGAN-GP
        run takes its family's learning rate and Adam betas (see the module docstring).

    Raises
    ------
    ValueError
        For a recipe whose family is not a GAN trained against a classifying discriminator.
    """
    if preset_family(preset).capabilities.adversary is not families.Adversary.DISCRIMINATOR:
        raise ValueError(f"preset {preset!r} is not a plain GAN recipe: the duel pits a plain GAN against WGAN-GP")
    folder = Path(base.out).parent
    plain = replace(apply_preset(base, preset), **fields)
    plain = replace(plain, out=str(folder / "gan.safetensors"))
    wgan = replace(plain, kind=wgan_family().name, **DUEL_WGAN_GP, out=str(folder / "wgan-gp.safetensors"))
    # The same number of generator updates: WGAN-GP makes one every critic_steps batches, the plain
    # recipe g_steps every batch, so WGAN-GP's loop runs critic_steps × g_steps as many batches.
    scale = max(1, int(wgan.critic_steps)) * max(1, int(plain.g_steps))
    wgan = replace(wgan, epochs=plain.epochs * scale,
                   max_steps=plain.max_steps * scale if plain.max_steps is not None else None,
                   sample_every=plain.sample_every * scale if plain.sample_every is not None else None)
    return plain, wgan


def _updates_per_step(config: TrainConfig) -> float:
    """Generator updates per loop step: the plain recipe's ``g_steps``; WGAN-GP's 1 / ``critic_steps``."""
    if _adversary(config) is families.Adversary.WASSERSTEIN_CRITIC:
        return 1.0 / max(1, int(config.critic_steps))
    return float(max(1, int(config.g_steps)))


def _turn_lengths(configs: Sequence[TrainConfig]) -> list[int]:
    """Loop steps (batches) each run takes per turn, so that every turn is one generator step of each.

    The plain recipe (one generator update per batch) takes 1; WGAN-GP with ``critic_steps`` k takes k.
    """
    rates = [_updates_per_step(c) for c in configs]
    fastest = max(rates)
    return [max(1, round(fastest / r)) for r in rates]


def _generator_steps(loop_steps: int, rate: float) -> int:
    """Generator updates after ``loop_steps`` batches at ``rate`` updates per batch (WGAN-GP: ⌊s / k⌋)."""
    return math.floor(loop_steps * rate + 1e-9)


@dataclass
class DuelEvent:
    """One event of one pane: the training loop's :class:`Progress`, and what the duel adds."""

    pane: int
    #: the run's event, its ``step`` and ``total_steps`` counted in generator updates (the duel's clock)
    progress: Progress
    #: the run's own step: batches, each one critic / discriminator update
    loop_step: int = 0
    #: on sample events with a feature network: :func:`~latentlab.core.coverage_series.frames_coverage`
    coverage: dict[str, Any] | None = None
    #: on the step that completes a loss point: (step, {loss name: mean over LOG_STEPS steps})
    curve: tuple[int, dict[str, float | None]] | None = None
    #: something the user should know (the classifier failed, so coverage is no longer read)
    note: str | None = None


def _rng_state() -> tuple[torch.Tensor, list[torch.Tensor] | None]:
    """torch's global generator states: the CPU's, and the GPUs' once CUDA is in use."""
    cuda = torch.cuda.get_rng_state_all() if torch.cuda.is_initialized() else None
    return torch.get_rng_state(), cuda


def _set_rng_state(state: tuple[torch.Tensor, list[torch.Tensor] | None]) -> None:
    cpu, cuda = state
    torch.set_rng_state(cpu)
    if cuda is not None:
        torch.cuda.set_rng_state_all(cuda)


class DuelLog:
    """The duel's record: each pane's loss curve, class coverage over time and newest sample grid.

    Parameters
    ----------
    configs : sequence of TrainConfig
        The panes' runs, in pane order.
    names : sequence of str
        What each pane is called in the log and its figure.
    preset : str
        The recipe's name.
    folder : path or None
        Where :meth:`save` writes ``duel.json`` and ``<pane>-samples.png``; None keeps it in memory.
    class_names : sequence of str, optional
        The coverage classifier's classes (None: no coverage is recorded).
    """

    def __init__(self, configs: Sequence[TrainConfig], names: Sequence[str], preset: str,
                 folder: str | Path | None = None, class_names: Sequence[str] | None = None) -> None:
        if len(configs) != len(names):
            raise ValueError(f"{len(configs)} runs and {len(names)} names")
        self.preset = preset
        self.folder = Path(folder) if folder is not None else None
        self.class_names = list(class_names) if class_names else None
        self.panes: list[dict[str, Any]] = []
        for config, name in zip(configs, names):
            resolved = config.resolved()
            cfg = {k: getattr(resolved, k) for k in CONFIG_FIELDS}
            cfg["gan_betas"] = list(cfg["gan_betas"]) if cfg["gan_betas"] is not None else None
            self.panes.append({
                "name": str(name), "kind": resolved.kind, "family": config.family().title, "config": cfg,
                "generator_updates_per_step": _updates_per_step(resolved),
                "loss": {"step": []}, "coverage": CoverageSeries(self.class_names) if self.class_names else None,
                "samples_step": None, "steps": 0, "total_steps": None, "loop_steps": 0, "outcome": None,
                "model": Path(config.out).name})
        # a loss point is a mean over LOG_STEPS generator steps: LOG_STEPS turns of each run
        self._per_point = [LOG_STEPS * t for t in _turn_lengths([c.resolved() for c in configs])]
        self.frames: list[np.ndarray | None] = [None] * len(configs)
        self._acc: list[dict[str, list[float]]] = [{} for _ in configs]
        self._count = [0] * len(configs)

    # --- recording ---------------------------------------------------------------------------------
    def add_step(self, pane: int, p: Progress, loop_step: int | None = None) -> tuple[int, dict[str, float | None]] | None:
        """Record one batch's losses; returns the loss point it completes (every :data:`LOG_STEPS` generator steps).

        ``p.step`` and ``p.total_steps`` count generator updates (as :func:`iter_duel` yields them);
        ``loop_step`` is the run's own batch count.
        """
        entry = self.panes[pane]
        entry["steps"], entry["total_steps"] = int(p.step), int(p.total_steps)
        entry["loop_steps"] = int(loop_step if loop_step is not None else p.step)
        acc = self._acc[pane]
        for key, value in p.losses.items():
            acc.setdefault(key, []).append(float(value))
        self._count[pane] += 1
        if self._count[pane] < self._per_point[pane]:
            return None
        point: dict[str, float | None] = {}
        for key, values in acc.items():
            # A WGAN-GP's generator loss is NaN until its first generator update: leave it out.
            finite = [v for v in values if math.isfinite(v)]
            point[key] = round(float(np.mean(finite)), 6) if finite else None
        loss = entry["loss"]
        loss["step"].append(int(p.step))
        for key, value in point.items():
            column = loss.setdefault(key, [None] * (len(loss["step"]) - 1))
            column.append(value)
        self._acc[pane], self._count[pane] = {}, 0
        return int(p.step), point

    def add_samples(self, pane: int, step: int, frames: np.ndarray, coverage: dict[str, Any] | None) -> None:
        """Record a pane's newest sample grid and, when measured, its class coverage."""
        self.frames[pane] = frames
        self.panes[pane]["samples_step"] = int(step)
        series = self.panes[pane]["coverage"]
        if coverage is not None and series is not None:
            series.add(step, coverage)

    def finish(self, pane: int, outcome: str, path: str | None) -> None:
        """Record how a pane's run ended (``"done"`` / ``"stopped"``) and its model file's name."""
        self.panes[pane]["outcome"] = outcome
        if path:
            self.panes[pane]["model"] = Path(path).name

    # --- reading and writing -----------------------------------------------------------------------
    def coverage(self, pane: int) -> CoverageSeries | None:
        return self.panes[pane]["coverage"]

    def to_dict(self) -> dict[str, Any]:
        """The log as JSON data: ``format``, ``preset``, ``class_names`` and one entry per pane."""
        panes = []
        for entry in self.panes:
            entry = dict(entry)
            entry["coverage"] = entry["coverage"].to_dict() if entry["coverage"] is not None else None
            entry["samples"] = f"{_file_stem(entry['name'])}-samples.png" if entry["samples_step"] is not None else None
            panes.append(entry)
        return {"format": LOG_FORMAT, "preset": self.preset, "class_names": self.class_names, "panes": panes}

    def save(self) -> Path | None:
        """Write ``duel.json`` and each pane's newest grid into the folder, atomically; None without a folder."""
        if self.folder is None:
            return None
        self.folder.mkdir(parents=True, exist_ok=True)
        data = self.to_dict()
        for frames, entry in zip(self.frames, data["panes"]):
            if frames is not None and entry["samples"]:
                save_grid(self.folder / entry["samples"], frames, ncols=math.ceil(math.sqrt(len(frames))))
        return atomic_write_text(self.folder / "duel.json", json.dumps(data, indent=1, allow_nan=False) + "\n")


def _file_stem(name: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in name.lower()).strip("-") or "pane"


def read_log(folder: str | Path) -> tuple[dict[str, Any], list[np.ndarray | None]]:
    """A saved duel's log (``folder/duel.json``) and its panes' newest sample grids.

    Returns
    -------
    (dict, list)
        The log data (:meth:`DuelLog.to_dict`) and, per pane, its saved grid sheet as one
        uint8 ``(H, W)`` or ``(H, W, 3)`` image (None where the pane drew none).

    Raises
    ------
    ValueError
        If ``duel.json`` is missing, unreadable or not a duel log.
    """
    from PIL import Image

    path = Path(folder) / "duel.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"{path}: not a readable duel log ({exc})") from None
    if not isinstance(data, dict) or data.get("format") != LOG_FORMAT:
        raise ValueError(f"{path}: not a duel log (format {data.get('format') if isinstance(data, dict) else None!r})")
    sheets: list[np.ndarray | None] = []
    for entry in data.get("panes") or []:
        name = entry.get("samples") if isinstance(entry, dict) else None
        sheet = None
        if name and (Path(folder) / Path(name).name).is_file():
            with Image.open(Path(folder) / Path(name).name) as im:
                sheet = np.asarray(im.convert("L" if im.mode in ("L", "LA", "I;16") else "RGB"))
        sheets.append(sheet)
    return data, sheets


def iter_duel(configs: Sequence[TrainConfig], dataset: Any = None, net: Any = None,
              log: DuelLog | None = None) -> Iterator[DuelEvent]:
    """Train the runs of ``configs`` side by side, one step of each in turn, yielding their events.

    Parameters
    ----------
    configs : sequence of TrainConfig
        The runs (e.g. :func:`duel_configs`); their ``out`` files must differ.
    dataset : ImageDataset, optional
        The data of every run (loaded once from ``configs[0]`` when not given).
    net : FeatureNet, optional
        The dataset's classifier: when given, every sample event carries the class coverage of
        that pane's fixed grid.
    log : DuelLog, optional
        Records every event, and is saved after every sample event and at the end.

    Yields
    ------
    DuelEvent
        Each run's :func:`~latentlab.train.iter_training` events, tagged with its pane. A turn
        is one training step (with the sample or epoch events that followed that run's
        previous step); a run that has finished drops out. Closing the generator stops every
        run, and each saves a usable checkpoint, as a stopped ``latentlab train`` does.
    """
    from latentlab.core.datasets import load_dataset
    from latentlab.train.loop import iter_training

    outs = [str(Path(c.out)) for c in configs]
    if len(set(outs)) != len(outs):
        raise ValueError(f"the duel's runs would write the same model file ({', '.join(outs)})")
    data = dataset if dataset is not None else load_dataset(configs[0].dataset, "train", configs[0].data_dir)
    runs = [iter_training(c, dataset=data) for c in configs]
    rng: list[Any] = [None] * len(runs)  # each run's own state of torch's global generators
    rates = [_updates_per_step(c.resolved()) for c in configs]
    turns = _turn_lengths([c.resolved() for c in configs])
    live = list(range(len(runs)))
    try:
        while live:
            for pane in list(live):
                done = 0  # a turn: one generator step of this run (WGAN-GP: critic_steps batches)
                while done < turns[pane]:
                    outer = _rng_state()
                    if rng[pane] is not None:
                        _set_rng_state(rng[pane])
                    try:
                        raw = next(runs[pane])
                    except StopIteration:
                        live.remove(pane)
                        break
                    finally:
                        rng[pane] = _rng_state()
                        _set_rng_state(outer)
                    p = replace(raw, step=_generator_steps(raw.step, rates[pane]),
                                total_steps=_generator_steps(raw.total_steps, rates[pane]))
                    event = DuelEvent(pane, p, loop_step=int(raw.step))
                    if p.event == "step":
                        if log is not None:
                            event.curve = log.add_step(pane, p, raw.step)
                    elif p.event == "samples" and p.samples is not None:
                        if net is not None:
                            try:
                                event.coverage = frames_coverage(net, p.samples)
                            except Exception as exc:  # noqa: BLE001 (the runs go on; the chart says coverage stopped)
                                net = None
                                event.note = f"class coverage is no longer measured: {exc}"
                        if log is not None:
                            log.add_samples(pane, p.step, p.samples, event.coverage)
                            log.save()
                    elif p.event == "done" and log is not None:
                        log.finish(pane, "done", p.path)
                    yield event
                    if p.event == "step":
                        done += 1
        if log is not None:
            log.save()
    finally:
        for pane in live:  # stopped early: each saves what it has (GeneratorExit in its loop)
            runs[pane].close()
            if log is not None:
                out = Path(configs[pane].out)
                log.finish(pane, "stopped", str(out) if out.is_file() else None)
        if live and log is not None:
            log.save()
