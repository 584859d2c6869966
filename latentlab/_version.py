"""The version of latentlab, in a module of its own so that any module can read it.

``latentlab/__init__.py`` imports from the core lazily; a core module that imported the
version from there would close an import circle.
"""

__version__ = "0.1.0"
