"""Fashion-MNIST: 70,000 pictures of clothes in 10 classes, 28×28 grey (Xiao et al. 2017)."""

from __future__ import annotations

from latentlab.core.datasets.factors import INK_FACTORS
from latentlab.core.datasets.idx_source import IdxSource
from latentlab.core.datasets.registry import DatasetSpec
from latentlab.core.datasets.samples import BundledSample

FASHION_MNIST = DatasetSpec(
    name="fashion-mnist",
    title="Fashion-MNIST",
    image_shape=(1, 28, 28),
    class_names=(
        "T-shirt/top",
        "Trouser",
        "Pullover",
        "Dress",
        "Coat",
        "Sandal",
        "Shirt",
        "Sneaker",
        "Bag",
        "Ankle boot",
    ),
    # The clothes are light on a dark ground like the digits, so the ink measures read as
    # the garment's edge thickness, lean and width; the explorer has offered them since 0.1.
    factors=INK_FACTORS,
    source=IdxSource(torchvision_class="FashionMNIST", debian_package="dataset-fashion-mnist",
                     version="2017 (Zalando Research)"),
    sample=BundledSample(),
    # Spellings people (and torchvision) use for the same dataset.
    aliases=("fashionmnist", "fmnist"),
)
