"""The explorer's dataset-driven work: attribute directions from a dataset's factors, and real samples
in the dataset's channels and size (tests/toy_rgb.py registers a 3×32×32 colour dataset)."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from latentlab.core.render import Renderer
from latentlab.ui.common import jobs
from latentlab.ui.latent import jobs as latent_jobs
from tests import toy_rgb


@pytest.fixture
def toy(tmp_path):
    """The toy dataset (with its feature network) and one without factors, registered for the test."""
    fnet = toy_rgb.feature_network(tmp_path)
    with toy_rgb.registered(toy_rgb.spec(fnet), toy_rgb.spec(fnet, name="toy-plain", with_factor=False)):
        yield tmp_path
    latent_jobs._samples.clear()  # the cache is keyed by name; the next test may register another


def _summary(renderer, path):
    return jobs.load_model_job(renderer, str(path), "cpu")


def test_attribute_basis_fits_the_datasets_factors(toy):
    renderer = Renderer()
    summary = _summary(renderer, toy_rgb.generator_file(toy))
    assert summary.basis_unavailable["attribute"] is None
    assert summary.basis_unavailable["class"] is None  # the toy's feature network labels GAN samples
    basis = jobs.run_to_end(jobs.basis_job(renderer, summary, "attribute"))
    assert basis.key == "attribute" and basis.names == ["brightness"]
    assert basis.directions.shape == (1, summary.latent_dim) and "Brighter or darker" in basis.tips[0]
    # Walking along the direction makes the images brighter, as fitted.
    model = renderer.get_model(summary.path, "cpu")
    z = torch.randn(200, summary.latent_dim, generator=torch.Generator().manual_seed(1))
    d = torch.from_numpy(basis.directions[0])
    with torch.no_grad():
        step = toy_rgb.brightness(model.decode(z + 2 * d)) - toy_rgb.brightness(model.decode(z - 2 * d))
    assert float(step.mean()) > 0


def test_a_dataset_without_factors_offers_no_attribute_basis(toy):
    renderer = Renderer()
    summary = _summary(renderer, toy_rgb.generator_file(toy, dataset="toy-plain"))
    reason = summary.basis_unavailable["attribute"]
    assert reason and "'Toy RGB' declares none" in reason and "measurable image properties" in reason
    with pytest.raises(ValueError, match="declares none"):
        jobs.run_to_end(jobs.basis_job(renderer, summary, "attribute"))


def test_latent_map_samples_come_in_the_datasets_channels(toy):
    sample = latent_jobs.dataset_sample("toy-rgb", (3, 32, 32))
    assert sample.images.shape == (40, 3, 32, 32) and sample.class_names == ["dark", "light"]
    assert latent_jobs.has_sample("toy-rgb")
    renderer = Renderer()
    summary = _summary(renderer, toy_rgb.generator_file(toy, kind="vae"))
    with torch.inference_mode():  # as on the render worker's thread
        data = jobs.run_to_end(latent_jobs.map_points_job(renderer, summary, n=30))
    assert data.kind == "encoded" and data.class_names == ["dark", "light"]
    assert data.images.shape == (30, 32, 32, 3)  # colour thumbnails, (N, H, W, 3)
    assert set(np.unique(data.labels)) == {0, 1}
