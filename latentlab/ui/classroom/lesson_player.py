"""Plays a lesson (``latentlab.core.lessons``) in the explorer window, one step at a time.

Each step sets part of the app's state; keys a step leaves out keep the value an earlier step
gave them, so the player applies the *cumulative* state of steps 1..N (:meth:`effective`).
Everything slow (opening a model, fitting directions) goes through the window's controller and
worker as usual; the player continues when the answer arrives, and an answer that belongs to a
step the class has already left is ignored.

A step that names a model that is not installed says which one in the lesson bar and the lesson
goes on; a step that needs a view this window lacks (compare view, latent map, path editor)
shows its caption with a note. "Record step" writes the current state as a new step
(:func:`latentlab.core.lessons.append_step`).
"""

from __future__ import annotations

import math
import re
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from latentlab.core.lessons import (
    Lesson,
    LessonError,
    append_step,
    class_direction,
    direction_basis,
    load_lesson,
    missing_models,
    resolve_model,
)

if TYPE_CHECKING:  # pragma: no cover
    from latentlab.ui.classroom.presentation import Classroom

#: keys carried from step to step (caption, title and highlight belong to one step only)
CARRIED = ("model", "compare", "view", "seed", "z", "label", "truncation", "basis", "direction", "path",
           "panels", "animate", "grid", "training")
#: what a view needs, for the note shown when the window does not have it
VIEW_NAMES = {"compare": "the compare view", "map": "the latent map", "path": "the path editor"}
#: window attributes that may hold each view's widget (first found wins)
VIEW_ATTRS = {
    "compare": ("compare_view", "compare"),
    "map": ("latent_map", "map_view", "latent_map_view"),
    "path": ("path_editor", "path_view"),
}
#: sweep of ``animate = true`` along a direction: amplitude (σ) and period (s)
SWEEP_AMPLITUDE = 2.5
SWEEP_PERIOD = 4.0


def effective_state(lesson: Lesson, index: int) -> dict[str, Any]:
    """The app state after steps 1..index+1: each step's keys over the earlier ones.

    A new model drops an earlier exact ``z`` (it belongs to the old latent space) and draws the
    lesson's last seed instead; ``seed`` and ``z`` replace each other; ``model`` and ``compare``
    replace each other; a new ``panels`` list also decides the grid unless ``grid`` is given
    with it. ``caption``, ``title`` and ``highlight`` are those of step ``index`` alone.
    """
    state: dict[str, Any] = {}
    last_seed = None
    for step in lesson.steps[: index + 1]:
        d = step.to_dict()
        if "model" in d:
            if state.get("model") != d["model"] and "z" in state:
                state.pop("z")
                if last_seed is not None and "z" not in d and "seed" not in d:
                    state["seed"] = last_seed  # the new model draws the lesson's last seed
            state.pop("compare", None)
            if state.get("view") == "compare" and "view" not in d:
                state["view"] = "explorer"
        if "compare" in d:
            state.pop("model", None)
            d.setdefault("view", "compare")
        if "seed" in d:
            state.pop("z", None)
            last_seed = d["seed"]
        if "z" in d:
            state.pop("seed", None)
        if "panels" in d and "grid" not in d:
            state.pop("grid", None)  # a new panel list says whether the grid is shown
        for k in CARRIED:
            if k in d:
                state[k] = d[k]
    step = lesson.steps[index]
    state["caption"] = step.caption
    state["title"] = step.title
    state["highlight"] = step.highlight
    return state


class LessonPlayer(QObject):
    """Loads lessons, moves between steps and applies them to the window."""

    lessonChanged = Signal(object)  # Lesson | None
    stepChanged = Signal(int)
    #: the current step is fully applied (model open, point set); for tests and recordings
    stepApplied = Signal(int)

    def __init__(self, classroom: "Classroom") -> None:
        super().__init__(classroom)
        self.classroom = classroom
        self.window = classroom.window
        self.lesson: Lesson | None = None
        self.index = 0
        self.missing: dict[int, list[str]] = {}
        self.notes: list[str] = []
        #: start (or switch) live-training runs when a step asks for them
        self.autostart_training = True
        #: where "Record step" appends (None: asks, defaulting to a file in the user's folder)
        self.record_path: Path | None = None
        self._token = 0
        self._eff: dict[str, Any] = {}
        self._pending_direction: tuple[int, Any, bool] | None = None
        self._training_key: tuple | None = None
        self._path_key: tuple | None = None
        self._paused_training = False
        self._sweep_index = -1
        self._sweep_t0 = 0.0
        self._sweep = QTimer(self)
        self._sweep.setInterval(40)
        self._sweep.timeout.connect(self._sweep_tick)
        self._record_dialog: RecordStepDialog | None = None
        #: what the last recorded step could not include (e.g. a path of encoded images); "" if nothing
        self.record_note = ""
        state = getattr(self.window, "state", None)
        if state is not None:
            state.basisChanged.connect(self._on_basis)

    # --- convenience --------------------------------------------------------------------------------
    @property
    def state(self) -> Any:
        return self.window.state

    @property
    def messages(self) -> Any:
        return self.window.messages

    @property
    def count(self) -> int:
        return len(self.lesson.steps) if self.lesson else 0

    # --- loading ----------------------------------------------------------------------------------
    def open_dialog(self) -> None:
        from latentlab.core.lessons import bundled_lessons

        start = str(bundled_lessons()[0].parent) if bundled_lessons() else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self.window, "Open a lesson", start, "Lessons (*.toml);;All files (*)")
        if path:
            self.open(path)

    def load(self, path: str | Path) -> Lesson | None:
        """Read a lesson; on a problem, say what and where (file:line) and return None."""
        try:
            lesson = load_lesson(path)
        except LessonError as exc:
            problems = exc.problems
            head = f"{Path(str(path)).name} cannot be used as a lesson"
            lines = [str(p) for p in problems[:8]]
            if len(problems) > 8:
                lines.append(f"… and {len(problems) - 8} more")
            self.messages.error(head + ":\n" + "\n".join(lines), title="Lesson has problems")
            return None
        return lesson

    def open(self, path: str | Path, present: bool = False, at: int = 0) -> bool:
        """Load a lesson and show step ``at`` (after the model list is known); optionally present."""
        lesson = self.load(path)
        if lesson is None:
            return False
        self.set_lesson(lesson)
        if present and not self.classroom.presentation.active:
            self.classroom.presentation.enter()
        controller = getattr(self.window, "controller", None)
        if controller is not None:
            controller.list_models(then=lambda: self._begin(lesson, at))
        else:
            self._begin(lesson, at)
        return True

    def set_lesson(self, lesson: Lesson) -> None:
        self.close(keep_bar=True)
        self.lesson = lesson
        self.index = 0
        self.classroom.lesson_bar.set_lesson(lesson.title)
        self.classroom.lesson_dock.show()
        self.classroom.update_window_style()
        self.lessonChanged.emit(lesson)

    def _begin(self, lesson: Lesson, at: int) -> None:
        if lesson is not self.lesson:  # another lesson was opened meanwhile
            return
        known = [i.name for i in self.state.available_models]
        self.missing = missing_models(lesson, known)
        if self.missing:
            names: dict[str, list[int]] = {}
            for i, ms in self.missing.items():
                for m in ms:
                    names.setdefault(m, []).append(i + 1)
            listed = "; ".join(f"{m} (step{'s' if len(s) > 1 else ''} {', '.join(map(str, s))})"
                               for m, s in names.items())
            self.messages.warning(f"Lesson '{lesson.title}' uses models that are not installed: {listed}. "
                                  "Those steps show their text only; the rest of the lesson works.")
        self.goto(at)

    def close(self, keep_bar: bool = False) -> None:
        """Leave the lesson (the window keeps its current state)."""
        self._token += 1
        self._stop_sweep()
        self._pending_direction = None
        self.classroom.highlighter.point_at(None)
        if self.lesson is None:
            return
        panel = self.classroom.training_panel_if_built()
        if panel is not None:
            panel.coverage_box.setVisible(True)
        self.lesson = None
        self.missing = {}
        self.notes = []
        if not keep_bar:
            self.classroom.lesson_dock.hide()
            self.classroom.update_window_style()
        self.lessonChanged.emit(None)

    # --- moving ------------------------------------------------------------------------------------
    def next(self) -> None:
        if self.lesson is not None and self.index < self.count - 1:
            self.goto(self.index + 1)

    def previous(self) -> None:
        if self.lesson is not None and self.index > 0:
            self.goto(self.index - 1)

    def goto(self, index: int) -> None:
        if self.lesson is None:
            return
        self.index = max(0, min(int(index), self.count - 1))
        self.apply(self.index)
        self.stepChanged.emit(self.index)

    def refresh(self) -> None:
        """Show the current step again (after entering or leaving presentation mode)."""
        if self.lesson is not None:
            self._apply_panels(self._eff)
            self._show_bar()
            self._apply_highlight(self._eff.get("highlight"))

    def effective(self, index: int | None = None) -> dict[str, Any]:
        return effective_state(self.lesson, self.index if index is None else index) if self.lesson else {}

    # --- applying a step -------------------------------------------------------------------------------
    def apply(self, index: int) -> None:
        self._token += 1
        token = self._token
        self._stop_sweep()
        self._pending_direction = None
        eff = self.effective(index)
        self._eff = eff
        self.notes = []
        view = eff.get("view") or "explorer"
        model = eff.get("model")
        own_missing = self.missing.get(index, [])
        missing_now = [m for m in ([model] if model else eff.get("compare", [])) if self._is_missing(m)]
        if own_missing or (model and missing_now):
            names = ", ".join(repr(m) for m in (own_missing or missing_now))
            self.notes.append(f"This step needs the model {names}, which is not installed here.")

        self._show_view(view, eff)
        if view == "training":
            self._apply_training(eff)
        else:
            self._pause_lesson_training()
        self._apply_panels(eff)

        if view == "compare":
            self._apply_compare(eff)
        elif model and not missing_now:
            target = resolve_model(self.lesson, model)
            if self._is_current(model, target):
                self._apply_point(token)
            else:
                self.window.controller.open_model(target, then=lambda _s, t=token: self._apply_point(t),
                                                  finished=lambda t=token: self._open_finished(t))
        elif not model and self.state.model is not None and view != "training":
            self._apply_point(token)
        else:
            self.stepApplied.emit(index)
        self._show_bar()
        self._apply_highlight(eff.get("highlight"))
        bar = self.classroom.lesson_bar
        if self.classroom.presentation.active:
            bar.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open_finished(self, token: int) -> None:
        if token == self._token and (self.state.model is None or not self._is_current(
                self._eff.get("model"), resolve_model(self.lesson, self._eff.get("model") or ""))):
            self.notes.append(f"Could not open {self._eff.get('model')!r} (see the message).")
            self._show_bar()
            self.stepApplied.emit(self.index)

    def _show_bar(self) -> None:
        if self.lesson is None:
            return
        eff = self._eff
        self.classroom.lesson_bar.set_step(self.index, self.count, eff.get("title") or "", eff.get("caption", ""),
                                           self.notes)

    def _note(self, text: str) -> None:
        if text not in self.notes:
            self.notes.append(text)
            self._show_bar()

    def _is_missing(self, name: str) -> bool:
        known = {i.name for i in self.state.available_models}
        return bool(missing_models(Lesson("", [_Step(name)], self.lesson.path if self.lesson else None), known))

    def _is_current(self, name: str | None, target: str) -> bool:
        m = self.state.model
        if m is None or not name:
            return False
        if m.name == name:
            return True
        try:
            return Path(m.path).resolve() == Path(target).resolve()
        except OSError:
            return False

    # --- the point: class, truncation, seed or z, basis, direction, animation -------------------------------
    def _apply_point(self, token: int) -> None:
        if token != self._token or self.lesson is None:
            return
        eff = self._eff
        st = self.state
        m = st.model
        if m is None:
            return
        label = eff.get("label")
        if label is not None and m.conditional:
            idx = _class_index(label, m.class_names)
            if idx is None:
                self._note(f"{m.name} has no class {label!r}.")
            else:
                st.set_label(idx)
        if "truncation" in eff:
            st.set_truncation(float(eff["truncation"]))
        z = eff.get("z")
        if z is not None:
            if len(z) == m.latent_dim:
                st.set_z(np.asarray(z, np.float32))
            else:
                self._note(f"The step's point has {len(z)} numbers; {m.name} uses {m.latent_dim}.")
        elif "seed" in eff:
            st.set_seed(int(eff["seed"]))
        self._apply_path(eff, token)
        self._apply_map(eff)
        direction = eff.get("direction")
        basis = eff.get("basis") or direction_basis(direction) or None
        animate = bool(eff.get("animate"))
        if basis and basis != "raw" and m.basis_unavailable.get(basis):
            self._note(str(m.basis_unavailable[basis]))
            basis = None
        if basis and basis != st.basis.key:
            self._pending_direction = (token, direction, animate)
            options = {}
            if basis == "class":
                src = self._class_src(direction)
                if src is not None:
                    options["src"] = src
            st.request_basis(basis, options)
            return
        if basis == "class" and direction is not None:
            src = self._class_src(direction)
            if src is not None and st.basis.extra.get("src") != src:
                self._pending_direction = (token, direction, animate)
                st.request_basis("class", {"src": src})
                return
        self._apply_direction(direction, animate)

    def _class_src(self, direction: Any) -> int | None:
        pair = class_direction(direction)
        if pair is None:
            return None
        names = self.state.basis.extra.get("class_names") if self.state.basis.key == "class" else None
        if names is None:
            m = self.state.model
            names = _dataset_classes(m.dataset if m else None)
        return _class_index(pair[0], names) if names else None

    def _on_basis(self, basis: Any) -> None:
        pending = self._pending_direction
        if pending is None or pending[0] != self._token:
            return
        _t, direction, animate = pending
        wanted = self._eff.get("basis") or direction_basis(direction)
        if basis.key != wanted:
            if wanted == "class" or wanted == "attribute" or wanted == "pca":
                self._pending_direction = None
                self._note(f"The {wanted} directions could not be fitted for this model.")
                self.stepApplied.emit(self.index)
            return
        if basis.key == "class" and direction is not None:
            src = self._class_src(direction)
            if src is not None and basis.extra.get("src") != src:
                self.state.request_basis("class", {"src": src})
                return
        self._pending_direction = None
        self._apply_direction(direction, animate)

    def _direction_index(self, direction: Any) -> int | None:
        basis = self.state.basis
        if direction is None:
            return None
        if isinstance(direction, int):
            return direction if direction < basis.size else None
        pair = class_direction(direction)
        if pair is not None:
            for i, name in enumerate(basis.names):
                src, _, dst = name.partition("→")
                if src.strip() == pair[0] and dst.strip() == pair[1]:
                    return i
            return None
        return basis.names.index(direction) if direction in basis.names else None

    def _apply_direction(self, direction: Any, animate: bool) -> None:
        index = self._direction_index(direction)
        if direction is not None and index is None:
            self._note(f"Direction {direction!r} is not among this model's sliders.")
        if animate and index is not None:
            self._start_sweep(index)
        elif animate and self._eff.get("path") and self._eff.get("view") == "path":
            self._play_path(True)
        self.stepApplied.emit(self.index)

    # --- sweeping along a direction -----------------------------------------------------------------------
    def _start_sweep(self, index: int) -> None:
        self._sweep_index = index
        self._sweep_t0 = time.perf_counter()
        self._sweep.start()

    def _stop_sweep(self) -> None:
        if self._sweep.isActive():
            self._sweep.stop()
            if 0 <= self._sweep_index < self.state.basis.size:
                self.state.set_coefficient(self._sweep_index, 0.0)
        self._sweep_index = -1

    @property
    def sweeping(self) -> bool:
        return self._sweep.isActive()

    def _sweep_tick(self) -> None:
        i = self._sweep_index
        if not 0 <= i < self.state.basis.size:
            self._sweep.stop()
            return
        amp = min(SWEEP_AMPLITUDE, self.state.slider_range)
        t = time.perf_counter() - self._sweep_t0
        self.state.set_coefficient(i, round(amp * math.sin(2 * math.pi * t / SWEEP_PERIOD), 2))

    # --- views and panels -------------------------------------------------------------------------------
    def view_widget(self, view: str, create: bool = False) -> QWidget | None:
        if view == "compare":
            return self.classroom.compare_view(create=create)
        for attr in VIEW_ATTRS.get(view, ()):
            w = getattr(self.window, attr, None)
            if isinstance(w, QWidget):
                return w
        return None

    def _has_view(self, view: str) -> bool:
        if view == "compare":
            launcher = getattr(self.window, "compare", None)
            return launcher is not None and (callable(getattr(launcher, "view", None)) or isinstance(launcher, QWidget))
        return self.view_widget(view) is not None

    def _show_view(self, view: str, eff: dict[str, Any]) -> None:
        training = view == "training"
        presenting = self.classroom.presentation.active
        # In presentation mode a step shows exactly its view; in a window, other views and panels
        # the teacher opened stay (only the compare view, a window of its own, steps aside).
        if training:
            self.classroom.show_training(True)
        elif presenting and self.classroom.training_dock is not None and self.classroom.training_dock.isVisible():
            self.classroom.show_training(False)
        for other in VIEW_NAMES:
            if other != view and (presenting or other == "compare"):
                self._set_view_visible(other, False)
        if view in VIEW_NAMES:
            if not self._has_view(view):
                self._note(f"This step needs {VIEW_NAMES[view]}, which this window does not have yet: "
                           "read the text, and the lesson goes on.")
                return
            self._set_view_visible(view, True)
        self.classroom._layout_for_view()

    def _set_view_visible(self, view: str, on: bool) -> None:
        if view == "compare":
            if on or self.classroom.compare_is_current() or (
                    self.classroom.stage_dock is not None and self.classroom.stage_dock.isVisible()):
                self.classroom.show_compare(on)
            return
        widget = self.view_widget(view)
        if widget is None:
            return
        dock = _dock_of(widget)
        if dock is not None:
            if on:
                dock.show()
                dock.raise_()
            elif dock.isVisible():
                dock.hide()
        elif on:
            widget.show()

    def _apply_compare(self, eff: dict[str, Any]) -> None:
        cv = self.view_widget("compare", create=True)
        if cv is None:
            self.stepApplied.emit(self.index)
            return
        models = [resolve_model(self.lesson, m) for m in eff.get("compare", [])]
        current = list(getattr(getattr(cv, "state", None), "specs", []) or [])
        if models and models != current:
            _call(cv, "set_models", models)
        if "seed" in eff:
            _call(cv, "set_seed", int(eff["seed"]))
        if "label" in eff:
            _call(cv, "set_label", eff["label"])
        if "truncation" in eff:
            _call(cv, "set_truncation", float(eff["truncation"]))
        path = eff.get("path")
        if path:
            _call(cv, "set_interpolation", list(path.get("seeds", [])), path.get("mode", "slerp"),
                  path.get("frames", 16))
        elif eff.get("grid"):
            _call(cv, "set_grid", True)
        else:
            _call(cv, "set_mode", "seed")
        if "panels" in eff:
            shown = set(eff.get("panels") or [])
            for name in ("evidence", "reconstruction", "sliders", "path"):
                _call(cv, "show_panel", name, name in shown or (name == "path" and bool(path)))
        _call(cv, "play", bool(eff.get("animate", False)) and bool(path))
        self.stepApplied.emit(self.index)

    def _play_path(self, on: bool) -> None:
        pe = self.view_widget("path")
        if pe is not None:
            _call(pe, "set_playing", on)

    def _apply_path(self, eff: dict[str, Any], token: int) -> None:
        """A step's ``path`` becomes the path editor's keyframes (the seeds' prior draws)."""
        tools = getattr(self.window, "latent_tools", None)
        path = eff.get("path")
        editor = self.view_widget("path")
        playing = bool(eff.get("animate")) and bool(path) and eff.get("view") == "path"
        if editor is not None and not playing:
            _call(editor, "set_playing", False)
        ps = getattr(tools, "path", None)
        m = self.state.model
        if not path or ps is None or m is None:
            return
        from latentlab.core.latent import seed_latents
        from latentlab.ui.latent.path_state import PathKeyframe

        seeds = list(path["seeds"])
        n = len(seeds) - 1
        modes = path.get("mode", "slerp")
        modes = list(modes) if isinstance(modes, list) else [modes] * n
        frames = path.get("frames", 16)
        frames = [int(f) for f in frames] if isinstance(frames, list) else [int(frames)] * n
        trunc = float(self.state.truncation) if m.is_gan else 1.0
        label = self.state.label if m.conditional else None
        key = (m.path, tuple(seeds), tuple(modes), tuple(frames), round(trunc, 4), label)
        if key != self._path_key or ps.count != len(seeds):
            keyframes = [PathKeyframe(seed_latents([s], m.latent_dim, trunc)[0], label, f"seed {s}", f"seed {s}")
                         for s in seeds]
            try:
                ps.replace(keyframes, modes, frames)
            except ValueError as exc:
                self._note(f"Could not build the path: {exc}")
                return
            self._path_key = key
        if playing and editor is not None:
            if getattr(ps, "ready", False):
                _call(editor, "set_playing", True)
            else:
                def play() -> None:
                    ps.rendered.disconnect(play)
                    if token == self._token:
                        _call(editor, "set_playing", True)

                ps.rendered.connect(play)

    def _apply_map(self, eff: dict[str, Any]) -> None:
        """``highlight = "manifold"`` in the map view shows the decoded images instead of the points."""
        latent_map = self.view_widget("map")
        if latent_map is None or eff.get("view") != "map":
            return
        want = eff.get("highlight") == "manifold"
        if callable(getattr(latent_map, "set_decoded_view", None)) and getattr(latent_map, "decoded_view", None) != want:
            try:
                latent_map.set_decoded_view(want)
            except Exception:  # pragma: no cover - a map that cannot draw it now
                pass

    def panel_docks(self, name: str) -> list[QDockWidget]:
        """The docks that show lesson panel ``name`` (empty when this window has none)."""
        w = self.window
        direct = {"sliders": "dock_latent", "grid": "dock_grid", "bookmarks": "dock_bookmarks", "card": "dock_card",
                  "map": "dock_map", "path": "dock_path", "reconstruction": "dock_encode"}
        found: list[QDockWidget] = []
        attr = direct.get(name)
        dock = getattr(w, attr, None) if attr else None
        if isinstance(dock, QDockWidget):
            found.append(dock)
        if not found:
            view = {"map": "map", "path": "path"}.get(name)
            widget = self.view_widget(view) if view else None
            d = _dock_of(widget) if widget is not None else None
            if d is not None:
                found.append(d)
        if not found:
            for d in w.findChildren(QDockWidget):
                if d.objectName().lower() in (f"dock_{name}", f"dock_{name}s", f"{name}dock"):
                    found.append(d)
        return found

    def _apply_panels(self, eff: dict[str, Any]) -> None:
        """Show the step's panels; in presentation mode, hide the other panels."""
        names = list(eff.get("panels") or [])
        if "grid" in eff:
            names = [n for n in names if n != "grid"] + (["grid"] if eff["grid"] else [])
        presenting = self.classroom.presentation.active
        if eff.get("view") == "training":
            # "grid" and "evidence" name the training panel's own sample grid and coverage chart.
            panel = self.classroom.training_panel_if_built()
            if panel is not None:
                panel.coverage_box.setVisible("panels" not in eff or "evidence" in names)
            names = []
        elif eff.get("view") == "compare":
            names = []  # the compare view shows its own panels (see _apply_compare)
        wanted: set[QDockWidget] = set()
        for name in names:
            docks = self.panel_docks(name)
            wanted.update(docks)
        if presenting:
            keep = set(self.classroom.view_docks()) | {self.classroom.lesson_dock}
            panel_names = ("sliders", "grid", "bookmarks", "card", "map", "path", "reconstruction")
            for name in panel_names:
                for d in self.panel_docks(name):
                    if d not in wanted and d not in keep and d.isVisible():
                        d.hide()
            for d in self.window.findChildren(QDockWidget):  # other engineers' panels, e.g. evidence
                if d.isVisible() and d not in wanted and d not in keep and d.parent() is self.window \
                        and d is not self.classroom.training_dock:
                    d.hide()
        elif "grid" in eff and not eff["grid"]:
            for d in self.panel_docks("grid"):
                d.hide()
        for d in wanted:
            if not d.isVisible():
                d.show()
            d.raise_()  # a tabbed dock (the grid shares its place with the path editor)
        self.classroom._layout_for_view()
        if presenting and wanted:
            view = eff.get("view")
            main = _dock_of(self.view_widget(view)) if view in ("map", "path") else None
            self.classroom.size_panels(wanted, main)

    def _apply_highlight(self, name: str | None) -> None:
        cv = self.view_widget("compare")
        if self._eff.get("view") == "compare" and cv is not None and callable(getattr(cv, "highlight", None)):
            self.classroom.highlighter.point_at(None)
            _call(cv, "highlight", name)  # the compare view frames its own widgets
            return
        if cv is not None:
            _call(cv, "highlight", None)
        self.classroom.highlighter.point_at(self._highlight_widget(name) if name else None)

    def _highlight_widget(self, name: str) -> QWidget | None:
        w = self.window
        view = self._eff.get("view")
        panel = self.classroom.training_panel_if_built()
        point = getattr(w, "point", None)
        sliders = getattr(w, "sliders", None)
        table: dict[str, Any] = {
            "sliders": sliders,
            "seed": getattr(point, "seed", None),
            "truncation": getattr(point, "trunc", None),
            "class-selector": getattr(point, "classes", None),
            "basis": getattr(sliders, "basis_combo", None),
            "grid": getattr(w, "grid", None),
        }
        if view == "training" and panel is not None:
            table.update({"grid": panel.grid_view, "loss-curves": panel.loss_plot, "coverage": panel.coverage_box})
        editor = self.view_widget("path")
        latent_map = self.view_widget("map")
        if editor is not None:
            table.update({"filmstrip": getattr(editor, "strip_scroll", None) or getattr(editor, "strip", None),
                          "norm-plot": getattr(editor, "norm_plot", None), "path": editor})
        if latent_map is not None:
            table.update({"map": latent_map, "manifold": latent_map})
        if view in ("map", "path", "compare"):
            vw = self.view_widget(view)
            found = _find_named(vw, name) if vw is not None else None
            if found is not None:
                return found
            if name in ("map", "manifold", "filmstrip", "norm-plot") and vw is not None:
                return vw
        widget = table.get(name)
        if isinstance(widget, QWidget):
            return widget
        return _find_named(w, name)

    # --- live training ------------------------------------------------------------------------------
    def _apply_training(self, eff: dict[str, Any]) -> None:
        tr = dict(eff.get("training") or {})
        panel = self.classroom.training_panel
        panel.configure(preset=tr.get("preset"), kind=tr.get("kind"), dataset=tr.get("dataset"))
        key = (tr.get("preset"), tr.get("kind"), tr.get("dataset"))
        if not self.autostart_training:
            return
        if panel.running and key == self._training_key:
            if panel.worker.paused and self._paused_training:
                panel.resume()
            self._paused_training = False
            return
        if panel.running:
            panel.stop(wait=True, timeout=30)
        self._training_key = key
        self._paused_training = False
        panel.start()

    def _pause_lesson_training(self) -> None:
        panel = self.classroom.training_panel_if_built()
        if panel is not None and panel.running and self._training_key is not None and not panel.worker.paused:
            panel.pause()  # the CPU is for the next view now; going back resumes it
            self._paused_training = True

    # --- recording -----------------------------------------------------------------------------------
    def current_view(self) -> str:
        w = self.window
        getter = getattr(w, "current_view", None)
        if callable(getter):
            try:
                v = getter()
                if isinstance(v, str) and v:
                    return v
            except Exception:
                pass
        if self.classroom.training_dock is not None and self.classroom.training_dock.isVisible():
            return "training"
        if self.classroom.compare_is_current():
            return "compare"
        # The latent map and the path editor are panels beside the image here ("panels" records them).
        return "explorer"

    def capture_state(self, caption: str, title: str | None = None) -> dict[str, Any]:
        """The current window state as lesson step keys (what :func:`append_step` takes)."""
        st = self.state
        m = st.model
        view = self.current_view()
        out: dict[str, Any] = {"title": title or None, "caption": caption}
        self.record_note = ""
        if view == "compare":
            cv = self.view_widget("compare")
            specs = _call(cv, "models") or getattr(getattr(cv, "state", None), "specs", None)
            if specs:
                out["compare"] = list(specs)
            out["view"] = "compare"
            seed = _call(cv, "seed") if callable(getattr(cv, "seed", None)) else getattr(
                getattr(cv, "state", None), "seed", None)
            if isinstance(seed, int):
                out["seed"] = seed
            return out
        if view == "training" and self.classroom.training_panel_if_built() is not None:
            s = self.classroom.training_panel.settings()
            tr = {k: s[k] for k in ("preset", "kind", "dataset") if s.get(k)}
            if tr.get("preset") not in (None, "stable", "mode-collapse"):
                tr.pop("preset")
            out.update(view="training", training=tr or None)
            return out
        out["view"] = view
        if m is not None:
            out["model"] = m.name if _installed_as(m.name, m.path) else m.path
            if st.from_seed:
                out["seed"] = int(st.seed)
            else:
                out["z"] = [round(float(v), 4) for v in st.z]
            if m.conditional and 0 <= st.label < len(m.class_names):
                out["label"] = m.class_names[st.label]
            out["truncation"] = round(float(st.truncation), 3)
            out["basis"] = st.basis.key
            if self.sweeping and 0 <= self._sweep_index < st.basis.size:
                if st.basis.key in ("class", "attribute"):
                    out["direction"] = st.basis.names[self._sweep_index]
                else:
                    out["direction"] = self._sweep_index
                out["animate"] = True
        if m is not None:
            path, note = self._capture_path()
            out["path"] = path
            self.record_note = note
        panels = []
        for name in ("sliders", "grid", "bookmarks", "card", "map", "path"):
            if any(d.isVisible() for d in self.panel_docks(name)):
                panels.append(name)
        out["panels"] = panels or None
        out["grid"] = "grid" in panels
        return out

    def _capture_path(self) -> tuple[dict[str, Any] | None, str]:
        """The path editor's path as a lesson ``path`` table, and a note when (part of) it is left out.

        Lessons describe a path by its seeds only, so a path with an encoded image or a bookmark
        among its keyframes is not recorded.
        """
        ps = getattr(getattr(self.window, "latent_tools", None), "path", None)
        if ps is None or getattr(ps, "count", 0) < 2:
            return None, ""
        seeds = []
        for k in ps.keyframes:
            match = re.fullmatch(r"seed (\d+)", (k.source or "").strip())
            if match is None:
                return None, ("The path was not recorded: lessons store paths of seeds only, and this path "
                              "has keyframes from other sources (encoded images, bookmarks or edited points).")
            seeds.append(int(match.group(1)))
        modes = list(ps.modes)
        path: dict[str, Any] = {"seeds": seeds, "mode": modes[0] if len(set(modes)) == 1 else modes}
        frames = list(ps.frames_per_segment)
        note = ""
        if frames and all(f == frames[0] for f in frames):
            path["frames"] = int(frames[0])
        else:
            note = ("The path's frame counts differ between segments; they were not recorded "
                    "(the lesson uses its default).")
        return path, note

    def default_record_path(self) -> Path:
        from latentlab.core.lessons import bundled_lessons
        from latentlab.core.paths import user_data_dir

        if self.record_path is not None:
            return self.record_path
        if self.lesson is not None and self.lesson.path is not None:
            bundled = {p.resolve() for p in bundled_lessons()}
            if Path(self.lesson.path).resolve() not in bundled:
                return Path(self.lesson.path)
        return user_data_dir() / "lessons" / "my-lesson.toml"

    def record_step(self, caption: str, path: str | Path | None = None, title: str | None = None) -> Path | None:
        """Append the current state as a step to ``path`` (default :meth:`default_record_path`)."""
        target = Path(path) if path else self.default_record_path()
        caption = caption.strip()
        if not caption:
            self.messages.warning("Write a caption first: it is the text the class reads in this step")
            return None
        try:
            state = self.capture_state(caption, title.strip() if title else None)
            out = append_step(target, state)
        except LessonError as exc:
            self.messages.error(f"Could not record the step:\n{exc}", title="Record step")
            return None
        except Exception as exc:  # unwritable folder, …
            self.messages.error(f"Could not write {target}: {exc}", title="Record step")
            return None
        self.record_path = out
        try:
            n = len(load_lesson(out).steps)
        except LessonError:
            n = 0
        self.messages.info(f"Recorded step {n} in {out}" if n else f"Recorded a step in {out}")
        return out

    def show_record_dialog(self) -> "RecordStepDialog":
        if self._record_dialog is None:
            self._record_dialog = RecordStepDialog(self, self.window)
        d = self._record_dialog
        d.path.setText(str(self.default_record_path()))
        d.show()
        d.raise_()
        d.activateWindow()
        return d

    def shutdown(self) -> None:
        self._token += 1
        self._sweep.stop()
        if self._record_dialog is not None:
            self._record_dialog.close()


class RecordStepDialog(QDialog):
    """Non-modal: a caption (and optional title) for the current view, appended to a lesson file."""

    def __init__(self, player: LessonPlayer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.player = player
        self.setWindowTitle("Record lesson step")
        self.setModal(False)
        self.title = QLineEdit()
        self.title.setPlaceholderText("short heading (optional)")
        self.caption = QPlainTextEdit()
        self.caption.setPlaceholderText("What the class reads in this step")
        self.caption.setTabChangesFocus(True)
        self.path = QLineEdit()
        self.path.setToolTip("The lesson file the step is added to (created if it does not exist)")
        browse = QPushButton("Browse…")
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.status = QLabel("The model, point, class, basis, view and panels as they are now become the step.")
        self.status.setWordWrap(True)
        self.add_button = QPushButton("Add step")
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(self.record)
        close = QPushButton("Close")
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(close)
        form = QFormLayout()
        form.addRow("Title", self.title)
        form.addRow("Caption", self.caption)
        form.addRow("Lesson file", row)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.status)
        lay.addLayout(buttons)
        self.resize(560, 320)
        self._file_dialog: QFileDialog | None = None

    def _browse(self) -> None:
        d = QFileDialog(self, "Lesson file", self.path.text())
        d.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        d.setNameFilter("Lessons (*.toml)")
        d.setDefaultSuffix("toml")
        d.fileSelected.connect(self.path.setText)
        self._file_dialog = d
        d.open()  # window-modal and asynchronous: nothing blocks

    def record(self) -> Path | None:
        out = self.player.record_step(self.caption.toPlainText(), self.path.text().strip() or None,
                                      self.title.text())
        if out is not None:
            note = self.player.record_note
            self.status.setText(f"Added to {out}. Change the view and add the next step."
                                + (f"\n{note}" if note else ""))
            self.caption.clear()
            self.title.clear()
        else:
            last = self.player.messages.last
            self.status.setText(last.text if last is not None else "Could not record the step")
        return out


# ---------------------------------------------------------------------------------------------
# helpers


class _Step:
    """Just enough of a LessonStep for :func:`missing_models` to check one name."""

    def __init__(self, name: str) -> None:
        self.models = [name]


def _installed_as(name: str, path: str) -> bool:
    """True when the model name ``name`` finds the file ``path`` (so a lesson can use the name)."""
    from latentlab.core.zoo import find_model

    try:
        return Path(find_model(name)).resolve() == Path(path).resolve()
    except Exception:  # not installed under that name: record the file instead
        return False


def _class_index(label: Any, names: list[str]) -> int | None:
    from latentlab.core.labels import LabelError, class_index

    try:
        return class_index(label, names)
    except LabelError:  # the caller says the model has no such class
        return None


def _dataset_classes(dataset: str | None) -> list[str]:
    if not dataset:
        return []
    key = str(dataset).strip().lower().replace("_", "-")
    if key == "mnist":
        return [str(i) for i in range(10)]
    if key in ("fashion-mnist", "fashionmnist"):
        return ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag",
                "Ankle boot"]
    return []


def _dock_of(widget: QWidget | None) -> QDockWidget | None:
    w = widget
    while w is not None:
        if isinstance(w, QDockWidget):
            return w
        w = w.parentWidget()
    return None


def _find_named(root: QWidget | None, name: str) -> QWidget | None:
    """A child widget named like ``name`` ("norm-plot" → normPlot, norm_plot, norm-plot, …)."""
    if root is None:
        return None
    parts = name.replace("_", "-").split("-")
    variants = {name, "-".join(parts), "_".join(parts), parts[0] + "".join(p.title() for p in parts[1:]),
                "".join(parts)}
    for child in root.findChildren(QWidget):
        if child.objectName() in variants and child.isVisible():
            return child
    return None


def _call(obj: Any, method: str, *args: Any) -> Any:
    """Call ``obj.method(*args)`` when it exists (views added by others may lack some)."""
    fn = getattr(obj, method, None) if obj is not None else None
    if not callable(fn):
        return None
    try:
        return fn(*args)
    except TypeError:
        return None
