"""The latent map's geometry: coordinates along two axes, the plane of decoded images, class styles."""

from __future__ import annotations

import numpy as np

from latentlab.ui.latent.map_style import PALETTE, UNLABELLED, class_style, legend_html
from latentlab.ui.latent.plane import axis_vectors, plane_latents, plane_residual, set_coords


def test_set_coords_moves_only_within_the_plane_of_the_axes():
    rng = np.random.default_rng(0)
    z = rng.standard_normal(6).astype(np.float32)
    axes = rng.standard_normal((2, 6))  # not orthonormal: the least change still hits the target
    moved = set_coords(z, axes, (1.5, -0.25))
    np.testing.assert_allclose(axes @ moved, (1.5, -0.25), atol=1e-5)
    np.testing.assert_allclose(plane_residual(moved, axes), plane_residual(z, axes), atol=1e-5)


def test_axis_vectors_take_components_or_unit_coordinates():
    comps = np.eye(4)[::-1]
    a = axis_vectors([("pc", 0), ("z", 2)], 4, comps)
    np.testing.assert_array_equal(a, [[0, 0, 0, 1], [0, 0, 1, 0]])
    # a component the data does not have, or a coordinate past the last, is the last coordinate
    np.testing.assert_array_equal(axis_vectors([("pc", 9), ("z", 9)], 4, comps), [[0, 0, 0, 1], [0, 0, 0, 1]])


def test_plane_latents_lie_on_the_grid_through_the_point():
    rng = np.random.default_rng(1)
    z = rng.standard_normal(5)
    axes = axis_vectors([("z", 0), ("z", 3)], 5, None)
    us, vs = np.array([-1.0, 0.0, 2.0]), np.array([0.5, 1.5])
    lat = plane_latents(z, axes, us, vs)
    assert lat.shape == (6, 5)
    np.testing.assert_allclose((lat @ axes.T).reshape(2, 3, 2)[1, 2], (2.0, 1.5), atol=1e-6)  # row v[1], column u[2]
    for row in lat:  # every other coordinate is the point's own
        np.testing.assert_allclose(row[[1, 2, 4]], z[[1, 2, 4]], atol=1e-6)


def test_class_styles_repeat_colours_with_another_marker_and_the_legend_names_classes():
    assert class_style(-1) == (UNLABELLED, "o")
    assert class_style(0)[0] == class_style(len(PALETTE))[0]
    assert class_style(0)[1] != class_style(len(PALETTE))[1]
    html = legend_html(np.array([1, 0, -1, 1]), ["zero", "one"], "unknown")
    assert html.index("zero") < html.index("one") < html.index("unknown")
    assert "unknown" not in legend_html(np.array([0, 1]), ["zero", "one"], "unknown")


# Machado, Oliveira & Fernandes (2009): full-severity colour-vision deficiency in linear RGB.
_CVD = {
    "normal": np.eye(3),
    "protanopia": np.array([[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216],
                            [-0.003882, -0.048116, 1.051998]]),
    "deuteranopia": np.array([[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413],
                              [-0.011820, 0.042940, 0.968881]]),
    "tritanopia": np.array([[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602],
                            [0.004733, 0.691367, 0.303900]]),
}


def _lab(hex_colours, matrix):
    """CIELAB (D65) of the colours as seen through ``matrix``."""
    c = np.array([[int(h[i:i + 2], 16) for i in (1, 3, 5)] for h in hex_colours], float) / 255
    lin = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    lin = np.clip(lin @ matrix.T, 0, 1)
    xyz = lin @ np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]]).T
    f = xyz / np.array([0.95047, 1.0, 1.08883])
    f = np.where(f > 0.008856, np.cbrt(f), 7.787 * f + 16 / 116)
    return np.stack([116 * f[:, 1] - 16, 500 * (f[:, 0] - f[:, 1]), 200 * (f[:, 1] - f[:, 2])], axis=1)


def _closest_pair(hex_colours, matrix):
    lab = _lab(hex_colours, matrix)
    d = np.linalg.norm(lab[:, None] - lab[None], axis=2)
    return float(d[np.triu_indices(len(hex_colours), 1)].min())


def test_ten_classes_get_ten_colours_that_stay_apart_for_colour_blind_eyes():
    colours = [class_style(c)[0] for c in range(10)] + [UNLABELLED]
    assert len(set(colours)) == 11  # "0" and "8" no longer share orange
    for name, matrix in _CVD.items():
        assert _closest_pair(colours, matrix) > 12, name  # ~2× a just-noticeable difference for small marks
    # the check can fail: matplotlib's default ten merge for a protanope
    tab10 = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22",
             "#17becf"]
    assert _closest_pair(tab10, _CVD["protanopia"]) < 12


def test_marker_shapes_are_a_second_cue():
    styles = [class_style(c) for c in range(50)]
    assert len(set(styles)) == 50  # no two of fifty classes share colour and shape
    assert all(class_style(c)[1] != class_style(c + 1)[1] for c in range(9))  # neighbours differ in shape
    html = legend_html(np.arange(10), [str(i) for i in range(10)], "unknown")
    assert html.count("★") == 2 and html.count("●") == 2  # the legend shows each class's shape
