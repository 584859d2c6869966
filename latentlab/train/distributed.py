"""Training beyond one process: torchrun's environment, DistributedDataParallel, mixed precision.

latentlab has no launcher of its own. ``torchrun --nproc-per-node N -m latentlab train …`` (or
``latentlab train --nproc N``, which starts exactly that for one machine) sets ``RANK``,
``WORLD_SIZE``, ``LOCAL_RANK`` and the rendezvous address in each process's environment;
:func:`join` reads them, starts the process group (``gloo`` on the CPU, ``nccl`` on CUDA) and
says who this process is. Without that environment, or with a world of one, nothing here does
anything: the single-process run (and the GUI's live-training panel) stays exactly as it was.

What changes with several processes, and why:

- ``--batch-size`` is the *global* batch; each of the W processes takes B / W of it. So a
  recipe, its step size and its steps per epoch are the same at any world size, and
  ``--resume`` may continue a run with a different number of processes.
- :func:`wrap` puts every trained network in ``DistributedDataParallel``, which averages the
  gradients across processes during ``backward()`` — only for work done inside the module's
  ``forward()``, which is why the VAE trainer runs its whole pass through one.
- Batch norm keeps per-process statistics (on B / W images): ``SyncBatchNorm`` has no CPU
  kernel, and a CPU run must compute the same thing a GPU run does.
- Rank 0 keeps the single-process random stream; rank r > 0 draws from its own stream
  (:func:`rank_seed`), so the processes' noise differs as it would across one big batch.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from dataclasses import dataclass

import torch
import torch.distributed as dist
from torch import nn

PRECISIONS = ("fp32", "bf16", "fp16", "auto")
_DTYPES = {"fp32": None, "bf16": torch.bfloat16, "fp16": torch.float16}


@dataclass(frozen=True)
class World:
    """Who this process is in the run: rank ``rank`` of ``size``, on ``device``."""

    rank: int = 0
    size: int = 1
    device: torch.device = torch.device("cpu")
    backend: str | None = None  # "gloo" | "nccl"; None for one process
    launcher: str = "none"  # "torchrun" when torchrun (torch.distributed.run) started us
    owns_group: bool = False  # we started the process group, so we end it

    @property
    def is_main(self) -> bool:
        return self.rank == 0

    def mean(self, values: dict[str, float]) -> dict[str, float]:
        """The mean of each value across the processes (one message for all of them)."""
        if self.size == 1 or not values:
            return values
        t = torch.tensor(list(values.values()), dtype=torch.float64, device=self.device)
        dist.all_reduce(t)
        return dict(zip(values, (t / self.size).tolist()))

    def barrier(self) -> None:
        if self.size > 1:
            dist.barrier()

    def leave(self) -> None:
        if self.owns_group and dist.is_initialized():
            dist.destroy_process_group()

    def describe(self, precision: str) -> dict[str, object]:
        """The model card's record of how the run was spread out."""
        return {"launcher": self.launcher, "world_size": self.size, "backend": self.backend,
                "precision": precision}


def join(device: torch.device) -> World:
    """Join the process group torchrun's environment describes, or run as the only process.

    Parameters
    ----------
    device : torch.device
        The device the run asked for. Under several processes on CUDA each process takes the
        GPU numbered by its ``LOCAL_RANK``.

    Raises
    ------
    ValueError
        For a device the distributed backends cannot drive (MPS).
    """
    launcher = "torchrun" if "TORCHELASTIC_RUN_ID" in os.environ else "none"
    size = int(os.environ.get("WORLD_SIZE", "1"))
    if size == 1 and not dist.is_initialized():
        return World(device=device, launcher=launcher)
    if device.type not in ("cpu", "cuda"):
        raise ValueError(f"--device {device.type}: training in several processes runs on the CPU (gloo) "
                         "or CUDA GPUs (nccl); use --device cpu or cuda")
    if device.type == "cuda":
        device = torch.device("cuda", int(os.environ.get("LOCAL_RANK", "0")))
        torch.cuda.set_device(device)
    owns = not dist.is_initialized()
    if owns:
        dist.init_process_group("nccl" if device.type == "cuda" else "gloo")
    return World(rank=dist.get_rank(), size=dist.get_world_size(), device=device,
                 backend=dist.get_backend(), launcher=launcher, owns_group=owns)


def rank_seed(seed: int, rank: int, step: int) -> int:
    """A seed for rank ``rank``'s noise from step ``step`` on: unrelated to every other rank's."""
    digest = hashlib.sha256(f"latentlab/{seed}/{rank}/{step}".encode()).digest()
    return int.from_bytes(digest[:8], "little") & (2**63 - 1)


def wrap(module: nn.Module, device: torch.device, *, compile: bool = False) -> nn.Module:
    """``module`` as the training step should call it: under DDP when there are several
    processes, compiled when asked. Its parameters stay the module's own, so optimisers,
    moving averages and checkpoints keep using ``module`` itself."""
    if dist.is_initialized() and dist.get_world_size() > 1:
        module = nn.parallel.DistributedDataParallel(
            module, device_ids=[device.index] if device.type == "cuda" else None)
    if compile:
        # After DDP, so the compiler sees DDP's buckets and splits the graph at them.
        module = torch.compile(module)
    return module


class Precision:
    """Mixed precision for a training step: ``autocast()`` around the forward pass and the loss,
    :meth:`step` for zero-grad, backward and the optimiser step (with a gradient scaler for fp16).

    ``"fp32"`` is plain float32 (the default: a CPU run's numbers do not change); ``"auto"``
    picks bf16 on a GPU that has it, else fp16, and float32 off CUDA; ``"bf16"`` also runs on the
    CPU. fp16's narrow range underflows small gradients, hence its scaler; bf16 has float32's
    range and needs none.
    """

    def __init__(self, name: str, device: torch.device):
        if name not in PRECISIONS:
            raise ValueError(f"--precision {name}: choose one of {', '.join(PRECISIONS)}")
        if name == "auto":
            name = "fp32" if device.type != "cuda" else ("bf16" if torch.cuda.is_bf16_supported() else "fp16")
        if name == "fp16" and device.type != "cuda":
            raise ValueError(f"--precision fp16 needs a CUDA GPU (this run is on {device.type}); "
                             "use bf16 or fp32")
        if name == "bf16" and device.type == "cuda" and not torch.cuda.is_bf16_supported():
            raise ValueError("--precision bf16: this GPU has no bfloat16; use fp16 or auto")
        self.name = name
        self.device_type = device.type
        self.dtype = _DTYPES[name]
        self._scalers: dict[int, torch.amp.GradScaler] = {}

    def autocast(self):
        if self.dtype is None:
            return contextlib.nullcontext()
        return torch.autocast(self.device_type, dtype=self.dtype)

    def step(self, loss: torch.Tensor, opt: torch.optim.Optimizer) -> None:
        opt.zero_grad(set_to_none=True)
        if self.dtype is not torch.float16:
            loss.backward()
            opt.step()
            return
        # One scaler per optimiser: a GAN's two losses have different sizes and overflow apart.
        scaler = self._scalers.setdefault(id(opt), torch.amp.GradScaler(self.device_type))
        scaler.scale(loss).backward()
        scaler.step(opt)
        scaler.update()
