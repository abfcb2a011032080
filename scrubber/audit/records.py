"""Finding and reading CloudTrail files on a local disk.

Accepted: folders in CloudTrail's S3 layout (searched recursively, digest files
left out), ``.json``/``.json.gz`` files of ``{"Records": [...]}`` (or a list of
events, or one event), and JSON Lines of events (``.jsonl``/``.ndjson``, gzipped
or not: CloudTrail Lake and Athena exports). Errors name the file and line,
never its content.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any, cast

from scrubber.errors import InputError

SUFFIXES = (".json", ".json.gz", ".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
_LINES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
_SKIP_PARTS = frozenset({"CloudTrail-Digest", ".git", "__pycache__"})
_GZIP_MAGIC = b"\x1f\x8b"


def is_remote(path: str) -> bool:
    return "://" in path


def discover(paths: Iterable[str]) -> list[Path]:
    """Every log file under ``paths``, sorted within each folder. A named file is
    always read; a folder yields files with a CloudTrail suffix."""
    found: list[Path] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found.extend(
                p
                for p in sorted(path.rglob("*"))
                if p.is_file()
                and p.name.lower().endswith(SUFFIXES)
                and not _SKIP_PARTS & set(p.relative_to(path).parts)
            )
        elif path.exists():
            found.append(path)
        else:
            raise InputError(f"{given}: no such file or folder")
    return found


def is_json_lines(path: Path | str) -> bool:
    return str(path).lower().endswith(_LINES)


def _open(path: Path) -> IO[bytes]:
    """The file's bytes, gunzipped if it is gzip (by content: S3 keys may lie)."""
    with path.open("rb") as probe:
        gzipped = probe.read(2) == _GZIP_MAGIC
    return cast(IO[bytes], gzip.open(path, "rb")) if gzipped else path.open("rb")


def read_events(path: Path) -> Iterator[Mapping[str, Any]]:
    """The events of one file, in order."""
    try:
        with _open(path) as stream:
            if is_json_lines(path):
                yield from _lines(path, stream)
                return
            try:
                document = json.load(stream)
            except ValueError as exc:
                line = getattr(exc, "lineno", None)
                where = f" (line {line})" if line else ""
                raise InputError(f"{path}: not valid JSON{where}") from None
    except (OSError, EOFError) as exc:
        raise InputError(f"{path}: cannot be read ({type(exc).__name__})") from None
    yield from _records(path, document)


def _lines(path: Path, stream: IO[bytes]) -> Iterator[Mapping[str, Any]]:
    for number, line in enumerate(stream, 1):
        if not line.strip():
            continue
        try:
            event = json.loads(line)
        except ValueError:
            raise InputError(f"{path}:{number}: not valid JSON") from None
        if not isinstance(event, Mapping):
            raise InputError(f"{path}:{number}: not an event object")
        yield event


def _records(path: Path, document: Any) -> Iterator[Mapping[str, Any]]:
    if isinstance(document, Mapping) and isinstance(document.get("Records"), list):
        items: list[Any] = document["Records"]
    elif isinstance(document, list):
        items = document
    elif isinstance(document, Mapping) and "eventSource" in document:
        items = [document]
    elif isinstance(document, Mapping) and "logFiles" in document:
        return  # a digest file outside CloudTrail-Digest/: no events
    else:
        raise InputError(f'{path}: neither CloudTrail\'s {{"Records": [...]}} nor events')
    for number, event in enumerate(items):
        if not isinstance(event, Mapping):
            raise InputError(f"{path}: record #{number} is not an event object")
        yield event
