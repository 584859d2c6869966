"""faces64: the drawn faces are reproducible and show what their labels say."""

from __future__ import annotations

import numpy as np
import pytest

from latentlab.cli import main
from latentlab.core import datasets
from latentlab.core.datasets import faces64
from latentlab.core.datasets.faces_draw import draw_face, draw_faces, sample_factors
from latentlab.core.datasets.faces_factors import CATEGORICAL, CONTINUOUS, FACTOR_NAMES, HAIR_COLOURS, HAIR_STYLES
from latentlab.core.paths import pretrained_dir


def face(**values) -> np.ndarray:
    """One face (H, W, 3) int, upright, evenly lit, short hair, no glasses unless said."""
    row = {"smile": 0.0, "mouth open": 0.0, "eye size": 0.5, "eye openness": 0.8, "head tilt": 0.0,
           "face width": 0.5, "skin tone": 0.2, "background hue": 0.3, "light direction": 0.0,
           "hair colour": 1, "hair style": HAIR_STYLES.index("short"), "glasses": 0}
    row.update(values)
    return draw_face(np.array([row[n] for n in FACTOR_NAMES], dtype=np.float32)).transpose(1, 2, 0).astype(int)


def mouth_tops(image: np.ndarray) -> np.ndarray:
    """Per column of the mouth (lower face), the highest row of its dark red pixels; -1 where none."""
    r, g, b = image[..., 0], image[..., 1], image[..., 2]
    mouth = (r - g > 25) & (r + g + b < 330)
    mouth[:38] = False  # the lower face only
    return np.array([np.flatnonzero(col)[0] if col.any() else -1 for col in mouth.T])


@pytest.mark.parametrize("smile, corners_higher", [(1.0, True), (-1.0, False)])
def test_smile_moves_the_mouth_corners_against_the_centre(smile, corners_higher):
    tops = mouth_tops(face(smile=smile))
    columns = np.flatnonzero(tops >= 0)
    assert len(columns) >= 8, "the mouth should be found"
    corners = np.r_[tops[columns[:2]], tops[columns[-2:]]].mean()
    middle = len(columns) // 2
    centre = tops[columns[middle - 1:middle + 2]].mean()
    # Image rows grow downwards: higher corners have smaller row numbers.
    if corners_higher:
        assert corners < centre - 1.0
    else:
        assert corners > centre + 1.0


def test_glasses_add_dark_pixels_in_the_eye_band():
    def dark_in_eye_band(image):
        return int((image[24:38].sum(axis=2) < 200).sum())

    without, with_glasses = dark_in_eye_band(face(glasses=0)), dark_in_eye_band(face(glasses=1))
    assert with_glasses > 2 * without + 10


@pytest.mark.parametrize("colour", list(HAIR_COLOURS))
def test_hair_region_has_the_named_colour(colour):
    image = face(**{"hair colour": list(HAIR_COLOURS).index(colour)})
    hair = image[15:21, 28:37].reshape(-1, 3).mean(axis=0)  # the cap above the forehead
    assert np.abs(hair - np.array(HAIR_COLOURS[colour])).max() < 20


def test_mouth_opens_and_eyes_grow():
    def mouth_pixels(image):
        r, g = image[..., 0], image[..., 1]
        return int(((r - g > 25) & (image.sum(axis=2) < 330))[38:].sum())

    assert mouth_pixels(face(**{"mouth open": 1.0})) > 2 * mouth_pixels(face(**{"mouth open": 0.0}))

    def white(image):
        return int((image[24:38].min(axis=2) > 235).sum())

    assert white(face(**{"eye size": 1.0})) > 1.5 * white(face(**{"eye size": 0.0}))


def test_same_seed_same_bytes_and_workers_do_not_matter():
    a, b = faces64.generate(12, seed=5), faces64.generate(12, seed=5)
    assert a.images.tobytes() == b.images.tobytes() and a.factors.tobytes() == b.factors.tobytes()
    assert faces64.generate(12, seed=6).images.tobytes() != a.images.tobytes()
    in_two = draw_faces(a.factors, workers=2)
    assert in_two.tobytes() == a.images.tobytes()


def test_factors_are_independent_and_cover_their_ranges():
    f = sample_factors(2000, seed=0)
    corr = np.corrcoef(f, rowvar=False)
    off_diagonal = corr[~np.eye(len(FACTOR_NAMES), dtype=bool)]
    assert np.abs(off_diagonal).max() < 0.1
    for i, (low, high, _) in enumerate(CONTINUOUS.values()):
        assert low <= f[:, i].min() < low + 0.05 * (high - low) and high - 0.05 * (high - low) < f[:, i].max() <= high
    for j, values in enumerate(CATEGORICAL.values(), start=len(CONTINUOUS)):
        assert set(np.unique(f[:, j]).astype(int)) == set(range(len(values)))


def test_the_registry_declares_the_factors():
    spec = datasets.get("faces64")
    assert spec.image_shape == (3, 64, 64) and spec.class_names == tuple(HAIR_COLOURS)
    assert spec.factor_names == FACTOR_NAMES
    assert spec.factor("smile").range == (-1.0, 1.0) and not spec.factor("smile").categorical
    assert spec.factor("glasses").values == ("no", "yes") and spec.factor("glasses").categorical
    assert all(f.description for f in spec.factors)


def test_files_round_trip_and_load_through_data_dir(tmp_path, capsys):
    out = tmp_path / "new" / "data"  # made by the command
    assert main(["data", "faces64", "-n", "30", "--test-n", "10", "--seed", "4", "-o", str(out)]) == 0
    assert "ms per image" in capsys.readouterr().out
    assert sorted(p.name for p in out.iterdir()) == ["faces64-test.npz", "faces64-train.npz"]
    train = datasets.load_dataset("faces64", "train", data_dir=out)
    test = datasets.load_dataset("faces64", "test", data_dir=out)
    assert len(train) == 30 and len(test) == 10
    again = faces64.generate(30, seed=4)
    assert np.array_equal(train.images, again.images) and np.array_equal(train.factors, again.factors)
    assert train.factor_names == list(FACTOR_NAMES)
    assert np.array_equal(train.labels, train.factors[:, FACTOR_NAMES.index("hair colour")].astype(int))
    grey = datasets.load_dataset("faces64", "test", data_dir=out, image_shape=(1, 16, 16))
    assert grey.image_shape == (1, 16, 16) and grey.factors is not None


def test_a_split_asked_for_by_name_is_drawn_once_into_the_cache(monkeypatch):
    monkeypatch.setitem(faces64.SPLIT_SIZES, "test", (8, 1))
    first = datasets.load_dataset("faces64", "test")
    path = faces64.cache_path("test", 8, 1)
    assert path.is_file() and f"v{faces64.GENERATOR_VERSION}" in path.name
    stamp = path.stat().st_mtime_ns
    second = datasets.load_dataset("faces64", "test")
    assert path.stat().st_mtime_ns == stamp and np.array_equal(first.images, second.images)


def test_bad_files_get_one_line_naming_them(tmp_path, capsys):
    bad = tmp_path / "faces64-train.npz"
    bad.write_bytes(b"not a zip")
    with pytest.raises(datasets.DatasetError, match="faces64-train.npz: cannot read faces64 file"):
        datasets.load_dataset("faces64", "train", data_dir=tmp_path)
    assert main(["data", "mnist", "-n", "5"]) == 1
    assert "does not draw" in capsys.readouterr().err


def test_the_shipped_sample_is_small_and_labelled():
    spec = datasets.get("faces64")
    assert spec.has_sample()
    assert (pretrained_dir() / "samples" / faces64.SAMPLE_FILE).stat().st_size < 1_000_000
    sample = spec.load_sample()
    assert len(sample) == 256 and sample.image_shape == (3, 64, 64)
    assert sample.factors.shape == (256, len(FACTOR_NAMES))


@pytest.mark.parametrize("kind", ["vae", "gan"])
def test_generators_train_a_few_steps_on_faces64_and_round_trip(kind, tmp_path):
    import torch

    from latentlab.core.checkpoint import load_model, read_card

    assert main(["data", "faces64", "-n", "32", "--test-n", "16", "-o", str(tmp_path)]) == 0
    out = tmp_path / f"{kind}.safetensors"
    assert main(["train", kind, "--dataset", "faces64", "--data-dir", str(tmp_path), "--max-steps", "2",
                 "--batch-size", "16", "--base-channels", "4", "--latent-dim", "8", "--device", "cpu",
                 "-o", str(out)]) == 0
    model = load_model(out, device="cpu")
    assert model.image_shape == (3, 64, 64) and read_card(out)["dataset"] == "faces64"
    again = load_model(out, device="cpu")
    z = model.sample_latent(2, seed=0)
    assert model.decode(z).shape == (2, 3, 64, 64) and torch.equal(model.decode(z), again.decode(z))


def test_the_bundled_factor_network_reads_the_shipped_sample():
    import torch

    from latentlab.core.metrics.features import FeatureNet

    spec = datasets.get("faces64")
    sample = spec.load_sample()
    images = torch.from_numpy(sample.images).float() / 255
    smile = spec.factor("smile").measure(images).numpy()
    truth = sample.factors[:, FACTOR_NAMES.index("smile")]
    assert np.corrcoef(smile, truth)[0, 1] > 0.95
    glasses = spec.factor("glasses").measure(images).numpy() > 0.5
    assert (glasses == (sample.factors[:, FACTOR_NAMES.index("glasses")] > 0.5)).mean() > 0.95
    features = FeatureNet.for_dataset("faces64").features(sample.images[:8])
    assert features.shape == (8, 128)
