"""The package's layout is checked, not hoped for (docs/layout.md): the layers of
pyproject.toml hold (import-linter), no import cycle remains among the modules (imports inside
functions included, those under ``if TYPE_CHECKING`` not), the top of the package is a thin
front door, and the Python areas mirror the C++ ones."""

from __future__ import annotations

import ast
import inspect
import pathlib
import shutil
import subprocess
import sys

import pytest

import storeops

grimp = pytest.importorskip("grimp")

ROOT = pathlib.Path(__file__).resolve().parents[3]
PACKAGE = pathlib.Path(storeops.__file__).parent
#: What the top of the package may hold besides its subpackages: the front door, the compiled
#: core and its stubs, and one small shared helper (wrong arguments named in plain words).
TOP = {"__init__.py", "__main__.py", "_arguments.py", "_core.pyi", "py.typed"}


def _graph():
    return grimp.build_graph("storeops", exclude_type_checking_imports=True)


def _imports(graph, module):
    """What ``module`` imports, less its imports of the compiled core: grimp cannot read an
    extension module and takes ``from storeops import _core`` for an import of the package."""
    for imported in graph.find_modules_directly_imported_by(module):
        details = graph.get_import_details(importer=module, imported=imported)
        if imported == "storeops" and details and all("_core" in d["line_contents"] for d in details):
            continue
        yield imported


def _cycles(graph):
    """The strongly connected components of more than one module (Tarjan)."""
    index, low, stack, on, found, counter = {}, {}, [], set(), [], [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in _imports(graph, v):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for module in sorted(graph.modules):
        if module not in index:
            visit(module)
    return found


def test_no_import_cycle_remains_among_the_modules():
    assert _cycles(_graph()) == []


def test_a_cycle_would_be_found():
    """The check above can fail: two modules importing each other are one component."""
    graph = _graph()
    graph.add_import(importer="storeops.core.labels", imported="storeops.outputs.plots")
    assert ["storeops.core.labels", "storeops.outputs.plots"] in _cycles(graph)


def test_the_layers_of_pyproject_hold():
    lint = shutil.which("lint-imports", path=str(pathlib.Path(sys.executable).parent))
    if lint is None:
        pytest.skip("import-linter is not installed (make test installs it)")
    run = subprocess.run([lint, str(ROOT / "pyproject.toml")], cwd=ROOT, capture_output=True,
                         text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "Contracts: 1 kept, 0 broken." in run.stdout


def _layers():
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    (contract,) = config["tool"]["importlinter"]["contracts"]
    return [name.strip() for layer in contract["layers"] for name in layer.split("|")]


def test_every_subpackage_is_in_a_layer_and_every_layer_exists():
    """A new package cannot sit outside the contract, nor a layer name a package gone."""
    packages = sorted(p.name for p in PACKAGE.iterdir() if (p / "__init__.py").exists())
    assert packages == sorted(_layers())


def test_the_python_areas_mirror_the_cpp_ones():
    cpp = {p.name for p in (ROOT / "include" / "storeops").iterdir() if p.is_dir()} - {"detail"}
    assert cpp <= set(_layers())


def test_the_top_of_the_package_is_a_thin_front_door():
    files = {p.name for p in PACKAGE.iterdir() if p.is_file() and not p.name.startswith("_core.")}
    assert files <= TOP | {"_core.pyi"}, files - TOP
    folders = {p.name for p in PACKAGE.iterdir() if p.is_dir() and p.name != "__pycache__"}
    assert folders - set(_layers()) == {"data"}  # the example exports the package ships


def test_no_module_imports_the_front_door_but_the_command_line():
    """An area imports the areas it needs, never ``storeops`` itself (which imports them all):
    only the command line, on top, may. ``from storeops import _core`` is the compiled core."""
    wrong = []
    for path in PACKAGE.rglob("*.py"):
        module = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if module.startswith("storeops.cli") or path.name == "__init__.py" and path.parent == PACKAGE:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import) and any(a.name == "storeops" for a in node.names):
                wrong.append(f"{module}: import storeops")
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module == "storeops":
                wrong += [f"{module}: from storeops import {a.name}" for a in node.names
                          if a.name != "_core" and not (PACKAGE / a.name).is_dir()]
    assert wrong == []


def test_storeops_campaign_day_is_still_the_function():
    """The package of the campaign day shares its name with the function users call; the
    function keeps ``storeops.campaign_day``, the package is reached by its import path."""
    from storeops.campaign_day import readiness

    assert inspect.unwrap(storeops.campaign_day) is readiness.campaign_day
