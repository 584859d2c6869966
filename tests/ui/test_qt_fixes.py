"""PySide's per-import source scan is skipped for packages that cannot use PySide."""

from __future__ import annotations

import sys
import types

import latentlab.ui._qt_fixes as fixes


def _module(name: str) -> types.ModuleType:
    module = types.ModuleType(name)
    module.__file__ = __file__  # this file mentions PySide6, so PySide's own check says "uses it"
    return module


def test_feature_scan_skips_torch_stdlib_and_core_but_not_qt_modules():
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None:  # a PySide6 without the __feature__ hook: nothing to fix
        assert fixes.skip_feature_scan() is False
        return
    assert fixes.skip_feature_scan() is True  # installed when latentlab.ui was imported; idempotent
    check = feature._mod_uses_pyside
    assert getattr(check, "_latentlab", False)
    # Named like torch / numpy / the Qt-free core: answered without reading the source.
    for name in ("torch.nn.fake", "numpy.fake", "latentlab.core.fake", "latentlab.train.fake"):
        assert check(_module(name)) is False, name
    import json

    assert check(json) is False  # the standard library
    # Everything else still gets PySide's own answer.
    assert check(_module("somebody_elses_qt_plugin")) is True
    import latentlab.ui.app

    assert check(latentlab.ui.app) is True
