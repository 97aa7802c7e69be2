"""``python -m storeops``: the command line (see ``python -m storeops --help``)."""

from .cli import main

raise SystemExit(main())
