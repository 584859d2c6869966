"""The factor network learns to read faces64's factors, without any bundled weights."""

from __future__ import annotations

import json

import numpy as np
import pytest
import torch

from latentlab.cli import main
from latentlab.core import families
from latentlab.core.checkpoint import load_model, read_card
from latentlab.core.datasets import ImageDataset, faces64
from latentlab.core.datasets.container import fit_images
from latentlab.core.families.factor_net import FactorNet, FactorNetConfig, factor_layout, factor_scores
from latentlab.core.metrics.features import FeatureNet
from latentlab.train.common import TrainConfig
from latentlab.train.loop import train

SHAPE = (3, 32, 32)  # half size: four times less arithmetic, glasses and hair still plain to see


def small(data: ImageDataset) -> ImageDataset:
    return ImageDataset(fit_images(data.images, SHAPE), data.labels, data.class_names, name=data.name,
                        factors=data.factors, factor_names=data.factor_names)


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    """A factor network trained briefly (120 steps) on 400 faces, and 200 held-out faces."""
    out = tmp_path_factory.mktemp("factors") / "f.safetensors"
    config = TrainConfig(kind="factor-net", dataset="faces64", out=str(out), epochs=20, batch_size=32,
                         base_channels=8, max_steps=120, seed=0, device="cpu", write_files=False)
    last = train(config, dataset=small(faces64.generate(400, seed=11)))
    net = load_model(out)
    net.file = out
    return net, small(faces64.generate(200, seed=12)), last


def test_it_reads_the_factors_of_held_out_faces_clearly_better_than_chance(trained):
    net, held_out, _ = trained
    scores = factor_scores(net, held_out.images, held_out.factors, held_out.factor_names)
    assert set(scores) == set(held_out.factor_names)
    assert scores["glasses"]["accuracy"] > 0.8
    assert scores["hair colour"]["accuracy"] > 2 * scores["hair colour"]["chance"]
    # Numbers take longer to learn than yes/no; after 120 steps they are well on the way.
    assert scores["skin tone"]["r2"] > 0.4 and scores["background hue"]["r2"] > 0.4 and scores["smile"]["r2"] > 0.3


def test_the_card_and_latentlab_eval_report_held_out_scores_per_factor(trained, tmp_path, capsys):
    net, _, last = trained
    assert "glasses_accuracy" in last.metrics and "smile_r2" in last.metrics and "smile_mae" in last.metrics
    assert read_card(net.file)["metrics"]["training"]["glasses_accuracy"] == last.metrics["glasses_accuracy"]
    assert families.family_of(net).capabilities.generates is False
    assert net.factor_names == list(faces64.FACTOR_NAMES) and net.class_names == list(faces64.HAIR_COLOURS)

    assert main(["data", "faces64", "-n", "10", "--test-n", "60", "--seed", "30", "-o", str(tmp_path)]) == 0
    capsys.readouterr()
    assert main(["eval", str(net.file), "--data-dir", str(tmp_path), "--json", "--device", "cpu"]) == 0
    results = json.loads(capsys.readouterr().out)
    assert results["n"] == 60 and results["factors"]["glasses"]["accuracy"] > 0.8
    assert read_card(net.file)["metrics"]["factors"]["factors"]["smile"]["r2"] == results["factors"]["smile"]["r2"]


def test_it_serves_as_the_feature_network(trained):
    net, held_out, _ = trained
    features, probs = FeatureNet(net).embed(held_out.images[:20])
    assert features.shape == (20, net.config.feature_dim) and probs.shape == (20, len(faces64.HAIR_COLOURS))
    assert np.allclose(probs.sum(axis=1), 1.0)


def test_read_gives_label_units_and_yes_no_as_a_probability(trained):
    net, held_out, _ = trained
    x = torch.from_numpy(held_out.images[:10]).float() / 255
    read = net.read(x)
    assert set(read) == set(faces64.FACTOR_NAMES)
    assert ((read["glasses"] >= 0) & (read["glasses"] <= 1)).all()
    assert set(read["hair colour"].tolist()) <= set(range(len(faces64.HAIR_COLOURS)))


def test_a_malformed_layout_is_refused_with_the_reason():
    assert factor_layout("smile=0|glasses=2") == [("smile", 0), ("glasses", 2)]
    with pytest.raises(ValueError, match="NAME=0"):
        factor_layout("smile")
    with pytest.raises(ValueError, match="class_factor"):
        FactorNet(FactorNetConfig(image_shape=SHAPE, factors="smile=0", class_factor="glasses"))


def test_training_on_data_without_labels_says_so(tmp_path):
    data = small(faces64.generate(16, seed=1))
    bare = ImageDataset(data.images, data.labels, data.class_names, name="faces64")
    config = TrainConfig(kind="factor-net", dataset="faces64", out=str(tmp_path / "x.safetensors"), epochs=1,
                         batch_size=8, base_channels=4, device="cpu", write_files=False)
    with pytest.raises(ValueError, match="no labelled factors"):
        train(config, dataset=bare)
