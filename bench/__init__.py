"""Benchmarks and the synthetic-history generator they (and some tests) use."""
