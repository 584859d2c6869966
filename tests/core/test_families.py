"""The family registry: what each built-in family declares, and how lookups fail."""

from __future__ import annotations

import dataclasses

import pytest

from latentlab.core import families
from latentlab.core.families import Capabilities, EvidenceSide
from latentlab.train.common import TrainConfig
from latentlab.train.presets import PRESETS, presets_for

#: name → (arch, kind, encodes, conditional, discriminator, truncation, evidence, compared, generates)
BUILT_IN = {
    "vae": ("vae", "vae", True, False, False, False, EvidenceSide.VAE, True, True),
    "cvae": ("cvae", "vae", True, True, False, False, EvidenceSide.VAE, True, True),
    "gan": ("gan", "gan", False, False, True, True, EvidenceSide.GAN, True, True),
    "cgan": ("cgan", "gan", False, True, True, True, EvidenceSide.GAN, True, True),
    "wgan-gp": ("wgan-gp", "gan", False, False, True, True, EvidenceSide.GAN, True, True),
    "torchscript-vae": ("torchscript", "vae", True, False, False, False, EvidenceSide.VAE, True, True),
    "torchscript-gan": ("torchscript", "gan", False, False, False, True, EvidenceSide.GAN, True, True),
    "classifier": ("classifier", "classifier", False, False, False, False, None, False, False),
    "factor-net": ("factor-net", "classifier", False, False, False, False, None, False, False),
    "dcgan-tutorial": ("dcgan-tutorial", "gan", False, False, False, True, EvidenceSide.GAN, True, True),
    "dcgan-tutorial-conditional": ("dcgan-tutorial-conditional", "gan", False, True, False, True, EvidenceSide.GAN,
                                   True, True),
    "mlp-vae": ("mlp-vae", "vae", True, False, False, False, EvidenceSide.VAE, True, True),
    "conv-vae": ("conv-vae", "vae", True, False, False, False, EvidenceSide.VAE, True, True),
    "torch-export-vae": ("torch-export", "vae", True, False, False, False, EvidenceSide.VAE, True, True),
    "torch-export-gan": ("torch-export", "gan", False, False, False, True, EvidenceSide.GAN, True, True),
    "onnx-vae": ("onnx", "vae", True, False, False, False, EvidenceSide.VAE, True, True),
    "onnx-gan": ("onnx", "gan", False, False, False, True, EvidenceSide.GAN, True, True),
}


@pytest.mark.parametrize("name", list(BUILT_IN))
def test_each_built_in_family_declares_its_names_and_capabilities(name):
    arch, kind, encodes, conditional, discriminator, truncation, evidence, compared, generates = BUILT_IN[name]
    family = families.get(name)
    caps = family.capabilities
    assert (family.name, family.arch, family.kind) == (name, arch, kind)
    assert (caps.encodes, caps.conditional, caps.discriminator, caps.truncation) == (
        encodes, conditional, discriminator, truncation)
    assert (caps.evidence, caps.compared, caps.generates) == (evidence, compared, generates)
    assert family.title and family.short and family.description
    assert families.find(arch, kind) is family
    if not family.imported:  # a checkpoint stores what the module class says
        assert (family.module.arch, family.module.kind) == (arch, kind)


def test_every_registered_family_is_built_in_and_listed_in_order():
    assert families.names(families.all_families()) == list(BUILT_IN)
    assert families.names(families.generators()) == [n for n, row in BUILT_IN.items() if row[-1]]
    assert families.names(families.trainable()) == ["vae", "cvae", "gan", "cgan", "wgan-gp", "classifier", "factor-net"]
    assert families.names(families.compared()) == [n for n, row in BUILT_IN.items() if row[-2]]


@pytest.mark.parametrize("name", ["vae", "cvae", "gan", "cgan", "classifier"])
def test_a_family_builds_its_module_from_a_stored_config(name):
    family = families.get(name)
    config = family.config(num_classes=3) if family.capabilities.conditional else family.config()
    model = family.build(config.to_dict())
    assert isinstance(model, family.module) and model.config == config


def test_an_unknown_name_names_the_known_families():
    with pytest.raises(families.UnknownFamilyError, match=r"unknown model family 'diffusion'; known model "
                                                          r"families: vae, cvae, gan, cgan, wgan-gp, torchscript-vae"):
        families.get("diffusion")
    with pytest.raises(KeyError, match="unknown architecture 'torchscript' of kind 'flow'"):
        families.find("torchscript", "flow")
    assert families.maybe_family_of({"arch": "diffusion", "kind": "gan"}) is None
    assert families.evidence_side({"arch": "cgan", "kind": "gan"}) is EvidenceSide.GAN
    assert families.evidence_side({"arch": "classifier"}) is None


def test_registering_a_taken_name_or_arch_fails_and_leaves_the_registry_as_it_was():
    before = families.all_families()
    gan = families.get("gan")
    with pytest.raises(ValueError, match="a model family named 'gan' is already registered"):
        families.register(dataclasses.replace(gan, title="Another GAN"))
    with pytest.raises(ValueError, match="arch 'gan' with kind 'gan' is already family 'gan'"):
        families.register(dataclasses.replace(gan, name="gan-again"))
    assert families.all_families() == before
    with pytest.raises(families.UnknownFamilyError):
        families.unregister("never-registered")


def test_a_new_family_registers_and_unregisters():
    lsgan = dataclasses.replace(families.get("gan"), name="lsgan", arch="lsgan", title="LSGAN",
                                capabilities=Capabilities(discriminator=True, truncation=True,
                                                          evidence=EvidenceSide.GAN, compared=True))
    families.register(lsgan)
    try:
        assert families.get("lsgan") is lsgan and families.find("lsgan") is lsgan
        assert "lsgan" in families.names(families.trainable())
    finally:
        families.unregister("lsgan")
    assert "lsgan" not in families.names(families.all_families())


@pytest.mark.parametrize("kind, latent_dim, base_channels, lr", [
    ("vae", 16, 32, 1e-3), ("cvae", 16, 32, 1e-3), ("gan", 64, 64, 2e-4), ("cgan", 64, 64, 2e-4),
    ("classifier", 1, 32, 1e-3),
])
def test_unset_training_sizes_and_step_size_come_from_the_family(kind, latent_dim, base_channels, lr):
    config = TrainConfig(kind=kind).resolved()
    assert (config.latent_dim, config.base_channels, config.lr) == (latent_dim, base_channels, lr)
    chosen = TrainConfig(kind=kind, latent_dim=5, base_channels=8, lr=0.5).resolved()
    assert (chosen.latent_dim, chosen.base_channels, chosen.lr) == (5, 8, 0.5)
    assert (chosen.max_steps, chosen.sample_every, chosen.threads, chosen.ema_decay) == (None, None, None, None)


def test_training_refuses_unknown_kinds_and_non_positive_settings():
    with pytest.raises(ValueError, match="unknown model kind 'torchscript-gan'; choose one of vae, cvae, gan, "
                                         "cgan, wgan-gp, classifier"):
        TrainConfig(kind="torchscript-gan").resolved()
    with pytest.raises(ValueError, match=r"lr=0.0 must be positive \(leave it unset for the default\)"):
        TrainConfig(kind="gan", lr=0.0).resolved()
    with pytest.raises(ValueError, match="max_steps=0 must be positive"):
        TrainConfig(kind="vae", max_steps=0).resolved()


def test_presets_fit_the_families_their_trainer_trains():
    assert presets_for(families.get("gan")) == presets_for(families.get("cgan")) == ["stable", "mode-collapse"]
    assert presets_for(families.get("cvae")) == ["vae"]
    assert presets_for(families.get("classifier")) == []
    assert set(PRESETS) == {"stable", "mode-collapse", "vae"}


def test_the_train_command_offers_the_trainable_families(capsys):
    from latentlab.cli import build_parser

    args = build_parser().parse_args(["train", "cgan", "-o", "x.safetensors"])
    assert args.kind == "cgan" and (args.lr, args.latent_dim, args.max_steps, args.ema) == (None, None, None, None)
    with pytest.raises(SystemExit):
        build_parser().parse_args(["train", "torchscript-gan", "-o", "x.safetensors"])
    err = capsys.readouterr().err
    assert "invalid choice: 'torchscript-gan'" in err
    assert all(name in err for name in families.names(families.trainable()))
