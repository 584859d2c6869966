"""The open model's card: what it is, what it was trained on, how, and how well it does.

Numbers follow the UI language's conventions (``QLocale()``: a decimal comma and a space between
thousands in Czech), so the card is rebuilt when the language changes (``retranslate_ui``).
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from latentlab.core.caption_text import caption
from latentlab.core.metric_table import METRICS
from latentlab.ui.common.family_text import family_description, kind_phrase
from latentlab.ui.common.i18n import class_name, current_language
from latentlab.ui.common.state import ExplorerState, ModelSummary
from latentlab.ui.explorer.model_browser import READABLE_CHARS, readable_width

CONTEXT = "ModelCard"
PROVENANCE_KEYS = (("epochs", QT_TRANSLATE_NOOP("ModelCard", "Epochs")),
                   ("seconds", QT_TRANSLATE_NOOP("ModelCard", "Training time")),
                   ("device", QT_TRANSLATE_NOOP("ModelCard", "Trained on")),
                   ("date", QT_TRANSLATE_NOOP("ModelCard", "Date")), ("saved", QT_TRANSLATE_NOOP("ModelCard", "Saved")),
                   ("package_version", "latentlab"), ("source", QT_TRANSLATE_NOOP("ModelCard", "Source")))

#: the other keys ``latentlab train`` and ``latentlab eval`` store under ``metrics``, in words
METRIC_KEYS = {
    "final_d_loss": QT_TRANSLATE_NOOP("ModelCard", "final discriminator loss"),
    "final_g_loss": QT_TRANSLATE_NOOP("ModelCard", "final generator loss"),
    "final_d_real": QT_TRANSLATE_NOOP("ModelCard", "final score of real images"),
    "final_d_fake": QT_TRANSLATE_NOOP("ModelCard", "final score of generated images"),
    "final_loss": QT_TRANSLATE_NOOP("ModelCard", "final loss"),
    "final_recon": QT_TRANSLATE_NOOP("ModelCard", "final reconstruction loss"),
    "final_kl": QT_TRANSLATE_NOOP("ModelCard", "final KL divergence"),
    "final_accuracy": QT_TRANSLATE_NOOP("ModelCard", "final accuracy"),
    "test_accuracy": QT_TRANSLATE_NOOP("ModelCard", "test accuracy"),
    "kid_std": QT_TRANSLATE_NOOP("ModelCard", "KID standard deviation"),
    "dataset": QT_TRANSLATE_NOOP("ModelCard", "dataset"), "kind": QT_TRANSLATE_NOOP("ModelCard", "kind"),
    "arch": QT_TRANSLATE_NOOP("ModelCard", "architecture"), "n": QT_TRANSLATE_NOOP("ModelCard", "samples"),
    "n_real": QT_TRANSLATE_NOOP("ModelCard", "real images"),
    "n_floor": QT_TRANSLATE_NOOP("ModelCard", "real images for the floor"),
    "seed": QT_TRANSLATE_NOOP("ModelCard", "seed"), "real_source": QT_TRANSLATE_NOOP("ModelCard", "real images from"),
    "feature_net_test_accuracy": QT_TRANSLATE_NOOP("ModelCard", "classifier's test accuracy"),
    "seconds": QT_TRANSLATE_NOOP("ModelCard", "time (s)"), "model": QT_TRANSLATE_NOOP("ModelCard", "file"),
    "device": QT_TRANSLATE_NOOP("ModelCard", "device"), "date": QT_TRANSLATE_NOOP("ModelCard", "date"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def number(v: float | int, digits: int = 4) -> str:
    """``v`` the way the UI language writes numbers: "0,1234" and "1 234 567" in Czech."""
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return str(v)
    if isinstance(v, int):
        return QLocale().toString(v)
    return QLocale().toString(float(v), "g", digits)


def _fmt(v: Any) -> str:
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return number(v)
    if isinstance(v, (list, tuple)):
        return ", ".join(_fmt(x) for x in v[:8]) + ("…" if len(v) > 8 else "")
    return str(v)


def _human_size(n: int) -> str:
    size = float(n)
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{number(round(size))} {unit}" if unit == "B" else f"{QLocale().toString(size, 'f', 1)} {unit}"
        size /= 1024
    return str(n)


def _date(v: Any) -> str:
    """ISO timestamps as '2026-11-22 02:55 UTC'; anything else unchanged."""
    import datetime as dt

    try:
        d = dt.datetime.fromisoformat(str(v))
    except ValueError:
        return str(v)
    if d.tzinfo is not None and d.utcoffset() == dt.timedelta(0):
        return d.strftime("%Y-%m-%d %H:%M UTC")
    return d.strftime("%Y-%m-%d %H:%M")


def _duration(seconds: Any) -> str:
    try:
        s = float(seconds)
    except (TypeError, ValueError):
        return str(seconds)
    translate = QCoreApplication.translate
    if s < 90:
        return translate("ModelCard", "{n} s").format(n=number(round(s)))
    if s < 5400:
        return translate("ModelCard", "{n} min").format(n=number(round(s / 60)))
    return translate("ModelCard", "{n} h").format(n=QLocale().toString(s / 3600, "f", 1))


def card_html(model: ModelSummary) -> str:
    info = model.info
    card: dict[str, Any] = dict(getattr(info, "card", None) or {})
    e = html.escape
    c, h, w = model.image_shape
    translate = QCoreApplication.translate
    rows = [
        (translate("ModelCard", "Kind"), kind_phrase(model.family, model.conditional, model.kind.upper())),
        (translate("ModelCard", "Dataset"), model.dataset or translate("ModelCard", "unknown")),
        (translate("ModelCard", "Latent size"), translate("ModelCard", "{n} numbers").format(n=number(model.latent_dim))),
        (translate("ModelCard", "Image"), (translate("ModelCard", "{w}×{h} colour") if c == 3 else
                                           translate("ModelCard", "{w}×{h} grey")).format(w=w, h=h)),
    ]
    if info is not None and info.params:
        rows.append((translate("ModelCard", "Parameters"), number(int(info.params))))
    critic = _kept_discriminator(card)
    if critic is not None:
        rows.append((translate("ModelCard", "Discriminator"), critic))
    if info is not None and info.size_bytes:
        rows.append((translate("ModelCard", "File size"), _human_size(info.size_bytes)))
    if model.class_names:
        rows.append((translate("ModelCard", "Classes"), ", ".join(class_name(n) for n in model.class_names)))
    rows.append((translate("ModelCard", "Runs on"), model.device))
    out = [f"<h3 style='margin:0'>{e(model.name)}</h3>"]
    about = family_description(model.family) if model.family is not None else model.kind
    out.append(f"<p style='color:#6b7280;margin-top:2px'>{e(about)}</p>")
    if card.get("description"):
        out.append(f"<p>{e(str(card['description']))}</p>")
    out.append(_table(rows))
    prov = card.get("provenance") or {}
    prov_rows = []
    for key, title in PROVENANCE_KEYS:
        if key in prov and prov[key] not in (None, ""):
            value = (_duration(prov[key]) if key == "seconds" else _date(prov[key]) if key in ("date", "saved")
                     else _fmt(prov[key]))
            prov_rows.append((_tr(title), value))
    if prov_rows or prov.get("command"):
        out.append(_heading(translate("ModelCard", "How it was trained")) + _table(prov_rows))
    if prov.get("command"):
        out.append("<p style='color:#6b7280;margin-bottom:2px'>" + e(translate("ModelCard", "Command")) + "</p>"
                   f"<p style='font-family:monospace;font-size:small;margin-top:0'>{e(str(prov['command']))}</p>")
    metrics = card.get("metrics") or {}
    if metrics:
        out.append(_heading(translate("ModelCard", "Measurements")))
        # the figures ``latentlab eval`` writes by their names in the UI language; other keys as stored
        lang = current_language()
        names = {key: _tr(text) for key, text in METRIC_KEYS.items()}
        names.update({key: caption(label, lang) for key, label, _note in METRICS})
        groups = {"eval": translate("ModelCard", "evaluation (latentlab eval)"),
                  "training": translate("ModelCard", "end of training")}
        for group, values in metrics.items():
            if isinstance(values, dict):
                flat = [(names.get(k, k), _date(v) if k == "date" else _fmt(v)) for k, v in values.items()
                        if not isinstance(v, (dict, list))]
                if flat:
                    out.append(f"<p style='margin-bottom:0'><i>{e(groups.get(str(group), str(group)))}</i></p>"
                               + _table(flat))
            else:
                out.append(_table([(str(group), _fmt(values))]))
    out.append(f"<p style='color:#9ca3af;font-size:small'>{e(model.path)}</p>")
    return "".join(out)


def _kept_discriminator(card: dict[str, Any]) -> str | None:
    """"included (…)" when the file carries the discriminator its generator was trained against."""
    from latentlab.core import families

    record = families.kept_discriminator(card) if card.get("arch") else None
    if record is None:
        return None
    parameters = record.get("parameters")
    count = number(parameters) if isinstance(parameters, int) and not isinstance(parameters, bool) else "?"
    where = str(record.get("found_at") or "")
    translate = QCoreApplication.translate
    return (translate("ModelCard", "included ({n} parameters, from {where})").format(n=count, where=where) if where
            else translate("ModelCard", "included ({n} parameters)").format(n=count))


def _heading(text: str) -> str:
    return f"<h4>{html.escape(text)}</h4>"


def _table(rows: list[tuple[str, str]]) -> str:
    e = html.escape
    body = "".join(f"<tr><td style='color:#6b7280;padding-right:10px'>{e(k)}</td><td>{e(v)}</td></tr>"
                   for k, v in rows)
    return f"<table cellspacing='0' cellpadding='1'>{body}</table>"


class ModelCard(QWidget):
    """Read-only card of the open model."""

    def __init__(self, state: ExplorerState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setToolTip(self.tr("Facts about the open model, read from its file: what it is, what it learned from, "
                                     "how it was trained, and how it scored"))
        # Never so narrow that the card wraps a word per line (the list above keeps the same width).
        self.setMinimumWidth(readable_width(self, READABLE_CHARS))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        state.modelChanged.connect(self.show_model)
        state.modelUpdated.connect(self.show_model)
        self.show_model(state.model)

    def show_model(self, model: ModelSummary | None) -> None:
        if model is None:
            self.text.setHtml("<p style='color:#6b7280'>" + html.escape(self.tr("No model open.")) + "</p>")
        else:
            self.text.setHtml(card_html(model))

    def retranslate_ui(self) -> None:
        """The card is built text (labels and locale-formatted numbers): build it again."""
        self.show_model(self.state.model)

    def html(self) -> str:
        return self.text.toPlainText()
