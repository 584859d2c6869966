"""Model families: one module per family, looked up by name through :mod:`.registry`.

Nobody outside this package compares family names: ask the family (``family_of(model)``,
``get(name)``) for its title, classes and capabilities. A new family is one module plus one
``register(...)`` line below.
"""

from latentlab.core.families import (
    cgan, classifier, cvae, dcgan_tutorial, gan, mlp_vae, torchscript, vae, wgan_gp,
)
from latentlab.core.families.base import Generator, ModelConfig
from latentlab.core.families.registry import (
    Capabilities, EvidenceSide, Family, TrainerRef, UnknownFamilyError, all_families, catalogue, compared, evidence_side,
    family_of, find, generators, get, maybe_family_of, names, register, trainable, unregister,
)

register(vae.FAMILY)
register(cvae.FAMILY)
register(gan.FAMILY)
register(cgan.FAMILY)
register(wgan_gp.FAMILY)
register(torchscript.VAE_FAMILY)
register(torchscript.GAN_FAMILY)
register(classifier.FAMILY)
register(dcgan_tutorial.FAMILY)
register(mlp_vae.FAMILY)

__all__ = [
    "Capabilities", "EvidenceSide", "Family", "Generator", "ModelConfig", "TrainerRef", "UnknownFamilyError",
    "all_families", "catalogue", "compared", "evidence_side", "family_of", "find", "generators", "get", "maybe_family_of",
    "names", "register", "trainable", "unregister",
]
