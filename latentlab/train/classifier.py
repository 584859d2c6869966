"""Feature-network training: a small CNN classifier, cross-entropy, Adam."""

from __future__ import annotations

import torch
import torch.nn.functional as F

from latentlab.core.families import Family
from latentlab.core.families.classifier import ClassifierConfig
from latentlab.train.common import TrainConfig
from latentlab.train.distributed import Precision, wrap


class ClassifierTrainer:
    loss_names = ["loss", "accuracy"]

    def __init__(self, family: Family, config: TrainConfig, class_names: list[str], image_shape,
                 device: torch.device):
        self.model = family.module(ClassifierConfig(
            image_shape=tuple(image_shape),
            num_classes=len(class_names),
            base_channels=config.base_channels,
            batch_norm=config.batch_norm,
        )).to(device)
        self.model.class_names = list(class_names)
        self.opt = torch.optim.Adam(self.model.parameters(), lr=config.lr)
        self.modules = {"model": self.model}
        self.optimizers = {"opt": self.opt}
        self.net = wrap(self.model, device, compile=config.compile)  # DDP / compiled when asked
        self.precision = Precision(config.precision, device)

    def train_step(self, x: torch.Tensor, y: torch.Tensor) -> dict[str, float]:
        with self.precision.autocast():
            logits = self.net(x)  # (B, K)
            loss = F.cross_entropy(logits, y)
        self.precision.step(loss, self.opt)
        return {"loss": loss.item(), "accuracy": (logits.argmax(1) == y).float().mean().item()}

    @torch.inference_mode()
    def evaluate(self, x: torch.Tensor, y: torch.Tensor) -> dict[str, float]:
        """Test accuracy, batched so large test sets fit in memory."""
        self.model.eval()
        correct = 0
        for i in range(0, len(x), 1000):
            correct += (self.model(x[i:i + 1000]).argmax(1) == y[i:i + 1000]).sum().item()
        self.model.train()
        return {"test_accuracy": correct / max(1, len(x))}
