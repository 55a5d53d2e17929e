"""One module per CLI command; `backfit.cli` discovers them.

Each module defines `add_parser(subparsers, common)`, registering a subparser that inherits
`common` (for `--db`) and sets `run=<function(args) -> int>` as a default.
"""
