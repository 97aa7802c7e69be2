"""The package's public names, for the tests of their docstrings (a helper, not a test)."""

import inspect

import storeops


def public_names():
    """(name, object) of every public callable of ``storeops``: classes and functions, the
    compiled core's and the Python layer's."""
    for name in dir(storeops):
        obj = getattr(storeops, name)
        if not name.startswith("_") and not inspect.ismodule(obj) and callable(obj):
            yield name, obj


def compiled(obj) -> bool:
    """Whether a name comes from the compiled core (its docstring is written in C++)."""
    return "_core" in (getattr(obj, "__module__", "") or "")
