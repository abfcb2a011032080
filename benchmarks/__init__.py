"""Benchmarks and the corpus reader they share with the tests."""
