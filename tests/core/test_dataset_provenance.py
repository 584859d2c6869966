"""Cards and sidecars record the dataset's name, version and file SHA-256s, never a path (issue 21)."""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path

import pytest

from latentlab.core.datasets.fingerprint import cached_sha256, dataset_record
from latentlab.core.datasets.idx_source import IDX_FILES
from latentlab.core.sidecar import dataset_of_card


@pytest.fixture
def idx_folder(tmp_path):
    folder = tmp_path / "somewhere" / "mnist"
    folder.mkdir(parents=True)
    for images, labels in IDX_FILES.values():
        for name in (images, labels):
            (folder / name).write_bytes(gzip.compress(name.encode()))
    return folder


def test_record_names_version_and_hashes_but_no_path(idx_folder):
    record = dataset_record("MNIST", idx_folder)
    assert record["name"] == "mnist" and record["version"].startswith("1998")
    names = [f["name"] for f in record["files"]]
    assert names == [n for pair in IDX_FILES.values() for n in pair]
    first = idx_folder / names[0]
    assert record["files"][0]["sha256"] == hashlib.sha256(first.read_bytes()).hexdigest()
    assert str(idx_folder.parent) not in json.dumps(record)


def test_hashes_are_cached_and_a_changed_file_is_hashed_again(idx_folder, monkeypatch):
    path = idx_folder / "train-images-idx3-ubyte.gz"
    first = cached_sha256(path)
    calls = []
    from latentlab.core import hash_cache

    real = hash_cache.file_sha256
    monkeypatch.setattr(hash_cache, "file_sha256", lambda p: calls.append(p) or real(p))
    assert cached_sha256(path) == first and calls == []
    path.write_bytes(b"other bytes, other size")
    assert cached_sha256(path) == hashlib.sha256(b"other bytes, other size").hexdigest() and len(calls) == 1


def test_missing_files_and_image_folders_say_why_without_a_path(tmp_path, monkeypatch):
    from latentlab.core.datasets import idx_source
    from latentlab.core.datasets.base import DatasetError

    def nowhere(*args, **kwargs):
        raise DatasetError(f"not in {tmp_path}")

    monkeypatch.setattr(idx_source, "find_dataset", nowhere)
    missing = dataset_record("mnist", tmp_path / "empty")
    assert missing["files"] is None and "not found" in missing["note"] and str(tmp_path) not in json.dumps(missing)
    folder = dataset_record(str(tmp_path / "my" / "cats"))
    assert folder == {"name": "cats", "version": None, "files": None, "note": "an image folder: its files are not hashed"}


def test_bundled_cards_record_the_data_files():
    from latentlab.core.checkpoint import read_card
    from latentlab.core.paths import pretrained_dir

    for path in sorted(Path(pretrained_dir()).glob("*.safetensors")):
        record = read_card(path)["provenance"]["dataset"]
        assert record["version"], path.name
        if record["name"] == "faces64":  # drawn by our own generator: its version and seeds are the record
            train = record["generated"]["train"]
            assert isinstance(train["n"], int) and isinstance(train["seed"], int), path.name
            if read_card(path).get("kind") in ("vae", "gan"):
                assert train["seed"] == 0, path.name  # the bundled training split
            else:  # the judge and the second steering network learnt from faces of their own
                assert (path.stem == "faces64-factors") == (train["seed"] == 0), path.name
            assert record["files"] is None or all(len(f["sha256"]) == 64 for f in record["files"])
            continue
        assert record["name"] in ("mnist", "fashion-mnist")
        assert len(record["files"]) == 4 and all(len(f["sha256"]) == 64 for f in record["files"])


def test_sidecar_dataset_comes_from_the_card():
    card = {"dataset": "mnist", "provenance": {"dataset": {"name": "mnist", "version": "v", "files": [], "x": 1}}}
    assert dataset_of_card(card) == {"name": "mnist", "version": "v", "files": []}
    assert dataset_of_card({"dataset": "/home/me/cats"}) == {"name": "cats", "version": None, "files": None}
    assert dataset_of_card(None) is None


def test_trained_card_records_the_dataset(tmp_path, idx_folder):
    from latentlab.train.common import TrainConfig, provenance

    config = TrainConfig(kind="vae", dataset="mnist", data_dir=str(idx_folder), out=str(tmp_path / "m.safetensors"))
    record = provenance(config, epochs_done=1, steps=1, seconds=1.0, device=__import__("torch").device("cpu"))["dataset"]
    assert record["name"] == "mnist" and len(record["files"]) == 4


def test_faces64_is_recorded_by_how_it_was_drawn_and_the_drawn_files_hashes(tmp_path):
    import hashlib

    from latentlab.cli import main
    from latentlab.core.datasets.fingerprint import dataset_record

    assert main(["data", "faces64", "-n", "10", "--test-n", "100", "--seed", "3", "-o", str(tmp_path)]) == 0
    record = dataset_record("faces64", tmp_path)
    assert record["name"] == "faces64" and record["version"].startswith("generator v")
    by_split = {f["split"]: f for f in record["files"]}
    train = tmp_path / "faces64-train.npz"
    assert by_split["train"]["name"] == "faces64-train.npz"
    assert by_split["train"]["sha256"] == hashlib.sha256(train.read_bytes()).hexdigest()
    assert str(tmp_path) not in str(record)  # names and hashes, never where
