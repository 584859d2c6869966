"""Architectures: every kind works at 28×28×1 and, by config alone, at 32/64 px with 3 channels."""

from __future__ import annotations

import pytest
import torch

from latentlab.core.families.cgan import ConditionalGAN
from latentlab.core.families.classifier import Classifier, ClassifierConfig
from latentlab.core.families.cvae import CVAE
from latentlab.core.families.gan import Discriminator, GAN, GANConfig
from latentlab.core.families.vae import VAE, VAEConfig

SHAPES = [(1, 28, 28), (3, 32, 32), (3, 64, 64), (1, 32, 48)]


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("kind", ["vae", "cvae", "gan", "cgan"])
def test_generators_at_every_shape(kind, shape):
    k = 3 if kind in ("cvae", "cgan") else 0
    if kind in ("vae", "cvae"):
        model = (CVAE if k else VAE)(VAEConfig(latent_dim=5, image_shape=shape, num_classes=k, base_channels=4))
    else:
        model = (ConditionalGAN if k else GAN)(GANConfig(latent_dim=5, image_shape=shape, num_classes=k, base_channels=4))
    model.eval()
    labels = torch.tensor([0, 2]) if k else None
    images = model.decode(model.sample_latent(2, seed=0), labels)
    assert images.shape == (2, *shape)
    assert images.min() >= 0 and images.max() <= 1
    if model.has_encoder:
        mu, logvar = model.encode(images, labels)
        assert mu.shape == logvar.shape == (2, 5)
    else:
        disc = Discriminator(model.config)
        assert disc(images * 2 - 1, labels).shape == (2,)


@pytest.mark.parametrize("shape", SHAPES)
def test_classifier_at_every_shape(shape):
    clf = Classifier(ClassifierConfig(image_shape=shape, num_classes=4, base_channels=4, feature_dim=8))
    x = torch.rand(3, *shape)
    assert clf(x).shape == (3, 4) and clf.features(x).shape == (3, 8)


def test_bad_configs_are_refused_with_the_value():
    with pytest.raises(ValueError, match="likelihood='poisson'"):
        VAE(VAEConfig(likelihood="poisson"))
    with pytest.raises(ValueError, match="image_shape"):
        GAN(GANConfig(image_shape=(2, 28, 28)))
    with pytest.raises(ValueError, match="num_classes"):
        ConditionalGAN(GANConfig(num_classes=0))
    with pytest.raises(ValueError, match="unknown config keys"):
        VAEConfig.from_dict({"latent_dim": 3, "colour": "red"})
    with pytest.raises(ValueError, match="latent_dim"):
        VAEConfig.from_dict({"latent_dim": "three"})


@pytest.mark.parametrize("shape", [(1, 28, 28), (3, 64, 64)])
@pytest.mark.parametrize("kind", ["cvae", "cgan"])
def test_every_layer_conditioning_makes_the_label_change_the_image(kind, shape):
    torch.manual_seed(0)
    if kind == "cvae":
        model = CVAE(VAEConfig(latent_dim=5, image_shape=shape, num_classes=3, base_channels=4,
                               label_conditioning="every-layer"))
    else:
        model = ConditionalGAN(GANConfig(latent_dim=5, image_shape=shape, num_classes=3, base_channels=4,
                                         label_conditioning="every-layer"))
    norms = [m for m in model.modules() if type(m).__name__ == "ClassBatchNorm2d"]
    assert len(norms) >= 1
    with torch.no_grad():  # give each class its own scale so the effect is visible
        for norm in norms:
            norm.gain.weight.uniform_(0.2, 3.0)
    model.eval()
    z = model.sample_latent(1, seed=0).expand(2, -1)
    # Same z, same one-hot zeroed out: only the per-layer modulation can tell the classes apart.
    model.project[0].weight.data[:, 5:] = 0
    a, b = model.decode(z, torch.tensor([0, 2]))
    assert a.shape == shape and not torch.allclose(a, b)


def test_label_conditioning_is_validated_and_defaults_for_old_configs():
    with pytest.raises(ValueError, match="label_conditioning='everywhere'"):
        GANConfig(num_classes=3, label_conditioning="everywhere").validate()
    # Checkpoints written before the option existed carry no key: they mean "input".
    assert VAEConfig.from_dict({"latent_dim": 3, "num_classes": 2}).label_conditioning == "input"
    assert GANConfig.from_dict({"latent_dim": 3, "num_classes": 2}).label_conditioning == "input"


def test_discriminator_aux_classifier_head():
    config = GANConfig(latent_dim=4, num_classes=3, base_channels=4)
    x = torch.rand(2, 1, 28, 28) * 2 - 1
    labels = torch.tensor([0, 1])
    score, logits = Discriminator(config, aux_classifier=True)(x, labels, with_class_logits=True)
    assert score.shape == (2,) and logits.shape == (2, 3)
    score, logits = Discriminator(config)(x, labels, with_class_logits=True)
    assert logits is None


def test_classifier_with_batch_norm_round_trips(tmp_path):
    from latentlab.core.checkpoint import load_model, save_model

    clf = Classifier(ClassifierConfig(num_classes=3, base_channels=4, feature_dim=8, batch_norm=True))
    assert sum(isinstance(m, torch.nn.BatchNorm2d) for m in clf.modules()) == 4
    clf.eval()
    x = torch.rand(2, 1, 28, 28)
    save_model(clf, tmp_path / "clf.safetensors", dataset="tiny", provenance={"command": "test"})
    again = load_model(tmp_path / "clf.safetensors", "cpu")
    assert again.config.batch_norm and torch.allclose(again(x), clf(x))
    # Feature networks saved before the option existed load without it.
    assert ClassifierConfig.from_dict({"num_classes": 3}).batch_norm is False


def test_minibatch_std_lets_the_critic_see_a_collapsed_batch():
    torch.manual_seed(0)
    disc = Discriminator(GANConfig(latent_dim=4, base_channels=4), minibatch_std=True).eval()
    varied = torch.rand(4, 1, 28, 28) * 2 - 1
    same = varied[:1].expand(4, -1, -1, -1)
    # The same first image scores differently depending on what else is in its batch.
    assert not torch.allclose(disc(varied)[0], disc(same)[0])
    plain = Discriminator(GANConfig(latent_dim=4, base_channels=4)).eval()
    assert torch.allclose(plain(varied)[0], plain(same)[0], atol=1e-6)
    assert any(k.startswith("features.") for k in plain.state_dict())  # earlier resume files' names


@pytest.mark.parametrize("in_ch, out_ch, batch", [(32, 1, 1), (32, 3, 16), (64, 32, 1), (64, 32, 16)])
def test_upconv_inference_kernels_agree_with_the_default(in_ch, out_ch, batch):
    """Without gradients UpConv takes another CPU kernel (im2col for few outputs, channels-last
    otherwise); it must compute the same thing as nn.ConvTranspose2d with the same weights."""
    import torch.nn.functional as F

    from latentlab.core.families.base import UpConv

    torch.manual_seed(0)
    layer = UpConv(in_ch, out_ch, 4, 2, 1)
    x = torch.randn(batch, in_ch, 7, 7)
    reference = F.conv_transpose2d(x, layer.weight, layer.bias, 2, 1)
    with torch.no_grad():
        fast = layer(x)
    assert fast.shape == reference.shape == (batch, out_ch, 14, 14)
    assert fast.is_contiguous() or fast.is_contiguous(memory_format=torch.channels_last)
    torch.testing.assert_close(fast, reference, rtol=1e-5, atol=1e-5)
    assert list(layer.state_dict()) == list(torch.nn.ConvTranspose2d(in_ch, out_ch, 4, 2, 1).state_dict())


def test_upconv_with_gradients_is_the_default_layer_exactly():
    from latentlab.core.families.base import UpConv

    torch.manual_seed(0)
    layer = UpConv(32, 1, 4, 2, 1)
    plain = torch.nn.ConvTranspose2d(32, 1, 4, 2, 1)
    plain.load_state_dict(layer.state_dict())
    x = torch.randn(4, 32, 14, 14, requires_grad=True)
    out = layer(x)
    assert torch.equal(out, plain(x))  # training keeps PyTorch's own kernel, bit for bit
    out.sum().backward()
    assert x.grad is not None and layer.weight.grad is not None


def test_device_and_dtype_follow_every_way_of_moving_a_model():
    """device/dtype remember where the first parameter lives, not its value: they must stay right."""
    import copy

    torch.manual_seed(0)
    model = GAN(GANConfig(latent_dim=8, base_channels=4))
    assert (model.device, model.dtype) == (torch.device("cpu"), torch.float32)
    model.double()
    assert model.dtype == torch.float64 and model.sample_latent(2, seed=0).dtype == torch.float64
    twin = copy.deepcopy(model).float()
    assert twin.dtype == torch.float32 and model.dtype == torch.float64
    halves = {k: v.clone().half() if v.is_floating_point() else v for k, v in model.state_dict().items()}
    model.load_state_dict(halves, assign=True)
    assert model.dtype == torch.float16
