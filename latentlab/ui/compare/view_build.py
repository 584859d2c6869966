"""The compare view's widgets and their layout: the control rows, the panes, the path bar, the
reconstruction row, the shared sliders and the evidence panel (what :class:`CompareView` is
made of; its behaviour stays in :mod:`latentlab.ui.compare.view`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSlider,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from latentlab.ui.common.i18n import plural_suffix
from latentlab.ui.compare import jobs as cj
from latentlab.ui.compare.evidence_panel import EvidencePanel
from latentlab.ui.compare.pc_sliders import PcSliders
from latentlab.ui.compare.recon_row import ReconRow

#: frames per second of a playing path
PLAY_FPS = 15
STYLE = """
QWidget#compareView { background: #f5f6f8; }
QWidget#compareView QLabel { font-size: 11pt; }
QWidget#compareControls { background: #ffffff; border-bottom: 1px solid #e3e5e9; }
QWidget#compareControls QPushButton { padding: 5px 12px; font-size: 11pt; }
QWidget#compareControls QPushButton:checked { background: #3d8bfd; color: white; border-color: #3d8bfd; }
QLabel#controlName { color: #4b5563; font-weight: 600; }
QLabel#compareBanner { background: #fff4d6; color: #7a4b00; border: 1px solid #f0d58a; border-radius: 6px;
    padding: 6px 10px; font-size: 11pt; }
QFrame#comparePane { background: #2b2d31; border-radius: 8px; }
QFrame#comparePane QLabel { color: #e5e7eb; }
QLabel#paneTitle { font-size: 15pt; font-weight: 700; color: #f9fafb; }
QLabel#paneInfo { color: #cbd5e1; font-size: 11pt; }
QLabel#paneMs { color: #9ca3af; font-size: 11pt; }
QLabel#paneNote { color: #fcd34d; font-size: 10pt; padding: 0 8px; }
QLabel#paneMessage { color: #cbd5e1; font-size: 13pt; padding: 16px; }
QFrame#comparePane QToolButton { color: #e5e7eb; border: none; font-size: 13pt; padding: 2px 6px; }
QFrame#comparePane QToolButton:hover { background: #3a3d44; border-radius: 4px; }
QToolButton#panePicker { background: #3a3d44; border: 1px solid #4b5058; border-radius: 5px; font-size: 11pt;
    padding: 3px 8px; }
QToolButton#panePicker::menu-indicator { image: none; }
QFrame#comparePane QLabel#sliderName, QFrame#comparePane QLabel#pcValue { color: #cbd5e1; font-size: 10pt; }
QWidget#pathBar, QWidget#reconRow, QWidget#sharedSliders { background: #ffffff; border: 1px solid #e3e5e9;
    border-radius: 6px; }
QLabel#pcTitle { font-weight: 600; color: #374151; }
QLabel#evidenceNote { color: #4b5563; font-size: 10pt; }
QTableWidget { font-size: 10pt; background: #ffffff; alternate-background-color: #f7f8fa; }
QHeaderView::section { font-weight: 600; background: #eceef2; padding: 4px; border: none; }
QTabBar::tab { padding: 6px 16px; font-size: 11pt; }
QTabBar::tab:selected { font-weight: 700; color: #1f6feb; }
*[highlight="true"] { border: 3px solid #f59e0b; border-radius: 8px; }
"""

#: lupdate reads calls named ``translate`` with a literal context; ``view.tr`` would file them under "view"
translate = QCoreApplication.translate


class _GridSpin(QSpinBox):
    """Grid size shown as "4×4"."""

    def textFromValue(self, value: int) -> str:  # noqa: N802 (Qt API)
        return f"{value}×{value}"

    def valueFromText(self, text: str) -> int:  # noqa: N802
        digits = "".join(ch for ch in text.split("×")[0] if ch.isdigit())
        return int(digits) if digits else self.value()

    def validate(self, text: str, pos: int) -> object:
        from PySide6.QtGui import QValidator

        digits = "".join(ch for ch in text.split("×")[0] if ch.isdigit())
        ok = digits and self.minimum() <= int(digits) <= self.maximum()
        return (QValidator.State.Acceptable if ok else QValidator.State.Intermediate, text, pos)


def _name(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("controlName")
    return label


def build_view(view: Any) -> None:
    """Create ``view``'s widgets (as its attributes), lay them out and connect them to its slots."""
    view._evidence_timer = QTimer(view)
    view._evidence_timer.setSingleShot(True)
    view._evidence_timer.setInterval(0)
    view._evidence_timer.timeout.connect(view._refresh_evidence)
    view._play_timer = QTimer(view)
    view._play_timer.setInterval(int(1000 / PLAY_FPS))
    view._play_timer.timeout.connect(view._advance)

    # controls, row 1: presets, panes, export
    view.controls = QWidget()
    view.controls.setObjectName("compareControls")
    view.controls.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
    row1 = QHBoxLayout()
    row1.setSpacing(6)
    row1.addWidget(_name(translate("CompareView", "Compare")))
    view.preset_buttons: dict[str, QPushButton] = {}
    for preset in cj.PRESETS:
        b = QPushButton(translate("CompareView", preset.title))
        b.setToolTip(translate("CompareView", preset.tip))
        b.setEnabled(False)
        b.clicked.connect(lambda _c=False, p=preset: view.set_models(p.models))
        view.preset_buttons[preset.key] = b
        row1.addWidget(b)
    view.add_button = QPushButton(translate("CompareView", "+ Pane"))
    view.add_button.setToolTip(translate("CompareView", "Add a pane (up to four models side by side)"))
    view.add_button.clicked.connect(view._add_pane)
    row1.addWidget(view.add_button)
    row1.addStretch(1)
    view.export_button = QPushButton(translate("CompareView", "Export figure…"))
    view.export_button.setToolTip(translate("CompareView", "Save the whole comparison (panes and evidence) as one PNG "
                                                           "for slides, with a .json sidecar naming the exact model "
                                                           "files (the figure `latentlab compare` draws)"))
    view.export_button.clicked.connect(view.export_figure_dialog)
    row1.addWidget(view.export_button)

    # controls, row 2: what every pane shows
    row2 = QHBoxLayout()
    row2.setSpacing(6)
    row2.addWidget(_name(translate("CompareView", "Show")))
    view.mode_group = QButtonGroup(view)
    view.mode_buttons: dict[str, QPushButton] = {}
    for mode, title, tip in (
            ("seed", translate("CompareView", "Same seed"),
             translate("CompareView", "One picture per model, each drawn from its own prior with the same seed")),
            ("grid", translate("CompareView", "Grid"),
             translate("CompareView", "The same N×N draws of the seed in every pane (G)")),
            ("interpolate", translate("CompareView", "Interpolate"),
             translate("CompareView", "Walk between two real pictures (VAEs encode them, GANs invert them) or between "
                                      "seeds"))):
        b = QPushButton(title)
        b.setCheckable(True)
        b.setToolTip(tip)
        view.mode_group.addButton(b)
        view.mode_buttons[mode] = b
        b.clicked.connect(lambda _c=False, m=mode: view.state.set_mode(m))
        row2.addWidget(b)
    row2.addSpacing(14)
    row2.addWidget(_name(translate("CompareView", "Seed")))
    view.seed_box = QSpinBox()
    view.seed_box.setRange(0, 2**31 - 1)
    view.seed_box.setMinimumWidth(view.seed_box.fontMetrics().horizontalAdvance("0" * 10) + 40)
    view.seed_box.setToolTip(translate("CompareView", "Every model draws its sample(s) from its own prior with this seed (the same random "
                                     "numbers, cut to each model's latent size)"))
    view.seed_box.valueChanged.connect(view.state.set_seed)
    row2.addWidget(view.seed_box)
    view.new_seed = QPushButton(translate("CompareView", "New seed"))
    view.new_seed.setToolTip(translate("CompareView", "A new random seed for every pane (R)"))
    view.new_seed.clicked.connect(view.random_seed)
    row2.addWidget(view.new_seed)
    row2.addSpacing(14)
    view.class_label = _name(translate("CompareView", "Class"))  # shown only when a model takes a class
    row2.addWidget(view.class_label)
    view.class_box = QComboBox()
    view.class_box.setMinimumContentsLength(12)
    view.class_box.activated.connect(lambda row: view.state.set_label(view.class_box.itemData(row)))
    row2.addWidget(view.class_box)
    row2.addStretch(1)
    # controls, row 3: how much each pane shows (one long row would not fit a 1024-px projector)
    row3 = QHBoxLayout()
    row3.setSpacing(6)
    row3.addWidget(_name(translate("CompareView", "Grid")))
    view.grid_box = _GridSpin()
    view.grid_box.setRange(1, cj.MAX_GRID)
    view.grid_box.setToolTip(translate("CompareView", "Grid size N (N×N samples per pane); also the samples in the "
                                                      "exported figure"))
    view.grid_box.valueChanged.connect(view.state.set_grid_size)
    row3.addWidget(view.grid_box)
    row3.addSpacing(14)
    view.link_box = QCheckBox(translate("CompareView", "Link sliders"))
    view.link_box.setToolTip(translate("CompareView", "Linked: one set of sliders moves every pane along its own principal directions. "
                                     "Unlinked: each pane has its own sliders."))
    view.link_box.toggled.connect(view.state.set_linked)
    row3.addWidget(view.link_box)
    view.recon_box = QCheckBox(translate("CompareView", "Reconstruction"))
    view.recon_box.setToolTip(translate("CompareView", "Show real test pictures next to each model's copy of them "
                                      "(VAE: encoder; GAN: inversion, in the background)"))
    view.recon_box.toggled.connect(lambda on: view.state.set_panel("reconstruction", on))
    row3.addWidget(view.recon_box)
    view.evidence_box = QCheckBox(translate("CompareView", "Evidence"))
    view.evidence_box.setToolTip(translate("CompareView", "Show the claims, measured figures, coverage and training curves"))
    view.evidence_box.toggled.connect(lambda on: view.state.set_panel("evidence", on))
    row3.addWidget(view.evidence_box)
    row3.addStretch(1)

    cv = QVBoxLayout(view.controls)
    cv.setContentsMargins(10, 6, 10, 6)
    cv.setSpacing(4)
    cv.addLayout(row1)
    cv.addLayout(row2)
    cv.addLayout(row3)

    # "Same seed" explains itself: a 1 beside a 7 is what it should show
    view.seed_note = QLabel(translate(
        "CompareView", "Same seed: every model gets the same random numbers (the same latent vector). Each model decodes them into "
        "its own picture, so different models drawing different things (a 1 beside a 7) is expected: compare how "
        "good the pictures are, not whether they match."))
    view.seed_note.setObjectName("seedNote")
    view.seed_note.setWordWrap(True)
    view.seed_note.setContentsMargins(10, 4, 10, 0)
    view.banner = QLabel("")
    view.banner.setObjectName("compareBanner")
    view.banner.setWordWrap(True)
    view.banner.setVisible(False)

    # panes
    view.pane_box = QWidget()
    view.pane_layout = QHBoxLayout(view.pane_box)
    view.pane_layout.setContentsMargins(0, 0, 0, 0)
    view.pane_layout.setSpacing(8)
    view.shared_sliders = PcSliders(cj.PC_COUNT, translate("CompareView", "Linked sliders:"), compact=True,
                                    across=True)
    view.shared_sliders.setObjectName("sharedSliders")
    view.shared_sliders.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
    view.shared_sliders.title.setToolTip(translate("CompareView", "Each slider moves every pane along that pane's own "
                                                                  "principal direction (PCA of sampled latents for "
                                                                  "GANs, of encoded real images for VAEs)"))
    view.shared_sliders.moved.connect(lambda k, v: view.state.set_coefficient(-1, k, v))
    view.shared_sliders.resetClicked.connect(view.state.reset_coefficients)

    # path bar
    view.path_bar = QWidget()
    view.path_bar.setObjectName("pathBar")
    view.path_bar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
    pb = QHBoxLayout(view.path_bar)
    pb.setContentsMargins(8, 4, 8, 4)
    view.play_button = QPushButton(translate("CompareView", "▶ Play"))
    view.play_button.setCheckable(True)
    view.play_button.setToolTip(translate("CompareView", "Play the walk back and forth (Space)"))
    view.play_button.toggled.connect(view.state.set_playing)
    view.position = QSlider(Qt.Orientation.Horizontal)
    view.position.setToolTip(translate("CompareView", "Where on the path every pane is: drag to move all panes "
                                                      "together"))
    view.position.valueChanged.connect(view.state.set_frame)
    view.position.setMinimumWidth(160)
    view.path_label = QLabel("")
    view.path_label.setWordWrap(True)
    view.path_label.setObjectName("pathLabel")
    view.path_mode = QComboBox()
    view.path_mode.addItem(translate("CompareView", "slerp"), "slerp")
    view.path_mode.addItem(translate("CompareView", "lerp"), "lerp")
    view.path_mode.setToolTip(translate("CompareView", "slerp: along the sphere, where the prior's samples live; "
                                                       "lerp: a straight line (it cuts through the middle, where "
                                                       "samples are rare)"))
    view.path_mode.activated.connect(lambda _r: view._path_edited())
    view.path_frames = QSpinBox()
    view.path_frames.setRange(2, 240)
    plural_suffix(view.path_frames, view.frames_text)  # a method: lupdate files self.tr("%n …") as plural
    view.path_frames.setValue(cj.PATH_FRAMES)
    view.path_frames.setToolTip(translate("CompareView", "Frames on the path"))
    view.path_frames.editingFinished.connect(view._path_edited)
    view.pictures_button = QPushButton(translate("CompareView", "Other pictures"))
    view.pictures_button.setToolTip(translate("CompareView", "Walk between two other real test pictures"))
    view.pictures_button.clicked.connect(view._other_pictures)
    view.path_progress = QProgressBar()
    view.path_progress.setRange(0, 1000)
    view.path_progress.setVisible(False)
    view.path_cancel = QPushButton(translate("CompareView", "Cancel"))
    view.path_cancel.setVisible(False)
    view.path_cancel.clicked.connect(lambda: view.controller.cancel("path"))
    view.ends = QLabel()
    view.ends.setObjectName("pathEnds")
    for w in (view.play_button, view.position):
        pb.addWidget(w, 1 if w is view.position else 0)
    pb.addWidget(view.ends)
    pb.addWidget(view.path_label, 2)
    pb.addWidget(view.path_progress, 1)
    pb.addWidget(view.path_cancel)
    pb.addWidget(view.path_mode)
    pb.addWidget(view.path_frames)
    pb.addWidget(view.pictures_button)

    view.recon_row = ReconRow()
    view.recon_row.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
    view.recon_row.cancel.clicked.connect(lambda: view.controller.cancel("recon"))
    view.recon_row.other.clicked.connect(lambda: view.state.set_recon_seed(view.state.recon_seed + 1))

    left = QWidget()
    lv = QVBoxLayout(left)
    lv.setContentsMargins(8, 8, 4, 8)
    lv.setSpacing(6)
    lv.addWidget(view.pane_box, 1)
    lv.addWidget(view.shared_sliders)
    lv.addWidget(view.path_bar)
    lv.addWidget(view.recon_row)

    view.evidence = EvidencePanel()
    view.evidence.computeRequested.connect(view.compute_metrics)
    view.evidence.cancelRequested.connect(view._cancel_metrics)

    view.splitter = QSplitter(Qt.Orientation.Horizontal)
    view.splitter.addWidget(left)
    view.splitter.addWidget(view.evidence)
    view.splitter.setStretchFactor(0, 3)
    view.splitter.setStretchFactor(1, 2)
    view.splitter.setChildrenCollapsible(False)

    view.status = QLabel("")
    view.status.setObjectName("compareStatus")
    view.status.setContentsMargins(10, 2, 10, 4)
    view.status.setWordWrap(True)

    layout = QVBoxLayout(view)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(view.controls)
    banner_box = QHBoxLayout()
    banner_box.setContentsMargins(8, 6, 8, 0)
    banner_box.addWidget(view.banner)
    layout.addLayout(banner_box)
    layout.addWidget(view.seed_note)
    layout.addWidget(view.splitter, 1)
    layout.addWidget(view.status)

    view._shortcut("R", view.random_seed)
    view._shortcut("G", lambda: view.set_grid(view.state.mode != "grid"))
    view._shortcut("Space", lambda: view.play(not view.state.playing))
    view._shortcut("Ctrl+E", view.export_figure_dialog)
    view._shortcut("F11", view.toggle_full_screen)
    view._shortcut("Ctrl+F5", view.refresh)
    view._shortcut("Escape", lambda: view.showNormal() if view.isFullScreen() else None)
    view._sync_controls()
