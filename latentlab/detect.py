"""``latentlab anomaly``: how well a model's score tells an in-distribution set from outliers."""

from __future__ import annotations

import json
import sys
from typing import Any

#: outlier sets made from the inlier images themselves (``core.anomaly.outlier_images``)
MADE_FROM_INLIERS = ("noise", "inverted", "rotated")
#: ``core.anomaly.SCORES``' names, written out so that building the parser imports no torch
SCORE_NAMES = ("recon", "elbo", "inversion")


def add_arguments(parser: Any) -> None:
    """The ``anomaly`` subcommand's arguments."""
    parser.add_argument("model", help="a bundled model name or a model file")
    parser.add_argument("--in", dest="inliers", help="in-distribution images: a dataset name or a folder "
                                                     "(default: the model's dataset)")
    parser.add_argument("--out", dest="outliers", required=True,
                        help="outliers: a dataset name, a folder, or one of " + ", ".join(MADE_FROM_INLIERS)
                             + " (made from the in-distribution images)")
    parser.add_argument("--score", choices=SCORE_NAMES,
                        help="VAEs: recon (default) or elbo; other models: inversion (slower, weaker)")
    parser.add_argument("-n", type=int, default=1000, help="images per set (default 1,000)")
    parser.add_argument("--data-dir", help="where the datasets are; their bundled 2,000-image samples otherwise")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")


def _image_set(name: str, model: Any, data_dir: str | None, n: int, seed: int) -> tuple[Any, str]:
    """The first ``n`` images of a dataset's test split (or of its bundled sample), or a folder."""
    import numpy as np

    from latentlab.core import datasets

    shape = tuple(model.image_shape)
    if datasets.find(name) is not None and not data_dir:
        data, source = datasets.load_sample(name, image_shape=shape), f"bundled sample of {name}"
    else:
        data, source = datasets.load_dataset(name, "test", data_dir, image_shape=shape), name
    images = np.asarray(data.images)
    if len(images) > n:  # a random subset, so a sorted-by-class sample still mixes classes
        images = images[np.sort(np.random.default_rng(seed).choice(len(images), n, replace=False))]
    return images, f"{source} ({len(images):,} images)"


def run_anomaly(args: Any) -> int:
    """Run ``latentlab anomaly``; problems raise exceptions with a message for the user."""
    from latentlab.core.anomaly import SCORES, detect, outlier_images, scores_for
    from latentlab.core.checkpoint import load_model
    from latentlab.core.zoo import find_model

    if not 2 <= args.n <= 100_000:
        raise ValueError(f"-n {args.n}: choose between 2 and 100,000 images per set")
    path = find_model(args.model)
    model = load_model(path, device=args.device)
    if not hasattr(model, "image_shape"):
        raise ValueError(f"{path.name} does not draw images: anomaly scores need a generator")
    score = args.score or scores_for(model)[0]
    inlier_name = args.inliers or (getattr(model, "card", None) or {}).get("dataset")
    if not inlier_name:
        raise ValueError(f"{path.name}: the card names no dataset; say which images are normal with --in")
    inliers, in_source = _image_set(inlier_name, model, args.data_dir, args.n, args.seed)
    if args.outliers in MADE_FROM_INLIERS:
        outliers, out_source = outlier_images(args.outliers, inliers, seed=args.seed + 1), f"{args.outliers} {in_source}"
    else:
        outliers, out_source = _image_set(args.outliers, model, args.data_dir, args.n, args.seed)
    report = detect(model, inliers, outliers, score, seed=args.seed)
    summary = {"model": path.name, "inliers": in_source, "outliers": out_source, **report.summary()}
    if args.json:
        json.dump(summary, sys.stdout, indent=2)
        print()
        return 0
    print(f"{path.name}: {SCORES[score]}")
    print(f"  normal:   {in_source}: median score {summary['inlier_median']:.4g}")
    print(f"  outliers: {out_source}: median score {summary['outlier_median']:.4g}")
    print(f"  ROC AUC {report.auc:.3f}  (1 = every outlier scores above every normal image, 0.5 = chance)")
    return 0
