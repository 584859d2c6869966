"""Encoding and GAN inversion of real images."""

from __future__ import annotations

import pytest
import torch

from latentlab.core.invert import encode_image, invert_image, reconstruct


def test_vae_encode_gives_mean_sigma_and_reconstruction(tiny_model):
    model = tiny_model("vae")
    target = torch.rand(1, 28, 28)
    rec = reconstruct(model, target)
    assert rec.method == "encode" and rec.z.shape == (4,) and rec.sigma.shape == (4,)
    assert (rec.sigma > 0).all()
    mu, _ = model.encode(target.unsqueeze(0))
    assert torch.allclose(rec.z, mu[0].detach())
    assert torch.equal(rec.image, model.decode(rec.z.unsqueeze(0))[0])
    assert rec.error == pytest.approx(torch.mean((rec.image - target) ** 2).item())


def test_gan_inversion_recovers_a_generated_image(tiny_model):
    model = tiny_model("gan")
    true_z = model.sample_latent(1, seed=123)
    target = model.decode(true_z)[0]
    start_error = torch.mean((model.decode(model.sample_latent(1, seed=0))[0] - target) ** 2).item()
    rec = invert_image(model, target, steps=60, restarts=4, lr=0.1, seed=0)
    assert rec.method == "invert" and not rec.cancelled
    assert rec.error == pytest.approx(rec.history[-1])
    assert rec.error < 0.5 * start_error
    assert rec.history[-1] <= rec.history[0]
    assert all(b <= a for a, b in zip(rec.history, rec.history[1:]))  # best-so-far never worsens
    assert not any(p.grad is not None for p in model.parameters())
    assert all(p.requires_grad for p in model.parameters())


def test_inversion_can_be_cancelled(tiny_model):
    model = tiny_model("gan")
    seen = []
    rec = invert_image(model, torch.rand(1, 28, 28), steps=500, restarts=2,
                       progress=lambda s, n, e: seen.append(s), should_stop=lambda: len(seen) >= 7)
    assert rec.cancelled and len(rec.history) == 7 and rec.image.shape == (1, 28, 28)


def test_conditional_models_need_a_class(tiny_model):
    model = tiny_model("cgan", num_classes=3)
    with pytest.raises(ValueError, match="choose the class"):
        invert_image(model, torch.rand(1, 28, 28), steps=2)
    rec = invert_image(model, torch.rand(1, 28, 28), label=2, steps=3, restarts=2)
    assert rec.z.shape == (4,)


def test_encode_refuses_models_without_encoder(tiny_model):
    with pytest.raises(ValueError, match="no encoder"):
        encode_image(tiny_model("gan"), torch.rand(1, 28, 28))
