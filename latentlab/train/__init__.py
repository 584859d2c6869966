"""Training loops (flat, readable) shared by ``latentlab train`` and the live-training panel."""

from latentlab.train.common import Progress, TrainConfig
from latentlab.train.loop import iter_training, train

__all__ = ["Progress", "TrainConfig", "iter_training", "train"]
