"""What scrub-check reads: files found under folders, read within limits, split into documents.

JSON (one value, or a list of them), JSON Lines (``.jsonl``, ``.ndjson``) and
YAML (``.yaml``, ``.yml``; several documents per stream) are read; other
suffixes are sniffed, and suffixes match in any case. A ``.json`` file that is
not strict JSON is read as JSON with comments and trailing commas, or as JSON
Lines. Errors name a line and column, never the content.
"""

from __future__ import annotations

import fnmatch
import json
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

import yaml
from yaml.nodes import Node, SequenceNode

from scrubber.cli import yaml_loader
from scrubber.cli.limits import MAX_DEPTH, MAX_FILE_BYTES, TOO_LONG_NUMBER
from scrubber.cli.locate import Span, Step, locate
from scrubber.cli.relaxed_json import relaxed
from scrubber.errors import InputError, NotTextError

DEFAULT_INCLUDE = ("*.json", "*.jsonl", "*.ndjson", "*.yaml", "*.yml", "*.template", "*.tf")
DEFAULT_EXCLUDE = (
    ".git",
    ".terraform",  # providers and modules terraform init downloaded: not the repository's own
    ".hg",
    ".svn",
    ".tox",
    ".venv",
    "__pycache__",
    "node_modules",
    "*.egg-info",
)
_JSON_LINES = (".jsonl", ".ndjson")
_YAML = (".yaml", ".yml")


# ---- finding files ---------------------------------------------------------


@dataclass(frozen=True)
class Selection:
    """Globs matched against a path relative to the folder given, and against
    each trailing part of it: ``*.json`` matches at any depth, ``fixtures/*``
    anything under a ``fixtures`` folder."""

    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE

    def excluded(self, relative: PurePosixPath) -> bool:
        return _matches(relative, self.exclude)

    def included(self, relative: PurePosixPath) -> bool:
        # Suffixes in any case: template.YAML, CONFIG.Json.
        lower = relative.with_name(relative.name.lower())
        wanted = _matches(relative, self.include) or _matches(lower, self.include)
        return wanted and not self.excluded(relative)


def _matches(relative: PurePosixPath, globs: Sequence[str]) -> bool:
    parts = relative.parts
    tails = ["/".join(parts[i:]) for i in range(len(parts))]
    return any(fnmatch.fnmatchcase(tail, glob) for glob in globs for tail in tails)


@dataclass(frozen=True)
class Missing:
    """A path given on the command line that does not exist."""

    path: Path


def discover(paths: Sequence[Path], selection: Selection) -> Iterator[Path | Missing]:
    """Files to check, in a stable order. Files named on the command line are
    always checked; the globs choose among the files found in folders."""
    seen: set[Path] = set()
    for path in paths:
        if path.is_dir():
            found: Iterator[Path] = _walk(path, selection)
        elif path.exists():
            found = iter([path])
        else:
            yield Missing(path)
            continue
        for file in found:
            key = file.resolve()
            if key not in seen:
                seen.add(key)
                yield file


def _walk(root: Path, selection: Selection) -> Iterator[Path]:
    # Directory symlinks are not followed: they can loop.
    for folder, dirs, files in os.walk(root):
        base = Path(folder)
        relative = PurePosixPath(base.relative_to(root).as_posix())
        dirs[:] = sorted(d for d in dirs if not selection.excluded(relative / d))
        for name in sorted(files):
            if selection.included(relative / name) and (base / name).is_file():
                yield base / name


# ---- reading files ---------------------------------------------------------


@dataclass
class Source:
    """One file's text, with the parsed node trees kept for line numbers."""

    path: Path
    format: str  # "json", "jsonl", "yaml" or "hcl"
    text: str = field(repr=False)
    # the top-level values (a JSON file's one, a YAML stream's documents), for --fix
    values: list[Any] = field(default_factory=list, repr=False)
    _nodes: list[Node] | None = field(default=None, repr=False)
    # JSON with comments: the text with them blanked, for line numbers
    parsed_text: str | None = field(default=None, repr=False)

    @property
    def name(self) -> str:
        return str(self.path)

    def nodes(self) -> list[Node]:
        """The file's node trees, composed on first use (JSON is read as YAML)."""
        if self._nodes is None:
            try:
                self._nodes = yaml_loader.compose_all(self.parsed_text or self.text)
            except (yaml.YAMLError, RecursionError):
                self._nodes = []  # no line numbers, the findings still stand
        return self._nodes


def read_source(path: Path) -> Source:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise NotTextError(f"larger than the {MAX_FILE_BYTES}-byte limit")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file") from None
    except OSError as exc:
        raise InputError(f"cannot read ({exc.strerror or type(exc).__name__})") from None
    if len(raw) > MAX_FILE_BYTES:  # it grew since stat
        raise NotTextError(f"larger than the {MAX_FILE_BYTES}-byte limit")
    if b"\0" in raw[:8192]:
        raise NotTextError("binary file, not JSON or YAML text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise NotTextError(f"not UTF-8 text (byte {exc.start})") from None
    return Source(path, _format(path, text), text)


def _format(path: Path, text: str) -> str:
    suffix = path.suffix.lower()
    if suffix == ".tf":
        return "hcl"  # Terraform: read by scrubber.producers.terraform, not split into documents
    if suffix in _JSON_LINES:
        return "jsonl"
    if suffix in _YAML:
        return "yaml"
    if suffix == ".json" or text.lstrip()[:1] in ("{", "["):
        return "json"
    return "yaml"


# ---- documents -------------------------------------------------------------


@dataclass
class Document:
    """One value to check: a whole file, an item of a list, a record, a YAML document."""

    source: Source
    index: int | None  # its position when the file holds several
    data: Any = field(repr=False)
    root: Callable[[], Node | None] = field(repr=False)
    line: int | None = None  # the line it starts on, when known without parsing twice
    line_offset: int = 0  # JSON Lines: the record's node tree starts at line 1
    part: tuple[int, int | None] = (0, None)  # (top-level value, item of it when a list)

    @property
    def where(self) -> str:
        return self.source.name if self.index is None else f"{self.source.name}#{self.index}"

    def span(self, steps: list[Step]) -> Span | None:
        node = self.root()
        if node is None:
            return None
        return locate(node, steps, line_offset=self.line_offset)


@dataclass(frozen=True)
class ItemError:
    """A record or item of a file that cannot be read; the file's others still are."""

    index: int | None
    line: int | None
    message: str


def documents(source: Source) -> list[Document | ItemError]:
    """Split a file into documents; a file that cannot be parsed raises InputError."""
    if source.format == "jsonl":
        return _json_lines(source)
    if source.format == "json":
        try:
            source.values = [_load_json(source.text)]
        except InputError:
            if not _json_fallback(source):
                raise
            if source.format == "jsonl":
                return _json_lines(source)
        return _spread(source, source.nodes)
    loaded = yaml_loader.load_all(source.text)
    source._nodes = [node for _, node in loaded]  # composed already: keep for line numbers
    source.values = [data for data, _ in loaded]
    return _spread(source, source.nodes)


def _spread(source: Source, nodes: Callable[[], list[Node]]) -> list[Document | ItemError]:
    """A top-level list holds one document per item (a list of payloads)."""
    located: list[tuple[Any, tuple[int, int | None]]] = []
    for d, value in enumerate(source.values):
        if isinstance(value, list):
            located.extend((item, (d, i)) for i, item in enumerate(value))
        else:
            located.append((value, (d, None)))
    several = len(located) > 1
    return [
        Document(source, n if several else None, value, _item_node(nodes, *part), part=part)
        for n, (value, part) in enumerate(located)
    ]


def _item_node(
    nodes: Callable[[], list[Node]], doc: int, item: int | None
) -> Callable[[], Node | None]:
    def root() -> Node | None:
        trees = nodes()
        if doc >= len(trees):
            return None
        node = trees[doc]
        if item is None:
            return node
        items: list[Node] = node.value if isinstance(node, SequenceNode) else []
        return items[item] if item < len(items) else None

    return root


def _json_fallback(source: Source) -> bool:
    """Read a ``.json`` file that strict JSON refused: JSON Lines, or JSON with
    comments and trailing commas. False if neither reads it."""
    records = [line for line in source.text.splitlines() if line.strip()]
    if len(records) > 1 and all(r.lstrip()[:1] in ("{", "[") for r in records):
        try:
            for record in records:
                _load_json(record, in_record=True)
        except InputError:
            pass
        else:
            source.format = "jsonl"
            return True
    cleaned = relaxed(source.text)
    if cleaned == source.text:
        return False
    try:
        source.values = [_load_json(cleaned)]
    except InputError:
        return False
    source.parsed_text = cleaned
    return True


def _json_lines(source: Source) -> list[Document | ItemError]:
    out: list[Document | ItemError] = []
    records = [(n, line) for n, line in enumerate(source.text.splitlines()) if line.strip()]
    for index, (n, line) in enumerate(records):
        try:
            data = _load_json(line, in_record=True)
        except InputError as exc:
            out.append(ItemError(index, n + 1, str(exc)))
            continue
        out.append(Document(source, index, data, _line_node(line), n + 1, n))
    return out


def _line_node(line: str) -> Callable[[], Node | None]:
    composed: list[Node | None] = []

    def root() -> Node | None:
        if not composed:  # compose once, on the record's first finding
            try:
                nodes = yaml_loader.compose_all(line)
            except (yaml.YAMLError, RecursionError):
                nodes = []
            composed.append(nodes[0] if nodes else None)
        return composed[0]

    return root


class _DuplicateKey(Exception):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # A duplicate key hides a value from the check, yet the file still holds it.
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _DuplicateKey
        out[key] = value
    return out


def _load_json(text: str, *, in_record: bool = False) -> Any:
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicates)
    except json.JSONDecodeError as exc:
        # The decoder's message names no content, but keep only the place anyway;
        # a JSON Lines record is reported at its line already.
        place = f"line {exc.lineno}, " if not in_record else ""
        raise InputError(f"not valid JSON ({place}column {exc.colno})") from None
    except _DuplicateKey:
        raise InputError("duplicate key in a JSON object") from None
    except ValueError:  # after JSONDecodeError, a subclass: Python's int-size guard
        raise InputError(f"not valid JSON ({TOO_LONG_NUMBER})") from None
    except RecursionError:
        raise InputError(f"nested deeper than {MAX_DEPTH} levels") from None
    check_depth(data)
    return data


def check_depth(data: Any) -> None:
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, (dict, list)):
            if depth > MAX_DEPTH:
                raise InputError(f"nested deeper than {MAX_DEPTH} levels")
            children = value.values() if isinstance(value, dict) else value
            stack.extend((child, depth + 1) for child in children)
