"""Every public function of the Python layer documents, numpydoc style, each parameter it takes
and what it returns, and every public name's sections come in numpydoc's order (Parameters,
Returns, Raises, Warns, See Also, Notes, Examples), as the API reference renders them. The
compiled core's functions show their parameters and return type in the signature pybind11
writes at the head of their docstrings."""

import inspect
import re

import pytest

import storeops

ORDER = ["Parameters", "Returns", "Yields", "Other Parameters", "Raises", "Warns", "Warnings",
         "See Also", "Notes", "References", "Examples"]
HEADING = re.compile(r"^(\w[\w ]*)\n-{3,}$", re.M)


def public_names():
    for name in dir(storeops):
        obj = getattr(storeops, name)
        if not name.startswith("_") and not inspect.ismodule(obj) and callable(obj):
            yield name, obj


def python_functions():
    for name, obj in public_names():
        if not inspect.isclass(obj) and "_core" not in (getattr(obj, "__module__", "") or ""):
            yield name, inspect.unwrap(obj)


def section(doc, title):
    found = re.search(rf"^{title}\n-{{3,}}\n(.*?)(?=^\w[\w ]*\n-{{3,}}$|\Z)", doc, re.M | re.S)
    return found.group(1) if found else None


@pytest.mark.parametrize("name", sorted(n for n, _ in public_names()))
def test_sections_come_in_numpydoc_order(name):
    doc = inspect.getdoc(inspect.unwrap(getattr(storeops, name))) or ""
    known = [ORDER.index(h) for h in HEADING.findall(doc) if h in ORDER]
    assert known == sorted(known), HEADING.findall(doc)


@pytest.mark.parametrize("name", sorted(n for n, _ in python_functions()))
def test_each_parameter_and_the_return_are_documented(name):
    func = dict(python_functions())[name]
    doc = inspect.getdoc(func) or ""
    params = [p for p in inspect.signature(func).parameters.values()
              if p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)]
    if params:
        documented = section(doc, "Parameters")
        assert documented is not None, "no Parameters section"
        named = {n.strip() for line in documented.splitlines()
                 if line and not line.startswith(" ")
                 for n in line.split(":")[0].split(",")}
        assert [p.name for p in params if p.name not in named] == []
    assert section(doc, "Returns") is not None or section(doc, "Yields") is not None


def test_a_compiled_function_shows_its_parameters_and_return_in_its_signature():
    compiled = [(n, o) for n, o in public_names()
                if not inspect.isclass(o) and "_core" in (getattr(o, "__module__", "") or "")]
    assert len(compiled) >= 20
    for name, func in compiled:
        first = (func.__doc__ or "").lstrip().split("\n", 1)[0]
        assert re.match(rf"{name}\(.*\) -> \S", first), first
