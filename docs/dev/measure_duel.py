"""Measure the GAN-vs-WGAN-GP duel headless, over several seeds (a developer's tool, not shipped).

Runs :func:`latentlab.train.duel.iter_duel` on the duel panel's own pair of configs
(:func:`latentlab.train.duel.duel_configs` of the mode-collapse recipe with the panel's width,
batch and one thread) on full MNIST, reads each pane's fixed 64-sample grid with the bundled
MNIST classifier every ``--every`` generator steps, and prints and records per seed and pane:

* ``entropy``: the normalised class entropy of the last grid (1 = every class equally often,
  0 = one class; a perfect generator's 64 samples reach about 0.97);
* ``k80``: how many classes cover 80 % of the last grid;
* ``spread``: the mean per-pixel standard deviation over the grid (64 real digits: 0.18; one
  texture drawn 64 times: near 0);
* ``seconds``: the wall time spent in that pane's training (and its coverage readings).

Usage (from the repository root; full MNIST as IDX files in ``--data-dir``)::

    PYTHONPATH=$PWD nice -n 5 python docs/dev/measure_duel.py --seeds 0 1 2 3 4 \\
        --json docs/dev/duel-seeds.json [--keep DIR] [--figure docs/img/duel.png --figure-seed 0]

``--keep DIR`` keeps each seed's run folder (``DIR/seed-N``: duel.json, both models, the newest
grids); ``--figure`` exports one seed's duel with :func:`latentlab.core.duel_figure.save_duel_figure`.
Figures are in ``latentlab/train/duel.py``'s module docstring and ``docs/dev/duel-seeds.md``.
"""

from __future__ import annotations

import argparse
import json
import platform
import shutil
import tempfile
import time
from pathlib import Path

import numpy as np


def k80(shares: list[float]) -> int:
    """How many classes (largest first) cover 80 % of the samples."""
    h = np.sort(np.asarray(shares, np.float64))[::-1]
    return int(np.searchsorted(np.cumsum(h), 0.8 - 1e-9) + 1)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2])
    p.add_argument("--steps", type=int, default=None, help="generator steps of each (default: the panel's)")
    p.add_argument("--every", type=int, default=None, help="generator steps between grids (default: the panel's)")
    p.add_argument("--width", type=int, default=None)
    p.add_argument("--batch", type=int, default=None)
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--wgan", default="{}", help='JSON TrainConfig fields for the WGAN-GP pane, e.g. {"lr": 1e-3}')
    p.add_argument("--data-dir", default="/work/shared/data/mnist")
    p.add_argument("--json", default=None, help="write the per-seed record here")
    p.add_argument("--keep", default=None, help="keep each seed's run folder under this folder")
    p.add_argument("--figure", default=None, help="export one seed's duel figure (PNG) here")
    p.add_argument("--figure-seed", type=int, default=None)
    p.add_argument("--fp16", action="store_true", help="store the models' weights as float16 (as bundled)")
    a = p.parse_args()

    from dataclasses import replace

    from latentlab.core.datasets import load_dataset
    from latentlab.core.metrics import FeatureNet
    from latentlab.train import TrainConfig
    from latentlab.train.duel import DuelLog, duel_configs, iter_duel
    from latentlab.ui.training.duel import DEFAULTS, PRESET

    steps = a.steps or DEFAULTS["max_steps"]
    every = a.every or DEFAULTS["sample_every"]
    width = a.width or DEFAULTS["base_channels"]
    batch = a.batch or DEFAULTS["batch_size"]
    wgan_fields = json.loads(a.wgan)
    data = load_dataset("mnist", "train", a.data_dir, download=False)
    net = FeatureNet.for_dataset("mnist")
    names = net.classifier.class_names
    record = {"command": "python docs/dev/measure_duel.py " + " ".join(
                  f"--{k.replace('_', '-')} {' '.join(map(str, v)) if isinstance(v, list) else v}"
                  for k, v in vars(a).items() if v is not None and k not in ("data_dir",)),
              "machine": f"{platform.machine()}, {__import__('os').cpu_count()} cores, {a.threads} torch thread(s)",
              "data": f"full MNIST ({len(data):,} training images)", "steps": steps, "every": every,
              "width": width, "batch": batch, "seeds": []}
    root = Path(a.keep) if a.keep else Path(tempfile.mkdtemp(prefix="duel-"))
    for seed in a.seeds:
        folder = root / f"seed-{seed}"
        if folder.exists():
            shutil.rmtree(folder)
        # what the models' cards record: this script's command for this one seed (no machine paths)
        command = (f"python docs/dev/measure_duel.py --seeds {seed} --steps {steps} --every {every} --width {width} "
                   f"--batch {batch} --threads {a.threads}" + (" --fp16" if a.fp16 else "")
                   + (f" --wgan '{a.wgan}'" if wgan_fields else ""))
        base = TrainConfig(kind="gan", dataset="mnist", out=str(folder / "model.safetensors"), write_files=False,
                           data_dir=a.data_dir, command=command,
                           storage_dtype="float16" if a.fp16 else "float32")
        # the seed is a field after the recipe (the recipe names its own seed)
        plain, wgan = duel_configs(base, PRESET, seed=seed, max_steps=steps, sample_every=every, base_channels=width,
                                   batch_size=batch, threads=a.threads)
        if wgan_fields:
            k_old = wgan.critic_steps
            wgan = replace(wgan, **wgan_fields)
            k = wgan.critic_steps  # keep the budget in generator steps
            wgan = replace(wgan, max_steps=steps * k, sample_every=every * k, epochs=wgan.epochs // k_old * k)
        per_epoch = len(data) // batch
        configs = [replace(c, epochs=-(-c.max_steps // per_epoch)) for c in (plain, wgan)]
        log = DuelLog(configs, ["Plain GAN", "WGAN-GP"], PRESET, folder, names)
        seconds = [0.0, 0.0]
        spread: list[list[float]] = [[], []]
        t = time.perf_counter()
        for ev in iter_duel(configs, dataset=data, net=net, log=log):
            now = time.perf_counter()
            seconds[ev.pane] += now - t
            t = now
            if ev.progress.event == "samples" and ev.coverage is not None:
                s = float(ev.progress.samples.astype(np.float32).std(0).mean() / 255)
                spread[ev.pane].append(s)
                print(f"seed {seed} pane {ev.pane} g{ev.progress.step:5d} {seconds[ev.pane]:6.0f}s "
                      f"H={ev.coverage['entropy']:.2f} k80={k80(ev.coverage['histogram'])} spread={s:.3f}",
                      flush=True)
        row = {"seed": seed}
        for pane, key in ((0, "plain"), (1, "wgan_gp")):
            series = log.coverage(pane)
            last = series.last()
            row[key] = {"entropy": round(last["entropy"], 3), "k80": k80(last["shares"]),
                        "spread": round(spread[pane][-1], 3),
                        "counts": [round(v * last["n"]) for v in last["shares"]],
                        "entropy_series": [round(v, 2) for v in series.entropy],
                        "generator_steps": log.panes[pane]["steps"], "batches": log.panes[pane]["loop_steps"],
                        "seconds": round(seconds[pane], 1)}
        print(json.dumps(row), flush=True)
        record["seeds"].append(row)
        if a.figure and (a.figure_seed is None or a.figure_seed == seed):
            from latentlab.core.duel_figure import save_duel_figure

            save_duel_figure(a.figure, log.to_dict(), log.frames, [c.out for c in configs])
            print("figure", a.figure, flush=True)
        if a.json:
            from latentlab.core.files import atomic_write_text

            atomic_write_text(a.json, json.dumps(record, indent=1) + "\n")
    if not a.keep:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
