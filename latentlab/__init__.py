"""latentlab: explore what VAEs and GANs have learned.

The public Python API is small on purpose::

    import latentlab
    model = latentlab.load_model("mnist-vae")      # a bundled name or a file path
    images = model.decode(model.sample_latent(8, seed=0))   # (8, 1, 28, 28) in [0, 1]

Nothing here imports Qt; the GUI loads only when ``latentlab`` is run without a subcommand.
"""

from __future__ import annotations

from latentlab._version import __version__

__all__ = ["__version__", "load_model", "list_models", "save_model", "CheckpointError"]


def load_model(name_or_path, device="auto", *, trust_code=False):
    """Load a bundled model by name (see :func:`list_models`) or any model file by path.

    Parameters
    ----------
    name_or_path : str or Path
        ``"mnist-vae"``-style name, a ``.safetensors`` file, or a TorchScript manifest.
    device : str
        ``"auto"`` (CUDA, then MPS, then CPU), ``"cpu"``, ``"cuda[:N]"`` or ``"mps"``.
    trust_code : bool
        Agree to run the code inside a program file (TorchScript, ``torch.export``); without it
        such a file is refused with ``UntrustedCodeError`` before anything in it runs.

    Returns
    -------
    latentlab.core.families.Generator
        Ready for ``decode``, ``sample_latent`` and (VAEs) ``encode``.
    """
    from latentlab.core.checkpoint import load_model as _load
    from latentlab.core.zoo import find_model

    return _load(find_model(name_or_path), device=device, trust_code=trust_code)


def list_models(include_user=True):
    """Bundled and user models as :class:`latentlab.core.zoo.ModelInfo` records."""
    from latentlab.core.zoo import list_models as _list

    return _list(include_user=include_user)


def save_model(model, path, **card):
    """Save a model as one ``.safetensors`` file with its card (see ``core.checkpoint.save_model``)."""
    from latentlab.core.checkpoint import save_model as _save

    return _save(model, path, **card)


def __getattr__(name):
    if name == "CheckpointError":
        from latentlab.core.checkpoint import CheckpointError

        return CheckpointError
    raise AttributeError(name)
