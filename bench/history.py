"""Seeded synthetic training histories for the benchmarks (the generator lives in backfit).

uv run python -m bench.history --db /tmp/big.duckdb --profiles 100 --years 5
"""

from __future__ import annotations

from backfit.data.demo_history import build, generate, main, write

__all__ = ["build", "generate", "main", "write"]

if __name__ == "__main__":
    main()
