"""Named training recipes for the live-training panel and lesson steps (``[training] preset``).

Each names its model family by ``kind``. On the command line the same recipe is a set of flags:
"stable" is ``latentlab train gan --lr 2e-4 --base-channels 32 --latent-dim 64`` (spectral
norm, hinge loss and one generator step are the defaults); "mode-collapse" needs options the
CLI does not offer, so it is a panel and lesson recipe only.

"stable" is the recipe the bundled GANs were trained with. "mode-collapse" deliberately removes
what keeps a GAN honest (spectral norm on the critic, the hinge loss's bounded gradients) and
gives the generator several steps per critic step with a large step size, so a class watching
the sample grid sees the variety drain away within a few hundred steps.

Measured (issue 22, bundled 2,000-image MNIST sample, width 16, batch 64, class coverage of the
64-sample grid by the MNIST classifier): "mode-collapse" as it stands puts every sample in one
class from step 50 to 200 while the grid's pixel spread falls (32 → 10): one texture, never
digits, which reads as "training broke". Two milder recipes did not collapse for good either:
no spectral norm + BCE + one G step at lr 5e-4, β1 0.5 held 4 classes (top three ~90 %) over
steps 300–500 and then spread to 6–7 classes by 600–800; two G steps at lr 1e-3 reached 6
classes by step 200. A recipe that first draws digits and then settles on a few is still open.
"""

from __future__ import annotations

from dataclasses import replace

from latentlab.core import families
from latentlab.core.families import Family
from latentlab.train.common import TrainConfig

PRESETS: dict[str, dict] = {
    "stable": {"kind": "gan", "spectral_norm": True, "gan_loss": "hinge", "g_steps": 1,
               "lr": 2e-4, "gan_betas": (0.5, 0.999), "base_channels": 32, "latent_dim": 64},
    "mode-collapse": {"kind": "gan", "spectral_norm": False, "gan_loss": "bce", "g_steps": 3,
                      "lr": 2e-3, "gan_betas": (0.9, 0.999), "base_channels": 32, "latent_dim": 64},
    "vae": {"kind": "vae", "lr": 1e-3, "base_channels": 32, "latent_dim": 16},
}


def apply_preset(config: TrainConfig, name: str) -> TrainConfig:
    """A copy of ``config`` with the preset's hyper-parameters; ``KeyError`` names the choices."""
    if name not in PRESETS:
        raise KeyError(f"unknown preset {name!r}; choose one of {', '.join(PRESETS)}")
    return replace(config, **PRESETS[name])


def preset_family(name: str) -> Family:
    """The model family preset ``name`` trains."""
    return families.get(PRESETS[name]["kind"])


def presets_for(family: Family) -> list[str]:
    """The presets whose recipe fits ``family``: those for a family with the same trainer
    (a GAN recipe fits a conditional GAN too), in :data:`PRESETS` order."""
    return [name for name in PRESETS if family.trainer is not None and preset_family(name).trainer == family.trainer]
