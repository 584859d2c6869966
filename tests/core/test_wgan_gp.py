"""WGAN-GP: the gradient penalty, the critic without a sigmoid, the alternation of updates."""

from __future__ import annotations

import pytest
import torch
from torch import nn

from latentlab.core import families
from latentlab.core.checkpoint import load_model, read_card
from latentlab.train import TrainConfig, iter_training
from latentlab.train.wgan_gp import WGANGPTrainer, gradient_penalty
from tests.core.test_train import _toy_data


def _linear_critic(weight: torch.Tensor):
    return lambda images: images.reshape(images.shape[0], -1) @ weight


@pytest.mark.parametrize("norm, expected", [(1.0, 0.0), (2.0, 1.0), (0.5, 0.25)])
def test_penalty_of_a_linear_critic_is_its_slope_minus_one_squared(norm, expected):
    gen = torch.Generator().manual_seed(0)
    w = torch.randn(1 * 4 * 4, generator=gen)
    w = w / w.norm() * norm  # ∇ₓ critic = w everywhere: the penalty is (‖w‖ − 1)²
    real, fake = torch.rand(8, 1, 4, 4, generator=gen), torch.rand(8, 1, 4, 4, generator=gen)
    gp = gradient_penalty(_linear_critic(w), real, fake, generator=gen)
    assert gp.item() == pytest.approx(expected, abs=1e-5)


def test_penalty_is_taken_on_interpolates_between_real_and_fake():
    seen = []

    def critic(x):
        seen.append(x.detach().clone())
        return x.reshape(x.shape[0], -1).sum(1)

    real, fake = torch.ones(64, 1, 2, 2), torch.zeros(64, 1, 2, 2)
    gradient_penalty(critic, real, fake)
    mixed = seen[0]
    assert ((mixed >= 0) & (mixed <= 1)).all()
    # interpolates, not endpoints: spread over (0, 1), and one weight per image (all pixels alike)
    assert 0.2 < mixed.mean().item() < 0.8 and mixed.std().item() > 0.1
    assert torch.equal(mixed.amin(dim=(1, 2, 3)), mixed.amax(dim=(1, 2, 3)))


def test_penalty_trains_the_critic_parameters():
    critic = nn.Sequential(nn.Flatten(), nn.Linear(4, 1))
    with torch.no_grad():
        critic[1].weight.mul_(10)
    gp = gradient_penalty(lambda x: critic(x).squeeze(1), torch.rand(4, 1, 2, 2), torch.rand(4, 1, 2, 2))
    gp.backward()
    assert critic[1].weight.grad is not None and critic[1].weight.grad.abs().sum() > 0


def _config(tmp_path, **kw):
    base = dict(kind="wgan-gp", out=str(tmp_path / "w.safetensors"), epochs=2, batch_size=16, base_channels=4,
                latent_dim=3, seed=1, device="cpu", command="pytest", critic_steps=3)
    base.update(kw)
    return TrainConfig(**base)


def test_family_is_registered_trainable_and_takes_the_papers_defaults(tmp_path):
    family = families.get("wgan-gp")
    assert family in families.trainable() and family.capabilities.evidence == families.EvidenceSide.GAN
    config = _config(tmp_path).resolved()
    assert config.lr == 1e-4 and config.gan_betas == (0.0, 0.9)
    assert _config(tmp_path, gan_betas=(0.5, 0.99)).resolved().gan_betas == (0.5, 0.99)


def test_critic_has_no_sigmoid_no_spectral_norm_and_generator_steps_every_nth_update(tmp_path):
    data = _toy_data()
    config = _config(tmp_path).resolved()
    trainer = WGANGPTrainer(families.get("wgan-gp"), config, list(data.class_names), (1, 28, 28), torch.device("cpu"))
    assert not any(isinstance(m, nn.Sigmoid) for m in trainer.disc.modules())
    assert not any(hasattr(m, "parametrizations") for m in trainer.disc.modules())
    images, labels = data.tensors(torch.device("cpu"))
    g_before = [p.detach().clone() for p in trainer.model.parameters()]
    changed = []
    for step in range(6):
        losses = trainer.train_step(images[:16], labels[:16])
        changed.append(any(not torch.equal(a, b) for a, b in zip(g_before, trainer.model.parameters())))
        g_before = [p.detach().clone() for p in trainer.model.parameters()]
        assert losses["gp"] >= 0 and set(losses) == set(WGANGPTrainer.loss_names)
    assert changed == [False, False, True, False, False, True]  # critic_steps = 3
    scores = trainer.disc(images[:16] * 2 - 1)
    assert scores.shape == (16,)


def test_trains_and_saves_a_checkpoint_of_its_own_family(tmp_path):
    done = list(iter_training(_config(tmp_path), dataset=_toy_data()))[-1]
    model = load_model(done.path, "cpu")
    assert families.family_of(model).name == "wgan-gp"
    card = read_card(done.path)
    assert card["provenance"]["train_config"]["gp_weight"] == 10.0
    assert torch.isfinite(model.decode(model.sample_latent(4, seed=0))).all()


def test_negative_penalty_weight_is_refused(tmp_path):
    with pytest.raises(ValueError, match="gp_weight"):
        list(iter_training(_config(tmp_path, gp_weight=-1.0), dataset=_toy_data()))
