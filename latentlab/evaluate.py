"""``latentlab eval MODEL``: measure a generator and record the figures in its model card."""

from __future__ import annotations

import json
import sys
from datetime import datetime, timezone
from typing import Any

import numpy as np

#: training images drawn (seeded) for the real-vs-real floor when the full dataset is at hand
FLOOR_SIZE = 10000


def _train_subset(dataset: Any, size: int, seed: int) -> Any:
    """``size`` random images of ``dataset`` (all of them if it is smaller), in file order."""
    from latentlab.core.datasets import ImageDataset

    if len(dataset) <= size:
        return dataset
    idx = np.sort(np.random.default_rng(seed).choice(len(dataset), size, replace=False))
    return ImageDataset(dataset.images[idx], dataset.labels[idx], dataset.class_names,
                        name=dataset.name, source=dataset.source)


def run_eval(args: Any) -> int:
    """Run the ``eval`` subcommand.

    Parameters
    ----------
    args : argparse.Namespace
        ``model`` (name or file), ``n``, ``data_dir``, ``seed``, ``no_write``, ``json``,
        ``device``.

    Returns
    -------
    int
        0 on success. Problems raise exceptions with a message for the user.
    """
    # Looked up through the modules (not imported names) so tests can stand in for the
    # bundled data and feature networks.
    from tqdm import tqdm

    from latentlab.core import datasets, families, zoo
    from latentlab.core.checkpoint import update_card, load_model
    from latentlab.core.metrics import FeatureNet, evaluate, format_table

    if args.n < 10:
        raise ValueError(f"-n {args.n}: evaluation needs at least 10 samples (10,000 for figures worth comparing)")
    path = zoo.find_model(args.model)
    model = load_model(path, device=args.device)
    family = families.maybe_family_of(model)
    if hasattr(model, "read") and hasattr(model, "layout"):  # a factor network: how well it reads each factor
        return _eval_factor_net(model, path, args)
    if family is None or not (family.capabilities.generates and family.capabilities.samples_prior):
        raise ValueError(f"{path.name} is a {family.short if family else 'non-generator'} model: "
                         "eval measures generators that sample a prior")
    dataset = (getattr(model, "card", None) or {}).get("dataset")
    if not dataset:
        raise ValueError(f"{path.name}: the model card names no dataset, so there is no feature network "
                         "or real data to compare it with")
    featurenet = FeatureNet.for_dataset(dataset, device=model.device)

    if args.data_dir:
        real = datasets.load_dataset(dataset, "test", args.data_dir, image_shape=model.image_shape)
        train = datasets.load_dataset(dataset, "train", args.data_dir, image_shape=model.image_shape)
        floor = _train_subset(train, FLOOR_SIZE, args.seed)
        source = (f"real images: the {dataset} test set ({len(real):,}); "
                  f"floor: {len(floor):,} random {dataset} training images")
    else:
        real = floor = None
        source = None  # worded once the sample's size is known

    steps = 1000
    with tqdm(total=steps, file=sys.stderr, desc="eval", leave=False,
              bar_format="{desc}: {percentage:3.0f}%|{bar}| {elapsed}<{remaining}") as bar:
        def progress(fraction: float, text: str) -> None:
            bar.set_description_str(text, refresh=False)
            bar.update(max(0, round(fraction * steps) - bar.n))

        results = evaluate(model, n=args.n, real=real, real_floor=floor, featurenet=featurenet,
                           seed=args.seed, progress=progress)
    results["model"] = path.name
    results["device"] = str(model.device)
    results["date"] = datetime.now(timezone.utc).isoformat(timespec="seconds")

    if source is None:
        source = (f"real images: the bundled {dataset} test sample ({results['n_real'] + results['n_floor']:,} "
                  "images), split in two halves, one the reference and one the floor; pass --data-dir "
                  "for the full test set")
    notes = [source]
    if args.no_write:
        notes.append("results not written into the model card (--no-write)")
    elif family.program or path.suffix.lower() != ".safetensors":
        notes.append("results not written: a TorchScript model's manifest is not a model card "
                     "(copy them into it by hand if you want to keep them)")
    else:
        try:
            update_card(path, metrics={"eval": results})
        except OSError as exc:
            raise OSError(f"{path}: could not write the results into the model card "
                          f"({exc.strerror or exc}); pass --no-write to skip this") from None
        notes.append(f"results written into the card of {path} (metrics group 'eval')")

    # With --json stdout carries only the JSON document, so the notes go to stderr.
    note_stream = sys.stderr if args.json else sys.stdout
    print(notes[0], file=note_stream)
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        print(format_table(results))
    for note in notes[1:]:
        print(note, file=note_stream)
    return 0


def _eval_factor_net(model: Any, path: Any, args: Any) -> int:
    """``latentlab eval FACTOR-NET``: each factor read on held-out (test-split) images.

    Numbers get R² and mean absolute error, categories accuracy beside chance (the most
    frequent value's share); written into the card as ``metrics.factors`` unless --no-write.
    """
    from latentlab.core import datasets
    from latentlab.core.checkpoint import update_card
    from latentlab.core.families.factor_net import factor_scores

    dataset = (getattr(model, "card", None) or {}).get("dataset")
    if not dataset:
        raise ValueError(f"{path.name}: the model card names no dataset to read held-out images from")
    test = datasets.load_dataset(dataset, "test", args.data_dir, image_shape=model.image_shape)
    if test.factors is None:
        raise ValueError(f"{path.name}: the {dataset} test images carry no factor labels")
    n = min(args.n, len(test))
    scores = factor_scores(model, test.images[:n], test.factors[:n], test.factor_names)
    results = {"n": n, "split": "test", "factors": scores}
    if not args.no_write and path.suffix.lower() == ".safetensors":
        update_card(path, metrics={"factors": results})
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print(f"{path.name}: {n:,} held-out {dataset} images")
    for name, entry in scores.items():
        if "accuracy" in entry:
            print(f"  {name:<16} accuracy {entry['accuracy']:.3f}  (chance {entry['chance']:.3f})")
        else:
            print(f"  {name:<16} R² {entry['r2']:.3f}  MAE {entry['mae']:.3f}")
    return 0
