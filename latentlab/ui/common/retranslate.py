"""Re-translating the open windows after the language changed, without a restart or per-widget code.

Why this way: the views set their texts once, in their constructors, through ``self.tr``; giving
each of some forty widgets a ``retranslate_ui()`` would touch every file and be forgotten in the
next one. Instead :func:`retranslate_widgets` reads the texts the widgets show now, finds which
message each one is in the previous language (the .ts files are the catalogue; English is the
source text), and sets that message in the new language. Where one text belongs to several
contexts, the context of the widget's own class or its nearest parent's wins, which is the
class whose ``self.tr`` made it.

What it cannot reverse is text assembled at run time (``"device: {0}".format(...)``): a widget
that shows such text refreshes it from its state in a ``retranslate_ui()`` method, which this
calls after the walk, and the rest is renewed by the next state change that sets it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QTableWidget,
    QTreeWidget,
    QWidget,
)

Key = tuple[str, str, str]  # context, source, disambiguation


@lru_cache(maxsize=8)
def catalogue(ts: Path, english: bool = False) -> dict[str, tuple[Key, ...]]:
    """Shown text → the messages it can be, in the language of the .ts file ``ts`` (or, with
    ``english``, in the source language: every .ts file lists all source texts)."""
    from latentlab.ui.common import ts_files

    found: dict[str, list[Key]] = {}
    if ts.is_file():
        for m in ts_files.read_ts(ts):
            if m.numerus:
                continue
            shown = m.source if english or m.unfinished else m.translations[0]
            found.setdefault(shown, []).append(m.key)
            if shown != m.source:  # an untranslated message shows its source text
                found.setdefault(m.source, []).append(m.key)
    return {text: tuple(keys) for text, keys in found.items()}


def _contexts(obj: QObject) -> list[str]:
    """Class names from ``obj`` outwards through its parents: the likely translation contexts."""
    names: list[str] = []
    while obj is not None:
        names += [c.__name__ for c in type(obj).__mro__]
        obj = obj.parent()
    return names


def _translate(text: str, old: dict[str, tuple[Key, ...]], near: QObject) -> str | None:
    keys = old.get(text)
    if not text or not keys:
        return None
    if len(keys) > 1:
        order = {name: i for i, name in reversed(list(enumerate(_contexts(near))))}
        keys = tuple(sorted(keys, key=lambda k: order.get(k[0], len(order))))
    ctx, source, comment = keys[0]
    return QCoreApplication.translate(ctx, source, comment or None)


def _texts(w: QObject) -> Iterator[tuple[Callable[[], str], Callable[[str], None]]]:
    """(getter, setter) pairs of every translatable text ``w`` shows."""
    if isinstance(w, QWidget):
        yield w.toolTip, w.setToolTip
        yield w.statusTip, w.setStatusTip
        yield w.whatsThis, w.setWhatsThis
        if w.isWindow():
            yield w.windowTitle, w.setWindowTitle
    if isinstance(w, (QLabel, QAbstractButton, QAction)):
        yield w.text, w.setText
    if isinstance(w, QAction):
        yield w.toolTip, w.setToolTip
        yield w.statusTip, w.setStatusTip
    if isinstance(w, QGroupBox):
        yield w.title, w.setTitle
    if isinstance(w, QLineEdit):
        yield w.placeholderText, w.setPlaceholderText
    if isinstance(w, QComboBox):
        for i in range(w.count()):
            yield (lambda i=i: w.itemText(i)), (lambda t, i=i: w.setItemText(i, t))
            yield ((lambda i=i: w.itemData(i, Qt.ItemDataRole.ToolTipRole) or ""),
                   (lambda t, i=i: w.setItemData(i, t, Qt.ItemDataRole.ToolTipRole)))
    if isinstance(w, QTabWidget):
        for i in range(w.count()):
            yield (lambda i=i: w.tabText(i)), (lambda t, i=i: w.setTabText(i, t))
            yield (lambda i=i: w.tabToolTip(i)), (lambda t, i=i: w.setTabToolTip(i, t))
    if isinstance(w, QTableWidget):
        for get_item in (w.horizontalHeaderItem, w.verticalHeaderItem):
            n = w.columnCount() if get_item == w.horizontalHeaderItem else w.rowCount()
            for i in range(n):
                item = get_item(i)
                if item is not None:
                    yield item.text, item.setText
                    yield item.toolTip, item.setToolTip
    if isinstance(w, QTreeWidget):
        head = w.headerItem()
        for i in range(head.columnCount()):
            yield (lambda i=i: head.text(i)), (lambda t, i=i: head.setText(i, t))


def retranslate_widgets(old: dict[str, tuple[Key, ...]], roots: list[QWidget] | None = None) -> int:
    """Translate every static text of ``roots`` (default: all top-level widgets) from the language
    of the catalogue ``old`` (see :func:`catalogue`) into the installed one, then call each
    widget's ``retranslate_ui()``. Returns the number of texts changed."""
    changed = 0
    refresh = []
    seen: set[int] = set()  # a window parented to another (the compare view) is both a root and a child
    for root in roots if roots is not None else QApplication.topLevelWidgets():
        objects: list[QObject] = [root, *root.findChildren(QWidget), *root.findChildren(QAction)]
        for obj in objects:
            if id(obj) in seen:
                continue
            seen.add(id(obj))
            for get, put in _texts(obj):
                text = get()
                new = _translate(text, old, obj) if isinstance(text, str) else None
                if new is not None and new != text:
                    put(new)
                    changed += 1
            if callable(getattr(obj, "retranslate_ui", None)):
                refresh.append(obj)
    for obj in refresh:
        obj.retranslate_ui()
    return changed
