"""Every public name says what it raises, in a numpydoc ``Raises`` section the API reference
prints, unless it cannot raise: an exception or warning class, a function that takes nothing,
or a record storeops makes for you (no constructor, no method that takes anything). Every
exception a section names exists. What the sections say is raised is checked, error by error,
in the tests of each area and in test_refused_when_made.py."""

import builtins
import dataclasses
import inspect
import re

import pytest

import storeops
from public_api import compiled, public_names

SECTION = re.compile(r"^Raises\n------\n((?:.+\n?)+)", re.M)

#: Records of the Python layer that open_store, week_review and returns_report make and that have no method.
MADE_BY_STORE = {"Store", "ReviewData", "ReturnsReport"}


def core_signature_params(obj) -> str:
    """What a compiled function takes, from the signature pybind11 writes first in its doc."""
    first = (obj.__doc__ or "").lstrip().split("\n", 1)[0]
    found = re.match(r"\w+\((.*)\) ->", first)
    assert found, f"no signature in {first!r}"
    return found.group(1)


def core_record(obj) -> bool:
    """A compiled class Python cannot construct, whose methods take nothing but self."""
    try:
        obj()
    except TypeError as err:
        if "No constructor defined" not in str(err):
            return False
    else:
        return False
    for name, member in vars(obj).items():
        if name.startswith("_") or isinstance(member, property) or not callable(member):
            continue
        if not re.match(r"\w+\(", (member.__doc__ or "").lstrip()):
            # a method the Python layer adds (Payroll.to_frame): its own signature
            if list(inspect.signature(member).parameters) != ["self"]:
                return False
            continue
        params = core_signature_params(member)
        if params.split(":")[0].strip() != "self" or "," in params:
            return False
    return True


def cannot_raise(name, obj) -> bool:
    if inspect.isclass(obj) and issubclass(obj, (BaseException, Warning)):
        return True
    if inspect.isclass(obj):
        return core_record(obj) if compiled(obj) else name in MADE_BY_STORE
    if compiled(obj):
        return core_signature_params(obj) == ""
    return not inspect.signature(obj).parameters


def test_every_name_that_can_raise_says_what():
    without = [name for name, obj in public_names()
               if not cannot_raise(name, obj)
               and not SECTION.search(inspect.getdoc(inspect.unwrap(obj)) or "")]
    assert without == []


def test_the_names_that_cannot_raise_are_few_and_what_they_claim():
    exempt = sorted(name for name, obj in public_names() if cannot_raise(name, obj))
    # the exceptions and warnings, the records storeops returns, roster_solver_available(),
    # example_daily_report() and example_items()
    assert {"Error", "WrongTypeError", "MoneyOverflowError", "MissingDaysWarning",
            "MonthStatement", "Roster", "roster_solver_available", "example_items"} <= set(exempt)
    assert not {"Money", "Plan", "simulate", "week_review", "Funnel", "Promotion"} & set(exempt)
    for name in MADE_BY_STORE:
        cls = getattr(storeops, name)
        assert dataclasses.is_dataclass(cls)
        assert [m for m, v in vars(cls).items() if not m.startswith("_") and callable(v)] == []


def named_exceptions(doc):
    for line in SECTION.search(doc).group(1).split("\n"):
        if line and not line.startswith(" "):
            yield line.strip()


@pytest.mark.parametrize("name", sorted(n for n, o in public_names()
                                        if SECTION.search(inspect.getdoc(inspect.unwrap(o)) or "")))
def test_each_exception_a_section_names_exists(name):
    doc = inspect.getdoc(inspect.unwrap(getattr(storeops, name)))
    for exc in named_exceptions(doc):
        owner, _, attr = exc.rpartition(".")
        cls = getattr(storeops if owner == "storeops" else builtins, attr, None)
        assert owner in ("", "storeops") and inspect.isclass(cls) and issubclass(cls, BaseException), \
            f"{name}: Raises names {exc!r}"


def test_a_class_whose_fields_are_checked_points_to_what_each_allows():
    """Its Raises section is written by the binding that makes its checked setters."""
    checked = {name: obj for name, obj in public_names() if hasattr(obj, "ALLOWED")}
    assert {"CostStructure", "MarketAssumptions", "PayPolicy", "StaffingPolicy"} <= set(checked)
    for name, cls in checked.items():
        section = SECTION.search(inspect.getdoc(cls)).group(1)
        assert f"``{name}.ALLOWED``" in section, name
