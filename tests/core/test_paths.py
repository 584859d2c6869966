"""Bundled files are found both in a source/editable checkout and inside a wheel install."""

from __future__ import annotations

from latentlab.core import paths


def test_checkout_layout_reads_the_repository_folders():
    assert (paths.pretrained_dir() / "samples").is_dir()
    assert (paths.resources_dir() / "lessons").is_dir()


def test_wheel_layout_prefers_package_data(tmp_path, monkeypatch):
    package = tmp_path / "site-packages" / "latentlab"
    (package / "_data" / "pretrained").mkdir(parents=True)
    (package / "_data" / "resources").mkdir(parents=True)
    monkeypatch.setattr(paths, "_PACKAGE_DIR", package)
    assert paths.pretrained_dir() == package / "_data" / "pretrained"
    assert paths.resources_dir() == package / "_data" / "resources"


def test_user_folders_follow_latentlab_home(tmp_path, monkeypatch):
    monkeypatch.setenv("LATENTLAB_HOME", str(tmp_path / "h"))
    assert paths.user_models_dir() == tmp_path / "h" / "models"
    assert paths.user_cache_dir() == tmp_path / "h" / "cache"
