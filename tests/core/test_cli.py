"""The command line on tiny checkpoints made by the tests."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import numpy as np
import pytest
import torch
from PIL import Image

from latentlab.cli import main
from latentlab.core.checkpoint import load_model
from latentlab.core.export import regenerate
from latentlab.core.paths import user_models_dir
from latentlab.core.pixels import to_uint8
from latentlab.core.sidecar import read_sidecar


def test_models_json_lists_user_models(tiny_vae_file, capsys):
    user_models_dir().mkdir(parents=True)
    shutil.copy(tiny_vae_file, user_models_dir() / "tv.safetensors")
    assert main(["models", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    row = next(r for r in rows if r["name"] == "tv")
    for key in ("name", "kind", "dataset", "latent_dim", "class_names", "path"):
        assert key in row
    assert row["kind"] == "vae" and row["latent_dim"] == 4


def test_models_table(tiny_vae_file, capsys):
    user_models_dir().mkdir(parents=True)
    shutil.copy(tiny_vae_file, user_models_dir() / "tv.safetensors")
    assert main(["models"]) == 0
    out = capsys.readouterr().out
    assert "tv" in out and "latent" in out and "vae" in out


def test_info(tiny_vae_file, capsys):
    assert main(["info", str(tiny_vae_file)]) == 0
    out = capsys.readouterr().out
    assert "latent dim  4" in out and "tiny" in out and "command" in out


def test_sample_png_grid_with_sidecar_that_regenerates(tiny_vae_file, tmp_path):
    out = tmp_path / "grid.png"
    assert main(["sample", str(tiny_vae_file), "-n", "6", "--seed", "3", "--scale", "1", "-o", str(out)]) == 0
    with Image.open(out) as im:
        assert im.size[0] > 28
    sidecar = read_sidecar(out)
    assert sidecar["seed"] == 3 and len(sidecar["z"]) == 6
    frames = regenerate(out)  # the model lies beside the sidecar
    assert np.array_equal(regenerate(sidecar, model=tiny_vae_file), frames)  # a bare dict: given the model
    model = load_model(tiny_vae_file, "cpu")
    assert np.array_equal(frames, to_uint8(model.decode(model.sample_latent(6, seed=3))))


def test_sample_npy_grey(tiny_vae_file, tmp_path):
    out = tmp_path / "s.npy"
    assert main(["sample", str(tiny_vae_file), "-n", "5", "--seed", "1", "-o", str(out)]) == 0
    arr = np.load(out, allow_pickle=False)
    assert arr.dtype == np.uint8 and arr.shape == (5, 28, 28)
    model = load_model(tiny_vae_file, "cpu")
    assert np.array_equal(arr, to_uint8(model.decode(model.sample_latent(5, seed=1)))[..., 0])


def test_sample_conditional_label_saved(tiny_cgan_file, tmp_path):
    out = tmp_path / "s.npy"
    assert main(["sample", str(tiny_cgan_file), "-n", "4", "--label", "class2", "-o", str(out)]) == 0
    labels = np.load(tmp_path / "s.labels.npy", allow_pickle=False)
    assert labels.tolist() == [2, 2, 2, 2]
    other = tmp_path / "t.npy"
    assert main(["sample", str(tiny_cgan_file), "-n", "4", "--labels-out", str(tmp_path / "l.npy"), "-o", str(other)]) == 0
    assert np.load(tmp_path / "l.npy").tolist() == [0, 1, 2, 0]


@pytest.mark.parametrize("argv,message", [
    (["sample", "{vae}", "--label", "3", "-o", "{tmp}/x.png"], "not conditional"),
    (["sample", "{cgan}", "--label", "9", "-o", "{tmp}/x.png"], "classes are 0..2"),
    (["sample", "{vae}", "-o", "{tmp}/x.jpg"], "use a .png"),
    (["sample", "{vae}", "-o", "{tmp}/missing-folder/x.png"], "missing-folder"),
    (["sample", "{tmp}/nothing.safetensors", "-o", "{tmp}/x.png"], "file not found"),
    (["sample", "no-such-model", "-o", "{tmp}/x.png"], "no model named"),
    (["interpolate", "{vae}", "--seeds", "1", "-o", "{tmp}/x.gif"], "at least two seeds"),
])
def test_errors_are_one_line_and_nonzero(tiny_vae_file, tiny_cgan_file, tmp_path, capsys, argv, message):
    argv = [a.format(vae=tiny_vae_file, cgan=tiny_cgan_file, tmp=tmp_path) for a in argv]
    assert main(argv) != 0
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err and err.count("\n") == 1


def test_interpolate_gif_and_png(tiny_vae_file, tmp_path):
    gif = tmp_path / "path.gif"
    assert main(["interpolate", str(tiny_vae_file), "--frames", "5", "--mode", "lerp",
                 "--seeds", "1", "2", "3", "--scale", "2", "-o", str(gif)]) == 0
    with Image.open(gif) as im:
        assert im.size == (56, 56)
    sidecar = read_sidecar(gif)
    assert len(sidecar["z"]) == 11  # 2 segments × 5 frames + the last keyframe
    png = tmp_path / "sheet.png"
    assert main(["interpolate", str(tiny_vae_file), "--frames", "3", "-o", str(png)]) == 0
    assert png.exists()


def test_interpolate_accepts_path_json(tiny_vae_file, tmp_path):
    from latentlab.core.interpolation import PathSpec

    spec = PathSpec.from_seeds([4, 5], 4, "slerp", 6)
    spec.save(tmp_path / "p.json")
    out = tmp_path / "p.gif"
    assert main(["interpolate", str(tiny_vae_file), "--keyframes", str(tmp_path / "p.json"), "-o", str(out)]) == 0
    assert len(read_sidecar(out)["z"]) == 7
    wrong = PathSpec.from_seeds([4, 5], 9, "slerp", 6)
    wrong.save(tmp_path / "w.json")
    assert main(["interpolate", str(tiny_vae_file), "--keyframes", str(tmp_path / "w.json"), "-o", str(out)]) == 1


def test_debug_shows_traceback(tmp_path):
    with pytest.raises(Exception):
        main(["--debug", "info", str(tmp_path / "missing.safetensors")])


def test_python_dash_m_and_bare_command_run(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "latentlab", "--help"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and "interpolate" in proc.stdout


def test_sample_with_truncation_shrinks_latents(tiny_gan_file, tmp_path):
    out = tmp_path / "t.png"
    assert main(["sample", str(tiny_gan_file), "-n", "3", "--truncation", "0.5", "-o", str(out)]) == 0
    z = torch.tensor(read_sidecar(out)["z"])
    full = load_model(tiny_gan_file, "cpu").sample_latent(3, seed=0)
    assert torch.allclose(z, 0.5 * full)
