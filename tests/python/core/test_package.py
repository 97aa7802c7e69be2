import pathlib
import re

import storeops


def test_version_matches_the_header():
    header = pathlib.Path(__file__).parents[3] / "include" / "storeops" / "version.hpp"
    version = re.search(r'STOREOPS_VERSION_STRING "([0-9.]+)"', header.read_text()).group(1)
    assert storeops.__version__ == version


def test_typed_and_public_names():
    package = pathlib.Path(storeops.__file__).parent
    assert (package / "py.typed").exists()
    assert (package / "_core.pyi").exists()
    for name in storeops.__all__:
        assert hasattr(storeops, name), name


def test_stubs_name_every_public_name_of_the_core():
    import ast

    stub = pathlib.Path(storeops.__file__).parent / "_core.pyi"
    tree = ast.parse(stub.read_text())
    defined = {n.name for n in tree.body if isinstance(n, (ast.ClassDef, ast.FunctionDef))}
    defined |= {t.id for n in tree.body if isinstance(n, ast.AnnAssign) for t in [n.target]
                if isinstance(t, ast.Name)}
    public = {n for n in dir(storeops._core) if not n.startswith("_")}
    assert public - defined == set()


def test_public_functions_have_docstrings():
    import inspect

    missing = [name for name in storeops.__all__
               if callable(getattr(storeops, name)) and not inspect.getdoc(getattr(storeops, name))]
    assert missing == []
