"""``python -m storeops``: the command line (see ``python -m storeops --help``)."""

from storeops.cli import main

raise SystemExit(main())
