"""Which engine an audit runs on: local (a process pool) or Spark."""

from __future__ import annotations

import argparse
from pathlib import Path

from scrubber.errors import UsageError

# Past this much input, "auto" picks Spark when it is installed.
AUTO_SPARK_BYTES = 1 << 30


def choose_engine(args: argparse.Namespace) -> str:
    from scrubber.audit.records import is_remote

    if args.engine != "auto":
        return str(args.engine)
    remote = any(is_remote(p) for p in args.paths)
    if not spark_installed():
        if remote:
            raise UsageError("s3:// paths need the Spark engine: pip install 'fieldguard[spark]'")
        return "local"
    if remote:
        return "spark"
    size = sum(_size(Path(p)) for p in args.paths)
    return "spark" if size >= AUTO_SPARK_BYTES else "local"


def spark_installed() -> bool:
    import importlib.util

    return importlib.util.find_spec("pyspark") is not None


def _size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) if path.is_dir() else 0
