"""Bundle one measured duel's two generators as pretrained/ models (a developer's tool, not shipped).

Takes a seed's run folder kept by ``docs/dev/measure_duel.py --keep DIR --fp16`` and its record
(``--json``), copies the plain GAN to ``pretrained/mnist-gan-collapsed.safetensors`` and the WGAN-GP
to ``pretrained/mnist-wgan-gp-duel.safetensors`` (atomically), and writes on each card a
description and a ``duel`` entry in its provenance: the pair's other model, the generator steps,
batches, and this pane's own training seconds beside the duel's total (the training loop's
``seconds`` counts the whole duel, both runs taking turns on one thread). Then::

    latentlab eval mnist-gan-collapsed -n 10000 --data-dir DATA
    latentlab eval mnist-wgan-gp-duel -n 10000 --data-dir DATA

puts the class shares (coverage entropy, min / max class fraction) and FID on the cards, which
the compare view's claims row "WGAN-GP covers the modes that the plain GAN drops" judges.

Usage::

    PYTHONPATH=$PWD python docs/dev/bundle_duel_pair.py RUN_DIR/seed-0 docs/dev/duel-seeds.json --seed 0
    # after latentlab eval, the figure alone (the cards stay as they are):
    PYTHONPATH=$PWD python docs/dev/bundle_duel_pair.py RUN_DIR/seed-0 docs/dev/duel-seeds.json --seed 0 \
        --figure-only --figure docs/img/duel.png
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
from pathlib import Path

NAMES = {"gan.safetensors": ("mnist-gan-collapsed", "plain", "mnist-wgan-gp-duel"),
         "wgan-gp.safetensors": ("mnist-wgan-gp-duel", "wgan_gp", "mnist-gan-collapsed")}
DESCRIPTIONS = {
    "plain": ("Deliberately collapsed: the plain-GAN pane of one GAN-vs-WGAN-GP duel. The mode-collapse recipe "
              "(2-number latent, BCE loss, no spectral norm, Adam lr 2e-3, betas 0.5/0.999) at width 16, batch 64, "
              "{steps} generator steps, seed {seed}, full MNIST. Its 64-sample grid at the end: class entropy "
              "{entropy}, {k80} classes cover 80 %. Counterpart: mnist-wgan-gp-duel (same seed, data, network and "
              "number of generator steps)."),
    "wgan_gp": ("The WGAN-GP pane of the same GAN-vs-WGAN-GP duel as mnist-gan-collapsed: the same recipe, seed "
                "{seed}, data, network (width 16, 2-number latent), batch 64 and {steps} generator steps, trained "
                "with the WGAN-GP loss (2 critic steps per generator step, Adam lr 2e-3, betas 0/0.9, gradient "
                "penalty 10). Its 64-sample grid at the end: class entropy {entropy}, {k80} classes cover 80 %."),
}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("run", help="the seed's run folder (duel.json and both models)")
    p.add_argument("record", help="measure_duel.py's --json record")
    p.add_argument("--seed", type=int, required=True)
    p.add_argument("--out", default="pretrained")
    p.add_argument("--figure", default=None,
                   help="also draw the duel's figure (its log, with both grids decoded by the bundled models from "
                        "the run's fixed latents) as this PNG, e.g. docs/img/duel.png")
    p.add_argument("--figure-only", action="store_true",
                   help="only draw the figure from the models already bundled (keeps their eval figures)")
    a = p.parse_args()
    if a.figure_only:
        draw_figure(Path(a.run), Path(a.out), a.seed, a.figure or "duel.png")
        return

    from latentlab.core.checkpoint import read_card, update_card
    from latentlab.core.files import atomic_write_bytes

    record = json.loads(Path(a.record).read_text(encoding="utf-8"))
    row = next(r for r in record["seeds"] if r["seed"] == a.seed)
    for file, (name, pane, other) in NAMES.items():
        src = Path(a.run) / file
        card = read_card(src)
        if card["provenance"]["train_config"]["storage_dtype"] != "float16":
            raise SystemExit(f"{src}: not stored as float16 (run measure_duel.py with --fp16)")
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp) / f"{name}.safetensors"
            shutil.copyfile(src, work)
            figures = row[pane]
            prov = dict(card["provenance"])
            prov["duel"] = {"pane": "plain GAN" if pane == "plain" else "WGAN-GP", "counterpart": other,
                            "seed": a.seed, "generator_steps": figures["generator_steps"],
                            "batches": figures["batches"], "own_seconds": figures["seconds"],
                            "duel_seconds": prov["seconds"],
                            "grid_entropy": figures["entropy"], "grid_k80": figures["k80"],
                            "grid_counts": figures["counts"],
                            "note": "seconds counts the whole duel (both runs took turns on one thread); "
                                    "own_seconds is this run's share, measured by docs/dev/measure_duel.py"}
            desc = DESCRIPTIONS[pane].format(steps=figures["generator_steps"], seed=a.seed,
                                             entropy=f"{figures['entropy']:.2f}", k80=figures["k80"])
            update_card(work, provenance=prov, description=desc)
            atomic_write_bytes(Path(a.out) / f"{name}.safetensors", work.read_bytes())
        print(name, "<-", src)
    if a.figure:
        draw_figure(Path(a.run), Path(a.out), a.seed, a.figure)


def draw_figure(run: Path, out: Path, seed: int, path: str) -> None:
    """The duel's figure from its saved log, each grid decoded afresh at full size by the bundled model.

    The saved log keeps each grid only as a small PNG sheet; the training loop's fixed latents are
    ``randn(64, latent, generator seeded seed + 1)``, so the bundled (fp16) generators redraw them.
    """
    import torch

    from latentlab.core.checkpoint import load_model
    from latentlab.core.duel_figure import save_duel_figure
    from latentlab.train.common import sample_grid_frames
    from latentlab.train.duel import read_log

    data, _sheets = read_log(run)
    files = [out / f"{NAMES[f][0]}.safetensors" for f in NAMES]
    frames = []
    for file in files:
        model = load_model(file, device="cpu")
        z = torch.randn(64, model.latent_dim, generator=torch.Generator().manual_seed(seed + 1))
        with torch.no_grad():
            frames.append(sample_grid_frames(model, z.to(next(model.parameters()).dtype), None))
    figure = save_duel_figure(path, data, frames, files)
    Path(str(figure) + ".json").unlink(missing_ok=True)  # the numbers are in docs/dev/duel-seeds.json
    print("figure", figure)


if __name__ == "__main__":
    main()
