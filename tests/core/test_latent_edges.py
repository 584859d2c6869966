"""Latents and labels a clumsy caller passes: one documented error each, through the API and the renderer."""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch

from latentlab.core.families import base
from latentlab.core.families.base import DECODE_CHUNK, LatentError
from latentlab.core.labels import LabelError, class_index
from latentlab.core.render import Renderer, RenderRequest

D = 4  # the tiny models' latent size

BAD_LATENTS = [
    (None, "NoneType"),
    ("abc", "got str"),
    (b"\x00\x01", "got bytes"),
    ({"z": 1}, "got dict"),
    (torch.zeros(0, D), "empty batch"),
    (np.zeros((0, D), np.float32), "empty batch"),
    (torch.zeros(2, 3), r"\(N, 4\)"),
    (torch.zeros(2, D, 1), r"\(N, 4\)"),
    (torch.tensor(1.0), r"\(N, 4\)"),
    (torch.full((2, D), math.nan), "NaN or infinite"),
    (torch.tensor([[0.0, math.inf, 0.0, 0.0]]), r"first at latent 0, dimension 1"),
    (np.array([[0.0, 0.0, 0.0, -np.inf]]), "NaN or infinite"),
    (torch.zeros(2, D, dtype=torch.complex64), "complex"),
    (np.zeros((1, D), np.complex128), "complex"),
    (torch.zeros(1, D, dtype=torch.bool), "booleans"),
    ([["a", "b", "c", "d"]], "must be numbers"),
    ([[0.0, 1.0], [0.0]], "rectangular|must be numbers"),
]


@pytest.mark.parametrize("z,pattern", BAD_LATENTS, ids=[f"z{i}" for i in range(len(BAD_LATENTS))])
def test_bad_latents_raise_one_documented_error(tiny_model, z, pattern):
    model = tiny_model("vae")
    with pytest.raises(LatentError, match=pattern) as info:
        model.decode(z)
    assert isinstance(info.value, ValueError) and "\n" not in str(info.value)


def test_good_latents_in_any_reasonable_form(tiny_model):
    model = tiny_model("vae")
    want = model.decode(torch.ones(2, D))
    for z in (np.ones((2, D), np.float64), [[1.0] * D] * 2, torch.ones(2, D, dtype=torch.int64)):
        assert torch.equal(model.decode(z), want)
    assert model.decode(torch.ones(D)).shape[0] == 1


def test_a_batch_too_large_is_refused_with_the_figure_before_decoding(tiny_model, monkeypatch):
    model = tiny_model("vae")  # 1×28×28 float32 = 3,136 bytes per image
    monkeypatch.setattr(base, "MAX_DECODE_BYTES", 10 * 3136)
    with pytest.raises(LatentError, match=r"decoding 11 latents at once would need 34\.5 KB of images; the limit is 31\.4 KB"):
        model.check_inputs(torch.zeros(11, D), None)
    z, _ = model.check_inputs(torch.zeros(10, D), None)
    assert z.shape == (10, D)


def test_decode_runs_in_bounded_chunks_with_the_same_pixels(tiny_model, monkeypatch):
    model = tiny_model("cvae", num_classes=3)
    n = DECODE_CHUNK * 2 + 7
    z = torch.randn(n, D, generator=torch.Generator().manual_seed(1))
    labels = torch.arange(n) % 3
    sizes = []
    generate = model.generate
    monkeypatch.setattr(model, "generate", lambda z, y: (sizes.append(z.shape[0]), generate(z, y))[1])
    images = model.decode(z, labels)
    assert sizes == [DECODE_CHUNK, DECODE_CHUNK, 7]
    one_call = torch.cat([generate(z[i:i + 1], labels[i:i + 1]) for i in (0, DECODE_CHUNK, n - 1)])
    assert torch.allclose(images[[0, DECODE_CHUNK, n - 1]], one_call.clamp(0, 1), atol=1e-6)


@pytest.mark.parametrize("labels,pattern", [
    ([1.5], r"label 1\.5 is not a class number"),
    (torch.tensor([0.5, 1.0]), r"label 0\.5"),
    ([True], "label True"),
    (True, "labels=True"),
    (torch.tensor([True, False]), "bool"),
    ("1", "labels='1'"),
    (None, "conditional: pass labels"),
    ([0, 5], r"labels must be in 0\.\.2"),
    ([-1], r"labels must be in 0\.\.2"),
    ([0, 1, 2], "3 labels for 2 latents"),
    ([math.nan], "not a class number"),
])
def test_bad_labels_raise_label_error(tiny_model, labels, pattern):
    model = tiny_model("cvae", num_classes=3)
    with pytest.raises(LabelError, match=pattern):
        model.decode(torch.zeros(2, D), labels)


def test_whole_labels_in_any_form_agree(tiny_model):
    model = tiny_model("cvae", num_classes=3)
    want = model.decode(torch.zeros(2, D), [2, 2])
    for labels in (2, [2], np.int64(2), np.array([2, 2]), torch.tensor([2.0, 2.0]), (2, 2)):
        assert torch.equal(model.decode(torch.zeros(2, D), labels), want)


@pytest.mark.parametrize("label", [1.5, True, np.bool_(True), None, [1]])
def test_class_index_refuses_fractions_and_booleans(label):
    with pytest.raises(LabelError):
        class_index(label, ["a", "b", "c"])


def test_class_index_takes_numpy_integers():
    assert class_index(np.int64(2), ["a", "b", "c"]) == 2


# --- the renderer: an error result with the message, never a black frame that says "ok" -----------

@pytest.mark.parametrize("trace", [False, True])
@pytest.mark.parametrize("z,pattern", [
    (np.full(D, np.nan), "NaN or infinite"),
    (np.array([0.0, np.inf, 0.0, 0.0]), "NaN or infinite"),
    (np.zeros((0, D)), "empty batch"),
    (np.zeros(D, np.complex64), "complex"),
    ("abc", "got str"),
    (None, "NoneType"),
    (np.zeros(3), r"\(N, 4\)"),
])
def test_renderer_reports_bad_latents_as_errors(tiny_vae_file, trace, z, pattern):
    import re

    renderer = Renderer(trace=trace)
    for i in range(3):  # the first frame is eager, the third runs through the traced graph
        good = renderer.render(RenderRequest(i, tiny_vae_file, np.zeros(D, np.float32), device="cpu"))
        assert good.ok
    result = renderer.render(RenderRequest(9, tiny_vae_file, z, device="cpu"))
    assert not result.ok and result.frames is None
    assert re.search(pattern, result.error) and "\n" not in result.error


@pytest.mark.parametrize("trace", [False, True])
def test_renderer_decodes_large_requests_in_chunks(tiny_cgan_file, trace):
    renderer = Renderer(trace=trace)
    n = DECODE_CHUNK + 5
    z = np.random.default_rng(0).standard_normal((n, D)).astype(np.float32)
    labels = list(np.arange(n) % 3)
    results = [renderer.render(RenderRequest(i, tiny_cgan_file, z, labels=labels, device="cpu")) for i in range(3)]
    assert all(r.ok for r in results), [r.error for r in results]
    assert results[-1].frames.shape[0] == n
    assert np.array_equal(results[0].frames, results[-1].frames)  # eager == traced, chunk by chunk


def test_renderer_refuses_fractional_labels(tiny_cgan_file):
    result = Renderer(trace=False).render(RenderRequest(1, tiny_cgan_file, np.zeros(D), labels=[1.5], device="cpu"))
    assert not result.ok and "1.5" in result.error
