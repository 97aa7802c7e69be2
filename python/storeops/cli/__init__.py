"""The command line: ``python -m storeops`` and the ``storeops`` command (:func:`main`), each
command a function of :mod:`storeops.cli.commands`; ``demo`` what ``make demo`` runs."""

from __future__ import annotations

from storeops.cli.commands import build_parser, main

__all__ = ["build_parser", "main"]
