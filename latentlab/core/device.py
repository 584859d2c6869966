"""Device and dtype choice: "auto" picks CUDA, then Apple MPS, then the CPU.

Asking for hardware that is not there never crashes: it warns (:class:`DeviceFallbackWarning`)
and runs on the CPU instead, so a notebook written on a GPU machine still runs on a laptop.
"""

from __future__ import annotations

import os
import re
import warnings

import torch

ENV_VAR = "LATENTLAB_DEVICE"
_SPEC = re.compile(r"^(auto|cpu|mps|cuda(:\d+)?)$")


class DeviceFallbackWarning(UserWarning):
    """The requested device or dtype could not be used; latentlab fell back to another."""


def _mps_available() -> bool:
    mps = getattr(torch.backends, "mps", None)
    return bool(mps is not None and mps.is_available())


def available_devices() -> list[str]:
    """Devices usable here, in menu order: ``cpu``, each ``cuda:N``, ``mps``."""
    devices = ["cpu"]
    if torch.cuda.is_available():
        devices += [f"cuda:{i}" for i in range(torch.cuda.device_count())]
    if _mps_available():
        devices.append("mps")
    return devices


def device_name(device: torch.device | str) -> str:
    """Human-readable device description for status bars."""
    device = torch.device(device)
    if device.type == "cuda":
        return f"{device} ({torch.cuda.get_device_name(device)})"
    if device.type == "mps":
        return "mps (Apple GPU)"
    return "cpu"


def hardware_description(device: torch.device | str) -> str:
    """What a run ran on, for model cards: the GPU's name, or the CPU's model, cores and torch threads.

    Names the hardware, never the machine (no host name, no paths).
    """
    device = torch.device(device)
    if device.type in ("cuda", "mps"):
        return device_name(device)
    model = ""
    try:
        with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as f:
            for line in f:
                if line.lower().startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:  # not Linux: the platform's word for it
        import platform

        model = platform.processor()
    cores = os.cpu_count() or 0
    threads = torch.get_num_threads()
    return f"CPU {model or 'unknown'}, {cores} cores, {threads} torch thread{'' if threads == 1 else 's'}"


def resolve_device(spec: str | torch.device | None = "auto") -> torch.device:
    """Turn a device spec into a usable :class:`torch.device`.

    Parameters
    ----------
    spec : str or torch.device or None
        ``"auto"`` (or None) consults ``$LATENTLAB_DEVICE`` and otherwise picks CUDA, then MPS,
        then CPU. ``"cpu"``, ``"cuda"``, ``"cuda:N"`` and ``"mps"`` ask for that device; when it
        is not available a :class:`DeviceFallbackWarning` is issued and the CPU is returned.

    Raises
    ------
    ValueError
        If ``spec`` is not a recognised device name.
    """
    if isinstance(spec, torch.device):
        spec = str(spec)
    spec = (spec or "auto").strip().lower()
    if spec == "auto":
        env = os.environ.get(ENV_VAR, "").strip().lower()
        if env and env != "auto":
            if not _SPEC.match(env):
                raise ValueError(f"{ENV_VAR}={env!r} is not a device; use auto, cpu, cuda, cuda:N or mps")
            return resolve_device(env)
        if torch.cuda.is_available():
            return torch.device("cuda:0")
        if _mps_available():
            return torch.device("mps")
        return torch.device("cpu")
    if not _SPEC.match(spec):
        raise ValueError(f"unknown device {spec!r}; use auto, cpu, cuda, cuda:N or mps")
    if spec == "cpu":
        return torch.device("cpu")
    if spec == "mps":
        if _mps_available():
            return torch.device("mps")
        warnings.warn("MPS (Apple GPU) is not available here; using the CPU", DeviceFallbackWarning, stacklevel=2)
        return torch.device("cpu")
    index = int(spec.split(":")[1]) if ":" in spec else 0
    if not torch.cuda.is_available():
        warnings.warn(f"{spec} requested but CUDA is not available; using the CPU", DeviceFallbackWarning, stacklevel=2)
        return torch.device("cpu")
    if index >= torch.cuda.device_count():
        warnings.warn(
            f"{spec} requested but only {torch.cuda.device_count()} CUDA device(s) exist; using the CPU",
            DeviceFallbackWarning,
            stacklevel=2,
        )
        return torch.device("cpu")
    return torch.device(f"cuda:{index}")


def resolve_dtype(spec: str | torch.dtype | None, device: torch.device) -> torch.dtype:
    """Inference dtype: float32 by default; float16/bfloat16 only where the device runs them well."""
    if isinstance(spec, torch.dtype):
        spec = str(spec).replace("torch.", "")
    spec = (spec or "float32").lower()
    table = {"float32": torch.float32, "fp32": torch.float32, "float16": torch.float16,
             "fp16": torch.float16, "half": torch.float16, "bfloat16": torch.bfloat16, "bf16": torch.bfloat16}
    if spec not in table:
        raise ValueError(f"unknown dtype {spec!r}; use float32, float16 or bfloat16")
    dtype = table[spec]
    if dtype != torch.float32 and device.type == "cpu":
        warnings.warn(f"{spec} is slow or unsupported on the CPU; using float32", DeviceFallbackWarning, stacklevel=2)
        return torch.float32
    return dtype


def is_out_of_memory(exc: BaseException) -> bool:
    """True for CUDA/MPS out-of-memory errors, which are worth a CPU retry."""
    if isinstance(exc, torch.cuda.OutOfMemoryError):
        return True
    return isinstance(exc, RuntimeError) and "out of memory" in str(exc).lower()
