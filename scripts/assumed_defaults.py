"""Writes docs/assumptions.md: every default no seed gives, from the code itself.

Three sources, all the library's own: each field table (a compiled class's ``FIELDS``: name,
Chinese label, description) whose description says *assumed*, the preset's
``plan.assumptions`` (the values its seeds leave open), and each module constant of the Python
package whose ``#:`` comment says *assumed* (the reviews' and the desk's own defaults). The page is generated so that it cannot
drift from the code: ``make test`` runs this script with ``--check`` and fails when the page
differs from what the code says.

    .venv/bin/python scripts/assumed_defaults.py          # rewrite docs/assumptions.md
    .venv/bin/python scripts/assumed_defaults.py --check  # exit 1 when it is out of date
"""

from __future__ import annotations

import argparse
import pathlib
import re
import sys

PAGE = pathlib.Path(__file__).resolve().parents[1] / "docs" / "assumptions.md"
ASSUMED = re.compile(r"\bassumed\b", re.IGNORECASE)

HEADER = """# Assumed defaults

The five operation plans the model follows (the seeds, docs/model.md) leave many numbers open.
Where storeops needs one, it picks a default and marks it *assumed*. This page lists every such
default, generated from the code (`scripts/assumed_defaults.py`; `make test` checks it is up to
date): change one in your plan (the plan file, `storeops.save_plan` workbook, or Python) when
you know your store's own.

"""


def field_rows() -> list[tuple[str, str, str, str]]:
    """(class, field, 中文, description) of every field whose description says assumed."""
    import storeops
    from storeops import _core

    rows = []
    for name in sorted(dir(_core)):
        cls = getattr(_core, name)
        fields = getattr(cls, "FIELDS", None) if isinstance(cls, type) else None
        if not fields:
            continue
        for field, zh, doc in fields:
            if ASSUMED.search(doc) and field != "source":  # a source column names no default
                rows.append((name, field, zh, doc))
    assert storeops  # imported for its side effects on _core's registration
    return rows


def plan_rows() -> list[tuple[str, str]]:
    """(field, note) of the preset's own list of what its seeds leave open."""
    import storeops

    return [(a.field, a.note) for a in storeops.presets.tmall_2014().assumptions]


def constant_rows() -> list[tuple[str, str, str]]:
    """(module, constant, comment) of every module constant of the Python package whose ``#:``
    comment says assumed, in the order of the modules and of the source."""
    package = PAGE.parents[1] / "python" / "storeops"
    rows = []
    for path in sorted(package.rglob("*.py")):
        module = ".".join(path.relative_to(package.parent).with_suffix("").parts)
        block: list[str] = []
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("#:"):
                block.append(line[2:].strip())
                continue
            found = re.match(r"([A-Z_][A-Z0-9_]*)\s*(?::[^=]+)?=", line)
            if found and block and ASSUMED.search(" ".join(block)):
                rows.append((module, found.group(1), " ".join(block)))
            block = []
    return rows


def cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def page() -> str:
    lines = [HEADER, "## Fields whose default is assumed\n",
             "| class | field | 中文 | what it is |", "|---|---|---|---|"]
    lines += [f"| `{c}` | `{f}` | {cell(zh)} | {cell(doc)} |" for c, f, zh, doc in field_rows()]
    lines += ["", "## What the seed plan's preset assumes (`plan.assumptions`)\n",
              "| field | note |", "|---|---|"]
    lines += [f"| `{cell(f)}` | {cell(n)} |" for f, n in plan_rows()]
    lines += ["", "## The reviews' and the desk's own defaults (Python constants)\n",
              "Not plan data: module constants a user changes for a run (`storeops.reviews.desk."
              "ARRIVAL_DAYS[\"极兔\"] = 3`) or passes in where the function takes them.\n",
              "| constant | what it is |", "|---|---|"]
    lines += [f"| `{m}.{c}` | {cell(doc)} |" for m, c, doc in constant_rows()]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when the page is out of date")
    args = parser.parse_args(argv)
    text = page()
    if args.check:
        if not PAGE.exists() or PAGE.read_text(encoding="utf-8") != text:
            print(f"{PAGE} is out of date: run python scripts/assumed_defaults.py", file=sys.stderr)
            return 1
        return 0
    PAGE.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
