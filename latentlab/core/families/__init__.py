"""Model families: one module per family, looked up by name through :mod:`.registry`.

Nobody outside this package compares family names: ask the family (``family_of(model)``,
``get(name)``) for its title, classes and capabilities. A new family is one module plus one
``register(...)`` line below.
"""

from latentlab.core.families import (
    cgan, classifier, conv_vae, cvae, dcgan_tutorial, exported, factor_net, gan, mlp_vae, onnx_graph, torchscript, vae,
    wgan_gp,
)
from latentlab.core.families.base import Generator, ModelConfig
from latentlab.core.families.registry import (
    Adversary, Capabilities, EvidenceSide, Family, TrainerRef, UnknownFamilyError, adversary, all_families, catalogue,
    compared, evidence_side, family_of, find, generators, get, kept_discriminator, maybe_family_of, names, register,
    trainable, unregister,
)

register(vae.FAMILY)
register(cvae.FAMILY)
register(gan.FAMILY)
register(cgan.FAMILY)
register(wgan_gp.FAMILY)
register(torchscript.VAE_FAMILY)
register(torchscript.GAN_FAMILY)
register(classifier.FAMILY)
register(factor_net.FAMILY)
register(dcgan_tutorial.FAMILY)
register(dcgan_tutorial.CONDITIONAL_FAMILY)
register(mlp_vae.FAMILY)
register(conv_vae.FAMILY)
register(exported.VAE_FAMILY)
register(exported.GAN_FAMILY)
register(onnx_graph.VAE_FAMILY)
register(onnx_graph.GAN_FAMILY)

__all__ = [
    "Adversary", "Capabilities", "EvidenceSide", "Family", "Generator", "ModelConfig", "TrainerRef", "UnknownFamilyError",
    "adversary", "all_families", "catalogue", "compared", "evidence_side", "family_of", "find", "generators", "get",
    "kept_discriminator", "maybe_family_of",
    "names", "register", "trainable", "unregister",
]
