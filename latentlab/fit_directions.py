"""``latentlab directions MODEL``: fit a named direction per labelled factor and measure it.

For a model of a dataset with a factor network (faces64): one direction per factor ("smile",
"glasses") and per value of a many-valued factor ("hair colour: blonde"), fitted from encoded
labelled images (VAE) or from sampled latents read by the factor network (GAN), see
:mod:`latentlab.core.directions`; by default (``--method decorrelated``) each regression
direction is then corrected by what the decoded images show, so that it moves its factor and
as little of the others as it can (``--method raw`` keeps the plain regression). Each is then walked from -3 to +3 prior standard deviations
from 200 seeds in 13 steps and read back: Spearman ρ of step and target, the target's range,
and every other factor's change (leakage). For a dataset that can draw its images from their
factors (faces64), each figure gets its measure: the perfect edit of that factor, drawn and (a
VAE) redrawn by the model (:mod:`latentlab.core.reference_edits`). The vectors go into the card's ``directions``
entry (the explorer's named sliders use them) and the figures into ``metrics.directions``.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime, timezone
from typing import Any

#: labelled test images the VAE route fits on (the faces64 test split holds 5,000)
FIT_IMAGES = 2000

#: the decorrelation's settings (see :func:`latentlab.core.directions.decorrelate_directions`);
#: its seed is the command's ``--seed`` + 1, apart from the fidelity walk's
DECORRELATION = {"seeds": 200, "step": 1.0, "ridge": [0.003, 0.03, 0.3], "check_seeds": 100}


def factor_setup(dataset: str, device: Any = "cpu") -> tuple[Any, Any, list]:
    """The dataset's spec, its factor network and the targets that network can read.

    Raises
    ------
    ValueError
        If the dataset declares no factors or has no factor network.
    """
    from latentlab.core import datasets
    from latentlab.core.checkpoint import load_model
    from latentlab.core.directions import targets

    spec = datasets.get(dataset)
    if not spec.factors:
        raise ValueError(f"the dataset {dataset!r} declares no labelled factors, so there are no named directions")
    net_path = spec.feature_network()
    net = load_model(net_path, device=device) if net_path is not None else None
    if net is None or not hasattr(net, "outputs") or not hasattr(net, "layout"):
        raise ValueError(f"the dataset {dataset!r} has no factor network to read generated images with "
                         f"(train one: latentlab train factor-net --dataset {dataset} -o {dataset}-factors.safetensors)")
    values = {f.name: f.values for f in spec.factors if f.values}
    return spec, net.eval(), targets(net.layout, values)


def run_directions(args: Any) -> int:
    """Run the ``directions`` subcommand.

    Parameters
    ----------
    args : argparse.Namespace
        ``model``, ``n`` (latents or images to fit on), ``seeds``, ``seed``, ``data_dir``,
        ``no_write``, ``json``, ``device``, ``method`` (``"decorrelated"`` or ``"raw"``) and
        ``ridge`` (the decorrelation's relative ridges to try).

    Returns
    -------
    int
        0 on success; problems raise exceptions with a message for the user.
    """
    from tqdm import tqdm

    from latentlab.core import datasets, families, zoo
    from latentlab.core.checkpoint import load_model, update_card
    from latentlab.core.directions import (
        directions_to_card,
        fit_model_directions,
        measure_directions,
        probability_reader,
    )

    if args.seeds < 2:
        raise ValueError(f"--seeds {args.seeds}: measuring a direction needs at least 2 seeds (200 for the card)")
    steer = list(getattr(args, "steer", None) or [])
    if steer and not getattr(args, "judge", None):
        raise ValueError("--steer needs --judge: a walk steered by the factor network must be measured by another "
                         "one (e.g. --judge faces64-judge), or it may only have learnt to keep that network's "
                         "readings still")
    if args.n < 100:
        raise ValueError(f"-n {args.n}: fitting needs at least 100 latents or images")
    method = getattr(args, "method", "decorrelated")
    ridge = [float(r) for r in (getattr(args, "ridge", None) or DECORRELATION["ridge"])]
    if not all(r >= 0 for r in ridge):
        raise ValueError(f"--ridge {' '.join(f'{r:g}' for r in ridge)}: the decorrelation's ridges must be 0 or more")
    # slopes measured at seeds apart from the fidelity walk's (args.seed), so the figures are not fitted to
    settings = {**DECORRELATION, "ridge": ridge, "seed": args.seed + 1} if method == "decorrelated" else None
    path = zoo.find_model(args.model)
    model = load_model(path, device=args.device)
    card = getattr(model, "card", None) or {}
    dataset = card.get("dataset")
    if not dataset:
        raise ValueError(f"{path.name}: the model card names no dataset, so there are no labelled factors to fit")
    if getattr(model, "conditional", False):
        raise ValueError(f"{path.name} is conditional: fit directions on an unconditional model")
    spec, net, wanted = factor_setup(dataset, device=model.device)
    reader = probability_reader(net, wanted)

    slopes = _Bar("slopes")
    family = families.maybe_family_of(model)
    if family is not None and family.capabilities.encodes:
        test = datasets.load_dataset(dataset, "test", args.data_dir, image_shape=model.image_shape)
        if test.factors is None:
            raise ValueError(f"{path.name}: the {dataset} test images carry no factor labels")
        n = min(args.n, len(test))
        directions = fit_model_directions(model, wanted, images=test.images[:n], factors=test.factors[:n],
                                          factor_names=test.factor_names, reader=reader, method=method,
                                          decorrelation=settings, progress=slopes.step)
        source = f"{n:,} encoded {dataset} test images (the dimensions the encoder uses)"
        route, count = "encoded", n
    else:
        # Fitted on latents of their own (seed + 2): the fidelity walk starts from seed's latents and
        # the slopes from seed + 1's, so neither measures the points the fit was made on.
        directions = fit_model_directions(model, wanted, reader=reader, n=args.n, seed=args.seed + 2, method=method,
                                          decorrelation=settings, progress=slopes.step)
        source = f"{args.n:,} sampled latents read by the {dataset} factor network"
        route, count = "sampled", args.n
    if method == "decorrelated":
        source += (f", decorrelated by what the decoded images show (slopes at {settings['seeds']} latents, "
                   f"ridges {'/'.join(f'{r:g}' for r in ridge)}, the least leaking kept)")

    slopes.close()
    with tqdm(total=len(directions), file=sys.stderr, desc="directions", leave=False) as bar:
        fidelity = measure_directions(model, directions, reader, wanted, seeds=args.seeds, seed=args.seed,
                                      progress=lambda done, total, name: (bar.set_postfix_str(name), bar.update(1)))
    if spec.drawing is not None:
        # the perfect edit of each target, for scale: the factor network's own cross-talk on the
        # data's faces, and (a VAE) the same edit as the model redraws it
        from latentlab.core.reference_edits import reference_fidelity

        with tqdm(total=len(directions), file=sys.stderr, desc="perfect edits", leave=False) as bar:
            reference = reference_fidelity(spec, reader, wanted, list(fidelity), model=model, n=args.seeds,
                                           seed=args.seed, progress=lambda done, total, name: bar.update(1))
        for name, entry in reference.items():
            fidelity[name]["reference"] = entry
    if steer:
        _steer(args, steer, model, directions, net, wanted, spec, fidelity)
    results = {"source": source, "method": method, "seeds": args.seeds, "steps": 13, "span": 3.0, "model": path.name,
               "date": datetime.now(timezone.utc).isoformat(timespec="seconds"), "factors": fidelity}

    notes = []
    if args.no_write:
        notes.append("results not written into the model card (--no-write)")
    elif path.suffix.lower() != ".safetensors":
        notes.append("results not written: only a latentlab .safetensors file has a card")
    else:
        update_card(path, metrics={"directions": fidelity},
                    directions=directions_to_card(directions, wanted, source, route=route, n=count, dataset=dataset,
                                                 method=method, decorrelation=settings))
        notes.append(f"directions and figures written into the card of {path.name} "
                     "(card entry 'directions', metrics group 'directions')")
    out = sys.stderr if args.json else sys.stdout
    print(f"{path.name}: directions fitted on {source}; each walked from -3 to +3 prior standard deviations "
          f"from {args.seeds} seeds in 13 steps", file=out)
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        print(format_fidelity(fidelity))
        if steer:
            print(format_steering(fidelity))
    for note in notes:
        print(note, file=out)
    return 0


def _steer(args: Any, names: list[str], model: Any, directions: dict, net: Any, wanted: list, spec: Any,
           fidelity: dict[str, Any]) -> None:
    """Steered walks of `names` (``all``: every direction), and the straight ones, both read by the judge.

    The walks are steered by the dataset's steering networks (their mean reading; faces64:
    faces64-factors and faces64-steer) and read, with the straight ones, by the judge. Adds
    ``fidelity[name]["steering"]`` = ``{"judge": {name, sha256}, "steered_by": [{name, sha256}…],
    "substeps", "ridge", "straight": {...}, "steered": {...}}`` (see :mod:`latentlab.core.steering`).
    """
    from tqdm import tqdm

    from latentlab.core import zoo
    from latentlab.core.checkpoint import load_model
    from latentlab.core.directions import (
        measure_directions,
        probability_reader,
        targets,
    )
    from latentlab.core.steering import RIDGE, SUBSTEPS, steered_fidelity

    chosen = list(directions) if names == ["all"] else names
    unknown = [n for n in chosen if n not in directions]
    if unknown:
        raise ValueError(f"--steer {' '.join(unknown)}: no such direction (the directions: {', '.join(directions)})")
    judge_path = zoo.find_model(args.judge)
    judge = load_model(judge_path, device=model.device)
    if not (hasattr(judge, "outputs") and hasattr(judge, "layout")):
        raise ValueError(f"--judge {args.judge}: {judge_path.name} is not a factor network (it reads no factors)")
    steer_paths = [p for p in spec.steering_networks() if p != spec.feature_network()]
    steerers = [net] + [load_model(p, device=model.device).eval() for p in steer_paths]
    if not all(hasattr(s, "outputs") and hasattr(s, "layout") and list(s.layout) == list(net.layout) for s in steerers):
        raise ValueError(f"the {spec.name} steering networks do not all read the factors the factor network reads")
    # named by the SHA-256 of their weights (a card's notes may change, the network does not)
    record = {"name": judge_path.stem, "sha256": _weights_sha256(judge_path)}
    steered_by = [{"name": p.stem, "sha256": _weights_sha256(p)} for p in [spec.feature_network(), *steer_paths]]
    if record["sha256"] in {s["sha256"] for s in steered_by}:
        raise ValueError(f"--judge {args.judge}: that is a factor network that steers; measure with another one")
    judge.eval()
    measure = probability_reader(judge, targets(judge.layout, {f.name: f.values for f in spec.factors if f.values}))
    with tqdm(total=len(chosen) * args.seeds, file=sys.stderr, desc="steered walks", leave=False) as bar:
        for name in chosen:
            straight = measure_directions(model, {name: directions[name]}, measure, wanted, seeds=args.seeds,
                                          seed=args.seed)[name]
            steered = steered_fidelity(model, directions[name], steerers, wanted, measure, seeds=args.seeds,
                                       seed=args.seed, progress=lambda n, total, done=bar.n: bar.update(done + n - bar.n))
            fidelity[name]["steering"] = {"judge": record, "steered_by": steered_by, "substeps": SUBSTEPS, "ridge": RIDGE,
                                          "straight": straight, "steered": steered}


def _weights_sha256(path: Any) -> str:
    """The SHA-256 a latentlab checkpoint's card keeps of its weights (the file's own for any other file)."""
    from latentlab.core.checkpoint import CheckpointError, read_card
    from latentlab.core.hash_cache import cached_sha256

    try:
        digest = read_card(path).get("tensor_sha256")
    except (CheckpointError, OSError, ValueError, KeyError):
        digest = None
    return str(digest) if digest else cached_sha256(path)


def format_steering(fidelity: dict[str, Any]) -> str:
    """A plain-text table of the steered walks: straight against steered, both read by the judge."""
    from latentlab.core.metric_table import largest_leakage

    rows = {name: r["steering"] for name, r in fidelity.items() if isinstance(r.get("steering"), dict)}
    if not rows:
        return ""
    judge = next(iter(rows.values())).get("judge", {}).get("name", "?")
    width = max([len(n) for n in rows] + [9])

    def worst(entry: dict[str, Any]) -> str:
        other, value = largest_leakage(entry) or ("-", 0.0)
        return f"{value:.3f} ({other})"

    lines = [f"steered walks, read by {judge} (a factor network that did not steer them):",
             f"{'direction':<{width}}  {'straight: range, largest leakage':<40}  steered: ρ, range, largest leakage"]
    for name, e in rows.items():
        a, b = e["straight"], e["steered"]
        lines.append(f"{name:<{width}}  {a['range']:6.3f}  {worst(a):<32}  {b['spearman_rho']:6.3f}  {b['range']:6.3f}  "
                     f"{worst(b)}")
    return "\n".join(lines)


class _Bar:
    """A progress bar on stderr made on the first step (the decorrelation's slopes, one per latent dimension)."""

    def __init__(self, desc: str):
        self.desc, self.bar = desc, None

    def step(self, done: int, total: int, _name: str = "") -> None:
        from tqdm import tqdm

        if self.bar is None:
            self.bar = tqdm(total=total, file=sys.stderr, desc=self.desc, leave=False)
        self.bar.update(done - self.bar.n)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def format_fidelity(fidelity: dict[str, Any]) -> str:
    """A plain-text table: target, Spearman ρ, range, largest leakage (and on which factor).

    Where the perfect edit was measured (``reference``), two more columns: its range and its
    change of that same factor, drawn (the factor network's cross-talk) and, for a VAE, as the
    model redraws it.
    """
    width = max([len(n) for n in fidelity] + [9])
    rows, leaks = [], []
    for name, r in fidelity.items():
        leak = r.get("leakage") or {}
        worst = max(leak.items(), key=lambda kv: kv[1]) if leak else ("-", 0.0)
        text = f"{worst[1]:.3f} ({worst[0]})"
        leaks.append(text)
        rows.append((name, r, worst[0], text))
    leak_width = max([len(t) for t in leaks] + [15])
    with_reference = any(isinstance(r.get("reference"), dict) for r in fidelity.values())
    header = f"{'direction':<{width}}  {'ρ':>6}  {'range':>6}  {'largest leakage':<{leak_width}}"
    if with_reference:
        header += "  perfect edit (drawn / redrawn): range, that factor"
    lines = [header.rstrip()]
    for name, r, other, text in rows:
        line = f"{name:<{width}}  {r['spearman_rho']:6.3f}  {r['range']:6.3f}  {text:<{leak_width}}"
        reference = r.get("reference")
        if isinstance(reference, dict):
            kinds = [reference[k] for k in ("drawn", "redrawn") if isinstance(reference.get(k), dict)]
            line += "  " + "/".join(f"{k['range']:.3f}" for k in kinds) + ", " + "/".join(
                f"{(k.get('leakage') or {}).get(other, float('nan')):.3f}" for k in kinds)
        lines.append(line.rstrip())
    return "\n".join(lines)
