"""The compare view: 2 to 4 generators side by side, with the evidence for the VAE-vs-GAN claims.

(Over 600 lines on purpose: :class:`CompareView` is one widget whose public API and its
reactions to the :class:`CompareState` signals keep the controls, panes, path and evidence in
step; split apart, every piece would reach into the others' private state. Its widgets are
built in :mod:`latentlab.ui.compare.view_build`, its place in the app in
:mod:`latentlab.ui.compare.feature`.)

Students check the classic claims by seeing and measuring them: the same seed in every pane
(each model samples its own prior), an N×N grid of the same draws, a walk between the same two
real pictures (VAEs encode them, GANs invert them), a reconstruction row, linked sliders along
each model's principal directions, and the evidence panel (claims checked against the model
cards' figures, coverage bars, loss curves). File ▸ Export figure writes the whole comparison
as one PNG with a sidecar — the same figure ``latentlab compare`` draws.

Open it from the explorer with View ▸ Compare models (:mod:`latentlab.ui.compare.feature`), or on its own::

    view = CompareView()              # its own render worker; or CompareView(worker=...) to share one
    view.set_models(["mnist-vae", "mnist-gan"])
    view.show()
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QWidget,
)

from latentlab.core.caption_text import caption
from latentlab.ui.common import i18n
from latentlab.ui.common.family_text import kind_phrase
from latentlab.ui.common.i18n import class_name
from latentlab.ui.common.qt_helpers import shuts_down_once
from latentlab.ui.compare import jobs as cj
from latentlab.ui.compare.controller import CompareController
from latentlab.ui.compare.evidence_panel import EvidenceModel
from latentlab.ui.compare.pane import OPEN_FILE, PANE_COLORS, ComparePane
from latentlab.ui.compare.state import CompareState
from latentlab.ui.compare.view_build import STYLE, build_view


class CompareView(QWidget):
    """2–4 models side by side with synchronised controls and the evidence panel.

    Public API (what lessons and presentation mode use; every call also updates the controls):

    ``set_models(names_or_paths)``
        2–4 model names (``latentlab models``) or files, left to right. A model that fails to
        load shows its error in its own pane only.
    ``set_seed(seed)``
        Every pane draws its own prior sample(s) of this seed: pane *i* shows exactly
        ``to_uint8(model.decode(model.sample_latent(n, seed)))`` (n = 1, or N×N in grid mode).
    ``set_label(label)``
        Class index or name for conditional models; None = each class in turn.
    ``set_grid(on, size=None)``
        Grid mode: the same N×N draws of the seed in every pane (``set_grid(False)``: one image).
    ``set_interpolation(seeds=None, mode="slerp", frames=None, pictures=None)``
        Interpolation mode. With ``seeds`` (a lesson's ``path.seeds``, ≥ 2) each pane walks
        through its own prior draws of those seeds; otherwise between two real test pictures
        (``pictures``: two sample indices, default: picked from the seed) which VAEs encode and
        GANs invert in the background, so every pane travels between the same two pictures.
        ``mode`` and ``frames`` are per segment (one value or one per segment).
    ``play(on=True)``
        Animate the path (back and forth); ``set_frame(i)`` shows one frame.
    ``show_panel(name, visible=True)``
        ``"evidence"``, ``"reconstruction"``, ``"path"`` (alias ``"interpolation"``),
        ``"sliders"``, ``"controls"``; ``"grid"`` switches grid mode.
    ``set_panels(names)``
        A lesson step's ``panels`` list: the evidence, reconstruction and slider panels listed
        are shown, the others hidden.
    ``set_linked(linked)``, ``set_coefficients(values, pane=-1)``
        Principal-direction sliders: linked (one set moves every pane along its own directions)
        or independent (each pane its own set).
    ``highlight(name)``, ``widget_for(name)``
        The widget a lesson's ``highlight`` names ("reconstruction", "coverage", "loss-curves",
        "sharpness", "fid", "filmstrip", "class-selector", "evidence", "seed", "grid") and an
        orange frame around it; ``highlight(None)`` removes it.
    ``export_figure(path, width=1600)``
        Write the whole comparison as one PNG + sidecar in the background (returns the job).
    ``compute_metrics(pane, n=10000)``
        Measure a pane's model in the background and write the figures into its card.
    ``wait_idle(timeout)``
        Process events until every render and background job is done (tests, scripts).
    ``panes``, ``pane(i)``, ``state``, ``controller``, ``evidence``
        The pane widgets, the :class:`CompareState`, the :class:`CompareController`, the
        :class:`EvidencePanel`.

    Signals: ``framesShown(int)`` after a pane shows new frames (pane index).
    """

    framesShown = Signal(int)

    def __init__(self, worker: Any = None, device: str = "auto", messenger: Any = None,
                 parent: QWidget | None = None, models: Sequence[str] | None = None) -> None:
        super().__init__(parent)
        if parent is not None:
            self.setWindowFlag(Qt.WindowType.Window, True)
        self.setObjectName("compareView")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setWindowTitle(self.tr("latentlab — compare models"))
        self.setStyleSheet(STYLE)
        self.messages = messenger
        self.state = CompareState(self)
        if models is not None:
            self.state.specs = [str(m) for m in models]
            self.state.own = [np.zeros(cj.PC_COUNT, np.float32) for _ in self.state.specs]
        self.controller = CompareController(self.state, worker, device, self)
        self.panes: list[ComparePane] = []
        self._highlighted: QWidget | None = None
        # the lesson's highlight: its name, who hears whether the models lack it, what it last heard
        self._highlight_name: str | None = None
        self._on_lacking: Callable[[str], None] | None = None
        self._reported_lacking: str | None = None
        self._direction = 1
        self._closed = False
        #: on a presentation's stage: the width is shared again at every resize (the stage's size
        #: arrives after the big type, and the splitter would keep the window's old proportions)
        self.on_stage = False
        self._share_timer = QTimer(self)
        self._share_timer.setSingleShot(True)
        self._share_timer.setInterval(0)
        self._share_timer.timeout.connect(lambda: self.on_stage and not self._closed and self._share_width())
        self._pane_count = 0
        self._shown_once = False
        self._shortcuts: list[QAction] = []

        self._build()
        c = self.controller
        c.panesRebuilt.connect(self._rebuild_panes)
        c.paneChanged.connect(self._on_pane_changed)
        c.paneFrames.connect(self._on_frames)
        c.cardsChanged.connect(self._evidence_timer.start)
        c.reconChanged.connect(self._on_recon)
        c.pathChanged.connect(self._on_path)
        c.jobProgress.connect(self._on_job_progress)
        c.jobEnded.connect(self._on_job_ended)
        c.modelsListed.connect(self._on_models_listed)
        c.message.connect(self._post)
        st = self.state
        st.seedChanged.connect(lambda s: self._sync_controls())
        st.labelChanged.connect(lambda _l: self._sync_controls())
        st.modeChanged.connect(self._on_mode)
        st.gridSizeChanged.connect(lambda _n: self._sync_controls())
        st.linkedChanged.connect(lambda _l: self._on_linked())
        st.coefficientsChanged.connect(self._on_coefficients)
        st.frameChanged.connect(self._on_frame)
        st.playingChanged.connect(self._on_playing)
        st.panelChanged.connect(self._on_panel)
        st.pathChanged.connect(self._sync_path_controls)

        c.list_models()
        c.sync_panes()
        self._on_mode(st.mode)
        self._on_linked()
        for name, visible in st.panels.items():
            self._on_panel(name, visible)
        self.resize(1500, 950)

    # --- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        build_view(self)

    def _shortcut(self, key: str, slot: Any) -> None:
        act = QAction(self)
        act.setShortcut(QKeySequence(key))
        act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        act.triggered.connect(slot)
        self.addAction(act)
        self._shortcuts.append(act)

    def event(self, ev: QEvent) -> bool:
        if ev.type() == QEvent.Type.ParentChange:
            # Inside another window (e.g. on the presentation's stage) that window's keys rule: the
            # same key in both would be ambiguous and do nothing.
            for act in getattr(self, "_shortcuts", []):
                act.setEnabled(self.isWindow())
        return super().event(ev)

    # --- public API ------------------------------------------------------------------------
    def set_models(self, names_or_paths: Sequence[str]) -> None:
        """Show these 2–4 models (names or files), left to right."""
        self.state.set_models([str(p) for p in names_or_paths])

    def set_seed(self, seed: int) -> None:
        self.state.set_seed(seed)

    def set_label(self, label: int | str | None) -> None:
        """Class (index or name) for conditional models; None: each class in turn."""
        self.state.set_label(label)

    def set_mode(self, mode: str) -> None:
        """"seed", "grid" or "interpolate"."""
        self.state.set_mode(mode)

    def set_grid(self, on: bool = True, size: int | None = None) -> None:
        """Grid mode (the same N×N draws in every pane) on or off; ``size`` sets N."""
        if size is not None:
            self.state.set_grid_size(size)
        if on:
            self.state.set_mode("grid")
        elif self.state.mode == "grid":
            self.state.set_mode("seed")

    def set_interpolation(self, seeds: Sequence[int] | None = None, mode: str | Sequence[str] = "slerp",
                          frames: int | Sequence[int] | None = None, pictures: Sequence[int] | None = None) -> None:
        """Walk through ``seeds`` (each pane's own prior draws) or between two real ``pictures``."""
        self.state.set_path(seeds=seeds, mode=mode, frames=frames, pictures=pictures)
        if self.state.mode != "interpolate":
            self.state.set_mode("interpolate")

    def play(self, on: bool = True) -> None:
        """Animate the interpolation (switches to interpolation mode when needed)."""
        if on and self.state.mode != "interpolate":
            self.state.set_mode("interpolate")
        self.state.set_playing(on)

    def set_frame(self, index: int) -> None:
        self.state.set_frame(index)

    def show_panel(self, name: str, visible: bool = True) -> None:
        """Show or hide a panel: evidence, reconstruction, path/interpolation, sliders, controls (or grid)."""
        if name == "grid":
            self.set_grid(visible)
            return
        self.state.set_panel(name, visible)

    def set_panels(self, names: Sequence[str]) -> None:
        """A lesson's ``panels``: show the evidence, reconstruction and slider panels listed, hide the
        others ("grid" in the list switches grid mode on; names of other views are ignored)."""
        names = set(names)
        for name in ("evidence", "reconstruction", "sliders"):
            self.state.set_panel(name, name in names)
        if "path" in names or "interpolation" in names:
            self.state.set_panel("path", True)
        if "grid" in names:
            self.set_grid(True)

    def set_linked(self, linked: bool) -> None:
        self.state.set_linked(linked)

    def set_coefficients(self, values: Any, pane: int = -1) -> None:
        """Slider values along the principal directions (-1: the linked set)."""
        self.state.set_coefficients(values, pane)

    def set_device(self, device: str) -> None:
        self.controller.set_device(device)

    def pane(self, index: int) -> ComparePane:
        return self.panes[index]

    def wait_idle(self, timeout: float = 60.0) -> bool:
        """Process events until every render and background job is done; True when all are."""
        ok = self.controller.wait_idle(timeout)
        if self._evidence_timer.isActive():
            self._evidence_timer.stop()
            self._refresh_evidence()
        return ok

    def random_seed(self) -> int:
        seed = int(np.random.default_rng().integers(0, 100000))
        self.state.set_seed(seed)
        return seed

    def compute_metrics(self, pane: int, n: int = 10000) -> Any:
        """Measure pane ``pane``'s model in the background (figures go into its card)."""
        job = self.controller.compute_metrics(pane, n)
        if job is not None:
            self.evidence.set_progress(pane, 0.0, self.tr("starting…"))
        return job

    def export_figure(self, path: str | Path, width: int = 1600) -> Any:
        """Write the comparison as one PNG with a sidecar, in the background; returns the job."""
        self.export_button.setEnabled(False)
        job = self.controller.export_figure(path, width)
        if job is None:
            self.export_button.setEnabled(True)
        return job

    def export_figure_dialog(self) -> None:
        names = "-vs-".join(s.name for s in self.controller.slots if s.ok) or "comparison"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the comparison figure"),
                                              str(Path.home() / f"{names}-seed{self.state.seed}.png"), "PNG (*.png)")
        if path:
            if not path.lower().endswith(".png"):
                path += ".png"
            self.export_figure(path)

    def widget_for(self, name: str) -> QWidget | None:
        """The widget a lesson's ``highlight`` names (None for names this view does not have)."""
        tabs = self.evidence.tabs
        table = {
            "reconstruction": self.recon_row, "evidence": self.evidence, "coverage": tabs.widget(2),
            "loss-curves": tabs.widget(2), "training": tabs.widget(2), "sharpness": self.evidence.figures,
            "fid": self.evidence.figures, "figures": self.evidence.figures, "claims": self.evidence.claims,
            "filmstrip": self.path_bar, "path": self.path_bar, "class-selector": self.class_box,
            "seed": self.seed_box, "grid": self.mode_buttons["grid"], "sliders": self.shared_sliders,
            "export": self.export_button, "panes": self.pane_box,
        }
        return table.get(name)

    def lacking_control(self, name: str | None) -> str | None:
        """Which control ``name`` (a ``highlight`` name) the loaded models do not give this view:
        ``"class"`` for the class selector when none of them is conditional; None when the control
        is there, does not depend on the models, or the models are still loading."""
        if name != "class-selector":
            return None
        slots = self.controller.slots
        if not slots or any(s.loading for s in slots):
            return None  # not known yet: asked again when they have loaded
        loaded = [s for s in slots if s.ok]
        return "class" if loaded and not any(s.summary.conditional for s in loaded) else None

    def _report_lacking(self) -> None:
        """Tell the highlight's ``on_lacking`` when its control comes or goes with the loaded models."""
        report = self._on_lacking
        if report is None:
            return
        lacking = self.lacking_control(self._highlight_name) or ""
        if lacking != self._reported_lacking:
            self._reported_lacking = lacking
            report(lacking)

    def highlight(self, name: str | None, on_lacking: Callable[[str], None] | None = None) -> QWidget | None:
        """Frame the named widget in orange (and show its evidence tab); None clears it.

        ``on_lacking(what)`` hears, now and whenever the models change, whether the loaded models
        lack the control (``"class"``: no conditional model, so no class selector) or have it
        (``""``); a lesson's bar says so, as it does for the explorer's controls. It is called at
        once when the answer is known, and again only when it changes.
        """
        self._highlight_name, self._on_lacking, self._reported_lacking = name or None, on_lacking, None
        self._report_lacking()
        if self._highlighted is not None:
            self._highlighted.setProperty("highlight", False)
            self._restyle(self._highlighted)
            self._highlighted = None
        if not name:
            return None
        w = self.widget_for(name)
        if w is None:
            return None
        tabs = self.evidence.tabs
        tab = {"coverage": 2, "loss-curves": 2, "training": 2, "sharpness": 1, "fid": 1, "figures": 1,
               "claims": 0}.get(name)
        if tab is not None:
            self.state.set_panel("evidence", True)
            tabs.setCurrentIndex(tab)
        if name == "reconstruction":
            self.state.set_panel("reconstruction", True)
        w.setProperty("highlight", True)
        self._restyle(w)
        self._highlighted = w
        return w

    @staticmethod
    def _restyle(w: QWidget) -> None:
        w.style().unpolish(w)
        w.style().polish(w)
        w.update()

    def toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    # --- panes -----------------------------------------------------------------------------
    def _rebuild_panes(self) -> None:
        slots = self.controller.slots
        while len(self.panes) > len(slots):
            pane = self.panes.pop()
            self.pane_layout.removeWidget(pane)
            pane.setParent(None)
            pane.deleteLater()
        while len(self.panes) < len(slots):
            pane = ComparePane(len(self.panes))
            i = len(self.panes)
            pane.modelPicked.connect(lambda spec, i=i: self._pick_model(i, spec))
            pane.removeClicked.connect(lambda i=i: self.state.remove_pane(i))
            pane.sliderMoved.connect(lambda k, v, i=i: self.state.set_coefficient(i, k, v))
            self.panes.append(pane)
            self.pane_layout.addWidget(pane, 1)
        for i, pane in enumerate(self.panes):
            self._fill_pane(i)
            pane.sliders.set_values(self.state.own[i] if i < len(self.state.own) else [])
            if slots[i].frames is not None and slots[i].ok:
                self._on_frames(i)
        self.add_button.setEnabled(len(slots) < cj.MAX_PANES)
        if self._pane_count != len(slots):  # more panes: give them more of the width
            self._pane_count = len(slots)
            self._share_width()
        self._on_linked()
        self._sync_controls()
        self._evidence_timer.start()

    def share_width(self) -> None:
        """Share the width between the panes and the evidence again (after the type size changed)."""
        self._share_width()

    def _share_width(self) -> None:
        """Panes and evidence side by side. The evidence keeps about 40 % of the width: its figures
        table grows a column per model, while a 28×28 pane reads well at 250 px."""
        total = max(sum(self.splitter.sizes()), self.splitter.width(), self.width() - 16)
        if self.on_stage and self.splitter.width() > 0:  # laid out already: exactly what is there
            total = self.splitter.width() - self.splitter.handleWidth()
        share = {2: 0.38, 3: 0.4}.get(len(self.panes), 0.42)
        right = int(total * share)
        # Room for every tab title whole (big type on a small screen), as long as the panes keep theirs.
        tabs = self.evidence.tabs.tabBar().sizeHint().width() + 4
        left_min = self.splitter.widget(0).minimumSizeHint().width()
        right = max(right, min(tabs, total - left_min))
        self.splitter.setSizes([total - right, right])

    def _fill_pane(self, i: int) -> None:
        slot = self.controller.slots[i]
        pane = self.panes[i]
        pane.set_index(i)
        pane.remove.setEnabled(len(self.controller.slots) > cj.MIN_PANES)
        names = sorted(self.controller.installed)
        current = slot.summary.name if slot.summary is not None and slot.summary.name in names else slot.spec
        pane.set_choices(names, current)
        if slot.error:
            pane.set_model(Path(slot.spec).name, "")
            pane.set_error(slot.error)
        elif slot.summary is None:
            pane.set_model(Path(slot.spec).stem or slot.spec, "")
            pane.set_loading(self.tr("Opening {name}…").format(name=Path(slot.spec).name))
        else:
            s = slot.summary
            c, h, w = s.image_shape
            kind = kind_phrase(s.family, s.conditional, s.kind)
            image = (self.tr("{w}×{h} colour") if c == 3 else self.tr("{w}×{h} grey")).format(w=w, h=h)
            pane.set_model(s.name, self.tr("{kind} · {dataset} · {dim}-D · {image}").format(
                kind=kind, dataset=s.dataset or self.tr("no dataset"), dim=s.latent_dim, image=image))
            if pane.frames is None and slot.frames is None:
                pane.set_loading(self.tr("Drawing…"))
        self._pane_note(i)
        count = slot.directions.shape[0] if slot.directions is not None else 0
        pane.sliders.set_available(count, slot.directions_note)
        pane.sliders.set_tips([self.tr("{model}: principal direction {n} ({source})").format(
            model=slot.name, n=k + 1, source=slot.directions_note) for k in range(count)])
        pane.set_own_sliders(self._own_sliders_shown())

    def _pane_note(self, i: int) -> None:
        slot = self.controller.slots[i]
        pane = self.panes[i]
        if slot.render_error:
            pane.set_note(self.tr("Could not draw: {render_error}").format(render_error=slot.render_error), warn=True)
        elif self.state.mode == "interpolate" and slot.ok:
            pane.set_note(slot.path_note, warn=slot.path is None and slot.path_failed)
        else:
            pane.set_note("")

    def _on_pane_changed(self, i: int) -> None:
        if 0 <= i < len(self.panes):
            self._fill_pane(i)
            self._sync_controls()

    def _on_frames(self, i: int) -> None:
        if not 0 <= i < len(self.panes):
            return
        slot = self.controller.slots[i]
        if slot.frames is None:
            return
        self.panes[i].set_frames(slot.frames, slot.frames_kind, slot.ms, self.state.frame)
        if slot.frames_kind == "path":
            self._sync_position()
        self.framesShown.emit(i)

    def _pick_model(self, i: int, spec: str) -> None:
        if spec == OPEN_FILE:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a model for this pane"), str(Path.home()),
                                                  self.tr("Models (*.safetensors *.json);;All files (*)"))
            if not path:
                self._fill_pane(i)
                return
            spec = path
        self.state.set_model(i, spec)

    def _add_pane(self) -> None:
        used = set(self.state.specs)
        names = sorted(self.controller.installed - used) or sorted(self.controller.installed) or list(cj.DEFAULT_MODELS)
        self.state.add_pane(names[0])

    def _on_models_listed(self, infos: list[Any]) -> None:
        installed = self.controller.installed
        for preset in cj.PRESETS:
            b = self.preset_buttons[preset.key]
            missing = [m for m in preset.models if m not in installed]
            b.setEnabled(not missing)
            b.setToolTip(self.tr(preset.tip) if not missing else
                         self.tr("Not installed: {models}. Train them (latentlab train) or add the model files to the "
                                 "models folder, then reopen this window.").format(models=", ".join(missing)))
        for i in range(len(self.panes)):
            self._fill_pane(i)

    # --- state → controls ------------------------------------------------------------------
    def _sync_controls(self) -> None:
        st = self.state
        for w, v in ((self.seed_box, st.seed), (self.grid_box, st.grid_size)):
            if w.value() != v:
                w.blockSignals(True)
                w.setValue(v)
                w.blockSignals(False)
        self.grid_box.setEnabled(st.mode == "grid")
        for mode, b in self.mode_buttons.items():
            b.setChecked(mode == st.mode)
        self.link_box.blockSignals(True)
        self.link_box.setChecked(st.linked)
        self.link_box.blockSignals(False)
        # class picker: the first conditional model's classes
        cond = next((s.summary for s in self.controller.slots if s.ok and s.summary.conditional), None)
        self.class_box.blockSignals(True)
        self.class_box.clear()
        self.class_box.addItem(self.tr("each class in turn"), None)
        if cond is not None:
            for k, name in enumerate(cond.class_names):
                self.class_box.addItem(class_name(name), k)
            self.class_box.setToolTip(self.tr("The class every conditional model draws (the others ignore it)"))
        # no model takes a class: no class selector to puzzle over
        self.class_box.setVisible(cond is not None)
        self.class_label.setVisible(cond is not None)
        want = st.label
        if isinstance(want, str) and cond is not None and want in cond.class_names:
            want = cond.class_names.index(want)
        row = next((r for r in range(self.class_box.count()) if self.class_box.itemData(r) == want), 0)
        self.class_box.setCurrentIndex(row)
        self.class_box.blockSignals(False)
        self._report_lacking()

    def _on_mode(self, mode: str) -> None:
        interp = mode == "interpolate"
        self.seed_note.setVisible(mode != "interpolate")
        self.path_bar.setVisible(interp and self.state.panels.get("path", True))
        if not interp:
            self._play_timer.stop()
            for pane in self.panes:
                pane.filmstrip.setVisible(False)
        self._on_linked()
        for i in range(len(self.panes)):
            self._pane_note(i)
        self._sync_controls()
        self._sync_path_controls()

    def _sliders_shown(self) -> bool:
        # the sliders move the seed's samples; a path has its own latents, so they go away meanwhile
        return self.state.panels.get("sliders", True) and self.state.mode != "interpolate"

    def _own_sliders_shown(self) -> bool:
        return self._sliders_shown() and not self.state.linked

    def _on_linked(self) -> None:
        linked = self.state.linked
        self.shared_sliders.setVisible(linked and self._sliders_shown())
        for pane in self.panes:
            pane.set_own_sliders(self._own_sliders_shown())
        self.shared_sliders.set_values(self.state.shared)
        self._sync_controls()

    def _on_coefficients(self, pane: int) -> None:
        if pane < 0:
            self.shared_sliders.set_values(self.state.shared)
            if not self.state.linked:  # "reset" clears every pane's own sliders too
                for i, p in enumerate(self.panes):
                    p.sliders.set_values(self.state.own[i])
        elif 0 <= pane < len(self.panes):
            self.panes[pane].sliders.set_values(self.state.own[pane])

    def _on_panel(self, name: str, visible: bool) -> None:
        if name == "evidence":
            self.evidence.setVisible(visible)
            self.evidence_box.blockSignals(True)
            self.evidence_box.setChecked(visible)
            self.evidence_box.blockSignals(False)
        elif name == "reconstruction":
            self.recon_row.setVisible(visible)
            self.recon_box.blockSignals(True)
            self.recon_box.setChecked(visible)
            self.recon_box.blockSignals(False)
        elif name == "path":
            self.path_bar.setVisible(visible and self.state.mode == "interpolate")
        elif name == "sliders":
            self._on_linked()
        elif name == "controls":
            self.controls.setVisible(visible)

    # --- interpolation ---------------------------------------------------------------------
    def _sync_path_controls(self) -> None:
        st = self.state
        n = st.path_length
        self.position.blockSignals(True)
        self.position.setRange(0, max(0, n - 1))
        self.position.setValue(st.frame)
        self.position.blockSignals(False)
        mode = st.path_mode if isinstance(st.path_mode, str) else st.path_mode[0]
        self.path_mode.setCurrentIndex(max(0, self.path_mode.findData(mode)))
        self.path_frames.blockSignals(True)
        self.path_frames.setValue(n)
        self.path_frames.blockSignals(False)

    def _sync_position(self) -> None:
        self.position.blockSignals(True)
        self.position.setValue(self.state.frame)
        self.position.blockSignals(False)

    def _path_edited(self) -> None:
        st = self.state
        frames = max(1, self.path_frames.value() - 1)
        if st.path_seeds is not None:
            segments = len(st.path_seeds) - 1
            per = max(1, frames // segments)
            st.set_path(seeds=st.path_seeds, mode=self.path_mode.currentData(), frames=per)
        else:
            st.set_path(pictures=st.path_pictures, mode=self.path_mode.currentData(), frames=frames)

    def _other_pictures(self) -> None:
        ref = self.controller.reference()
        if ref is None:
            self._post("warning", self.controller.path_note or self.tr("No real pictures to walk between"))
            return
        s = ref.summary
        seed = int(np.random.default_rng().integers(0, 2**31 - 1))
        idx = cj.endpoint_indices(s.dataset, s.image_shape, seed)
        self.state.set_path(pictures=idx, mode=self.path_mode.currentData(),
                            frames=max(1, self.path_frames.value() - 1))

    def _on_path(self) -> None:
        c = self.controller
        pics = c.path_pictures
        if pics is not None:
            from latentlab.ui.compare.recon_row import _pixmap

            strip = cj.mosaic(pics.frames(), cols=2, gap=3, value=255)
            self.ends.setPixmap(_pixmap(strip, 120))
            self.ends.setToolTip(c.path_note)
            self.ends.setVisible(True)
        else:
            self.ends.clear()
            self.ends.setVisible(False)
        self.path_label.setText(c.path_note)
        for i in range(len(self.panes)):
            self._pane_note(i)
        self._sync_path_controls()

    def _on_frame(self, frame: int) -> None:
        for pane in self.panes:
            pane.show_frame(frame)
        self._sync_position()

    def _on_playing(self, playing: bool) -> None:
        self.play_button.blockSignals(True)
        self.play_button.setChecked(playing)
        self.play_button.setText(self.tr("❚❚ Pause") if playing else self.tr("▶ Play"))
        self.play_button.blockSignals(False)
        if playing:
            self._play_timer.start()
        else:
            self._play_timer.stop()

    def _advance(self) -> None:
        st = self.state
        n = st.path_length
        if n < 2:
            return
        nxt = st.frame + self._direction
        if not 0 <= nxt < n:
            self._direction = -self._direction
            nxt = st.frame + self._direction
        st.set_frame(nxt)

    # --- evidence, banner, jobs --------------------------------------------------------------
    def _evidence_models(self) -> list[EvidenceModel]:
        return [EvidenceModel(i, s.name, s.card, PANE_COLORS[i % len(PANE_COLORS)], s.summary.dataset)
                for i, s in enumerate(self.controller.slots) if s.ok]

    def frames_text(self, n: int) -> str:
        """"12 frames" with the unit in the grammatical number of ``n`` (the path's frame count box)."""
        return self.tr("%n frame(s)", "", n)

    def retranslate_ui(self) -> None:
        """The language changed: the evidence (claims, figures, charts) and the warnings are core text
        built from the cards in the UI language, so build them again; so is the class picker
        (class names through ``i18n.class_name``)."""
        self._refresh_evidence()
        if not self._closed:
            self._sync_controls()

    def _refresh_evidence(self) -> None:
        if self._closed:
            return
        models = self._evidence_models()
        recon = self.controller.recon if self.state.panels.get("reconstruction") else None
        self.evidence.set_models(models, recon)
        for kind, job in self.controller.jobs.items():
            if kind.startswith("metrics:"):
                pane = self._pane_of_uid(int(kind.split(":")[1]))
                if pane >= 0:
                    self.evidence.set_progress(pane, job.fraction, job.text)
        warnings: list[str] = []
        lang = i18n.current_language()
        if len(models) >= 2:
            from latentlab.core.claims import compatibility

            warnings = compatibility([m.card for m in models], [m.name for m in models], lang=lang)
        self.banner.setText("\n".join("⚠  " + w[:1].upper() + w[1:] + caption(".", lang) for w in warnings))
        self.banner.setVisible(bool(warnings))

    def _pane_of_uid(self, uid: int) -> int:
        return next((i for i, s in enumerate(self.controller.slots) if s.uid == uid), -1)

    def _on_recon(self) -> None:
        c = self.controller
        if c.recon is not None:
            panes = [(i, s.name, PANE_COLORS[i % len(PANE_COLORS)]) for i, s in enumerate(c.slots) if s.ok]
            self.recon_row.set_content(c.recon, panes)
        else:
            self.recon_row.clear(c.recon_note)
        if c.recon_note:
            self.recon_row.status.setText(c.recon_note)

    def _on_job_progress(self, kind: str, fraction: float, text: str) -> None:
        if kind == "path":
            self.path_progress.setVisible(True)
            self.path_cancel.setVisible(True)
            self.path_progress.setValue(round(fraction * 1000))
            self.path_progress.setFormat(text.replace("%", "%%") or "%p%")
        elif kind == "recon":
            self.recon_row.set_busy(fraction, text)
        elif kind.startswith("metrics:"):
            pane = self._pane_of_uid(int(kind.split(":")[1]))
            if pane >= 0:
                self.evidence.set_progress(pane, fraction, text)
        elif kind == "figure":
            self.status.setText(self.tr("Exporting the figure: {step}").format(step=text))

    def _on_job_ended(self, kind: str, outcome: str, message: str) -> None:
        if kind == "path":
            self.path_progress.setVisible(False)
            self.path_cancel.setVisible(False)
        elif kind == "recon":
            self.recon_row.set_busy(None, self.controller.recon_note)
            if self.controller.recon is not None:
                self._on_recon()
        elif kind.startswith("metrics:"):
            pane = self._pane_of_uid(int(kind.split(":")[1]))
            if pane >= 0:
                self.evidence.set_idle(pane, {"done": "measured", "cancelled": "cancelled",
                                              "failed": "failed"}.get(outcome, ""))
        elif kind == "figure":
            self.export_button.setEnabled(True)
            if outcome == "cancelled":
                self.status.setText(self.tr("Figure export cancelled"))

    def _cancel_metrics(self, pane: int) -> None:
        if 0 <= pane < len(self.controller.slots):
            self.controller.cancel(f"metrics:{self.controller.slots[pane].uid}")

    def _post(self, level: str, text: str) -> None:
        prefix = {"warning": "⚠ ", "error": "✖ "}.get(level, "")
        self.status.setText(prefix + text)
        self.status.setStyleSheet({"error": "color: #b91c1c;", "warning": "color: #92400e;"}.get(level, ""))
        if self.messages is not None:
            getattr(self.messages, level if level in ("info", "warning") else "error")(text)

    # --- lifetime --------------------------------------------------------------------------
    def resizeEvent(self, ev: Any) -> None:
        super().resizeEvent(ev)
        if self.on_stage and not self._closed:
            # after this resize is through: a splitter resized from inside its window's resize crashes Qt
            self._share_timer.start()

    def showEvent(self, ev: Any) -> None:
        super().showEvent(ev)
        if not self._shown_once:
            self._shown_once = True
            QTimer.singleShot(0, self._share_width)  # once the window has its real size
        if not self._closed and self.controller.infos:
            self.refresh()

    def refresh(self) -> None:
        """Look for installed models again and re-read the cards (new models or figures may have arrived)."""
        self.controller.list_models()
        self.controller.refresh_cards()

    def closeEvent(self, ev: Any) -> None:
        self.state.set_playing(False)
        if self.controller._owns_worker:
            self.shutdown()
        super().closeEvent(ev)

    @shuts_down_once
    def shutdown(self) -> None:
        """Stop animating, cancel and wait for background jobs, stop an own worker."""
        self._play_timer.stop()
        self._evidence_timer.stop()
        self.controller.shutdown()
