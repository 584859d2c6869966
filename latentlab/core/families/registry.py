"""Model families by name: what each one is, what it can do, and how to build and train it.

A checkpoint stores its family's ``arch`` (and ``kind``); loading, listing, training and every
view look the family up here and ask it what they need to know (``family.capabilities.encodes``,
``family.title``), never compare family strings. Adding a family is one module that builds a
:class:`Family` and one ``register(...)`` line in ``latentlab/core/families/__init__.py``; a test
or a plugin may register one at run time the same way::

    # latentlab/core/families/wgan_gp.py
    class WGANGPGenerator(GAN):  # the DCGAN generator, saved under its own arch
        arch = "wgan-gp"

    FAMILY = Family(
        name="wgan-gp", arch=WGANGPGenerator.arch, kind="gan", title="WGAN-GP", short="GAN",
        description="A GAN trained with the Wasserstein loss and a gradient penalty",
        config=GANConfig, module=WGANGPGenerator,
        trainer=TrainerRef("latentlab.train.wgan_gp:WGANGPTrainer", lr=1e-4),
        capabilities=Capabilities(discriminator=True, truncation=True, evidence=EvidenceSide.GAN, compared=True),
    )

    # latentlab/core/families/__init__.py
    register(wgan_gp.FAMILY)

Imported architectures register with their own ``arch``, ``imported=True`` and no trainer. Those
rebuilt from a config (the state-dict catalogue: ``dcgan_tutorial.py``, ``mlp_vae.py``) also give
``from_shapes``, which reads their config off a state dict's tensor shapes (``core/importers.py``
tries every family that has one); programs that carry their own code (TorchScript, in
``torchscript.py``) set ``program=True`` instead. A diffusion model would
declare ``inverts=False`` and ``evidence=None`` (no VAE/GAN claims apply) and, once the compare
view can step a sampler, ``compared=True``.

Feature networks (the metrics' classifiers) are registered here too, so a checkpoint loads
through one dispatch, but with ``generates=False``: :func:`generators` and everything that
lists images to explore, compare or measure leave them out by that capability.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import Any, Callable, Iterable

from torch import nn


class UnknownFamilyError(KeyError):
    """No registered family has that name; the message lists the known ones."""

    def __str__(self) -> str:  # KeyError would print the message with quotes around it
        return str(self.args[0]) if self.args else ""


class EvidenceSide(str, Enum):
    """Which side of the textbook VAE-vs-GAN claims (``core/evidence.py``) a family stands on.

    The values are what checkpoints store as ``kind``, so a card's kind reads as its side.
    """

    VAE = "vae"  # likelihood-trained with an encoder: smooth, blurrier, covers every class
    GAN = "gan"  # adversarially trained: sharp, prone to mode collapse


class Adversary(str, Enum):
    """What an adversarial family's generator learns against (``Capabilities.adversary``).

    The claims table tells a plain GAN from a WGAN-GP by this, not by the family's name.
    """

    #: a discriminator that classifies real against fake: the original GAN loss and its
    #: non-saturating and hinge forms (the "plain GAN" of the mode-collapse claims)
    DISCRIMINATOR = "discriminator"
    #: a critic that scores without a sigmoid and is kept 1-Lipschitz, so that its scores
    #: estimate the Wasserstein distance (WGAN, WGAN-GP): the textbook remedy for mode collapse
    WASSERSTEIN_CRITIC = "wasserstein-critic"


@dataclass(frozen=True)
class Capabilities:
    """What a family can do; the UI, metrics and evidence ask these instead of a family name.

    Parameters
    ----------
    generates : bool
        Draws images from latents. ``False`` for feature networks (classifiers).
    encodes : bool
        Has an encoder (image → latent); a TorchScript model must also ship ``encode``.
    inverts : bool
        A latent search (``core.invert``) can find a latent for an image.
    conditional : bool
        Every model of the family takes a class label. (Others may still be conditional when
        their file lists classes.)
    samples_prior : bool
        Latents are drawn from a prior, so seeds, grids and random samples make sense.
    discriminator : bool
        Training keeps a discriminator (critic) beside the generator.
    carries_discriminator : bool
        A checkpoint of the family may carry the discriminator its generator was trained
        against (imported beside it, stored under ``discriminator.``): a model that has one says
        so in ``model.has_discriminator`` and scores images with ``model.critic_score(images)``.
        The family then gives ``discriminator_from_shapes`` (the importer's hook).
    truncation : bool
        The truncation trick applies to its samples (variety traded for fidelity).
    evidence : EvidenceSide or None
        Which textbook claims apply to it; ``None``: none.
    compared : bool
        The compare view and ``latentlab compare`` / ``eval`` accept it.
    principal_layer : str or None
        A generator without an encoder: the submodule (a ``get_submodule`` name) whose output
        GANSpace reads to find principal directions, an early layer where the generator has
        shaped the prior's randomness (``core/principal.py``). ``None``: encoder PCA for
        families that encode; no principal directions for those that do not.
    adversary : Adversary or None
        What the generator was trained against, where the family knows it: a classifying
        discriminator or a Wasserstein critic. ``None``: not adversarial, or not known (an
        imported generator's training is not in its tensors).
    """

    generates: bool = True
    encodes: bool = False
    inverts: bool = True
    conditional: bool = False
    samples_prior: bool = True
    discriminator: bool = False
    carries_discriminator: bool = False
    truncation: bool = False
    evidence: EvidenceSide | None = None
    compared: bool = False
    principal_layer: str | None = None
    adversary: Adversary | None = None


@dataclass(frozen=True)
class TrainerRef:
    """Where a family's training loop lives, as ``"module:Class"`` (a Python entry point).

    Named, not imported: ``latentlab.train`` imports the core, never the reverse, so the core
    holds the trainer's address (as napari's plugin manifests and Python entry points do) and
    :meth:`load` imports it when a run starts.

    Parameters
    ----------
    target : str
        ``"package.module:ClassName"`` of a trainer taking ``(family, config, class_names,
        image_shape, device)``.
    lr : float
        The family's default learning rate (Adam).
    betas : tuple of float
        The family's default Adam betas (adversarial families; VAEs ignore them).
    """

    target: str
    lr: float = 1e-3
    betas: tuple[float, float] = (0.5, 0.999)

    def load(self) -> Callable[..., Any]:
        module, _, name = self.target.partition(":")
        return getattr(importlib.import_module(module), name)


@dataclass(frozen=True)
class Family:
    """One model family: how checkpoints name it, how to build it, what it can do.

    Parameters
    ----------
    name : str
        Unique registry id; also what ``latentlab train KIND`` and ``TrainConfig.kind`` take.
    arch : str
        The ``arch`` stored in checkpoints (several families may share one, e.g. TorchScript,
        told apart by ``kind``).
    kind : str
        The ``kind`` stored in checkpoints: the broad lineage, e.g. ``"vae"`` for VAEs and CVAEs.
    title : str
        Display name, e.g. "Conditional VAE" (source text: the UI translates it).
    short : str
        Acronym used in running text, e.g. "VAE" for VAEs and CVAEs.
    description : str
        One line for the model browser and card.
    config : type
        The config dataclass (``from_dict`` / ``to_dict``) stored in checkpoints.
    module : type
        The ``nn.Module`` class built from a config.
    capabilities : Capabilities
        What the family can do.
    trainer : TrainerRef or None
        Its training loop; ``None``: not trainable by latentlab.
    imported : bool
        An architecture from outside latentlab (a known state-dict layout, TorchScript, …).
    program : bool
        The file is a program that carries its own code (TorchScript): it cannot be rebuilt
        from a config, so :func:`~latentlab.core.checkpoint.save_model` refuses such models.
    from_shapes : callable or None
        ``from_shapes(shapes, num_classes)``: this family's config read off a state dict's
        ``{name: shape}`` (``num_classes``: the user's ``--classes``, or ``None``); raises
        ``ValueError`` naming what does not fit. Families with one form the importer's catalogue.
    discriminator_from_shapes : callable or None
        ``discriminator_from_shapes(config, shapes)``: ``config`` extended to carry the
        discriminator whose state dict has these ``{name: shape}``; raises ``ValueError`` when
        they are not its layout. Given exactly when ``capabilities.carries_discriminator``.
    """

    name: str
    arch: str
    kind: str
    title: str
    short: str
    description: str
    config: type
    module: type
    capabilities: Capabilities = field(default_factory=Capabilities)
    trainer: TrainerRef | None = None
    imported: bool = False
    program: bool = False
    from_shapes: Callable[[dict[str, tuple[int, ...]], int | None], Any] | None = None
    discriminator_from_shapes: Callable[[Any, dict[str, tuple[int, ...]]], Any] | None = None

    def conditional_variant(self, module: type, title: str, description: str) -> "Family":
        """This family told the class: same config, trainer and claims, its own ``module.arch``."""
        return replace(self, name=module.arch, arch=module.arch, module=module, title=title, description=description,
                       capabilities=replace(self.capabilities, conditional=True))

    def build(self, config_data: dict[str, Any]) -> nn.Module:
        """A fresh module from a checkpoint's JSON config; ``ValueError`` for a bad config."""
        return self.module(self.config.from_dict(config_data))


_FAMILIES: dict[str, Family] = {}


def register(family: Family) -> Family:
    """Add ``family``; ``ValueError`` if its name, or its (arch, kind), is already taken."""
    if family.name in _FAMILIES:
        raise ValueError(f"a model family named {family.name!r} is already registered")
    if family.capabilities.carries_discriminator != (family.discriminator_from_shapes is not None):
        raise ValueError(f"family {family.name!r}: carries_discriminator and discriminator_from_shapes "
                         "go together (one without the other)")
    for other in _FAMILIES.values():
        if other.arch == family.arch and other.kind == family.kind:
            raise ValueError(f"family {family.name!r}: arch {family.arch!r} with kind {family.kind!r} "
                             f"is already family {other.name!r}")
    _FAMILIES[family.name] = family
    return family


def unregister(name: str) -> None:
    """Remove a family registered at run time (tests, plugins); unknown names raise."""
    get(name)
    del _FAMILIES[name]


def _unknown(what: str) -> UnknownFamilyError:
    return UnknownFamilyError(f"unknown {what}; known model families: {', '.join(_FAMILIES)}")


def get(name: str) -> Family:
    """The family registered as ``name``; :class:`UnknownFamilyError` lists the known names."""
    try:
        return _FAMILIES[name]
    except KeyError:
        raise _unknown(f"model family {name!r}") from None


def find(arch: str, kind: str | None = None) -> Family:
    """The family of a checkpoint that stores ``arch`` (and ``kind``, where an arch has several)."""
    matches = [f for f in _FAMILIES.values() if f.arch == arch]
    if len(matches) > 1:
        matches = [f for f in matches if f.kind == kind]
    if not matches:
        raise _unknown(f"architecture {arch!r}" + (f" of kind {kind!r}" if kind else ""))
    return matches[0]


def family_of(thing: Any) -> Family:
    """The family of a model, a ``ModelInfo``/``ModelSummary`` or a model card (dict).

    Anything with ``arch`` (and ``kind``) attributes or keys will do.
    """
    if isinstance(thing, dict):
        arch, kind = thing.get("arch"), thing.get("kind")
    else:
        arch, kind = getattr(thing, "arch", None), getattr(thing, "kind", None)
    if not arch:
        raise _unknown(f"architecture: {type(thing).__name__} names none")
    return find(str(arch), None if kind is None else str(kind))


def maybe_family_of(thing: Any) -> Family | None:
    """:func:`family_of`, or ``None`` for anything no registered family describes."""
    try:
        return family_of(thing)
    except UnknownFamilyError:
        return None


def evidence_side(card: dict[str, Any]) -> EvidenceSide | None:
    """Which textbook claims a model card's family answers to (``None``: none, or unknown)."""
    family = maybe_family_of(card)
    return family.capabilities.evidence if family is not None else None


def adversary(card: dict[str, Any]) -> Adversary | None:
    """What a model card's family trained its generator against (``None``: nothing, or unknown)."""
    family = maybe_family_of(card)
    return family.capabilities.adversary if family is not None else None


def kept_discriminator(card: dict[str, Any]) -> dict[str, Any] | None:
    """What a model card records of the discriminator its file carries; ``None``: it carries none.

    Only families that declare ``carries_discriminator`` are asked; the record is the one the
    importer writes (``provenance.imported_from.discriminator``: where it was found, its
    architecture, parameter count and tensor shapes).
    """
    family = maybe_family_of(card)
    if family is None or not family.capabilities.carries_discriminator:
        return None
    source = (card.get("provenance") or {}).get("imported_from") if isinstance(card.get("provenance"), dict) else None
    record = source.get("discriminator") if isinstance(source, dict) else None
    return record if isinstance(record, dict) and record.get("prefix") else None


def all_families() -> list[Family]:
    """Every registered family, in registration order."""
    return list(_FAMILIES.values())


def _where(test: Callable[[Family], bool]) -> list[Family]:
    return [f for f in _FAMILIES.values() if test(f)]


def generators() -> list[Family]:
    """Families that draw images (feature networks left out)."""
    return _where(lambda f: f.capabilities.generates)


def trainable() -> list[Family]:
    """Families ``latentlab train`` can train (generators and feature networks)."""
    return _where(lambda f: f.trainer is not None)


def catalogue() -> list[Family]:
    """Families whose config a state dict's tensor shapes reveal (the importer tries each)."""
    return _where(lambda f: f.from_shapes is not None)


def compared() -> list[Family]:
    """Families the compare view, ``latentlab compare`` and ``latentlab eval`` accept."""
    return _where(lambda f: f.capabilities.compared)


def names(families: Iterable[Family]) -> list[str]:
    """The registry names of ``families`` (for argparse choices and messages)."""
    return [f.name for f in families]
