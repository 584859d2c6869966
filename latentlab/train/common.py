"""What every training loop shares: the run config, progress events, logs and resume state.

Resume state lives in ``<out>.resume.safetensors`` (weights, optimiser moments, RNG state and
the step counter as tensors; everything else as JSON metadata), so resuming never unpickles.
"""

from __future__ import annotations

import csv
import json
import os
import shlex
import sys
import time
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np
import torch
from safetensors import safe_open
from safetensors.torch import save as safetensors_save

from latentlab.core import families
from latentlab.core.export import save_grid
from latentlab.core.families import Family
from latentlab.core.files import atomic_write_bytes
from latentlab.core.pixels import to_uint8


@dataclass
class TrainConfig:
    """Everything that defines a training run; recorded in the checkpoint's provenance.

    ``None`` means "not chosen": :meth:`resolved` fills ``latent_dim``, ``base_channels`` and
    ``lr`` from the family (its config's defaults and its trainer's step size), and the loop
    reads ``None`` in the step options as "no limit" / "once per epoch" / "torch's default".
    Weights (``aux_class_weight``, ``adversarial_weight``) are plain numbers: 0 leaves the term
    out of the loss because it multiplies it by zero, not by convention.
    """

    kind: str = "vae"  # a trainable family's name: latentlab.core.families.trainable()
    dataset: str = "mnist"
    out: str = "model.safetensors"
    latent_dim: int | None = None  # None → the family's default (VAE 16, GAN 64)
    epochs: int = 10
    batch_size: int = 128
    lr: float | None = None  # None → the family's default (VAE 1e-3, GAN 2e-4)
    seed: int = 0
    device: str = "auto"
    data_dir: str | None = None
    resume: bool = False
    base_channels: int | None = None  # None → the family's default (VAE 32, GAN 64)
    beta: float = 1.0
    likelihood: str = "bernoulli"
    gan_betas: tuple[float, float] | None = None  # None → the family's (GAN (0.5, 0.999), WGAN-GP (0, 0.9))
    spectral_norm: bool = True
    gan_loss: str = "hinge"  # "hinge" | "bce" (non-saturating)
    g_steps: int = 1  # generator updates per discriminator update
    critic_steps: int = 5  # WGAN-GP: critic updates per generator update
    gp_weight: float = 10.0  # WGAN-GP: λ of the gradient penalty
    label_conditioning: str = "input"  # conditional models: "input" | "every-layer"
    aux_class_weight: float = 0.0  # cGAN / adversarial CVAE: weight of the critic's class loss
    ema_decay: float | None = None  # GANs: ship a moving average of G with this decay (None: ship G)
    batch_norm: bool = False  # classifiers: batch norm after every convolution
    minibatch_std: bool = False  # GANs: critic sees the batch's spread (discourages collapse)
    adversarial_weight: float = 0.0  # VAEs: weight of a critic's loss on prior samples (VAE-GAN)
    max_steps: int | None = None  # end the run after this many steps (None: run all epochs)
    limit_train: int | None = None  # use only the first N training images (None: all)
    sample_every: int | None = None  # steps between sample-grid events (None: once per epoch)
    checkpoint_every: int | None = None  # steps between resume checkpoints (None: once per epoch)
    write_files: bool = True  # sample PNGs, CSV log, resume file
    storage_dtype: str = "float32"
    threads: int | None = None  # torch CPU threads (None: torch's default)
    precision: str = "fp32"  # "fp32" | "bf16" | "fp16" | "auto": autocast of the training step
    compile: bool = False  # torch.compile the trained networks
    command: str = ""

    def family(self) -> Family:
        """The model family ``kind`` names; ``ValueError`` names the trainable ones."""
        try:
            family = families.get(self.kind)
        except families.UnknownFamilyError:
            family = None
        if family is None or family.trainer is None:
            choices = ", ".join(families.names(families.trainable()))
            raise ValueError(f"unknown model kind {self.kind!r}; choose one of {choices}")
        return family

    def resolved(self) -> "TrainConfig":
        """A copy with every unchosen model setting taken from the family (the one place that does).

        Raises
        ------
        ValueError
            For an unknown kind, or a size or step size that is not positive.
        """
        family = self.family()
        model_defaults = family.config()
        config = replace(
            self,
            latent_dim=model_defaults.latent_dim if self.latent_dim is None else self.latent_dim,
            base_channels=model_defaults.base_channels if self.base_channels is None else self.base_channels,
            lr=family.trainer.lr if self.lr is None else self.lr,
            gan_betas=tuple(family.trainer.betas if self.gan_betas is None else self.gan_betas),
        )
        for name in ("latent_dim", "base_channels", "lr", "max_steps", "limit_train", "sample_every",
                     "checkpoint_every", "threads", "critic_steps"):
            value = getattr(config, name)
            if value is not None and value <= 0:
                raise ValueError(f"{name}={value} must be positive (leave it unset for the default)")
        return config

    def paths(self) -> dict[str, Path]:
        out = Path(self.out)
        stem = out.with_suffix("")
        return {
            "out": out,
            "resume": stem.with_name(stem.name + ".resume.safetensors"),
            "log": stem.with_name(stem.name + ".log.csv"),
            "samples": stem.with_name(stem.name + "_samples"),
        }


@dataclass
class Progress:
    """One event from a training loop (the GUI's live view and the CLI's bar both read these)."""

    step: int
    epoch: int
    total_steps: int
    losses: dict[str, float]
    steps_per_s: float = 0.0
    samples: np.ndarray | None = None  # (N, H, W, C) uint8 fixed-latent grid frames
    event: str = "step"  # "step" | "samples" | "epoch" | "checkpoint" | "done" | "interrupted"
    path: str | None = None
    metrics: dict[str, float] = field(default_factory=dict)


def without_machine_paths(value: Any) -> Any:
    """``value`` with every absolute path cut to its last part (``/home/ann/data`` → ``data``).

    Model cards travel with the model file: they name files and folders, never where they
    lay on the machine that trained it.
    """
    if isinstance(value, str) and os.path.isabs(value):
        return Path(value).name
    return value


def command_line() -> str:
    program = Path(sys.argv[0]).name
    if program == "__main__.py":  # python -m latentlab, and every process torchrun starts
        program = "latentlab"
    return " ".join(shlex.quote(without_machine_paths(a)) for a in [program] + sys.argv[1:])


class LossLog:
    """CSV of losses per step plus a thinned copy for the model card (≤ ~400 points)."""

    def __init__(self, path: Path | None, names: list[str], append: bool, resume_step: int | None = None):
        self.names = names
        self.path = path
        self._file = None
        self.curve: dict[str, list[float]] = {"step": [], **{n: [] for n in names}}
        self._acc: dict[str, float] = {n: 0.0 for n in names}
        self._count = 0
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            new = not (append and path.exists())
            if not new and resume_step is not None:
                new = not self._continue_from(resume_step)
            self._file = open(path, "w" if new else "a", newline="")
            self._writer = csv.writer(self._file)
            if new:
                self._writer.writerow(["step", "epoch", "seconds", *names])

    def _continue_from(self, step: int) -> bool:
        """Take the earlier runs' rows up to the resumed ``step`` into the curve, and cut the file there.

        A run stopped between checkpoints logged steps that the resumed run trains again: without
        the cut, those steps would appear twice. Returns False when the file is not a log of these
        losses (then it is started afresh).
        """
        try:
            with open(self.path, newline="") as f:
                rows = list(csv.reader(f))
        except (OSError, UnicodeDecodeError):
            return False
        if not rows or rows[0] != ["step", "epoch", "seconds", *self.names]:
            return False
        kept: dict[int, list[str]] = {}  # a step logged again by a restarted run: the last row wins
        for row in rows[1:]:
            try:
                at = int(row[0])
                [float(v) for v in row[2:]]
            except (ValueError, IndexError):
                continue  # a line cut short when a run was killed mid-write
            if at <= step and len(row) == len(rows[0]):
                kept[at] = row
        ordered = [kept[k] for k in sorted(kept)]
        for row in ordered:
            self.curve["step"].append(int(row[0]))
            for n, v in zip(self.names, row[3:]):
                self.curve[n].append(float(v))
        lines = [rows[0], *ordered]
        text = "".join(",".join(r) + "\r\n" for r in lines)
        atomic_write_bytes(self.path, text.encode())
        return True

    def last(self) -> dict[str, float] | None:
        """The last logged losses (the resumed run's starting point), or None before any."""
        if not self.curve["step"]:
            return None
        return {n: self.curve[n][-1] for n in self.names}

    def add(self, step: int, epoch: int, seconds: float, losses: dict[str, float], every: int) -> None:
        for n in self.names:
            self._acc[n] += losses[n]
        self._count += 1
        if self._count >= every:
            mean = {n: self._acc[n] / self._count for n in self.names}
            self.curve["step"].append(step)
            for n in self.names:
                self.curve[n].append(round(mean[n], 5))
            if self._file is not None:
                self._writer.writerow([step, epoch, f"{seconds:.2f}", *(f"{mean[n]:.5f}" for n in self.names)])
                self._file.flush()
            self._acc = {n: 0.0 for n in self.names}
            self._count = 0

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None


def save_resume(path: Path, modules: dict[str, torch.nn.Module], optimizers: dict[str, torch.optim.Optimizer],
                meta: dict[str, Any]) -> None:
    """Write everything needed to continue a run, atomically."""
    tensors: dict[str, torch.Tensor] = {}
    groups: dict[str, Any] = {}
    for name, module in modules.items():
        for key, t in module.state_dict().items():
            tensors[f"module/{name}/{key}"] = t.detach().cpu().contiguous()
    for name, opt in optimizers.items():
        state = opt.state_dict()
        groups[name] = state["param_groups"]
        for idx, entry in state["state"].items():
            for key, value in entry.items():
                tensors[f"optim/{name}/{idx}/{key}"] = torch.as_tensor(value).detach().cpu().contiguous()
    tensors["rng/torch"] = torch.get_rng_state()
    payload = {"meta": meta, "param_groups": groups}
    atomic_write_bytes(path, safetensors_save(tensors, metadata={"latentlab-resume": json.dumps(payload)}))


def load_resume(path: Path, modules: dict[str, torch.nn.Module], optimizers: dict[str, torch.optim.Optimizer]) -> dict[str, Any]:
    """Restore modules and optimisers saved by :func:`save_resume`; returns the saved meta."""
    with safe_open(str(path), framework="pt") as f:
        payload = json.loads(f.metadata()["latentlab-resume"])
        tensors = {k: f.get_tensor(k) for k in f.keys()}
    for name, module in modules.items():
        prefix = f"module/{name}/"
        module.load_state_dict({k[len(prefix):]: v for k, v in tensors.items() if k.startswith(prefix)})
    for name, opt in optimizers.items():
        prefix = f"optim/{name}/"
        state: dict[int, dict[str, torch.Tensor]] = {}
        for k, v in tensors.items():
            if k.startswith(prefix):
                idx, key = k[len(prefix):].split("/", 1)
                state.setdefault(int(idx), {})[key] = v
        opt.load_state_dict({"state": state, "param_groups": payload["param_groups"][name]})
    torch.set_rng_state(tensors["rng/torch"])
    return payload["meta"]


def sample_grid_frames(model, z: torch.Tensor, labels: torch.Tensor | None) -> np.ndarray:
    """Decode the run's fixed latents in eval mode (BN statistics), then switch back to training."""
    was_training = model.training
    model.eval()
    frames = to_uint8(model.decode(z, labels))
    model.train(was_training)
    return frames


def write_sample_png(folder: Path, epoch: int, frames: np.ndarray, ncols: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return save_grid(folder / f"epoch_{epoch:03d}.png", frames, ncols=ncols, scale=2)


def provenance(config: TrainConfig, *, epochs_done: int, steps: int, seconds: float, device: torch.device,
               world: dict[str, Any] | None = None) -> dict[str, Any]:
    """The model card's record of the run; ``world`` adds launcher, world size, backend and precision."""
    from latentlab.core.datasets.fingerprint import dataset_record
    from latentlab.core.device import hardware_description

    cfg = {key: without_machine_paths(value) for key, value in asdict(config).items() if key != "command"}
    return {
        **(world or {}),
        "command": config.command or command_line(),
        # name, release and SHA-256 of each data file: which bytes, never where they were
        "dataset": dataset_record(config.dataset, config.data_dir),
        "epochs": epochs_done,
        "steps": steps,
        "seconds": round(seconds, 1),
        "device": str(device),
        "hardware": hardware_description(device),
        "date": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "torch_version": torch.__version__,
        "train_config": cfg,
    }


class Stopwatch:
    """Wall time across resumed runs: seconds from earlier runs plus this run's."""

    def __init__(self, before: float = 0.0):
        self.before = before
        self.start = time.perf_counter()

    @property
    def seconds(self) -> float:
        return self.before + time.perf_counter() - self.start
