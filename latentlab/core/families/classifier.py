"""Small CNN classifier: the dataset's feature network for FID/KID, coverage and confidence.

Not a generator family: it is registered so its checkpoints load and train through the same
registry, with ``generates=False`` so no list of generators (browser, compare, eval) shows it.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch
from torch import nn

from latentlab.core.families.base import ModelConfig
from latentlab.core.families.registry import Capabilities, Family, TrainerRef


@dataclass
class ClassifierConfig(ModelConfig):
    """Classifier hyper-parameters; ``latent_dim`` is unused, ``feature_dim`` is the embedding size.

    ``batch_norm`` adds batch normalisation after every convolution (the bundled feature
    networks use it: faster, steadier training and better-calibrated confidences).
    """

    latent_dim: int = 1
    num_classes: int = 10
    feature_dim: int = 128
    batch_norm: bool = False


class FeatureNetwork(nn.Module):
    """What every feature network offers the metrics: ``body`` → features, ``head`` → class logits.

    Subclasses build ``self.config``, ``self.body``, ``self.head`` and ``self.class_names``.
    """

    arch = ""
    kind = "classifier"

    @property
    def image_shape(self) -> tuple[int, int, int]:
        return tuple(self.config.image_shape)  # type: ignore[return-value]

    @property
    def device(self) -> torch.device:
        return next(self.parameters()).device

    def num_parameters(self) -> int:
        return sum(p.numel() for p in self.parameters())

    def features(self, x: torch.Tensor) -> torch.Tensor:
        """Penultimate activations (N, feature_dim) for images in [0, 1]."""
        return self.body(x)

    def describe(self) -> dict:
        return {
            "arch": self.arch,
            "kind": self.kind,
            "latent_dim": 0,
            "image_shape": list(self.image_shape),
            "class_names": list(self.class_names),
            "params": self.num_parameters(),
        }


class Classifier(FeatureNetwork):
    """conv-conv-pool ×2 → 4×4 average pool → ``feature_dim`` features → class logits.

    Input: images in [0, 1] (N, C, H, W). :meth:`features` gives the penultimate activations
    used as the metrics' embedding space.
    """

    arch = "classifier"  # kind: "classifier", from FeatureNetwork
    config_class = ClassifierConfig

    def __init__(self, config: ClassifierConfig):
        super().__init__()
        config.validate()
        if config.num_classes < 2:
            raise ValueError("a classifier needs num_classes ≥ 2")
        self.config = config
        self.class_names: list[str] = [str(i) for i in range(config.num_classes)]
        c = config.image_shape[0]
        w = config.base_channels

        def conv(cin: int, cout: int) -> list[nn.Module]:
            if config.batch_norm:
                return [nn.Conv2d(cin, cout, 3, padding=1, bias=False), nn.BatchNorm2d(cout), nn.ReLU(inplace=True)]
            return [nn.Conv2d(cin, cout, 3, padding=1), nn.ReLU(inplace=True)]

        self.body = nn.Sequential(
            *conv(c, w), *conv(w, w), nn.MaxPool2d(2),
            *conv(w, 2 * w), *conv(2 * w, 2 * w), nn.MaxPool2d(2),
            nn.AdaptiveAvgPool2d(4), nn.Flatten(),
            nn.Linear(2 * w * 16, config.feature_dim), nn.ReLU(inplace=True),
        )
        self.dropout = nn.Dropout(0.3)
        self.head = nn.Linear(config.feature_dim, config.num_classes)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.dropout(self.body(x)))



FAMILY = Family(
    name="classifier", arch=Classifier.arch, kind=Classifier.kind, title="Classifier", short="classifier",
    description="Feature network: a small CNN classifier the metrics measure generators with",
    config=ClassifierConfig, module=Classifier,
    capabilities=Capabilities(generates=False, inverts=False, samples_prior=False),
    trainer=TrainerRef("latentlab.train.classifier:ClassifierTrainer", lr=1e-3),
)
