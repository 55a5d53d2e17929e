"""`python -m backfit` runs the CLI."""

from backfit.cli import main

raise SystemExit(main())
