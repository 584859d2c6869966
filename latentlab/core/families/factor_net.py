"""Factor network: a small CNN that reads every labelled factor of an image (faces64's smile,
glasses, hair colour…).

It is the instrument that measures what a generated image shows (direction fidelity) and,
through its penultimate features and its class head, the feature network of its dataset for
FID/KID/precision-recall/coverage (:class:`~latentlab.core.metrics.features.FeatureNet` reads
``features`` and ``head`` as it does a classifier's). Like the classifier it is registered with
``generates=False``, so no list of generators shows it.

Its config names the factors it reads as one string, ``"smile=0|glasses=2|…"`` (0: a number,
regressed; k: one of k values, a softmax), so a file describes itself without its dataset.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

import numpy as np
import torch
from torch import nn

from latentlab.core.families.base import ModelConfig
from latentlab.core.families.classifier import FeatureNetwork
from latentlab.core.families.registry import Capabilities, Family, TrainerRef

__all__ = ["FactorNet", "FactorNetConfig", "factor_layout", "factor_scores", "layout_string"]


def layout_string(layout: Sequence[tuple[str, int]]) -> str:
    """``[("smile", 0), ("glasses", 2)]`` → ``"smile=0|glasses=2"`` (the config's form)."""
    return "|".join(f"{name}={int(k)}" for name, k in layout)


def factor_layout(text: str) -> list[tuple[str, int]]:
    """The config's ``"name=k|…"`` as ``[(name, k), …]``; ``ValueError`` for a malformed one."""
    layout = []
    for part in filter(None, text.split("|")):
        name, sep, k = part.rpartition("=")
        if not sep or not name or not k.isdigit() or int(k) == 1:
            raise ValueError(f"factor {part!r} must be NAME=0 (a number) or NAME=K (one of K ≥ 2 values)")
        layout.append((name, int(k)))
    return layout


@dataclass
class FactorNetConfig(ModelConfig):
    """Factor-network hyper-parameters; ``latent_dim`` is unused.

    ``factors``: the factors read, ``"name=k|…"`` (see :func:`factor_layout`); ``class_factor``:
    the categorical one that is the dataset's class (read by :attr:`FactorNet.head`), or empty.
    """

    latent_dim: int = 1
    num_classes: int = 2
    base_channels: int = 16
    feature_dim: int = 128
    factors: str = ""
    class_factor: str = ""

    def validate(self) -> None:
        super().validate()
        layout = dict(factor_layout(self.factors))
        if not layout:
            raise ValueError("a factor network needs at least one factor")
        if self.class_factor and layout.get(self.class_factor) != self.num_classes:
            raise ValueError(f"class_factor {self.class_factor!r} must be a factor with num_classes="
                             f"{self.num_classes} values")
        if self.feature_dim < 1:
            raise ValueError(f"feature_dim={self.feature_dim} must be positive")


class FactorNet(FeatureNetwork):
    """Four stride-2 convolutions → ``feature_dim`` features → one head per factor.

    Strided convolutions rather than pooling: a quarter of the classifier's arithmetic at
    64×64, which is what lets it train on tens of thousands of faces on a laptop CPU.
    Input: images in [0, 1] (N, C, H, W).
    """

    arch = "factor-net"  # kind: "classifier", from FeatureNetwork
    config_class = FactorNetConfig

    def __init__(self, config: FactorNetConfig):
        super().__init__()
        config.validate()
        self.config = config
        self.layout = factor_layout(config.factors)
        self.class_names: list[str] = [str(i) for i in range(config.num_classes)]
        c, w = config.image_shape[0], config.base_channels
        widths = [c, w, 2 * w, 4 * w, 4 * w]
        layers: list[nn.Module] = []
        for cin, cout in zip(widths, widths[1:]):
            layers += [nn.Conv2d(cin, cout, 4, stride=2, padding=1, bias=False), nn.BatchNorm2d(cout),
                       nn.LeakyReLU(0.1, inplace=True)]
        self.body = nn.Sequential(
            *layers, nn.AdaptiveAvgPool2d(4), nn.Flatten(),
            nn.Linear(widths[-1] * 16, config.feature_dim), nn.ReLU(inplace=True),
        )
        self.continuous = [name for name, k in self.layout if k == 0]
        self.categorical = [(name, k) for name, k in self.layout if k and name != config.class_factor]
        self.regress = nn.Linear(config.feature_dim, max(1, len(self.continuous)))
        self.choose = nn.ModuleList(nn.Linear(config.feature_dim, k) for _, k in self.categorical)
        # The dataset's classes: FeatureNet reads them as a classifier's head.
        self.head = nn.Linear(config.feature_dim, config.num_classes)

    @property
    def factor_names(self) -> list[str]:
        """Names of the factors read, in the config's order."""
        return [name for name, _ in self.layout]

    def forward(self, x: torch.Tensor, every_factor: bool = False) -> Any:
        """Class logits (N, num_classes), as a classifier's; with `every_factor`, :meth:`outputs`.

        (Training calls it with `every_factor` so that DistributedDataParallel, which wraps
        ``forward`` only, sees every head.)
        """
        return self.outputs(x) if every_factor else self.head(self.body(x))

    def outputs(self, x: torch.Tensor) -> dict[str, torch.Tensor]:
        """Raw outputs per factor: (N,) values for numbers, (N, k) logits for categories."""
        f = self.body(x)
        values = self.regress(f)  # (N, n_continuous)
        out = {name: values[:, i] for i, name in enumerate(self.continuous)}
        out.update({name: layer(f) for (name, _), layer in zip(self.categorical, self.choose)})
        if self.config.class_factor:
            out[self.config.class_factor] = self.head(f)
        return out

    @torch.inference_mode()
    def read(self, images: torch.Tensor, batch_size: int = 500) -> dict[str, torch.Tensor]:
        """Every factor of float images (N, C, H, W) in [0, 1], in label units, float (N,) each.

        A number as regressed; a category as its most likely value's index, except a yes/no
        factor (two values), read as the probability of the second value so that it changes
        smoothly along a latent direction.
        """
        was_training = self.training
        self.eval()
        param = next(self.parameters())
        parts: dict[str, list[torch.Tensor]] = {name: [] for name in self.factor_names}
        for i in range(0, len(images), batch_size):
            x = images[i:i + batch_size].to(device=param.device, dtype=param.dtype)
            for name, out in self.outputs(x).items():
                if out.ndim == 1:
                    value = out
                elif out.shape[1] == 2:
                    value = torch.softmax(out.float(), dim=1)[:, 1]
                else:
                    value = out.argmax(dim=1)
                parts[name].append(value.float().cpu())
        self.train(was_training)
        return {name: torch.cat(v) if v else torch.zeros(0) for name, v in parts.items()}

    def describe(self) -> dict:
        return {**super().describe(), "factors": self.factor_names}


def factor_scores(net: FactorNet, images: Any, factors: np.ndarray, factor_names: Sequence[str]) -> dict[str, dict]:
    """How well `net` reads each factor of labelled images (held-out ones, for a fair figure).

    Parameters
    ----------
    net : FactorNet
    images : torch.Tensor or numpy.ndarray
        (N, C, H, W): float in [0, 1], or uint8.
    factors : numpy.ndarray
        (N, F) true values, columns named by `factor_names`.
    factor_names : sequence of str

    Returns
    -------
    dict
        ``{factor: {"r2": …, "mae": …}}`` for numbers, ``{factor: {"accuracy": …, "chance": …}}``
        for categories (chance: the most frequent value's share).
    """
    x = torch.as_tensor(np.asarray(images) if not torch.is_tensor(images) else images)
    if x.dtype == torch.uint8:
        x = x.float() / 255.0
    read = net.read(x)
    kinds = dict(net.layout)
    columns = list(factor_names)
    scores: dict[str, dict] = {}
    for name in net.factor_names:
        if name not in columns:
            continue
        truth = np.asarray(factors[:, columns.index(name)], dtype=np.float64)
        got = read[name].double().numpy()
        if kinds[name] == 0:
            residual = float(((got - truth) ** 2).sum())
            total = float(((truth - truth.mean()) ** 2).sum())
            scores[name] = {"r2": round(1.0 - residual / total, 4) if total > 0 else float("nan"),
                            "mae": round(float(np.abs(got - truth).mean()), 4)}
        else:
            predicted = np.rint(got) if kinds[name] == 2 else got
            chance = float(np.bincount(truth.astype(int)).max() / len(truth)) if len(truth) else float("nan")
            scores[name] = {"accuracy": round(float((predicted == truth).mean()), 4), "chance": round(chance, 4)}
    return scores


FAMILY = Family(
    name="factor-net", arch=FactorNet.arch, kind=FactorNet.kind, title="Factor network", short="factor net",
    config=FactorNetConfig, module=FactorNet,
    description="Feature network that reads every labelled factor of an image (smile, glasses, hair colour…)",
    # Not a generator: no list of generators (browser, compare, eval) shows it.
    capabilities=Capabilities(generates=False, inverts=False, samples_prior=False),
    trainer=TrainerRef("latentlab.train.factors:FactorNetTrainer", lr=2e-3),
)
