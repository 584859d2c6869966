"""Model discovery: bundled and user folders, names, and the public API."""

from __future__ import annotations

import shutil

import pytest

import latentlab
from latentlab.core import zoo
from latentlab.core.checkpoint import CheckpointError
from latentlab.core.paths import user_models_dir


def test_user_models_are_listed_and_loadable_by_name(tiny_vae_file):
    folder = user_models_dir()
    folder.mkdir(parents=True)
    shutil.copy(tiny_vae_file, folder / "my-vae.safetensors")
    names = {m.name: m for m in latentlab.list_models()}
    assert "my-vae" in names
    info = names["my-vae"]
    assert info.kind == "vae" and info.latent_dim == 4 and info.dataset == "tiny" and info.source == "user"
    assert info.params > 0 and info.size_bytes == (folder / "my-vae.safetensors").stat().st_size
    model = latentlab.load_model("my-vae", device="cpu")
    assert model.decode(model.sample_latent(2, seed=0)).shape == (2, 1, 28, 28)


def test_models_env_folder_and_broken_files(tmp_path, monkeypatch, tiny_gan_file):
    extra = tmp_path / "extra"
    extra.mkdir()
    shutil.copy(tiny_gan_file, extra / "g.safetensors")
    (extra / "broken.safetensors").write_bytes(b"nonsense!" * 3)
    monkeypatch.setenv("LATENTLAB_MODELS", str(extra))
    names = [m.name for m in zoo.list_models()]
    assert "g" in names and "broken" not in names
    assert any("broken.safetensors" in e for e in zoo.scan_errors())


def test_load_by_path(tiny_gan_file):
    model = latentlab.load_model(str(tiny_gan_file), device="cpu")
    assert model.kind == "gan"


def test_unknown_name_lists_known_ones():
    with pytest.raises(CheckpointError, match="no model named 'nonexistent'"):
        latentlab.load_model("nonexistent")


def test_bundled_zoo_models_load_if_present():
    """Every file shipped in pretrained/ loads and decodes (the real zoo, when it is there)."""
    for info in zoo.list_models(include_user=False):
        model = latentlab.load_model(info.path, device="cpu")
        if info.kind == "classifier":
            continue
        labels = [0] if model.conditional else None
        out = model.decode(model.sample_latent(1, seed=0), labels)
        assert out.shape[1:] == tuple(info.image_shape)


def test_markdown_table_shows_metrics_and_floor(tiny_vae_file):
    from latentlab.core.checkpoint import update_card

    update_card(tiny_vae_file, metrics={"eval": {"fid": 12.5, "recon_mse": 0.02, "floor": {"fid": 0.7}}})
    table = zoo.zoo_markdown([zoo.model_info(tiny_vae_file)])
    rows = table.splitlines()
    assert "FID" in rows[0]
    assert "`tiny-vae`" in rows[2] and "12.5" in rows[2] and "0.02" in rows[2]
    assert "real vs real (tiny)" in rows[3] and "0.7" in rows[3]
