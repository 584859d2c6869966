"""The compare view as a feature of the explorer window: View ▸ Compare models (Ctrl+K), the
view and its parts as panels, and the commands lessons and presentation mode drive it with.

The compare window is created on first use, sharing the explorer's render worker, device and
messages, and closes with the explorer.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject

from latentlab.ui.common.actions import ActionSpec, FeatureObject
from latentlab.ui.compare.view import CompareView

#: highlight ids of the compare view → the name its ``widget_for`` / ``highlight`` knows
HIGHLIGHTS = {
    "compare.reconstruction": "reconstruction", "compare.evidence": "evidence", "compare.coverage": "coverage",
    "compare.loss": "loss-curves", "compare.sharpness": "sharpness", "compare.fid": "fid",
    "compare.figures": "figures", "compare.claims": "claims", "compare.path": "path",
    "compare.filmstrip": "filmstrip", "compare.class": "class-selector", "compare.seed": "seed",
    "compare.grid": "grid", "compare.sliders": "sliders", "compare.export": "export", "compare.panes": "panes",
}
#: the view's panels a lesson step's ``panels`` list switches
PANELS = {"compare.evidence": "evidence", "compare.reconstruction": "reconstruction",
          "compare.sliders": "sliders", "compare.path": "path"}


class CompareFeature(FeatureObject):
    """Registers the compare view on the host: action ``compare.open``, panels ``compare.*``, commands."""

    id = "compare"

    def __init__(self) -> None:
        super().__init__()
        self._view: CompareView | None = None
        self._staged_controls: bool | None = None
        self._style = ""

    def install(self, host: Any) -> None:
        self.attach(host)
        host.add_action(ActionSpec(
            "compare.open", QT_TRANSLATE_NOOP("compare", "&Compare models…"), lambda: self.show(), "view", "Ctrl+K",
            QT_TRANSLATE_NOOP("compare", "Two to four models side by side: same seed, grid, interpolation, "
                                         "reconstruction, and the evidence for the VAE-vs-GAN claims"), separator=True))
        host.add_panel("compare.view", self.view)
        for ident, name in HIGHLIGHTS.items():
            host.add_panel(ident, lambda create, name=name: self._part(name, create))
        host.add_command("compare.show", self.show)
        host.add_command("compare.apply", self.apply)
        host.add_command("compare.highlight", self.highlight)
        host.add_command("compare.describe", self.describe)
        host.add_command("compare.stage", self.stage)
        host.installEventFilter(self)

    def view(self, create: bool = True) -> CompareView | None:
        """The compare view (created on first use)."""
        if self._view is None and create:
            w = self.host
            self._view = CompareView(worker=w.controller.worker, device=w.state.device, messenger=w.messages,
                                     parent=w)
            w.state.deviceChanged.connect(self._view.set_device)
        return self._view

    def _part(self, name: str, create: bool) -> Any:
        view = self.view(create)
        return view.widget_for(name) if view is not None else None

    # --- commands ------------------------------------------------------------------------------
    def show(self, models: Sequence[str] | None = None, full_screen: bool = False) -> CompareView:
        """Show the compare window (with these models), raised and active."""
        view = self.view()
        assert view is not None
        if models:
            view.set_models(models)
        if full_screen:
            view.showFullScreen()
        else:
            view.show()
        view.raise_()
        view.activateWindow()
        return view

    def apply(self, models: Sequence[str] = (), seed: int | None = None, label: Any = None,
              path: dict[str, Any] | None = None, grid: bool = False,
              panels: Sequence[str] | None = None, play: bool = False) -> CompareView:
        """Set the view to a lesson step: models, seed, class, then one of a seed path
        (``path``: seeds, mode, frames), the grid or one image; ``panels`` (ids) shown, the others hidden."""
        cv = self.view()
        assert cv is not None
        models = list(models)
        if models and models != list(cv.state.specs):
            cv.set_models(models)
        if seed is not None:
            cv.set_seed(int(seed))
        if label is not None:
            cv.set_label(label)
        if path:
            cv.set_interpolation(list(path.get("seeds", [])), path.get("mode", "slerp"), path.get("frames", 16))
        elif grid:
            cv.set_grid(True)
        else:
            cv.set_mode("seed")
        if panels is not None:
            shown = set(panels)
            for ident, name in PANELS.items():
                cv.show_panel(name, ident in shown or (name == "path" and bool(path)))
        cv.play(bool(play) and bool(path))
        return cv

    def highlight(self, ident: str | None, on_lacking: Callable[[str], None] | None = None) -> Any:
        """Frame the part ``ident`` (a ``compare.*`` highlight id) in the view; None clears it.

        ``on_lacking(what)``: told whether the compared models lack that control (``"class"``: none
        is conditional, so there is no class selector) or have it (``""``), again when the models
        change (see :meth:`CompareView.highlight`).
        """
        cv = self.view(create=False)
        if cv is None:
            return None
        return cv.highlight(HIGHLIGHTS[ident] if ident else None, on_lacking if ident else None)

    def describe(self) -> dict[str, Any]:
        """The view as lesson step keys (``compare`` models and ``seed``)."""
        cv = self.view(create=False)
        if cv is None:
            return {}
        out: dict[str, Any] = {}
        if cv.state.specs:
            out["compare"] = list(cv.state.specs)
        out["seed"] = int(cv.state.seed)
        return out

    def stage(self, style: str | None = None, font_px: int | None = None) -> None:
        """On a presentation's stage (``style``: the extra stylesheet, ``font_px`` the body size) or back
        (``style`` None): the wide control rows step aside there, the evidence cards grow."""
        cv = self.view(create=False)
        if cv is None:
            return
        if style is not None:
            if self._staged_controls is None:
                self._style = cv.styleSheet()
                self._staged_controls = bool(cv.state.panels.get("controls"))
            if self._staged_controls:
                cv.show_panel("controls", False)  # the lesson drives it; the wide rows would not fit
            cv.setStyleSheet(self._style + "\n" + style)
            cv.evidence.set_font_scale(font_px)
            cv.shared_sliders.set_title_above(True)  # beside the sliders in big type, they overrun the stage
            cv.on_stage = True
            cv.share_width()  # the evidence's tab titles grew
        elif self._staged_controls is not None:
            cv.setStyleSheet(self._style)
            cv.evidence.set_font_scale(None)
            cv.shared_sliders.set_title_above(False)
            cv.on_stage = False
            if self._staged_controls:
                cv.show_panel("controls", True)
            self._staged_controls = None

    def eventFilter(self, obj: QObject, ev: QEvent) -> bool:
        if obj is self.host and ev.type() == QEvent.Type.Close and self._view is not None:
            self._view.shutdown()
            self._view.close()
        return False
