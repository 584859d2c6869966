"""Frame → QImage conversions: same pixels, in the format Qt draws scaled fast."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtGui import QImage

from latentlab.ui.qt_helpers import fast_to_scale, frame_to_qimage


def _rgb(image: QImage) -> np.ndarray:
    return np.array([[image.pixelColor(x, y).getRgb()[:3] for x in range(image.width())]
                     for y in range(image.height())], np.uint8)


@pytest.mark.parametrize("channels", [1, 3])
def test_fast_to_scale_keeps_the_pixels_in_rgb32(qapp, channels):
    frame = np.random.default_rng(0).integers(0, 256, (5, 7, channels), dtype=np.uint8)
    image = frame_to_qimage(frame)
    assert image.format() == (QImage.Format.Format_Grayscale8 if channels == 1 else QImage.Format.Format_RGB888)
    fast = fast_to_scale(image)
    assert fast.format() == QImage.Format.Format_RGB32
    expected = np.repeat(frame, 3, axis=2) if channels == 1 else frame
    np.testing.assert_array_equal(_rgb(fast), expected)
    del frame, image  # the converted image owns its pixels
    np.testing.assert_array_equal(_rgb(fast), expected)


def test_fast_to_scale_leaves_32_bit_images_alone(qapp):
    image = QImage(4, 3, QImage.Format.Format_ARGB32_Premultiplied)
    assert fast_to_scale(image) is image
