"""Small helpers shared by the UI tests."""

from __future__ import annotations

import numpy as np
import torch


def open_model(window, path):
    """Open ``path`` and wait until its first frame and grid are shown."""
    window.controller.open_model(str(path))
    assert window.controller.wait_idle(30)
    return window.state.model


def expected_frame(path, z, labels=None) -> np.ndarray:
    """What the image must show for latent ``z``: to_uint8(model.decode(z)) of a fresh load, as (H, W[, C])."""
    from latentlab.core.checkpoint import load_model
    from latentlab.core.pixels import to_uint8

    model = load_model(path, device="cpu")
    lab = None if labels is None else torch.as_tensor(labels)
    frame = to_uint8(model.decode(torch.as_tensor(np.asarray(z, np.float32))[None], lab))[0]
    return frame[:, :, 0] if frame.shape[2] == 1 else frame
