"""Factor-network training: every labelled factor of a dataset read from its images.

Numbers are regressed (mean squared error in the label's units), categories classified
(cross-entropy); the loss is their sum, so each factor pulls on the shared features. The
dataset's registry entry says which factors there are (:attr:`Factor.range` / ``.values``);
the images' labelled values come with the data (:attr:`ImageDataset.factors`).
"""

from __future__ import annotations

import torch
import torch.nn.functional as F

from latentlab.core import datasets
from latentlab.core.families import Family
from latentlab.core.families.factor_net import FactorNetConfig, layout_string
from latentlab.train.common import TrainConfig
from latentlab.train.distributed import Precision, wrap


def dataset_layout(name: str) -> tuple[list[tuple[str, int]], str]:
    """The factors of the registered dataset `name` as ``[(name, k)]`` and its class factor.

    Raises
    ------
    ValueError
        If the dataset declares no labelled factors (a range or values).
    """
    spec = datasets.get(name)
    layout = [(f.name, len(f.values)) for f in spec.factors if f.values or f.range is not None]
    if not layout:
        raise ValueError(f"the {spec.title} dataset has no labelled factors to train a factor network on")
    class_factor = next((f.name for f in spec.factors if f.values and tuple(f.values) == spec.class_names), "")
    return layout, class_factor


class FactorNetTrainer:
    loss_names = ["loss", "numbers_mse", "categories_accuracy"]

    def __init__(self, family: Family, config: TrainConfig, class_names: list[str], image_shape,
                 device: torch.device):
        layout, class_factor = dataset_layout(config.dataset)
        self.model = family.module(FactorNetConfig(
            image_shape=tuple(image_shape), num_classes=max(2, len(class_names)),
            base_channels=config.base_channels, factors=layout_string(layout), class_factor=class_factor,
        )).to(device)
        self.model.class_names = list(class_names)
        self.opt = torch.optim.Adam(self.model.parameters(), lr=config.lr)
        self.modules = {"model": self.model}
        self.optimizers = {"opt": self.opt}
        self.net = wrap(self.model, device, compile=config.compile)
        self.precision = Precision(config.precision, device)

    def targets(self, data, device: torch.device | None = None) -> torch.Tensor:
        """The labelled values of `data`'s images, float (N, F) in the network's factor order."""
        if data.factors is None:
            raise ValueError(f"{data.name or 'the data'}: no labelled factors, which a factor network learns from")
        missing = [n for n in self.model.factor_names if n not in data.factor_names]
        if missing:
            raise ValueError(f"{data.name or 'the data'}: no labels for the factors {', '.join(missing)}")
        columns = [data.factor_names.index(n) for n in self.model.factor_names]
        return torch.from_numpy(data.factors[:, columns]).to(device)

    def _losses(self, outputs: dict[str, torch.Tensor], y: torch.Tensor) -> tuple[torch.Tensor, float, float]:
        mse = torch.zeros((), device=y.device)
        ce = torch.zeros((), device=y.device)
        correct, count = 0.0, 0
        for i, (name, k) in enumerate(self.model.layout):
            out = outputs[name]
            if k == 0:
                mse = mse + F.mse_loss(out.float(), y[:, i])
            else:
                target = y[:, i].long()
                ce = ce + F.cross_entropy(out.float(), target)
                correct += (out.argmax(1) == target).float().mean().item()
                count += 1
        return mse + ce, mse.item(), correct / max(1, count)

    def train_step(self, x: torch.Tensor, y: torch.Tensor) -> dict[str, float]:
        with self.precision.autocast():
            loss, mse, accuracy = self._losses(self.net(x, every_factor=True), y)  # y: (B, F)
        self.precision.step(loss, self.opt)
        return {"loss": loss.item(), "numbers_mse": mse, "categories_accuracy": accuracy}

    @torch.inference_mode()
    def evaluate(self, x: torch.Tensor, y: torch.Tensor) -> dict[str, float]:
        """Held-out scores per factor: ``<factor>_r2`` / ``_mae`` for numbers, ``_accuracy`` for categories."""
        from latentlab.core.families.factor_net import factor_scores

        scores = factor_scores(self.model, x, y.cpu().numpy(), self.model.factor_names)
        flat = {f"{name}_{key}": value for name, entry in scores.items() for key, value in entry.items()
                if key != "chance"}
        accuracies = [e["accuracy"] for e in scores.values() if "accuracy" in e]
        # The card's one-number summary (FeatureNet shows it beside every figure).
        flat["test_accuracy"] = float(sum(accuracies) / len(accuracies)) if accuracies else float("nan")
        return flat
