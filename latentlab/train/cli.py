"""``latentlab train``: the training loop behind a tqdm progress bar.

Under torchrun every process runs this; rank 0 alone shows the bar and the messages.
``--nproc N`` starts torchrun for this machine and waits for it.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from tqdm import tqdm

from latentlab.train.common import TrainConfig, command_line
from latentlab.train.loop import iter_training


def torchrun_command(argv: list[str], nproc: int) -> list[str]:
    """The torchrun command that runs ``latentlab <argv>`` in ``nproc`` processes on this machine.

    ``argv`` is the command line after ``latentlab``; its ``--nproc`` is left out, so the
    processes torchrun starts train instead of starting torchrun again.
    """
    rest, skip = [], False
    for arg in argv:
        if skip:
            skip = False
        elif arg == "--nproc":
            skip = True
        elif not arg.startswith("--nproc="):
            rest.append(arg)
    return [sys.executable, "-m", "torch.distributed.run", "--standalone", f"--nproc-per-node={nproc}",
            "-m", "latentlab", *rest]


def _start_torchrun(args) -> int:
    if args.nproc < 1:
        raise ValueError(f"--nproc {args.nproc} must be at least 1")
    if "WORLD_SIZE" in os.environ:
        raise ValueError("--nproc starts torchrun itself; under torchrun leave --nproc out")
    process = subprocess.Popen(torchrun_command(args.argv, args.nproc))
    try:
        return process.wait()
    except KeyboardInterrupt:
        # Ctrl-C reached torchrun and its processes too: rank 0 is saving a checkpoint.
        process.wait()
        return 130


def run_train(args) -> int:
    if getattr(args, "nproc", None) not in (None, 1):
        return _start_torchrun(args)
    out = Path(args.out)
    if out.suffix != ".safetensors":
        raise ValueError(f"--out {out}: the model file must end in .safetensors")
    config = TrainConfig(
        kind=args.kind, dataset=args.dataset, out=str(out), latent_dim=args.latent_dim,
        epochs=args.epochs, batch_size=args.batch_size, lr=args.lr, seed=args.seed,
        device=args.device, data_dir=args.data_dir, resume=args.resume,
        base_channels=args.base_channels, beta=args.beta, max_steps=args.max_steps,
        storage_dtype="float16" if args.fp16_storage else "float32", threads=args.threads,
        label_conditioning=args.label_conditioning, aux_class_weight=args.aux_class_weight,
        ema_decay=args.ema, batch_norm=args.batch_norm, minibatch_std=args.minibatch_std,
        adversarial_weight=args.adversarial_weight,
        critic_steps=args.critic_steps, gp_weight=args.gp_weight,
        precision=getattr(args, "precision", "fp32"), compile=getattr(args, "compile", False),
        command=command_line(),
    )
    if "TORCHELASTIC_RUN_ID" in os.environ:
        # On Ctrl-C torchrun stops its processes with SIGTERM (and SIGKILL 30 s later): treat it
        # as Ctrl-C, so rank 0 saves a usable checkpoint first.
        signal.signal(signal.SIGTERM, signal.default_int_handler)
    events = iter_training(config)
    show = os.environ.get("RANK", "0") == "0"  # torchrun's rank: only the first process talks
    bar = None
    try:
        for ev in events:
            if not show:
                continue
            if bar is None:
                bar = tqdm(total=ev.total_steps, initial=ev.step - 1, unit="step", dynamic_ncols=True)
            if ev.event == "step":
                bar.update(1)
                if ev.step % 10 == 0:
                    bar.set_postfix({k: f"{v:.3f}" for k, v in ev.losses.items()}, refresh=False)
                    bar.set_description(f"epoch {ev.epoch}")
            elif ev.event == "done":
                bar.close()
                metrics = ", ".join(f"{k}={v:.4g}" for k, v in ev.metrics.items())
                print(f"saved {ev.path} after {ev.step} steps ({metrics})")
    except KeyboardInterrupt:
        events.close()
        if bar is not None:
            bar.close()
        if show:
            print(f"interrupted: saved a usable checkpoint to {out} (continue with --resume)")
        return 130
    return 0
