"""Anomaly detection: scores, ROC and AUC, outlier sets, on toy models whose answer is known."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from torch import nn

from latentlab.core import anomaly
from latentlab.core.families.gan import GAN, GANConfig

SHAPE = (1, 4, 4)


class SubspaceVAE(nn.Module):
    """Encoder and decoder of a linear subspace: images in it come back exactly, others do not."""

    has_encoder = True
    conditional = False
    num_classes = 0
    image_shape = SHAPE
    latent_dim = 2
    output_range = (0.0, 1.0)

    def __init__(self):
        super().__init__()
        basis = torch.zeros(16, 2)
        basis[:8, 0] = 1 / np.sqrt(8)  # top half of the image
        basis[8:, 1] = 1 / np.sqrt(8)  # bottom half
        self.register_buffer("basis", basis)

    @property
    def device(self):
        return self.basis.device

    def encode(self, x, labels=None):
        mu = x.flatten(1) @ self.basis
        return mu, torch.zeros_like(mu)

    def decode(self, z, labels=None):
        return (z @ self.basis.T).clamp(0, 1).reshape(-1, *SHAPE)

    generate = decode


def _flat_halves(n, seed):
    """Images whose top and bottom halves are each one grey level: inside the subspace."""
    rng = np.random.default_rng(seed)
    levels = rng.integers(0, 256, size=(n, 2))
    images = np.zeros((n, *SHAPE), np.uint8)
    images[:, 0, :2, :] = levels[:, 0, None, None]
    images[:, 0, 2:, :] = levels[:, 1, None, None]
    return images


def test_auc_is_one_when_outliers_are_far_and_half_for_identical_sets():
    model = SubspaceVAE()
    inliers = _flat_halves(200, 0)
    outliers = anomaly.outlier_images("noise", inliers, seed=1)
    report = anomaly.detect(model, inliers, outliers, "recon")
    assert report.auc == pytest.approx(1.0)
    assert report.inlier_scores.max() < 1e-10 < report.outlier_scores.min()
    same = anomaly.detect(model, inliers, inliers.copy(), "recon")
    assert same.auc == pytest.approx(0.5)
    assert report.summary()["auc"] == report.auc and report.summary()["n_outliers"] == 200


def test_negative_elbo_adds_the_distance_of_the_code_from_the_prior():
    model = SubspaceVAE()
    dark, bright = np.zeros((1, *SHAPE), np.uint8), np.full((1, *SHAPE), 255, np.uint8)
    # both reconstruct perfectly; the bright one's code lies far from the prior's centre
    recon = anomaly.anomaly_scores(model, np.concatenate([dark, bright]), score="recon")
    elbo = anomaly.anomaly_scores(model, np.concatenate([dark, bright]), score="elbo")
    assert recon == pytest.approx([0.0, 0.0], abs=1e-12)
    assert elbo[1] > elbo[0]


def test_auc_matches_counting_every_pair():
    rng = np.random.default_rng(3)
    a, b = rng.integers(0, 20, 300).astype(float), rng.integers(5, 25, 200).astype(float)  # with ties
    pairs = (b[:, None] > a[None, :]).mean() + 0.5 * (b[:, None] == a[None, :]).mean()
    assert anomaly.roc_auc(a, b) == pytest.approx(pairs)
    fpr, tpr, _ = anomaly.roc_curve(a, b)
    assert (fpr[0], tpr[0], fpr[-1], tpr[-1]) == (0.0, 0.0, 1.0, 1.0)
    assert np.all(np.diff(fpr) >= 0) and np.all(np.diff(tpr) >= 0)
    assert np.trapezoid(tpr, fpr) == pytest.approx(pairs)
    assert anomaly.roc_auc(b, a) == pytest.approx(1 - pairs)


def test_a_gan_is_scored_by_inversion_and_cannot_use_encoder_scores():
    torch.manual_seed(0)
    gan = GAN(GANConfig(latent_dim=4, image_shape=(1, 16, 16), base_channels=4)).eval()
    assert anomaly.scores_for(gan) == ["inversion"]
    with pytest.raises(ValueError, match="needs an encoder"):
        anomaly.anomaly_scores(gan, np.zeros((2, 1, 16, 16), np.uint8), score="recon")
    with torch.no_grad():
        drawn = ((gan.generate(torch.randn(6, 4)) + 1) / 2 * 255).round().to(torch.uint8).numpy()
    noise = anomaly.outlier_images("noise", drawn, seed=2)
    params = [p.detach().clone() for p in gan.parameters()]
    report = anomaly.detect(gan, drawn, noise, inversion_steps=60)
    assert report.score == "inversion"
    assert report.inlier_scores.mean() < report.outlier_scores.mean()  # it can draw its own images
    assert all(torch.equal(a, b) for a, b in zip(params, gan.parameters()))  # the model is untouched


def test_outlier_sets_and_bad_input_give_clear_errors():
    ref = _flat_halves(3, 0)
    assert np.array_equal(anomaly.outlier_images("inverted", ref), 255 - ref)
    assert np.array_equal(anomaly.outlier_images("rotated", ref)[0, 0], np.rot90(ref[0, 0]))
    with pytest.raises(ValueError, match="choose noise, inverted or rotated"):
        anomaly.outlier_images("upside-down", ref)
    with pytest.raises(ValueError, match=r"images are \(1, 8, 8\); this model draws \(1, 4, 4\)"):
        anomaly.anomaly_scores(SubspaceVAE(), np.zeros((2, 1, 8, 8), np.uint8))
    with pytest.raises(ValueError, match="choose one of recon, elbo, inversion"):
        anomaly.anomaly_scores(SubspaceVAE(), ref, score="likelihood")
    with pytest.raises(ValueError, match="no images"):
        anomaly.anomaly_scores(SubspaceVAE(), np.zeros((0, *SHAPE), np.uint8))
    with pytest.raises(ValueError, match="at least one"):
        anomaly.roc_auc([], [1.0])


def test_cancellation_stops_between_batches():
    calls = []
    with pytest.raises(anomaly.MetricsCancelled):
        anomaly.anomaly_scores(SubspaceVAE(), _flat_halves(10, 0), batch_size=2,
                               progress=calls.append, should_stop=lambda: len(calls) >= 2)
    assert len(calls) == 2


def test_cli_scores_a_bundled_sample_against_outliers(tiny_vae_file, capsys):
    import json

    from latentlab.cli import main

    assert main(["anomaly", str(tiny_vae_file), "--in", "mnist", "--out", "inverted", "-n", "40", "--json",
                 "--device", "cpu"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["score"] == "recon" and figures["n_inliers"] == figures["n_outliers"] == 40
    assert 0.0 <= figures["auc"] <= 1.0 and "bundled sample of mnist" in figures["inliers"]
    assert main(["anomaly", str(tiny_vae_file), "--in", "mnist", "--out", "fashion-mnist", "-n", "20",
                 "--score", "elbo", "--device", "cpu"]) == 0
    out = capsys.readouterr().out
    assert "negative ELBO" in out and "ROC AUC" in out


def test_cli_says_what_is_missing(tiny_vae_file, tiny_gan_file, capsys):
    from latentlab.cli import main

    assert main(["anomaly", str(tiny_vae_file), "--out", "noise", "-n", "1"]) != 0
    assert "-n 1" in capsys.readouterr().err
    assert main(["anomaly", str(tiny_vae_file), "--in", "mnist", "--out", "noise", "--score", "inversion",
                 "-n", "4", "--device", "cpu"]) == 0  # a VAE can be inverted too
    capsys.readouterr()
    assert main(["anomaly", str(tiny_gan_file), "--in", "mnist", "--out", "noise", "--score", "recon",
                 "-n", "4", "--device", "cpu"]) != 0
    assert "needs an encoder" in capsys.readouterr().err


def test_the_parser_names_every_score_without_importing_torch():
    from latentlab.detect import SCORE_NAMES

    assert SCORE_NAMES == tuple(anomaly.SCORES)
