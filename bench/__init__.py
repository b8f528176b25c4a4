"""Benchmarks: a generator for forums of any size and a load script (see bench/README.md)."""
