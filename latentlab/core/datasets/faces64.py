"""faces64: procedurally drawn 64×64 RGB cartoon faces with known, independent factors.

No public face data set can be downloaded where latentlab is taught, so it draws its own
(:mod:`.faces_draw`): smile, mouth open, eye size and openness, head tilt, face width, skin
tone, hair colour (the classes), hair style, glasses, background hue and light direction, each
drawn independently and stored with the images. Because the truth of every image is known, a
latent direction's effect can be measured rather than guessed.

Files are ``.npz`` archives (``images`` uint8 (N, 3, 64, 64), ``labels`` int64 = hair colour,
``factors`` float32 (N, F), ``factor_names``, ``generator_version``, ``seed``), read without
pickle. A split asked for by name is found in ``--data-dir`` (``faces64-train.npz``,
``faces64-test.npz``, as ``latentlab data faces64 -o DIR`` writes them) or else drawn once into
the user's cache folder, keyed by generator version, size and seed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from latentlab.core.datasets.base import DatasetError, PathLike
from latentlab.core.datasets.faces_factors import (
    CATEGORICAL,
    CATEGORICAL_DESCRIPTIONS,
    CONTINUOUS,
    FACTOR_NAMES,
    GENERATOR_VERSION,
    HAIR_COLOURS,
    SIZE,
)
from latentlab.core.datasets.registry import DatasetSpec, Factor
from latentlab.core.datasets.samples import BundledSample
from latentlab.core.paths import pretrained_dir, user_cache_dir

if TYPE_CHECKING:
    from latentlab.core.datasets.container import ImageDataset

__all__ = [
    "FACES64",
    "FACTOR_NET_FILE",
    "SAMPLE_FILE",
    "SPLIT_SIZES",
    "STEER_NET_FILE",
    "Faces64Drawing",
    "Faces64Source",
    "cache_path",
    "generate",
    "read_faces",
    "write_faces",
]

NAME = "faces64"
#: Images and seed of each split drawn by name (the test split's seed differs, so no face repeats).
SPLIT_SIZES = {"train": (50_000, 0), "test": (5_000, 1)}
SAMPLE_FILE = "faces64-sample-256.npz"
FACTOR_NET_FILE = "faces64-factors.safetensors"
#: the second network that steers walks with the first (their mean reading); faces64-judge measures them
STEER_NET_FILE = "faces64-steer.safetensors"


def cache_path(split: str, n: int, seed: int) -> Path:
    """Where the cache keeps a drawn split (generator version, size and seed in the name)."""
    return user_cache_dir() / NAME / f"{NAME}-v{GENERATOR_VERSION}-{split}-n{n}-seed{seed}.npz"


def generate(n: int, seed: int = 0, workers: int | None = None) -> "ImageDataset":
    """Draw `n` faces from `seed`: the same arguments give the same bytes on every machine.

    Parameters
    ----------
    n : int
        Number of faces.
    seed : int, default 0
        Seed of the factor draws.
    workers : int, optional
        Processes to draw in (:func:`~latentlab.core.datasets.faces_draw.draw_faces`).

    Returns
    -------
    ImageDataset
        uint8 (n, 3, 64, 64), labels = hair colour, ``factors`` (n, F) float32.
    """
    import numpy as np

    from latentlab.core.datasets.container import ImageDataset
    from latentlab.core.datasets.faces_draw import draw_faces, sample_factors

    if n < 1:
        raise DatasetError(f"faces64: the number of faces must be positive, got {n}")
    factors = sample_factors(int(n), int(seed))
    images = draw_faces(factors, workers=workers)
    labels = factors[:, FACTOR_NAMES.index("hair colour")].astype(np.int64)
    return ImageDataset(images, labels, tuple(HAIR_COLOURS), name=NAME, factors=factors,
                        factor_names=FACTOR_NAMES)


def write_faces(path: PathLike, data: "ImageDataset", seed: int) -> Path:
    """Write `data` (from :func:`generate`) to `path` atomically as a compressed ``.npz``."""
    import numpy as np

    from latentlab.core.files import atomic_path

    path = Path(path)
    with atomic_path(path, suffix=".npz") as tmp:
        np.savez_compressed(
            tmp, images=data.images, labels=data.labels, factors=data.factors,
            factor_names=np.array(data.factor_names), generator_version=np.int64(GENERATOR_VERSION),
            seed=np.int64(seed),
        )
    return path


def read_faces(path: PathLike) -> "ImageDataset":
    """Read a faces64 ``.npz`` (never unpickling); :class:`DatasetError` names the file and the problem."""
    import numpy as np

    from latentlab.core.datasets.container import ImageDataset

    path = Path(path)
    try:
        with np.load(path, allow_pickle=False) as npz:
            missing = [k for k in ("images", "labels", "factors", "factor_names") if k not in npz.files]
            if missing:
                raise DatasetError(f"{path}: not a faces64 file (missing {', '.join(missing)})")
            arrays = {k: npz[k] for k in ("images", "labels", "factors", "factor_names")}
            version = int(npz["generator_version"]) if "generator_version" in npz.files else None
    except DatasetError:
        raise
    except Exception as exc:  # BadZipFile, pickled data refused, truncated file, ...
        raise DatasetError(f"{path}: cannot read faces64 file ({exc})") from exc
    if version is not None and version != GENERATOR_VERSION:
        raise DatasetError(f"{path}: drawn by faces64 generator version {version}, this latentlab draws "
                           f"version {GENERATOR_VERSION}; write it again with: latentlab data faces64")
    return ImageDataset(arrays["images"], arrays["labels"], tuple(HAIR_COLOURS), name=NAME, source=path,
                        factors=arrays["factors"], factor_names=arrays["factor_names"].tolist())


class Faces64Source:
    """Loads a split from ``--data-dir`` if it holds one, else from (or drawn into) the cache."""

    def load(self, spec: DatasetSpec, split: str, data_dir: PathLike | None,
             image_shape: tuple[int, int, int], download: bool) -> "ImageDataset":
        from latentlab.core.datasets.container import ImageDataset, fit_images

        given = Path(data_dir).expanduser() / f"{NAME}-{split}.npz" if data_dir else None
        if given is not None and given.is_file():
            data = read_faces(given)
        else:
            n, seed = SPLIT_SIZES[split]
            path = cache_path(split, n, seed)
            if path.is_file():
                data = read_faces(path)
            else:
                data = generate(n, seed)
                path.parent.mkdir(parents=True, exist_ok=True)
                write_faces(path, data, seed)
        if data.image_shape == tuple(image_shape):
            return data
        return ImageDataset(fit_images(data.images, image_shape), data.labels, data.class_names, name=data.name,
                            source=data.source, factors=data.factors, factor_names=data.factor_names)


    def record(self, data_dir: PathLike | None = None) -> dict[str, Any]:
        """The card's record of the data a run by name uses: how it was drawn, and the drawn files' SHA-256.

        The splits are drawn deterministically from (generator version, size, seed), so those
        name the bytes; the hashes of the files in the cache (or in ``data_dir``) confirm them.
        """
        from latentlab.core.hash_cache import cached_sha256

        files, generated = [], {}
        for split, (n, seed) in SPLIT_SIZES.items():
            given = Path(data_dir).expanduser() / f"{NAME}-{split}.npz" if data_dir else None
            path = given if given is not None and given.is_file() else cache_path(split, n, seed)
            entry: dict[str, Any] = {"name": path.name, "split": split}
            if path == cache_path(split, n, seed):
                entry.update(n=n, seed=seed)
                generated[split] = {"n": n, "seed": seed}
            entry["sha256"] = cached_sha256(path) if path.is_file() else None
            files.append(entry)
        return {"name": NAME, "version": f"generator v{GENERATOR_VERSION}", "files": files, "generated": generated,
                "note": "drawn by latentlab (latentlab data faces64), deterministic from the generator "
                        "version, size and seed"}

    def write(self, out_dir: PathLike | None, n: int, seed: int, test_n: int | None = None) -> list[Path]:
        """Draw a train split of `n` faces from `seed` and a test split from ``seed + 1``, and write them.

        Into `out_dir` as ``faces64-train.npz`` / ``faces64-test.npz`` (what ``--data-dir``
        reads; the folder is made if missing), or, when `out_dir` is None, into the cache under the names a run asking for
        ``faces64`` by name looks for (so the default sizes make that run start at once).
        `test_n` defaults to a tenth of `n` (at least 100).
        """
        test_n = max(100, n // 10) if test_n is None else int(test_n)
        if out_dir is not None:  # made before drawing, so a bad folder fails at once, not after the faces
            try:
                Path(out_dir).expanduser().mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatasetError(f"cannot make the folder {out_dir}: {exc.strerror or exc}") from None
        written = []
        for split, count, split_seed in (("train", n, seed), ("test", test_n, seed + 1)):
            if out_dir is None:
                path = cache_path(split, count, split_seed)
                path.parent.mkdir(parents=True, exist_ok=True)
            else:
                path = Path(out_dir).expanduser() / f"{NAME}-{split}.npz"
            written.append(write_faces(path, generate(count, split_seed), split_seed))
        return written


@dataclass(frozen=True)
class Faces64Drawing:
    """Draws faces from factor rows: what lets a direction be compared with the perfect edit."""

    def sample(self, n: int, seed: int) -> Any:
        """``n`` factor rows drawn as the data set draws them (uniform, independent), float32 ``(n, F)``."""
        from latentlab.core.datasets.faces_draw import sample_factors

        return sample_factors(n, seed)

    def draw(self, table: Any) -> Any:
        """The faces of factor rows ``(N, F)``, uint8 ``(N, 3, 64, 64)``, pixel for pixel as the data set's."""
        from latentlab.core.datasets.faces_draw import draw_faces

        return draw_faces(table)


def _factor_net() -> Any:
    """The faces64 factor network (bundled, or the user's), loaded once; :class:`DatasetError` if none."""
    global _NET
    if _NET is None:
        from latentlab.core.checkpoint import load_model

        path = FACES64.feature_network()
        net = load_model(path, device="cpu").eval() if path is not None else None
        if net is None or not hasattr(net, "read"):
            raise DatasetError(f"{path or pretrained_dir() / FACTOR_NET_FILE}: no faces64 factor network to measure "
                               "factors with (train one with: latentlab train factor-net --dataset faces64 "
                               "-o faces64-factors.safetensors)")
        _NET = net
    return _NET


_NET = None


class _ReadFactor:
    """``measure(images)`` of one factor: what the factor network reads in the images."""

    def __init__(self, name: str):
        self.name = name

    def __call__(self, images: Any) -> Any:
        return _factor_net().read(images)[self.name]


FACTORS = tuple(
    Factor(name, _ReadFactor(name), description, range=(low, high))
    for name, (low, high, description) in CONTINUOUS.items()
) + tuple(
    Factor(name, _ReadFactor(name), CATEGORICAL_DESCRIPTIONS[name], values=values)
    for name, values in CATEGORICAL.items()
)

def _networks_by_name(spec: DatasetSpec) -> dict[str, Path]:
    """The faces64 factor networks among the models, by file name."""
    from latentlab.core import zoo

    return {Path(i.path).name: Path(i.path) for i in zoo.list_models() if not i.generates and i.dataset == spec.name}


def _factor_network_file(spec: DatasetSpec) -> Path | None:
    """faces64-factors among the models, else any faces64 factor network.

    By name first: a second faces64 network (``faces64-judge``, which measures steered walks,
    see :mod:`latentlab.core.steering`) is not the one the metrics and directions were made with.
    """
    from latentlab.core import zoo

    return _networks_by_name(spec).get(FACTOR_NET_FILE) or zoo.feature_network(spec.name)


def _steering_files(spec: DatasetSpec) -> tuple[Path, ...]:
    """faces64-factors and faces64-steer among the models (whichever are installed), else the feature network."""
    by_name = _networks_by_name(spec)
    found = tuple(by_name[n] for n in (FACTOR_NET_FILE, STEER_NET_FILE) if n in by_name)
    fallback = spec.feature_network() if not found else None
    return found or ((fallback,) if fallback is not None else ())


FACES64 = DatasetSpec(
    name=NAME,
    title="faces64",
    image_shape=(3, SIZE, SIZE),
    class_names=tuple(HAIR_COLOURS),
    factors=FACTORS,
    source=Faces64Source(),
    sample=BundledSample(SAMPLE_FILE),
    drawing=Faces64Drawing(),
    find_feature_network=_factor_network_file,
    find_steering_networks=_steering_files,
)
