"""Principal directions: GANSpace finds the directions a generator's first layer varies along most."""

from __future__ import annotations

import pytest
import torch
from torch import nn

from latentlab.core import families
from latentlab.core.latent import pca_directions, sample_prior
from latentlab.core.principal import encoder_pca, ganspace_directions, layer_activations

DIM, WIDTH = 16, 300


class LowRankToy(nn.Module):
    """A generator whose first layer responds strongly to two latent directions and barely to the rest.

    The two strong directions are mixed into all sixteen coordinates (a random rotation), so neither
    the raw axes nor the PCA of the isotropic latents find them.
    """

    def __init__(self) -> None:
        super().__init__()
        g = torch.Generator().manual_seed(1)
        rotate, _ = torch.linalg.qr(torch.randn(DIM, DIM, generator=g))
        out, _ = torch.linalg.qr(torch.randn(WIDTH, DIM, generator=g))
        gains = torch.tensor([10.0, 6.0] + [0.3] * (DIM - 2))
        self.strong = rotate[:, :2].T  # (2, DIM): the latent directions that matter
        self.first = nn.Linear(DIM, WIDTH)
        with torch.no_grad():
            self.first.weight.copy_(out @ torch.diag(gains) @ rotate.T)
        self.rest = nn.Sequential(nn.Tanh(), nn.Linear(WIDTH, 28 * 28), nn.Sigmoid())

    def decode(self, z: torch.Tensor, labels: torch.Tensor | None = None) -> torch.Tensor:
        return self.rest(self.first(z)).view(-1, 1, 28, 28)


def activation_share(model: LowRankToy, directions: torch.Tensor, z: torch.Tensor) -> torch.Tensor:
    """Per direction: the layer's variance when z moves along it alone, as a fraction of its variance over z."""
    acts = layer_activations(model, "first", z)
    total = acts.var(dim=0).sum()
    steps = torch.randn(len(z), 1, generator=torch.Generator().manual_seed(2))  # t ~ N(0, 1) along each
    return torch.stack([layer_activations(model, "first", steps * d).var(dim=0).sum() / total for d in directions])


def test_ganspace_directions_explain_far_more_than_random_or_latent_pca():
    model = LowRankToy()
    z = sample_prior(2000, DIM, seed=0)
    found = ganspace_directions(z, layer_activations(model, "first", z))
    assert found.components.shape == (DIM, DIM) and found.space == "activations"
    torch.testing.assert_close(found.components.norm(dim=1), torch.ones(DIM))
    # the reported shares: PC1 carries most of the layer's variation, and they add up to one
    assert found.share[0] > 0.6 and found.share[0] > found.share[1] > 10 * found.share[2]
    assert sum(found.share) == pytest.approx(1.0, abs=1e-3)

    test_z = sample_prior(2000, DIM, seed=1)
    ganspace = activation_share(model, found.components[:2], test_z)
    random = activation_share(model, torch.nn.functional.normalize(torch.randn(50, DIM, generator=torch.Generator().manual_seed(3)), dim=1), test_z)
    assert ganspace[0] > 8 * random.mean() and ganspace[1] > 3 * random.mean()  # random: ~1/16 each
    assert float(ganspace[0]) == pytest.approx(found.share[0], abs=0.06)  # what it says is what it does
    # it recovers the two strong latent directions (up to sign)
    overlap = (found.components[:2] @ model.strong.T).abs()
    assert overlap.max(dim=1).values.min() > 0.99

    # plain PCA of the prior's latents is a random rotation: ~1/16 each, nothing to teach
    _, var, _ = pca_directions(z)
    assert float(var[0] / var.sum()) < 0.1


def test_ganspace_is_deterministic_and_the_hook_is_gone_afterwards():
    model = LowRankToy()
    z = sample_prior(500, DIM, seed=0)
    a = ganspace_directions(z, layer_activations(model, "first", z), k=4)
    b = ganspace_directions(z, layer_activations(model, "first", z), k=4)
    torch.testing.assert_close(a.components, b.components)
    assert not model.first._forward_hooks
    assert model.decode(z[:2]).shape == (2, 1, 28, 28)  # decoding runs through again


def test_bad_inputs_say_what_is_wrong():
    with pytest.raises(ValueError, match="more latents than dimensions"):
        ganspace_directions(torch.randn(4, 8), torch.randn(4, 20))
    with pytest.raises(ValueError, match="k must be between 1 and 8"):
        ganspace_directions(torch.randn(40, 8), torch.randn(40, 20), k=9)
    with pytest.raises(AttributeError):
        layer_activations(LowRankToy(), "no_such_layer", torch.randn(2, DIM))


def test_encoder_pca_shares_are_of_the_total_variance():
    z = torch.randn(500, 6) * torch.tensor([4.0, 2.0, 1.0, 1.0, 1.0, 1.0])
    found = encoder_pca(z)
    assert found.space == "latent" and sum(found.share) == pytest.approx(1.0)
    assert found.share[0] == pytest.approx(16 / 24, abs=0.05)


@pytest.mark.parametrize("family", [f for f in families.generators() if f.capabilities.principal_layer],
                         ids=lambda f: f.name)
def test_families_that_declare_a_principal_layer_have_it(family):
    import dataclasses

    small = {"latent_dim": 8, "base_channels": 4, "num_classes": 3 if family.capabilities.conditional else 0}
    fields = {f.name for f in dataclasses.fields(family.config)}
    model = family.module(family.config(**{k: v for k, v in small.items() if k in fields})).eval()
    labels = torch.tensor([0, 1, 2, 0]) if family.capabilities.conditional else None
    acts = layer_activations(model, family.capabilities.principal_layer, torch.randn(4, model.latent_dim), labels)
    assert acts.shape[0] == 4 and acts.shape[1] > model.latent_dim  # wider than z: something to find
