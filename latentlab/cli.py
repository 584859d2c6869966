"""``latentlab`` command line: one argparse parser with subcommands.

Qt is imported only by the ``gui``/``bench`` subcommands (and the bare command), so scripted
use stays light. Errors print one clear line and exit non-zero; ``--debug`` shows tracebacks.

Over 600 lines for now: the parser and the small commands (sample's size caps, info's header
checks, the model-name shorthand) landed together from several branches; the larger commands
already live in their own modules (``evaluate``, ``compare``, ``detect``, ``train.cli``) and
``sample``/``interpolate`` are next to move out.
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
import warnings
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
        from latentlab.core import datasets
        from latentlab.core.zoo import model_cards_markdown, zoo_markdown

        features = {}
        for dataset in {i.dataset for i in infos if not i.generates and i.dataset}:
            try:
                features[dataset] = datasets.get(dataset).feature_network()
            except KeyError:  # the user's own data: no spec, its one classifier is its feature network
                features[dataset] = None
        print(zoo_markdown(infos, features))
        print()
        print(model_cards_markdown(infos))
        return 0
    if args.json:
        print(json.dumps([i.to_json() for i in infos], indent=2))
        return 0
    unusable = _unusable_programs(infos, trust=args.trust_code)
    infos = [i for i in infos if i.path not in unusable]
    if not infos:
        print("No models found. Bundled models live in pretrained/; put your own in "
              "~/.local/share/latentlab/models or $LATENTLAB_MODELS.")
    rows = [[i.name, i.kind, i.dataset or "-", str(i.latent_dim or "-"),
             str(len(i.class_names) or "-"), f"{i.params / 1e6:.2f}M", _human_size(i.size_bytes), i.source]
            for i in infos]
    if rows:
        print(_table(rows, ["name", "kind", "dataset", "latent", "classes", "params", "size", "source"]))
    for why in unusable.values():
        print(f"unusable: {why}", file=sys.stderr)
    for err in scan_errors():
        print(f"skipped: {err}", file=sys.stderr)
    return 0


def _unusable_programs(infos, trust: bool) -> dict[str, str]:
    """{path: reason} for program files that fail to open or whose probe decode fails.

    ONNX files are always opened; TorchScript and .pt2 files only under --trust-code (for the
    others the listing is their manifest's word, and the table says "program").
    """
    from latentlab.core.checkpoint import CheckpointError, UntrustedCodeError, load_model, trust_program

    failed = {}
    for info in infos:
        if not info.is_program:
            continue
        if trust:  # `models --trust-code`: the person vouches for every program in their folders
            trust_program(info.path)
        try:
            load_model(info.path, device="cpu")
        except UntrustedCodeError:
            info.source += ", program (not run)"
        except CheckpointError as exc:
            failed[info.path] = str(exc)
    return failed


def cmd_info(args) -> int:
    from latentlab.core.checkpoint import check_safetensors_header
    from latentlab.core.zoo import find_model, model_info

    path = find_model(args.model)
    info = model_info(path)
    checksum = critic = None
    if Path(info.path).suffix.lower() == ".safetensors":
        # The same card, family, config and shape checks as loading, so a card the loader would
        # refuse is refused here too (exit 1), without reading any weights.
        card, stored, _ = check_safetensors_header(info.path)
        checksum = f"{str(card.get('tensor_sha256', ''))[:16]}… over the weights only; the card is checked, not hashed"
        critic = _discriminator_line(card, stored)
    if info.is_program:
        _open_program_for_info(info, args)
    if args.json:
        print(json.dumps(info.to_json(with_card=True), indent=2))
        return 0
    card = info.card
    print(f"{info.name}  ({info.path})")
    print(f"  kind        {info.kind} ({info.arch})")
    print(f"  dataset     {info.dataset or '-'}")
    inferred = set(info.card.get("inferred") or [])
    print(f"  latent dim  {info.latent_dim}" + (" (read off the file)" if "latent_dim" in inferred else ""))
    if info.card.get("latent_shape"):
        print(f"  latent shape (N, {', '.join(map(str, info.card['latent_shape']))})")
    print(f"  image shape {info.image_shape}" + (" (read off the file)" if "image_shape" in inferred else ""))
    print(f"  classes     {', '.join(info.class_names) or '-'}")
    print(f"  parameters  {info.params:,}")
    if critic:
        print(f"  discriminator {critic}")
    print(f"  file size   {_human_size(info.size_bytes)}")
    if checksum:
        print(f"  checksum    {checksum}")
    prov = card.get("provenance") or {}
    for key in ("command", "epochs", "seconds", "device", "date", "package_version"):
        if key in prov:
            print(f"  {key:<11} {prov[key]}")
    for group, values in (card.get("metrics") or {}).items():
        if isinstance(values, dict):
            print(f"  metrics/{group}: " + ", ".join(f"{k}={_fmt(v)}" for k, v in values.items()
                                                  if not isinstance(v, (dict, list))))
    return 0


def _discriminator_line(card: dict, stored: dict) -> str | None:
    """What ``info`` says of the discriminator a checkpoint carries (None: its family keeps none)."""
    from latentlab.core import families
    from latentlab.core.zoo import parameter_counts

    family = families.maybe_family_of(card)
    if family is None or not family.capabilities.carries_discriminator:
        return None
    count = parameter_counts(stored)[1]
    if not count:
        return "none in the file"
    record = families.kept_discriminator(card) or {}
    source = card["provenance"]["imported_from"] if record else {}
    where = f", from {record['found_at']} in {source.get('file')}" if record.get("found_at") else ""
    return (f"{record.get('architecture', 'included')}{where}: {count:,} parameters under discriminator.* "
            "(model.critic_score)")


def _open_program_for_info(info, args) -> None:
    """Fill a program's info from the opened program where that is allowed (ONNX, or --trust-code).

    The manifest alone gives what it states; opening the program adds what it infers (latent and
    image shape) and the exact parameter count. Without trust a TorchScript/.pt2 file is not run.
    """
    from latentlab.core.checkpoint import UntrustedCodeError, load_model

    try:
        model = load_model(info.path, device="cpu")
    except UntrustedCodeError:
        described = "described from its manifest" if info.card else "with no manifest beside it, shown"
        print(f"{Path(info.path).name}: a program, {described} without running it; "
              "add --trust-code to open it and check what it produces", file=sys.stderr)
        return
    info.latent_dim, info.image_shape = model.latent_dim, list(model.image_shape)
    info.kind, info.params, info.class_names = model.kind, model.num_parameters(), list(model.class_names)
    info.card = {**info.card, **model.card, "inferred": list(model.inferred)}


def cmd_import(args) -> int:
    from latentlab.core.import_plan import import_file, inspect

    out = Path(args.out)
    if out.suffix.lower() not in (".safetensors", ".json"):
        raise CLIError(f"-o {out}: the converted model is a .safetensors file (a program's manifest: a .json file)")
    classes = _parse_classes(args.classes)
    plan = inspect(args.file, arch=args.arch, classes=classes, dataset=args.dataset, key=args.key)
    for line in plan.summary():
        print(f"  {line}")
    # The card keeps the command as the user could retype it, with the file's name, not its path.
    options = [f"--{k} {v}" for k, v in (("arch", args.arch), ("key", args.key), ("dataset", args.dataset)) if v]
    if args.classes:
        options.append("--classes " + " ".join(args.classes))
    command = " ".join(["latentlab import", Path(args.file).name, *options, "-o", out.name])
    import_file(args.file, out, dataset=args.dataset, command=command, plan=plan)
    trust = " --trust-code" if plan.family.program and plan.route != "onnx" else ""
    print(f"wrote {out}; check the lines above, then open it: latentlab sample {out}{trust} -o samples.png")
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
    from latentlab.core.sidecar import dataset_of_card, model_record

    # The model by name, file name and SHA-256, never its folder: regenerate() finds it again.
    card = getattr(model, "card", None)
    return {"model": model_record(path, card=card), "dataset": dataset_of_card(card), "device": device}


def _load(args):
    from latentlab.core.checkpoint import load_model
    from latentlab.core.zoo import find_model

    path = find_model(args.model)
    return load_model(path, device=args.device), path


#: most samples one ``latentlab sample`` run draws (an .npy streams them to disk)
MAX_SAMPLES = 10_000_000
#: largest PNG contact sheet ``sample`` builds in memory, in bytes of pixels
MAX_GRID_BYTES = 64_000_000
#: most latent values ``sample`` holds in memory at once (1 GB of float32)
MAX_LATENT_VALUES = 250_000_000
#: above this many samples the sidecar records how the latents were drawn, not every value
SIDECAR_MAX_LATENTS = 10_000
#: at most this many frames per segment in ``interpolate``, and in the whole path
MAX_FRAMES = 10_000


def _check_sample_size(args, model, out: Path) -> None:
    """Refuse a ``-n`` that cannot fit, with the figure, before anything is drawn."""
    import shutil

    import numpy as np

    n = args.n
    if n < 1:
        raise CLIError(f"-n {n}: need at least one sample")
    if n > MAX_SAMPLES:
        raise CLIError(f"-n {n:,}: at most {MAX_SAMPLES:,} samples in one run")
    if n * model.latent_dim > MAX_LATENT_VALUES:
        raise CLIError(f"-n {n:,} would need {_bytes(n * model.latent_dim * 4)} of latents in memory; "
                       f"the limit is {_bytes(MAX_LATENT_VALUES * 4)}")
    pixels = n * int(np.prod(model.image_shape))
    if out.suffix.lower() == ".png":
        need = pixels * args.scale * args.scale
        if need > MAX_GRID_BYTES:
            raise CLIError(f"-n {n:,} at --scale {args.scale} would need a {_bytes(need)} PNG sheet; "
                           f"the limit is {_bytes(MAX_GRID_BYTES)}: write an .npy for large samples")
        return
    try:
        free = shutil.disk_usage(out.parent if str(out.parent) else ".").free
    except OSError:
        return  # the write itself will say what is wrong with the folder
    if pixels > free:
        raise CLIError(f"-n {n:,} would need {_bytes(pixels)} for {out.name}; "
                       f"the limit is the {_bytes(free)} free in {out.parent}")


def _bytes(n: float) -> str:
    for unit in ("bytes", "KB", "MB", "GB", "TB", "PB"):
        if n < 1000 or unit == "PB":
            return f"{n:.0f} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1000
    return f"{n:.1f} PB"


def _decode_into(model, z, labels, frames) -> None:
    """Decode ``z`` chunk by chunk into ``frames`` (N, H, W, C) uint8: an array or a memory map."""
    from latentlab.core.families.base import DECODE_CHUNK
    from latentlab.core.pixels import to_uint8

    for start in range(0, z.shape[0], DECODE_CHUNK):
        stop = start + DECODE_CHUNK
        part = to_uint8(model.decode(z[start:stop], None if labels is None else labels[start:stop]))
        frames[start:stop] = part if frames.ndim == 4 else part[..., 0]


def _sample_captions(model, labels, args) -> list[str]:
    """Grid captions in ``--lang``: class names for a conditional model, else sample numbers."""
    from latentlab.core.caption_text import caption, class_caption

    if labels is not None:
        return [class_caption(model.class_names[k], args.lang) for k in labels.tolist()]
    return [caption("sample {index}", args.lang, index=i + 1) for i in range(args.n)]


def cmd_sample(args) -> int:
    import numpy as np
    import torch

    from latentlab.core.export import save_grid
    from latentlab.core.files import remove_stale_temp_files
    from latentlab.core.sidecar import export_path, latent_to_json

    out = Path(args.out)
    if out.suffix.lower() not in (".png", ".npy"):
        raise CLIError(f"-o {out}: use a .png (grid) or .npy (uint8 array) file name")
    if args.n < 1:
        raise CLIError(f"-n {args.n}: need at least one sample")
    model, path = _load(args)
    _check_sample_size(args, model, out)
    label = _parse_label(model, args.label)
    z = model.sample_latent(args.n, seed=args.seed, truncation=args.truncation)
    labels = None
    if model.conditional:
        labels = torch.full((args.n,), label) if label is not None else torch.arange(args.n) % model.num_classes
    sidecar = _sidecar_base(model, path, str(model.device))
    sidecar.update({"mode": "grid" if out.suffix == ".png" else "array", "seed": args.seed,
                    "truncation": args.truncation, "scale": args.scale})
    if args.n <= SIDECAR_MAX_LATENTS:
        sidecar.update({"z": latent_to_json(z), "labels": labels.tolist() if labels is not None else None})
    else:  # a million latents would be a 300 MB sidecar: record how they were drawn instead
        sidecar.update({"prior": {"n": args.n, "dim": model.latent_dim, "seed": args.seed,
                                  "truncation": args.truncation},
                        "labels": labels.tolist() if labels is not None else None})
    c, h, w = model.image_shape
    if out.suffix.lower() == ".png":
        frames = np.empty((args.n, h, w, c), dtype=np.uint8)
        _decode_into(model, z, labels, frames)
        captions = _sample_captions(model, labels, args) if args.captions else None
        save_grid(out, frames, ncols=args.cols, scale=args.scale, captions=captions, sidecar=sidecar)
    else:
        # Streamed: each chunk is written to the memory-mapped file as it is decoded, so
        # memory stays flat however large -n is.
        remove_stale_temp_files(out.parent)
        shape = (args.n, h, w) if c == 1 else (args.n, h, w, c)
        with export_path(out, sidecar, ".npy") as tmp:
            frames = np.lib.format.open_memmap(tmp, mode="w+", dtype=np.uint8, shape=shape)
            _decode_into(model, z, labels, frames)
            frames.flush()
            del frames
    labels_out = args.labels_out or (str(out.with_suffix(".labels.npy")) if label is not None and out.suffix == ".npy" else None)
    if labels_out and labels is not None:
        with export_path(Path(labels_out), None, ".npy") as tmp:
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
    if args.frames > MAX_FRAMES:
        raise CLIError(f"--frames {args.frames:,}: at most {MAX_FRAMES:,} frames per segment")
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
    total = spec.keyframe_frames()[-1] + 1 if spec.keyframes else 0  # counted, not computed
    if total > MAX_FRAMES:
        raise CLIError(f"the path has {total:,} frames; the limit is {MAX_FRAMES:,} per file")
    frames = render_path(model, spec)
    sidecar = _sidecar_base(model, path, str(model.device))
    # The sidecar carries both the editable path and every frame's latent, so regenerating
    # the pixels needs no path logic at all.
    path_json = spec.to_json()
    if isinstance(path_json.get("model"), dict):  # keyframe files of older versions name the model's folder
        path_json["model"] = {k: v for k, v in path_json["model"].items() if k != "path"}
    sidecar.update({"mode": "path", "path": path_json, "z": latent_to_json(spec.latents()),
                    "labels": spec.labels() if model.conditional else None, "scale": args.scale, "fps": args.fps})
    if suffix == ".gif":
        save_gif(out, frames, fps=args.fps, scale=args.scale, pingpong=args.pingpong, sidecar=sidecar)
    elif suffix == ".mp4":
        save_mp4(out, frames, fps=args.fps, scale=args.scale, sidecar=sidecar)
    else:
        captions = None
        if args.captions:  # one per frame: where on the path it is
            from latentlab.core.caption_text import caption

            captions = [caption("step {step} of {steps}", args.lang, step=i + 1, steps=len(frames))
                        for i in range(len(frames))]
        save_grid(out, frames, scale=args.scale, sidecar=sidecar, captions=captions)
    print(f"wrote {out} ({len(frames)} frames)")
    return 0


def cmd_directions(args) -> int:
    from latentlab.fit_directions import run_directions

    return run_directions(args)


def cmd_anomaly(args) -> int:
    from latentlab.detect import run_anomaly

    return run_anomaly(args)


def cmd_train(args) -> int:
    from latentlab.train.cli import run_train

    return run_train(args)


def cmd_data(args) -> int:
    import time

    from latentlab.core import datasets

    spec = datasets.get(args.dataset)
    if not hasattr(spec.source, "write"):
        drawn = [s.name for s in datasets.specs().values() if hasattr(s.source, "write")]
        raise CLIError(f"{spec.name}: latentlab does not draw this dataset (it draws: {', '.join(drawn)}); "
                       "train with --data-dir pointing at its files")
    if args.n < 1:
        raise CLIError(f"-n {args.n}: the number of images must be positive")
    start = time.perf_counter()
    paths = spec.source.write(args.out, args.n, args.seed, args.test_n)
    seconds = time.perf_counter() - start
    for path in paths:
        print(f"wrote {path}")
    print(f"{args.n:,} training images in {seconds:.1f} s ({1000 * seconds / args.n:.2f} ms per image, all splits)")
    return 0


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

TRUST_HELP = ("run the code of the TorchScript / torch.export files named on this command "
              "(programs: open only files you trust)")


def _trust_named_models(args) -> None:
    """``--trust-code``: trust the program files (or their manifests) this command names."""
    from latentlab.core.checkpoint import CheckpointError, trust_program
    from latentlab.core.zoo import find_model

    named = [getattr(args, "model", None), getattr(args, "file", None), *(getattr(args, "models", None) or [])]
    for name in filter(None, named):
        try:
            path = find_model(name)
        except CheckpointError:  # an unknown name is reported by the command itself, in its own words
            continue
        trust_program(path)


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
    from latentlab.core.caption_text import lang_argument  # Qt-free and light: no torch

    # --device/--debug work before or after the subcommand. The subcommands' copies default to
    # SUPPRESS so they don't overwrite a value given before the subcommand.
    p = argparse.ArgumentParser(prog="latentlab", description="Explore the latent spaces of VAEs and GANs.")
    p.add_argument("--device", default="auto", help="auto (default), cpu, cuda, cuda:N or mps")
    p.add_argument("--debug", action="store_true", help="show full tracebacks on errors")
    p.add_argument("--trust-code", action="store_true", help=TRUST_HELP)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--device", default=argparse.SUPPRESS, help="auto (default), cpu, cuda, cuda:N or mps")
    common.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help="show full tracebacks")
    common.add_argument("--trust-code", action="store_true", default=argparse.SUPPRESS, help=TRUST_HELP)
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
                       help="convert a state dict (.pt/.pth/.ckpt…) of a known architecture to a latentlab model, "
                            "or write the manifest of a TorchScript/.pt2/ONNX program")
    s.add_argument("file", help="a state dict (.pt/.pth/.tar/.ckpt/.bin: read without running any code in it), "
                                "or a program (TorchScript .pt, .pt2, .onnx) to describe with a manifest")
    s.add_argument("--arch", help="try only this architecture (e.g. dcgan-tutorial, mlp-vae, vae, gan)")
    s.add_argument("--dataset", help="the dataset it was trained on (recorded on the card; class names)")
    s.add_argument("--classes", nargs="+", help="class count, or class names, of a conditional model")
    s.add_argument("--key", help="which generator, when the file holds several (e.g. netG, ema)")
    s.add_argument("-o", "--out", required=True, help="OUT.safetensors (a state dict) or OUT.json (a program's manifest)")
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
    s.add_argument("--captions", action="store_true",
                   help="caption grid cells with class names (conditional models) or sample numbers")
    s.add_argument("--lang", type=lang_argument, default="en", help="language of the captions: en, cs, zh_CN, zh_TW")
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
    s.add_argument("--captions", action="store_true", help="contact sheet (.png): caption each frame with its step")
    s.add_argument("--lang", type=lang_argument, default="en", help="language of the captions: en, cs, zh_CN, zh_TW")
    s.add_argument("-o", "--out", required=True, help="OUT.gif, OUT.mp4 or OUT.png (contact sheet)")
    s.set_defaults(func=cmd_interpolate)

    s = sub.add_parser("train", parents=[common], help="train a model")
    s.add_argument("kind", choices=_TrainableKinds(), help="the model family to train")
    s.add_argument("--dataset", default="mnist", help="mnist, fashion-mnist, faces64, or an image folder")
    s.add_argument("--data-dir", help="folder holding the dataset files")
    s.add_argument("--latent-dim", type=int, default=None, help="default: VAE 16, GAN 64")
    s.add_argument("--epochs", type=int, default=10)
    s.add_argument("--batch-size", type=int, default=128)
    s.add_argument("--lr", type=float, default=None, help="default: VAE 1e-3, GAN 2e-4, WGAN-GP 1e-4")
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
    s.add_argument("--critic-steps", type=int, default=5, help="WGAN-GP: critic updates per generator update")
    s.add_argument("--gp-weight", type=float, default=10.0, help="WGAN-GP: λ of the gradient penalty")
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

    s = sub.add_parser("data", parents=[common], help="draw a dataset latentlab makes itself (faces64)")
    s.add_argument("dataset", help="the dataset's name: faces64")
    s.add_argument("-n", type=int, default=50_000, help="training images (default 50,000)")
    s.add_argument("--test-n", type=int, default=None, help="test images (default: a tenth of -n, at least 100)")
    s.add_argument("--seed", type=int, default=0, help="seed of the training split (the test split uses seed+1)")
    s.add_argument("-o", "--out", default=None,
                   help="folder for DATASET-train.npz and DATASET-test.npz (for --data-dir); "
                        "default: the cache folder that training by name reads")
    s.set_defaults(func=cmd_data)

    s = sub.add_parser("eval", parents=[common], help="measure a model (FID, KID, coverage, …)")
    s.add_argument("model")
    s.add_argument("-n", type=int, default=10000, help="samples to generate (default 10,000)")
    s.add_argument("--data-dir", help="where the dataset is; the bundled 2,000-image sample otherwise")
    s.add_argument("--seed", type=int, default=0)
    s.add_argument("--no-write", action="store_true", help="do not write results into the model card")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_eval)

    s = sub.add_parser("directions", parents=[common],
                       help="fit a named latent direction per labelled factor (smile, glasses…) and measure it")
    s.add_argument("model")
    s.add_argument("-n", type=int, default=2000, help="images (VAE) or latents (GAN) to fit on (default 2,000)")
    s.add_argument("--seeds", type=int, default=200, help="seeds walked per direction (default 200)")
    s.add_argument("--method", choices=("decorrelated", "raw"), default="decorrelated",
                   help="decorrelated (default): correct each regression direction by what the decoded images show, "
                        "so it moves other factors less; raw: the plain regression")
    s.add_argument("--ridge", type=float, nargs="+", default=[0.003, 0.03, 0.3],
                   help="decorrelation: relative ridges to try, the least leaking kept "
                        "(0 = fewest side effects, larger = more range; default 0.003 0.03 0.3)")
    s.add_argument("--steer", nargs="+", metavar="DIRECTION",
                   help="also walk these directions ('all': every one) steered by the factor network, so the "
                        "other factors stay still, and measure them with --judge")
    s.add_argument("--judge", metavar="MODEL",
                   help="a second factor network (e.g. faces64-judge) that reads the steered and straight walks")
    s.add_argument("--data-dir", help="where the dataset is; generated into the cache folder otherwise")
    s.add_argument("--seed", type=int, default=0)
    s.add_argument("--no-write", action="store_true", help="do not write into the model card")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_directions)

    s = sub.add_parser("anomaly", parents=[common],
                       help="score normal images against outliers with a model (ROC AUC)")
    from latentlab.detect import add_arguments as add_anomaly_arguments

    add_anomaly_arguments(s)
    s.set_defaults(func=cmd_anomaly)

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


def _notice_or_warning(message, category, filename, lineno, file=None, line=None, *, show: Callable):
    """Device fallbacks and checkpoint warnings are for the user (one line), not Python warnings with a source line."""
    device = sys.modules.get("latentlab.core.device")  # loaded, or no such warning was raised
    if device is not None and issubclass(category, device.DeviceFallbackWarning):
        print(f"latentlab: note: {message}", file=sys.stderr)
        return
    checkpoint = sys.modules.get("latentlab.core.checkpoint")
    if checkpoint is not None and issubclass(category, checkpoint.CheckpointWarning):
        print(f"latentlab: warning: {message}", file=sys.stderr)
        return
    show(message, category, filename, lineno, file, line)


#: options of the bare command that take a value (so the value is not read as a model name)
_VALUE_OPTIONS = ("--device", "--lesson")


def _model_shorthand(argv: list[str], commands: set[str]) -> list[str]:
    """``latentlab mnist-vae`` means ``latentlab gui mnist-vae``: insert ``gui`` before a first
    positional argument that is a known model name or an existing model file (not a command)."""
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--":
            return argv
        if arg.startswith("-"):
            i += 2 if arg in _VALUE_OPTIONS else 1
            continue
        if arg in commands:
            return argv
        if Path(arg).expanduser().is_file():
            return [*argv[:i], "gui", *argv[i:]]
        from latentlab.core.zoo import list_models  # only when the argument is no command

        if any(info.name == arg for info in list_models()):
            return [*argv[:i], "gui", *argv[i:]]
        return argv
    return argv


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    argv = _model_shorthand(argv, set(sub.choices))
    args = parser.parse_args(argv)
    args.argv = argv  # `train --nproc` hands them to torchrun
    func: Callable = getattr(args, "func", None) or cmd_gui
    try:
        if args.trust_code:
            _trust_named_models(args)
        with warnings.catch_warnings():
            warnings.showwarning = functools.partial(_notice_or_warning, show=warnings.showwarning)
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
