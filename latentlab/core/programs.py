"""Open generators that are programs: TorchScript, ``torch.export`` (``.pt2``) and ONNX files.

A program file carries its own graph, so nothing rebuilds it from a config; what latentlab
needs to know about it (latent size and shape, image shape, output range, kind, classes) comes
from a JSON **manifest** (``mine.json`` beside ``mine.pt``, or ``latentlab.json`` inside a
``.pt2``'s extra files) and, where the manifest is absent or silent, from the program itself:
ONNX graphs state their input and output shapes; a ``torch.export`` graph states its input
shape; a TorchScript module is asked by a probe decode. The manifest stays the way to say what
cannot be inferred: class names, and the output range when one sample cannot tell it.

TorchScript and ``torch.export`` files run code of their author's choosing, so
:func:`open_program` refuses them with :class:`~latentlab.core.trust.UntrustedCodeError`
before loading anything unless the person has trusted the file (``core/trust.py``).
ONNX graphs hold only standard operators and open without that step.

Manifest fields (all optional where the program can tell them)::

    {"latent_dim": 100, "latent_shape": [100, 1, 1], "image_shape": [3, 64, 64],
     "output_range": [-1, 1], "kind": "gan", "class_names": [], "label_format": "index",
     "file": "netG.pt", "sha256": "…", "dataset": "celeba", "description": "…"}
"""

from __future__ import annotations

import json
import math
import threading
import warnings
import zipfile
from pathlib import Path
from typing import Any, Callable

import torch

from latentlab.core.families import exported, onnx_graph
from latentlab.core.families.base import Generator
from latentlab.core.model_files import PROGRAM_SUFFIXES
from latentlab.core.families.torchscript import LABEL_FORMATS, ProgramGenerator, TorchScriptGenerator, manifest_kinds
from latentlab.core.trust import CheckpointError, UntrustedCodeError, is_trusted_program

#: file kinds (``checkpoint._sniff``'s names) that are programs, with their generator class
GENERATORS: dict[str, type[ProgramGenerator]] = {
    "torchscript": TorchScriptGenerator, "export": exported.ExportedGenerator, "onnx": onnx_graph.OnnxGenerator}
#: the kinds whose opening runs the author's code (ONNX runs standard operators only)
RUN_CODE = {"torchscript": "a TorchScript program", "export": "a torch.export program"}
#: the longest a probe decode may take before the loader gives up waiting (see :func:`bounded`)
PROBE_SECONDS = 30.0


def program_kind(path: Path) -> str | None:
    """"torchscript", "export" or "onnx" for a program file, by its bytes (ONNX: by its name)."""
    with open(path, "rb") as f:
        head = f.read(4)
    if head == b"PK\x03\x04":
        try:
            with zipfile.ZipFile(path) as zf:
                names = zf.namelist()
        except (zipfile.BadZipFile, OSError):
            return None
        if any("/code/" in n for n in names) and any(n.endswith("constants.pkl") for n in names):
            return "torchscript"
        if any(n.endswith("/archive_format") for n in names) and any("/models/" in n for n in names):
            return "export"
        return None
    return "onnx" if path.suffix.lower() == ".onnx" else None


def sibling_program(manifest_path: Path) -> str:
    """The program file a manifest names when it gives no ``file``: the first sibling that exists."""
    for suffix in PROGRAM_SUFFIXES:
        if manifest_path.with_suffix(suffix).is_file():
            return manifest_path.with_suffix(suffix).name
    return manifest_path.with_suffix(".pt").name


def embedded_manifest(path: Path, kind: str) -> dict[str, Any] | None:
    """A manifest stored inside the program file (read as data: nothing in the file runs)."""
    if kind not in ("export", "torchscript"):
        return None
    try:
        with zipfile.ZipFile(path) as zf:
            name = next((n for n in zf.namelist() if n.endswith("/extra/" + exported.EXTRA_FILE)), None)
            if name is None or zf.getinfo(name).file_size > 1024**2:
                return None
            data = json.loads(zf.read(name))
    except (zipfile.BadZipFile, OSError, ValueError, RecursionError):
        raise CheckpointError(f"{path}: the manifest inside the file ({exported.EXTRA_FILE}) is damaged") from None
    if not isinstance(data, dict):
        raise CheckpointError(f"{path}: the manifest inside the file ({exported.EXTRA_FILE}) is not a JSON object")
    return data


def manifest_problems(manifest: dict[str, Any], arch: str) -> list[str]:
    """What is wrong with the fields a manifest gives (absent fields are not problems here)."""
    m, problems = manifest, []
    if "latent_dim" in m and not (isinstance(m["latent_dim"], int) and not isinstance(m["latent_dim"], bool)
                                  and 1 <= m["latent_dim"] <= MAX_SIZE):
        problems.append(f"latent_dim must be a whole number from 1 to {MAX_SIZE:,}")
    if "image_shape" in m and not _int_list(m["image_shape"], 3):
        problems.append("image_shape must be [C, H, W]")
    if "latent_shape" in m and not (_int_list(m["latent_shape"], 1) or _int_list(m["latent_shape"], 3)):
        problems.append("latent_shape must be [nz] or [nz, 1, 1]")
    if "output_range" in m and m["output_range"] not in ([-1, 1], [0, 1]):
        problems.append("output_range must be [-1, 1] or [0, 1]")
    kinds = manifest_kinds(arch)
    if "kind" in m and m["kind"] not in kinds:
        problems.append("kind must be " + " or ".join(f'"{k}"' for k in kinds))
    names = m.get("class_names", [])
    if not isinstance(names, list) or not all(isinstance(c, str) for c in names):
        problems.append("class_names must be a list of strings")
    if m.get("label_format", "index") not in LABEL_FORMATS:
        problems.append("label_format must be " + " or ".join(f'"{f}"' for f in LABEL_FORMATS))
    if "sha256" in m and not (isinstance(m["sha256"], str) and len(m["sha256"]) == 64):
        problems.append("sha256 must be the file's 64-character SHA-256")
    return problems


#: largest latent size or image side a manifest may state (larger is damage, not a model)
MAX_SIZE = 100_000


def _int_list(value: Any, n: int) -> bool:
    return (isinstance(value, list) and len(value) == n
            and all(isinstance(v, int) and not isinstance(v, bool) and 0 < v <= MAX_SIZE for v in value))


def bounded(fn: Callable[[], Any], seconds: float, what: str) -> Any:
    """``fn()``, but give up waiting after ``seconds``: a :class:`CheckpointError` naming ``what``.

    The call runs in a daemon thread. The bound stops the *loader* from hanging (a program that
    loops forever gives an error, not a frozen window or command), and the process can still
    exit. It cannot stop the program itself: Python cannot kill a thread, so a runaway forward
    keeps a core busy in the background until it ends; it bounds neither memory nor what the
    program does meanwhile (files it reads or writes). That is what the trust step is for.
    """
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["value"] = fn()
        except BaseException as exc:  # handed to the caller's thread below
            outcome["error"] = exc

    worker = threading.Thread(target=run, name="latentlab-probe", daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        raise CheckpointError(f"{what}: gave no answer within {seconds:g} s (the program may loop forever)")
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


def one_line(exc: BaseException) -> str:
    """The gist of a (TorchScript, ONNX) error: its last meaningful line, shortened."""
    lines = [ln.strip() for ln in str(exc).splitlines() if ln.strip() and not ln.strip().startswith(("~", "^"))]
    text = (lines[-1] if lines else type(exc).__name__).removeprefix("RuntimeError: ")
    return text if len(text) <= 200 else text[:197] + "…"


def _load_module(path: Path, kind: str) -> tuple[Any, dict[str, Any]]:
    """(callable module, what its graph says: latent/label/image shapes), loaded without a probe."""
    if kind == "torchscript":
        with warnings.catch_warnings():
            # torch.jit.load is deprecated upstream but remains the way to run a scripted generator.
            warnings.simplefilter("ignore", DeprecationWarning)
            return torch.jit.load(str(path), map_location="cpu"), {}
    if kind == "export":
        program = torch.export.load(str(path))
        return program.module(), _export_shapes(program)
    try:
        import onnxruntime
    except ImportError:
        raise CheckpointError(f"{path}: an ONNX file needs onnxruntime; {onnx_graph.INSTALL_HINT}") from None
    options = onnxruntime.SessionOptions()
    options.log_severity_level = 3  # warnings only; the user sees our one line
    session = onnxruntime.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
    graph = {"inputs": [(list(i.shape), "float" in i.type) for i in session.get_inputs()],
             "output": list(session.get_outputs()[0].shape)}
    return onnx_graph.OnnxSession(session), graph


def _export_shapes(program: Any) -> dict[str, Any]:
    inputs, output = [], []
    for node in program.graph.nodes:
        val = node.meta.get("val")
        if node.op == "placeholder" and node.name in program.graph_signature.user_inputs and val is not None:
            inputs.append(([d if isinstance(d, int) else "N" for d in val.shape], val.is_floating_point()))
        if node.op == "output" and node.args and node.args[0]:
            first = node.args[0][0]
            shape = getattr(first, "meta", {}).get("val")
            output = [d if isinstance(d, int) else "N" for d in shape.shape] if shape is not None else []
    return {"inputs": inputs, "output": output}


def _from_graph(graph: dict[str, Any], manifest: dict[str, Any], inferred: list[str]) -> None:
    """Fill the manifest's latent and label fields from a graph's input shapes (ONNX, export)."""
    inputs = graph.get("inputs") or []
    if not inputs:
        return
    shape = inputs[0][0]
    if len(shape) in (2, 4) and all(isinstance(d, int) and d > 0 for d in shape[1:]):
        _infer(manifest, inferred, "latent_shape", list(shape[1:]))
        _infer(manifest, inferred, "latent_dim", math.prod(shape[1:]))
    if len(inputs) > 1:
        label_shape, floats = inputs[1]
        _infer(manifest, inferred, "label_format", "one_hot" if floats else "index")
        if floats and len(label_shape) == 2 and isinstance(label_shape[1], int) and "class_names" not in manifest:
            _infer(manifest, inferred, "class_names", [str(k) for k in range(label_shape[1])])
    out = graph.get("output") or []
    if len(out) == 4 and all(isinstance(d, int) and d > 0 for d in out[1:]):
        _infer(manifest, inferred, "image_shape", list(out[1:]))


def _infer(manifest: dict[str, Any], inferred: list[str], key: str, value: Any) -> None:
    if key not in manifest:
        manifest[key] = value
        inferred.append(key)


def _first_layer_widths(module: Any) -> list[int]:
    """Latent sizes a TorchScript generator may take, read off its first weight's shape."""
    try:
        first = next(iter(module.parameters()))
    except (StopIteration, RuntimeError, AttributeError):
        return []
    if first.dim() == 2:  # Linear(nz, …): weight (out, nz)
        return [int(first.shape[1])]
    if first.dim() == 4:  # ConvTranspose2d(nz, …): weight (nz, out, k, k); Conv2d: (out, nz, k, k)
        return list(dict.fromkeys([int(first.shape[0]), int(first.shape[1])]))
    return []


def _probe_latents(manifest: dict[str, Any], module: Any, kind: str) -> list[list[int]]:
    """Latent shapes to try when the manifest and graph have not said (TorchScript only)."""
    if "latent_shape" in manifest:
        return [manifest["latent_shape"]]
    if "latent_dim" in manifest:
        return [[manifest["latent_dim"]], [manifest["latent_dim"], 1, 1]]
    if kind != "torchscript":
        return []
    return [shape for nz in _first_layer_widths(module) for shape in ([nz], [nz, 1, 1])]


def _discover(path: Path, manifest: dict[str, Any], module: Any, kind: str, graph: dict[str, Any],
              seconds: float) -> list[str]:
    """Complete ``manifest`` in place from the graph and, where still needed, probe decodes."""
    inferred: list[str] = []
    _from_graph(graph, manifest, inferred)
    if "latent_shape" not in manifest or "image_shape" not in manifest or "output_range" not in manifest:
        tries = _probe_latents(manifest, module, kind)
        if not tries:
            raise CheckpointError(f"{path}: cannot tell the latent size; give latent_dim in a manifest "
                                  "(README ▸ Bring your own model)")
        last, cause = "", None
        for shape in tries:
            # A random latent (seeded): a zero one can give an all-zero image through a tanh
            # generator without biases, which would read as a [0, 1] output.
            z = torch.randn(1, *shape, generator=torch.Generator().manual_seed(0))
            try:
                out = bounded(lambda z=z: _call(module, manifest, z), seconds, f"{path}: a probe decode")
            except CheckpointError:
                raise
            except Exception as exc:  # each failed guess is one line; the last one is reported
                last, cause = one_line(exc), exc
                continue
            if out.dim() == 4:
                _infer(manifest, inferred, "latent_shape", list(shape))
                _infer(manifest, inferred, "latent_dim", math.prod(shape))
                _infer(manifest, inferred, "image_shape", list(out.shape[1:]))
                # One decode: values below zero mean a tanh ([-1, 1]) output; otherwise [0, 1], a guess
                # that info and import mark as read off the file.
                _infer(manifest, inferred, "output_range", [-1, 1] if float(out.min()) < -1e-3 else [0, 1])
                break
            last = f"it returned shape {list(out.shape)}, not (N, C, H, W) images"
        else:
            raise CheckpointError(f"{path}: a probe decode failed for latent shapes "
                                  f"{', '.join(str(s) for s in tries)} ({last}); give latent_dim and "
                                  "latent_shape in a manifest") from cause  # --debug shows the full text
    if "kind" not in manifest:
        manifest["kind"] = "vae" if hasattr(module, "encode") else "gan"
        inferred.append("kind")
    return inferred


def _call(module: Any, manifest: dict[str, Any], z: torch.Tensor) -> torch.Tensor:
    with torch.inference_mode():
        if manifest.get("class_names"):
            label = torch.zeros(1, dtype=torch.long)
            if manifest.get("label_format") == "one_hot":
                label = torch.nn.functional.one_hot(label, len(manifest["class_names"])).float()
            return module(z, label)
        return module(z)


def check_trust(path: Path, kind: str, manifest_path: Path | None = None) -> None:
    """:class:`UntrustedCodeError` unless ``path`` (or its manifest) was trusted, for code-running kinds."""
    if kind in RUN_CODE and not (is_trusted_program(path) or (manifest_path and is_trusted_program(manifest_path))):
        raise UntrustedCodeError(path, RUN_CODE[kind])


def open_program(path: Path, kind: str, manifest: dict[str, Any] | None, manifest_path: Path | None,
                 device: torch.device, *, probe_seconds: float = PROBE_SECONDS) -> Generator:
    """Load a program file as a generator: trust, checksum, load, discover, one bounded probe.

    Parameters
    ----------
    path : Path
        The program file (already checked to be a regular file of ``kind``).
    kind : str
        "torchscript", "export" or "onnx" (see :func:`program_kind`).
    manifest : dict or None
        The manifest beside the file, if any; one inside the file is merged under it.
    manifest_path : Path or None
        Where ``manifest`` came from, for messages and trust.
    device : torch.device
        Where to put the model (ONNX runs on the CPU whatever this says).
    probe_seconds : float
        See :func:`bounded`.

    Raises
    ------
    UntrustedCodeError
        For a TorchScript or ``torch.export`` file nobody trusted; nothing of it has run.
    CheckpointError
        One line for anything else: a bad manifest, a checksum mismatch, a file that does not
        load, a probe decode that fails or disagrees with the manifest.
    """
    check_trust(path, kind, manifest_path)
    where = manifest_path or path
    manifest = {**(embedded_manifest(path, kind) or {}), **(manifest or {})}
    generator = GENERATORS[kind]
    problems = manifest_problems(manifest, generator.arch)
    if problems:
        raise CheckpointError(f"{where}: bad manifest: " + "; ".join(problems))
    if manifest.get("sha256"):
        from latentlab.core.files import file_sha256

        if file_sha256(path) != manifest["sha256"]:
            raise CheckpointError(f"{path}: the file's SHA-256 differs from the one in {where.name} "
                                  "(the file was changed or damaged after the manifest was written)")
    try:
        module, graph = _load_module(path, kind)
    except CheckpointError:
        raise
    except Exception as exc:  # the full text stays on the exception chain (--debug shows it)
        raise CheckpointError(f"{path}: cannot load it as {RUN_CODE.get(kind, 'an ONNX graph')} ({one_line(exc)})") from exc
    inferred = _discover(path, manifest, module, kind, graph, probe_seconds)
    manifest["_inferred"] = inferred
    try:
        model = generator(module, manifest, path)
    except (ValueError, KeyError) as exc:
        raise CheckpointError(f"{where}: {exc}") from None
    if kind == "onnx":
        model.parameter_count = onnx_parameter_count(path)
    model.eval()
    # The manifest is a claim: check it with one probe decode (a batch of 1) before anyone relies on it.
    label = [0] if model.conditional else None
    try:
        probe = bounded(lambda: model.decode(model.sample_latent(1, seed=0), label), probe_seconds,
                        f"{path}: the probe decode")
    except CheckpointError:
        raise
    except Exception as exc:
        raise CheckpointError(f"{path}: decoding a probe latent failed ({one_line(exc)})") from exc
    if tuple(probe.shape[1:]) != model.image_shape:
        raise CheckpointError(f"{where}: manifest says image_shape {list(model.image_shape)}, "
                              f"the model produces {list(probe.shape[1:])}")
    return model.to(device)


def onnx_parameter_count(path: Path) -> int:
    """Numbers in an ONNX file's initializers (its weights), read without running it; 0 without ``onnx``."""
    try:
        import onnx
    except ImportError:
        return 0
    graph = onnx.load(str(path), load_external_data=False).graph
    return sum(math.prod(t.dims) for t in graph.initializer)


def archive_parameter_count(path: Path) -> int:
    """Numbers stored in a TorchScript / ``.pt2`` archive's tensor data, read as a listing only.

    Counts bytes of stored tensors over 4 (float32, what generators are exported in), so
    buffers (batch-norm statistics) are included and half-precision files count double.
    """
    try:
        with zipfile.ZipFile(path) as zf:
            data = [i for i in zf.infolist() if "/data/" in i.filename and not i.filename.endswith((".json", ".pt"))
                    and i.filename.rsplit("/", 1)[-1].replace("weight_", "").isdigit()]
            return sum(i.file_size for i in data) // 4
    except (zipfile.BadZipFile, OSError):
        return 0
