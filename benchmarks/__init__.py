"""The benchmark harness: newsclean beside its peers, on HTML and on plain-text dumps.

Run it as ``python benchmarks/run.py --help``; see docs/benchmarks.md for the latest figures.
"""
