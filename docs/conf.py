"""Sphinx configuration of the documentation site (``make docs`` builds it into build/docs/html).

The pages stay Markdown files (MyST); the theme is the PyData theme, as NumPy's and pandas'
sites. Warnings are errors (``make docs`` passes -W) and the build never reaches the network.
The command-line reference is written from the command line's own parser at each build, so
that it cannot drift from the code."""

from __future__ import annotations

import argparse
import pathlib
import re

project = "storeops"
author = "the storeops developers"
# myst_nb reads the Markdown pages (it carries myst_parser) and the notebooks, which are shown
# as they are and never run here (`make test` runs them with nbmake)
extensions = ["myst_nb", "sphinx.ext.autodoc", "sphinx.ext.napoleon"]
nb_execution_mode = "off"
autodoc_default_options = {"member-order": "bysource"}
napoleon_numpy_docstring = True
source_suffix = {".md": "myst-nb", ".ipynb": "myst-nb"}
root_doc = "index"
exclude_patterns = ["_build"]
myst_heading_anchors = 3
html_theme = "pydata_sphinx_theme"
html_title = "storeops"
html_theme_options = {"navigation_with_keys": False, "show_toc_level": 2}
# the landing page and the one-page sections have no section pages to list beside them
html_sidebars = {"index": [], "performance": [], "notebooks": []}

HERE = pathlib.Path(__file__).parent


def write_cli_reference(*_: object) -> None:
    """docs/reference/cli.md from storeops.cli.build_parser(): each command's --help."""
    from storeops.cli import build_parser

    parser = build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    parts = ["# Command line\n",
             "`python -m storeops COMMAND ...`: every command and what it takes, as "
             "`python -m storeops COMMAND --help` prints it (generated from the parser).\n",
             "```text", parser.format_help().rstrip(), "```\n"]
    for name, sub in commands.choices.items():
        parts += [f"## `{name}`\n", "```text", sub.format_help().rstrip(), "```\n"]
    target = HERE / "reference" / "cli.md"
    text = "\n".join(parts)
    if not target.exists() or target.read_text(encoding="utf-8") != text:
        target.write_text(text, encoding="utf-8")


DECLARATION = re.compile(
    r"^(?:template <[^>]*>\s*)?(?:(struct|class|enum class)\s+(\w+)|using (\w+) =|"
    r"inline (?:constexpr )?[\w:<>,&* ]+?\b(\w+)\()")


def header_entries(path: pathlib.Path) -> tuple[str, list[tuple[str, str]]]:
    """A header's opening comment and its documented declarations at namespace level: each
    `///` comment followed by a struct, class, enum, alias or inline function."""
    lines = path.read_text(encoding="utf-8").splitlines()
    opening, entries, doc = [], [], []
    for i, line in enumerate(lines):
        if line.startswith("///"):
            text = line[3:].strip()
            if not entries and not doc and i < 3 + len(opening):
                opening.append(text)
                continue
            doc.append(text)
            continue
        found = DECLARATION.match(line)
        if found and doc:
            name = next(g for g in found.groups()[1:] if g)
            entries.append((name, " ".join(doc)))
        if not line.startswith("template"):
            doc = []
    return " ".join(opening), entries


def write_cpp_reference(*_: object) -> None:
    """docs/reference/cpp-api.md from the headers' own comments (the documented equivalent of
    Doxygen: every header under include/storeops/, its purpose and its documented names)."""
    include = HERE.parent / "include"
    parts = ["# C++ API\n",
             "Every header of the library by area, with what it is for and the names it "
             "documents, as the headers' own comments say (generated from them at each build). "
             "`#include <storeops/storeops.hpp>` brings everything; each area has an umbrella "
             "header of its name.\n"]
    for area in sorted(p for p in (include / "storeops").iterdir() if p.is_dir()):
        if area.name == "detail":
            continue
        parts.append(f"## `{area.name}/`\n")
        for header in sorted(area.glob("*.hpp")):
            opening, entries = header_entries(header)
            rel = header.relative_to(include)
            parts.append(f"### `<{rel}>`\n")
            if opening:
                parts.append(opening.replace("*", "\\*") + "\n")
            for name, doc in entries:
                parts.append(f"- **`{name}`**: " + doc.replace("*", "\\*").replace("<", "&lt;"))
            parts.append("")
    target = HERE / "reference" / "cpp-api.md"
    text = "\n".join(parts) + "\n"
    if not target.exists() or target.read_text(encoding="utf-8") != text:
        target.write_text(text, encoding="utf-8")


#: The compiled core's names by area: the bindings file that binds a name says its area
#: (python/src/register_<file>.cpp), as the package's folders do for the Python layer's.
REGISTER_AREA = {"money": "core", "funnel": "market", "credit": "market", "report": "market",
                 "market": "market", "campaigns": "market", "staffing": "team", "erlang": "team",
                 "pay": "team", "assessment": "team", "plan": "plan", "finance": "plan",
                 "lifecycle": "plan", "simulate": "simulation", "tracking": "tracking",
                 "catalog": "catalog", "campaign_day": "campaign_day"}
#: The areas of the Python API in the order of the layers (docs/layout.md), bottom first.
AREAS = ("core", "plan", "market", "simulation", "team", "catalog", "campaign_day", "readers",
         "tracking", "reviews", "outputs")


def core_areas() -> dict[str, str]:
    """Each compiled name of the package's top and the area whose bindings file binds it."""
    out: dict[str, str] = {}
    for path in sorted((HERE.parent / "python" / "src").glob("register_*.cpp")):
        area = REGISTER_AREA[path.stem.removeprefix("register_")]
        for name in re.findall(r'(?:\(m,|m\.def\(|m\.attr\()\s*"([A-Za-z_][A-Za-z0-9_]*)"',
                               path.read_text(encoding="utf-8")):
            out.setdefault(name, area)
    return out


def area_of(name: str, obj: object, core: dict[str, str]) -> str:
    """The area a public name belongs to: its module's folder, or its bindings file's."""
    import inspect

    module = obj.__name__ if inspect.ismodule(obj) else getattr(inspect.unwrap(obj), "__module__", "")
    parts = (module or "").split(".")
    if len(parts) >= 2 and parts[0] == "storeops" and parts[1] in AREAS:
        return parts[1]
    if name in core:
        return core[name]
    home = home_of(name, obj)  # a table or a constant: the lowest area whose module holds it
    if home is not None:
        return home.split(".")[1]
    if name == "__version__":
        return "core"
    raise RuntimeError(f"docs/conf.py: no area for storeops.{name} (module {module!r})")


def home_of(name: str, obj: object) -> str | None:
    """The module of the Python layer that holds a table or a constant (its ``#:`` comment is
    its documentation), the lowest area first; None for the compiled core's."""
    import inspect
    import sys

    for area in AREAS:
        for module in sorted(m for m in sys.modules if m.startswith(f"storeops.{area}.")):
            held = sys.modules[module]
            if getattr(held, name, None) is obj and re.search(
                    rf"^{name}\s*[:=]", inspect.getsource(held), re.M):  # defined there
                return module
    return None


def directive(name: str, obj: object) -> list[str]:
    import inspect

    if inspect.ismodule(obj):  # a module users reach by its short name: what it is for
        return [f".. automodule:: {obj.__name__}", ""]
    if inspect.isclass(obj) and issubclass(obj, BaseException):
        return [f".. autoexception:: storeops.{name}", ""]
    if inspect.isclass(obj):
        return [f".. autoclass:: storeops.{name}", "   :members:", "   :undoc-members:", ""]
    if callable(obj):
        return [f".. autofunction:: storeops.{name}", ""]
    home = home_of(name, obj)
    if home is not None:
        return [f".. autodata:: {home}.{name}", "   :no-value:", ""]
    shown = repr(obj) if len(repr(obj)) <= 200 else repr(obj)[:197] + "..."
    return [".. py:currentmodule:: storeops", "", f".. py:data:: {name}", f"   :value: {shown}", ""]


def write_python_reference(*_: object) -> None:
    """docs/reference/python/<area>.md: every name of ``storeops.__all__`` on the page of its
    area (one page per subpackage), each documented from its own docstring; a name that finds
    no area stops the build."""
    import importlib

    import storeops

    core = core_areas()
    by_area: dict[str, list[str]] = {area: [] for area in AREAS}
    for name in sorted(storeops.__all__, key=str.lower):
        by_area[area_of(name, getattr(storeops, name), core)].append(name)
    folder = HERE / "reference" / "python"
    folder.mkdir(exist_ok=True)
    for area, names in by_area.items():
        package = importlib.import_module(f"storeops.{area}")
        summary = (package.__doc__ or "").strip().split("\n\n")[0].replace("\n", " ")
        lines = [f"# storeops.{area}", "", summary, "",
                 "Each name is reached from the top of the package, as `storeops.<name>`.", "",
                 "```{eval-rst}"]
        for name in names:
            lines += directive(name, getattr(storeops, name))
        lines.append("```")
        if not names:
            lines = lines[:4] + ["Its names are used by the other areas; none is reached from "
                                 "the top of the package."]
        target = folder / f"{area}.md"
        text = "\n".join(lines) + "\n"
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            target.write_text(text, encoding="utf-8")


def copy_notebooks() -> None:
    """The project's notebooks into docs/notebooks/ (outside the tree Sphinx reads otherwise)."""
    target = HERE / "notebooks"
    target.mkdir(exist_ok=True)
    for notebook in sorted((HERE.parent / "notebooks").glob("*.ipynb")):
        copy = target / notebook.name
        if not copy.exists() or copy.read_bytes() != notebook.read_bytes():
            copy.write_bytes(notebook.read_bytes())


def setup(app: object) -> None:
    write_cli_reference()
    write_cpp_reference()
    write_python_reference()
    copy_notebooks()
