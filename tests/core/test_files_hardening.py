"""Files after crashes and hostile paths, and the CLI's caps: one clear line each (issue 21)."""

from __future__ import annotations

import json
import os
import re
import struct
import time
import warnings

import numpy as np
import pytest

from latentlab import cli
from latentlab.cli import main
from latentlab.core.export import regenerate, save_png
from latentlab.core.files import TEMP_MARK, ExportError, atomic_path, atomic_write_bytes, remove_stale_temp_files
from latentlab.core.sidecar import export_path, verify_sidecar


def _age(path, seconds):
    old = time.time() - seconds
    os.utime(path, (old, old))


def test_stale_temp_files_are_removed_and_fresh_ones_kept(tmp_path):
    stale = tmp_path / f".out.png{TEMP_MARK}ab12cd34.png"
    legacy = tmp_path / ".out.png.k3j9x2ab.tmp.png"
    fresh = tmp_path / f".other.png{TEMP_MARK}zz99yy88.png"
    mine = tmp_path / ".hidden-note.png"
    for p in (stale, legacy, fresh, mine):
        p.write_bytes(b"x")
    for p in (stale, legacy, mine):
        _age(p, 3600)
    assert sorted(remove_stale_temp_files(tmp_path)) == sorted([stale, legacy])
    assert fresh.exists() and mine.exists()
    assert remove_stale_temp_files(tmp_path / "missing") == []


def test_a_killed_write_leaves_a_recognisable_name(tmp_path):
    target = tmp_path / "out.png"
    with pytest.raises(ExportError), atomic_path(target) as tmp:
        assert tmp.name.startswith(f".out.png{TEMP_MARK}") and tmp.suffix == ".png"
        raise RuntimeError("killed")
    assert list(tmp_path.iterdir()) == []


def test_an_export_cleans_its_folder_first(tmp_path):
    stale = tmp_path / f".a.png{TEMP_MARK}ab12cd34.png"
    stale.write_bytes(b"half an image")
    _age(stale, 120)
    save_png(tmp_path / "b.png", np.zeros((4, 4, 1), np.uint8))
    assert not stale.exists()


def test_gui_start_cleans_the_session_folder(_isolated_home, monkeypatch):
    import latentlab.ui.main_window
    from latentlab.ui.app import create_window

    class Built(Exception):
        pass

    def window(**kwargs):  # the cleanup must run before the window is built
        raise Built

    stale = _isolated_home / f".session.json{TEMP_MARK}ab12cd34.json"
    stale.write_text("{")
    _age(stale, 120)
    monkeypatch.setattr(latentlab.ui.main_window, "MainWindow", window)
    with pytest.raises(Built):
        create_window(dialogs=False, show=False)
    assert not stale.exists()


def test_sidecar_records_the_export_hash_and_a_mismatch_is_caught(tmp_path, tiny_vae_file):
    out = tmp_path / "s.png"
    assert main(["sample", str(tiny_vae_file), "-n", "2", "--scale", "1", "-o", str(out)]) == 0
    data = verify_sidecar(out)
    assert len(data["file_sha256"]) == 64
    assert regenerate(out).shape == (2, 28, 28, 1)
    # A crash after the new sidecar but before the new image: the old image stays beside it.
    save_png(tmp_path / "other.png", np.full((28, 28, 1), 7, np.uint8))
    os.replace(tmp_path / "other.png", out)
    with pytest.raises(ExportError, match="does not belong to s.png"):
        regenerate(out)


def test_export_path_writes_the_sidecar_before_the_file(tmp_path):
    target = tmp_path / "a.npy"
    with export_path(target, {"z": [[0.0]]}, ".npy") as tmp:
        np.save(tmp, np.zeros(3, np.uint8))
    assert verify_sidecar(target)["file_sha256"]
    with pytest.raises(ExportError), export_path(target, {"bad": object()}):
        pass  # a sidecar JSON cannot hold refuses before anything is written


def test_proc_target_says_what_is_wrong():
    with pytest.raises(ExportError, match=r"/proc does not allow new files") as info:
        atomic_write_bytes("/proc/x.png", b"1")
    assert "folder does not exist" not in str(info.value)


# --- the CLI ------------------------------------------------------------------------------------

def _error(capsys):
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1, err
    return err[0]


@pytest.mark.parametrize("argv,pattern", [
    (["-n", "1000000000", "-o", "x.npy"], "-n 1,000,000,000: at most 10,000,000 samples"),
    (["-n", "100000", "-o", "x.png"], r"would need a 313\.6 MB PNG sheet; the limit is 64\.0 MB"),
    (["-n", "0", "-o", "x.npy"], "need at least one sample"),
])
def test_sample_sizes_that_cannot_fit_are_refused_with_the_figure(tiny_vae_file, tmp_path, capsys, argv, pattern):
    argv = [a if not a.startswith("x.") else str(tmp_path / a) for a in argv]
    assert main(["sample", str(tiny_vae_file), *argv]) == 1
    assert re.search(pattern, _error(capsys))


def test_sample_npy_larger_than_the_disk_is_refused(tiny_vae_file, tmp_path, capsys, monkeypatch):
    import shutil

    monkeypatch.setattr(shutil, "disk_usage", lambda p: shutil._ntuple_diskusage(10**9, 10**9 - 1000, 1000))
    assert main(["sample", str(tiny_vae_file), "-n", "100", "-o", str(tmp_path / "x.npy")]) == 1
    assert "-n 100 would need 78.4 KB for x.npy; the limit is the 1.0 KB free in" in _error(capsys)


def test_large_sample_streams_to_an_npy_and_records_the_prior(tiny_vae_file, tmp_path, monkeypatch):
    monkeypatch.setattr(cli, "SIDECAR_MAX_LATENTS", 100)
    out = tmp_path / "big.npy"
    assert main(["sample", str(tiny_vae_file), "-n", "600", "--seed", "4", "-o", str(out)]) == 0
    frames = np.load(out, mmap_mode="r")
    sidecar = verify_sidecar(out)
    assert frames.shape == (600, 28, 28) and "z" not in sidecar and sidecar["prior"]["n"] == 600
    assert np.array_equal(regenerate(out)[..., 0], frames)


def test_frames_cap(tiny_vae_file, tmp_path, capsys):
    assert main(["interpolate", str(tiny_vae_file), "--frames", "1000000", "-o", str(tmp_path / "a.gif")]) == 1
    assert "--frames 1,000,000: at most 10,000 frames per segment" in _error(capsys)


def test_sample_label_fraction_and_bool_are_refused(tiny_cgan_file, tmp_path, capsys):
    for label in ("1.5", "True"):
        assert main(["sample", str(tiny_cgan_file), "-n", "2", "--label", label, "-o", str(tmp_path / "a.png")]) == 1
        assert f"--label '{label}' is not a class of this model" in _error(capsys)


def test_device_cuda_without_cuda_is_a_one_line_note(tiny_vae_file, tmp_path, capsys, monkeypatch):
    import torch

    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    with warnings.catch_warnings():
        warnings.simplefilter("default")  # as outside pytest, where warnings are not errors
        assert main(["sample", str(tiny_vae_file), "--device", "cuda", "-n", "1", "-o", str(tmp_path / "a.png")]) == 0
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["latentlab: note: cuda requested but CUDA is not available; using the CPU"]


def _header_file(src, tmp_path, name, edit):
    data = src.read_bytes()
    (n,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8:8 + n])
    edit(header)
    raw = json.dumps(header).encode()
    path = tmp_path / f"{name}.safetensors"
    path.write_bytes(struct.pack("<Q", len(raw)) + raw + data[8 + n:])
    return path


def _first_tensor(header):
    return header[next(k for k in header if k != "__metadata__")]


def _card_edit(**changes):
    def edit(header):
        card = json.loads(header["__metadata__"]["latentlab"])
        card.update(changes)
        header["__metadata__"]["latentlab"] = json.dumps(card)
    return edit


@pytest.mark.parametrize("name,edit,pattern", [
    ("shape", lambda h: _first_tensor(h).update(shape=["ab", 300000000]), "header entry for tensor .* is damaged"),
    ("huge", lambda h: [e.update(shape=[399_000_000]) for k, e in h.items() if k != "__metadata__"],
     "more than 400,000,000 numbers"),
    ("arch", _card_edit(arch=["gan"]), "'arch' must be a string"),
    ("unknown", _card_edit(arch="nosuch"), "unknown architecture 'nosuch'"),
    ("config", _card_edit(config={"latent_dim": -3}), "bad config for vae"),
    ("kind", _card_edit(kind="classifier"), "kind 'classifier'"),
])
def test_info_refuses_hostile_headers_in_one_line(tiny_vae_file, tmp_path, capsys, name, edit, pattern):
    path = _header_file(tiny_vae_file, tmp_path, name, edit)
    assert main(["info", str(path)]) == 1
    assert re.search(pattern, _error(capsys))


def test_info_says_what_the_checksum_covers(tiny_vae_file, capsys):
    assert main(["info", str(tiny_vae_file)]) == 0
    assert "over the weights only; the card is checked, not hashed" in capsys.readouterr().out


def test_lesson_check_reports_each_bad_file_and_goes_on(tmp_path, capsys):
    from latentlab.core.lessons import bundled_lessons

    (tmp_path / "a-deep.toml").write_text("a = " + "[" * 100_000 + "]" * 100_000 + "\n")
    with open(tmp_path / "b-huge.toml", "wb") as fh:
        fh.truncate(5 * 1024 * 1024)
    good = bundled_lessons()[0]
    (tmp_path / "c-good.toml").write_bytes(good.read_bytes())
    assert main(["lesson", "check", str(tmp_path)]) == 1
    out = capsys.readouterr()
    assert "a-deep.toml: nested too deeply" in out.err
    assert "b-huge.toml: 5,242,880 bytes is too large for a lesson file" in out.err
    assert "OK: " in out.out and "c-good.toml" in out.out
