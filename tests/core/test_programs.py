"""Program files (TorchScript, torch.export, ONNX): the trust step, discovery, manifests, round trips."""

from __future__ import annotations

import json
import threading
import warnings

import numpy as np
import pytest
import torch
from torch import nn

from latentlab.cli import main
from latentlab.core import programs
from latentlab.core.checkpoint import CheckpointError, UntrustedCodeError, load_model, trust_program
from latentlab.core.import_plan import import_file, inspect
from latentlab.core.render import Renderer, RenderRequest


class DCGANStyle(nn.Module):
    """Takes (N, nz, 1, 1) like the DCGAN tutorial's generator; tanh output, 3×8×8."""

    def __init__(self, nz: int = 5):
        super().__init__()
        self.up = nn.ConvTranspose2d(nz, 3, 8, 1, 0)

    def forward(self, z):
        return torch.tanh(self.up(z))


class OneHotConditional(nn.Module):
    """Concatenates a one-hot label to z, as conditional DCGAN variants do; sigmoid, 1×8×8."""

    def __init__(self, nz: int = 4, classes: int = 3):
        super().__init__()
        self.fc = nn.Linear(nz + classes, 64)

    def forward(self, z, onehot):
        return torch.sigmoid(self.fc(torch.cat([z, onehot], 1))).view(-1, 1, 8, 8)


def _script(module, example, path):
    with warnings.catch_warnings():  # torch.jit is deprecated upstream; users still ship such files
        warnings.simplefilter("ignore")
        torch.jit.trace(module.eval(), example).save(str(path))
    return path


def _export(module, example, path, manifest=None):
    batch = torch.export.Dim("batch", min=1)
    program = torch.export.export(module.eval(), example, dynamic_shapes=tuple({0: batch} for _ in example))
    torch.export.save(program, path, extra_files={"latentlab.json": json.dumps(manifest)} if manifest else None)
    return path


def _same(model, reference, reshape=(1, 1), labels=None):
    z = model.sample_latent(3, seed=7)
    args = (z.reshape(3, -1, *reshape),) if labels is None else (z, nn.functional.one_hot(labels, 3).float())
    with torch.no_grad():
        expected = reference(*args)
    lo, hi = model.output_range
    return torch.allclose(model.decode(z, labels), ((expected - lo) / (hi - lo)).clamp(0, 1), atol=1e-5)


# --- the trust step ------------------------------------------------------------------------------

@pytest.mark.parametrize("kind", ["torchscript", "export"])
def test_programs_are_refused_before_any_of_their_code_runs(tmp_path, monkeypatch, kind):
    gen = DCGANStyle()
    path = (_script(gen, torch.zeros(1, 5, 1, 1), tmp_path / "g.pt") if kind == "torchscript"
            else _export(gen, (torch.zeros(2, 5, 1, 1),), tmp_path / "g.pt2"))
    (tmp_path / "g.json").write_text(json.dumps({"kind": "gan", "file": path.name}))
    loaded = []
    monkeypatch.setattr(torch.jit, "load", lambda *a, **k: loaded.append(a))
    monkeypatch.setattr(torch.export, "load", lambda *a, **k: loaded.append(a))
    for target in (path, tmp_path / "g.json"):
        with pytest.raises(UntrustedCodeError, match=f"{target.name if target == path else path.name}: is a .*--trust-code"):
            load_model(target, "cpu")
        with pytest.raises(UntrustedCodeError):
            inspect(target)
    assert loaded == []  # neither loader (nor so any probe) was reached


def test_one_yes_opens_the_program_for_every_loader_in_the_process(tmp_path):
    path = _script(DCGANStyle(), torch.zeros(1, 5, 1, 1), tmp_path / "g.pt")
    renderer = Renderer(trace=False)
    assert "--trust-code" in renderer.render(RenderRequest(0, path, np.zeros(5, np.float32), device="cpu")).error
    trust_program(path)
    result = renderer.render(RenderRequest(1, path, np.zeros(5, np.float32), device="cpu"))
    assert result.ok and result.frames.shape == (1, 8, 8, 3)
    assert load_model(path, "cpu").latent_dim == 5


def test_cli_says_how_to_trust_and_trust_code_opens(tmp_path, capsys):
    path = _script(DCGANStyle(), torch.zeros(1, 5, 1, 1), tmp_path / "g.pt")
    out = tmp_path / "s.png"
    assert main(["sample", str(path), "-n", "2", "-o", str(out), "--device", "cpu"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--trust-code" in err and not out.exists()
    assert main(["sample", str(path), "-n", "2", "-o", str(out), "--device", "cpu", "--trust-code"]) == 0
    assert out.exists()


# --- discovery, latent shapes, label formats --------------------------------------------------------

def test_torchscript_dcgan_latents_are_discovered_and_match_the_module(tmp_path):
    gen = DCGANStyle()
    path = _script(gen, torch.zeros(1, 5, 1, 1), tmp_path / "g.pt")
    model = load_model(path, "cpu", trust_code=True)
    assert (model.latent_dim, model.latent_shape, model.image_shape, model.output_range) == (5, (5, 1, 1), (3, 8, 8), (-1, 1))
    assert {"latent_dim", "latent_shape", "image_shape", "output_range", "kind"} <= set(model.inferred)
    assert _same(model, gen)


def test_export_round_trip_with_the_manifest_inside_the_archive(tmp_path):
    gen = OneHotConditional()
    manifest = {"kind": "gan", "class_names": ["a", "b", "c"], "label_format": "one_hot", "output_range": [0, 1]}
    path = _export(gen, (torch.zeros(2, 4), torch.zeros(2, 3)), tmp_path / "c.pt2", manifest)
    model = load_model(path, "cpu", trust_code=True)
    assert model.family.arch == "torch-export" and model.class_names == ["a", "b", "c"]
    assert (model.latent_dim, model.image_shape) == (4, (1, 8, 8))
    assert _same(model, gen, reshape=(), labels=torch.tensor([0, 2, 1]))


def test_onnx_round_trip_reads_its_shapes_from_the_graph(tmp_path):
    pytest.importorskip("onnxruntime")
    gen = DCGANStyle().eval()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(gen, (torch.zeros(1, 5, 1, 1),), str(tmp_path / "g.onnx"), dynamo=False,
                          input_names=["z"], output_names=["x"], dynamic_axes={"z": {0: "n"}, "x": {0: "n"}})
    model = load_model(tmp_path / "g.onnx", "cpu")  # a graph of standard operators: no trust step
    assert (model.latent_shape, model.image_shape, model.num_parameters()) == ((5, 1, 1), (3, 8, 8), 963)
    assert _same(model, gen)
    renderer = Renderer()  # must not freeze the ONNX output into a trace
    frames = [renderer.render(RenderRequest(i, tmp_path / "g.onnx", np.full(5, float(i), np.float32), device="cpu"))
              for i in range(3)]
    assert all(f.ok for f in frames) and not np.array_equal(frames[1].frames, frames[2].frames)


def test_onnx_without_onnxruntime_says_how_to_install(tmp_path, monkeypatch):
    import sys

    (tmp_path / "g.onnx").write_bytes(b"\x08\x07")
    monkeypatch.setitem(sys.modules, "onnxruntime", None)
    with pytest.raises(CheckpointError, match=r'pip install "latentlab\[onnx\]"'):
        load_model(tmp_path / "g.onnx", "cpu")


# --- manifests: checksum, probe, the manifest writer -------------------------------------------------

def test_import_writes_a_manifest_whose_checksum_catches_a_bit_flip(tmp_path):
    path = _script(DCGANStyle(), torch.zeros(1, 5, 1, 1), tmp_path / "g.pt")
    trust_program(path)
    out = import_file(path, tmp_path / "g.json")
    manifest = json.loads(out.read_text())
    assert manifest["latent_shape"] == [5, 1, 1] and len(manifest["sha256"]) == 64
    assert load_model(out, "cpu").card["provenance"] == {"source": "g.pt", "sha256": manifest["sha256"]}
    import zipfile

    with zipfile.ZipFile(path) as zf:  # flip one bit inside the stored weights, not the zip's own records
        entry = next(i for i in zf.infolist() if i.filename.endswith("data/0"))
    data = bytearray(path.read_bytes())
    data[entry.header_offset + 30 + len(entry.filename) + len(entry.extra) + 5] ^= 1
    path.write_bytes(bytes(data))
    with pytest.raises(CheckpointError, match="SHA-256 differs"):
        load_model(out, "cpu")


def test_failing_probe_is_one_line(tmp_path, capsys):
    path = _script(DCGANStyle(), torch.zeros(1, 5, 1, 1), tmp_path / "g.pt")
    (tmp_path / "g.json").write_text(json.dumps({"latent_dim": 7, "kind": "gan"}))
    with pytest.raises(CheckpointError) as caught:
        load_model(tmp_path / "g.json", "cpu", trust_code=True)
    assert "\n" not in str(caught.value) and "probe decode failed" in str(caught.value)
    assert caught.value.__cause__ is not None  # the full text, for --debug
    assert main(["sample", str(tmp_path / "g.json"), "-o", str(tmp_path / "s.png"), "--trust-code"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "expected input[1, 7, 1, 1] to have 5 channels" in err


def test_bounded_gives_up_waiting_and_says_so():
    release = threading.Event()
    with pytest.raises(CheckpointError, match="probe: gave no answer within 0.05 s"):
        programs.bounded(release.wait, 0.05, "probe")
    release.set()  # the waiting thread ends here
    assert programs.bounded(lambda: 3, 5, "quick") == 3
    with pytest.raises(ZeroDivisionError):
        programs.bounded(lambda: 1 / 0, 5, "error")


def test_info_finds_the_manifest_beside_the_program_and_counts_its_parameters(tmp_path, capsys):
    path = _script(DCGANStyle(), torch.zeros(1, 5, 1, 1), tmp_path / "mine.pt")
    (tmp_path / "mine.json").write_text(json.dumps({"kind": "gan", "latent_dim": 5, "latent_shape": [5, 1, 1]}))
    assert main(["info", str(path)]) == 0
    out = capsys.readouterr().out
    assert "parameters  963" in out and "latent dim  5" in out and f"{path.stat().st_size / 1024:.1f} KB" in out
    assert main(["info", str(path), "--trust-code"]) == 0
    assert "image shape [3, 8, 8] (read off the file)" in capsys.readouterr().out


def test_models_lists_a_failing_program_as_unusable(tmp_path, monkeypatch, capsys):
    _script(DCGANStyle(), torch.zeros(1, 5, 1, 1), tmp_path / "bad.pt")
    (tmp_path / "bad.json").write_text(json.dumps({"latent_dim": 7, "kind": "gan"}))
    torch.save({"w": torch.zeros(2)}, tmp_path / "netG.pth")
    monkeypatch.setenv("LATENTLAB_MODELS", str(tmp_path))
    assert main(["models", "--trust-code"]) == 0
    out, err = capsys.readouterr()
    assert "unusable:" in err and "bad.pt" in err and "probe decode failed" in err
    assert not any(line.startswith("bad ") for line in out.splitlines())
    assert "skipped: netG.pth" in err and "latentlab import" in err


def test_a_manifest_for_mine_pt_does_not_describe_or_hide_mine_pt2(tmp_path, monkeypatch):
    """The README's routes side by side: mine.json (written for mine.pt) must not stand for mine.pt2."""
    from latentlab.core.zoo import list_models, model_info

    _script(DCGANStyle(), torch.zeros(1, 5, 1, 1), tmp_path / "mine.pt")
    (tmp_path / "mine.json").write_text(json.dumps({"file": "mine.pt", "kind": "vae", "latent_dim": 5,
                                                    "latent_shape": [5, 1, 1], "dataset": "for mine.pt"}))
    _export(DCGANStyle(), (torch.zeros(2, 5, 1, 1),), tmp_path / "mine.pt2", {"kind": "gan"})
    info = model_info(tmp_path / "mine.pt2")
    assert (info.kind, info.dataset) == ("gan", None)  # its own embedded manifest, not mine.json's
    monkeypatch.setenv("LATENTLAB_MODELS", str(tmp_path))
    listed = {info.path for info in list_models() if info.source.startswith("user")}
    assert listed == {str(tmp_path / "mine.json"), str(tmp_path / "mine.pt2")}


def test_model_files_lists_the_program_beside_each_manifest(tmp_path, monkeypatch):
    """What a sidecar's SHA-256 is looked up among: every model file, the program behind a manifest too."""
    from latentlab.core.zoo import model_files

    _script(DCGANStyle(), torch.zeros(1, 5, 1, 1), tmp_path / "mine.pt")
    (tmp_path / "mine.json").write_text(json.dumps({"file": "mine.pt", "kind": "gan", "latent_dim": 5}))
    monkeypatch.setenv("LATENTLAB_MODELS", str(tmp_path))
    files = model_files()
    assert tmp_path / "mine.json" in files and tmp_path / "mine.pt" in files
