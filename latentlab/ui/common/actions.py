"""Actions, menus, panels, docks and commands addressed by stable ids.

A UI feature (explorer, latent tools, compare, classroom, live training) is a :class:`Feature`:
its ``install(host)`` contributes **actions** (``explorer.randomize``, ``compare.open``…) to
**menus** named by id (``file``, ``view``, ``lessons``, ``help``…), **docks** and **panels**
(``explorer.sliders``, ``latent.map``, ``training.panel``…) and **commands**
(``explorer.go_to(seed=…)``, ``compare.show(models=[…])``) that other features, lessons and tests
drive by id. Nothing finds a widget or an action by its visible text, so a translated UI changes
nothing else; an unknown id raises :class:`UnknownIdError` naming it.

Why our own few hundred lines rather than napari's ``app-model``: app-model brings pydantic,
psygnal and in-n-out, a context-key expression language and its own keybinding model, all for
an app with one window and a few dozen actions. We need ids, translatable titles over plain ``QAction``\\ s,
menus by id and a handful of panels and commands; a registry this size is read in a minute and
keeps the cold start free of three imports. The shape (ids, titles kept as source text, menus
naming ids) follows app-model, so moving to it later changes the declarations, not the callers.

Titles are kept as source text with their translation context (the feature id) and translated
with ``QCoreApplication.translate``; :meth:`ActionHost.retranslate` applies them again after the
language changes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu, QWidget

Shortcut = str | QKeySequence.StandardKey | None


class UnknownIdError(KeyError):
    """An id that nothing registered; the message names the id and the kind of thing looked for."""

    def __init__(self, kind: str, ident: str, known: Any = ()) -> None:
        near = sorted(k for k in known if k.split(".")[0] == ident.split(".")[0])
        hint = f" (registered under {ident.split('.')[0]!r}: {', '.join(near)})" if near else ""
        super().__init__(f"no {kind} with the id {ident!r} is registered{hint}")
        self.ident = ident

    def __str__(self) -> str:  # KeyError would show the message in quotes
        return str(self.args[0])


@dataclass(frozen=True)
class ActionSpec:
    """What an action is, apart from its QAction: id, source-text title, key, tip and handler.

    ``handler`` gets the checked state when ``checkable``; ``menu`` is the id of the menu it goes
    in (None: only a window shortcut); ``before`` the id of an action in that menu to insert it
    ahead of (and ahead of the separator that opens that action's group).
    """

    id: str
    title: str
    handler: Callable[..., Any]
    menu: str | None = None
    shortcut: Shortcut = None
    tip: str = ""
    checkable: bool = False
    before: str | None = None
    separator: bool = False
    context: str = field(default="", compare=False)


class Feature(Protocol):
    """One UI feature: ``id`` namespaces everything it registers; ``install`` registers it on a host."""

    id: str

    def install(self, host: ActionHost) -> None: ...


class FeatureObject(QObject):
    """The base of our features: ``attach(host)`` (first thing in ``install``) makes the host
    its parent and ``self.host``, so it lives and dies with the window."""

    id = ""

    def __init__(self) -> None:
        super().__init__()
        self.host: Any = None

    def attach(self, host: Any) -> None:
        self.host = host
        self.setParent(host)


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class ActionHost:
    """The registry half of the main window (mixed into it): ids to actions, menus, panels, docks, commands.

    Call :meth:`_init_registry` from the window's constructor before installing features.
    """

    def _init_registry(self) -> None:
        self._specs: dict[str, ActionSpec] = {}
        self._actions: dict[str, QAction] = {}
        self._menus: dict[str, tuple[QMenu, str, str]] = {}
        self._panels: dict[str, QWidget | Callable[[bool], QWidget | None]] = {}
        self._docks: dict[str, tuple[QDockWidget, str, str]] = {}
        self._commands: dict[str, Callable[..., Any]] = {}
        self._features: dict[str, Any] = {}

    # --- features ------------------------------------------------------------------------------
    def install_features(self, features: list[Any]) -> None:
        for feature in features:
            if feature.id in self._features:
                raise ValueError(f"two features with the id {feature.id!r}")
            self._features[feature.id] = feature
            feature.install(self)

    def feature(self, ident: str) -> Any:
        if ident not in self._features:
            raise UnknownIdError("feature", ident, self._features)
        return self._features[ident]

    # --- menus ---------------------------------------------------------------------------------
    def add_menu(self, ident: str, title: str, parent: str | None = None, before: str | None = None,
                 context: str = "menus") -> QMenu:
        """A menu bar menu (or a submenu of menu ``parent``), placed ahead of menu ``before``."""
        self._check_new(ident, self._menus)
        menu = QMenu(tr(context, title), self)  # type: ignore[arg-type]
        menu.setObjectName(f"menu:{ident}")
        if parent is not None:
            self.menu(parent).addMenu(menu)
        elif before is not None:
            self.menuBar().insertMenu(self.menu(before).menuAction(), menu)  # type: ignore[attr-defined]
        else:
            self.menuBar().addMenu(menu)  # type: ignore[attr-defined]
        self._menus[ident] = (menu, title, context)
        return menu

    def menu(self, ident: str) -> QMenu:
        if ident not in self._menus:
            raise UnknownIdError("menu", ident, self._menus)
        return self._menus[ident][0]

    # --- actions -------------------------------------------------------------------------------
    def add_action(self, spec: ActionSpec, action: QAction | None = None) -> QAction:
        """Register ``spec`` (with an existing QAction, e.g. a dock's toggle, or a new one)."""
        self._check_new(spec.id, self._actions)
        if not callable(spec.handler):
            raise TypeError(f"action {spec.id!r} has no handler")
        ctx = spec.context or spec.id.split(".")[0]
        spec = ActionSpec(**{**spec.__dict__, "context": ctx})
        if action is None:
            action = QAction(self)  # type: ignore[arg-type]
            action.setCheckable(spec.checkable)
            if spec.checkable:
                action.triggered.connect(lambda on, h=spec.handler: h(on))
            else:
                action.triggered.connect(lambda _c=False, h=spec.handler: h())
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        action.setObjectName(f"action:{spec.id}")
        action.setData(spec.id)
        self._specs[spec.id] = spec
        self._actions[spec.id] = action
        self._translate_action(spec, action)
        self.addAction(action)  # type: ignore[attr-defined]  # keys work with the menu bar hidden
        if spec.menu is not None:
            self._place(self.menu(spec.menu), action, spec)
        return action

    def _place(self, menu: QMenu, action: QAction, spec: ActionSpec) -> None:
        anchor = self.action(spec.before) if spec.before else None
        items = menu.actions()
        if anchor is not None and anchor in items:
            i = items.index(anchor)
            if i > 0 and items[i - 1].isSeparator():  # join the group above, not the one below
                anchor = items[i - 1]
        if spec.separator:
            menu.insertSeparator(anchor) if anchor is not None else menu.addSeparator()
        menu.insertAction(anchor, action) if anchor is not None else menu.addAction(action)

    def action(self, ident: str) -> QAction:
        if ident not in self._actions:
            raise UnknownIdError("action", ident, self._actions)
        return self._actions[ident]

    def action_specs(self) -> dict[str, ActionSpec]:
        return dict(self._specs)

    # --- commands ------------------------------------------------------------------------------
    def add_command(self, ident: str, fn: Callable[..., Any]) -> None:
        """A function other features and lessons call by id with keyword arguments."""
        self._check_new(ident, self._commands)
        self._commands[ident] = fn

    def has(self, ident: str) -> bool:
        """Whether anything (action, command, panel, dock, menu) is registered under ``ident``."""
        return any(ident in d for d in (self._actions, self._commands, self._panels, self._docks, self._menus))

    def trigger(self, ident: str, /, **kwargs: Any) -> Any:
        """Run command ``ident`` with ``kwargs``, or trigger action ``ident`` (no arguments)."""
        if ident in self._commands:
            return self._commands[ident](**kwargs)
        if ident in self._actions:
            if kwargs:
                raise TypeError(f"action {ident!r} takes no arguments (got {', '.join(kwargs)})")
            self._actions[ident].trigger()
            return None
        raise UnknownIdError("command or action", ident, {**self._commands, **self._actions})

    # --- panels and docks ------------------------------------------------------------------------
    def add_panel(self, ident: str, widget: QWidget | Callable[[bool], QWidget | None]) -> None:
        """A widget lessons and other features address by id; a callable ``(create) -> widget | None``
        finds it on demand (building it first when ``create``)."""
        self._check_new(ident, self._panels)
        self._panels[ident] = widget

    def panel(self, ident: str, create: bool = True) -> QWidget | None:
        """The panel's widget (one built on demand is None until built, unless ``create``)."""
        if ident not in self._panels:
            raise UnknownIdError("panel", ident, self._panels)
        entry = self._panels[ident]
        return entry if isinstance(entry, QWidget) else entry(create)

    def panel_ids(self) -> list[str]:
        return list(self._panels)

    def add_dock(self, ident: str, title: str, widget: QWidget, area: Qt.DockWidgetArea, tip: str = "",
                 menu: str | None = None, before: str | None = None, panel: QWidget | None = None,
                 closable: bool = True, context: str = "") -> QDockWidget:
        """A dock for ``widget``, registered as dock ``ident``, panel ``ident`` (``panel`` or the
        widget) and, with ``menu``, a show/hide action ``ident.show`` in that menu."""
        self._check_new(ident, self._docks)
        ctx = context or ident.split(".")[0]
        dock = QDockWidget(tr(ctx, title), self)  # type: ignore[arg-type]
        dock.setObjectName(f"dock:{ident}")
        dock.setWidget(widget)
        features = QDockWidget.DockWidgetFeature
        dock.setFeatures(features.DockWidgetMovable | features.DockWidgetFloatable | features.DockWidgetClosable
                         if closable else features.NoDockWidgetFeatures)
        self.addDockWidget(area, dock)  # type: ignore[attr-defined]
        self._docks[ident] = (dock, title, ctx)
        if ident not in self._panels:
            self.add_panel(ident, panel if panel is not None else widget)
        if menu is not None:
            toggle = dock.toggleViewAction()
            self.add_action(ActionSpec(f"{ident}.show", title, dock.setVisible, menu=menu, tip=tip, before=before,
                                       checkable=True, context=ctx), toggle)
        return dock

    def dock(self, ident: str) -> QDockWidget:
        if ident not in self._docks:
            raise UnknownIdError("dock", ident, self._docks)
        return self._docks[ident][0]

    def dock_title(self, ident: str) -> str:
        """The dock's title as source text (what its show/hide action is called)."""
        self.dock(ident)
        return self._docks[ident][1]

    def dock_ids(self) -> list[str]:
        return list(self._docks)

    # --- language --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Translate every registered title again (after a new translator was installed)."""
        for ident, (menu, title, ctx) in self._menus.items():
            menu.setTitle(tr(ctx, title))
        for ident, (dock, title, ctx) in self._docks.items():
            dock.setWindowTitle(tr(ctx, title))
        for ident, spec in self._specs.items():
            self._translate_action(spec, self._actions[ident])

    @staticmethod
    def _translate_action(spec: ActionSpec, action: QAction) -> None:
        action.setText(tr(spec.context, spec.title))
        if spec.tip:
            tip = tr(spec.context, spec.tip)
            action.setToolTip(tip)
            action.setStatusTip(tip)

    def _check_new(self, ident: str, table: dict[str, Any]) -> None:
        # Actions and commands share one namespace: trigger(id) must never have to choose.
        shared = (self._actions, self._commands)
        taken = ident in table or (any(table is t for t in shared) and any(ident in t for t in shared))
        if not ident or taken:
            raise ValueError(f"the id {ident!r} is registered twice")
