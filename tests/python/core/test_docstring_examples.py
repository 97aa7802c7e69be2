"""Every public name of the package, the compiled core's included, shows an example in its
docstring (the API reference prints them), and every example in the package's docstrings
runs and prints what it says: doctest, each docstring in a fresh namespace holding
``storeops`` (the rest an example imports itself)."""

import doctest
import importlib
import inspect
import pkgutil
import warnings

import pytest

import storeops
from public_api import compiled, public_names

#: The package's modules, its compiled core included (the examples of its docstrings too).
MODULES = ["storeops._core"] + sorted(
    m.name for m in pkgutil.walk_packages(storeops.__path__, "storeops.")
    if not m.name.rpartition(".")[2].startswith("__") and m.name != "storeops._core")


def python_layer_names():
    """The public names the Python layer defines (the compiled core's are documented in C++)."""
    for name in storeops.__all__ if hasattr(storeops, "__all__") else dir(storeops):
        obj = getattr(storeops, name)
        if name.startswith("_") or inspect.ismodule(obj) or not callable(obj):
            continue
        if not compiled(obj):
            yield name, obj


def test_every_public_name_shows_an_example():
    """The Python layer's names and the compiled core's alike."""
    without = [name for name, obj in public_names()
               if ">>>" not in (inspect.getdoc(inspect.unwrap(obj)) or "")]
    assert without == []


def test_the_python_layer_is_among_the_names_checked():
    names = dict(python_layer_names())
    assert {"simulate", "week_review", "Catalog"} <= set(names)
    assert set(names) <= set(dict(public_names()))


@pytest.mark.parametrize("module", MODULES)
def test_the_examples_run_as_written(module, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # an example that writes a file writes it here
    finder = doctest.DocTestFinder(exclude_empty=True)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    mod = importlib.import_module(module)
    tests = [t for t in finder.find(mod, module, globs={"storeops": storeops}) if t.examples]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a made-up store skips days on purpose
        for test in tests:
            runner.run(test)
    result = runner.summarize(verbose=False)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples in {module} failed"
