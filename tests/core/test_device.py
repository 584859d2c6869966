"""Device choice: auto-detection, explicit requests, environment override and CPU fallback."""

from __future__ import annotations

import pytest
import torch

from latentlab.core import device as dev
from latentlab.core.device import DeviceFallbackWarning, resolve_device, resolve_dtype


def test_auto_is_cpu_without_accelerators(monkeypatch):
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    monkeypatch.setattr(dev, "_mps_available", lambda: False)
    assert resolve_device("auto") == torch.device("cpu")
    assert resolve_device(None) == torch.device("cpu")


def test_auto_prefers_cuda_then_mps(monkeypatch):
    monkeypatch.setattr(dev, "_mps_available", lambda: True)
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    assert resolve_device("auto") == torch.device("mps")
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    assert resolve_device("auto") == torch.device("cuda:0")


def test_env_var_overrides_auto_but_not_explicit(monkeypatch):
    monkeypatch.setenv("LATENTLAB_DEVICE", "cpu")
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    assert resolve_device("auto") == torch.device("cpu")
    monkeypatch.setenv("LATENTLAB_DEVICE", "tpu")
    with pytest.raises(ValueError, match="LATENTLAB_DEVICE='tpu'"):
        resolve_device("auto")


@pytest.mark.parametrize("spec", ["cuda", "cuda:1", "mps"])
def test_missing_accelerator_falls_back_to_cpu_with_warning(monkeypatch, spec):
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    monkeypatch.setattr(dev, "_mps_available", lambda: False)
    with pytest.warns(DeviceFallbackWarning, match="using the CPU"):
        assert resolve_device(spec) == torch.device("cpu")


def test_cuda_index_out_of_range(monkeypatch):
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    monkeypatch.setattr(torch.cuda, "device_count", lambda: 1)
    assert resolve_device("cuda:0") == torch.device("cuda:0")
    with pytest.warns(DeviceFallbackWarning, match="only 1 CUDA"):
        assert resolve_device("cuda:3") == torch.device("cpu")


def test_unknown_device_name():
    with pytest.raises(ValueError, match="unknown device 'gpu0'"):
        resolve_device("gpu0")


def test_half_precision_only_off_cpu():
    with pytest.warns(DeviceFallbackWarning):
        assert resolve_dtype("float16", torch.device("cpu")) == torch.float32
    assert resolve_dtype("fp16", torch.device("cuda:0")) == torch.float16
    assert resolve_dtype(None, torch.device("cpu")) == torch.float32
    with pytest.raises(ValueError):
        resolve_dtype("int8", torch.device("cpu"))


def test_available_devices_lists_cpu_first():
    assert dev.available_devices()[0] == "cpu"


def test_oom_detection():
    assert dev.is_out_of_memory(torch.cuda.OutOfMemoryError("CUDA out of memory"))
    assert dev.is_out_of_memory(RuntimeError("MPS backend out of memory"))
    assert not dev.is_out_of_memory(RuntimeError("shape mismatch"))


def test_the_hardware_line_counts_threads_in_agreeing_words(monkeypatch):
    import torch

    from latentlab.core.device import hardware_description

    for n, words in ((1, "1 torch thread"), (3, "3 torch threads")):
        monkeypatch.setattr(torch, "get_num_threads", lambda n=n: n)
        line = hardware_description(torch.device("cpu"))
        assert line.endswith(words) and "cores" in line
