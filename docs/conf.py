"""Sphinx configuration of the documentation site (``make docs`` builds it into build/docs/html).

The pages stay Markdown files (MyST); the theme is the PyData theme, as NumPy's and pandas'
sites. Warnings are errors (``make docs`` passes -W) and the build never reaches the network.
The command-line reference is written from the command line's own parser at each build, so
that it cannot drift from the code."""

from __future__ import annotations

import argparse
import pathlib

project = "storeops"
author = "the storeops developers"
extensions = ["myst_parser", "sphinx.ext.autodoc", "sphinx.ext.napoleon"]
autodoc_default_options = {"member-order": "bysource"}
napoleon_numpy_docstring = True
source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build"]
myst_heading_anchors = 3
html_theme = "pydata_sphinx_theme"
html_title = "storeops"
html_theme_options = {"navigation_with_keys": False, "show_toc_level": 2}

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


def setup(app: object) -> None:
    write_cli_reference()
