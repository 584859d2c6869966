"""Measure a live-training preset the way the training panel runs it (a developer's tool, not shipped).

The config is the panel's own (``TrainingPanel.build_config`` after ``set_preset``: the preset plus the
panel's width, batch and thread count); the run trains on MNIST and, every 50 steps, measures the
fixed-latent 64-sample grid with the bundled MNIST classifier:

* ``k80``: how many classes cover 80 % of the samples (the classifier's argmax); ``top3`` the share
  of the three largest classes; ``counts`` the samples per digit;
* ``conf``: the mean classifier max-probability (high even for stripes: read it with the next two);
* ``real_feat`` / ``real_px``: the share of samples whose nearest real test digit (classifier features
  / pixels) is as close as for 95 % of held-out real digits;
* ``spread``: the mean per-pixel standard deviation over the grid (64 real digits: 0.18; identical
  samples: 0).

Usage (from the repository root; full MNIST as IDX files in ``--data-dir``)::

    QT_QPA_PLATFORM=offscreen PYTHONPATH=$PWD nice -n 5 python docs/dev/measure_mode_collapse.py \
        --preset mode-collapse --seconds 65 [--seed N] [--sample] [--grids DIR]

``--sample`` trains on the bundled 2,000-image sample instead, as long in steps as the panel makes
it. Figures for ``mode-collapse`` are in ``latentlab/train/presets.py``.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from dataclasses import replace

import numpy as np


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--preset", default="mode-collapse")
    p.add_argument("--seconds", type=float, default=65.0)
    p.add_argument("--seed", type=int, default=None, help="instead of the preset's seed")
    p.add_argument("--sample", action="store_true", help="the bundled 2,000-image sample, not full MNIST")
    p.add_argument("--data-dir", default="/work/shared/data/mnist")
    p.add_argument("--every", type=int, default=50)
    p.add_argument("--grids", default=None, help="write each grid as a PNG into this folder")
    a = p.parse_args()

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from latentlab.core.datasets import load_dataset, load_sample
    from latentlab.core.export import save_grid
    from latentlab.core.metrics import FeatureNet
    from latentlab.core.paths import user_cache_dir
    from latentlab.train import iter_training
    from latentlab.ui.training.panel import TrainingPanel
    from latentlab.ui.training.worker import FULL_SIZES

    app = QApplication.instance() or QApplication([])  # noqa: F841 (the panel needs one)
    panel = TrainingPanel()
    panel.set_preset(a.preset)
    config = replace(panel.build_config(), data_dir=a.data_dir, sample_every=a.every,
                     out=str(user_cache_dir() / "measure-mode-collapse" / "model.safetensors"))
    if a.seed is not None:
        config = replace(config, seed=a.seed)
    if a.sample:
        data = load_sample("mnist")
        config = replace(config, epochs=config.epochs * round(FULL_SIZES["mnist"] / len(data)))
    else:
        data = load_dataset("mnist", "train", a.data_dir, download=False)
    print("config", json.dumps({k: getattr(config, k) for k in (
        "kind", "lr", "gan_betas", "g_steps", "gan_loss", "spectral_norm", "minibatch_std", "latent_dim",
        "base_channels", "batch_size", "threads", "seed")}), "images", len(data), flush=True)

    net = FeatureNet.for_dataset("mnist")
    test = load_dataset("mnist", "test", a.data_dir, download=False).tensors("cpu")[0]
    ref_f, held_f = net.features(test[:2000]), net.features(test[2000:2256])
    ref_px, held_px = test[:2000].reshape(2000, -1).numpy(), test[2000:2256].reshape(256, -1).numpy()

    def nearest_f(f: np.ndarray) -> np.ndarray:
        return np.sqrt(((f[:, None] - ref_f[None]) ** 2).sum(-1).min(1))

    def nearest_px(x: np.ndarray) -> np.ndarray:
        d = (x ** 2).sum(1)[:, None] + (ref_px ** 2).sum(1)[None] - 2 * x @ ref_px.T
        return np.sqrt(np.maximum(d.min(1), 0))

    thr_f, thr_px = np.quantile(nearest_f(held_f), 0.95), np.quantile(nearest_px(held_px), 0.95)
    t0 = time.perf_counter()
    for ev in iter_training(config, dataset=data):
        seconds = time.perf_counter() - t0
        if ev.event == "samples":
            frames = ev.samples  # (64, H, W, 1) uint8, as the panel shows them
            feats, probs = net.embed(np.ascontiguousarray(np.transpose(frames, (0, 3, 1, 2))))
            counts = np.bincount(probs.argmax(1), minlength=10)
            share = np.cumsum(np.sort(counts)[::-1]) / len(frames)
            x = frames.reshape(len(frames), -1).astype(np.float32) / 255
            print(json.dumps({
                "step": ev.step, "s": round(seconds, 1), "k80": int(np.searchsorted(share, 0.8) + 1),
                "top3": round(float(share[2]), 2), "conf": round(float(probs.max(1).mean()), 2),
                "real_feat": round(float((nearest_f(feats) <= thr_f).mean()), 2),
                "real_px": round(float((nearest_px(x) <= thr_px).mean()), 2),
                "spread": round(float(x.std(0).mean()), 3), "counts": counts.tolist()}), flush=True)
            if a.grids:
                os.makedirs(a.grids, exist_ok=True)
                save_grid(os.path.join(a.grids, f"step{ev.step:05d}.png"), frames, ncols=8, scale=2)
        if seconds > a.seconds:
            break


if __name__ == "__main__":
    main()
