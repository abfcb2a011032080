"""``--fix``: write redacted payloads, atomically, beside the original, over it, or to --output.

Only API payloads are rewritten (with ``scrub(mode="redact")``'s params, and
the other keys of a self-describing payload redacted as free text); a
payload holding a blocked value (a credential) is left as it is, and
CloudFormation templates are reported, not rewritten (their comments, layout
and short-form tags would not survive a rewrite). JSON Lines keep every
untouched record byte for byte; JSON and YAML files are written anew (YAML
comments are not kept).
"""

from __future__ import annotations

import contextlib
import copy
import json
import os
import stat
import tempfile
from pathlib import Path
from typing import Any

import yaml

from scrubber.cli.check import PAYLOAD, FileResult, Unit
from scrubber.cli.inputs import Document, Source


def target_for(path: Path, *, in_place: bool, output: Path | None) -> Path:
    if in_place:
        return path
    if output is not None:
        return output
    return path.with_name(f"{path.stem}.redacted{path.suffix}")


def fixed_text(result: FileResult) -> str | None:
    """The file with each redacted payload in place, or None if nothing changed."""
    source = result.source
    changed = {
        position: unit
        for position, unit in result.unit_of.items()
        if unit.kind == PAYLOAD and unit.redacted is not None
    }
    if source is None or not changed:
        return None
    if source.format == "jsonl":
        return _json_lines(source, result, changed)
    values = copy.copy(source.values)
    for position, unit in changed.items():
        doc = result.docs[position]
        assert isinstance(doc, Document)
        top, item = doc.part
        if item is None:
            values[top] = _replaced(doc, unit)
        else:
            values[top] = list(values[top])
            values[top][item] = _replaced(doc, unit)
    if source.format == "json":
        return json.dumps(values[0], indent=2, ensure_ascii=False) + "\n"
    return yaml.safe_dump_all(values, sort_keys=False, allow_unicode=True)


def _json_lines(source: Source, result: FileResult, changed: dict[int, Unit]) -> str:
    lines = source.text.splitlines(keepends=True)
    for position, unit in changed.items():
        doc = result.docs[position]
        assert isinstance(doc, Document)
        old = lines[doc.line_offset]
        ending = old[len(old.rstrip("\r\n")) :]
        lines[doc.line_offset] = json.dumps(_replaced(doc, unit), ensure_ascii=False) + ending
    return "".join(lines)


def _replaced(doc: Document, unit: Unit) -> Any:
    return unit.redacted


def atomic_write(target: Path, text: str, *, like: Path) -> None:
    """Write through a temporary file in the same folder, then rename over ``target``:
    a reader never sees half a file, and a crash leaves the old one."""
    fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        # Keep the original's permissions: a private file stays private.
        os.chmod(temporary, stat.S_IMODE(like.stat().st_mode))
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
