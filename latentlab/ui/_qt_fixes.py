"""Work around PySide6 problems: a refcount bug in some builds, and a slow import hook.

**Refcounts** (seen in 6.12.0 on CPython 3.11).

There, every Qt method that returns nothing (``setText``, ``setValue``, ``processEvents``…)
hands back ``None`` without taking a reference to it, and every ``Signal.emit()`` does the same
with ``True``. On interpreters where these singletons are not immortal (before 3.12) their counts
fall by one per call, and after enough slider moves the process dies with "Fatal Python error:
none_dealloc" (or bool_dealloc). Dragging a slider makes thousands of such calls per second.

On CPython before 3.12 we therefore make ``None``, ``True`` and ``False`` effectively immortal,
which is exactly what CPython 3.12 does for them (PEP 683): their reference counts are raised by
2**40, so lost references can never bring them to zero. These objects are static and never
freed anyway, so nothing else changes (only ``sys.getrefcount`` shows big numbers). It is done
only when a probe sees the leak (pyproject.toml excludes PySide6 6.12.0, so normally it does
nothing); the measured losses are kept in :data:`applied`.
Nothing is changed on 3.12+ or other Python implementations.

**Import hook.** Once PySide6 is loaded, its ``__feature__`` machinery reads the full source of
every module imported afterwards (``inspect.getsource``) to see whether it mentions "PySide6".
torch alone is hundreds of files, so importing it after Qt cost 0.3–0.8 s more than before Qt
on this machine — a third of the explorer's cold start. Packages that cannot use PySide (the
standard library, torch, numpy, latentlab's Qt-free core…) are answered "no" without reading
them; every other module still gets PySide's own check. The hook only ever matters for modules
that write ``from __feature__ import …``, which none of these do.
"""

from __future__ import annotations

import ctypes
import sys
import sysconfig

from PySide6.QtCore import QObject, Signal

PROBES = 16
#: added to the reference counts of None/True/False when the bug is found (~10**12 lost calls)
HEADROOM = 1 << 40
#: what was done: {"None": refs lost per probe call, ...}; empty when nothing was needed
applied: dict[str, int] = {}


class _Probe(QObject):
    sig = Signal()


def _losses() -> dict[str, int]:
    """References to None/True/False lost per call of a void Qt method and of Signal.emit."""
    probe = _Probe()
    singletons = {"None": None, "True": True, "False": False}
    before = {k: sys.getrefcount(v) for k, v in singletons.items()}
    for i in range(PROBES):
        probe.setObjectName("p")  # returns nothing
        probe.sig.emit()  # returns a bool
    after = {k: sys.getrefcount(v) for k, v in singletons.items()}
    return {k: (before[k] - after[k]) // PROBES for k in singletons if before[k] - after[k] >= PROBES // 2}


def _raise_refcount(obj: object, amount: int) -> bool:
    """Add ``amount`` to ``obj``'s reference count (CPython, where it is the first field)."""
    field = ctypes.c_ssize_t.from_address(id(obj))
    before = sys.getrefcount(obj)
    field.value += 1
    if sys.getrefcount(obj) != before + 1:  # not the layout we expect: undo and leave it alone
        field.value -= 1
        return False
    field.value += amount - 1
    return True


def install() -> dict[str, int]:
    """Make None/True/False immortal (CPython < 3.12); returns {name: refs lost per probe call}."""
    if applied or sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return applied  # 3.12+: these objects are immortal already
    lost = _losses()
    if not lost:  # a healthy PySide6 (pyproject excludes the known-bad 6.12.0): change nothing
        return applied
    for name, obj in (("None", None), ("True", True), ("False", False)):
        if _raise_refcount(obj, HEADROOM):
            applied[name] = lost.get(name, 0)
    return applied


#: top-level packages (and latentlab's Qt-free parts) that never use PySide's ``__feature__``
NO_PYSIDE_PACKAGES = frozenset({
    "torch", "torchgen", "functorch", "numpy", "safetensors", "PIL", "tqdm", "imageio", "imageio_ffmpeg",
    "sympy", "mpmath", "networkx", "jinja2", "markupsafe", "filelock", "fsspec", "typing_extensions",
    "tomli", "_distutils_hack", "pkg_resources", "setuptools",
})
NO_PYSIDE_PREFIXES = ("latentlab.core", "latentlab.train")


def skip_feature_scan() -> bool:
    """Make PySide's per-import source scan skip modules that cannot use PySide; False if not found."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "_latentlab", False):
        return original is not None
    stdlib = sysconfig.get_paths()["stdlib"]

    def mod_uses_pyside(module) -> bool:
        name = getattr(module, "__name__", "") or ""
        if name.partition(".")[0] in NO_PYSIDE_PACKAGES or name.startswith(NO_PYSIDE_PREFIXES):
            return False
        path = getattr(module, "__file__", None) or ""
        if path.startswith(stdlib) and "site-packages" not in path:
            return False
        return original(module)

    mod_uses_pyside._latentlab = True
    feature._mod_uses_pyside = mod_uses_pyside
    return True


install()
skip_feature_scan()
