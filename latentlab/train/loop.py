"""The one training loop every model kind runs, as a generator of :class:`Progress` events.

Driving it from Python (the GUI's live-training panel, notebooks) is just iterating it;
``latentlab train`` wraps it in a tqdm bar. Closing the generator or pressing Ctrl-C saves a
usable checkpoint first. With the same seed, a run is deterministic on the CPU, and a resumed
run continues exactly where the saved one stopped (data order and RNG state included).
"""

from __future__ import annotations

import math
from typing import Iterator

import torch

from latentlab.core.checkpoint import read_card, save_model
from latentlab.core.datasets import load_dataset
from latentlab.core.device import resolve_device
from latentlab.train.common import (
    LossLog, Progress, Stopwatch, TrainConfig, load_resume, provenance, sample_grid_frames,
    save_resume, write_sample_png,
)
GRID = 8  # the fixed-latent sample grid is GRID × GRID


def _epoch_order(seed: int, epoch: int, n: int) -> torch.Tensor:
    # Each epoch's shuffle comes from (seed, epoch) alone, so a resumed run sees the same order.
    return torch.randperm(n, generator=torch.Generator().manual_seed(seed * 100_003 + epoch))


def iter_training(config: TrainConfig, dataset=None) -> Iterator[Progress]:
    """Train a model described by ``config``, yielding progress events.

    Parameters
    ----------
    config : TrainConfig
        What to train; ``config.out`` is where the ``.safetensors`` model goes.
    dataset : ImageDataset, optional
        Use this data instead of loading ``config.dataset`` (tests pass tiny synthetic sets).

    Yields
    ------
    Progress
        ``"step"`` after every optimiser step, ``"samples"`` with a fixed-latent grid,
        ``"checkpoint"`` when resume state is written, ``"epoch"``, and finally ``"done"``.
    """
    config = config.resolved()  # the family's defaults filled in, recorded as such in the card
    family = config.family()
    if config.threads is not None:
        torch.set_num_threads(config.threads)
    torch.manual_seed(config.seed)
    device = resolve_device(config.device)
    data = dataset if dataset is not None else load_dataset(config.dataset, "train", config.data_dir)
    images, labels = data.tensors(device)  # (N, C, H, W) float in [0, 1], (N,) int64
    if config.limit_train is not None:
        images, labels = images[: config.limit_train], labels[: config.limit_train]
    n, batch = len(images), min(config.batch_size, len(images))
    trainer = family.trainer.load()(family, config, list(data.class_names), tuple(images.shape[1:]), device)
    model = trainer.model
    paths = config.paths()
    # Fail now, not after an hour of training, if the model cannot be written there.
    try:
        paths["out"].parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OSError(f"cannot write {paths['out']}: {exc.strerror or exc}") from None

    steps_per_epoch = max(1, n // batch)  # drop the ragged last batch
    total = config.epochs * steps_per_epoch
    if config.max_steps is not None:
        total = min(total, config.max_steps)
    step, seconds_before = 0, 0.0
    if config.resume and paths["resume"].exists():
        meta = load_resume(paths["resume"], trainer.modules, trainer.optimizers)
        step, seconds_before = int(meta["step"]), float(meta["seconds"])
    clock = Stopwatch(seconds_before)
    log = LossLog(paths["log"] if config.write_files else None, trainer.loss_names, append=config.resume)
    if step and paths["out"].exists():
        # Keep the loss curve of the earlier run(s) in the card, not just this run's part.
        earlier = (read_card(paths["out"]).get("training_log") or {})
        if set(earlier) == set(log.curve):
            log.curve = {k: list(v) for k, v in earlier.items()}
    log_every = max(1, steps_per_epoch // 50)

    # Fixed latents (and, for conditional models, one class per grid row) make the per-epoch
    # grids comparable: the same cell shows the same latent as training goes on.
    fixed_z = fixed_labels = None
    if hasattr(model, "latent_dim"):
        fixed_z = torch.randn(GRID * GRID, model.latent_dim,
                              generator=torch.Generator().manual_seed(config.seed + 1)).to(device)
        if model.conditional:
            fixed_labels = (torch.arange(GRID * GRID) // GRID % model.num_classes).to(device)
    sample_every = steps_per_epoch if config.sample_every is None else config.sample_every
    checkpoint_every = steps_per_epoch if config.checkpoint_every is None else config.checkpoint_every

    def resume_meta() -> dict:
        return {"step": step, "seconds": clock.seconds, "kind": config.kind}

    def shipped_model():
        # GANs with a moving average ship (and show) the average, not the live generator.
        prepare = getattr(trainer, "prepare_export", None)
        return prepare() if prepare is not None else model

    def finish(event: str) -> Progress:
        epochs_done = step / steps_per_epoch
        metrics = {f"final_{k}": v for k, v in last_losses.items()}
        if hasattr(trainer, "evaluate"):
            test = load_dataset(config.dataset, "test", config.data_dir) if dataset is None else data
            metrics.update(trainer.evaluate(*test.tensors(device)))
        shipped = shipped_model()
        shipped.eval()
        save_model(
            shipped, paths["out"],
            storage_dtype=torch.float16 if config.storage_dtype == "float16" else None,
            dataset=getattr(data, "name", config.dataset) or config.dataset,
            provenance=provenance(config, epochs_done=round(epochs_done, 3) if epochs_done % 1 else int(epochs_done),
                                  steps=step, seconds=clock.seconds, device=device),
            metrics={"training": metrics},
            training_log=log.curve,
        )
        model.train()
        if config.write_files:
            save_resume(paths["resume"], trainer.modules, trainer.optimizers, resume_meta())
        return Progress(step, math.ceil(step / steps_per_epoch), total, last_losses, event=event,
                        path=str(paths["out"]), metrics=metrics)

    last_losses: dict[str, float] = {name: float("nan") for name in trainer.loss_names}
    model.train()
    try:
        while step < total:
            epoch = step // steps_per_epoch
            order = _epoch_order(config.seed, epoch, n)
            for b in range(step % steps_per_epoch, steps_per_epoch):
                idx = order[b * batch:(b + 1) * batch].to(device)
                last_losses = trainer.train_step(images[idx], labels[idx])
                step += 1
                log.add(step, epoch + 1, clock.seconds, last_losses, log_every)
                yield Progress(step, epoch + 1, total, last_losses, steps_per_s=step / max(clock.seconds, 1e-9))
                if fixed_z is not None and step % sample_every == 0:
                    frames = sample_grid_frames(shipped_model(), fixed_z, fixed_labels)
                    if config.write_files and step % steps_per_epoch == 0:
                        write_sample_png(paths["samples"], epoch + 1, frames, GRID)
                    yield Progress(step, epoch + 1, total, last_losses, samples=frames, event="samples")
                if config.write_files and step % checkpoint_every == 0 and step < total:
                    save_resume(paths["resume"], trainer.modules, trainer.optimizers, resume_meta())
                    yield Progress(step, epoch + 1, total, last_losses, event="checkpoint", path=str(paths["resume"]))
                if step >= total:
                    break
            if step % steps_per_epoch == 0:
                yield Progress(step, epoch + 1, total, last_losses, event="epoch")
        yield finish("done")
    except (KeyboardInterrupt, GeneratorExit):
        # Stopped early (Ctrl-C, the GUI's stop button, or the consumer closed us): keep the work.
        if step > 0:
            finish("interrupted")
        raise
    finally:
        log.close()


def train(config: TrainConfig, callback=None, dataset=None) -> Progress:
    """Run :func:`iter_training` to the end, passing each event to ``callback``; returns the last."""
    last = None
    for event in iter_training(config, dataset=dataset):
        if callback is not None:
            callback(event)
        last = event
    return last
