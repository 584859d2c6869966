"""Recording lesson steps: the window's current state as step keys, appended to a lesson file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
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

from latentlab.core.lessons import LessonError, append_step, load_lesson
from latentlab.ui.classroom.lesson_steps import (
    COMPARE,
    EXPLORER,
    TRAINING,
    _installed_as,
)

#: docks whose visibility a recorded step's ``panels`` keeps
RECORDED_PANELS = ("explorer.sliders", "explorer.grid", "explorer.bookmarks", "explorer.card", "latent.map",
                   "latent.path")


class RecordingMixin:
    """The lesson player's "Record step": :meth:`capture_state`, :meth:`record_step` and its dialog."""

    window: Any
    classroom: Any
    lesson: Any
    state: Any
    messages: Any
    record_path: Path | None
    record_note: str
    _record_dialog: Any

    def current_view(self) -> str:
        """The view id a recorded step names (the latent map and the path editor are panels here)."""
        dock = self.classroom.training_dock()
        if dock is not None and dock.isVisible():
            return TRAINING
        if self.classroom.compare_is_current():
            return COMPARE
        return EXPLORER

    def capture_state(self, caption: str, title: str | None = None) -> dict[str, Any]:
        """The current window state as lesson step keys (what :func:`append_step` takes)."""
        st = self.state
        m = st.model
        view = self.current_view()
        out: dict[str, Any] = {"title": title or None, "caption": caption}
        self.record_note = ""
        host = self.window
        if view == COMPARE:
            out.update(host.trigger("compare.describe"), view=COMPARE)
            return out
        panel = host.panel("training.panel", create=False)
        if view == TRAINING and panel is not None:
            s = panel.settings()
            tr = {k: s[k] for k in ("preset", "kind", "dataset") if s.get(k)}
            if tr.get("preset") not in (None, "stable", "mode-collapse"):
                tr.pop("preset")
            out.update(view=TRAINING, training=tr or None)
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
                    ids = st.basis.extra.get("ids") or st.basis.names  # the id, not the translated name
                    out["direction"] = ids[self._sweep_index]
                else:
                    out["direction"] = self._sweep_index
                out["animate"] = True
        if m is not None:
            path, note = host.trigger("latent.path.describe")
            out["path"] = path
            self.record_note = note
        panels = [i for i in RECORDED_PANELS if host.dock(i).isVisible()]
        out["panels"] = panels or None
        out["grid"] = "explorer.grid" in panels
        return out

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
            self.messages.warning(self.tr("Write a caption first: it is the text the class reads in this step"))
            return None
        try:
            state = self.capture_state(caption, title.strip() if title else None)
            out = append_step(target, state)
        except LessonError as exc:
            self.messages.error(self.tr("Could not record the step:\n{exc}").format(exc=exc),
                                title=self.tr("Record step"))
            return None
        except Exception as exc:  # unwritable folder, …
            self.messages.error(self.tr("Could not write {target}: {exc}").format(target=target, exc=exc),
                                title=self.tr("Record step"))
            return None
        self.record_path = out
        try:
            n = len(load_lesson(out).steps)
        except LessonError:
            n = 0
        self.messages.info(self.tr("Recorded step {n} in {out}").format(n=n, out=out) if n
                           else self.tr("Recorded a step in {out}").format(out=out))
        return out

    def show_record_dialog(self) -> RecordStepDialog:
        if self._record_dialog is None:
            self._record_dialog = RecordStepDialog(self, self.window)
        d = self._record_dialog
        d.path.setText(str(self.default_record_path()))
        d.show()
        d.raise_()
        d.activateWindow()
        return d



class RecordStepDialog(QDialog):
    """Non-modal: a caption (and optional title) for the current view, appended to a lesson file."""

    def __init__(self, player: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.player = player
        self.setWindowTitle(self.tr("Record lesson step"))
        self.setModal(False)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("short heading (optional)"))
        self.caption = QPlainTextEdit()
        self.caption.setPlaceholderText(self.tr("What the class reads in this step"))
        self.caption.setTabChangesFocus(True)
        self.path = QLineEdit()
        self.path.setToolTip(self.tr("The lesson file the step is added to (created if it does not exist)"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.status = QLabel(self.tr("The model, point, class, basis, view and panels as they are now become the step."))
        self.status.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add step"))
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(self.record)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(close)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Caption"), self.caption)
        form.addRow(self.tr("Lesson file"), row)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.status)
        lay.addLayout(buttons)
        self.resize(560, 320)
        self._file_dialog: QFileDialog | None = None

    def _browse(self) -> None:
        d = QFileDialog(self, self.tr("Lesson file"), self.path.text())
        d.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        d.setNameFilter(self.tr("Lessons (*.toml)"))
        d.setDefaultSuffix("toml")
        d.fileSelected.connect(self.path.setText)
        self._file_dialog = d
        d.open()  # window-modal and asynchronous: nothing blocks

    def record(self) -> Path | None:
        out = self.player.record_step(self.caption.toPlainText(), self.path.text().strip() or None,
                                      self.title.text())
        if out is not None:
            note = self.player.record_note
            self.status.setText(self.tr("Added to {file}. Change the view and add the next step.").format(file=out)
                                + (f"\n{note}" if note else ""))
            self.caption.clear()
            self.title.clear()
        else:
            last = self.player.messages.last
            self.status.setText(last.text if last is not None else self.tr("Could not record the step"))
        return out
