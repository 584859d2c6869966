"""MNIST: 70,000 handwritten digits, 28×28 grey (LeCun et al. 1998)."""

from __future__ import annotations

from latentlab.core.datasets.factors import INK_FACTORS
from latentlab.core.datasets.idx_source import IdxSource
from latentlab.core.datasets.registry import DatasetSpec
from latentlab.core.datasets.samples import BundledSample

MNIST = DatasetSpec(
    name="mnist",
    title="MNIST",
    image_shape=(1, 28, 28),
    class_names=tuple(str(i) for i in range(10)),
    factors=INK_FACTORS,
    source=IdxSource(torchvision_class="MNIST", version="1998 (LeCun, Cortes & Burges)"),
    sample=BundledSample(),
)
