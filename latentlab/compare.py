"""``latentlab compare MODEL MODEL [...] -o figure.png``: the side-by-side evidence figure.

Loads two to four generators, draws their same-seed samples, reconstructions of real test
images, measured figures and the checked VAE-vs-GAN claims into one PNG
(:func:`latentlab.core.evidence_figure.render_figure`), and writes a sidecar naming the exact model
files. A model that fails to load is reported on stderr and left out, as a failing pane in the
app does not affect the others.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import numpy as np

MIN_MODELS = 2
MAX_MODELS = 4
#: more real images than this would shrink each to a few pixels in the reconstruction row
MAX_RECON = 12


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the ``compare`` subcommand's arguments to ``parser``.

    Parameters
    ----------
    parser : argparse.ArgumentParser
        The subcommand's parser (``--device`` and ``--debug`` come from the main parser).
    """
    from latentlab.core.caption_text import lang_argument  # Qt-free and light: no torch

    parser.add_argument("models", nargs="+", metavar="MODEL",
                        help=f"{MIN_MODELS} to {MAX_MODELS} model names or files, shown left to right")
    parser.add_argument("--seed", type=int, default=0, help="seed of every model's samples (default 0)")
    parser.add_argument("--label", help="class index or name for conditional models (default: each class in turn)")
    parser.add_argument("-n", type=int, default=16, help="samples per model (default 16)")
    parser.add_argument("--recon", type=int, default=4, metavar="K",
                        help=f"real test images to reconstruct (default 4, at most {MAX_RECON}; 0 = none)")
    parser.add_argument("--invert-steps", type=int, default=200,
                        help="optimisation steps to invert each image into a GAN (default 200)")
    parser.add_argument("--width", type=int, default=1600, help="figure width in pixels (default 1600)")
    parser.add_argument("--lang", type=lang_argument, default="en",
                        help="language of the figure's words (numbers too: decimal comma in Czech): en, cs, zh_CN, "
                             "zh_TW; the command's own messages stay English")
    parser.add_argument("-o", "--out", required=True, help="OUT.png")


def _load(given: str, device: str) -> tuple[Any, Path]:
    from latentlab.core import families
    from latentlab.core.checkpoint import load_model
    from latentlab.core.zoo import find_model

    path = find_model(given)
    model = load_model(path, device=device)
    family = families.maybe_family_of(model)
    if family is None or not family.capabilities.compared:
        raise ValueError(f"{path.name} is a {family.short if family else 'non-generator'} model: compare shows "
                         + ", ".join(f.title for f in families.compared()))
    return model, path


def _recon_images(model: Any, k: int, seed: int) -> tuple[np.ndarray, list[int], dict[str, Any]]:
    """``k`` images of the first model's bundled test sample, one class after another.

    The classes run 0, 1, 2, ... so a figure shows different kinds of image; within each class
    the image is drawn with ``seed``, so another seed shows other images.

    Raises
    ------
    DatasetError
        If the model's dataset has no bundled sample.
    """
    from latentlab.core.datasets import DatasetError, load_sample

    dataset = (getattr(model, "card", None) or {}).get("dataset")
    if not dataset:
        raise DatasetError("the first model's card names no dataset to take real images from")
    sample = load_sample(dataset, image_shape=model.image_shape)
    rng = np.random.default_rng(seed)
    classes = np.unique(sample.labels)
    indices = []
    for i in range(k):
        pool = np.flatnonzero(sample.labels == classes[i % len(classes)])
        pool = np.setdiff1d(pool, indices)  # more images than classes: no image twice
        indices.append(int(rng.choice(pool)))
    images = sample.images[indices].astype(np.float32) / 255.0  # (k, C, H, W) in [0, 1]
    labels = [int(v) for v in sample.labels[indices]]
    return images, labels, {"dataset": sample.name or dataset, "indices": indices}


def run_compare(args: argparse.Namespace) -> int:
    """Run the ``compare`` subcommand.

    Parameters
    ----------
    args : argparse.Namespace
        ``models`` (2-4 names or files), ``seed``, ``label``, ``n``, ``recon``,
        ``invert_steps``, ``width``, ``out`` and ``device``.

    Returns
    -------
    int
        0 when the figure was written.

    Raises
    ------
    ValueError
        For fewer than 2 or more than 4 models, or bad option values.
    CheckpointError or other
        When no model loads: the first model's error.
    """
    from latentlab.core.caption_text import caption
    from latentlab.core.claims import compatibility
    from latentlab.core.datasets import DatasetError
    from latentlab.core.evidence_figure import render_figure
    from latentlab.core.export import save_png
    from latentlab.core.sidecar import model_record, scrub_paths

    if not MIN_MODELS <= len(args.models) <= MAX_MODELS:
        raise ValueError(f"compare takes {MIN_MODELS} to {MAX_MODELS} models side by side, got {len(args.models)}")
    out = Path(args.out)
    if out.suffix.lower() != ".png":
        raise ValueError(f"-o {out}: the figure is a PNG; use a .png file name")
    if args.n < 1:
        raise ValueError(f"-n {args.n}: need at least one sample per model")
    if not 0 <= args.recon <= MAX_RECON:
        raise ValueError(f"--recon {args.recon}: give 1 to {MAX_RECON} images to reconstruct, or 0 for none")
    if args.invert_steps < 1:
        raise ValueError(f"--invert-steps {args.invert_steps}: need at least one step")
    width = getattr(args, "width", 1600)
    if not 800 <= width <= 4000:
        raise ValueError(f"--width {width}: choose 800 to 4000 pixels")
    device = getattr(args, "device", "auto")

    models, paths, names, skipped = [], [], [], []
    first_error: Exception | None = None
    for given in args.models:
        try:
            model, path = _load(given, device)
        except Exception as exc:  # any broken file, whatever fails in it, must only cost its own pane
            print(f"latentlab compare: skipped {given}: {exc}", file=sys.stderr)
            skipped.append(f"{given} could not be loaded ({exc})")
            first_error = first_error or exc
            continue
        models.append(model)
        paths.append(path)
        names.append(path.stem)  # a zoo name is its file's stem; a long path would crowd the panes
    if not models:
        raise first_error  # type: ignore[misc]
    if args.label is not None and not any(m.conditional for m in models):
        raise ValueError(f"--label {args.label}: none of these models is conditional (they have no classes)")

    recon_images = recon_labels = None
    recon_info: dict[str, Any] | None = None
    if args.recon:
        try:
            recon_images, recon_labels, recon_info = _recon_images(models[0], args.recon, args.seed)
        except DatasetError as exc:
            print(f"latentlab compare: no reconstruction row: {exc}", file=sys.stderr)

    inverted = [name for name, m in zip(names, models) if not getattr(m, "has_encoder", False)]
    if recon_images is not None and inverted:
        # Inversion is an optimisation per image: say why the command is busy for a while.
        print(f"latentlab compare: inverting {len(recon_images)} images into {', '.join(inverted)} "
              f"({args.invert_steps} steps each)...", file=sys.stderr)
    cards = [getattr(m, "card", None) or {} for m in models]
    lang = getattr(args, "lang", "en")
    figure = render_figure(models, cards, names, args.seed, n=args.n, recon_images=recon_images,
                           recon_labels=recon_labels, width=width, label=args.label,
                           invert_steps=args.invert_steps, lang=lang,
                           notes=[caption("not shown: {reason}", lang, reason=s) for s in skipped])
    sidecar = {
        "mode": "compare",
        "models": [model_record(path, name=name, card=card) for name, path, card in zip(names, paths, cards)],
        "seed": args.seed,
        "label": args.label,
        "n": args.n,
        "recon": recon_info,
        "invert_steps": args.invert_steps,
        "width": width,
        "device": str(models[0].device),
        "skipped": [scrub_paths(s) for s in skipped],  # the reason, not the folder the file was in
        "lang": lang,
    }
    save_png(out, figure, sidecar=sidecar)
    for text in compatibility(cards, names):
        print(f"warning: {text}")
    print(f"wrote {out} ({len(models)} models, {figure.shape[1]}x{figure.shape[0]} pixels)")
    return 0
