"""What every figure shares: batch size, errors, turning inputs into float batches, progress hooks."""

from __future__ import annotations

import contextlib
from typing import Any, Callable, Iterator

import numpy as np
import torch
from torch import nn

#: images per forward pass: large enough to keep BLAS busy, small enough for any GPU
BATCH_SIZE = 500


class MetricsError(ValueError):
    """The figures cannot be computed for these inputs; the message says why."""


class MetricsCancelled(Exception):
    """:func:`evaluate` stopped early because ``should_stop()`` returned True."""


# --------------------------------------------------------------------------------------------
# inputs
# --------------------------------------------------------------------------------------------


def _raw_images(images: Any) -> np.ndarray | torch.Tensor:
    """The image array inside ``images`` (an ImageDataset, array or tensor), not yet converted."""
    if hasattr(images, "images") and hasattr(images, "labels"):
        images = images.images
    if not isinstance(images, (np.ndarray, torch.Tensor)):
        images = np.asarray(images)
    if images.ndim not in (3, 4):
        raise MetricsError(f"images must be shaped (N, C, H, W) or (N, H, W), got {tuple(images.shape)}")
    return images


def _to_float(batch: np.ndarray | torch.Tensor) -> torch.Tensor:
    """float32 (N, C, H, W) in [0, 1]; uint8 input is scaled by 1/255."""
    if isinstance(batch, np.ndarray):
        # A copy, because torch.from_numpy warns on read-only arrays (np.load results) and the
        # test suite turns warnings into errors.
        batch = torch.from_numpy(np.array(batch, copy=True))
    if batch.ndim == 3:
        batch = batch.unsqueeze(1)
    if batch.dtype == torch.uint8:
        return batch.to(torch.float32) / 255.0
    return batch.to(torch.float32)


def _batches(images: Any, batch_size: int) -> Iterator[torch.Tensor]:
    """Float batches of ``images``, converted slice by slice so a big uint8 set is never all float."""
    raw = _raw_images(images)
    for start in range(0, len(raw), batch_size):
        yield _to_float(raw[start:start + batch_size])


def _images_and_labels(data: Any) -> tuple[torch.Tensor, np.ndarray | None]:
    """Split an ImageDataset, an ``(images, labels)`` pair or bare images into float images + labels."""
    labels = None
    if hasattr(data, "images") and hasattr(data, "labels"):
        images, labels = data.images, data.labels
    elif isinstance(data, tuple) and len(data) == 2:
        images, labels = data
    else:
        images = data
    x = _to_float(_raw_images(images))
    if labels is not None:
        labels = np.asarray(labels.cpu() if isinstance(labels, torch.Tensor) else labels).astype(np.int64).reshape(-1)
        if len(labels) != len(x):
            raise MetricsError(f"{len(x)} images but {len(labels)} labels")
    return x, labels


def _as_features(feat: Any, name: str) -> np.ndarray:
    x = np.asarray(feat.detach().cpu() if isinstance(feat, torch.Tensor) else feat, dtype=np.float64)
    if x.ndim != 2:
        raise MetricsError(f"{name} must be a 2-D array (N, D) of features, got shape {x.shape}")
    if not np.isfinite(x).all():
        raise MetricsError(f"{name} contains NaN or infinite values")
    return x


def _as_probs(probs: Any) -> np.ndarray:
    p = np.asarray(probs.detach().cpu() if isinstance(probs, torch.Tensor) else probs, dtype=np.float64)
    if p.ndim != 2 or len(p) == 0:
        raise MetricsError(f"probs must be a non-empty (N, K) array, got shape {p.shape}")
    return p


@contextlib.contextmanager
def _eval_mode(module: nn.Module) -> Iterator[None]:
    """Eval mode for the duration: BatchNorm must use its running statistics, dropout be off."""
    was_training = module.training
    module.eval()
    try:
        yield
    finally:
        module.train(was_training)



class _Hooks:
    """Reports progress into a sub-range of [0, 1] and raises on cancellation."""

    def __init__(self, progress: Callable[[float, str], Any] | None, should_stop: Callable[[], bool] | None):
        self.progress = progress
        self.should_stop = should_stop
        self.done = 0.0

    def check(self) -> None:
        if self.should_stop is not None and self.should_stop():
            raise MetricsCancelled("evaluation cancelled")

    def report(self, fraction: float, text: str) -> None:
        self.check()
        # Never backwards: progress bars cannot un-fill.
        self.done = max(self.done, min(max(float(fraction), 0.0), 1.0))
        if self.progress is not None:
            self.progress(self.done, text)
