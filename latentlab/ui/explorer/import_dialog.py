"""File ▸ Open for someone else's state dict: what was matched, 16 samples, then OK or Cancel.

The file is read and matched in a background :class:`~latentlab.ui.common.background.Job`
(``core.import_plan.inspect_import``: ``torch.load(weights_only=True)`` only), which also draws
the preview grid. The dialog shows the matched architecture and the shapes read off the
tensors for the person to confirm, and lets them name the architecture, the dataset and the
class names (each change matches again). OK writes the converted ``.safetensors`` into the user
models folder (atomically, never over another file) and announces it through :attr:`imported`;
Cancel writes nothing, so the window keeps its model. A file that cannot be imported shows one
line (which architectures were tried and what differed) with the rest behind "Details…".
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from latentlab.ui.common.background import Job
from latentlab.ui.common.qt_helpers import frame_to_qimage
from latentlab.ui.common.widgets import note_label

#: the preview grid is drawn at about this many pixels a side
PREVIEW_PIXELS = 288


class ImportDialog(QDialog):
    """Import one state-dict file; :attr:`imported` carries the written ``.safetensors`` path.

    Attributes
    ----------
    plan : latentlab.core.import_plan.ImportPlan or None
        The current match (None while reading or after a failure).
    error : BaseException or None
        Why the last attempt failed.
    """

    imported = Signal(str)  # the written .safetensors file
    #: a match (or a failure) has been shown; tests and lessons wait for it
    inspected = Signal()

    def __init__(self, path: str | Path, models_dir: str | Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from latentlab.core import datasets, families

        self.path = Path(path)
        self.models_dir = Path(models_dir)
        self.plan: Any = None
        self.error: BaseException | None = None
        self._again = False
        self._writing = False
        self._written: Path | None = None
        self.setWindowTitle(self.tr("Import {0}").format(self.path.name))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.job = Job("import", self)
        self.job.finished.connect(self._on_result)
        self.job.failed.connect(self._on_failed)
        self.job.ended.connect(self._restart_if_asked)

        self.status = note_label(self.tr("Reading {0} (tensors only: no code in it is run)…")
                                 .format(self.path.name), "importStatus", shrink=False)
        self.arch = QComboBox()
        self.arch.addItem(self.tr("Automatic (try every known architecture)"), None)
        for family in families.catalogue():
            self.arch.addItem(family.title, family.name)
        self.arch.setToolTip(self.tr("The architecture the weights belong to; automatic matching reads it off "
                                     "the tensors' names and shapes"))
        self.dataset = QComboBox()
        self.dataset.addItem(self.tr("(not specified)"), None)
        for name in datasets.names():
            self.dataset.addItem(datasets.get(name).title, name)
        self.dataset.setToolTip(self.tr("What it was trained on (optional): recorded in the model card, and its "
                                        "class names are used when the count fits"))
        self.classes = QLineEdit()
        self.classes.setPlaceholderText(self.tr("optional, comma-separated: cat, dog, …"))
        self.classes.setToolTip(self.tr("Class names of a conditional model, in label order"))
        self.fields = {key: QLabel() for key in ("found", "latent", "image", "output", "classes", "params")}
        for label in self.fields.values():
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        form.addRow(self.tr("Architecture"), self.arch)
        form.addRow(self.tr("Found at"), self.fields["found"])
        form.addRow(self.tr("Latent"), self.fields["latent"])
        form.addRow(self.tr("Image"), self.fields["image"])
        form.addRow(self.tr("Output"), self.fields["output"])
        form.addRow(self.tr("Classes"), self.fields["classes"])
        form.addRow(self.tr("Class names"), self.classes)
        form.addRow(self.tr("Dataset"), self.dataset)
        form.addRow(self.tr("Parameters"), self.fields["params"])
        self.notes = note_label("", "importNotes", shrink=False)
        self.preview = QLabel()
        self.preview.setObjectName("importPreview")
        self.preview.setFixedSize(PREVIEW_PIXELS, PREVIEW_PIXELS)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setToolTip(self.tr("Seeds 0 to 15 drawn by the imported model"))
        self.preview_frames: np.ndarray | None = None
        self.details_button = QPushButton(self.tr("Details…"))
        self.details_button.clicked.connect(self.show_details)
        self.details_button.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Import and open"))
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self.write)
        self.buttons.rejected.connect(self.reject)
        self.buttons.addButton(self.details_button, QDialogButtonBox.ButtonRole.HelpRole)

        top = QHBoxLayout()
        top.addLayout(form, 1)
        top.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(top)
        layout.addWidget(self.notes)
        layout.addWidget(self.buttons)

        self.arch.currentIndexChanged.connect(lambda _i: self.inspect())
        self.dataset.currentIndexChanged.connect(lambda _i: self.inspect())
        self.classes.editingFinished.connect(self.inspect)
        self.inspect()

    # --- matching (background) -------------------------------------------------------------------
    def options(self) -> dict[str, Any]:
        """What the person chose: ``arch``, ``dataset`` and ``classes`` (names) for the core import."""
        names = [c.strip() for c in self.classes.text().split(",") if c.strip()]
        return {"arch": self.arch.currentData(), "dataset": self.dataset.currentData(), "classes": names or None}

    def inspect(self) -> None:
        """Match the file again with the current choices; the result replaces what is shown."""
        from latentlab.core.import_plan import inspect_import

        options, path = self.options(), self.path
        self.ok_button.setEnabled(False)
        if not self.job.start(lambda _progress, _stop: inspect_import(path, **options)):
            self._again = True  # the running match is out of date: match again when it ends
            return
        self.status.setText(self.tr("Reading {0} (tensors only: no code in it is run)…").format(path.name))

    def _restart_if_asked(self) -> None:
        if self._again and self._written is None:
            self._again = False
            self.inspect()

    def _on_result(self, out: Any) -> None:
        if isinstance(out, Path):  # the write finished
            self._written = out
            self.imported.emit(str(out))
            self.accept()
            return
        if self._again:
            return  # choices changed meanwhile: the next match follows
        self.plan, self.error = out, None
        s = out.shapes()
        latent = self.tr("{0} numbers").format(s["latent_dim"])
        if len(s["latent_shape"]) > 1:
            latent += self.tr(" (the original takes (N, {0}))").format(", ".join(map(str, s["latent_shape"])))
        h, w = s["image_size"]
        colour = self.tr("grey") if s["channels"] == 1 else self.tr("colour")
        self.fields["found"].setText(self.tr("{0} in {1}").format(s["found_at"], self.path.name))
        self.fields["latent"].setText(latent)
        self.fields["image"].setText(self.tr("{0} channel(s), {1}×{2} ({3})").format(s["channels"], h, w, colour))
        self.fields["output"].setText(self.tr("tanh, [-1, 1]") if s["output"] == "tanh" else
                                      self.tr("sigmoid, [0, 1]"))
        self.fields["classes"].setText(self.tr("{0}: {1}").format(s["num_classes"], ", ".join(s["class_names"]))
                                       if s["num_classes"] else self.tr("none (unconditional)"))
        self.fields["params"].setText(f"{s['parameters']:,}")
        self.notes.setText("\n".join(out.imported.notes + out.imported.warnings))
        self.status.setText(self.tr("Matched {0}. Check the shapes and the samples, then import.")
                            .format(s["title"]))
        self.details_button.hide()
        self._show_preview(out.preview)
        self.ok_button.setEnabled(True)
        self.inspected.emit()

    def _show_preview(self, frames: np.ndarray) -> None:
        from latentlab.core.drawing import make_grid

        self.preview_frames = frames
        sheet = make_grid(frames, ncols=4, padding=2, pad_value=40)
        image = frame_to_qimage(sheet, copy=True)
        self.preview.setPixmap(QPixmap.fromImage(image).scaled(
            PREVIEW_PIXELS, PREVIEW_PIXELS, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.FastTransformation))  # nearest neighbour: pixels stay pixels

    def _on_failed(self, exc: BaseException) -> None:
        from latentlab.ui.common.messages import error_text

        if self._again:
            return
        writing, self._writing = self._writing, False
        self.error = exc
        if not writing:
            self.plan, self.preview_frames = None, None
            self.preview.clear()
            for label in self.fields.values():
                label.clear()
            self.notes.setText(self.tr("If you know the architecture, choose it above; a generator of another "
                                       "kind opens as a TorchScript file with a JSON manifest (README ▸ Bring "
                                       "your own model)."))
        self.status.setText(error_text(exc))
        self.details_button.show()
        self.ok_button.setEnabled(writing)
        self.inspected.emit()

    def show_details(self) -> QMessageBox | None:
        """The full reason (each architecture tried on a line) and the traceback, in a box."""
        from latentlab.core.errors import error_details
        from latentlab.ui.common.messages import error_text

        if self.error is None:
            return None
        box = QMessageBox(QMessageBox.Icon.Warning, self.windowTitle(), error_text(self.error),
                          QMessageBox.StandardButton.Ok, self)
        head, sep, tried = str(self.error).partition("(tried: ")
        box.setDetailedText(head + (sep.strip() + "\n  " + tried.replace("; ", ";\n  ") if sep else "")
                            + "\n\n" + error_details(self.error))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        box.open()
        return box

    # --- OK / Cancel -----------------------------------------------------------------------------
    def write(self) -> None:
        """OK: write the converted model into the models folder (off the GUI thread), then open it."""
        from latentlab.core.import_plan import write_import

        plan, folder = self.plan, self.models_dir
        if plan is None or not self.job.start(lambda _progress, _stop: write_import(plan, folder)):
            return
        self._writing = True
        self.ok_button.setEnabled(False)
        self.status.setText(self.tr("Writing {0}…").format(folder / (Path(plan.imported.source_name).stem
                                                                    + ".safetensors")))

    def done(self, result: int) -> None:
        # Closing by any route (OK, Cancel, Esc, the window's ×) ends the job's thread first.
        self.job.stop()
        super().done(result)
