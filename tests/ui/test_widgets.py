"""The shared widget builders: tool buttons wired to their slot, note labels, pixel views, layouts emptied."""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from latentlab.ui.common.widgets import clear_layout, note_label, pixel_view, still_plot, tool_button


def test_tool_button_calls_its_slot_with_the_checked_state(qtbot):
    got = []
    plain = tool_button("Fit", "fit it", lambda: got.append("clicked"))
    check = tool_button("Grid", "", got.append, checkable=True, auto_raise=True)
    qtbot.addWidget(plain)
    qtbot.addWidget(check)
    plain.click()
    check.setChecked(True)  # a checkable one follows its state, also when code sets it
    assert got == ["clicked", True]
    assert plain.toolTip() == "fit it" and check.autoRaise() and not plain.autoRaise()


def test_note_label_wraps_and_may_be_narrower_than_its_text(qtbot):
    label = note_label("a long status line", "mapLegend")
    qtbot.addWidget(label)
    assert label.objectName() == "mapLegend" and label.wordWrap()
    assert label.sizePolicy().horizontalPolicy() == QSizePolicy.Policy.Ignored
    fixed = note_label(wrap=False, shrink=False)
    assert fixed.objectName() == "hint" and not fixed.wordWrap()
    assert fixed.sizePolicy().horizontalPolicy() != QSizePolicy.Policy.Ignored


def test_still_plot_does_not_pan_unless_asked(qtbot):
    still, movable = still_plot("w", (50, 40)), still_plot("w", (50, 40), mouse=True)
    qtbot.addWidget(still)
    qtbot.addWidget(movable)
    assert still.getViewBox().state["mouseEnabled"] == [False, False]
    assert movable.getViewBox().state["mouseEnabled"] == [True, True]
    assert still.minimumWidth() == 50


def test_pixel_view_shows_square_unsmoothed_pixels_with_row_0_on_top(qtbot):
    view, box, item = pixel_view("k", 0.01, mouse=False)
    qtbot.addWidget(view)
    frame = np.zeros((4, 6), dtype=np.uint8)
    item.setImage(frame, autoLevels=False, levels=(0, 255))
    assert item in box.addedItems and view.centralWidget is box
    assert not view.renderHints() & QPainter.RenderHint.SmoothPixmapTransform
    assert box.state["aspectLocked"] and box.state["yInverted"]
    assert box.state["mouseEnabled"] == [False, False] and box.state["defaultPadding"] == 0.01
    zoomable_view, zoomable, _ = pixel_view("k")
    qtbot.addWidget(zoomable_view)
    assert zoomable.state["mouseEnabled"] == [True, True]


def test_clear_layout_deletes_all_but_the_kept_widgets(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    labels = [QLabel(str(i)) for i in range(3)]
    for lab in labels:
        layout.addWidget(lab)
    clear_layout(layout, keep=(labels[1],))
    assert layout.count() == 0
    assert labels[0].parent() is None and labels[2].parent() is None  # gone from the window at once
    assert labels[1].parent() is host  # kept: still there, to be placed again
    with qtbot.waitSignal(labels[0].destroyed):
        pass
    # without unparenting, the widgets stay as they were until the event loop deletes them
    layout.addWidget(labels[1])
    clear_layout(layout, unparent=False)
    assert labels[1].parent() is host
    with qtbot.waitSignal(labels[1].destroyed):
        pass


def test_a_widget_cleared_in_the_pass_it_was_added_never_shows_as_a_window(qtbot):
    from PySide6.QtWidgets import QApplication

    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    host.show()
    qtbot.waitExposed(host)
    card = QLabel("added and cleared before the event loop ran")
    layout.addWidget(card)  # queues "show if not hidden" for the card
    clear_layout(layout)
    QApplication.processEvents()  # the queued call runs: on the old code it showed the card as a window
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QLabel) and w.isVisible()]
