"""Every public function documents, numpydoc style, each parameter it takes and what it
returns, and every public name's sections come in numpydoc's order (Parameters, Returns,
Raises, Warns, See Also, Notes, Examples), as the API reference renders them. For the
compiled core's functions the signature pybind11 writes at the head of the docstring gives
the types, and the sections say what each parameter is."""

import inspect
import re

import pytest

import storeops
from public_api import compiled, public_names

ORDER = ["Parameters", "Returns", "Yields", "Other Parameters", "Raises", "Warns", "Warnings",
         "See Also", "Notes", "References", "Examples"]
HEADING = re.compile(r"^(\w[\w ]*)\n-{3,}$", re.M)


def python_functions():
    for name, obj in public_names():
        if not inspect.isclass(obj) and not compiled(obj):
            yield name, inspect.unwrap(obj)


def section(doc, title):
    found = re.search(rf"^{title}\n-{{3,}}\n(.*?)(?=^\w[\w ]*\n-{{3,}}$|\Z)", doc, re.M | re.S)
    return found.group(1) if found else None


def undocumented(params, doc):
    """The parameters the Parameters section does not name (all of them when it is missing);
    a line may name several ("rule_low, rule_high : float")."""
    documented = section(doc, "Parameters") or ""
    named = {n.strip() for line in documented.splitlines()
             if line and not line.startswith(" ")
             for n in line.split(":")[0].split(",")}
    return [p for p in params if p not in named]


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
    assert undocumented([p.name for p in params], doc) == []
    assert section(doc, "Returns") is not None or section(doc, "Yields") is not None


def compiled_functions():
    for name, obj in public_names():
        if not inspect.isclass(obj) and compiled(obj):
            yield name, obj


@pytest.mark.parametrize("name", sorted(n for n, _ in compiled_functions()))
def test_a_compiled_function_documents_each_parameter_and_the_return(name):
    """Its signature (pybind11 writes it at the head of the docstring) gives the types; the
    Parameters and Returns sections say what each is."""
    func = getattr(storeops, name)
    head = re.match(rf"{name}\((.*)\) -> \S", (func.__doc__ or "").lstrip())
    assert head, "no signature"
    params = [p.split(":")[0].strip() for p in re.split(r",\s*(?=\w+:)", head.group(1))
              if p.strip() not in ("", "*")]
    doc = inspect.getdoc(func) or ""
    assert undocumented(params, doc) == []
    assert section(doc, "Returns") is not None


def test_the_compiled_functions_are_among_the_names_checked():
    assert {"month_statement", "price_basket", "check"} <= dict(compiled_functions()).keys()
