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
