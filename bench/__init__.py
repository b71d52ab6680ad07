"""Benchmarks: each prints its figure and a raw baseline measured in the same run."""
