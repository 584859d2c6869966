"""Tests for the dataset registry (latentlab.core.datasets): built-ins, lookups, factors, a toy RGB set."""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch

from latentlab.core import datasets
from latentlab.core import metrics as M
from latentlab.core.datasets import DatasetError, UnknownDatasetError
from latentlab.core.datasets.container import fit_images
from tests import toy_rgb


# --- the built-ins ------------------------------------------------------------------------------


def test_builtin_datasets_declare_shape_classes_and_factors():
    assert datasets.names()[:2] == ("mnist", "fashion-mnist")
    mnist = datasets.get("mnist")
    assert mnist.image_shape == (1, 28, 28) and mnist.channels == 1
    assert mnist.class_names == tuple("0123456789")
    assert mnist.factor_names == ("stroke thickness", "slant", "width")
    fashion = datasets.get("fashion-mnist")
    assert fashion.image_shape == (1, 28, 28) and len(fashion.class_names) == 10
    assert fashion.class_names[0] == "T-shirt/top" and fashion.class_names[-1] == "Ankle boot"
    # The explorer has always offered the ink directions for clothes too.
    assert fashion.factor_names == mnist.factor_names


@pytest.mark.parametrize("spelling", ["FMNIST", "fashion_mnist", " Fashion-MNIST ", "fashionmnist"])
def test_other_spellings_find_the_same_dataset(spelling):
    assert datasets.get(spelling) is datasets.get("fashion-mnist")


def test_unknown_name_is_an_error_naming_the_known_datasets():
    with pytest.raises(UnknownDatasetError, match="unknown dataset 'cifar': known datasets are mnist, fashion-mnist"):
        datasets.get("cifar")
    # Callers catching either the data error or a failed lookup both see it.
    assert issubclass(UnknownDatasetError, DatasetError) and issubclass(UnknownDatasetError, KeyError)
    assert datasets.find("cifar") is None and datasets.find(None) is None
    with pytest.raises(DatasetError, match="unknown dataset 'cifar'"):
        datasets.load_sample("cifar")


def test_registering_a_taken_name_or_alias_fails_and_unregister_frees_it():
    toy = toy_rgb.spec()
    with pytest.raises(ValueError, match="'mnist' is already registered"):
        datasets.register(toy_rgb.spec(name="MNIST"))
    faces = datasets.get("faces64").factor_names
    assert datasets.factor_names() == ("stroke thickness", "slant", "width", *faces)
    with toy_rgb.registered(toy):
        assert datasets.get("toy-rgb") is toy and "toy-rgb" in datasets.names()
        assert datasets.factor_names() == ("stroke thickness", "slant", "width", *faces, "brightness")
        with pytest.raises(ValueError, match="'toy-rgb' is already registered"):
            datasets.register(toy_rgb.spec())
    assert "toy-rgb" not in datasets.names() and "toy-rgb" not in datasets.specs()


def test_a_factor_is_found_by_name_and_a_missing_one_names_the_rest():
    mnist = datasets.get("mnist")
    assert mnist.factor("slant").name == "slant"
    with pytest.raises(KeyError, match="no factor 'brightness'.*stroke thickness, slant, width"):
        mnist.factor("brightness")


def _bars(widths: list[int], channels: int = 1) -> torch.Tensor:
    """(N, C, 28, 28) float images, each a bright vertical bar of the given width."""
    x = torch.zeros(len(widths), channels, 28, 28)
    for i, w in enumerate(widths):
        x[i, :, 4:24, 14 - w // 2:14 - w // 2 + w] = 1.0
    return x


def test_ink_factors_measure_grey_and_colour_batches_alike():
    mnist = datasets.get("mnist")
    grey, colour = _bars([2, 6]), _bars([2, 6], channels=3)
    for factor in mnist.factors:
        values = factor.measure(grey)
        assert values.shape == (2,)
        torch.testing.assert_close(factor.measure(colour), values)
    thickness = mnist.factor("stroke thickness").measure(grey)
    width = mnist.factor("width").measure(grey)
    assert thickness[1] > thickness[0] and width[1] > width[0]
    assert mnist.factor("slant").measure(grey).abs().max() < 1e-6  # upright bars


def test_data_nobody_registered_is_the_users_own_folder():
    own = datasets.of_model("my-drawings", (3, 64, 64))
    assert own.name == "my-drawings" and own.image_shape == (3, 64, 64)
    assert own.factor_names == datasets.get("mnist").factor_names
    assert not own.has_sample() and own.feature_network() is None
    with pytest.raises(DatasetError, match="cannot load the my-drawings dataset by name; pass its folder"):
        own.load("train")
    assert datasets.of_model("mnist") is datasets.get("mnist")
    assert datasets.of_model(None).title == "(unknown)" and not datasets.of_model(None).has_sample()


def test_fit_images_changes_size_and_channels_like_pillow():
    rgb = np.zeros((2, 3, 8, 8), np.uint8)
    rgb[:, 0] = 255  # pure red
    grey = fit_images(rgb, (1, 8, 8))
    assert grey.shape == (2, 1, 8, 8) and int(grey[0, 0, 0, 0]) == 76  # ITU-R 601 luma of red
    assert fit_images(grey, (3, 4, 4)).shape == (2, 3, 4, 4)
    same = fit_images(rgb, (3, 8, 8))
    np.testing.assert_array_equal(same, rgb)


# --- a toy colour dataset, registered here ------------------------------------------------------


def test_toy_rgb_sample_comes_in_its_own_shape_or_any_other():
    with toy_rgb.registered(toy_rgb.spec()):
        sample = datasets.load_sample("toy-rgb")
        assert sample.images.shape == (40, 3, 32, 32) and sample.class_names == ["dark", "light"]
        assert sample.name == "toy-rgb" and datasets.get("toy-rgb").has_sample()
        assert datasets.get("toy-rgb").load_sample((1, 16, 16)).images.shape == (40, 1, 16, 16)
        with pytest.raises(DatasetError, match="cannot load the Toy RGB dataset by name"):
            datasets.load_dataset("toy-rgb")


def test_toy_rgb_metrics_use_its_feature_network_and_sample(tmp_path):
    fnet_path = toy_rgb.feature_network(tmp_path)
    with toy_rgb.registered(toy_rgb.spec(fnet_path)):
        fnet = M.FeatureNet.for_dataset("toy-rgb")
        assert fnet.image_shape == (3, 32, 32) and fnet.num_classes == 2 and fnet.test_accuracy == 0.95
        model = toy_rgb.generator()
        model.card = {"dataset": "toy-rgb"}
        results = M.evaluate(model, n=20, ppl_pairs=4)  # feature network and real images from the entry
    assert results["dataset"] == "toy-rgb" and results["feature_net_test_accuracy"] == 0.95
    assert results["n_real"] == results["n_floor"] == 20 and "bundled sample" in results["real_source"]
    for key in ("fid", "kid", "precision", "recall", "sharpness", "coverage_entropy", "ppl"):
        assert results[key] is not None and math.isfinite(results[key]), key
    assert results["fid"] >= 0 and 0 <= results["precision"] <= 1 and len(results["class_histogram"]) == 2
    # A random generator is far from real data; real-vs-real is the floor it is measured against.
    assert results["fid"] > results["floor"]["fid"]


def test_toy_rgb_without_a_feature_network_says_so():
    with toy_rgb.registered(toy_rgb.spec(None)):
        with pytest.raises(M.MetricsError, match="no feature network for dataset 'toy-rgb'"):
            M.FeatureNet.for_dataset("toy-rgb")


def test_declarations_import_without_numpy_or_torch():
    """Qt- and torch-free code (lesson checking) can ask the registry for names, classes, factors."""
    import subprocess
    import sys

    code = ("import sys; from latentlab.core import datasets as d; "
            "assert d.get('fashion-mnist').factor_names and d.of_model('x').title == 'x'; "
            "print(sorted(m for m in ('numpy', 'torch', 'PIL') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
