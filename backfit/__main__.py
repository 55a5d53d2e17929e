"""`python -m backfit` runs the CLI."""

from backfit.cli.main import main

raise SystemExit(main())
