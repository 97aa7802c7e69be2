"""Plain words for a call the compiled core cannot take.

pybind11 answers a wrong argument with "incompatible function arguments" and the whole list of
signatures. The public callables of ``storeops._core`` are wrapped here once, at import: the
call goes straight through, and only when pybind11 refuses it is the call compared with the
signature to say which parameter is wrong, what it takes and what it got, or which keyword is
unknown and the nearest valid one. The error is :class:`storeops.WrongTypeError`, both a
``storeops.Error`` (a ``ValueError``) and a ``TypeError``.
"""

from __future__ import annotations

import difflib
import functools
import os
import re
import types
from dataclasses import dataclass
from typing import Any, Callable

import numpy as np

from storeops import _core

_REFUSED = ("incompatible function arguments", "incompatible constructor arguments")


@dataclass(frozen=True)
class _Param:
    name: str
    annotation: str
    required: bool
    keyword_only: bool


def _split_top_level(text: str) -> list[str]:
    """Splits at commas outside brackets and quotes."""
    parts, depth, quote, start = [], 0, "", 0
    for i, ch in enumerate(text):
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "'\"":
            quote = ch
        elif ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append(text[start:i].strip())
            start = i + 1
    if text[start:].strip():
        parts.append(text[start:].strip())
    return parts


_SIGNATURE = re.compile(r"^\s*(?:\d+\.\s+)?[\w.]*\((.*)\)(?:\s*->.*)?$")


def _signatures(func: Any) -> list[list[_Param]]:
    """The overloads pybind11 wrote at the head of the docstring."""
    doc = getattr(func, "__doc__", None) or ""
    lines = doc.splitlines()
    heads = [ln for ln in lines if re.match(r"^\s*\d+\.\s+[\w.]*\(", ln)] if (
        len(lines) > 1 and lines[1].strip() == "Overloaded function.") else lines[:1]
    out = []
    for head in heads:
        match = _SIGNATURE.match(head)
        if not match:
            continue
        params, keyword_only = [], False
        for part in _split_top_level(match.group(1)):
            if part == "*":
                keyword_only = True
                continue
            if part in ("/", "*args", "**kwargs"):
                continue
            name, _, rest = part.partition(":")
            annotation, _, default = rest.partition("=")
            params.append(_Param(name.strip(), annotation.strip(), not default.strip(), keyword_only))
        out.append(params)
    return out


def _kind(annotation: str) -> str:
    if "SupportsFloat" in annotation or annotation == "float":
        return "number"
    if "SupportsInt" in annotation or annotation == "int":
        return "whole"
    if annotation in ("str", "bool", "object", ""):
        return annotation or "object"
    if annotation.startswith("storeops._core."):
        return "class"
    if annotation.startswith(("list[", "collections.abc.Sequence", "typing.Sequence",
                              "collections.abc.Iterable", "typing.Iterable")):
        return "list"
    if annotation.startswith("numpy"):
        return "array"
    if "PathLike" in annotation:
        return "path"
    return "object"


_EXPECTED = {"number": "a number", "whole": "a whole number", "str": "a string",
             "bool": "True or False", "list": "a list", "array": "an array of numbers",
             "path": "a path (str or os.PathLike)"}


def _fits(value: Any, annotation: str) -> bool:
    kind = _kind(annotation)
    is_bool = isinstance(value, (bool, np.bool_))
    if kind == "number":
        return not is_bool and isinstance(value, (int, float, np.integer, np.floating))
    if kind == "whole":
        return not is_bool and isinstance(value, (int, np.integer))
    if kind == "str":
        return isinstance(value, str)
    if kind == "bool":
        return is_bool
    if kind == "class":
        cls = getattr(_core, annotation.rsplit(".", 1)[1], None)
        return cls is None or isinstance(value, cls)
    if kind == "list":
        return isinstance(value, (list, tuple)) or hasattr(value, "__iter__")
    if kind == "array":
        return isinstance(value, (np.ndarray, list, tuple)) or np.isscalar(value)
    if kind == "path":
        return isinstance(value, (str, os.PathLike))
    return True


def _expected(annotation: str) -> str:
    kind = _kind(annotation)
    if kind == "class":
        return "a storeops." + annotation.rsplit(".", 1)[1]
    return _EXPECTED.get(kind, annotation)


def _got(value: Any) -> str:
    return f"{value!r} ({type(value).__name__})"


def _problems(name: str, params: list[_Param], args: tuple[Any, ...], kwargs: dict[str, Any]) -> list[str]:
    """What is wrong with the call against one signature; empty when nothing is found."""
    positional = [p for p in params if not p.keyword_only]
    if len(args) > len(positional):
        return [f"{name}() takes {len(positional)} positional argument(s), got {len(args)}; "
                f"pass the others by keyword ({', '.join(p.name for p in params[len(positional):])})"]
    bound = dict(zip((p.name for p in positional), args))
    names = [p.name for p in params]
    problems, suggested = [], set()
    for key, value in kwargs.items():
        if key not in names:
            near = difflib.get_close_matches(key, names, n=1)
            suggested.update(near)
            hint = f"; did you mean '{near[0]}'?" if near else ""
            problems.append(f"{name}() has no parameter '{key}'{hint} "
                            f"(parameters: {', '.join(n for n in names if n != 'self')})")
        elif key in bound:
            problems.append(f"{name}() got '{key}' twice, by position and by keyword")
        else:
            bound[key] = value
    for p in params:
        if p.name not in bound:
            if p.required and p.name not in suggested:
                problems.append(f"{name}() needs '{p.name}' ({_expected(p.annotation)})")
        elif not _fits(bound[p.name], p.annotation):
            problems.append(f"{name}(): {p.name} must be {_expected(p.annotation)}, "
                            f"got {_got(bound[p.name])}")
    return problems


def explain(name: str, func: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> str | None:
    """Why pybind11 refused the call, in a sentence; None when it cannot tell."""
    candidates = [_problems(name, params, args, kwargs) for params in _signatures(func)]
    candidates = [c for c in candidates if c]
    if not candidates:
        return None
    best: list[str] = min(candidates, key=lambda c: len(c))
    return "; ".join(best)


def _replacement(name: str, func: Any, args: tuple[Any, ...], kwargs: dict[str, Any],
                 err: BaseException) -> BaseException | None:
    """The library's error for a call pybind11 refused; None to let `err` through."""
    if isinstance(err, RuntimeError) and "incompatible size/dimension" in str(err):
        shapes = ", ".join(str(np.shape(a)) for a in [*args, *kwargs.values()]
                           if isinstance(a, (np.ndarray, list, tuple)))
        return _core.Error(f"{name}(): the arrays must have one shape, or shapes that "
                           f"broadcast to one (NumPy's rule), got shapes {shapes}")
    if (not isinstance(err, TypeError) or isinstance(err, _core.Error)
            or not any(r in str(err) for r in _REFUSED)):
        return None
    why = explain(name, func, args, kwargs)
    if why is None:  # pybind11's own first line, which names the function already
        first = str(err).splitlines()[0]
        why = first if first.startswith(f"{name}(") else f"{name}(): {first}"
    return _core.WrongTypeError(why)


def _guarded(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(func)
    def call(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except BaseException as err:
            replacement = _replacement(name, func, args, kwargs, err)
            # A failed __init__ leaves an unfinished object in args; a traceback that shows
            # locals (pytest, IPython's verbose mode) would call its repr and crash.
            del args, kwargs
            if replacement is None:
                raise
            raise replacement from None

    return call


def _guarded_setter(owner: str, attr: str, fset: Callable[..., Any]) -> Callable[..., Any]:
    def set_value(self: Any, value: Any) -> None:
        try:
            fset(self, value)
        except TypeError as err:
            if isinstance(err, _core.Error) or not any(r in str(err) for r in _REFUSED):
                raise
            params = _signatures(fset)
            annotation = params[0][-1].annotation if params and params[0] else ""
            raise _core.WrongTypeError(
                f"{owner}.{attr} must be {_expected(annotation)}, got {_got(value)}") from None

    return set_value


def _guard_class(cls: type) -> None:
    for attr, member in list(vars(cls).items()):
        if attr.startswith("__") and attr != "__init__":
            continue
        label = cls.__name__ if attr == "__init__" else f"{cls.__name__}.{attr}"
        if isinstance(member, staticmethod):
            setattr(cls, attr, staticmethod(_guarded(label, member.__func__)))
        elif isinstance(member, property):
            if member.fset is not None:
                setattr(cls, attr, property(member.fget, _guarded_setter(cls.__name__, attr, member.fset),
                                            member.fdel, member.__doc__))
        elif type(member).__name__ == "instancemethod":
            setattr(cls, attr, _guarded(label, getattr(cls, attr)))


def guard(module: types.ModuleType) -> None:
    """Wraps every public function and class of a compiled module (and its submodules)."""
    for attr in dir(module):
        if attr.startswith("__"):
            continue
        member = getattr(module, attr)
        if isinstance(member, types.ModuleType) and member.__name__.startswith(module.__name__):
            guard(member)
        elif isinstance(member, type) and member.__module__.startswith("storeops._core"):
            if not issubclass(member, BaseException):
                _guard_class(member)
                if hasattr(member, "FIELDS"):
                    guard_fields(member)
        elif type(member).__name__ == "builtin_function_or_method":
            setattr(module, attr, _guarded(attr.lstrip("_"), member))


def _nearest(name: str, valid: list[str]) -> str:
    close = difflib.get_close_matches(name, valid, n=1, cutoff=0.6)
    return f"; did you mean {close[0]!r}?" if close else ""


def guard_fields(cls: type) -> None:
    """A compiled class refuses an attribute it does not have with the nearest field's name
    (``plan.market.averge_order_value = 1``: did you mean 'average_order_value'?), as the plan
    file's loader does for an unknown key."""
    original: Callable[[Any, str, Any], None] = cls.__setattr__  # type: ignore[assignment]

    def __setattr__(self: Any, name: str, value: Any) -> None:
        if not name.startswith("_") and not hasattr(type(self), name):
            valid = [a for a in dir(type(self)) if not a.startswith("_")]
            raise AttributeError(f"{type(self).__name__} has no field {name!r}"
                                 f"{_nearest(name, valid)}")
        original(self, name, value)

    cls.__setattr__ = __setattr__  # type: ignore[method-assign, assignment]


def keywords(func: Callable[..., Any]) -> Callable[..., Any]:
    """A Python function whose call with a keyword it does not take names the nearest one
    (``simulate(plan, month=12)``: did you mean 'months'?) as a WrongTypeError."""
    import inspect

    signature = inspect.signature(func)
    names = [p.name for p in signature.parameters.values()
             if p.kind in (p.KEYWORD_ONLY, p.POSITIONAL_OR_KEYWORD)]

    @functools.wraps(func)
    def call(*args: Any, **kwargs: Any) -> Any:
        unknown = [k for k in kwargs if k not in names] if not any(
            p.kind == p.VAR_KEYWORD for p in signature.parameters.values()) else []
        if unknown:
            raise _core.WrongTypeError(
                f"{func.__name__}() takes no keyword {unknown[0]!r}{_nearest(unknown[0], names)} "
                f"(its keywords: {', '.join(names)})")
        return func(*args, **kwargs)

    return call
