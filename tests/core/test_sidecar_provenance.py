"""Sidecars name the model by name, file name and SHA-256, never a folder of the machine (issue 21).

Every export route of the command line (``sample`` PNG/NPY, ``interpolate`` GIF/MP4/PNG,
``compare``) is checked for absolute paths; ``regenerate`` then finds the model again beside
the export, in a models folder by its SHA-256, or where the caller says.
"""

from __future__ import annotations

import json
import shutil

import numpy as np
import pytest

from latentlab.cli import main
from latentlab.core.checkpoint import load_model, read_card
from latentlab.core.export import regenerate
from latentlab.core.files import ExportError, file_sha256
from latentlab.core.paths import user_models_dir
from latentlab.core.pixels import to_uint8
from latentlab.core.sidecar import model_record, read_sidecar
from tests.sidecar_checks import assert_no_paths


@pytest.fixture
def exports(tmp_path):
    folder = tmp_path / "exports"  # not where the model lies
    folder.mkdir()
    return folder


def test_the_model_record_of_a_checkpoint(tiny_vae_file):
    card = read_card(tiny_vae_file)
    assert model_record(tiny_vae_file) == {
        "name": "tiny-vae", "file": "tiny-vae.safetensors", "sha256": file_sha256(tiny_vae_file),
        "kind": card["kind"], "arch": card["arch"], "latentlab_version": card["provenance"]["package_version"]}
    assert model_record(tiny_vae_file, card=card) == model_record(tiny_vae_file)  # read from the file when not given


@pytest.mark.parametrize("name", ["grid.png", "arr.npy"])
def test_sample_sidecars_hold_no_path(tiny_vae_file, tmp_path, exports, name):
    out = exports / name
    assert main(["sample", str(tiny_vae_file), "-n", "3", "--seed", "2", "-o", str(out)]) == 0
    side = read_sidecar(out)
    assert side["model"]["name"] == "tiny-vae" and side["model"]["file"] == "tiny-vae.safetensors"
    assert side["model"]["sha256"] == file_sha256(tiny_vae_file) and "path" not in side["model"]
    assert_no_paths(out, tmp_path)


def test_a_large_sample_records_the_prior_and_no_path(tiny_vae_file, tmp_path, exports, monkeypatch):
    from latentlab import cli

    monkeypatch.setattr(cli, "SIDECAR_MAX_LATENTS", 2)
    out = exports / "big.npy"
    assert main(["sample", str(tiny_vae_file), "-n", "5", "-o", str(out)]) == 0
    assert "prior" in read_sidecar(out)
    assert_no_paths(out, tmp_path)


@pytest.mark.parametrize("name", ["path.gif", "sheet.png", "video.mp4"])
def test_interpolate_sidecars_hold_no_path(tiny_vae_file, tmp_path, exports, name):
    if name.endswith(".mp4"):
        pytest.importorskip("imageio_ffmpeg")
    out = exports / name
    assert main(["interpolate", str(tiny_vae_file), "--frames", "3", "--seeds", "1", "2", "-o", str(out)]) == 0
    assert_no_paths(out, tmp_path)


def test_a_keyframe_file_naming_the_models_folder_does_not_carry_it_into_the_sidecar(tiny_vae_file, tmp_path,
                                                                                       exports):
    from latentlab.core.interpolation import PathSpec

    spec = PathSpec.from_seeds([4, 5], 4, "slerp", 3)
    data = spec.to_json()
    data["model"] = {"name": "tiny-vae", "path": str(tiny_vae_file), "latent_dim": 4, "kind": "vae"}  # older app
    keys = tmp_path / "keys.json"
    keys.write_text(json.dumps(data))
    out = exports / "p.gif"
    assert main(["interpolate", str(tiny_vae_file), "--keyframes", str(keys), "-o", str(out)]) == 0
    assert read_sidecar(out)["path"]["model"] == {"name": "tiny-vae", "latent_dim": 4, "kind": "vae"}
    assert_no_paths(out, tmp_path)


def test_compare_sidecar_holds_no_path_even_for_a_skipped_model(tiny_vae_file, tiny_gan_file, tmp_path, exports):
    from latentlab.compare import run_compare
    from tests.core.test_evidence import _args

    corrupt = tmp_path / "corrupt.safetensors"
    corrupt.write_bytes(b"\x00" * 8 + b"{not json" + b"\x00" * 64)
    out = exports / "figure.png"
    assert run_compare(_args(str(tiny_vae_file), str(corrupt), str(tiny_gan_file), "--recon", "0", "-n", "2",
                             "-o", str(out))) == 0
    side = read_sidecar(out)
    assert [m["file"] for m in side["models"]] == ["tiny-vae.safetensors", "tiny-gan.safetensors"]
    assert [m["sha256"] for m in side["models"]] == [file_sha256(tiny_vae_file), file_sha256(tiny_gan_file)]
    assert len(side["skipped"]) == 1 and side["skipped"][0].startswith("corrupt.safetensors could not be loaded")
    assert_no_paths(out, tmp_path)


def test_a_cli_export_regenerates_once_its_model_moved_into_the_models_folder(tiny_vae_file, exports):
    out = exports / "grid.png"
    assert main(["sample", str(tiny_vae_file), "-n", "4", "--seed", "7", "-o", str(out)]) == 0
    model = load_model(tiny_vae_file, "cpu")
    expected = to_uint8(model.decode(model.sample_latent(4, seed=7)))
    with pytest.raises(ExportError, match=r"model 'tiny-vae' \(tiny-vae\.safetensors, SHA-256 [0-9a-f]{12}…\) "
                                          r"not found; looked beside the sidecar"):
        regenerate(out)
    np.testing.assert_array_equal(regenerate(out, model=tiny_vae_file), expected)
    user_models_dir().mkdir(parents=True)
    shutil.move(tiny_vae_file, user_models_dir() / "my-vae.safetensors")
    np.testing.assert_array_equal(regenerate(out), expected)
    shutil.move(user_models_dir() / "my-vae.safetensors", exports / "tiny-vae.safetensors")
    np.testing.assert_array_equal(regenerate(out), expected)  # copied along with the export
