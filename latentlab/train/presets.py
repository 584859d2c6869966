"""Named training recipes for the live-training panel and lesson steps (``[training] preset``).

Each names its model family by ``kind``. On the command line the same recipe is a set of flags:
"stable" is ``latentlab train gan --lr 2e-4 --base-channels 32 --latent-dim 64`` (spectral
norm, hinge loss and one generator step are the defaults); "mode-collapse" needs options the
CLI does not offer, so it is a panel and lesson recipe only.

"stable" is the recipe the bundled GANs were trained with. "mode-collapse" removes what keeps a
GAN's samples varied (spectral norm on the critic, the hinge loss's bounded gradients) and gives
the generator a latent of only 2 numbers and a large step size: it draws a few digits, the same
few shapes again and again, and hops from one digit to another as the discriminator catches on.

Measured (issue 22) with ``docs/dev/measure_mode_collapse.py`` — the panel's own config (width 16,
batch 64, one thread), full MNIST, the 64-sample grid classified by the bundled MNIST classifier,
one busy 2-core machine (~20 steps/s); medians over the grids between 20 s and 60 s:

=====================  ============  ====  ==========  ===========  =========  ===============
run                    classes for   top   classifier  real-digit   pixel      digits absent
                       80 % (range)  3     confidence  share f / px spread     from ≥ 80 % of
                                                                                grids
=====================  ============  ====  ==========  ===========  =========  ===============
mode-collapse, seed 1  4 (3-5)       0.69  0.83        0.58 / 0.85  0.137      0 (6: ≤ 3 of 64)
same, seeds 0 and 2    4 (3-5, 3-6)  0.73  0.83, 0.80  0.56-0.61 /  0.133,     0 and 6
                                                       0.78-0.84    0.141
same, 2,000-image      4 (3-5)       0.70  0.84        0.58 / 0.89  –          0 and 6
sample, seed 1
latent 64, rest same   6 (4-7)       0.52  0.83        0.55 / 0.84  0.17       none
(seed 0)
old recipe (3 G steps, 1 (1-1)       1.00  0.99        0.08 / 0.96  0.02       all but 1 and 8
lr 2e-3, β1 0.9)
=====================  ============  ====  ==========  ===========  =========  ===============

Seed 1 at 18 / 36 / 58 s (steps 400 / 800 / 1200): 5 / 5 / 4 classes cover 80 %, confidence
0.76 / 0.89 / 0.85; the grid shows mostly 1s, 7s, 2s, 3s and 4s. Real MNIST's pixel spread over
64 digits is 0.18; the old recipe's grid was one stripe texture (spread down to 0.001) that the
classifier still called an "8" or a "1" with confidence 1.0, which is why the real-digit shares
(nearest real test digit in classifier features / pixels) and the spread are listed too.

What did not work (same measurements, ≤ 75 s each): with the generator's batch norm in place
this small DCGAN keeps drawing 7-10 classes whatever the step sizes (lr 5e-4 to 2e-3, 1-5 G
steps, D width 4 or 8, a D 20× slower than G, latent 8 or 4); β1 = 0.9, or a discriminator that
learns 100× slower or stops learning (with or without spectral norm), turns the grid into stripes
within a few hundred steps; a generator without batch norm drew blobs and speckle for most of
the minute (or, with spectral norm and lr 1e-3, kept 8-10 classes); a 1-number latent covers 2-3
classes but draws them crudely. So the grid does not fall to 1-2 digits within a minute: it
keeps about four, repeats a few shapes, and leaves out 0s and 6s, which the coverage chart
shows. Runs are deterministic for a seed and a thread count (the panel uses one thread on
machines with up to 4 cores); another thread count gives another run (seeds 0-2 behaved alike).
"""

from __future__ import annotations

from dataclasses import replace

from latentlab.core import families
from latentlab.core.families import Family
from latentlab.train.common import TrainConfig

PRESETS: dict[str, dict] = {
    "stable": {"kind": "gan", "spectral_norm": True, "gan_loss": "hinge", "g_steps": 1,
               "lr": 2e-4, "gan_betas": (0.5, 0.999), "base_channels": 32, "latent_dim": 64},
    # Measured figures, and the runs that ruled out other recipes: the module docstring.
    "mode-collapse": {"kind": "gan", "spectral_norm": False, "gan_loss": "bce", "g_steps": 1,
                      "lr": 2e-3, "gan_betas": (0.5, 0.999), "base_channels": 32, "latent_dim": 2, "seed": 1},
    "vae": {"kind": "vae", "lr": 1e-3, "base_channels": 32, "latent_dim": 16},
}

#: The WGAN-GP side of the GAN-vs-WGAN-GP duel (latentlab/train/duel.py): the settings that
#: replace the plain recipe's loss and optimiser. Chosen by measurement; the figures and the runs
#: that ruled out other settings are in latentlab/train/duel.py's module docstring.
DUEL_WGAN_GP: dict = {"critic_steps": 2, "lr": 2e-3, "gan_betas": (0.0, 0.9), "gp_weight": 10.0}


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
