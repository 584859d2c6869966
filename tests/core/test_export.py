"""Tests for latentlab.core.export and the modules it writes with: files, pixels, sidecar, drawing."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sys
from pathlib import Path

import numpy as np
import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from PIL import Image, ImageSequence

from latentlab.core import drawing as D
from latentlab.core import export as E
from latentlab.core import files as F
from latentlab.core import pixels as P
from latentlab.core import sidecar as S
from tests.sidecar_checks import assert_no_paths


def _frames(n: int = 5, h: int = 7, w: int = 9, c: int | None = None, seed: int = 0) -> np.ndarray:
    """Random frames; consecutive ones differ, so Pillow's GIF writer merges none."""
    rng = np.random.default_rng(seed)
    shape = (n, h, w) if c is None else (n, h, w, c)
    return rng.integers(0, 256, size=shape, dtype=np.uint8)


def _listing(folder: Path) -> list[str]:
    return sorted(os.listdir(folder))


# --- to_uint8 / upscale ---------------------------------------------------------------

def test_readme_api_stays_importable_from_export():
    # README's "Python API" imports these from latentlab.core.export: users' scripts rely on it.
    from latentlab.core.export import regenerate, save_gif, to_uint8

    assert to_uint8 is P.to_uint8
    assert callable(save_gif) and callable(regenerate)



def test_to_uint8_rounding_clamping_and_layout():
    x = torch.tensor([0.0, 1.0, 0.5, 1.5 / 255, 2.5 / 255, -0.2, 1.7, float("nan")]).reshape(1, 1, 2, 4)
    out = P.to_uint8(x)
    assert out.dtype == np.uint8 and out.shape == (1, 2, 4, 1) and out.flags["C_CONTIGUOUS"]
    # 127.5 → 128 and 2.5 → 2: torch.round is half-to-even
    assert out.ravel().tolist() == [0, 255, 128, 2, 2, 0, 255, 0]


def test_to_uint8_matches_reference_expression_and_channels_last():
    x = torch.rand(2, 3, 5, 4, generator=torch.Generator().manual_seed(1))
    ref = (x * 255).round().clamp(0, 255).to(torch.uint8).permute(0, 2, 3, 1).numpy()
    out = P.to_uint8(x)
    assert out.shape == (2, 5, 4, 3)
    np.testing.assert_array_equal(out, ref)
    np.testing.assert_array_equal(P.to_uint8(x.double()), ref)


def test_to_uint8_rejects_bad_input():
    with pytest.raises(ValueError, match="N, C, H, W"):
        P.to_uint8(torch.zeros(3, 4, 4))
    with pytest.raises(TypeError, match="floating"):
        P.to_uint8(torch.zeros(1, 1, 2, 2, dtype=torch.uint8))


@pytest.mark.parametrize("shape", [(4, 5), (4, 5, 3), (2, 4, 5, 1)])
def test_upscale_is_nearest_neighbour(shape):
    arr = np.random.default_rng(0).integers(0, 256, shape, dtype=np.uint8)
    out = P.upscale(arr, 3)
    ax = 1 if arr.ndim == 4 else 0
    np.testing.assert_array_equal(out, arr.repeat(3, axis=ax).repeat(3, axis=ax + 1))


@pytest.mark.parametrize("scale", [0, 17, 2.0, True, -1])
def test_upscale_rejects_bad_scale(scale):
    with pytest.raises(ValueError, match="scale"):
        P.upscale(np.zeros((2, 2), np.uint8), scale)


# --- PNG ------------------------------------------------------------------------------


@pytest.mark.parametrize("scale", [1, 4, 16])
@pytest.mark.parametrize("channels", [None, 1, 3])
def test_save_png_pixels_and_size(tmp_path, scale, channels):
    frame = _frames(1, 6, 5, channels)[0]
    out = E.save_png(tmp_path / "x.png", frame, scale=scale)
    assert out == tmp_path / "x.png"
    with Image.open(out) as im:
        assert im.size == (5 * scale, 6 * scale)
        assert im.mode == ("RGB" if channels == 3 else "L")
        got = np.asarray(im)
    expected = frame.repeat(scale, 0).repeat(scale, 1)
    if channels == 1:
        expected = expected[:, :, 0]
    np.testing.assert_array_equal(got, expected)
    assert _listing(tmp_path) == ["x.png"]


def test_save_png_rejects_float_frames(tmp_path):
    with pytest.raises(TypeError, match="uint8"):
        E.save_png(tmp_path / "x.png", np.zeros((4, 4), np.float32))
    assert _listing(tmp_path) == []


def test_written_file_gets_normal_permissions(tmp_path):
    if os.name != "posix":
        pytest.skip("POSIX permissions")
    out = E.save_png(tmp_path / "x.png", np.zeros((2, 2), np.uint8))
    # NamedTemporaryFile makes 0600 files; an export must honour the umask instead.
    umask = os.umask(0)
    os.umask(umask)
    assert (out.stat().st_mode & 0o777) == (0o666 & ~umask)


# --- grids ----------------------------------------------------------------------------


def test_make_grid_layout_without_captions():
    frames = _frames(5, 4, 6, 1)
    grid = D.make_grid(frames, ncols=3, padding=2, pad_value=200)
    assert grid.shape == (2 * 4 + 3 * 2, 3 * 6 + 4 * 2, 1)
    np.testing.assert_array_equal(grid[2:6, 2:8], frames[0])
    np.testing.assert_array_equal(grid[8:12, 10:16], frames[4])  # row 1, col 1
    assert (grid[8:12, 18:24] == 200).all()  # the empty sixth cell is padding
    assert (grid[0:2] == 200).all()


def test_make_grid_default_columns_scale_and_grey_input():
    frames = _frames(10, 3, 3)  # (N, H, W)
    grid = D.make_grid(frames, padding=0, scale=2)
    assert grid.shape == (3 * 6, 4 * 6, 1)  # ceil(sqrt(10)) = 4 columns, 3 rows
    np.testing.assert_array_equal(grid[0:6, 6:12, 0], frames[1].repeat(2, 0).repeat(2, 1))


def test_make_grid_with_captions_adds_strip_with_text():
    frames = np.zeros((2, 28, 28, 3), np.uint8)
    plain = D.make_grid(frames, ncols=2, padding=2, pad_value=255)
    captioned = D.make_grid(frames, ncols=2, padding=2, pad_value=255, captions=["3 → 8", None])
    assert captioned.shape[1] == plain.shape[1]
    strip = captioned.shape[0] - plain.shape[0]
    assert strip > 5
    first = captioned[2 + 28 : 2 + 28 + strip, 2:30]
    second = captioned[2 + 28 : 2 + 28 + strip, 32:60]
    assert (first < 128).any()  # dark text on the white strip
    assert (second == 255).all()  # None leaves the strip blank
    np.testing.assert_array_equal(captioned[2:30, 2:30], frames[0])


def test_make_grid_rejects_wrong_caption_count():
    with pytest.raises(ValueError, match="captions has 1"):
        D.make_grid(_frames(2, 4, 4), captions=["a"])


def test_save_grid_writes_png_of_grid(tmp_path):
    frames = _frames(4, 5, 5, 3)
    out = E.save_grid(tmp_path / "g.png", frames, ncols=2, captions=["a", "b", "c", "d"], scale=2)
    with Image.open(out) as im:
        got = np.asarray(im)
    np.testing.assert_array_equal(got, D.make_grid(frames, ncols=2, captions=["a", "b", "c", "d"], scale=2))


# --- GIF ------------------------------------------------------------------------------


def _gif_frames(path: Path) -> tuple[int, tuple[int, int], dict, list[np.ndarray], list[int]]:
    with Image.open(path) as im:
        info = dict(im.info)
        size = im.size
        frames, durations = [], []
        for f in ImageSequence.Iterator(im):
            durations.append(f.info["duration"])
            frames.append(np.asarray(f.convert("L")))
        return len(frames), size, info, frames, durations


def test_save_gif_frames_size_loop_and_pixels(tmp_path):
    frames = _frames(6, 5, 4)
    out = E.save_gif(tmp_path / "a.gif", frames, fps=10, scale=3)
    n, size, info, got, durations = _gif_frames(out)
    assert n == 6
    assert size == (12, 15)
    assert info["loop"] == 0
    assert durations == [100] * 6
    np.testing.assert_array_equal(got[2], frames[2].repeat(3, 0).repeat(3, 1))


def test_save_gif_without_loop_plays_once(tmp_path):
    out = E.save_gif(tmp_path / "a.gif", _frames(3, 4, 4, 1), loop=False)
    _, _, info, _, _ = _gif_frames(out)
    assert "loop" not in info


@pytest.mark.parametrize("n", [2, 3, 5])
def test_save_gif_pingpong(tmp_path, n):
    frames = _frames(n, 4, 4)
    out = E.save_gif(tmp_path / "p.gif", frames, pingpong=True)
    count, _, _, got, _ = _gif_frames(out)
    assert count == 2 * n - 2
    # forwards, then backwards without repeating either end frame
    expected = list(range(n)) + list(range(n - 2, 0, -1))
    for frame, index in zip(got, expected, strict=True):
        np.testing.assert_array_equal(frame, frames[index])


def test_save_gif_rgb(tmp_path):
    frames = np.zeros((3, 4, 4, 3), np.uint8)
    frames[:, :, :, 0] = np.array([0, 100, 200], np.uint8)[:, None, None]
    out = E.save_gif(tmp_path / "c.gif", frames)
    with Image.open(out) as im:
        assert im.n_frames == 3
        im.seek(1)
        assert im.convert("RGB").getpixel((0, 0)) == (100, 0, 0)


@pytest.mark.parametrize("fps", [0, -1, 51, float("nan")])
def test_save_gif_rejects_bad_fps(tmp_path, fps):
    with pytest.raises(ValueError, match="fps"):
        E.save_gif(tmp_path / "a.gif", _frames(2, 4, 4), fps=fps)


# --- MP4 ------------------------------------------------------------------------------


def test_save_mp4_pads_to_macroblocks(tmp_path):
    imageio_ffmpeg = pytest.importorskip("imageio_ffmpeg")
    frames = _frames(8, 28, 28)
    out = E.save_mp4(tmp_path / "v.mp4", frames, fps=8, scale=2, sidecar={"mode": "path"})
    assert out.stat().st_size > 0
    nframes, _ = imageio_ffmpeg.count_frames_and_secs(str(out))
    assert nframes == 8
    reader = imageio_ffmpeg.read_frames(str(out))
    try:
        meta = next(reader)
    finally:
        reader.close()
    assert tuple(meta["size"]) == (64, 64)  # 56 padded up to a multiple of 16
    assert _listing(tmp_path) == ["v.mp4", "v.mp4.json"]


def test_save_mp4_missing_dependency_message(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "imageio_ffmpeg", None)  # makes the import fail
    with pytest.raises(F.ExportError, match=r"pip install 'latentlab\[video\]'"):
        E.save_mp4(tmp_path / "v.mp4", _frames(2, 4, 4))
    assert _listing(tmp_path) == []


# --- unwritable destinations ----------------------------------------------------------

WRITERS = {
    "png": lambda p: E.save_png(p / "x.png", np.zeros((4, 4), np.uint8)),
    "grid": lambda p: E.save_grid(p / "x.png", _frames(2, 4, 4)),
    "gif": lambda p: E.save_gif(p / "x.gif", _frames(2, 4, 4)),
    "bytes": lambda p: F.atomic_write_bytes(p / "x.bin", b"abc"),
    "text": lambda p: F.atomic_write_text(p / "x.txt", "abc"),
}


@pytest.mark.parametrize("writer", sorted(WRITERS))
def test_missing_folder(tmp_path, writer):
    target_dir = tmp_path / "nope"
    with pytest.raises(F.ExportError, match="folder does not exist") as info:
        WRITERS[writer](target_dir)
    assert str(target_dir / "x.") in str(info.value)
    assert _listing(tmp_path) == []


@pytest.mark.parametrize("writer", sorted(WRITERS))
def test_parent_is_a_file(tmp_path, writer):
    blocker = tmp_path / "file"
    blocker.write_text("I am a file")
    with pytest.raises(F.ExportError, match="is not a folder") as info:
        WRITERS[writer](blocker)
    assert str(blocker) in str(info.value)
    assert _listing(tmp_path) == ["file"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
@pytest.mark.parametrize("writer", sorted(WRITERS))
def test_read_only_folder(tmp_path, writer):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        # Root (or CAP_DAC_OVERRIDE) ignores folder permissions; probe instead of guessing.
        probe = folder / "probe"
        try:
            probe.touch()
        except PermissionError:
            pass
        else:
            probe.unlink()
            pytest.skip("this user can write to read-only folders (root)")
        with pytest.raises(F.ExportError, match="permission denied") as info:
            WRITERS[writer](folder)
        assert str(folder) in str(info.value)
        assert _listing(folder) == []
    finally:
        folder.chmod(0o755)


def test_permission_error_is_reported(tmp_path, monkeypatch):
    # Same check as above, but also effective when the tests run as root.
    def deny(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(F.tempfile, "NamedTemporaryFile", deny)
    with pytest.raises(F.ExportError, match=r"cannot write .*x\.png: permission denied"):
        E.save_png(tmp_path / "x.png", np.zeros((2, 2), np.uint8))
    assert _listing(tmp_path) == []


def test_target_is_a_folder(tmp_path):
    (tmp_path / "x.png").mkdir()
    with pytest.raises(F.ExportError, match="folder with that name"):
        E.save_png(tmp_path / "x.png", np.zeros((2, 2), np.uint8))


# --- atomicity ------------------------------------------------------------------------


def test_failed_replace_keeps_old_file(tmp_path, monkeypatch):
    target = tmp_path / "x.png"
    target.write_bytes(b"old")

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(F.os, "replace", broken_replace)
    with pytest.raises(F.ExportError, match="no space left on device"):
        E.save_png(target, np.zeros((3, 3), np.uint8))
    assert target.read_bytes() == b"old"
    assert _listing(tmp_path) == ["x.png"]


def test_writer_failing_midway_keeps_old_file(tmp_path):
    target = tmp_path / "movie.mp4"
    target.write_bytes(b"old")
    with pytest.raises(F.ExportError, match=r"movie\.mp4: RuntimeError: encoder crashed"):
        with F.atomic_path(target, ".mp4") as tmp:
            assert tmp.parent == tmp_path and tmp.name.endswith(".mp4") and tmp != target
            tmp.write_bytes(b"half a vid")
            raise RuntimeError("encoder crashed")
    assert target.read_bytes() == b"old"
    assert _listing(tmp_path) == ["movie.mp4"]


def test_atomic_path_replaces_on_success(tmp_path):
    target = tmp_path / "a.txt"
    target.write_text("old")
    with F.atomic_path(target) as tmp:
        assert target.read_text() == "old"  # untouched until the block succeeds
        tmp.write_text("new")
    assert target.read_text() == "new"
    assert _listing(tmp_path) == ["a.txt"]


def test_keyboard_interrupt_passes_through_and_cleans_up(tmp_path):
    with pytest.raises(KeyboardInterrupt):
        with F.atomic_path(tmp_path / "a.bin"):
            raise KeyboardInterrupt
    assert _listing(tmp_path) == []


# --- sidecars -------------------------------------------------------------------------


def _reproducibility(z: torch.Tensor) -> dict:
    return {
        "model": {"name": "mnist-vae", "file": "mnist-vae.safetensors", "sha256": "ab" * 32, "kind": "vae",
                  "arch": "conv-vae", "latentlab_version": "0.1.0"},
        "seed": 42,
        "truncation": 0.7,
        "z": S.latent_to_json(z),
        "labels": None,
        "mode": "image",
        "scale": 4,
        "device": "cpu",
    }


def test_sidecar_written_beside_and_round_trips(tmp_path):
    z = torch.randn(16, generator=torch.Generator().manual_seed(0))
    meta = _reproducibility(z)
    out = E.save_png(tmp_path / "out.png", np.zeros((4, 4), np.uint8), scale=4, sidecar=meta)
    assert S.sidecar_path(out) == tmp_path / "out.png.json"
    assert _listing(tmp_path) == ["out.png", "out.png.json"]
    data = S.read_sidecar(out)
    assert data == S.read_sidecar(tmp_path / "out.png.json")
    for key, value in meta.items():
        assert data[key] == value
    assert data["file"] == "out.png"
    assert data["format"] == S.SIDECAR_FORMAT
    assert isinstance(data["latentlab_version"], str) and data["latentlab_version"]
    created = dt.datetime.fromisoformat(data["created"])
    assert created.utcoffset() == dt.timedelta(0)
    assert abs(dt.datetime.now(dt.timezone.utc) - created) < dt.timedelta(minutes=5)
    assert torch.equal(S.latent_from_json(data["z"]), z)


@pytest.mark.parametrize(
    "save",
    [
        lambda p, s: E.save_gif(p / "a.gif", _frames(2, 4, 4), sidecar=s),
        lambda p, s: E.save_grid(p / "a.png", _frames(2, 4, 4), sidecar=s),
    ],
)
def test_every_saver_writes_sidecar(tmp_path, save):
    out = save(tmp_path, {"mode": "grid", "labels": [3, 8]})
    data = S.read_sidecar(out)
    assert data["file"] == out.name and data["labels"] == [3, 8]


def test_sidecar_accepts_tensors_and_bookkeeping_keys_win(tmp_path):
    z = torch.randn(2, 3, generator=torch.Generator().manual_seed(5))
    out = E.save_png(
        tmp_path / "t.png",
        np.zeros((2, 2), np.uint8),
        sidecar={"z": z, "labels": torch.tensor([1, 2]), "seed": np.int64(3), "file": "lie.png"},
    )
    data = S.read_sidecar(out)
    assert torch.equal(S.latent_from_json(data["z"]), z)
    assert data["labels"] == [1, 2] and data["seed"] == 3 and data["file"] == "t.png"


def test_unserialisable_sidecar_writes_nothing(tmp_path):
    with pytest.raises(F.ExportError, match=r"x\.png\.json: sidecar is not JSON-serialisable"):
        E.save_png(tmp_path / "x.png", np.zeros((2, 2), np.uint8), sidecar={"bad": object()})
    assert _listing(tmp_path) == []


def test_read_sidecar_errors(tmp_path):
    with pytest.raises(F.ExportError, match="does not exist"):
        S.read_sidecar(tmp_path / "none.png")
    bad = tmp_path / "bad.png.json"
    bad.write_text("{not json")
    with pytest.raises(F.ExportError, match=r"bad\.png\.json: not valid JSON"):
        S.read_sidecar(tmp_path / "bad.png")
    partial = tmp_path / "partial.png.json"
    partial.write_text(json.dumps({"format": S.SIDECAR_FORMAT, "file": "partial.png"}))
    with pytest.raises(F.ExportError, match="missing keys: latentlab_version, created"):
        S.read_sidecar(partial)
    listing = tmp_path / "list.json"
    listing.write_text("[1, 2]")
    with pytest.raises(F.ExportError, match="expected a JSON object"):
        S.read_sidecar(listing)
    future = tmp_path / "future.json"
    future_data = {"format": "latentlab-sidecar/9", "file": "f", "created": "x", "latentlab_version": "9"}
    future.write_text(json.dumps(future_data))
    with pytest.raises(F.ExportError, match="unsupported sidecar format"):
        S.read_sidecar(future)


def test_file_sha256(tmp_path):
    data = os.urandom(3 * (1 << 20) + 17)  # spans several read chunks
    path = tmp_path / "blob"
    path.write_bytes(data)
    assert F.file_sha256(path) == hashlib.sha256(data).hexdigest()
    with pytest.raises(F.ExportError, match="does not exist"):
        F.file_sha256(tmp_path / "missing")


FLOAT32 = st.floats(width=32, allow_nan=False, allow_infinity=False)


@settings(max_examples=100, deadline=None)
@given(hnp.arrays(np.float32, hnp.array_shapes(min_dims=1, max_dims=2, max_side=16), elements=FLOAT32))
def test_latent_json_round_trip_is_exact(arr):
    z = torch.from_numpy(arr)
    text = json.dumps({"z": S.latent_to_json(z)})
    back = S.latent_from_json(json.loads(text)["z"])
    assert back.dtype == torch.float32
    assert torch.equal(back, z)
    assert torch.equal(S.latent_from_json(S.latent_to_json(arr)), z)  # numpy input too


def test_latent_json_rejects_bad_values():
    with pytest.raises(ValueError, match="NaN"):
        S.latent_to_json(torch.tensor([1.0, float("nan")]))
    with pytest.raises(ValueError, match="rectangular"):
        S.latent_from_json([[1.0, 2.0], [3.0]])
    with pytest.raises(ValueError):
        S.latent_from_json(1.5)


# --- regenerate -----------------------------------------------------------------------


class _FakeModel:
    """Deterministic stand-in decoder: (N, D) latents → (N, 1, 4, 4) images in [0, 1]."""

    def __init__(self, device: str):
        self.device = device
        self.calls: list[tuple[torch.Tensor, torch.Tensor | None]] = []

    def decode(self, z: torch.Tensor, labels: torch.Tensor | None) -> torch.Tensor:
        self.calls.append((z, labels))
        offset = 0.0 if labels is None else labels.to(z.dtype)[:, None] * 0.1
        img = torch.sigmoid(z.sum(dim=1, keepdim=True) + offset + torch.linspace(-2, 2, 16))
        return img.reshape(-1, 1, 4, 4)


def _setup_regeneration(tmp_path: Path, labels=None, model_dir: Path | None = None):
    """An export in ``tmp_path`` of a fake model saved as ``model.safetensors`` beside it (or in ``model_dir``)."""
    tmp_path.mkdir(parents=True, exist_ok=True)
    model_file = (model_dir or tmp_path) / "model.safetensors"
    model_file.parent.mkdir(parents=True, exist_ok=True)
    model_file.write_bytes(b"weights v1")
    z = torch.randn(3, 5, generator=torch.Generator().manual_seed(9))
    loaded: list[_FakeModel] = []
    opened: list[Path] = []

    def loader(path, device="cpu"):
        opened.append(Path(path))
        loaded.append(_FakeModel(device))
        return loaded[-1]

    frames = P.to_uint8(_FakeModel("cpu").decode(z, None if labels is None else torch.tensor(labels)))
    sidecar = {
        "model": S.model_record(model_file, name="fake"),
        "seed": 1,
        "truncation": 1.0,
        "z": S.latent_to_json(z),
        "labels": labels,
        "mode": "grid",
        "scale": 1,
        "device": "cpu",
    }
    out = E.save_grid(tmp_path / "grid.png", frames, sidecar=sidecar)
    loader.opened = opened  # type: ignore[attr-defined]
    return out, frames, model_file, loader, loaded


def test_the_model_record_names_the_file_and_its_hash_never_its_folder(tmp_path):
    out, _, model_file, _, _ = _setup_regeneration(tmp_path)
    record = S.read_sidecar(out)["model"]
    assert record == {"name": "fake", "file": "model.safetensors", "sha256": F.file_sha256(model_file),
                      "kind": None, "arch": None, "latentlab_version": None}  # not a real checkpoint: no card
    assert_no_paths(out, tmp_path)


def test_a_path_put_into_a_sidecar_is_written_as_its_file_name(tmp_path):
    out = E.save_png(tmp_path / "p.png", np.zeros((2, 2), np.uint8),
                     sidecar={"source": tmp_path / "sub" / "picture.png"})
    assert S.read_sidecar(out)["source"] == "picture.png"
    assert_no_paths(out, tmp_path)


def test_scrub_paths_keeps_file_names_and_drops_folders():
    text = ("/home/ann/m/x.safetensors could not be loaded (/home/ann/m/x.safetensors: damaged); "
            "~/y.pt and C:\\Users\\ann\\z.onnx; 3/4 of http://example.org/a")
    assert S.scrub_paths(text) == ("x.safetensors could not be loaded (x.safetensors: damaged); "
                                   "y.pt and z.onnx; 3/4 of http://example.org/a")


def test_regenerate_finds_the_model_beside_the_sidecar(tmp_path):
    out, frames, model_file, loader, loaded = _setup_regeneration(tmp_path, labels=[3, 8, 1])
    again = E.regenerate(out, loader=loader)
    assert loader.opened == [model_file]
    assert again.dtype == np.uint8 and again.shape == (3, 4, 4, 1)
    np.testing.assert_array_equal(again, frames)
    (_, labels), = loaded[0].calls
    assert labels.dtype == torch.long and labels.tolist() == [3, 8, 1]


@pytest.mark.parametrize("folder", ["user", "env"])
def test_regenerate_finds_the_model_in_a_models_folder_by_sha(tmp_path, monkeypatch, folder):
    from latentlab.core.paths import user_models_dir

    out, frames, model_file, loader, _ = _setup_regeneration(tmp_path / "exports", model_dir=tmp_path / "made")
    models = user_models_dir() if folder == "user" else tmp_path / "my-models"
    if folder == "env":
        monkeypatch.setenv("LATENTLAB_MODELS", str(models))
    models.mkdir(parents=True)
    moved = models / "renamed.safetensors"  # another name: found by its SHA-256
    model_file.rename(moved)
    (models / "model.safetensors").write_bytes(b"weights v2")  # the recorded name, another model
    np.testing.assert_array_equal(E.regenerate(out, loader=loader), frames)
    assert loader.opened == [moved]


def test_regenerate_uses_the_model_file_given(tmp_path):
    out, frames, model_file, loader, _ = _setup_regeneration(tmp_path / "exports", model_dir=tmp_path / "made")
    with pytest.raises(F.ExportError, match="not found"):
        E.regenerate(out, loader=loader)
    np.testing.assert_array_equal(E.regenerate(out, loader=loader, model=model_file), frames)
    np.testing.assert_array_equal(E.regenerate(S.read_sidecar(out), loader=loader, model=str(model_file)), frames)
    other = tmp_path / "other.safetensors"
    other.write_bytes(b"weights v2")
    with pytest.raises(F.ExportError, match=r"other\.safetensors is not its model 'fake' \(SHA-256 [0-9a-f]{12}…, "
                                            r"the sidecar records [0-9a-f]{12}…\)"):
        E.regenerate(out, loader=loader, model=other)
    with pytest.raises(F.ExportError, match="the model given"):
        E.regenerate(out, loader=loader, model=tmp_path / "missing.safetensors")
    assert loader.opened == [model_file, model_file]


def test_an_old_sidecar_with_a_path_still_regenerates(tmp_path):
    out, frames, model_file, loader, _ = _setup_regeneration(tmp_path / "exports", model_dir=tmp_path / "made")
    json_path = S.sidecar_path(out)
    data = json.loads(json_path.read_text())
    data["model"] = {"name": "fake", "path": str(model_file), "sha256": data["model"]["sha256"]}  # as 0.x wrote
    json_path.write_text(json.dumps(data))
    np.testing.assert_array_equal(E.regenerate(out, loader=loader), frames)
    np.testing.assert_array_equal(E.regenerate(data, loader=loader), frames)
    # a relative path is read beside the sidecar
    data["model"]["path"] = "model.safetensors"
    json_path.write_text(json.dumps(data))
    model_file.rename(out.parent / "model.safetensors")
    np.testing.assert_array_equal(E.regenerate(out, loader=loader), frames)
    assert loader.opened == [model_file, model_file, out.parent / "model.safetensors"]


def test_regenerate_detects_changed_model(tmp_path):
    out, _, model_file, loader, loaded = _setup_regeneration(tmp_path)
    model_file.write_bytes(b"weights v2")
    with pytest.raises(F.ExportError, match=r"model\.safetensors has another SHA-256 \(the model changed since "
                                            r"the export\)"):
        E.regenerate(out, loader=loader)
    assert loaded == []  # the wrong model is never even loaded


def test_a_missing_model_is_named_with_its_hash_and_where_it_was_looked_for(tmp_path):
    from latentlab.core.paths import pretrained_dir, user_models_dir

    out, _, model_file, loader, loaded = _setup_regeneration(tmp_path)
    sha = F.file_sha256(model_file)
    model_file.unlink()
    with pytest.raises(F.ExportError) as info:
        E.regenerate(out, loader=loader)
    text = str(info.value)
    assert "\n" not in text and loaded == []
    assert text.startswith(f"cannot regenerate from {S.sidecar_path(out)}: model 'fake' (model.safetensors, "
                           f"SHA-256 {sha[:12]}…) not found; looked beside the sidecar ({tmp_path}), in the model "
                           f"folders ({pretrained_dir()}, {user_models_dir()})")
    with pytest.raises(F.ExportError, match="no model sha256"):
        E.regenerate({"z": [0.0]}, loader=loader)
    with pytest.raises(F.ExportError, match="no model sha256"):
        E.regenerate({"model": {"name": "fake", "sha256": "not a hash"}, "z": [0.0]}, loader=loader)


def test_a_sidecar_cannot_point_outside_its_folder_by_file_name(tmp_path):
    out, frames, model_file, loader, _ = _setup_regeneration(tmp_path / "exports", model_dir=tmp_path / "made")
    json_path = S.sidecar_path(out)
    data = json.loads(json_path.read_text())
    data["model"]["file"] = "../made/model.safetensors"  # only the base name is used
    json_path.write_text(json.dumps(data))
    with pytest.raises(F.ExportError, match="not found"):
        E.regenerate(out, loader=loader)


def test_resize_long_side_smooth_or_pixelated_keeps_the_shape():
    from latentlab.core.export import resize_long_side

    frame = np.random.default_rng(0).integers(0, 256, (28, 14, 3), dtype=np.uint8)
    pixelated = resize_long_side(frame, 512, "pixelated")
    assert pixelated.shape == (532, 266, 3)  # ×19: the smallest whole factor that reaches 512
    np.testing.assert_array_equal(pixelated[::19, ::19], frame)
    smooth = resize_long_side(frame, 512, "smooth")
    assert smooth.shape == (512, 256, 3) and smooth.dtype == np.uint8
    with pytest.raises(ValueError, match="upscaling must be one of"):
        resize_long_side(frame, 512, "bicubic")
    with pytest.raises(ValueError, match="16 to 8192 pixels, got 9"):
        resize_long_side(frame, 9)
