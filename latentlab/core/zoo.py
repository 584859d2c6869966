"""Discovery of bundled and user models, and their cards, without loading any weights."""

from __future__ import annotations

import os
import struct
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from latentlab.core import families
from latentlab.core.checkpoint import STATE_DICT_SUFFIXES, CheckpointError, check_safetensors_header, read_card
from latentlab.core.errors import keyed
from latentlab.core.families.base import DISCRIMINATOR_PREFIX
from latentlab.core.model_files import PROGRAM_SUFFIXES
from latentlab.core.programs import GENERATORS, archive_parameter_count, onnx_parameter_count, program_kind
from latentlab.core.paths import pretrained_dir, user_models_dir

MODELS_ENV = "LATENTLAB_MODELS"


@dataclass
class ModelInfo:
    """One model file as listed by ``latentlab models`` and the model browser."""

    name: str
    path: str
    kind: str
    arch: str
    dataset: str | None
    latent_dim: int
    image_shape: list[int]
    class_names: list[str]
    params: int
    size_bytes: int
    source: str  # "bundled" | "user"
    card: dict[str, Any] = field(default_factory=dict, repr=False)

    @property
    def family(self) -> families.Family | None:
        """The model's family, or None when no registered family stores this arch and kind."""
        return families.maybe_family_of(self)

    @property
    def generates(self) -> bool:
        """False for feature networks; files of unknown families count as generators (opening
        one explains the problem)."""
        family = self.family
        return family is None or family.capabilities.generates

    @property
    def is_program(self) -> bool:
        """A TorchScript, torch.export or ONNX file: described by a manifest, opened as a program."""
        return any(f.arch == self.arch and f.program for f in families.all_families())

    @property
    def teaching_order(self) -> int | None:
        """Place in the teaching sequence from the card (1: simplest), or None when not declared."""
        order = self.card.get("teaching_order")
        return order if isinstance(order, int) and not isinstance(order, bool) else None

    def to_json(self, with_card: bool = False) -> dict[str, Any]:
        d = asdict(self)
        if not with_card:
            d.pop("card")
        return d


def _param_count(path: Path) -> int:
    """Parameter count from the safetensors header (buffers such as BN statistics excluded).

    The header is validated first (shapes of whole numbers, a bounded total), so a damaged or
    hostile header costs no memory here. A discriminator the file carries is not counted
    (:func:`parameter_counts` gives it apart).
    """
    _, stored, _ = check_safetensors_header(path, check_family=False)
    return parameter_counts(stored)[0]


def parameter_counts(stored: dict[str, tuple[str, tuple[int, ...]]]) -> tuple[int, int]:
    """(generator, kept discriminator) parameters in a checkpoint's tensor table, BN statistics left out.

    ``stored`` is :func:`~latentlab.core.checkpoint.check_safetensors_header`'s ``{name: (dtype,
    shape)}``; the discriminator's tensors are those under ``discriminator.``.
    """
    totals = [0, 0]
    for name, (_, shape) in stored.items():
        if "running_" in name or "num_batches" in name:
            continue
        count = 1
        for dim in shape:
            count *= dim
        totals[name.startswith(DISCRIMINATOR_PREFIX)] += count
    return totals[0], totals[1]


def model_info(path: str | Path, source: str = "user") -> ModelInfo:
    """Describe one model file from its card; raises ``CheckpointError`` for unusable files."""
    path = Path(path)
    if path.suffix.lower() == ".json" or (path.is_file() and program_kind(path)):
        return program_info(path, source)
    card = read_card(path)
    config = card.get("config", {})
    family = families.maybe_family_of(card)
    generates = family is None or family.capabilities.generates
    return ModelInfo(
        name=path.stem,
        path=str(path),
        kind=card.get("kind", "?"),
        arch=card["arch"],
        dataset=card.get("dataset"),
        latent_dim=int(config.get("latent_dim", 0)) if generates else 0,
        image_shape=list(config.get("image_shape", [])),
        class_names=list(card.get("class_names") or []),
        params=_param_count(path),
        size_bytes=path.stat().st_size,
        source=source,
        card=card,
    )


def program_info(path: Path, source: str = "user") -> ModelInfo:
    """A program file (or its manifest) described from the manifest and the file, running nothing.

    Parameter counts come from the stored weights (``core/programs.py``); what no manifest
    states is left empty (0, []) until the program is opened and discovered.
    """
    from latentlab.core.checkpoint import _check_file, _manifest_model_file, _read_manifest
    from latentlab.core.programs import embedded_manifest

    if path.suffix.lower() == ".json":
        manifest = _read_manifest(path)
        model_file = _manifest_model_file(path, manifest)
        _check_file(model_file)
    else:
        model_file, beside = path, path.with_suffix(".json")
        manifest = _read_manifest(beside) if _manifest_names(beside, path) else {}
    kind = program_kind(model_file)
    if kind is None:
        raise CheckpointError(f"{model_file}: not a TorchScript, torch.export or ONNX program")
    manifest = {**(embedded_manifest(model_file, kind) or {}), **manifest}
    params = onnx_parameter_count(model_file) if kind == "onnx" else archive_parameter_count(model_file)
    latent = manifest.get("latent_dim", 0)
    return ModelInfo(path.stem, str(path), str(manifest.get("kind", "?")), GENERATORS[kind].arch,
                     manifest.get("dataset"), latent if isinstance(latent, int) else 0,
                     list(manifest.get("image_shape") or []), list(manifest.get("class_names") or []), params,
                     model_file.stat().st_size, source, manifest)


def _user_dirs() -> list[Path]:
    dirs = [user_models_dir()]
    extra = os.environ.get(MODELS_ENV, "")
    dirs += [Path(p).expanduser() for p in extra.split(os.pathsep) if p.strip()]
    return dirs


def _candidates(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    files = sorted(folder.glob("*.safetensors"))
    manifests = sorted(p for p in folder.glob("*.json") if any(p.with_suffix(s).exists() for s in PROGRAM_SUFFIXES))
    files += manifests
    # Programs that need no manifest (a .pt2 or .onnx says its shapes itself) are listed by their own
    # name, unless the manifest of the same stem describes them (a mine.json for mine.pt does not).
    files += sorted(p for s in _SELF_DESCRIBING for p in folder.glob(f"*{s}")
                    if not _manifest_names(p.with_suffix(".json"), p))
    return files


def _manifest_names(manifest_path: Path, program: Path) -> bool:
    """Whether ``manifest_path`` exists and describes ``program`` (its ``file``, or its default sibling)."""
    from latentlab.core.checkpoint import _manifest_model_file, _read_manifest

    if not manifest_path.is_file():
        return False
    try:
        return _manifest_model_file(manifest_path, _read_manifest(manifest_path)).resolve() == program.resolve()
    except CheckpointError:
        return True  # a damaged manifest: listed (and explained) under its own name


#: program files listed without a manifest: their graphs state their shapes (a ``.pt`` may be a state dict)
_SELF_DESCRIBING = (".pt2", ".onnx")


def model_folders(include_user: bool = True) -> list[Path]:
    """The folders models are listed from: the bundled ``pretrained/``, then the user's."""
    return [pretrained_dir()] + (_user_dirs() if include_user else [])


def model_files(include_user: bool = True) -> list[Path]:
    """Every file a model may be opened from in :func:`model_folders`, without reading any.

    What :func:`list_models` lists, plus the program file beside each manifest (a model may
    have been opened from either); for finding an export's model by SHA-256
    (:func:`latentlab.core.sidecar.find_model_file`).
    """
    seen: set[Path] = set()
    files: list[Path] = []
    for folder in model_folders(include_user):
        for path in _candidates(folder):
            extra = [path.with_suffix(s) for s in PROGRAM_SUFFIXES] if path.suffix.lower() == ".json" else []
            for p in [path, *extra]:
                key = p.resolve()
                if key not in seen and p.is_file():
                    seen.add(key)
                    files.append(p)
    return files


def list_models(include_user: bool = True, include_classifiers: bool = True) -> list[ModelInfo]:
    """Bundled models first, then the user's (``~/.local/share/latentlab/models`` and ``$LATENTLAB_MODELS``).

    Unreadable files are skipped here; :func:`scan_errors` reports them.
    """
    found: list[ModelInfo] = []
    sources = [(pretrained_dir(), "bundled")]
    if include_user:
        sources += [(d, "user") for d in _user_dirs()]
    seen: set[str] = set()
    for folder, source in sources:
        for path in _candidates(folder):
            key = str(path.resolve())
            if key in seen:
                continue
            seen.add(key)
            try:
                info = model_info(path, source)
            except (CheckpointError, OSError, ValueError, KeyError, struct.error):
                continue
            if not include_classifiers and not info.generates:
                continue
            found.append(info)
    return found


def scan_errors(include_user: bool = True) -> list[str]:
    """Messages for model files in the model folders that cannot be read."""
    folders = [pretrained_dir()] + (_user_dirs() if include_user else [])
    errors = []
    for folder in folders:
        for path in _candidates(folder):
            try:
                model_info(path)
            except (CheckpointError, OSError, ValueError, KeyError, struct.error) as exc:
                errors.append(str(exc))
        errors += [f"{p.name}: a torch.save file, not a latentlab model; import it with "
                   f"`latentlab import {p} -o {p.with_suffix('.safetensors').name}`" for p in _state_dict_files(folder)]
    return errors


def _state_dict_files(folder: Path) -> list[Path]:
    """``torch.save`` files a user dropped into a models folder (TorchScript with a manifest excluded)."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in STATE_DICT_SUFFIXES and p.is_file()
                  and not p.with_suffix(".json").is_file())


def find_model(name_or_path: str | Path) -> Path:
    """Resolve a bundled/user model name or a file path to a file path.

    Raises
    ------
    CheckpointError
        If it is neither an existing file nor a known model name; the message lists the names.
    """
    path = Path(name_or_path).expanduser()
    if path.is_file():
        return path
    name = str(name_or_path)
    for info in list_models():
        if info.name == name:
            return Path(info.path)
    if path.suffix or os.sep in name:
        raise CheckpointError(keyed("file.not_found", path=path))
    names = ", ".join(i.name for i in list_models()) or "none installed"
    raise CheckpointError(f"no model named {name!r}; known models: {names}")


def first_teaching_model(infos: list[ModelInfo]) -> ModelInfo | None:
    """The generator a first run opens: the lowest declared ``teaching_order``, else the first
    bundled generator, else the first generator; None when there is none."""
    gens = [i for i in infos if i.generates]
    ordered = [i for i in gens if i.teaching_order is not None]
    if ordered:
        return min(ordered, key=lambda i: i.teaching_order)
    bundled = [i for i in gens if i.source == "bundled"]
    return (bundled or gens or [None])[0]


def feature_network(dataset: str) -> Path | None:
    """The bundled classifier for ``dataset`` (the metrics' feature network), if any."""
    for info in list_models():
        if not info.generates and info.dataset == dataset:
            return Path(info.path)
    return None


_ZOO_COLUMNS = [
    ("fid", "FID ↓"), ("kid", "KID ↓"), ("precision", "precision ↑"), ("recall", "recall ↑"),
    ("sharpness_ratio", "sharpness ratio"), ("coverage_entropy", "coverage entropy ↑"),
    ("conditional_agreement", "class agreement ↑"), ("mean_confidence", "confidence ↑"),
    ("inception_score", "IS ↑"),
    ("recon_mse", "recon MSE ↓"), ("ppl", "path length ↓"),
]


def _largest_value(result: Any) -> float | None:
    """The largest leakage of a fidelity result, or None (metric_table.largest_leakage's figure; zoo
    stays below metric_table in the import graph)."""
    leak = result.get("leakage") if isinstance(result, dict) else None
    values = [v for v in (leak or {}).values() if isinstance(v, (int, float)) and not isinstance(v, bool)]
    return max(values) if values else None


def _cell(value: Any, digits: int = 3) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.{digits}g}" if abs(value) < 1000 else f"{value:.0f}"
    return str(value)


def zoo_markdown(infos: list[ModelInfo], feature_networks: dict[str, Path | None] | None = None) -> str:
    """Markdown table of models with their ``eval`` metrics and the real-vs-real floor.

    The floor row of each dataset is what real test images score against real images, so a
    reader can see how far each model is from "as good as data". ``feature_networks``
    (``{dataset: path}``, as each dataset's spec finds it) tells the metrics' feature networks
    apart from other classifiers of the same dataset; without it every classifier is listed as one.
    """
    header = ["model", "kind", "dataset", "latent", "params", "size", *[label for _, label in _ZOO_COLUMNS]]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    floors: dict[str, dict[str, Any]] = {}
    for info in infos:
        if not info.generates:
            continue
        ev = (info.card.get("metrics") or {}).get("eval") or {}
        cond = " (conditional)" if info.class_names else ""
        cells = [f"`{info.name}`", info.kind + cond, info.dataset or "–", str(info.latent_dim),
                 f"{info.params / 1e3:.0f} k", f"{info.size_bytes / 2**20:.1f} MB"]
        cells += [_cell(ev.get(key)) for key, _ in _ZOO_COLUMNS]
        lines.append("| " + " | ".join(cells) + " |")
        if ev.get("floor") and info.dataset not in floors:
            floors[info.dataset] = ev["floor"]
    for dataset, floor in floors.items():
        cells = [f"*real vs real ({dataset})*", "–", dataset, "–", "–", "–"]
        cells += [_cell(floor.get(key)) for key, _ in _ZOO_COLUMNS]
        lines.append("| " + " | ".join(cells) + " |")
    classifiers = [i for i in infos if not i.generates]
    if classifiers:
        def used(info: ModelInfo) -> bool:
            """Whether it is its dataset's feature network (a second one, such as a judge, is not)."""
            found = feature_networks.get(info.dataset) if feature_networks and info.dataset else None
            return found is None or Path(found).resolve() == Path(info.path).resolve()

        def accuracy(info: ModelInfo) -> str:
            training = (info.card.get("metrics") or {}).get("training") or {}
            return f"`{info.name}` test accuracy {_cell(training.get('test_accuracy'), 4)}"

        lines.append("")
        lines.append("Feature networks (used by the metrics): " + "; ".join(accuracy(i) for i in classifiers if used(i)))
        others = [i for i in classifiers if not used(i)]
        if others:
            lines.append("")
            lines.append("Other classifiers (not the metrics' feature network of their dataset): " + "; ".join(
                accuracy(i) for i in others))
    return "\n".join(lines)


def model_cards_markdown(infos: list[ModelInfo]) -> str:
    """Per-model provenance (exact command, epochs, wall time, device) and metrics, as Markdown."""
    out: list[str] = []
    for info in infos:
        card = info.card
        prov = card.get("provenance") or {}
        metrics = card.get("metrics") or {}
        out.append(f"### `{info.name}`")
        out.append("")
        out.append(f"- {info.kind} ({info.arch}), dataset `{info.dataset}`, latent {info.latent_dim}, "
                   f"{info.params:,} parameters, {info.size_bytes / 2**20:.2f} MB")
        if prov.get("command"):
            out.append(f"- command: `{prov['command']}`")
        bits = [f"{k} {prov[k]}" for k in ("epochs", "steps", "device", "date") if k in prov]
        if "seconds" in prov:
            bits.append(f"wall time {prov['seconds'] / 60:.1f} min")
        if bits:
            out.append("- " + ", ".join(bits))
        for key in ("hardware", "stopped"):
            if prov.get(key):
                out.append(f"- {key}: {prov[key]}")
        training = metrics.get("training") or {}
        if training:
            out.append("- end of training: " + ", ".join(f"{k} {_cell(v, 4)}" for k, v in training.items()))
        ev = metrics.get("eval") or {}
        if ev:
            shown = [f"{label} {_cell(ev.get(key))}" for key, label in _ZOO_COLUMNS if ev.get(key) is not None]
            out.append(f"- `latentlab eval` (n={ev.get('n')}, real: {ev.get('real_source', '?')}): " + ", ".join(shown))
            hist = ev.get("class_histogram")
            if hist:
                out.append("- class coverage: " + " ".join(f"{100 * h:.1f}%" for h in hist))
            for factor, shares in (ev.get("factor_shares") or {}).items():
                out.append(f"- {factor}: samples " + " ".join(f"{100 * v:.1f}%" for v in shares.get("samples", []))
                           + " vs real " + " ".join(f"{100 * v:.1f}%" for v in shares.get("real", [])))
        directions = metrics.get("directions") or {}
        if directions:
            out.append("- factor directions (`latentlab directions`; ρ, range, largest leakage): " + "; ".join(
                f"{name} {_cell(d.get('spearman_rho'), 3)}, {_cell(d.get('range'), 3)}, "
                f"{_cell(max((d.get('leakage') or {0: 0}).values()), 3)}" for name, d in directions.items()))
            steered = {name: d["steering"] for name, d in directions.items() if isinstance(d.get("steering"), dict)}
            if steered:
                judge = next(iter(steered.values())).get("judge", {}).get("name", "?")
                out.append(f"- steered walks (`--steer`, read by {judge}; largest leakage straight → steered): " + "; ".join(
                    f"{name} {_cell(_largest_value(e.get('straight')), 3)} → "
                    f"{_cell(_largest_value(e.get('steered')), 3)}" for name, e in steered.items()))
        out.append("")
    return "\n".join(out)
