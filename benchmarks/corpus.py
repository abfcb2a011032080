"""Read the labeled corpus and match findings to its labels.

Paths are compared in a positional form: a map key ``["Owner"]`` becomes
``[#2]`` (its position in the map), since fieldguard reports a sensitive key by
position rather than by content.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import regex

if TYPE_CHECKING:
    from scrubber.fields import FieldSpec

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "corpus" / "cases"
SERVICES = ("forecast", "personalize", "iot", "iottwinmaker", "lookoutmetrics")


def use_shared_models() -> None:
    """Lookout for Metrics' model ships in the package; plain botocore sessions need the path."""
    os.environ.setdefault("AWS_DATA_PATH", str(ROOT / "scrubber" / "data" / "models"))


@dataclass(frozen=True)
class Label:
    path: str
    value: str
    entity: str | None  # None: benign


@dataclass(frozen=True)
class Case:
    id: str
    service: str
    operation: str
    params: dict[str, Any]
    planted: tuple[Label, ...]
    benign: tuple[Label, ...]
    source: str


def load_cases(folder: Path = CASES) -> list[Case]:
    cases = []
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            d = json.loads(line)
            cases.append(
                Case(
                    id=d["id"],
                    service=d["service"],
                    operation=d["operation"],
                    params=d["params"],
                    planted=tuple(Label(p["path"], p["value"], p["entity"]) for p in d["planted"]),
                    benign=tuple(Label(b["path"], b["value"], None) for b in d["benign"]),
                    source=d.get("source", ""),
                )
            )
    return cases


_SEGMENT = regex.compile(
    r"""\.?(?P<member>[A-Za-z0-9_\-]+)
      | \[(?P<index>\d+)\]
      | \[\#(?P<vpos>\d+)\]
      | \{\#(?P<kpos>\d+)\}
      | \[(?P<vkey>"(?:[^"\\]|\\.)*")\]
      | \{(?P<kkey>"(?:[^"\\]|\\.)*")\}""",
    regex.X,
)


def resolve(path: str, params: Any) -> tuple[str, str | None]:
    """(positional path, the string found there or None)."""
    node: Any = params
    out: list[str] = []
    pos = 0
    while pos < len(path):
        m = _SEGMENT.match(path, pos)
        if not m:
            raise ValueError(f"bad path at {pos}: {path}")
        pos = m.end()
        if m["member"] is not None:
            out.append(("." if out else "") + m["member"])
            node = node.get(m["member"]) if isinstance(node, dict) else None
        elif m["index"] is not None:
            out.append(f"[{m['index']}]")
            i = int(m["index"])
            node = node[i] if isinstance(node, list) and i < len(node) else None
        elif m["vpos"] is not None or m["kpos"] is not None:
            i = int(m["vpos"] or m["kpos"])
            keys = list(node) if isinstance(node, dict) else []
            key = keys[i] if i < len(keys) else None
            is_key = m["kpos"] is not None
            out.append(f"{{#{i}}}" if is_key else f"[#{i}]")
            node = key if is_key else (node.get(key) if key is not None else None)
        else:
            key = json.loads(m["vkey"] or m["kkey"])
            keys = list(node) if isinstance(node, dict) else []
            i = keys.index(key) if key in keys else -1
            is_key = m["kkey"] is not None
            out.append(f"{{#{i}}}" if is_key else f"[#{i}]")
            node = key if is_key else (node.get(key) if isinstance(node, dict) else None)
    return "".join(out), node if isinstance(node, str) else None


def leaves(case: Case) -> list[tuple[str, str, FieldSpec]]:
    """(positional path, string, field spec) of every string in a case, map keys included."""
    from scrubber.producers.payload import iter_fields
    from scrubber.service_models import operation_model

    op = operation_model(case.service, case.operation)
    fields = iter_fields(case.params, op.input_shape, op.service_model.service_name)
    return [(resolve(str(f.path), case.params)[0], f.text, f.spec) for f in fields]


def spans_of(label: Label, params: Any) -> tuple[str, list[tuple[int, int]]]:
    """Positional path of a label and the spans of its value in the field."""
    where, text = resolve(label.path, params)
    if text is None:
        return where, []
    spans, start = [], text.find(label.value)
    while start >= 0:
        spans.append((start, start + len(label.value)))
        start = text.find(label.value, start + 1)
    return where, spans
