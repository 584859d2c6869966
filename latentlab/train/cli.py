"""``latentlab train``: the training loop behind a tqdm progress bar."""

from __future__ import annotations

from pathlib import Path

from tqdm import tqdm

from latentlab.train.common import TrainConfig, command_line
from latentlab.train.loop import iter_training


def run_train(args) -> int:
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
        command=command_line(),
    )
    events = iter_training(config)
    bar = None
    try:
        for ev in events:
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
        print(f"interrupted: saved a usable checkpoint to {out} (continue with --resume)")
        return 130
    return 0
