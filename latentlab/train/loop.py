"""The one training loop every model kind runs, as a generator of :class:`Progress` events.

Driving it from Python (the GUI's live-training panel, notebooks) is just iterating it;
``latentlab train`` wraps it in a tqdm bar. Closing the generator or pressing Ctrl-C saves a
usable checkpoint first. With the same seed, a run is deterministic on the CPU, and a resumed
run continues exactly where the saved one stopped (data order and RNG state included).

Under torchrun the same loop runs in every process (``latentlab.train.distributed``): each takes
its share of every global batch, DDP averages the gradients, and rank 0 alone writes the model,
the resume file, the log and the sample grids.
"""

from __future__ import annotations

import math
from typing import Iterator

import torch
from torch.utils.data import DistributedSampler

from latentlab.core.checkpoint import read_card, save_model
from latentlab.core.datasets import load_dataset
from latentlab.core.device import resolve_device
from latentlab.train.common import (
    LossLog, Progress, Stopwatch, TrainConfig, load_resume, provenance, sample_grid_frames,
    save_resume, write_sample_png,
)
from latentlab.train.distributed import join, rank_seed

GRID = 8  # the fixed-latent sample grid is GRID × GRID


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
    torch.manual_seed(config.seed)  # every process builds the same initial networks
    world = join(resolve_device(config.device))  # torchrun's process group, or this process alone
    device = world.device
    data = dataset if dataset is not None else load_dataset(config.dataset, "train", config.data_dir)
    images, labels = data.tensors(device)  # (N, C, H, W) float in [0, 1], (N,) int64
    if config.limit_train is not None:
        images, labels = images[: config.limit_train], labels[: config.limit_train]
    n, global_batch = len(images), min(config.batch_size, len(images))
    if global_batch % world.size:
        world.leave()
        raise ValueError(f"--batch-size {global_batch} must be a multiple of the {world.size} processes: "
                         "each takes an equal share of every batch")
    batch = global_batch // world.size  # this process's share
    trainer = family.trainer.load()(family, config, list(data.class_names), tuple(images.shape[1:]), device)
    model = trainer.model
    # A trainer that learns labelled factors (the factor network) takes their table as targets.
    targets = trainer.targets(data, device)[:n] if hasattr(trainer, "targets") else labels
    # What the step really ran in ("auto" resolved); a trainer without mixed precision runs fp32.
    precision_name = trainer.precision.name if hasattr(trainer, "precision") else "fp32"
    paths = config.paths()
    # Fail now, not after an hour of training, if the model cannot be written there.
    try:
        paths["out"].parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OSError(f"cannot write {paths['out']}: {exc.strerror or exc}") from None

    # Each epoch's shuffle comes from (seed, epoch) alone, so a resumed run sees the same order;
    # rank r takes every W-th image of it, so global batch b holds the images a one-process
    # run's batch b holds, and the steps per epoch are the same at every world size.
    sampler = DistributedSampler(range(n), num_replicas=world.size, rank=world.rank, shuffle=True,
                                 seed=config.seed * 100_003, drop_last=True)
    steps_per_epoch = max(1, len(sampler) // batch)  # drop the ragged last batch
    total = config.epochs * steps_per_epoch
    if config.max_steps is not None:
        total = min(total, config.max_steps)
    step, seconds_before = 0, 0.0
    if config.resume and paths["resume"].exists():
        meta = load_resume(paths["resume"], trainer.modules, trainer.optimizers)
        step, seconds_before = int(meta["step"]), float(meta["seconds"])
    if world.rank:
        # Rank 0 keeps the one-process random stream (restored on resume); the others draw noise
        # of their own, as the other images of one big batch would.
        torch.manual_seed(rank_seed(config.seed, world.rank, step))
    clock = Stopwatch(seconds_before)
    write_files = config.write_files and world.is_main
    log = LossLog(paths["log"] if write_files else None, trainer.loss_names, append=config.resume,
                  resume_step=step if config.resume else None)
    if step and not log.curve["step"] and paths["out"].exists():
        # No log file to continue from: keep the loss curve of the earlier run(s) from the card.
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
        return {"step": step, "seconds": clock.seconds, "kind": config.kind, "world_size": world.size}

    def shipped_model():
        # GANs with a moving average ship (and show) the average, not the live generator.
        prepare = getattr(trainer, "prepare_export", None)
        return prepare() if prepare is not None else model

    def finish(event: str) -> Progress:
        epochs_done = step / steps_per_epoch
        metrics = {f"final_{k}": v for k, v in last_losses.items()}
        if not world.is_main:  # rank 0 writes the model; the others only report
            return Progress(step, math.ceil(step / steps_per_epoch), total, last_losses, event=event,
                            path=str(paths["out"]), metrics=metrics)
        if hasattr(trainer, "evaluate"):
            test = load_dataset(config.dataset, "test", config.data_dir) if dataset is None else data
            test_images, test_targets = test.tensors(device)
            if hasattr(trainer, "targets"):
                test_targets = trainer.targets(test, device)
            metrics.update(trainer.evaluate(test_images, test_targets))
        shipped = shipped_model()
        shipped.eval()
        save_model(
            shipped, paths["out"],
            storage_dtype=torch.float16 if config.storage_dtype == "float16" else None,
            dataset=getattr(data, "name", config.dataset) or config.dataset,
            provenance=provenance(config, epochs_done=round(epochs_done, 3) if epochs_done % 1 else int(epochs_done),
                                  steps=step, seconds=clock.seconds, device=device,
                                  world=world.describe(precision_name)),
            metrics={"training": metrics},
            training_log=log.curve,
        )
        model.train()
        if write_files:
            save_resume(paths["resume"], trainer.modules, trainer.optimizers, resume_meta())
        return Progress(step, math.ceil(step / steps_per_epoch), total, last_losses, event=event,
                        path=str(paths["out"]), metrics=metrics)

    # A run resumed at its last step trains nothing: its card reports the losses logged last.
    last_losses: dict[str, float] = log.last() or {name: float("nan") for name in trainer.loss_names}
    model.train()
    try:
        while step < total:
            epoch = step // steps_per_epoch
            sampler.set_epoch(epoch)
            order = torch.tensor(list(sampler))  # this process's images, in this epoch's order
            for b in range(step % steps_per_epoch, steps_per_epoch):
                idx = order[b * batch:(b + 1) * batch].to(device)
                # Every process reports the losses averaged over the whole global batch.
                last_losses = world.mean(trainer.train_step(images[idx], targets[idx]))
                step += 1
                log.add(step, epoch + 1, clock.seconds, last_losses, log_every)
                yield Progress(step, epoch + 1, total, last_losses, steps_per_s=step / max(clock.seconds, 1e-9))
                if fixed_z is not None and step % sample_every == 0 and world.is_main:
                    frames = sample_grid_frames(shipped_model(), fixed_z, fixed_labels)
                    if write_files and step % steps_per_epoch == 0:
                        write_sample_png(paths["samples"], epoch + 1, frames, GRID)
                    yield Progress(step, epoch + 1, total, last_losses, samples=frames, event="samples")
                if write_files and step % checkpoint_every == 0 and step < total:
                    save_resume(paths["resume"], trainer.modules, trainer.optimizers, resume_meta())
                    yield Progress(step, epoch + 1, total, last_losses, event="checkpoint", path=str(paths["resume"]))
                if step >= total:
                    break
            if step % steps_per_epoch == 0:
                yield Progress(step, epoch + 1, total, last_losses, event="epoch")
        done = finish("done")
        world.barrier()  # the model file exists for every process once any of them returns
        yield done
    except (KeyboardInterrupt, GeneratorExit):
        # Stopped early (Ctrl-C, the GUI's stop button, or the consumer closed us): keep the work.
        if step > 0:
            finish("interrupted")
        raise
    finally:
        log.close()
        world.leave()


def train(config: TrainConfig, callback=None, dataset=None) -> Progress:
    """Run :func:`iter_training` to the end, passing each event to ``callback``; returns the last."""
    last = None
    for event in iter_training(config, dataset=dataset):
        if callback is not None:
            callback(event)
        last = event
    return last
