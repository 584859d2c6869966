"""Tests for latentlab.core.datasets' loaders: IDX files, dataset lookup, image folders, bundled samples.

All data is synthetic and written to tmp_path; the only real files read are the bundled
samples in pretrained/samples.
"""

from __future__ import annotations

import gzip
import io
import struct
import types
from pathlib import Path

import numpy as np
import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from latentlab.core import _make_samples
from latentlab.core.datasets import idx, idx_source, samples
from latentlab.core.datasets import (
    DatasetError,
    DatasetNotFoundError,
    ImageDataset,
    find_dataset,
    load_dataset,
    load_image,
    load_image_folder,
    load_sample,
    names,
    read_idx,
)
from latentlab.core.datasets import get as get_dataset

IDX_CODES = {
    np.dtype("u1"): 0x08,
    np.dtype("i1"): 0x09,
    np.dtype(">i2"): 0x0B,
    np.dtype(">i4"): 0x0C,
    np.dtype(">f4"): 0x0D,
    np.dtype(">f8"): 0x0E,
}


def idx_bytes(arr: np.ndarray) -> bytes:
    """Encode `arr` as an IDX file (big-endian, like the MNIST files)."""
    big = arr.astype(arr.dtype.newbyteorder(">"))
    header = bytes([0, 0, IDX_CODES[big.dtype], arr.ndim])
    header += struct.pack(f">{arr.ndim}I", *arr.shape)
    return header + big.tobytes()


def write_idx(path: Path, arr: np.ndarray, gz: bool | None = None) -> Path:
    """Write `arr` as IDX; gzipped when `gz` is true (default: when the name ends in .gz)."""
    raw = idx_bytes(arr)
    if gz is None:
        gz = path.suffix == ".gz"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(gzip.compress(raw) if gz else raw)
    return path


def make_idx_dataset(
    folder: Path,
    n_train: int = 30,
    n_test: int = 20,
    classes: int = 10,
    gz: bool = True,
    splits=("train", "test"),
) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """Write a tiny MNIST-style dataset into `folder`; return the arrays per split."""
    rng = np.random.default_rng(0)
    out = {}
    for split, n in (("train", n_train), ("test", n_test)):
        if split not in splits:
            continue
        images = rng.integers(0, 256, size=(n, 28, 28), dtype=np.uint8)
        labels = (np.arange(n) % classes).astype(np.uint8)
        img_name, lab_name = idx_source.IDX_FILES[split]
        if not gz:
            img_name, lab_name = img_name[:-3], lab_name[:-3]
        write_idx(folder / img_name, images, gz)
        write_idx(folder / lab_name, labels, gz)
        out[split] = (images, labels)
    return out


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch):
    """Keep every lookup inside tmp_path: no real cache, env, Debian folder or network."""
    monkeypatch.setenv("LATENTLAB_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("LATENTLAB_DATA", raising=False)
    monkeypatch.setattr(idx, "DEBIAN_DATASETS", tmp_path / "debian")

    def no_torchvision():
        raise ImportError("No module named 'torchvision'")

    monkeypatch.setattr(idx, "_import_torchvision_datasets", no_torchvision)


# --------------------------------------------------------------------------------------------
# read_idx
# --------------------------------------------------------------------------------------------


@settings(max_examples=40, deadline=None)
@given(
    dtype=st.sampled_from(list(IDX_CODES)),
    shape=st.lists(st.integers(0, 4), min_size=1, max_size=4),
    gz=st.booleans(),
    seed=st.integers(0, 2**32 - 1),
)
def test_read_idx_round_trips_every_dtype(tmp_path_factory, dtype, shape, gz, seed):
    rng = np.random.default_rng(seed)
    arr = (rng.standard_normal(shape) * 100).astype(dtype.newbyteorder("="))
    # The name says the opposite of the content: gzip must be detected from the bytes.
    path = tmp_path_factory.mktemp("idx") / ("data.idx" if gz else "data.idx.gz")
    write_idx(path, arr, gz=gz)
    out = read_idx(path)
    assert out.dtype == arr.dtype
    assert out.dtype.isnative
    assert out.shape == tuple(shape)
    np.testing.assert_array_equal(out, arr)


def test_read_idx_result_is_writable(tmp_path):
    path = write_idx(tmp_path / "a.gz", np.arange(6, dtype=">i4").reshape(2, 3))
    out = read_idx(path)
    assert out.flags.writeable
    out[0, 0] = 7  # must not raise
    assert torch.from_numpy(out).sum().item() == 7 + 1 + 2 + 3 + 4 + 5


GOOD = idx_bytes(np.arange(12, dtype=np.uint8).reshape(3, 4))


@pytest.mark.parametrize(
    "content, problem",
    [
        (b"", "truncated"),
        (b"\x00\x00\x08", "truncated"),
        (b"\x00\x00\x08\x03\x00\x00\x00\x02", "truncated"),  # 3 dims declared, 1 given
        (GOOD[:-1], "truncated"),
        (GOOD + b"\x00\x00", "size mismatch"),
        (b"\x01\x02" + GOOD[2:], "bad magic"),
        (b"PK\x03\x04" + GOOD[4:], "bad magic"),
        (GOOD[:2] + b"\x07" + GOOD[3:], "unknown data type"),
        (gzip.compress(GOOD)[:-10], "gzip"),
        (b"\x1f\x8b" + b"not really gzip", "gzip"),
    ],
)
def test_read_idx_rejects_bad_files_naming_file_and_problem(tmp_path, content, problem):
    path = tmp_path / "broken-idx1-ubyte"
    path.write_bytes(content)
    with pytest.raises(DatasetError) as info:
        read_idx(path)
    assert str(path) in str(info.value)
    assert problem in str(info.value)


def test_read_idx_missing_file(tmp_path):
    with pytest.raises(DatasetError, match="cannot read"):
        read_idx(tmp_path / "nope.gz")


def test_dataset_error_is_value_error():
    assert issubclass(DatasetError, ValueError)
    assert issubclass(DatasetNotFoundError, DatasetError)


# --------------------------------------------------------------------------------------------
# The built-in datasets and find_dataset
# --------------------------------------------------------------------------------------------


def test_known_datasets():
    assert get_dataset("mnist").class_names == tuple("0123456789")
    fashion = get_dataset("fashion-mnist").class_names
    assert fashion[0] == "T-shirt/top" and fashion[-1] == "Ankle boot" and len(fashion) == 10
    assert get_dataset("fashion-mnist").source.debian_package == "dataset-fashion-mnist"
    assert get_dataset("mnist").source.files["test"] == (
        "t10k-images-idx3-ubyte.gz",
        "t10k-labels-idx1-ubyte.gz",
    )


@pytest.mark.parametrize("nested", [False, True])
def test_find_dataset_in_data_dir(tmp_path, nested):
    root = tmp_path / "data"
    folder = root / "mnist" if nested else root
    make_idx_dataset(folder)
    assert find_dataset("mnist", root) == folder
    assert find_dataset("mnist", str(root)) == folder


@pytest.mark.parametrize("nested", [False, True])
def test_find_dataset_in_env(tmp_path, monkeypatch, nested):
    root = tmp_path / "env"
    folder = root / "fashion-mnist" if nested else root
    make_idx_dataset(folder, gz=False)  # un-gzipped names count too
    monkeypatch.setenv("LATENTLAB_DATA", str(root))
    assert find_dataset("fashion-mnist") == folder


def test_find_dataset_order(tmp_path, monkeypatch):
    places = {
        "arg": tmp_path / "arg",
        "env": tmp_path / "env",
        "cache": tmp_path / "home" / "cache" / "datasets" / "mnist",
        "debian": tmp_path / "debian" / "mnist",
    }
    for folder in places.values():
        make_idx_dataset(folder, n_train=10, n_test=10)
    monkeypatch.setenv("LATENTLAB_DATA", str(places["env"]))
    assert find_dataset("mnist", places["arg"]) == places["arg"]
    assert find_dataset("mnist") == places["env"]
    monkeypatch.delenv("LATENTLAB_DATA")
    assert find_dataset("mnist") == places["cache"]
    for f in places["cache"].iterdir():
        f.unlink()
    assert find_dataset("mnist") == places["debian"]


def test_find_dataset_falls_through_incomplete_folder(tmp_path):
    partial = tmp_path / "partial"
    make_idx_dataset(partial, splits=("train",))
    debian = tmp_path / "debian" / "mnist"
    make_idx_dataset(debian)
    # Only the train split is needed: the partial folder is enough.
    assert find_dataset("mnist", partial, split="train") == partial
    assert find_dataset("mnist", partial) == debian
    for f in debian.iterdir():
        f.unlink()
    with pytest.raises(DatasetNotFoundError) as info:
        find_dataset("mnist", partial)
    assert "missing t10k-images-idx3-ubyte.gz, t10k-labels-idx1-ubyte.gz" in str(info.value)


def test_not_found_message_lists_every_place(tmp_path, monkeypatch):
    monkeypatch.setenv("LATENTLAB_DATA", str(tmp_path / "envdata"))
    with pytest.raises(DatasetNotFoundError) as info:
        find_dataset("fashion-mnist", tmp_path / "argdata")
    msg = str(info.value)
    cache = tmp_path / "home" / "cache" / "datasets" / "fashion-mnist"
    for place in [
        tmp_path / "argdata",
        tmp_path / "argdata" / "fashion-mnist",
        tmp_path / "envdata",
        tmp_path / "envdata" / "fashion-mnist",
        cache,
        cache / "FashionMNIST" / "raw",
        tmp_path / "debian" / "fashion-mnist",
    ]:
        assert f"  - {place} (" in msg, place
    assert "torchvision is not installed" in msg
    assert "apt-get install dataset-fashion-mnist" in msg
    assert "pip install torchvision" in msg
    assert "--data-dir PATH" in msg and "LATENTLAB_DATA" in msg
    # One message, one line per place looked plus the header and advice.
    assert msg.count("\n  - ") == 7 + 1 + 3


def test_not_found_message_without_env_or_debian_package(tmp_path):
    with pytest.raises(DatasetNotFoundError) as info:
        find_dataset("mnist")
    msg = str(info.value)
    assert "$LATENTLAB_DATA: not set" in msg
    assert "apt-get" not in msg  # there is no Debian package for MNIST
    assert str(tmp_path / "debian" / "mnist") in msg


def test_torchvision_download_failure_is_reported(tmp_path, monkeypatch):
    class Failing:
        def __init__(self, root, train, download):
            raise RuntimeError("Error downloading: <urlopen error Temporary failure>")

    monkeypatch.setattr(
        idx, "_import_torchvision_datasets", lambda: types.SimpleNamespace(MNIST=Failing)
    )
    with pytest.raises(DatasetNotFoundError) as info:
        find_dataset("mnist")
    assert "failed (Error downloading: <urlopen error Temporary failure>)" in str(info.value)
    with pytest.raises(DatasetNotFoundError, match="not attempted"):
        find_dataset("mnist", download=False)


def test_torchvision_broken_import_is_reported(monkeypatch):
    def broken():
        raise RuntimeError("operator torchvision::nms does not exist")

    monkeypatch.setattr(idx, "_import_torchvision_datasets", broken)
    with pytest.raises(DatasetNotFoundError, match="could not be imported.*nms"):
        find_dataset("mnist")


def test_torchvision_download_into_cache(tmp_path, monkeypatch):
    calls = []

    class FakeFashion:
        def __init__(self, root, train, download):
            calls.append((root, train, download))
            make_idx_dataset(Path(root) / "FashionMNIST" / "raw")

    monkeypatch.setattr(
        idx,
        "_import_torchvision_datasets",
        lambda: types.SimpleNamespace(FashionMNIST=FakeFashion),
    )
    cache = tmp_path / "home" / "cache" / "datasets" / "fashion-mnist"
    ds = load_dataset("fashion-mnist", split="test")
    assert calls == [(str(cache), False, True)]
    assert ds.source == cache / "FashionMNIST" / "raw"
    assert len(ds) == 20
    # Found in the cache next time, without downloading again.
    assert find_dataset("fashion-mnist") == cache / "FashionMNIST" / "raw"
    assert len(calls) == 1


def test_find_dataset_unknown_name_and_split():
    with pytest.raises(DatasetError, match="unknown dataset 'cifar'.*mnist, fashion-mnist"):
        find_dataset("cifar")
    with pytest.raises(DatasetError, match="unknown split"):
        find_dataset("mnist", split="valid")


# --------------------------------------------------------------------------------------------
# load_dataset and ImageDataset
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("split", ["train", "test"])
def test_load_dataset_by_name(tmp_path, split):
    arrays = make_idx_dataset(tmp_path / "d" / "fashion-mnist")
    ds = load_dataset("fashion-mnist", split=split, data_dir=tmp_path / "d")
    images, labels = arrays[split]
    assert ds.name == "fashion-mnist"
    assert ds.images.shape == (len(images), 1, 28, 28) and ds.images.dtype == np.uint8
    assert ds.labels.dtype == np.int64
    np.testing.assert_array_equal(ds.images[:, 0], images)
    np.testing.assert_array_equal(ds.labels, labels)
    assert ds.class_names[0] == "T-shirt/top"
    assert ds.skipped == []

    x, y = ds[3]
    assert x.shape == (1, 28, 28) and x.dtype == torch.float32
    assert y == int(labels[3]) and isinstance(y, int)
    torch.testing.assert_close(x[0], torch.from_numpy(images[3]).float() / 255)

    xs, ys = ds.tensors()
    assert xs.shape == (len(images), 1, 28, 28) and xs.dtype == torch.float32
    assert ys.dtype == torch.int64
    assert 0.0 <= xs.min().item() and xs.max().item() <= 1.0
    torch.testing.assert_close(xs[3], x)


def test_load_dataset_name_aliases(tmp_path):
    make_idx_dataset(tmp_path / "fashion-mnist")
    assert load_dataset("Fashion_MNIST", data_dir=tmp_path).name == "fashion-mnist"


def test_load_dataset_resizes_and_repeats_channels(tmp_path):
    make_idx_dataset(tmp_path / "mnist")
    ds = load_dataset("mnist", "test", data_dir=tmp_path, image_shape=(3, 32, 32))
    assert ds.images.shape == (20, 3, 32, 32)
    np.testing.assert_array_equal(ds.images[:, 0], ds.images[:, 2])


def test_load_dataset_count_mismatch_names_files(tmp_path):
    folder = tmp_path / "mnist"
    make_idx_dataset(folder)
    labels = folder / "train-labels-idx1-ubyte.gz"
    write_idx(labels, np.zeros(29, dtype=np.uint8))
    with pytest.raises(DatasetError) as info:
        load_dataset("mnist", data_dir=tmp_path)
    msg = str(info.value)
    assert "30 images" in msg and "29 labels" in msg
    assert str(labels) in msg and str(folder / "train-images-idx3-ubyte.gz") in msg


def test_load_dataset_label_out_of_range(tmp_path):
    make_idx_dataset(tmp_path / "mnist", classes=11)
    with pytest.raises(DatasetError, match="label 10 out of range"):
        load_dataset("mnist", data_dir=tmp_path)


def test_load_dataset_wrong_image_dtype(tmp_path):
    folder = tmp_path / "mnist"
    make_idx_dataset(folder)
    write_idx(folder / "train-images-idx3-ubyte.gz", np.zeros((30, 28, 28), dtype=">f4"))
    with pytest.raises(DatasetError, match="train-images-idx3-ubyte.gz: images must be uint8"):
        load_dataset("mnist", data_dir=tmp_path)


def test_load_dataset_from_idx_folder_path(tmp_path):
    folder = tmp_path / "kmnist"
    make_idx_dataset(folder, classes=4)
    ds = load_dataset(folder, split="test")
    assert ds.name == "kmnist"
    assert ds.class_names == ["0", "1", "2", "3"]
    assert len(ds) == 20


def test_load_dataset_from_image_folder_path(tmp_path):
    for cls in ("cat", "dog"):
        (tmp_path / "pets" / cls).mkdir(parents=True)
        Image.new("L", (10, 10), 200).save(tmp_path / "pets" / cls / "a.png")
    ds = load_dataset(str(tmp_path / "pets"))
    assert ds.class_names == ["cat", "dog"]
    assert ds.images.shape == (2, 1, 28, 28)


def test_load_dataset_unknown(tmp_path):
    with pytest.raises(DatasetError, match="neither a known dataset"):
        load_dataset("cifar10")
    with pytest.raises(DatasetError, match="neither a known dataset"):
        load_dataset(tmp_path / "missing")
    with pytest.raises(DatasetError, match="unknown split"):
        load_dataset("mnist", split="val")
    with pytest.raises(DatasetError, match="image_shape"):
        load_dataset("mnist", image_shape=(2, 28, 28))


def test_load_dataset_not_found_propagates(tmp_path):
    with pytest.raises(DatasetNotFoundError):
        load_dataset("mnist", data_dir=tmp_path)


def test_image_dataset_works_with_dataloader():
    images = np.arange(5 * 1 * 2 * 2, dtype=np.uint8).reshape(5, 1, 2, 2)
    ds = ImageDataset(images, np.array([0, 1, 2, 0, 1]), ["a", "b", "c"], name="t")
    assert isinstance(ds, torch.utils.data.Dataset)
    batches = list(torch.utils.data.DataLoader(ds, batch_size=2))
    assert [b[0].shape[0] for b in batches] == [2, 2, 1]
    assert batches[0][1].tolist() == [0, 1]
    assert ds.image_shape == (1, 2, 2) and ds.num_classes == 3
    assert ds.class_counts().tolist() == [2, 2, 1]
    assert "n=5" in repr(ds)


def test_image_dataset_accepts_read_only_arrays():
    images = np.zeros((2, 1, 3, 3), dtype=np.uint8)
    images.flags.writeable = False
    ds = ImageDataset(images, np.array([0, 1], dtype=np.uint8), ["a", "b"])
    ds.tensors()  # torch warns on read-only arrays; warnings are errors here
    assert ds[1][1] == 1


@pytest.mark.parametrize(
    "images, labels, match",
    [
        (np.zeros((2, 3, 3), np.uint8), np.zeros(2, int), "images"),
        (np.zeros((2, 1, 3, 3), np.float32), np.zeros(2, int), "images"),
        (np.zeros((2, 1, 3, 3), np.uint8), np.zeros(3, int), "2 images but 3 labels"),
        (np.zeros((2, 1, 3, 3), np.uint8), np.zeros(2, float), "labels"),
        (np.zeros((2, 1, 3, 3), np.uint8), np.array([0, 2]), "class names"),
        (np.zeros((2, 1, 3, 3), np.uint8), np.array([0, -1]), "class names"),
    ],
)
def test_image_dataset_validates(images, labels, match):
    with pytest.raises(DatasetError, match=match):
        ImageDataset(images, labels, ["a", "b"])


# --------------------------------------------------------------------------------------------
# load_image
# --------------------------------------------------------------------------------------------


def save(img: Image.Image, path: Path, **kwargs) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(path, **kwargs)
    return path


def test_load_image_grey_and_rgb(tmp_path):
    arr = np.zeros((28, 28, 3), dtype=np.uint8)
    arr[..., 0] = 255  # pure red
    path = save(Image.fromarray(arr), tmp_path / "red.png")
    rgb = load_image(path, (3, 28, 28))
    assert rgb.shape == (3, 28, 28) and rgb.dtype == np.uint8
    assert (rgb[0] == 255).all() and (rgb[1:] == 0).all()
    grey = load_image(path, (1, 28, 28))
    expected = Image.new("RGB", (1, 1), (255, 0, 0)).convert("L").getpixel((0, 0))
    assert grey.shape == (1, 28, 28) and (grey == expected).all()


def test_load_image_jpeg_and_bytes(tmp_path):
    path = save(Image.new("L", (16, 16), 128), tmp_path / "g.JPEG", quality=95)
    out = load_image(path, (1, 8, 8))
    assert out.shape == (1, 8, 8)
    assert np.abs(out.astype(int) - 128).max() <= 2
    np.testing.assert_array_equal(load_image(path.read_bytes(), (1, 8, 8)), out)


def test_load_image_resizes_whole_image_without_crop(tmp_path):
    arr = np.zeros((20, 40), dtype=np.uint8)
    arr[:, :20] = 255  # left half white
    out = load_image(save(Image.fromarray(arr), tmp_path / "wide.png"), (1, 28, 28))[0]
    # Stretched, not cropped: the left half stays white, the right half black.
    assert (out[:, :12] > 250).all()
    assert (out[:, 16:] < 5).all()


def test_load_image_rgba_composited_on_black(tmp_path):
    arr = np.zeros((28, 28, 4), dtype=np.uint8)
    arr[..., :3] = 255
    arr[:, :10, 3] = 0  # transparent white -> black
    arr[:, 10:20, 3] = 255  # opaque white -> white
    arr[:, 20:, 3] = 128  # half-transparent white -> mid grey
    out = load_image(save(Image.fromarray(arr, "RGBA"), tmp_path / "a.png"), (1, 28, 28))[0]
    assert (out[:, :10] == 0).all()
    assert (out[:, 10:20] == 255).all()
    assert (np.abs(out[:, 20:].astype(int) - 128) <= 1).all()
    rgb = load_image(tmp_path / "a.png", (3, 28, 28))
    assert (rgb[:, :, :10] == 0).all()


def test_load_image_palette_with_transparency(tmp_path):
    img = Image.new("P", (28, 28), 0)
    img.putpalette([255, 255, 255, 0, 255, 0] + [0] * (254 * 3))
    img.paste(1, (0, 0, 14, 28))  # left half green, right half index 0
    path = save(img, tmp_path / "p.png", transparency=0)
    out = load_image(path, (3, 28, 28))
    assert (out[:, :, :14] == np.array([0, 255, 0])[:, None, None]).all()
    assert (out[:, :, 14:] == 0).all()  # transparent white composited on black
    # Without transparency the palette colours come through.
    path2 = save(img, tmp_path / "p2.png")
    assert (load_image(path2, (1, 28, 28))[0, :, 14:] == 255).all()


def test_load_image_16_bit_is_scaled(tmp_path):
    arr = np.zeros((28, 28), dtype=np.uint16)
    arr[:, 10:20] = 128 * 257
    arr[:, 20:] = 65535
    img = Image.fromarray(arr)
    assert img.mode.startswith("I;16")
    path = save(img, tmp_path / "deep.png")
    with Image.open(path) as reopened:
        assert reopened.mode.startswith("I")  # still 16-bit on disk
    out = load_image(path, (1, 28, 28))[0]
    assert (out[:, :10] == 0).all()
    assert (out[:, 10:20] == 128).all()
    assert (out[:, 20:] == 255).all()
    assert (load_image(path, (3, 28, 28))[:, :, 20:] == 255).all()


def test_load_image_float_mode():
    img = Image.fromarray(np.full((4, 4), 0.5, dtype=np.float32), mode="F")
    buf = io.BytesIO()
    img.save(buf, "TIFF")
    assert (load_image(buf.getvalue(), (1, 4, 4)) == 128).all()


def test_load_image_errors_name_the_file(tmp_path):
    text = tmp_path / "notes.png"
    text.write_text("not an image")
    with pytest.raises(DatasetError, match=f"{text}: not an image"):
        load_image(text)
    good = save(Image.new("RGB", (64, 64), (1, 2, 3)), tmp_path / "full.png")
    truncated = tmp_path / "truncated.png"
    truncated.write_bytes(good.read_bytes()[:60])
    with pytest.raises(DatasetError, match=f"{truncated}: cannot read image"):
        load_image(truncated)
    with pytest.raises(DatasetError, match="missing.png: no such file"):
        load_image(tmp_path / "missing.png")
    with pytest.raises(DatasetError, match="<image data>"):
        load_image(b"\x00\x01garbage")


# --------------------------------------------------------------------------------------------
# load_image_folder
# --------------------------------------------------------------------------------------------


def test_load_image_folder(tmp_path):
    root = tmp_path / "shapes"
    save(Image.new("L", (28, 28), 10), root / "b_square" / "one.PNG")
    save(Image.new("RGB", (30, 30), (20, 20, 20)), root / "b_square" / "nested" / "two.JpEg")
    save(Image.new("L", (5, 7), 30), root / "a_circle" / "x.bmp")
    save(Image.new("L", (28, 28), 40), root / "a_circle" / "y.webp", lossless=True)
    save(Image.new("L", (28, 28), 50), root / "a_circle" / ".hidden.png")
    save(Image.new("L", (28, 28), 60), root / ".git" / "z.png")
    (root / "a_circle" / "README.txt").write_text("ignored: not an image suffix")
    (root / "b_square" / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\n broken")
    (root / "c_empty").mkdir()

    ds = load_image_folder(root)
    assert ds.class_names == ["a_circle", "b_square", "c_empty"]
    assert ds.name == "shapes" and ds.source == root
    assert ds.images.shape == (4, 1, 28, 28)
    assert ds.labels.tolist() == [0, 0, 1, 1]
    # Sorted file order within a class: x.bmp, y.webp; nested/two.JpEg, one.PNG.
    assert [int(ds.images[i, 0, 14, 14]) for i in range(4)] == [30, 40, 20, 10]
    assert [p.name for p, _ in ds.skipped] == ["broken.png"]
    assert "not an image" in ds.skipped[0][1]
    assert str(root) not in ds.skipped[0][1]  # the reason only; the path is beside it
    assert load_image_folder(root, (3, 16, 16)).images.shape == (4, 3, 16, 16)


def test_load_image_folder_nothing_readable(tmp_path):
    root = tmp_path / "bad"
    (root / "a").mkdir(parents=True)
    (root / "a" / "x.png").write_text("nope")
    (root / "a" / "y.jpg").write_text("nope")
    with pytest.raises(DatasetError, match="no readable images.*2 unreadable.*x.png"):
        load_image_folder(root)


def test_load_image_folder_without_class_folders(tmp_path):
    with pytest.raises(DatasetError, match="no class sub-folders"):
        load_image_folder(tmp_path)
    save(Image.new("L", (4, 4)), tmp_path / "loose.png")
    with pytest.raises(DatasetError, match="holds 1 images directly"):
        load_image_folder(tmp_path)
    with pytest.raises(DatasetError, match="no such folder"):
        load_image_folder(tmp_path / "missing")


def test_load_image_folder_empty_class_folders(tmp_path):
    (tmp_path / "a").mkdir()
    with pytest.raises(DatasetError, match="no readable images in 1 class folders"):
        load_image_folder(tmp_path)


# --------------------------------------------------------------------------------------------
# Bundled samples
# --------------------------------------------------------------------------------------------


@pytest.fixture
def fake_pretrained(tmp_path, monkeypatch):
    folder = tmp_path / "pretrained"
    (folder / "samples").mkdir(parents=True)
    monkeypatch.setattr(samples, "pretrained_dir", lambda: folder)
    return folder / "samples"


def test_load_sample_from_temporary_npz(fake_pretrained):
    images = np.arange(30 * 28 * 28, dtype=np.uint32).reshape(30, 28, 28).astype(np.uint8)
    labels = (np.arange(30) % 10).astype(np.uint8)
    np.savez_compressed(fake_pretrained / "mnist-test-2000.npz", images=images, labels=labels)
    ds = load_sample("mnist")
    assert ds.name == "mnist" and ds.source == fake_pretrained / "mnist-test-2000.npz"
    assert ds.images.shape == (30, 1, 28, 28)
    np.testing.assert_array_equal(ds.images[:, 0], images)
    assert ds.labels.dtype == np.int64
    np.testing.assert_array_equal(ds.labels, labels)
    assert ds.class_names == list("0123456789")
    assert load_sample("mnist", (3, 14, 14)).images.shape == (30, 3, 14, 14)


def test_load_sample_missing_names_file(fake_pretrained):
    with pytest.raises(DatasetError, match="fashion-mnist-test-2000.npz: sample file missing"):
        load_sample("fashion-mnist")
    with pytest.raises(DatasetError, match="unknown dataset"):
        load_sample("cifar")


def _npz_bytes(**arrays) -> bytes:
    buf = io.BytesIO()
    np.savez(buf, **arrays)
    return buf.getvalue()


OK_IMAGES = np.zeros((4, 28, 28), np.uint8)
OK_LABELS = np.zeros(4, np.uint8)


@pytest.mark.parametrize(
    "content, match",
    [
        (b"this is not a zip file", "cannot read sample file"),
        (b"", "cannot read sample file"),
        (_npz_bytes(images=OK_IMAGES), "missing labels"),
        (_npz_bytes(images=OK_IMAGES.astype(float), labels=OK_LABELS), "images must be uint8"),
        (_npz_bytes(images=OK_IMAGES[0], labels=OK_LABELS), "images must be uint8"),
        (_npz_bytes(images=OK_IMAGES, labels=OK_LABELS[:3]), "4 images but 3 labels"),
        (_npz_bytes(images=OK_IMAGES, labels=OK_LABELS + 10), "out of range"),
        (_npz_bytes(images=OK_IMAGES, labels=OK_LABELS.astype(float)), "labels must be"),
        (
            _npz_bytes(images=OK_IMAGES, labels=np.array([{"x": 1}], dtype=object)),
            "cannot read sample file",
        ),
    ],
)
def test_load_sample_malformed_names_file(fake_pretrained, content, match):
    path = fake_pretrained / "mnist-test-2000.npz"
    path.write_bytes(content)
    with pytest.raises(DatasetError) as info:
        load_sample("mnist")
    assert str(path) in str(info.value)
    assert match in str(info.value)


def test_load_sample_rejects_plain_npy(fake_pretrained):
    path = fake_pretrained / "mnist-test-2000.npz"
    with path.open("wb") as f:
        np.save(f, OK_IMAGES)
    with pytest.raises(DatasetError, match="not an .npz archive"):
        load_sample("mnist")


@pytest.mark.parametrize("name", ["mnist", "fashion-mnist"])
def test_bundled_samples(name):
    path = samples.sample_path(name)
    assert path.is_file(), f"{path} missing: run python -m latentlab.core._make_samples"
    assert path.stat().st_size < 1_200_000
    with np.load(path, allow_pickle=False) as npz:
        assert npz["images"].shape == (2000, 28, 28) and npz["images"].dtype == np.uint8
        assert npz["labels"].shape == (2000,) and npz["labels"].dtype == np.uint8
    ds = load_sample(name)
    assert len(ds) == 2000
    assert ds.class_counts().tolist() == [200] * 10
    assert ds.class_names == list(get_dataset(name).class_names)
    # Real images, not blanks: most of an MNIST-like image is background.
    assert 0 < ds.images.mean() < 128


# --------------------------------------------------------------------------------------------
# _make_samples
# --------------------------------------------------------------------------------------------


def test_select_balanced_takes_first_per_class_in_order():
    labels = np.array([2, 0, 0, 1, 2, 0, 1, 2, 1])
    assert _make_samples.select_balanced(labels, 2, 3).tolist() == [0, 1, 2, 3, 4, 6]
    with pytest.raises(ValueError, match="class 0 has only 3"):
        _make_samples.select_balanced(labels, 4, 3)
    with pytest.raises(ValueError, match="class 3 has only 0"):
        _make_samples.select_balanced(labels, 1, 4)


def test_make_samples_script(tmp_path, capsys):
    rng = np.random.default_rng(1)
    labels = np.repeat(np.arange(10, dtype=np.uint8), 210)
    rng.shuffle(labels)
    images = rng.integers(0, 256, size=(len(labels), 28, 28), dtype=np.uint8)
    for name in names():
        folder = tmp_path / "data" / name
        write_idx(folder / "t10k-images-idx3-ubyte.gz", images)
        write_idx(folder / "t10k-labels-idx1-ubyte.gz", labels)
    out = tmp_path / "out"
    args = ["--data-dir", str(tmp_path / "data"), "--out", str(out)]
    assert _make_samples.main(args) == 0
    with np.load(out / "mnist-test-2000.npz", allow_pickle=False) as npz:
        assert npz["images"].shape == (2000, 28, 28)
        idx = _make_samples.select_balanced(labels, 200, 10)
        np.testing.assert_array_equal(npz["images"], images[idx])
        np.testing.assert_array_equal(npz["labels"], labels[idx])
    assert "fashion-mnist-test-2000.npz" in capsys.readouterr().out
    # Missing data is an error message and exit status 1, not a traceback.
    assert _make_samples.main(["--data-dir", str(tmp_path / "none"), "--out", str(out)]) == 1
