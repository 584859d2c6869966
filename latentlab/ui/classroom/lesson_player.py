"""Plays a lesson (``latentlab.core.lessons``) in the explorer window, one step at a time.

Each step sets part of the app's state; keys a step leaves out keep the value an earlier step
gave them, so the player applies the *cumulative* state of steps 1..N (:meth:`effective`).
Everything slow (opening a model, fitting directions) goes through the window's controller and
worker as usual; the player continues when the answer arrives, and an answer that belongs to a
step the class has already left is ignored.

A step that names a model that is not installed says which one in the lesson bar and the lesson
goes on; a step that needs a view this window lacks (compare view, latent map, path editor)
shows its caption with a note. A step that highlights a control the open model lacks (the
truncation ψ of a VAE, the class selector of an unconditional model) frames nothing and says in
the lesson bar which control is missing and why; the step's other keys still apply. In a compare
step the compare view answers the same question for the loaded pair (the class selector of two
unconditional models), once the pair has loaded. A step's ``run`` (``"anomaly.run"``) starts that
action when the class moves forward onto the step, after its model is open; going back to the
step keeps what the class saw and starts nothing. "Record step" writes the current state as a new step
(:mod:`latentlab.ui.classroom.lesson_record`).

The player addresses the window only through the host's ids (``explorer.go_to``,
``compare.apply``, ``latent.path.set``, panels such as ``explorer.seed``…), never by a widget's
name or visible text, so translated menus and titles change nothing here.

It is over 600 lines because a step's parts (model, point, basis, path, panels, highlight,
training) wait on one another's asynchronous answers under one step token; the pure lookups
live in :mod:`latentlab.ui.classroom.lesson_steps`.
"""

from __future__ import annotations

import math
import time
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFileDialog

from latentlab.core.lessons import (
    Lesson,
    LessonError,
    class_direction,
    direction_basis,
    lesson_language,
    load_lesson,
    missing_models,
    resolve_model,
)
from latentlab.ui.classroom.lesson_record import RecordingMixin
from latentlab.ui.classroom.lesson_steps import (
    COMPARE,
    EXPLORER,
    MAP,
    PATH,
    TRAINING,
    _class_index,
    _dataset_classes,
    effective_state,
    lacking_compare_note,
    lacking_control,
    lacking_control_note,
)

#: sweep of ``animate = true`` along a direction: amplitude (σ) and period (s)
SWEEP_AMPLITUDE = 2.5
SWEEP_PERIOD = 4.0
#: what each view is called in the note of a step whose view this window lacks
VIEW_NAMES = {COMPARE: QT_TRANSLATE_NOOP("LessonPlayer", "the compare view"),
              MAP: QT_TRANSLATE_NOOP("LessonPlayer", "the latent map"),
              PATH: QT_TRANSLATE_NOOP("LessonPlayer", "the path editor"),
              TRAINING: QT_TRANSLATE_NOOP("LessonPlayer", "live training")}
#: what each action a step's ``run`` starts is called in the lesson bar's note when it cannot start
RUN_NAMES = {"anomaly.run": QT_TRANSLATE_NOOP("LessonPlayer", "the scoring")}


class LessonPlayer(RecordingMixin, QObject):
    """Loads lessons, moves between steps and applies them to the window."""

    lessonChanged = Signal(object)  # Lesson | None
    stepChanged = Signal(int)
    #: the current step is fully applied (model open, point set); for tests and recordings
    stepApplied = Signal(int)
    # a step's ``run`` started its action (the action id); for tests and recordings
    actionRun = Signal(str)

    def __init__(self, classroom: Any) -> None:
        super().__init__(classroom)
        self.classroom = classroom
        self.window = classroom.window
        self.lesson: Lesson | None = None
        self.index = 0
        self.missing: dict[int, list[str]] = {}
        self.notes: list[str] = []
        #: the lesson bar's note on a highlighted control the open model lacks ("" when none)
        self.control_note = ""
        #: start (or switch) live-training runs when a step asks for them
        self.autostart_training = True
        #: where "Record step" appends (None: asks, defaulting to a file in the user's folder)
        self.record_path: Path | None = None
        self._token = 0
        self._eff: dict[str, Any] = {}
        self._pending_direction: tuple[int, Any, bool] | None = None
        #: the token of the step waiting for its model to open (its highlight waits for the model)
        self._opening_for: int | None = None
        self._training_key: tuple | None = None
        self._paused_training = False
        # the step shown last (None: none yet in this lesson); moving forward from it starts a step's ``run``
        self._shown: int | None = None
        # (step token, action id) of a ``run`` waiting for the step's model to open
        self._pending_run: tuple[int, str] | None = None
        self._sweep_index = -1
        self._sweep_t0 = 0.0
        self._sweep = QTimer(self)
        self._sweep.setInterval(40)
        self._sweep.timeout.connect(self._sweep_tick)
        self._record_dialog: Any = None
        #: what the last recorded step could not include (e.g. a path of encoded images); "" if nothing
        self.record_note = ""
        self.window.state.basisChanged.connect(self._on_basis)
        self.window.state.modelChanged.connect(self._on_model)
        classroom.lesson_bar.languageChanged.connect(self._on_language_change)

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
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open a lesson"), start,
                                              self.tr("Lessons (*.toml);;All files (*)"))
        if path:
            self.open(path)

    def load(self, path: str | Path) -> Lesson | None:
        """Read a lesson; on a problem, say what and where (file:line) and return None."""
        try:
            lesson = load_lesson(path, lang=self.language())
        except LessonError as exc:
            problems = exc.problems
            head = self.tr("{name} cannot be used as a lesson").format(name=Path(str(path)).name)
            lines = [str(p) for p in problems[:8]]
            if len(problems) > 8:
                lines.append(self.tr("… and %n more", "", len(problems) - 8))
            self.messages.error(head + ":\n" + "\n".join(lines), title=self.tr("Lesson has problems"))
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
        self.window.trigger("explorer.list_models", then=lambda: self._begin(lesson, at))
        return True

    @staticmethod
    def language() -> str:
        """The lesson language of the UI's language (``QLocale()``, which the language menu sets)."""
        return lesson_language(QLocale().bcp47Name())

    def _on_language_change(self) -> None:
        """The UI language changed: the open lesson's text follows, on the same step."""
        if self.control_note and self._opening_for is None:
            self._apply_highlight(self._eff.get("highlight"))  # the note is the UI's words: it follows too
        lesson = self.lesson
        if lesson is None or lesson.path is None or lesson.language == self.language():
            return
        try:
            other = load_lesson(lesson.path, lang=self.language())
        except LessonError:  # the file changed on disk since: keep the text already shown
            return
        if len(other.steps) != len(lesson.steps):
            return
        # Only the words change, in place: a step being opened still belongs to this lesson.
        lesson.title, lesson.description, lesson.language = other.title, other.description, other.language
        for mine, theirs in zip(lesson.steps, other.steps):
            mine.caption, mine.title = theirs.caption, theirs.title
        self.classroom.lesson_bar.set_lesson(lesson.title)
        if self._eff:  # a step is shown: its text now
            self._eff = {**self._eff, "caption": lesson.steps[self.index].caption,
                         "title": lesson.steps[self.index].title}
            self._show_bar()

    def set_lesson(self, lesson: Lesson) -> None:
        self.close(keep_bar=True)
        self.lesson = lesson
        self.index = 0
        self._shown = None
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
            self.messages.warning(self.tr("Lesson '{title}' uses models that are not installed: {listed}. Those "
                                          "steps show their text only; the rest of the lesson works.")
                                          .format(title=lesson.title, listed=listed))
        self.goto(at)

    def close(self, keep_bar: bool = False) -> None:
        """Leave the lesson (the window keeps its current state)."""
        self._token += 1
        self._stop_sweep()
        self._pending_direction = None
        self._opening_for = None
        self._pending_run = None
        self.classroom.highlighter.point_at(None)
        self._set_control_note("")
        if self.lesson is None:
            return
        coverage = self._optional_panel("training.coverage")
        if coverage is not None:
            coverage.setVisible(True)
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
        # A step's ``run`` starts when the class moves forward onto it (or the lesson opens at it),
        # never when it comes back to it: the results it already saw stay.
        forward = self._shown is None or self.index > self._shown
        self._shown = self.index
        self.apply(self.index, run=forward)
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
    def apply(self, index: int, run: bool = False) -> None:
        """Apply step ``index``; ``run``: also start the step's ``run`` action, if it has one."""
        self._token += 1
        token = self._token
        self._stop_sweep()
        self._pending_direction = None
        self._opening_for = None
        eff = self.effective(index)
        self._pending_run = (token, eff["run"]) if run and eff.get("run") else None
        self._eff = eff
        self.notes = []
        view = eff.get("view") or EXPLORER
        model = eff.get("model")
        own_missing = self.missing.get(index, [])
        missing_now = [m for m in ([model] if model else eff.get("compare", [])) if self._is_missing(m)]
        if own_missing or (model and missing_now):
            names = ", ".join(repr(m) for m in (own_missing or missing_now))
            self.notes.append(self.tr("This step needs the model {names}, which is not installed here.").format(
                names=names))

        view = self._show_view(view)
        if view == TRAINING:
            self._apply_training(eff)
        else:
            self._pause_lesson_training()
        self._apply_panels(eff)

        if view == COMPARE:
            self._apply_compare(eff)
        elif model and not missing_now:
            target = resolve_model(self.lesson, model)
            if self._is_current(model, target):
                self._apply_point(token)
            else:
                self._opening_for = token  # the highlight waits for this model (see _model_opened)
                self.window.trigger("explorer.open_model", model=target,
                                    then=lambda _s, t=token: self._model_opened(t),
                                    finished=lambda t=token: self._open_finished(t))
        elif not model and self.state.model is not None and view != TRAINING:
            self._apply_point(token)
        else:
            self.stepApplied.emit(index)
        self._show_bar()
        self._apply_highlight(eff.get("highlight"))
        if self._opening_for != token:  # otherwise it starts once the step's model is open
            self._start_run(token)
        bar = self.classroom.lesson_bar
        if self.classroom.presentation.active:
            bar.setFocus(Qt.FocusReason.OtherFocusReason)

    def _start_run(self, token: int) -> None:
        """Start the step's ``run`` action (once), now that its model and panels are in place."""
        pending = self._pending_run
        if pending is None or pending[0] != token or token != self._token:
            return
        self._pending_run = None
        ident = pending[1]
        name = self.tr(RUN_NAMES.get(ident, ident))
        if not self.window.has(ident):
            self._note(self.tr("This step starts {0}, which this window does not have.").format(name))
            return
        if self.window.trigger(ident) is False:  # the panel says why (no model, a folder to choose…)
            self._note(self.tr("This step could not start {0} by itself: see the message, then press its button."
                               ).format(name))
            return
        self.actionRun.emit(ident)

    def _model_opened(self, token: int) -> None:
        """The step's model is open: frame the step's control (or say this model lacks it), then
        set the point."""
        if token == self._token and self._opening_for == token:
            self._opening_for = None
            self._apply_highlight(self._eff.get("highlight"))
        self._apply_point(token)
        self._start_run(token)

    def _on_model(self, _model: Any) -> None:
        """Another model was opened while a step is shown (by the teacher, say): its controls decide
        again whether the step's highlight can be shown."""
        if self.lesson is not None and self._eff and self._opening_for is None:
            self._apply_highlight(self._eff.get("highlight"))

    def _open_finished(self, token: int) -> None:
        if token == self._token and self._opening_for == token:  # it failed: the open model stays
            self._opening_for = None
            self._pending_run = None  # it would run on a model the step did not ask for
            self._apply_highlight(self._eff.get("highlight"))
        if token == self._token and (self.state.model is None or not self._is_current(
                self._eff.get("model"), resolve_model(self.lesson, self._eff.get("model") or ""))):
            self.notes.append(self.tr("Could not open {x0!r} (see the message).").format(x0=self._eff.get('model')))
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
                self._note(self.tr("{name} has no class {label!r}.").format(name=m.name, label=label))
            else:
                st.set_label(idx)
        if "truncation" in eff:
            st.set_truncation(float(eff["truncation"]))
        z = eff.get("z")
        if z is not None:
            if len(z) == m.latent_dim:
                st.set_z(np.asarray(z, np.float32))
            else:
                self._note(self.tr("The step's point has {n} numbers; {name} uses {latent_dim}.").format(
                    n=len(z), name=m.name, latent_dim=m.latent_dim))
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
                self._note(self.tr("The {wanted} directions could not be fitted for this model.").format(wanted=wanted))
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
        ids = basis.extra.get("ids") or basis.names  # stable ids: the names on screen are translated
        return list(ids).index(direction) if direction in ids else None

    def _apply_direction(self, direction: Any, animate: bool) -> None:
        index = self._direction_index(direction)
        if direction is not None and index is None:
            self._note(self.tr("Direction {direction!r} is not among this model's sliders.").format(
                direction=direction))
        if animate and index is not None:
            self._start_sweep(index)
        elif animate and self._eff.get("path") and self._eff.get("view") == PATH:
            self.window.trigger("latent.path.play", on=True)
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
    # --- features this window may lack ---------------------------------------------------------------
    def _optional_panel(self, ident: str, create: bool = False) -> Any:
        """Panel ``ident``, or None when it is not built yet (or its feature is not installed here)."""
        return self.window.panel(ident, create=create) if self.window.has(ident) else None

    def _if_installed(self, ident: str, /, **kwargs: Any) -> Any:
        """Run command ``ident`` when its feature is installed in this window (else None)."""
        return self.window.trigger(ident, **kwargs) if self.window.has(ident) else None

    def _show_view(self, view: str) -> str:
        """Show the step's view; returns the view shown (the explorer's when this window lacks it)."""
        host = self.window
        if view != EXPLORER and not host.has(view):
            self._note(self.tr("This step needs {0}, which this window does not have yet: read the text, and "
                               "the lesson goes on.").format(self.tr(VIEW_NAMES[view])))
            view = EXPLORER
        presenting = self.classroom.presentation.active
        # In presentation mode a step shows exactly its view; in a window, other views and panels
        # the teacher opened stay (only the compare view, a window of its own, steps aside).
        training = self._if_installed("training.dock")
        if view == TRAINING:
            self.classroom.show_training(True)
        elif presenting and training is not None and training.isVisible():
            self.classroom.show_training(False)
        if view != COMPARE and (self.classroom.compare_is_current() or (
                self.classroom.stage_dock is not None and self.classroom.stage_dock.isVisible())):
            self.classroom.show_compare(False)
        for other in (MAP, PATH):
            if other != view and presenting and host.has(other) and host.dock(other).isVisible():
                host.dock(other).hide()
        if view == COMPARE:
            self.classroom.show_compare(True)
        elif view in (MAP, PATH):
            dock = host.dock(view)
            dock.show()
            dock.raise_()
        self.classroom._layout_for_view()
        return view

    def _apply_compare(self, eff: dict[str, Any]) -> None:
        path = eff.get("path")
        self.window.trigger("compare.apply", models=[resolve_model(self.lesson, m) for m in eff.get("compare", [])],
                            seed=eff.get("seed"), label=eff.get("label"), path=path, grid=bool(eff.get("grid")),
                            panels=eff.get("panels") if "panels" in eff else None,
                            play=bool(eff.get("animate", False)))
        self.stepApplied.emit(self.index)

    def _apply_path(self, eff: dict[str, Any], token: int) -> None:
        """A step's ``path`` becomes the path editor's keyframes (the seeds' prior draws)."""
        host = self.window
        path = eff.get("path")
        playing = bool(eff.get("animate")) and bool(path) and eff.get("view") == PATH
        if not host.has("latent.path.set"):
            return
        if not playing:
            host.trigger("latent.path.play", on=False)
        if not path or self.state.model is None:
            return
        problem = host.trigger("latent.path.set", seeds=list(path["seeds"]), mode=path.get("mode", "slerp"),
                               frames=path.get("frames", 16))
        if problem:
            self._note(self.tr("Could not build the path: {0}").format(problem))
        elif playing:
            host.trigger("latent.path.play", on=True)

    def _apply_map(self, eff: dict[str, Any]) -> None:
        """``highlight = "latent.map.manifold"`` in the map view shows the decoded images instead of the points."""
        if eff.get("view") == MAP and self.window.has("latent.map.decoded"):
            self.window.trigger("latent.map.decoded", on=eff.get("highlight") == "latent.map.manifold")

    def _apply_panels(self, eff: dict[str, Any]) -> None:
        """Show the step's panels; in presentation mode, hide the other panels."""
        host = self.window
        names = list(eff.get("panels") or [])
        if "grid" in eff:
            names = [n for n in names if n != "explorer.grid"] + (["explorer.grid"] if eff["grid"] else [])
        presenting = self.classroom.presentation.active
        if eff.get("view") == TRAINING:
            # The training panel's own coverage chart is shown unless the step lists panels without it.
            coverage = self._optional_panel("training.coverage")
            if coverage is not None:
                coverage.setVisible("panels" not in eff or "training.coverage" in names)
            names = []
        elif eff.get("view") == COMPARE:
            names = []  # the compare view shows its own panels (see _apply_compare)
        for n in names:  # a panel built on first use (the anomaly panel) is built now, so it can be shown
            if n not in host.dock_ids() and n in host.panel_ids():
                host.panel(n, create=True)
        wanted = {host.dock(n) for n in names if n in host.dock_ids()}
        if presenting:
            keep = set(self.classroom.view_docks()) | {self.classroom.lesson_dock}
            for ident in host.dock_ids():
                d = host.dock(ident)
                if d.isVisible() and d not in wanted and d not in keep and ident != "training.panel":
                    d.hide()
        elif "grid" in eff and not eff["grid"]:
            host.dock("explorer.grid").hide()
        for d in wanted:
            if not d.isVisible():
                d.show()
            d.raise_()  # a tabbed dock (the grid shares its place with the path editor)
        self.classroom._layout_for_view()
        if presenting and wanted:
            view = eff.get("view")
            main = host.dock(view) if view in (MAP, PATH) else None
            self.classroom.size_panels(wanted, main)

    def _apply_highlight(self, ident: str | None) -> None:
        host = self.window
        if self._eff.get("view") == COMPARE and (ident or "").startswith("compare."):
            self.classroom.highlighter.point_at(None)
            self._set_control_note("")
            # The compare view frames its own widgets, and says (now, or once the pair has loaded)
            # when the compared models lack the control: the note the explorer's controls get.
            token = self._token
            host.trigger("compare.highlight", ident=ident,
                         on_lacking=lambda what, t=token: self._compare_lacking(t, what))
            return
        self._if_installed("compare.highlight", ident=None)
        widget = self._optional_panel(ident, create=True) if ident and not ident.startswith("compare.") else None
        note = ""
        if self._opening_for is not None:
            widget = None  # the step's model is still opening: the old model's controls would mislead
        elif ident:
            note = self._lacking_note(ident, widget)
            if note:
                widget = None  # a hidden or disabled control: a frame there would point at nothing
        self._set_control_note(note)
        self.classroom.highlighter.point_at(widget)

    def _compare_lacking(self, token: int, lacking: str) -> None:
        """The compare view's answer for the step's highlight (``"class"``, or "" when it is there)."""
        if token == self._token and self.lesson is not None and self._eff.get("view") == COMPARE:
            self._set_control_note(lacking_compare_note(lacking))

    def _lacking_note(self, ident: str, widget: Any) -> str:
        """Why the open model has no control ``ident`` ("" when it has it)."""
        m = self.state.model
        lacking = lacking_control(ident, m)
        if lacking:
            return lacking_control_note(lacking, m)
        if m is None or widget is None or not ident.startswith("explorer.") or ident in self.window.dock_ids():
            return ""
        # Any other explorer control this model hides or disables (a dock's own visibility is the
        # step's panels' business, not the model's).
        parent = widget.parentWidget()
        if not widget.isEnabled() or (parent is not None and not widget.isVisibleTo(parent)):
            return lacking_control_note("", m)
        return ""

    def _set_control_note(self, text: str) -> None:
        if text != self.control_note or self.classroom.lesson_bar.control_note.isHidden() == bool(text):
            self.control_note = text
            self.classroom.lesson_bar.set_control_note(text)

    # --- live training ------------------------------------------------------------------------------
    def _apply_training(self, eff: dict[str, Any]) -> None:
        tr = dict(eff.get("training") or {})
        panel = self.window.panel("training.panel")
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
        panel = self._optional_panel("training.panel")
        if panel is not None and panel.running and self._training_key is not None and not panel.worker.paused:
            panel.pause()  # the CPU is for the next view now; going back resumes it
            self._paused_training = True

    def shutdown(self) -> None:
        self._token += 1
        self._sweep.stop()
        if self._record_dialog is not None:
            self._record_dialog.close()


class _Step:
    """Just enough of a LessonStep for :func:`missing_models` to check one name."""

    def __init__(self, name: str) -> None:
        self.models = [name]
