"""Checkpoints: exact round trips, safe refusal of pickles, one clear error for every bad file."""

from __future__ import annotations

import json
import pickle
import struct

import pytest
import torch
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from latentlab.core.checkpoint import CheckpointError, UntrustedCodeError, load_model, read_card, save_model, update_card
from latentlab.core.families.classifier import Classifier, ClassifierConfig


@pytest.mark.parametrize("kind,classes", [("vae", 0), ("cvae", 3), ("gan", 0), ("cgan", 3)])
def test_round_trip_identical_tensors_and_images(tmp_path, tiny_model, kind, classes):
    model = tiny_model(kind, num_classes=classes)
    path = save_model(model, tmp_path / f"{kind}.safetensors", dataset="tiny", metrics={"a": {"x": 1.0}})
    loaded = load_model(path, device="cpu")
    assert type(loaded) is type(model)
    original, restored = model.state_dict(), loaded.state_dict()
    assert original.keys() == restored.keys()
    for name in original:
        assert torch.equal(original[name], restored[name]), name
    z = model.sample_latent(5, seed=1)
    labels = torch.arange(5) % classes if classes else None
    assert torch.equal(model.decode(z, labels), loaded.decode(z, labels))
    assert loaded.class_names == model.class_names
    assert loaded.card["dataset"] == "tiny"
    assert loaded.card["metrics"] == {"a": {"x": 1.0}}
    assert loaded.card["provenance"]["package_version"]


def test_classifier_round_trip(tmp_path):
    model = Classifier(ClassifierConfig(num_classes=3, base_channels=4, feature_dim=8)).eval()
    path = save_model(model, tmp_path / "clf.safetensors", dataset="tiny")
    loaded = load_model(path, "cpu")
    x = torch.rand(2, 1, 28, 28)
    assert torch.equal(model(x), loaded(x))


def test_fp16_storage_halves_the_file_and_still_loads(tmp_path, tiny_model):
    model = tiny_model("gan")
    full = save_model(model, tmp_path / "full.safetensors")
    half = save_model(model, tmp_path / "half.safetensors", storage_dtype=torch.float16)
    assert half.stat().st_size < 0.7 * full.stat().st_size
    loaded = load_model(half, "cpu")
    z = model.sample_latent(2, seed=0)
    assert torch.allclose(model.decode(z), loaded.decode(z), atol=2e-2)


def test_update_card_keeps_weights(tiny_vae_file):
    before = load_model(tiny_vae_file, "cpu").state_dict()
    update_card(tiny_vae_file, metrics={"eval": {"fid": 3.5}})
    card = read_card(tiny_vae_file)
    assert card["metrics"]["eval"] == {"fid": 3.5}
    after = load_model(tiny_vae_file, "cpu").state_dict()
    assert all(torch.equal(before[k], after[k]) for k in before)


class _Marker:
    """Unpickling this would create a marker file: proof that code in the file ran."""

    def __init__(self, path):
        self.path = path

    def __reduce__(self):
        return (open, (self.path, "w"))


@pytest.mark.parametrize("how", ["pickle", "torch_save_object", "torch_save_state_dict"])
def test_pickle_files_are_refused_without_running_code(tmp_path, tiny_model, how):
    marker = tmp_path / "pwned"
    target = tmp_path / "netG.pth"
    if how == "pickle":
        target.write_bytes(pickle.dumps(_Marker(str(marker))))
    elif how == "torch_save_object":
        torch.save({"model": _Marker(str(marker))}, target)
    else:
        torch.save(tiny_model("gan").state_dict(), target)
    with pytest.raises(CheckpointError) as err:
        load_model(target, "cpu")
    assert not marker.exists()
    msg = str(err.value)
    assert "netG.pth" in msg and "pickle" in msg and "torch.jit.trace" in msg


def test_pkl_extension_refused(tmp_path):
    marker = tmp_path / "pwned"
    target = tmp_path / "model.pkl"
    target.write_bytes(pickle.dumps(_Marker(str(marker)), protocol=0))  # no 0x80 magic byte
    with pytest.raises(CheckpointError, match="pickle"):
        load_model(target, "cpu")
    assert not marker.exists()


def _header(path):
    data = path.read_bytes()
    (n,) = struct.unpack("<Q", data[:8])
    return n, json.loads(data[8:8 + n]), data[8 + n:]


def _write_with_header(path, header, body):
    raw = json.dumps(header).encode()
    path.write_bytes(struct.pack("<Q", len(raw)) + raw + body)


def test_missing_file(tmp_path):
    with pytest.raises(CheckpointError, match="file not found"):
        load_model(tmp_path / "nope.safetensors", "cpu")


def test_empty_file(tmp_path):
    p = tmp_path / "empty.safetensors"
    p.write_bytes(b"")
    with pytest.raises(CheckpointError, match="empty.safetensors.*empty"):
        load_model(p, "cpu")


@pytest.mark.parametrize("keep", [4, 100, -10])
def test_truncated_file(tiny_vae_file, keep):
    data = tiny_vae_file.read_bytes()
    tiny_vae_file.write_bytes(data[:keep])
    with pytest.raises(CheckpointError) as err:
        load_model(tiny_vae_file, "cpu")
    assert str(tiny_vae_file) in str(err.value) or tiny_vae_file.name in str(err.value)


def test_wrong_type_file(tmp_path):
    p = tmp_path / "photo.safetensors"
    p.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    with pytest.raises(CheckpointError, match="not a latentlab model"):
        load_model(p, "cpu")


def test_missing_metadata(tmp_path):
    from safetensors.torch import save_file

    p = tmp_path / "plain.safetensors"
    save_file({"w": torch.zeros(3)}, str(p))
    with pytest.raises(CheckpointError, match="plain.safetensors.*without latentlab metadata"):
        load_model(p, "cpu")


def test_corrupted_tensor_bytes_fail_the_checksum(tiny_vae_file):
    data = bytearray(tiny_vae_file.read_bytes())
    data[-5] ^= 0xFF
    tiny_vae_file.write_bytes(bytes(data))
    with pytest.raises(CheckpointError, match="checksum"):
        load_model(tiny_vae_file, "cpu")


def test_wrong_shape_for_config(tiny_vae_file):
    n, header, body = _header(tiny_vae_file)
    card = json.loads(header["__metadata__"]["latentlab"])
    card["config"]["latent_dim"] = 7  # weights were made for 4
    header["__metadata__"]["latentlab"] = json.dumps(card)
    _write_with_header(tiny_vae_file, header, body)
    with pytest.raises(CheckpointError, match="shape"):
        load_model(tiny_vae_file, "cpu")


def test_unknown_architecture(tiny_vae_file):
    n, header, body = _header(tiny_vae_file)
    card = json.loads(header["__metadata__"]["latentlab"])
    card["arch"] = "diffusion"
    header["__metadata__"]["latentlab"] = json.dumps(card)
    _write_with_header(tiny_vae_file, header, body)
    with pytest.raises(CheckpointError, match="unknown architecture 'diffusion'"):
        load_model(tiny_vae_file, "cpu")


def test_bad_config_value(tiny_vae_file):
    n, header, body = _header(tiny_vae_file)
    card = json.loads(header["__metadata__"]["latentlab"])
    card["config"]["likelihood"] = "poisson"
    header["__metadata__"]["latentlab"] = json.dumps(card)
    _write_with_header(tiny_vae_file, header, body)
    with pytest.raises(CheckpointError, match="bad config.*likelihood"):
        load_model(tiny_vae_file, "cpu")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_mutated_bytes_give_checkpoint_error_or_the_same_model(tiny_vae_file, tmp_path, data):
    original = tiny_vae_file.read_bytes()
    reference = load_model(tiny_vae_file, "cpu").state_dict()
    mutated = bytearray(original)
    for _ in range(data.draw(st.integers(1, 4))):
        pos = data.draw(st.integers(0, len(mutated) - 1))
        mutated[pos] = data.draw(st.integers(0, 255))
    if data.draw(st.booleans()):
        mutated = mutated[: data.draw(st.integers(0, len(mutated)))]
    target = tmp_path / "mutant.safetensors"
    target.write_bytes(bytes(mutated))
    try:
        model = load_model(target, "cpu")
    except CheckpointError as exc:
        assert "mutant.safetensors" in str(exc)
        return
    state = model.state_dict()
    assert all(torch.equal(state[k], reference[k]) for k in reference)


# --- bring your own generator: TorchScript + manifest ------------------------------------

class _ScriptableGen(torch.nn.Module):
    def __init__(self, latent_dim=3, hw=8):
        super().__init__()
        self.fc = torch.nn.Linear(latent_dim, hw * hw)
        self.hw = hw

    def forward(self, z):
        return torch.tanh(self.fc(z)).view(-1, 1, self.hw, self.hw)


def _torchscript(tmp_path, manifest):
    import warnings

    gen = _ScriptableGen().eval()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        traced = torch.jit.trace(gen, torch.zeros(1, 3))
        traced.save(str(tmp_path / "mine.pt"))
    (tmp_path / "mine.json").write_text(json.dumps(manifest))
    return gen


GOOD_MANIFEST = {"latent_dim": 3, "image_shape": [1, 8, 8], "output_range": [-1, 1], "kind": "gan",
                 "class_names": [], "dataset": "mine"}


def test_torchscript_with_manifest_loads_through_the_interface(tmp_path):
    gen = _torchscript(tmp_path, GOOD_MANIFEST)
    for target in ("mine.json", "mine.pt"):
        model = load_model(tmp_path / target, "cpu", trust_code=True)
        assert model.kind == "gan" and model.latent_dim == 3 and model.image_shape == (1, 8, 8)
        z = model.sample_latent(4, seed=0)
        expected = (gen(z) + 1) / 2
        assert torch.allclose(model.decode(z), expected, atol=1e-6)


def test_manifest_that_lies_about_shape(tmp_path):
    _torchscript(tmp_path, {**GOOD_MANIFEST, "image_shape": [1, 28, 28]})
    with pytest.raises(CheckpointError, match=r"mine.json.*\[1, 28, 28\].*\[1, 8, 8\]"):
        load_model(tmp_path / "mine.json", "cpu", trust_code=True)


def test_manifest_with_bad_fields(tmp_path):
    _torchscript(tmp_path, {**GOOD_MANIFEST, "output_range": [0, 255], "kind": "flow"})
    with pytest.raises(CheckpointError, match="output_range.*kind"):
        load_model(tmp_path / "mine.json", "cpu", trust_code=True)


def test_manifest_with_wrong_latent_dim(tmp_path):
    _torchscript(tmp_path, {**GOOD_MANIFEST, "latent_dim": 5})
    with pytest.raises(CheckpointError, match="probe"):
        load_model(tmp_path / "mine.json", "cpu", trust_code=True)


def test_torchscript_without_manifest_is_discovered_after_trust(tmp_path):
    gen = _torchscript(tmp_path, GOOD_MANIFEST)
    (tmp_path / "mine.json").unlink()
    with pytest.raises(UntrustedCodeError, match="mine.pt: is a TorchScript program.*--trust-code"):
        load_model(tmp_path / "mine.pt", "cpu")
    model = load_model(tmp_path / "mine.pt", "cpu", trust_code=True)
    assert (model.latent_dim, model.latent_shape, model.image_shape) == (3, (3,), (1, 8, 8))
    assert model.output_range == (-1.0, 1.0) and set(model.inferred) >= {"latent_dim", "image_shape"}
    z = model.sample_latent(2, seed=3)
    assert torch.allclose(model.decode(z), (gen(z) + 1) / 2, atol=1e-6)


def test_manifest_pointing_at_a_pickle(tmp_path, tiny_model):
    torch.save(tiny_model("gan").state_dict(), tmp_path / "mine.pt")
    (tmp_path / "mine.json").write_text(json.dumps(GOOD_MANIFEST))
    with pytest.raises(CheckpointError, match="pickle"):
        load_model(tmp_path / "mine.json", "cpu", trust_code=True)
