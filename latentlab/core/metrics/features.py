"""The feature network: a dataset classifier whose penultimate activations embed every image."""

from __future__ import annotations

from typing import Any

import numpy as np
import torch
from torch import nn

from latentlab.core import families
from latentlab.core.metrics.inputs import BATCH_SIZE, MetricsError, _batches


def _card_accuracy(card: dict[str, Any]) -> float | None:
    try:
        value = card["metrics"]["training"]["test_accuracy"]
    except (KeyError, TypeError):
        return None
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


class FeatureNet:
    """A dataset classifier used as the embedding of every figure.

    Parameters
    ----------
    classifier : Classifier
        Trained on the dataset the generators imitate; takes images in [0, 1].
    batch_size : int, optional
        Images per forward pass.
    test_accuracy : float, optional
        Shown beside the results (a weak classifier makes weak figures); read from the
        classifier's card (``metrics.training.test_accuracy``) when not given.
    """

    def __init__(self, classifier: nn.Module, batch_size: int = BATCH_SIZE, test_accuracy: float | None = None):
        if not hasattr(classifier, "features") or not hasattr(classifier, "head"):
            raise MetricsError(f"{type(classifier).__name__} is not a latentlab Classifier (no features/head)")
        # Dropout off for good: a feature network must be a fixed function.
        self.classifier = classifier.eval()
        self.batch_size = int(batch_size)
        card = getattr(classifier, "card", None) or {}
        self.test_accuracy = test_accuracy if test_accuracy is not None else _card_accuracy(card)
        self.dataset: str | None = card.get("dataset")

    @classmethod
    def for_dataset(cls, name: str, device: str | torch.device | None = "cpu") -> "FeatureNet":
        """The feature network dataset ``name`` declares (:meth:`DatasetSpec.feature_network`).

        For a registered dataset that is its entry's choice; for the built-ins and for data
        nobody registered, a classifier trained on ``name`` among the models.

        Raises
        ------
        MetricsError
            If no classifier for ``name`` is installed, or the file found is not a classifier.
        """
        from latentlab.core import datasets
        from latentlab.core.checkpoint import load_model

        path = datasets.of_model(name).feature_network()
        if path is None:
            raise MetricsError(
                f"no feature network for dataset {name!r}: the metrics need a classifier trained on "
                f"{name!r} among the models (train one with: latentlab train classifier --dataset {name} "
                "-o classifier.safetensors, and put it in your models folder)"
            )
        model = load_model(path, device=device)
        family = families.maybe_family_of(model)
        if family is None or family.capabilities.generates:
            raise MetricsError(f"{path}: the feature network for {name!r} is not a classifier")
        return cls(model)

    @property
    def image_shape(self) -> tuple[int, int, int]:
        return tuple(self.classifier.config.image_shape)  # type: ignore[return-value]

    @property
    def num_classes(self) -> int:
        return int(self.classifier.config.num_classes)

    @property
    def feature_dim(self) -> int:
        return int(self.classifier.config.feature_dim)

    @property
    def device(self) -> torch.device:
        return next(self.classifier.parameters()).device

    def _check(self, x: torch.Tensor) -> None:
        if tuple(x.shape[1:]) != self.image_shape:
            raise MetricsError(
                f"images of shape {list(x.shape[1:])} do not fit the feature network, "
                f"which takes {list(self.image_shape)}"
            )

    def embed_batch(self, x: torch.Tensor) -> tuple[np.ndarray, np.ndarray]:
        """Features and class probabilities of one batch of float images in [0, 1]."""
        self._check(x)
        param = next(self.classifier.parameters())
        with torch.inference_mode():
            f = self.classifier.features(x.to(device=param.device, dtype=param.dtype))
            # The head straight on the features: forward() would run the body a second time
            # (its dropout is the identity in eval mode).
            p = torch.softmax(self.classifier.head(f).double(), dim=1)
        return f.double().cpu().numpy(), p.cpu().numpy()

    def embed(self, images: Any) -> tuple[np.ndarray, np.ndarray]:
        """Features (N, feature_dim) and probabilities (N, num_classes), float64, in one pass.

        Parameters
        ----------
        images : array, tensor or ImageDataset
            (N, C, H, W) or (N, H, W); uint8 in 0..255 or float in [0, 1].
        """
        feats, probs = [], []
        for x in _batches(images, self.batch_size):
            f, p = self.embed_batch(x)
            feats.append(f)
            probs.append(p)
        if not feats:
            return np.zeros((0, self.feature_dim)), np.zeros((0, self.num_classes))
        return np.concatenate(feats), np.concatenate(probs)

    def features(self, images: Any) -> np.ndarray:
        """Penultimate-layer features, float64 (N, feature_dim); see :meth:`embed`."""
        return self.embed(images)[0]

    def probs(self, images: Any) -> np.ndarray:
        """Softmax class probabilities, float64 (N, num_classes); see :meth:`embed`."""
        return self.embed(images)[1]

