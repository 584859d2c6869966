"""Tests for latentlab.core.metrics and the ``latentlab eval`` subcommand (latentlab.evaluate).

Everything runs on tiny random networks and synthetic 16×16 images: no dataset and no bundled
model is needed, and the whole file takes a few seconds.
"""

from __future__ import annotations

import itertools
import json

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from torch import nn

from latentlab.cli import main
from latentlab.core import datasets
from latentlab.core import metrics as M
from latentlab.core import zoo
from latentlab.core.checkpoint import load_model, read_card, save_model
from latentlab.core.datasets import ImageDataset
from latentlab.core.families.cgan import ConditionalGAN
from latentlab.core.families.classifier import Classifier, ClassifierConfig
from latentlab.core.families.cvae import CVAE
from latentlab.core.families.gan import GAN, GANConfig
from latentlab.core.families.vae import VAE, VAEConfig
from latentlab.core.metrics import distances, evaluation, quality

SHAPE = (1, 16, 16)
K = 3


@pytest.fixture(autouse=True)
def _few_threads():
    # The machine's cores are shared with other jobs; tiny models gain nothing from threads.
    old = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(old)


def _classifier(seed: int = 0) -> Classifier:
    torch.manual_seed(seed)
    clf = Classifier(ClassifierConfig(image_shape=SHAPE, num_classes=K, base_channels=2, feature_dim=8)).eval()
    # PyTorch's default init shrinks activations layer by layer; in a net this narrow nearly
    # every feature then ends up a dead ReLU and all images embed alike. He init keeps them apart.
    for m in clf.modules():
        if isinstance(m, (nn.Conv2d, nn.Linear)):
            nn.init.kaiming_normal_(m.weight, nonlinearity="relu")
            nn.init.zeros_(m.bias)
    return clf


def _gan(conditional: bool = False, seed: int = 0) -> GAN:
    torch.manual_seed(seed)
    config = GANConfig(latent_dim=4, image_shape=SHAPE, base_channels=4, num_classes=K if conditional else 0)
    model = (ConditionalGAN if conditional else GAN)(config).eval()
    model.card = {"dataset": "tiny"}
    return model


def _vae(conditional: bool = False, seed: int = 0) -> VAE:
    torch.manual_seed(seed)
    config = VAEConfig(latent_dim=4, image_shape=SHAPE, base_channels=4, num_classes=K if conditional else 0)
    model = (CVAE if conditional else VAE)(config).eval()
    model.card = {"dataset": "tiny"}
    return model


def _real(n: int = 64, seed: int = 0) -> ImageDataset:
    rng = np.random.default_rng(seed)
    images = rng.integers(0, 256, size=(n, *SHAPE), dtype=np.uint8)
    labels = np.arange(n) % K
    return ImageDataset(images, labels, [str(i) for i in range(K)], name="tiny")


class _RecordedSample:
    """The real sample of the test dataset 'tiny': synthetic images, and a log of what was asked."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.asked: list[tuple[str, tuple[int, ...]]] = []

    def available(self, spec) -> bool:
        return True

    def load(self, spec, image_shape):
        self.asked.append((spec.name, tuple(image_shape)))
        return _real(self.n)


@pytest.fixture
def tiny_dataset():
    """Register the dataset 'tiny' the models here name, with a real sample of 64 images."""
    spec = datasets.register(datasets.DatasetSpec(
        name="tiny", title="tiny", image_shape=SHAPE, class_names=tuple(str(i) for i in range(K)),
        sample=_RecordedSample(64)))
    yield spec
    datasets.unregister("tiny")


def _gauss(n: int, d: int = 4, shift: float = 0.0, seed: int = 0) -> np.ndarray:
    return np.random.default_rng(seed).normal(size=(n, d)) + shift


# --- FID ------------------------------------------------------------------------------------


def test_fid_identical_sets_is_zero_and_shift_increases_it():
    a = _gauss(500, 6)
    scale = np.trace(np.cov(a, rowvar=False))
    assert abs(M.fid(a, a)) < 1e-6 * scale
    small, large = M.fid(a, a + 0.5), M.fid(a, a + 2.0)
    # A pure shift leaves the covariances equal, so FID is exactly |Δμ|².
    assert small == pytest.approx(6 * 0.25, rel=1e-6)
    assert large == pytest.approx(6 * 4.0, rel=1e-6)
    assert M.fid(a, _gauss(500, 6, seed=1)) < small


def _factorial(sigmas: list[float], mean: list[float]) -> np.ndarray:
    """All sign combinations of ±σᵢ: sample mean exactly ``mean``, sample covariance exactly diagonal."""
    signs = np.array(list(itertools.product([-1.0, 1.0], repeat=len(sigmas))))
    return np.asarray(mean) + signs * np.asarray(sigmas)


def test_fid_matches_closed_form_for_diagonal_gaussians():
    s1, s2 = [1.0, 2.0, 0.5, 3.0], [2.0, 0.5, 0.5, 1.0]
    m1, m2 = [0.0, 1.0, -1.0, 2.0], [1.0, 1.0, 0.0, 0.0]
    a, b = _factorial(s1, m1), _factorial(s2, m2)
    n = len(a)
    # np.cov divides by n − 1, so the fitted standard deviations are σ·√(n/(n−1)).
    c = np.sqrt(n / (n - 1))
    expected = sum((x - y) ** 2 for x, y in zip(m1, m2)) + sum((c * x - c * y) ** 2 for x, y in zip(s1, s2))
    assert M.fid(a, b) == pytest.approx(expected, rel=1e-9)


def test_fid_agrees_with_the_textbook_formula_for_correlated_features():
    rng = np.random.default_rng(3)
    a = rng.normal(size=(400, 5)) @ rng.normal(size=(5, 5))
    b = rng.normal(size=(300, 5)) @ rng.normal(size=(5, 5)) + 1.0
    s1, s2 = np.cov(a, rowvar=False), np.cov(b, rowvar=False)
    # tr((Σ1 Σ2)^½) = Σ √λ(Σ1 Σ2): the eigenvalues of the product are real and ≥ 0.
    tr_sqrt = np.sqrt(np.linalg.eigvals(s1 @ s2).real.clip(0)).sum()
    d = a.mean(0) - b.mean(0)
    expected = d @ d + np.trace(s1) + np.trace(s2) - 2 * tr_sqrt
    assert M.fid(a, b) == pytest.approx(expected, rel=1e-7)
    assert M.fid(a, b) == pytest.approx(M.fid(b, a), rel=1e-7)


def test_fid_handles_rank_deficient_covariances_and_rejects_bad_input():
    a = np.zeros((20, 4))
    a[:, 0] = np.arange(20)  # three constant columns: a singular covariance
    assert np.isfinite(M.fid(a, a + 1.0))
    with pytest.raises(M.MetricsError, match="widths"):
        M.fid(np.zeros((5, 3)), np.zeros((5, 4)))
    with pytest.raises(M.MetricsError, match="at least 2"):
        M.fid(np.zeros((1, 3)), np.zeros((5, 3)))
    with pytest.raises(M.MetricsError, match="NaN"):
        M.fid(np.full((5, 3), np.nan), np.zeros((5, 3)))


# --- KID ------------------------------------------------------------------------------------


def test_kid_near_zero_for_one_distribution_and_positive_for_shifted():
    a, b = _gauss(300, seed=0), _gauss(300, seed=1)
    same_mean, same_std = M.kid(a, b, subsets=5, subset_size=100)
    shifted_mean, _ = M.kid(a, _gauss(300, shift=1.0, seed=1), subsets=5, subset_size=100)
    assert shifted_mean > 0.1
    assert abs(same_mean) < 0.05 * shifted_mean
    assert same_std >= 0.0


def test_kid_is_unbiased_rather_than_positive_on_identical_sets():
    # The biased (V-statistic) estimate would be ≥ 0 here; the unbiased one is centred on 0,
    # so averaged over many draws from one distribution it is not systematically positive.
    values = [M.kid(_gauss(40, seed=s), _gauss(40, seed=100 + s), subsets=1, seed=s)[0] for s in range(30)]
    assert min(values) < 0 < max(values)
    assert abs(np.mean(values)) < 3 * np.std(values) / np.sqrt(len(values))


def test_kid_clips_subset_size_and_is_seeded():
    a, b = _gauss(30), _gauss(50, shift=0.5, seed=2)
    assert M.kid(a, b, subsets=3, subset_size=1000, seed=7) == M.kid(a, b, subsets=3, subset_size=1000, seed=7)
    mean, std = M.kid(a, b, subsets=1, subset_size=1000)
    assert std == 0.0 and mean > 0  # one subset: no spread; clipped to 30 without an error


# --- precision / recall ---------------------------------------------------------------------


def test_precision_recall_identical_sets_are_one():
    a = _gauss(200, 5)
    assert M.precision_recall(a, a) == (1.0, 1.0)


def test_precision_recall_disjoint_clusters_are_zero():
    real, fake = _gauss(100), _gauss(100, shift=50.0, seed=1)
    assert M.precision_recall(real, fake) == (0.0, 0.0)


def test_precision_recall_tell_fidelity_from_variety():
    # Real data has two far-apart clusters, the fake only one of them: every fake looks real
    # (precision 1) but only half of the real data is covered (recall ≈ 0.5).
    real = np.concatenate([_gauss(100, seed=0), _gauss(100, shift=50.0, seed=1)])
    fake = _gauss(100, seed=2)
    precision, recall = M.precision_recall(real, fake)
    assert precision > 0.9
    assert 0.35 < recall < 0.55


def test_precision_recall_chunking_gives_the_same_answer(monkeypatch):
    real, fake = _gauss(120, seed=0), _gauss(90, shift=0.7, seed=1)
    whole = M.precision_recall(real, fake)
    monkeypatch.setattr(distances, "_CDIST_ELEMENTS", 500)  # a handful of rows per cdist call
    assert M.precision_recall(real, fake) == whole
    with pytest.raises(M.MetricsError, match="more than 3"):
        M.precision_recall(_gauss(3), _gauss(10))


# --- sharpness, coverage, agreement ---------------------------------------------------------


def test_blurred_images_are_less_sharp_than_crisp_ones():
    crisp = (torch.rand(20, 1, 16, 16, generator=torch.Generator().manual_seed(0)) > 0.5).float()
    blurred = F.interpolate(F.avg_pool2d(crisp, 2), scale_factor=2, mode="nearest")
    smooth = F.avg_pool2d(crisp, 3, stride=1, padding=1)
    assert M.sharpness(blurred) < M.sharpness(crisp)
    assert M.sharpness(smooth) < M.sharpness(crisp)
    assert M.sharpness_ratio(smooth, crisp) < 1.0
    assert M.sharpness_ratio(crisp, crisp) == pytest.approx(1.0)
    # uint8 input is scaled to [0, 1] first, and (N, H, W) input gets its channel axis
    as_uint8 = (crisp * 255).to(torch.uint8).numpy()
    assert M.sharpness(as_uint8) == pytest.approx(M.sharpness(crisp), rel=1e-6)
    assert M.sharpness(as_uint8[:, 0]) == pytest.approx(M.sharpness(crisp), rel=1e-6)
    assert M.sharpness(torch.full((4, 1, 8, 8), 0.3)) == pytest.approx(0.0, abs=1e-12)
    with pytest.raises(M.MetricsError, match="flat"):
        M.sharpness_ratio(crisp, torch.zeros(3, 1, 8, 8))


def test_sharpness_is_the_variance_of_the_laplacian():
    # One bright pixel in a 5×5 image: the valid 3×3 Laplacian response is the kernel itself,
    # values {−4, 1, 1, 1, 1, 0, 0, 0, 0}: mean 0, variance (16 + 4) / 9.
    image = torch.zeros(1, 1, 5, 5)
    image[0, 0, 2, 2] = 1.0
    assert M.sharpness(image) == pytest.approx(20 / 9)
    both = torch.cat([image, torch.zeros(1, 1, 5, 5)])
    assert M.sharpness(both) == pytest.approx(10 / 9)  # averaged over images


def test_class_coverage_collapsed_and_uniform():
    collapsed = np.tile([0.1, 0.8, 0.1], (30, 1))
    cov = M.class_coverage(collapsed, 3)
    assert cov["entropy"] == 0.0
    assert cov["histogram"] == [0.0, 1.0, 0.0]
    assert cov["min_fraction"] == 0.0 and cov["max_fraction"] == 1.0
    uniform = np.eye(4)[np.arange(40) % 4] * 0.7 + 0.075
    cov = M.class_coverage(uniform, 4)
    assert cov["entropy"] == pytest.approx(1.0)
    assert cov["histogram"] == pytest.approx([0.25] * 4)
    half = M.class_coverage(np.eye(4)[np.arange(40) % 2], 4)
    assert half["entropy"] == pytest.approx(0.5)  # log 2 / log 4
    json.dumps(cov)


def test_conditional_agreement_and_mean_confidence():
    probs = np.array([[0.9, 0.1, 0.0], [0.2, 0.7, 0.1], [0.5, 0.3, 0.2], [0.1, 0.1, 0.8]])
    assert M.conditional_agreement(probs, [0, 1, 2, 2]) == 0.75
    assert M.conditional_agreement(probs, torch.tensor([1, 0, 1, 0])) == 0.0
    assert M.mean_confidence(probs) == pytest.approx((0.9 + 0.7 + 0.5 + 0.8) / 4)
    with pytest.raises(M.MetricsError, match="labels"):
        M.conditional_agreement(probs, [0, 1])


# --- feature network, reconstruction, path length ------------------------------------------


def test_featurenet_batches_inputs_and_returns_float64():
    clf = _classifier()
    images = _real(23).images
    fn = M.FeatureNet(clf, batch_size=7)
    feats, probs = fn.embed(images)
    assert feats.dtype == np.float64 and feats.shape == (23, 8)
    assert probs.shape == (23, K) and np.allclose(probs.sum(1), 1.0)
    with torch.inference_mode():
        x = torch.from_numpy(images).float() / 255
        expected = clf.features(x).double().numpy()
        expected_p = torch.softmax(clf(x).double(), 1).numpy()
    np.testing.assert_allclose(feats, expected, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(fn.probs(torch.from_numpy(images).float() / 255), expected_p, rtol=1e-5, atol=1e-7)
    assert fn.test_accuracy is None
    with pytest.raises(M.MetricsError, match="feature network"):
        fn.features(np.zeros((2, 1, 28, 28), np.uint8))


def test_featurenet_for_dataset(tmp_path, monkeypatch):
    path = save_model(_classifier(), tmp_path / "clf.safetensors", dataset="tiny",
                      metrics={"training": {"test_accuracy": 0.875}})
    monkeypatch.setattr(zoo, "feature_network", lambda name: path if name == "tiny" else None)
    fn = M.FeatureNet.for_dataset("tiny")
    assert fn.test_accuracy == 0.875 and fn.num_classes == K and fn.image_shape == SHAPE
    with pytest.raises(M.MetricsError, match="'dreams'"):
        M.FeatureNet.for_dataset("dreams")


def test_reconstruction_error_of_a_tiny_vae():
    real = _real(12)
    err = M.reconstruction_error(_vae(), real.images)
    assert set(err) == {"bce", "mse"}
    assert all(np.isfinite(v) and v > 0 for v in err.values())
    assert err["mse"] < 1.0
    cerr = M.reconstruction_error(_vae(conditional=True), real)  # labels taken from the dataset
    assert np.isfinite(cerr["bce"])
    with pytest.raises(M.MetricsError, match="labels"):
        M.reconstruction_error(_vae(conditional=True), real.images)
    with pytest.raises(M.MetricsError, match="no encoder"):
        M.reconstruction_error(_gan(), real.images)


def test_reconstruction_error_is_the_mean_per_pixel_loss():
    model = _vae()
    x = torch.from_numpy(_real(7).images).float() / 255
    err = M.reconstruction_error(model, x, batch_size=3)  # batches of 3, 3 and 1 images
    with torch.inference_mode():
        recon = model.decode(model.encode(x)[0])
    assert err["bce"] == pytest.approx(float(F.binary_cross_entropy(recon, x)), rel=1e-5)
    assert err["mse"] == pytest.approx(float(F.mse_loss(recon, x)), rel=1e-5)


def test_reconstruction_error_is_zero_for_a_perfect_copy(monkeypatch):
    # A VAE whose decoder returns the encoded image exactly: MSE 0, and BCE equals the
    # pixels' own entropy (here 0, because the images are binary).
    model = _vae()
    images = (torch.rand(6, *SHAPE, generator=torch.Generator().manual_seed(1)) > 0.5).float()
    monkeypatch.setattr(model, "encode", lambda x, labels=None: (x.flatten(1), x.flatten(1)))
    monkeypatch.setattr(model, "check_inputs", lambda z, labels: (z, labels))
    monkeypatch.setattr(model, "generate", lambda z, labels=None: z.view(-1, *SHAPE))
    err = M.reconstruction_error(model, images)
    assert err["mse"] == 0.0 and err["bce"] == pytest.approx(0.0, abs=1e-12)


def test_perceptual_path_length():
    fn = M.FeatureNet(_classifier())
    model = _gan()
    ppl = M.perceptual_path_length(model, fn, n=20, seed=1)
    assert np.isfinite(ppl) and ppl > 0
    assert M.perceptual_path_length(model, fn, n=20, seed=1) == ppl
    # Squared distance over eps²: for a smooth generator the value hardly depends on eps.
    assert M.perceptual_path_length(model, fn, n=20, seed=1, eps=1e-3) == pytest.approx(ppl, rel=0.05)
    cond = M.perceptual_path_length(_gan(conditional=True), fn, n=9, labels=2)
    assert np.isfinite(cond)
    # A generator that ignores z draws the same image everywhere: path length 0.
    with torch.no_grad():
        model.project[0].weight.zero_()
    assert M.perceptual_path_length(model, fn, n=20) == 0.0


def test_trimmed_mean_drops_the_extremes():
    # 5 extreme values at each end of 1,000: all inside the top/bottom 1 %.
    d = np.concatenate([np.full(5, -1e6), np.ones(990), np.full(5, 1e6)])
    assert quality._trimmed_mean(np.random.default_rng(0).permutation(d)) == pytest.approx(1.0)


# --- evaluate ---------------------------------------------------------------------------------

_COMMON_KEYS = {"fid", "kid", "kid_std", "precision", "recall", "sharpness", "sharpness_ratio",
                "coverage_entropy", "coverage_min_fraction", "coverage_max_fraction", "class_histogram",
                "mean_confidence", "inception_score", "inception_score_std"}


def test_evaluate_tiny_gan(tmp_path):
    fn = M.FeatureNet(_classifier())
    calls = []
    results = M.evaluate(_gan(), n=64, real=_real(64, seed=1), real_floor=_real(64, seed=2), featurenet=fn,
                         progress=lambda f, text: calls.append((f, text)))
    assert _COMMON_KEYS | {"ppl", "floor", "n", "n_real", "n_floor", "feature_net_test_accuracy",
                           "warnings", "dataset"} <= set(results)
    assert "conditional_agreement" not in results and "recon_bce" not in results
    assert _COMMON_KEYS <= set(results["floor"])
    assert results["n"] == 64 and results["n_real"] == 64 and results["n_floor"] == 64
    assert results["dataset"] == "tiny"
    assert results["feature_net_test_accuracy"] is None
    text = " ".join(results["warnings"])
    assert "FID" in text and "KID" in text and "precision" in text
    json.dumps(results, allow_nan=False)
    fractions = [f for f, _ in calls]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0 and fractions[0] == 0.0
    # Real-vs-real is the floor: two sets of the same noise are closer than noise vs a random GAN.
    assert results["floor"]["fid"] < results["fid"]
    assert 0.0 <= results["precision"] <= 1.0 and len(results["class_histogram"]) == K
    table = M.format_table(results)
    assert "path length" in table and "label agreement" not in table and "Inception Score" in table


def test_evaluate_spots_mode_collapse():
    # A generator that always draws the first real image: every sample looks real (precision
    # 1) but the samples cover almost none of the real data (recall 1/64), one class only.
    real = _real(64, seed=1)
    copy = torch.from_numpy(real.images[:1]).float() / 255
    model = _gan()
    model.decode = lambda z, labels=None: copy.expand(len(z), *SHAPE).clone()
    results = M.evaluate(model, n=40, real=real, real_floor=_real(64, seed=2), featurenet=M.FeatureNet(_classifier()))
    assert results["precision"] == 1.0
    assert results["recall"] == pytest.approx(1 / 64)
    assert results["coverage_entropy"] == 0.0 and results["coverage_max_fraction"] == 1.0
    assert results["inception_score"] == pytest.approx(1.0)  # one image: one class, IS at its minimum
    assert results["ppl"] == 0.0
    assert results["floor"]["recall"] > 0.5


def test_evaluate_is_reproducible_and_seeded():
    fn = M.FeatureNet(_classifier())
    kwargs = dict(n=32, real=_real(32, seed=1), real_floor=_real(32, seed=2), featurenet=fn)
    a = M.evaluate(_gan(), seed=3, **kwargs)
    b = M.evaluate(_gan(), seed=3, **kwargs)
    c = M.evaluate(_gan(), seed=4, **kwargs)
    a.pop("seconds"), b.pop("seconds")
    assert a == b
    assert c["fid"] != a["fid"]


def test_evaluate_conditional_and_encoder_figures():
    fn = M.FeatureNet(_classifier())
    results = M.evaluate(_gan(conditional=True), n=30, real=_real(40), featurenet=fn)
    assert 0.0 <= results["conditional_agreement"] <= 1.0
    # For real images the agreement is the classifier's accuracy on their true labels.
    assert results["floor"]["conditional_agreement"] is not None
    vae = M.evaluate(_vae(conditional=True), n=30, real=_real(40), featurenet=fn)
    assert vae["recon_bce"] > 0 and vae["recon_mse"] > 0 and vae["floor"]["recon_bce"] is None
    table = M.format_table(vae)
    assert "reconstruction BCE" in table and "label agreement" in table


def test_evaluate_default_real_is_the_datasets_sample_split_in_halves(tiny_dataset):
    tiny_dataset.sample.n = 60
    results = M.evaluate(_gan(), n=20, featurenet=M.FeatureNet(_classifier()))
    assert tiny_dataset.sample.asked == [("tiny", SHAPE)]
    assert results["n_real"] == 30 and results["n_floor"] == 30
    assert "halves" in results["real_source"]


def test_halves_are_disjoint_and_class_balanced():
    labels = np.array([0, 0, 1, 1, 1, 1, 2, 2, 0, 0])
    a, b = evaluation._halves(len(labels), labels)
    assert not set(a) & set(b) and len(a) + len(b) == len(labels)
    assert np.bincount(labels[a]).tolist() == np.bincount(labels[b]).tolist() == [2, 2, 1]


def test_evaluate_should_stop_cancels():
    polls = []

    def stop():
        polls.append(1)
        return len(polls) > 2

    with pytest.raises(M.MetricsCancelled):
        M.evaluate(_gan(), n=2000, real=_real(20), featurenet=M.FeatureNet(_classifier()), should_stop=stop,
                   batch_size=100)
    assert len(polls) == 3  # it stops at the first poll that says so


def test_evaluate_rejects_mismatched_inputs():
    fn = M.FeatureNet(_classifier())
    with pytest.raises(M.MetricsError, match="at least 10"):
        M.evaluate(_gan(), n=5, real=_real(20), featurenet=fn)
    torch.manual_seed(0)
    big = GAN(GANConfig(latent_dim=4, image_shape=(1, 28, 28), base_channels=4)).eval()
    with pytest.raises(M.MetricsError, match="feature network takes"):
        M.evaluate(big, n=20, real=_real(20), featurenet=fn)
    nameless = _gan()
    nameless.card = {}
    with pytest.raises(M.MetricsError, match="no dataset"):
        M.evaluate(nameless, n=20)


def test_format_table_shows_model_floor_and_notes():
    results = {"fid": 12.5, "kid": 0.01, "kid_std": 0.002, "precision": 0.8, "ppl": 3.0,
               "floor": {"fid": 1.25, "kid": 0.0001, "kid_std": 0.00005, "precision": 0.9, "ppl": None},
               "n": 100, "n_real": 50, "n_floor": 50, "dataset": "tiny", "feature_net_test_accuracy": 0.99,
               "warnings": ["FID is biased"]}
    table = M.format_table(results)
    lines = table.splitlines()
    assert "real-vs-real floor" in lines[1]
    fid_line = next(line for line in lines if line.startswith("FID"))
    assert "12.5" in fid_line and "1.25" in fid_line and "lower is better" in fid_line
    assert any(line.startswith("KID") and "± 0.002" in line for line in lines)
    assert "recall" not in table  # absent figures are left out, not shown as blanks
    assert lines[-1] == "note: FID is biased"
    assert "99.00%" in lines[0]


# --- latentlab eval ---------------------------------------------------------------------------


@pytest.fixture
def tiny_zoo(tmp_path, monkeypatch, tiny_dataset):
    """A tiny GAN checkpoint plus a feature network among the models for dataset 'tiny'."""
    clf = save_model(_classifier(), tmp_path / "clf.safetensors", dataset="tiny",
                     metrics={"training": {"test_accuracy": 0.5}})
    monkeypatch.setattr(zoo, "feature_network", lambda name: clf if name == "tiny" else None)
    gan = _gan()
    del gan.card
    return save_model(gan, tmp_path / "gan.safetensors", dataset="tiny")


def test_cli_eval_json_writes_the_card(tiny_zoo, capsys):
    assert main(["eval", str(tiny_zoo), "-n", "64", "--json", "--device", "cpu"]) == 0
    out, err = capsys.readouterr()
    results = json.loads(out)
    assert results["n"] == 64 and results["model"] == "gan.safetensors"
    assert results["feature_net_test_accuracy"] == 0.5
    assert any("50%" in w for w in results["warnings"])
    assert "bundled" in err and "written" in err
    card = read_card(tiny_zoo)
    assert card["metrics"]["eval"]["fid"] == results["fid"]
    assert card["metrics"]["eval"]["floor"] == results["floor"]
    load_model(tiny_zoo, device="cpu")  # the weights' checksum still holds


def test_cli_eval_table_and_no_write(tiny_zoo, capsys):
    assert main(["eval", str(tiny_zoo), "-n", "16", "--no-write", "--device", "cpu", "--seed", "1"]) == 0
    out, _ = capsys.readouterr()
    assert "real-vs-real floor" in out and "FID" in out and "--no-write" in out
    assert "eval" not in read_card(tiny_zoo)["metrics"]


def test_cli_eval_reports_problems_in_one_line(tiny_zoo, tmp_path, monkeypatch, capsys):
    unknown = save_model(_gan(), tmp_path / "other.safetensors", dataset="elsewhere")
    assert main(["eval", str(unknown), "-n", "16", "--device", "cpu"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("latentlab: error:") and "'elsewhere'" in err and "\n" not in err
    classifier = tmp_path / "clf.safetensors"
    assert main(["eval", str(classifier), "-n", "16", "--device", "cpu"]) == 1
    assert "classifier" in capsys.readouterr().err
    assert main(["eval", str(tiny_zoo), "-n", "3", "--device", "cpu"]) == 1
    assert "at least 10" in capsys.readouterr().err


def test_cli_eval_with_data_dir_uses_test_set_and_a_train_subset(tiny_zoo, tmp_path, monkeypatch, capsys):
    from latentlab import evaluate as ev

    asked = []

    def fake_load(name, split="train", data_dir=None, image_shape=(1, 28, 28), **kwargs):
        asked.append((name, split, data_dir, tuple(image_shape)))
        return _real(40 if split == "test" else 80, seed=3)

    monkeypatch.setattr(datasets, "load_dataset", fake_load)
    monkeypatch.setattr(ev, "FLOOR_SIZE", 30)
    assert main(["eval", str(tiny_zoo), "-n", "16", "--json", "--no-write", "--device", "cpu",
                 "--data-dir", str(tmp_path)]) == 0
    out, err = capsys.readouterr()
    results = json.loads(out)
    assert sorted(asked) == [("tiny", "test", str(tmp_path), SHAPE), ("tiny", "train", str(tmp_path), SHAPE)]
    assert results["n_real"] == 40 and results["n_floor"] == 30
    assert "test set" in err and "bundled" not in err


def test_cli_eval_torchscript_model_is_measured_but_not_written(tiny_zoo, tmp_path, capsys):
    import warnings

    class Scriptable(nn.Module):
        def __init__(self):
            super().__init__()
            self.fc = nn.Linear(4, 16 * 16)

        def forward(self, z):
            return torch.tanh(self.fc(z)).view(-1, *SHAPE)

    with warnings.catch_warnings():
        # torch.jit is deprecated upstream, but it is how users bring their own generator.
        warnings.simplefilter("ignore", DeprecationWarning)
        torch.jit.trace(Scriptable().eval(), torch.zeros(1, 4)).save(str(tmp_path / "mine.pt"))
    manifest = {"latent_dim": 4, "image_shape": list(SHAPE), "output_range": [-1, 1], "kind": "gan",
                "class_names": [], "dataset": "tiny"}
    (tmp_path / "mine.json").write_text(json.dumps(manifest))
    assert main(["eval", str(tmp_path / "mine.json"), "-n", "16", "--device", "cpu", "--trust-code"]) == 0
    out, _ = capsys.readouterr()
    assert "FID" in out and "not written" in out and "TorchScript" in out
    assert json.loads((tmp_path / "mine.json").read_text()) == manifest
