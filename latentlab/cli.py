"""``latentlab`` command line: one argparse parser with subcommands.

Qt is imported only by the ``gui``/``bench`` subcommands (and the bare command), so scripted
use stays light. Errors print one clear line and exit non-zero; ``--debug`` shows tracebacks.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Callable

EXIT_ERROR = 1


class CLIError(Exception):
    """A user-facing error: printed as one line."""


def _human_size(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return str(n)


def _table(rows: list[list[str]], header: list[str]) -> str:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(str(c).ljust(w) for c, w in zip(header, widths)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows]
    return "\n".join(lines)


# --- subcommands ---------------------------------------------------------------------------

def cmd_models(args) -> int:
    from latentlab.core.zoo import list_models, scan_errors

    infos = list_models()
    if args.markdown:
        from latentlab.core.zoo import model_cards_markdown, zoo_markdown

        print(zoo_markdown(infos))
        print()
        print(model_cards_markdown(infos))
        return 0
    if args.json:
        print(json.dumps([i.to_json() for i in infos], indent=2))
        return 0
    if not infos:
        print("No models found. Bundled models live in pretrained/; put your own in "
              "~/.local/share/latentlab/models or $LATENTLAB_MODELS.")
    rows = [[i.name, i.kind, i.dataset or "-", str(i.latent_dim or "-"),
             str(len(i.class_names) or "-"), f"{i.params / 1e6:.2f}M", _human_size(i.size_bytes), i.source]
            for i in infos]
    if rows:
        print(_table(rows, ["name", "kind", "dataset", "latent", "classes", "params", "size", "source"]))
    for err in scan_errors():
        print(f"skipped: {err}", file=sys.stderr)
    return 0


def cmd_info(args) -> int:
    from latentlab.core.zoo import find_model, model_info

    info = model_info(find_model(args.model))
    if args.json:
        print(json.dumps(info.to_json(with_card=True), indent=2))
        return 0
    card = info.card
    print(f"{info.name}  ({info.path})")
    print(f"  kind        {info.kind} ({info.arch})")
    print(f"  dataset     {info.dataset or '-'}")
    print(f"  latent dim  {info.latent_dim}")
    print(f"  image shape {info.image_shape}")
    print(f"  classes     {', '.join(info.class_names) or '-'}")
    print(f"  parameters  {info.params:,}")
    print(f"  file size   {_human_size(info.size_bytes)}")
    prov = card.get("provenance") or {}
    for key in ("command", "epochs", "seconds", "device", "date", "package_version"):
        if key in prov:
            print(f"  {key:<11} {prov[key]}")
    for group, values in (card.get("metrics") or {}).items():
        if isinstance(values, dict):
            print(f"  metrics/{group}: " + ", ".join(f"{k}={_fmt(v)}" for k, v in values.items()
                                                  if not isinstance(v, (dict, list))))
    return 0


def cmd_import(args) -> int:
    from latentlab.core.importers import import_state_dict, save_imported

    out = Path(args.out)
    if out.suffix.lower() != ".safetensors":
        raise CLIError(f"-o {out}: the converted model is a .safetensors file")
    classes = _parse_classes(args.classes)
    imported = import_state_dict(args.file, arch=args.arch, classes=classes, dataset=args.dataset, key=args.key)
    for line in imported.summary():
        print(f"  {line}")
    # The card keeps the command as the user could retype it, with the file's name, not its path.
    options = [f"--{k} {v}" for k, v in (("arch", args.arch), ("key", args.key), ("dataset", args.dataset)) if v]
    if args.classes:
        options.append("--classes " + " ".join(args.classes))
    command = " ".join(["latentlab import", Path(args.file).name, *options, "-o", out.name])
    save_imported(imported, out, dataset=args.dataset, command=command)
    print(f"wrote {out}; check the lines above, then open it: latentlab sample {out} -o samples.png")
    return 0


def _parse_classes(values: list[str] | None) -> int | list[str] | None:
    """``--classes 10`` (a count) or ``--classes zero one …`` / ``--classes zero,one,…`` (names)."""
    if not values:
        return None
    names = [n for v in values for n in v.split(",") if n]
    if len(names) == 1 and names[0].isdigit():
        return int(names[0])
    return names


def _fmt(v) -> str:
    return f"{v:.4g}" if isinstance(v, float) else str(v)


def _parse_label(model, label: str | None) -> int | None:
    from latentlab.core.labels import LabelError, class_index

    if label is None:
        return None
    try:
        return class_index(label, model.class_names if model.conditional else [])
    except LabelError as exc:
        raise CLIError(f"--{exc}") from None


def _sidecar_base(model, path: Path, device: str) -> dict:
    from latentlab.core.files import file_sha256

    return {"model": {"name": path.stem, "path": str(path.resolve()), "sha256": file_sha256(path)},
            "device": device}


def _load(args):
    from latentlab.core.checkpoint import load_model
    from latentlab.core.zoo import find_model

    path = find_model(args.model)
    return load_model(path, device=args.device), path


def cmd_sample(args) -> int:
    import numpy as np
    import torch

    from latentlab.core.export import save_grid
    from latentlab.core.files import atomic_path
    from latentlab.core.pixels import to_uint8
    from latentlab.core.sidecar import latent_to_json, write_sidecar

    if args.n < 1:
        raise CLIError(f"-n {args.n}: need at least one sample")
    out = Path(args.out)
    if out.suffix.lower() not in (".png", ".npy"):
        raise CLIError(f"-o {out}: use a .png (grid) or .npy (uint8 array) file name")
    model, path = _load(args)
    label = _parse_label(model, args.label)
    z = model.sample_latent(args.n, seed=args.seed, truncation=args.truncation)
    labels = None
    if model.conditional:
        labels = torch.full((args.n,), label) if label is not None else torch.arange(args.n) % model.num_classes
    frames = to_uint8(model.decode(z, labels))  # (N, H, W, C)
    sidecar = _sidecar_base(model, path, str(model.device))
    sidecar.update({"mode": "grid" if out.suffix == ".png" else "array", "seed": args.seed,
                    "truncation": args.truncation, "z": latent_to_json(z),
                    "labels": labels.tolist() if labels is not None else None, "scale": args.scale})
    if out.suffix.lower() == ".png":
        captions = [model.class_names[k] for k in labels.tolist()] if labels is not None and args.captions else None
        save_grid(out, frames, ncols=args.cols, scale=args.scale, captions=captions, sidecar=sidecar)
    else:
        array = frames[..., 0] if frames.shape[-1] == 1 else frames
        with atomic_path(out, ".npy") as tmp:
            np.save(tmp, np.ascontiguousarray(array), allow_pickle=False)
        write_sidecar(out, sidecar)
    labels_out = args.labels_out or (str(out.with_suffix(".labels.npy")) if label is not None and out.suffix == ".npy" else None)
    if labels_out and labels is not None:
        with atomic_path(Path(labels_out), ".npy") as tmp:
            np.save(tmp, labels.numpy().astype(np.int64), allow_pickle=False)
    elif args.labels_out and labels is None:
        raise CLIError("--labels-out: this model is not conditional, so there are no labels to save")
    print(f"wrote {out} ({args.n} samples)")
    return 0


def cmd_interpolate(args) -> int:
    from latentlab.core.export import save_gif, save_grid, save_mp4
    from latentlab.core.interpolation import PathSpec, render_path
    from latentlab.core.sidecar import latent_to_json

    out = Path(args.out)
    suffix = out.suffix.lower()
    if suffix not in (".gif", ".mp4", ".png"):
        raise CLIError(f"-o {out}: use .gif, .mp4 or .png (contact sheet)")
    if args.frames < 1:
        raise CLIError(f"--frames {args.frames}: need at least one frame per segment")
    model, path = _load(args)
    if args.keyframes:
        spec = PathSpec.load(args.keyframes)
    else:
        if len(args.seeds) < 2:
            raise CLIError("--seeds: give at least two seeds (the path's keyframes)")
        label = _parse_label(model, args.label)
        if model.conditional and label is None:
            label = 0
        spec = PathSpec.from_seeds(args.seeds, model.latent_dim, args.mode, args.frames, args.truncation, label)
    frames = render_path(model, spec)
    sidecar = _sidecar_base(model, path, str(model.device))
    # The sidecar carries both the editable path and every frame's latent, so regenerating
    # the pixels needs no path logic at all.
    sidecar.update({"mode": "path", "path": spec.to_json(), "z": latent_to_json(spec.latents()),
                    "labels": spec.labels() if model.conditional else None, "scale": args.scale, "fps": args.fps})
    if suffix == ".gif":
        save_gif(out, frames, fps=args.fps, scale=args.scale, pingpong=args.pingpong, sidecar=sidecar)
    elif suffix == ".mp4":
        save_mp4(out, frames, fps=args.fps, scale=args.scale, sidecar=sidecar)
    else:
        save_grid(out, frames, scale=args.scale, sidecar=sidecar)
    print(f"wrote {out} ({len(frames)} frames)")
    return 0


def cmd_train(args) -> int:
    from latentlab.train.cli import run_train

    return run_train(args)


def cmd_eval(args) -> int:
    from latentlab.evaluate import run_eval

    return run_eval(args)


def cmd_compare(args) -> int:
    from latentlab.compare import run_compare

    return run_compare(args)


def cmd_lesson_check(args) -> int:
    from latentlab.core.lessons import run_lesson_check

    return run_lesson_check(args)


def cmd_gui(args) -> int:
    try:
        from latentlab.ui.app import run_app
    except ImportError as exc:
        if "latentlab.ui.app" in str(exc) or "No module named 'latentlab.ui" in str(exc):
            build_parser().print_help()
            return 0
        raise CLIError(f"cannot start the GUI: {exc}") from None
    from latentlab.ui.common.i18n import UnknownLanguageError

    try:
        return run_app(model=getattr(args, "model", None), device=args.device, lesson=getattr(args, "lesson", None),
                       lang=getattr(args, "lang", None))
    except UnknownLanguageError as exc:
        raise CLIError(str(exc)) from None


def cmd_bench(args) -> int:
    from latentlab.ui.bench import run_bench

    return run_bench(args)


# --- parser ----------------------------------------------------------------------------------

class _TrainableKinds:
    """argparse choices: the trainable model families, looked up only when a command needs them.

    Lazy so that ``latentlab --help`` and the commands that never train do not import torch.
    """

    @staticmethod
    def _names() -> list[str]:
        from latentlab.core import families

        return families.names(families.trainable())

    def __contains__(self, name: object) -> bool:
        return name in self._names()

    def __iter__(self):
        return iter(self._names())


def build_parser() -> argparse.ArgumentParser:
    from latentlab import __version__

    # --device/--debug work before or after the subcommand. The subcommands' copies default to
    # SUPPRESS so they don't overwrite a value given before the subcommand.
    p = argparse.ArgumentParser(prog="latentlab", description="Explore the latent spaces of VAEs and GANs.")
    p.add_argument("--device", default="auto", help="auto (default), cpu, cuda, cuda:N or mps")
    p.add_argument("--debug", action="store_true", help="show full tracebacks on errors")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--device", default=argparse.SUPPRESS, help="auto (default), cpu, cuda, cuda:N or mps")
    common.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help="show full tracebacks")
    p.add_argument("--version", action="version", version=f"latentlab {__version__}")
    p.add_argument("--lesson", help="open the app in presentation mode at this lesson's first step")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    s = sub.add_parser("gui", parents=[common], help="open the explorer window (the default)")
    s.add_argument("model", nargs="?", help="model name or file to open")
    s.add_argument("--lang", help="UI language: en, cs, zh_CN or zh_TW (default: $LATENTLAB_LANG, the choice "
                                  "saved in View > Language, then the system's)")
    s.set_defaults(func=cmd_gui)

    s = sub.add_parser("models", parents=[common], help="list bundled and user models")
    s.add_argument("--json", action="store_true", help="machine-readable output")
    s.add_argument("--markdown", action="store_true", help="zoo table with metrics (for the README)")
    s.set_defaults(func=cmd_models)

    s = sub.add_parser("info", parents=[common], help="show a model's card")
    s.add_argument("model", help="model name or file")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_info)

    s = sub.add_parser("import", parents=[common],
                       help="convert a state dict (.pt/.pth/.ckpt…) of a known architecture to a latentlab model")
    s.add_argument("file", help="the .pt/.pth/.tar/.ckpt/.bin file (read without running any code in it)")
    s.add_argument("--arch", help="try only this architecture (e.g. dcgan-tutorial, mlp-vae, vae, gan)")
    s.add_argument("--dataset", help="the dataset it was trained on (recorded on the card; class names)")
    s.add_argument("--classes", nargs="+", help="class count, or class names, of a conditional model")
    s.add_argument("--key", help="which generator, when the file holds several (e.g. netG, ema)")
    s.add_argument("-o", "--out", required=True, help="OUT.safetensors")
    s.set_defaults(func=cmd_import)

    s = sub.add_parser("sample", parents=[common], help="draw samples to a PNG grid or .npy array")
    s.add_argument("model")
    s.add_argument("-n", type=int, default=16, help="number of samples (default 16)")
    s.add_argument("--seed", type=int, default=0)
    s.add_argument("--truncation", type=float, default=1.0, help="ψ in (0, 2]: <1 trades variety for fidelity")
    s.add_argument("--label", help="class index or name (conditional models)")
    s.add_argument("--labels-out", help="save the classes of the samples to this .npy file")
    s.add_argument("--cols", type=int, default=None, help="grid columns")
    s.add_argument("--scale", type=int, default=2, help="integer upscaling of the PNG (1-16)")
    s.add_argument("--captions", action="store_true", help="caption grid cells with class names")
    s.add_argument("-o", "--out", required=True, help="OUT.png or OUT.npy")
    s.set_defaults(func=cmd_sample)

    s = sub.add_parser("interpolate", parents=[common], help="render an interpolation path")
    s.add_argument("model")
    s.add_argument("--frames", type=int, default=16, help="frames per segment between keyframes")
    s.add_argument("--mode", choices=["lerp", "slerp"], default="slerp")
    s.add_argument("--seeds", type=int, nargs="+", default=[0, 1], help="keyframe seeds (two or more)")
    s.add_argument("--keyframes", help="path JSON saved by the app (overrides --seeds/--mode)")
    s.add_argument("--label", help="class index or name (conditional models)")
    s.add_argument("--truncation", type=float, default=1.0)
    s.add_argument("--scale", type=int, default=4)
    s.add_argument("--fps", type=int, default=12)
    s.add_argument("--pingpong", action="store_true", help="play forwards then backwards")
    s.add_argument("-o", "--out", required=True, help="OUT.gif, OUT.mp4 or OUT.png (contact sheet)")
    s.set_defaults(func=cmd_interpolate)

    s = sub.add_parser("train", parents=[common], help="train a model")
    s.add_argument("kind", choices=_TrainableKinds(), help="the model family to train")
    s.add_argument("--dataset", default="mnist", help="mnist, fashion-mnist, or an image folder")
    s.add_argument("--data-dir", help="folder holding the dataset files")
    s.add_argument("--latent-dim", type=int, default=None, help="default: VAE 16, GAN 64")
    s.add_argument("--epochs", type=int, default=10)
    s.add_argument("--batch-size", type=int, default=128)
    s.add_argument("--lr", type=float, default=None, help="default: VAE 1e-3, GAN 2e-4")
    s.add_argument("--beta", type=float, default=1.0, help="β of the KL term (VAEs)")
    s.add_argument("--base-channels", type=int, default=None, help="default: VAE 32, GAN 64")
    s.add_argument("--seed", type=int, default=0)
    s.add_argument("--threads", type=int, default=None, help="CPU threads for torch (default: torch's)")
    s.add_argument("--fp16-storage", action="store_true", help="store weights as float16 (half the size)")
    s.add_argument("--label-conditioning", choices=["input", "every-layer"], default="input",
                   help="conditional models: label at the input only, or also class-conditional "
                        "batch norm in every generator/decoder block")
    s.add_argument("--aux-class-weight", type=float, default=0.0,
                   help="cGAN / adversarial CVAE: weight of the critic's auxiliary class loss (AC-GAN; 0 = off)")
    s.add_argument("--ema", type=float, default=None, metavar="DECAY",
                   help="GANs: ship a moving average of the generator's weights (e.g. 0.999; default: off)")
    s.add_argument("--batch-norm", action="store_true", help="classifiers: batch norm after every convolution")
    s.add_argument("--minibatch-std", action="store_true",
                   help="GANs: let the critic see how much each batch varies (counters mode collapse)")
    s.add_argument("--adversarial-weight", type=float, default=0.0,
                   help="VAEs: also train against a critic on prior samples (VAE-GAN; sharper, 0 = off); "
                        "for a CVAE --aux-class-weight adds the critic's class head")
    s.add_argument("--max-steps", type=int, default=None, help="stop after this many steps")
    s.add_argument("--resume", action="store_true", help="continue from OUT's .resume.safetensors")
    s.add_argument("--nproc", type=int, default=None, metavar="N",
                   help="train in N processes on this machine (starts torchrun; see README ▸ Training at scale)")
    s.add_argument("--precision", choices=["fp32", "bf16", "fp16", "auto"], default="fp32",
                   help="autocast of the training step: auto = bf16 (else fp16) on CUDA, fp32 elsewhere")
    s.add_argument("--compile", action="store_true", help="torch.compile the trained networks")
    s.add_argument("--out", "-o", required=True, help="OUT.safetensors")
    s.set_defaults(func=cmd_train)

    s = sub.add_parser("eval", parents=[common], help="measure a model (FID, KID, coverage, …)")
    s.add_argument("model")
    s.add_argument("-n", type=int, default=10000, help="samples to generate (default 10,000)")
    s.add_argument("--data-dir", help="where the dataset is; the bundled 2,000-image sample otherwise")
    s.add_argument("--seed", type=int, default=0)
    s.add_argument("--no-write", action="store_true", help="do not write results into the model card")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_eval)

    s = sub.add_parser("compare", parents=[common], help="side-by-side figure of 2-4 models with evidence")
    from latentlab.compare import add_arguments as add_compare_arguments

    add_compare_arguments(s)
    s.set_defaults(func=cmd_compare)

    s = sub.add_parser("lesson", parents=[common], help="work with lesson files")
    lesson_sub = s.add_subparsers(dest="lesson_command", metavar="ACTION", required=True)
    c = lesson_sub.add_parser("check", parents=[common], help="validate lessons without opening a window")
    c.add_argument("files", nargs="+", help="lesson .toml files")
    c.set_defaults(func=cmd_lesson_check)

    s = sub.add_parser("bench", parents=[common], help="benchmark the GUI's render path (offscreen)")
    s.add_argument("--json", action="store_true")
    s.add_argument("--models", nargs="*", help="only these models")
    s.add_argument("--seconds", type=float, default=5.0, help="length of the synthetic drag")
    s.set_defaults(func=cmd_bench)
    return p


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    args.argv = list(sys.argv[1:] if argv is None else argv)  # `train --nproc` hands them to torchrun
    func: Callable = getattr(args, "func", None) or cmd_gui
    try:
        return int(func(args) or 0)
    except KeyboardInterrupt:
        print("latentlab: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # one clear line for users; the traceback on request
        if args.debug:
            raise
        from latentlab.core.checkpoint import CheckpointError

        known = (CLIError, CheckpointError, ValueError, OSError)
        try:
            from latentlab.core.datasets import DatasetError
            from latentlab.core.files import ExportError

            known += (DatasetError, ExportError)
        except ImportError:  # pragma: no cover
            pass
        msg = str(exc) if isinstance(exc, known) else f"{type(exc).__name__}: {exc}"
        print(f"latentlab: error: {msg}", file=sys.stderr)
        return EXIT_ERROR


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
