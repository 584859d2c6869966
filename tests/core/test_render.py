"""Renderer: frames equal decode, errors come back instead of raising, models are cached."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from latentlab.core import checkpoint
from latentlab.core.pixels import to_uint8
from latentlab.core.render import Renderer, RenderRequest


def test_frame_matches_decode(tiny_vae_file):
    renderer = Renderer()
    model = checkpoint.load_model(tiny_vae_file, "cpu")
    z = np.random.default_rng(0).standard_normal(4).astype(np.float32)
    result = renderer.render(RenderRequest(7, tiny_vae_file, z, device="cpu"))
    assert result.ok and result.id == 7 and result.ms >= 0
    frame = result.frame
    assert frame.dtype == np.uint8 and frame.shape == (28, 28, 1) and frame.flags["C_CONTIGUOUS"]
    assert np.array_equal(frame, to_uint8(model.decode(torch.from_numpy(z)))[0])


def test_batch_and_conditional(tiny_cgan_file):
    renderer = Renderer()
    z = np.zeros((3, 4), np.float32)
    result = renderer.render(RenderRequest(1, tiny_cgan_file, z, labels=[0, 1, 2], device="cpu"))
    assert result.ok and result.frames.shape == (3, 28, 28, 1)
    # Different classes at the same latent give different pictures.
    assert not np.array_equal(result.frames[0], result.frames[1])


def test_model_loaded_once(tiny_vae_file, monkeypatch):
    calls = []
    real = checkpoint.load_model
    monkeypatch.setattr(checkpoint, "load_model", lambda *a, **k: calls.append(a) or real(*a, **k))
    renderer = Renderer()
    for i in range(5):
        assert renderer.render(RenderRequest(i, tiny_vae_file, np.zeros(4), device="cpu")).ok
    assert len(calls) == 1


@pytest.mark.parametrize("make", ["missing", "corrupt", "bad_z", "bad_label"])
def test_errors_are_returned_not_raised(tmp_path, tiny_vae_file, tiny_cgan_file, make):
    renderer = Renderer()
    if make == "missing":
        req = RenderRequest(1, tmp_path / "gone.safetensors", np.zeros(4), device="cpu")
        expect = "gone.safetensors"
    elif make == "corrupt":
        bad = tmp_path / "bad.safetensors"
        bad.write_bytes(b"garbage" * 10)
        req = RenderRequest(1, bad, np.zeros(4), device="cpu")
        expect = "bad.safetensors"
    elif make == "bad_z":
        req = RenderRequest(1, tiny_vae_file, np.zeros(9), device="cpu")
        expect = "(N, 4)"
    else:
        req = RenderRequest(1, tiny_cgan_file, np.zeros(4), labels=[5], device="cpu")
        expect = "labels must be in 0..2"
    result = renderer.render(req)
    assert not result.ok and result.frames is None and expect in result.error


class _GpuModelThatRunsOutOfMemory(torch.nn.Module):
    device = torch.device("cuda:0")
    conditional = False

    def decode(self, z, labels=None):
        raise torch.cuda.OutOfMemoryError("CUDA out of memory. Tried to allocate 2.00 GiB")


def test_out_of_memory_falls_back_to_cpu(tiny_vae_file):
    """An OOM on the GPU re-renders on the CPU instead of failing the frame."""
    renderer = Renderer()
    renderer._devices["cuda"] = torch.device("cuda:0")  # pretend CUDA exists
    renderer._cache[(renderer._key_path(tiny_vae_file), "cuda:0", "float32")] = _GpuModelThatRunsOutOfMemory()
    result = renderer.render(RenderRequest(1, tiny_vae_file, np.zeros(4), device="cuda"))
    assert result.ok and result.device == "cpu"
    assert any("out of memory" in w for w in result.warnings)
    model = checkpoint.load_model(tiny_vae_file, "cpu")
    assert np.array_equal(result.frame, to_uint8(model.decode(torch.zeros(1, 4)))[0])


def test_register_in_memory_model(tiny_model):
    renderer = Renderer()
    model = tiny_model("gan")
    renderer.register("mem:training", model, device="cpu")
    result = renderer.render(RenderRequest(3, "mem:training", np.zeros(4), device="cpu"))
    assert result.ok
    assert np.array_equal(result.frame, to_uint8(model.decode(torch.zeros(1, 4)))[0])


@pytest.mark.parametrize("fixture", ["tiny_vae_file", "tiny_gan_file", "tiny_cgan_file"])
def test_traced_fast_path_gives_the_same_pixels(fixture, request):
    path = request.getfixturevalue(fixture)
    renderer = Renderer()
    model = checkpoint.load_model(path, "cpu")
    rng = np.random.default_rng(1)
    labels = [2] if model.conditional else None
    for i in range(6):  # frame 1 eager, then traced
        z = rng.standard_normal((1, model.latent_dim)).astype(np.float32)
        result = renderer.render(RenderRequest(i, path, z, labels=labels, device="cpu"))
        assert result.ok, result.error
        expected = to_uint8(model.decode(torch.from_numpy(z), torch.tensor(labels) if labels else None))
        assert np.array_equal(result.frames, expected)
    traced = renderer._traced[(str(path.resolve()), "cpu", "float32")]
    assert isinstance(traced, torch.jit.ScriptModule)
    # Batches of another size go through the same graph.
    zb = rng.standard_normal((5, model.latent_dim)).astype(np.float32)
    lb = [0, 1, 2, 0, 1] if model.conditional else None
    result = renderer.render(RenderRequest(9, path, zb, labels=lb, device="cpu"))
    assert np.array_equal(result.frames, to_uint8(model.decode(torch.from_numpy(zb), torch.tensor(lb) if lb else None)))


def test_untraceable_models_stay_eager(tiny_vae_file, monkeypatch):
    def refuse(*args, **kwargs):
        raise RuntimeError("no tracing here")

    monkeypatch.setattr(torch.jit, "trace", refuse)
    renderer = Renderer()
    for i in range(4):
        assert renderer.render(RenderRequest(i, tiny_vae_file, np.zeros(4, np.float32), device="cpu")).ok
    assert renderer._traced[(str(tiny_vae_file.resolve()), "cpu", "float32")] is None


def test_registered_models_are_never_traced(tiny_model):
    model = tiny_model("vae")
    renderer = Renderer()
    renderer.register("mem:training", model, device="cpu")
    for i in range(4):
        assert renderer.render(RenderRequest(i, "mem:training", np.zeros(model.latent_dim, np.float32), device="cpu")).ok
    assert not renderer._traced
