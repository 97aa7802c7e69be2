"""The storeops command line."""

from __future__ import annotations

import argparse
import pathlib
import sys
from typing import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m storeops",
        description="Plan and run an online marketplace store (Tmall, Taobao).",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    demo = commands.add_parser("demo", help="compute the seed plan's figures and write plots")
    demo.add_argument("--out", default="out", help="folder for the plots (default: out)")
    args = parser.parse_args(argv)
    if args.command == "demo":
        from .demo import run

        run(pathlib.Path(args.out), stream=sys.stdout)
    return 0
