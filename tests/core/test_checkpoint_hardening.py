"""Hostile and damaged checkpoints: each is refused with one line naming the file, before memory is spent."""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys

import pytest
import torch

from latentlab.core.checkpoint import CheckpointError, load_model, save_model


def _parts(path):
    data = path.read_bytes()
    (n,) = struct.unpack("<Q", data[:8])
    return json.loads(data[8:8 + n]), data[8 + n:]


def _write(path, header, body, raw_card=None):
    if raw_card is not None:
        header["__metadata__"]["latentlab"] = raw_card
    raw = json.dumps(header).encode()
    path.write_bytes(struct.pack("<Q", len(raw)) + raw + body)


def _with_card(path, **changes):
    header, body = _parts(path)
    card = json.loads(header["__metadata__"]["latentlab"])
    for key, value in changes.items():
        if value is _DROP:
            card.pop(key, None)
        else:
            card[key] = value
    _write(path, header, body, json.dumps(card))


_DROP = object()


def _refused(path, pattern):
    with pytest.raises(CheckpointError, match=pattern) as info:
        load_model(path, "cpu")
    text = str(info.value)
    assert "\n" not in text and path.name in text
    return text


@pytest.mark.parametrize("changes,pattern", [
    ({"class_names": 5}, "class_names.*list of strings"),
    ({"class_names": [1, 2]}, "class_names.*list of strings"),
    ({"arch": ["gan"]}, "'arch' must be a string"),
    ({"arch": {"a": 1}}, "'arch' must be a string"),
    ({"config": [1]}, "'config' must be a JSON object"),
    ({"kind": "evil"}, "kind 'evil'"),
    ({"kind": "classifier"}, "kind 'classifier'"),
    ({"kind": 5}, "'kind' must be a string"),
    ({"kind": None}, "'kind' must be a string"),
    ({"format": _DROP}, "no format version"),
    ({"format": "latentlab-checkpoint/99"}, "format 'latentlab-checkpoint/99'"),
    ({"tensor_sha256": 7}, "'tensor_sha256' must be a string"),
])
def test_a_card_of_wrong_types_or_claims_is_refused(tiny_vae_file, changes, pattern):
    _with_card(tiny_vae_file, **changes)
    _refused(tiny_vae_file, pattern)


def test_deeply_nested_header_json(tiny_vae_file):
    header, body = _parts(tiny_vae_file)
    raw = json.dumps(header).encode()
    nested = raw[:-1] + b', "x": ' + b"[" * 200_000 + b"]" * 200_000 + b"}"
    tiny_vae_file.write_bytes(struct.pack("<Q", len(nested)) + nested + body)
    _refused(tiny_vae_file, "header is nested too deeply")


def test_deeply_nested_card(tiny_vae_file):
    header, body = _parts(tiny_vae_file)
    _write(tiny_vae_file, header, body, "[" * 200_000 + "]" * 200_000)
    _refused(tiny_vae_file, "model card is nested too deeply")


def test_six_thousand_digit_integer_in_the_header(tiny_vae_file):
    header, body = _parts(tiny_vae_file)
    raw = json.dumps(header).encode()
    big = raw[:-1] + b', "x": ' + b"9" * 6000 + b"}"
    tiny_vae_file.write_bytes(struct.pack("<Q", len(big)) + big + body)
    _refused(tiny_vae_file, "header is damaged")


def test_six_thousand_digit_integer_in_the_config(tiny_vae_file):
    header, body = _parts(tiny_vae_file)
    card = header["__metadata__"]["latentlab"].replace('"latent_dim": 4', '"latent_dim": ' + "9" * 6000)
    _write(tiny_vae_file, header, body, card)
    _refused(tiny_vae_file, "model card is damaged")


def test_float_weights_stored_as_int32_are_refused(tiny_vae_file):
    header, body = _parts(tiny_vae_file)
    name = next(k for k, v in header.items() if k != "__metadata__" and v["dtype"] == "F32")
    header[name]["dtype"] = "I32"
    _write(tiny_vae_file, header, body)
    _refused(tiny_vae_file, f"tensor {name} is stored as I32")


def test_a_shape_of_nonsense_in_the_header(tiny_vae_file):
    header, body = _parts(tiny_vae_file)
    name = next(k for k in header if k != "__metadata__")
    header[name]["shape"] = ["ab", 300_000_000]
    _write(tiny_vae_file, header, body)
    _refused(tiny_vae_file, f"header entry for tensor '{name}' is damaged")


def test_small_file_with_a_huge_config_is_refused_without_allocating(tmp_path, tiny_model):
    """The memory bomb: a ~1 MB file whose card asks for a ~39 GiB network. The loader runs in a
    child process that may not map more than 6 GiB, so building the network would fail it."""
    path = save_model(tiny_model("cvae", num_classes=3), tmp_path / "bomb.safetensors")
    _with_card(path, config={"latent_dim": 4096, "image_shape": [3, 256, 256], "num_classes": 1000,
                             "base_channels": 1024})
    code = (
        "import resource, sys\n"
        "from latentlab.core.checkpoint import CheckpointError, load_model\n"
        "resource.setrlimit(resource.RLIMIT_AS, (6 << 30, 6 << 30))\n"
        "try:\n    load_model(sys.argv[1], 'cpu')\nexcept CheckpointError as exc:\n    print('REFUSED', exc)\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=120,
                          env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith("REFUSED") and "bomb.safetensors" in done.stdout
    assert "at most 400,000,000" in done.stdout


def test_a_config_that_disagrees_with_the_weights_is_refused_by_shape(tiny_vae_file):
    _with_card(tiny_vae_file, config={**json.loads(_parts(tiny_vae_file)[0]["__metadata__"]["latentlab"])["config"],
                                      "base_channels": 64})
    _refused(tiny_vae_file, "has shape")


# --- special files ---------------------------------------------------------------------------------

def test_a_folder_named_like_a_model(tmp_path):
    (tmp_path / "x.safetensors").mkdir()
    _refused(tmp_path / "x.safetensors", "a folder, not a model file")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_named_like_a_model(tmp_path):
    os.mkfifo(tmp_path / "x.safetensors")
    _refused(tmp_path / "x.safetensors", "named pipe")  # and it is never opened (that would block)


def test_a_symlink_loop_named_like_a_model(tmp_path):
    (tmp_path / "x.safetensors").symlink_to(tmp_path / "x.safetensors")
    _refused(tmp_path / "x.safetensors", "link that loops")


def test_a_text_file_named_like_a_model(tmp_path):
    (tmp_path / "x.safetensors").write_text("this is not a model\n" * 5)
    _refused(tmp_path / "x.safetensors", "a text file, although it is named .safetensors")


# --- TorchScript manifests -------------------------------------------------------------------------

MANIFEST = {"latent_dim": 3, "image_shape": [1, 8, 8], "output_range": [-1, 1], "kind": "gan"}


@pytest.mark.parametrize("file,pattern", [
    ("../../../etc/passwd", "outside the manifest's folder"),
    ("/etc/passwd", "outside the manifest's folder"),
    (5, "file must be a file name"),
    (["a"], "file must be a file name"),
])
def test_manifest_file_must_be_a_name_in_its_folder(tmp_path, file, pattern):
    (tmp_path / "m.json").write_text(json.dumps({**MANIFEST, "file": file}))
    _refused(tmp_path / "m.json", pattern)


@pytest.mark.parametrize("text,pattern", [
    ('{"latent_dim": ' + "9" * 6000 + "}", "6000-digit number"),
    ('{"x": ' + "[" * 200_000 + "]" * 200_000 + "}", "nested too deeply"),
    ('{"latent_dim": 1e999}', "out of range"),
])
def test_damaged_manifest_json(tmp_path, text, pattern):
    (tmp_path / "m.json").write_text(text)
    _refused(tmp_path / "m.json", pattern)


def test_good_files_still_load(tiny_vae_file, tmp_path, tiny_model):
    assert load_model(tiny_vae_file, "cpu").latent_dim == 4
    half = save_model(tiny_model("cgan", num_classes=3), tmp_path / "half.safetensors", storage_dtype=torch.float16)
    assert torch.isfinite(load_model(half, "cpu").decode(torch.zeros(2, load_model(half, "cpu").latent_dim),
                                                          torch.tensor([0, 1]))).all()
