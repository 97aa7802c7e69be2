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
    copy_notebooks()
