"""Presentation mode on projector screens: the compare view on stage fits 1280×720 and 1024×768
in English and Czech (window and every widget inside the screen, evidence cards without sideways
scrolling, tab titles whole, pane titles whole or on two lines, the linked sliders' values apart
from the next name), and Esc gives the window its geometry back.

The screens are the offscreen platform's, configured when the application starts, so the check
runs in a process of its own (:mod:`tests.ui.presentation_fit_probe`).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_compare_on_stage_fits_projector_screens(tmp_path):
    import torch

    from latentlab.core.checkpoint import save_model
    from latentlab.core.families.gan import GAN, GANConfig
    from latentlab.core.families.vae import VAE, VAEConfig
    from tests.ui.presentation_fit_probe import screens_config

    torch.manual_seed(0)
    # the bundled pair's names: long enough to need two lines in big type on a 1024-px screen
    vae = save_model(VAE(VAEConfig(latent_dim=4, base_channels=4)).eval(), tmp_path / "fashion-mnist-vae.safetensors",
                     dataset="fashion-mnist")
    gan = save_model(GAN(GANConfig(latent_dim=8, base_channels=4)).eval(), tmp_path / "fashion-mnist-gan.safetensors",
                     dataset="fashion-mnist")
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(screens_config()), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-m", "tests.ui.presentation_fit_probe", str(vae), str(gan)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=False)
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith("RESULT ")]
    assert lines, f"the probe ended with {done.returncode}:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    result = json.loads(lines[-1][len("RESULT "):])
    assert result["checked"] == ["en 1280x720", "en 1024x768", "cs 1280x720", "cs 1024x768"]
    assert result["problems"] == [], "\n".join(result["problems"])
