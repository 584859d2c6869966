"""The one interface every generator in latentlab presents, and the config base class.

Everything downstream (renderer, metrics, export, GUI) talks to a :class:`Generator` and never
to a concrete architecture, so a VAE, a GAN and a user's TorchScript file are interchangeable.
"""

from __future__ import annotations

import dataclasses
import numbers
from dataclasses import dataclass, field
from typing import Any, ClassVar

import numpy as np
import torch
from torch import nn

from latentlab.core.errors import keyed
from latentlab.core.labels import LabelError
from latentlab.core.latent import sample_prior

#: latents per forward pass in :meth:`Generator.decode` (and the renderer): bounds the
#: activations a single call holds, whatever the batch (a 28×28 VAE needs ~30 MB per chunk)
DECODE_CHUNK = 256
#: the largest image batch one :meth:`Generator.decode` call returns (float32 bytes); bigger
#: requests are refused with the figure instead of asking the allocator for it
MAX_DECODE_BYTES = 2 * 10**9
#: where a generator keeps the discriminator it was trained against, when its file carries one
#: (``Capabilities.carries_discriminator``): the submodule's name, so its tensors are stored
#: under ``discriminator.`` beside the generator's in the same checkpoint
DISCRIMINATOR = "discriminator"
DISCRIMINATOR_PREFIX = DISCRIMINATOR + "."


class LatentError(ValueError):
    """Latents a model cannot decode: not numbers, complex, NaN/±inf, empty, wrong shape or too many.

    The message is one line that names the value (its type or shape) and the problem.
    """


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _human_bytes(n: float) -> str:
    for unit in ("bytes", "KB", "MB", "GB", "TB"):
        if n < 1000 or unit == "TB":
            return f"{n:.0f} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1000
    return f"{n:.1f} TB"


def as_latents(z: Any, latent_dim: int, image_shape: tuple[int, ...] = (), limit: int | None = None) -> torch.Tensor:
    """Check latents and return them as a real (N, latent_dim) tensor (N ≥ 1), or raise.

    Parameters
    ----------
    z : torch.Tensor, numpy.ndarray or nested sequence of numbers
        One latent (latent_dim,) or a batch (N, latent_dim).
    latent_dim : int
        What the model takes.
    image_shape : tuple of int, optional
        (C, H, W) of one decoded image: with ``limit``, bounds the batch by the bytes of float32
        images it would produce.
    limit : int, optional
        Largest image batch in bytes (default :data:`MAX_DECODE_BYTES`).

    Returns
    -------
    torch.Tensor
        The latents on their original device, floating point, shape (N, latent_dim).

    Raises
    ------
    LatentError
        For None, text or other non-numbers, complex or bool values, NaN/±inf, an empty batch,
        a wrong shape, or a batch whose images would exceed ``limit``.
    """
    if isinstance(z, (str, bytes)) or z is None or isinstance(z, (dict, set)):
        raise LatentError(f"z={_short(z)}: latents must be a float tensor (N, {latent_dim}), got {type(z).__name__}")
    if not isinstance(z, torch.Tensor):
        try:
            arr = np.asarray(z)
        except (TypeError, ValueError) as exc:
            raise LatentError(f"z={_short(z)}: latents must be a rectangular array of numbers ({exc})") from None
        if arr.dtype.kind not in "biufc":
            raise LatentError(f"z={_short(z)}: latents must be numbers, got {arr.dtype} values")
        if arr.dtype.kind == "c":
            raise LatentError(f"z: complex latents (dtype {arr.dtype}) have no meaning here; pass real numbers")
        z = torch.from_numpy(np.ascontiguousarray(arr))
    if z.is_complex():
        raise LatentError(f"z: complex latents (dtype {z.dtype}) have no meaning here; pass real numbers")
    if z.dtype == torch.bool:
        raise LatentError(f"z: latents must be numbers, got a {tuple(z.shape)} tensor of booleans")
    if not z.is_floating_point():
        z = z.to(torch.float32)
    if z.dim() == 1:
        z = z.unsqueeze(0)
    if z.dim() != 2 or z.shape[1] != latent_dim:
        raise LatentError(keyed("latent.wrong_shape", shape=tuple(z.shape), dim=latent_dim))
    if z.shape[0] == 0:
        raise LatentError(f"z has shape {tuple(z.shape)}: an empty batch; give at least one latent")
    if image_shape:
        limit = MAX_DECODE_BYTES if limit is None else limit
        need = z.shape[0] * int(np.prod(image_shape)) * 4
        if need > limit:
            raise LatentError(
                f"decoding {z.shape[0]:,} latents at once would need {_human_bytes(need)} of images; "
                f"the limit is {_human_bytes(limit)} per call: decode in parts")
    finite = torch.isfinite(z)
    if not bool(finite.all()):
        bad = (~finite).nonzero()[0].tolist()
        count = int((~finite).sum())
        raise LatentError(
            f"z has {count} NaN or infinite value(s) (first at latent {bad[0]}, dimension {bad[1]}); "
            "latents must be finite numbers")
    return z


def as_labels(labels: Any, count: int, num_classes: int) -> torch.Tensor:
    """Class indices for ``count`` latents: one per latent, or one for all (a long tensor).

    Raises
    ------
    LabelError
        For booleans, fractional numbers, text, a wrong count, or a class out of range.
    """
    if isinstance(labels, (str, bytes, bool)) or labels is None:
        raise LabelError(f"labels={_short(labels)}: expected class numbers in 0..{num_classes - 1}")
    if isinstance(labels, torch.Tensor):
        values = labels.detach()
    else:
        items = labels if isinstance(labels, (list, tuple)) else None
        if items is not None:
            for item in items:
                if isinstance(item, (bool, np.bool_)) or not isinstance(item, numbers.Number):
                    raise LabelError(f"label {_short(item)}: expected a class number in 0..{num_classes - 1}")
        try:
            values = torch.as_tensor(np.asarray(labels))
        except (TypeError, ValueError, RuntimeError) as exc:
            raise LabelError(f"labels={_short(labels)}: expected class numbers ({exc})") from None
    if values.dtype == torch.bool or values.is_complex():
        raise LabelError(f"labels={_short(labels)}: expected class numbers, got {values.dtype} values")
    if values.is_floating_point():
        whole = torch.isfinite(values) & (values == values.round())
        if not bool(whole.all()):
            bad = values[~whole].reshape(-1)[0].item()
            raise LabelError(f"label {bad!r} is not a class number (classes are whole numbers 0..{num_classes - 1})")
    values = values.to(torch.long).reshape(-1)
    if values.numel() == 1 and count > 1:
        values = values.expand(count)
    if values.numel() != count:
        raise LabelError(f"{values.numel()} labels for {count} latents")
    if int(values.min()) < 0 or int(values.max()) >= num_classes:
        raise LabelError(f"labels must be in 0..{num_classes - 1}, got {_short(values.tolist())}")
    return values


@dataclass
class ModelConfig:
    """Hyper-parameters that rebuild a network; stored as JSON in every checkpoint.

    Parameters
    ----------
    latent_dim : int
        Size of the latent vector z.
    image_shape : tuple of int
        (C, H, W) of generated images.
    num_classes : int
        Number of label classes for conditional models; 0 for unconditional ones.
    base_channels : int
        Width of the narrowest convolution layer; the others are multiples of it.
    """

    latent_dim: int = 16
    image_shape: tuple[int, int, int] = (1, 28, 28)
    num_classes: int = 0
    base_channels: int = 32

    def to_dict(self) -> dict[str, Any]:
        d = dataclasses.asdict(self)
        d["image_shape"] = list(self.image_shape)
        return d

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "ModelConfig":
        """Build a config from JSON data; unknown or ill-typed keys raise ``ValueError``."""
        if not isinstance(data, dict):
            raise ValueError(f"config must be a JSON object, got {type(data).__name__}")
        names = {f.name: f for f in dataclasses.fields(cls)}
        unknown = sorted(set(data) - set(names))
        if unknown:
            raise ValueError(f"unknown config keys {unknown} for {cls.__name__}")
        kwargs: dict[str, Any] = {}
        for key, value in data.items():
            default = getattr(cls(), key)
            if isinstance(default, tuple):
                if not isinstance(value, (list, tuple)) or len(value) != len(default):
                    raise ValueError(f"config {key}={value!r} must be a list of {len(default)}")
                value = tuple(_check_type(key, v, type(default[0])) for v in value)
            else:
                value = _check_type(key, value, type(default))
            kwargs[key] = value
        config = cls(**kwargs)
        config.validate()
        return config

    def validate(self) -> None:
        """Raise ``ValueError`` when the numbers cannot build a network."""
        c, h, w = self.image_shape
        if self.latent_dim < 1 or self.latent_dim > 4096:
            raise ValueError(f"latent_dim={self.latent_dim} must be between 1 and 4096")
        if c not in (1, 3) or not (8 <= h <= 256) or not (8 <= w <= 256):
            raise ValueError(f"image_shape={self.image_shape} must be (1 or 3, 8..256, 8..256)")
        if self.num_classes < 0 or self.num_classes > 1000:
            raise ValueError(f"num_classes={self.num_classes} must be between 0 and 1000")
        if self.base_channels < 1 or self.base_channels > 1024:
            raise ValueError(f"base_channels={self.base_channels} must be between 1 and 1024")


def _check_type(key: str, value: Any, expected: type) -> Any:
    if expected is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if expected is bool:
        if not isinstance(value, bool):
            raise ValueError(f"config {key}={value!r} must be true or false")
        return value
    if not isinstance(value, expected) or isinstance(value, bool):
        raise ValueError(f"config {key}={value!r} must be {expected.__name__}")
    return value


class Generator(nn.Module):
    """Base class: maps latents (and labels, for conditional models) to images in [0, 1].

    Subclasses set ``kind`` and ``arch`` and implement :meth:`generate`, which returns the raw
    network output; :meth:`decode` turns that into display-ready images without autograd.
    """

    kind: ClassVar[str] = ""
    arch: ClassVar[str] = ""
    config_class: ClassVar[type[ModelConfig]] = ModelConfig
    #: value range of :meth:`generate`'s output, mapped to [0, 1] by :meth:`decode`
    output_range: ClassVar[tuple[float, float]] = (0.0, 1.0)
    #: conditional architectures need at least this many classes
    min_classes: ClassVar[int] = 0

    def __init__(self, config: ModelConfig):
        super().__init__()
        if config.num_classes < self.min_classes:
            raise ValueError(f"a conditional {self.kind.upper()} needs num_classes ≥ {self.min_classes}")
        config.validate()
        self.config = config
        self.class_names: list[str] = [str(i) for i in range(config.num_classes)]

    # --- description -------------------------------------------------------------------
    @property
    def latent_dim(self) -> int:
        return self.config.latent_dim

    @property
    def image_shape(self) -> tuple[int, int, int]:
        return tuple(self.config.image_shape)  # type: ignore[return-value]

    @property
    def num_classes(self) -> int:
        return len(self.class_names)

    @property
    def conditional(self) -> bool:
        return self.num_classes > 0

    def _first_tensor(self, kind: str) -> torch.Tensor | None:
        # Every frame asks for the device and dtype several times, and walking the module tree
        # for them costs ~10 µs each. So remember *where* the first parameter (or buffer) lives,
        # a (submodule, name) pair that never changes, and read the tensor there each time:
        # always current after .to(), .half() or load_state_dict(assign=True).
        key = f"_first{kind}_at"  # _first_parameters_at, _first_buffers_at
        where = self.__dict__.get(key)
        if where is None:
            where = next(((m, n) for m in self.modules() for n, t in getattr(m, kind).items() if t is not None), ())
            self.__dict__[key] = where
        if not where:
            return None
        module, name = where
        try:  # a ScriptModule's table has no .get()
            return getattr(module, kind)[name]
        except KeyError:
            return None

    @property
    def device(self) -> torch.device:
        t = self._first_tensor("_parameters")
        if t is None:
            t = self._first_tensor("_buffers")
        return torch.device("cpu") if t is None else t.device

    @property
    def dtype(self) -> torch.dtype:
        t = self._first_tensor("_parameters")
        return torch.float32 if t is None else t.dtype

    def num_parameters(self) -> int:
        """The generator's (and encoder's) parameters; a kept discriminator's are not counted."""
        return sum(p.numel() for name, p in self.named_parameters() if not name.startswith(DISCRIMINATOR_PREFIX))

    # --- generation --------------------------------------------------------------------
    def generate(self, z: torch.Tensor, labels: torch.Tensor | None = None) -> torch.Tensor:
        """Raw network output for latents ``z`` (N, D); differentiable, used in training."""
        raise NotImplementedError

    def sample_latent(self, n: int, seed: int | None = None, truncation: float = 1.0) -> torch.Tensor:
        """Draw ``n`` latents from the prior (seeded, reproducible on every device).

        Returns a float tensor (n, latent_dim) on the model's device and dtype.
        """
        z = sample_prior(n, self.latent_dim, seed=seed, truncation=truncation)
        return z.to(device=self.device, dtype=self.dtype)

    def check_inputs(self, z: Any, labels: Any) -> tuple[torch.Tensor, torch.Tensor | None]:
        """Validate and move inputs (see :func:`as_latents`, :func:`as_labels`).

        Raises
        ------
        LatentError
            Latents that are not a finite, non-empty (N, latent_dim) batch of real numbers, or
            whose images would exceed :data:`MAX_DECODE_BYTES`.
        LabelError
            Missing, fractional, boolean or out-of-range labels of a conditional model.
        """
        z = as_latents(z, self.latent_dim, self.image_shape)
        z = z.to(device=self.device, dtype=self.dtype)
        if self.conditional:
            if labels is None:
                raise LabelError(f"this model is conditional: pass labels in 0..{self.num_classes - 1}")
            labels = as_labels(labels, z.shape[0], self.num_classes).to(self.device)
        else:
            labels = None
        return z, labels

    def decode(self, z: Any, labels: Any = None) -> torch.Tensor:
        """Images for latents ``z``: float tensor (N, C, H, W) in [0, 1] on the model's device.

        Runs in chunks of :data:`DECODE_CHUNK` latents, so memory is bounded by the output.

        Parameters
        ----------
        z : torch.Tensor or array-like
            Latents, shape (N, latent_dim) or (latent_dim,): finite real numbers, N ≥ 1.
        labels : torch.Tensor or sequence of int, optional
            Class indices for conditional models (one per latent, or one for all); ignored by
            unconditional models.

        Raises
        ------
        LatentError
            See :meth:`check_inputs` (a ``ValueError``, one line naming the value).
        LabelError
            See :meth:`check_inputs`.
        """
        with torch.inference_mode():
            z, labels = self.check_inputs(z, labels)
            if z.shape[0] <= DECODE_CHUNK:
                return self._decode_chunk(z, labels)
            out = None
            for start in range(0, z.shape[0], DECODE_CHUNK):
                stop = start + DECODE_CHUNK
                part = self._decode_chunk(z[start:stop], None if labels is None else labels[start:stop])
                if out is None:
                    out = torch.empty((z.shape[0], *part.shape[1:]), dtype=part.dtype, device=part.device)
                out[start:stop] = part
            return out

    def _decode_chunk(self, z: torch.Tensor, labels: torch.Tensor | None) -> torch.Tensor:
        out = self.generate(z, labels)
        lo, hi = self.output_range
        if (lo, hi) != (0.0, 1.0):
            out = (out - lo) / (hi - lo)
        return out.clamp_(0.0, 1.0)

    def encode(self, x: torch.Tensor, labels: torch.Tensor | None = None) -> tuple[torch.Tensor, torch.Tensor]:
        """(mu, logvar) of the approximate posterior; only encoders (VAEs) implement it."""
        raise NotImplementedError(f"{self.arch} models have no encoder")

    @property
    def has_encoder(self) -> bool:
        return type(self).encode is not Generator.encode

    @property
    def has_discriminator(self) -> bool:
        """True when this model carries the discriminator it was trained against (see :meth:`critic_score`)."""
        return isinstance(self._modules.get(DISCRIMINATOR), nn.Module)

    def critic_score(self, images: Any) -> torch.Tensor:
        """How real the kept discriminator judges ``images``: one score per image, shape (N,).

        Only models whose family declares ``carries_discriminator`` and whose file carried one
        (:attr:`has_discriminator`) implement it; the score's scale is the discriminator's own
        (the DCGAN tutorial's: a probability of "real").

        Parameters
        ----------
        images : torch.Tensor
            (N, C, H, W) in [0, 1], as :meth:`decode` returns them.
        """
        raise NotImplementedError(f"{self.arch} models carry no discriminator")

    def describe(self) -> dict[str, Any]:
        return {
            "arch": self.arch,
            "kind": self.kind,
            "latent_dim": self.latent_dim,
            "image_shape": list(self.image_shape),
            "class_names": list(self.class_names),
            "params": self.num_parameters(),
        }


LABEL_CONDITIONING = ("input", "every-layer")


def check_label_conditioning(value: str) -> None:
    """``ValueError`` unless ``value`` is one of :data:`LABEL_CONDITIONING`."""
    if value not in LABEL_CONDITIONING:
        raise ValueError(f"label_conditioning={value!r} must be one of {', '.join(LABEL_CONDITIONING)}")


class UpConv(nn.ConvTranspose2d):
    """``nn.ConvTranspose2d`` that picks a faster CPU kernel when no gradient is wanted.

    The default CPU kernel (oneDNN, plain NCHW layout) is slow for the shapes a small decoder
    draws with. Measured on a 2-core AMD EPYC (torch 2.13, one thread), 28×28 output: the last
    layer, 32 → 1 channel, takes 75 µs for one image through oneDNN and 13 µs through ATen's
    own im2col kernel (490 vs 108 µs for 16 images); a 64 → 32 layer takes 80 vs 69 µs for one
    image and 3.6 vs 1.3 ms for 64 when its input is channels-last. So, on the CPU with
    gradients off (every decode, grid, path and metric): layers with at most
    ``FEW_CHANNELS`` outputs use the im2col kernel, wider ones run channels-last. Training and
    anything else that needs gradients keeps the default (no gain there: 22 vs 24 ms a step).
    Same weights and state-dict keys as ``nn.ConvTranspose2d``; results agree to float
    rounding (~1e-6), and decode, the renderer's traced graph and grids all take this path.
    """

    FEW_CHANNELS = 4

    def forward(self, x: torch.Tensor, output_size: list[int] | None = None) -> torch.Tensor:
        if (torch.is_grad_enabled() or x.device.type != "cpu" or output_size is not None or x.dim() != 4
                or x.dtype not in (torch.float32, torch.float64) or self.groups != 1 or self.padding_mode != "zeros"):
            return super().forward(x, output_size)
        if self.out_channels <= self.FEW_CHANNELS:
            return torch.ops.aten.slow_conv_transpose2d(
                x.contiguous(), self.weight, self.kernel_size, self.bias, self.stride, self.padding,
                self.output_padding, self.dilation)
        return super().forward(x.contiguous(memory_format=torch.channels_last))


class ClassBatchNorm2d(nn.Module):
    """Conditional batch norm: normalise, then scale and shift with per-class learned vectors.

    Feeding the label only at the input lets a generator drift away from it layer by layer
    (an "8" that comes out as a "3"); modulating every block keeps the class in force
    all the way to the pixels (de Vries et al. 2017, Miyato & Koyama 2018).
    """

    def __init__(self, channels: int, num_classes: int):
        super().__init__()
        self.norm = nn.BatchNorm2d(channels, affine=False)
        self.gain = nn.Embedding(num_classes, channels)
        self.shift = nn.Embedding(num_classes, channels)
        nn.init.ones_(self.gain.weight)
        nn.init.zeros_(self.shift.weight)

    def forward(self, x: torch.Tensor, labels: torch.Tensor) -> torch.Tensor:
        # x: (N, C, H, W); labels: (N,) → per-image (C,) scale and shift
        return self.norm(x) * self.gain(labels)[:, :, None, None] + self.shift(labels)[:, :, None, None]


def label_onehot(labels: torch.Tensor, num_classes: int, dtype: torch.dtype) -> torch.Tensor:
    """One-hot float encoding of integer labels (N,) → (N, num_classes)."""
    return nn.functional.one_hot(labels, num_classes).to(dtype)


@dataclass
class ConvPlan:
    """How many stride-2 stages turn the image into a small (≤ 8 px) feature map."""

    stages: int
    base_hw: tuple[int, int]
    channels: list[int] = field(default_factory=list)


def conv_plan(image_shape: tuple[int, int, int], base_channels: int, max_mult: int = 8) -> ConvPlan:
    """Plan a DCGAN-style pyramid: 28 → 14 → 7, 32 → 16 → 8, 64 → 32 → 16 → 8.

    ``channels[i]`` is the width at stage ``i`` counted from the full-resolution end, doubling
    towards the small end (capped at ``base_channels * max_mult``).
    """
    _, h, w = image_shape
    stages = 0
    while (h > 8 or w > 8) and h % 2 == 0 and w % 2 == 0 and stages < 6:
        h //= 2
        w //= 2
        stages += 1
    if stages == 0:
        raise ValueError(f"image_shape={tuple(image_shape)} cannot be halved into a small feature map")
    channels = [base_channels * min(2**i, max_mult) for i in range(stages)]
    return ConvPlan(stages=stages, base_hw=(h, w), channels=channels)
