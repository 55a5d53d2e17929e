"""The `backfit` command line: one module per command, listed in `backfit.cli.main.COMMANDS`.

Each command module defines `add_parser(subparsers, common)`, registering a subparser that
inherits `common` (for `--db`), ends its help with a runnable example, and sets
`run=<function(args) -> int>` as a default. Commands call `backfit.services` and `core`, never
the UI.
"""

from backfit.cli.main import main

__all__ = ["main"]
