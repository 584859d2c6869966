"""``latentlab eval`` of a faces64 model: how often each hair colour, style and glasses value is drawn, beside the data."""

from __future__ import annotations

import numpy as np
import torch

from latentlab.core.families.gan import GAN, GANConfig
from latentlab.core.metrics import evaluate
from latentlab.core.metrics.evaluation import _FactorValues
from latentlab.core.metrics.features import FeatureNet


def test_eval_of_a_faces_model_reports_each_factor_values_share_beside_the_real_images():
    torch.manual_seed(0)
    gan = GAN(GANConfig(latent_dim=4, base_channels=4, image_shape=(3, 64, 64))).eval()
    gan.card = {"dataset": "faces64"}
    results = evaluate(gan, n=40, seed=0, ppl_pairs=0)
    shares = results["factor_shares"]
    assert set(shares) == {"hair colour", "hair style", "glasses"}
    hair = shares["hair colour"]
    assert len(hair["samples"]) == 5 and abs(sum(hair["samples"]) - 1) < 1e-3 and abs(sum(hair["real"]) - 1) < 1e-3
    assert results["factor_share_ratio_min"] <= results["factor_share_ratio_max"]
    assert results["floor"]["factor_share_ratio_min"] is None


class _Reads(torch.nn.Module):
    """A factor network that sees glasses wherever the image is bright."""

    layout = [("smile", 0), ("glasses", 2)]

    def __init__(self):
        super().__init__()
        self.p = torch.nn.Parameter(torch.zeros(1))

    def outputs(self, x):
        bright = x.mean(dim=(1, 2, 3))
        return {"smile": bright, "glasses": torch.stack([0.5 - bright, bright - 0.5], dim=1)}


def test_shares_and_ratios_are_what_the_network_read():
    values = _FactorValues(_Reads())
    assert values.layout == [("glasses", 2)]  # numbers have no shares
    values.add("samples", torch.cat([torch.ones(3, 1, 4, 4), torch.zeros(1, 1, 4, 4)]))  # 3 of 4 with glasses
    values.add("real", torch.cat([torch.ones(1, 1, 4, 4), torch.zeros(1, 1, 4, 4)]))  # half
    glasses = values.shares()["glasses"]
    assert glasses["samples"] == [0.25, 0.75] and glasses["real"] == [0.5, 0.5]
    assert glasses["ratio_min"] == 0.5 and glasses["ratio_max"] == 1.5
    assert _FactorValues(FeatureNet.__new__(FeatureNet)).layout == []  # a classifier reads no factors
    assert np.isfinite(glasses["ratio_max"])
