"""Keep what fieldguard blocks or redacts out of the AWS CLI's own records.

The CLI writes a command's arguments before any botocore parameter event
runs: ``--debug`` logs "Arguments entered to CLI" and "Unpacked value of ...",
and with ``cli_history = enabled`` the history database stores a
``CLI_ARGUMENTS`` record (the raw argv) and an ``API_CALL`` record (the
parameters, written in ``_make_api_call`` before ``provide-client-params``).

For a command of a covered service, from ``top-level-args-parsed`` (the CLI's
first event after plugins load, before either is written) the veil holds:
the history recorder's records, the records of the CLI's ``--debug``
stream handlers (it wraps ``session.set_stream_logger``, which makes them)
and what the CLI prints on ``sys.stderr`` (an error quoting an argument).
When fieldguard has checked the call, each blocked or redacted value is
known: held records are written with it replaced (a redacted field by what
was sent, a blocked span by ``<ENTITY hidden by fieldguard>``; a string in
which a value still shows once unescaped, URL-decoded or read as a blob is
hidden whole), and later records go through the same replacement. A command
that ends before its call is checked (a parse error, ``help``) has its held
argv scanned as free text first. The replacements live in memory only.
"""

from __future__ import annotations

import atexit
import copy
import json
import logging
import sys
import threading
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

import regex
from botocore.history import get_global_history_recorder

if TYPE_CHECKING:
    from scrubber import Finding

HIDDEN = "<hidden by fieldguard>"
# Values shorter than this are replaced where a whole string is one, not inside text.
MIN_INSIDE = 4
ACTED = frozenset({"block", "redact"})


class Veil:
    """One CLI command's held records and the replacements that release them."""

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self.active = False  # a covered command: records are held or veiled
        self.decided = False  # fieldguard has checked a call of it
        self.argv: list[str] = []
        self._records: list[tuple[str, Any, str]] = []
        self._logs: list[tuple[logging.Handler, logging.LogRecord]] = []
        self._pairs: list[tuple[str, str]] = []  # (value, what is written instead)
        self._exact: dict[str, str] = {}  # values too short to look for inside text
        self.stream: _HeldStream | None = None  # sys.stderr while the command runs
        self._secrets: list[str] = []

    # -- what the CLI writes ------------------------------------------------------

    def record(
        self, write: Callable[[str, Any, str], None], event: str, payload: Any, source: str
    ) -> None:
        with self._lock:
            if event == "CLI_ARGUMENTS" and isinstance(payload, list):
                self.argv += [a for a in payload if isinstance(a, str)]
            if not self.active:
                write(event, payload, source)
            elif not self.decided:
                self._records.append((event, _copy(payload), source))
            else:
                write(event, self.apply(payload), source)

    def log(self, handler: logging.Handler, record: logging.LogRecord) -> bool:
        """A debug stream handler's filter: False holds the record (emitted later)."""
        with self._lock:
            if not self.active:
                return True
            if not self.decided:
                self._logs.append((handler, record))
                return False
            _veil_record(record, self.apply)
            return True

    # -- the check ----------------------------------------------------------------

    def checked(
        self,
        before: Mapping[str, Any],
        findings: Iterable[Finding],
        sent: Mapping[str, Any] | None,
        *,
        scan_argv: bool = False,
    ) -> None:
        """A call was checked: learn its blocked and redacted values, release what is held."""
        if scan_argv:
            self._scan_argv()
        acted = [f for f in findings if f.action in ACTED]
        lines: dict[str, list[str]] = {}
        for f in acted:
            original = text_at(before, f.path)
            if original is None:
                continue
            marker = f"<{f.entity_type} hidden by fieldguard>"
            new = text_at(sent, f.path) if sent is not None and f.action == "redact" else None
            self._add(original, new if new is not None and new != original else marker)
            self._add(original[f.start : f.end], marker, secret=True)
            if new is not None and new != original:
                lines.setdefault(f.path, []).append(f.entity_type)
        for path, entities in lines.items():
            shown = text_at(sent, path) if sent is not None else None
            print(
                f"fieldguard: redacted {path} ({', '.join(sorted(set(entities)))}); "
                f"sent as: {_short(self.apply(shown) if shown is not None else '')}",
                file=sys.stderr,
            )
        self.release()

    def finish(self) -> None:
        """The command ends: anything still held had no check; scan its argv first."""
        with self._lock:
            stream = self.stream
            held = stream is not None and stream.held
            if self.active and not self.decided and (self._records or self._logs or held):
                self._scan_argv()
            self.release()
            self.active = False
            if stream is not None and sys.stderr is stream:
                sys.stderr = stream.target
            self.stream = None

    def release(self) -> None:
        with self._lock:
            self.decided = True
            records, self._records = self._records, []
            logs, self._logs = self._logs, []
        for event, payload, source in records:
            _RECORDER.write(event, self.apply(payload), source)
        for handler, record in logs:
            _veil_record(record, self.apply)
            handler.emit(record)  # past the filter that held it
        if self.stream is not None:
            self.stream.release()

    # -- replacing --------------------------------------------------------------

    def _add(self, value: str, instead: str, *, secret: bool = False) -> None:
        if not value:
            return
        if secret and len(value) >= MIN_INSIDE and value not in self._secrets:
            self._secrets.append(value)
        if (value, instead) in self._pairs:
            return
        if len(value) < MIN_INSIDE:
            # "3" inside other text is not that value: replaced only where a whole
            # string is it (an argument, a parameter).
            self._exact.setdefault(value, instead)
            return
        self._pairs.append((value, instead))
        self._pairs.sort(key=lambda pair: -len(pair[0]))  # longest first

    def apply(self, value: Any) -> Any:
        """``value`` with every known value replaced, at any depth."""
        if not self._pairs and not self._exact:
            return value
        if isinstance(value, str):
            return self._text(value)
        if isinstance(value, Mapping):
            return {self.apply(k): self.apply(v) for k, v in value.items()}
        if isinstance(value, (list, tuple)):
            return [self.apply(v) for v in value]
        if isinstance(value, (bytes, bytearray, memoryview)) or hasattr(value, "read"):
            return HIDDEN if self._shows(_blob_text(value) or "") else value
        from scrubber.values import scalar_text

        text = scalar_text(value)
        shows = text is not None and (text in self._exact or self._shows(text))
        return self._text(text) if text is not None and shows else value

    def _text(self, text: str) -> str:
        if text in self._exact:
            return self._exact[text]
        for value, instead in self._pairs:
            text = text.replace(value, instead)
        return HIDDEN if self._still_shows(text) else text

    def _shows(self, text: str) -> bool:
        return any(secret in text for secret in self._secrets)

    def _still_shows(self, text: str) -> bool:
        """A value left in an escaped, URL-encoded or encoded form."""
        for reading in _readings(text):
            if self._shows(reading):
                return True
        return False

    def _scan_argv(self) -> None:
        from scrubber import default_scrubber

        scrubber = default_scrubber()
        for token in self.argv:
            for reading in {token, *_readings(token)}:
                try:
                    found = scrubber.scan_text(reading, "free_text")
                except Exception:  # cannot tell: hide the token
                    self._add(token, HIDDEN, secret=True)
                    break
                for f in found:
                    self._add(
                        reading[f.start : f.end],
                        f"<{f.entity_type} hidden by fieldguard>",
                        secret=True,
                    )


def _readings(text: str) -> list[str]:
    """Other forms a value can take inside a string: JSON-unescaped, URL-decoded, a blob's text."""
    out = []
    if "\\" in text:
        try:
            out.append(json.dumps(json.loads(text), ensure_ascii=False))
        except ValueError:
            pass
        out.append(text.encode("utf-8", "replace").decode("unicode_escape", "replace"))
    if "%" in text or "+" in text:
        out.append(unquote(text.replace("+", " ")))
    blob = _blob_text(text)
    if blob is not None and blob != text:
        out.append(blob)
    return out


def _blob_text(value: Any) -> str | None:
    from scrubber.values import Binary, read_blob

    try:
        read = read_blob(value)
    except Exception:
        return None
    if read is None:
        return None
    return read.latin1 if isinstance(read, Binary) else read.text


def _copy(payload: Any) -> Any:
    try:
        return copy.deepcopy(payload)
    except Exception:  # a file object: kept as it is, veiled when written
        return payload


def _veil_record(record: logging.LogRecord, apply: Callable[[Any], Any]) -> None:
    # Arguments first, each on its own: formatted (a list's repr doubles its
    # backslashes), an escaped value could no longer be read back.
    if isinstance(record.args, tuple):
        record.args = tuple(apply(a) for a in record.args)
    elif isinstance(record.args, Mapping):
        record.args = apply(record.args)
    message = apply(record.getMessage())
    record.msg, record.args = message, None
    if record.exc_info:
        record.exc_text = apply(logging.Formatter().formatException(record.exc_info))
        record.exc_info = None


def _short(text: str, limit: int = 200) -> str:
    return text if len(text) <= limit else text[:limit] + "..."


# ---- paths back to values ------------------------------------------------------------

_SEGMENT = regex.compile(
    r"\.?(?P<member>[^.\[{]+)|\[(?P<index>\d+)\]|\[#(?P<vpos>\d+)\]|\{#(?P<kpos>\d+)\}"
    r'|\[(?P<vkey>"(?:[^"\\]|\\.)*")\]|\{(?P<kkey>"(?:[^"\\]|\\.)*")\}'
)


def text_at(params: Mapping[str, Any] | None, path: str) -> str | None:
    """The text of the field at a finding's path (scrubber.paths), or None."""
    node: Any = params
    pos = 0
    while pos < len(path):
        m = _SEGMENT.match(path, pos)
        if m is None or node is None:
            return None
        pos = m.end()
        node = _step(node, m)
    if node is None:
        return None
    if isinstance(node, str):
        return node
    from scrubber.values import is_blob, scalar_text

    text = scalar_text(node)
    if text is not None:
        return text
    return _blob_text(node) if is_blob(node) else None


def _step(node: Any, m: regex.Match[str]) -> Any:
    try:
        if m["member"] is not None:
            return node.get(m["member"]) if isinstance(node, Mapping) else None
        if m["index"] is not None:
            return node[int(m["index"])] if isinstance(node, (list, tuple)) else None
        if isinstance(node, Mapping):
            keys = list(node)
            if m["vpos"] is not None:
                return node[keys[int(m["vpos"])]]
            if m["kpos"] is not None:
                return keys[int(m["kpos"])]
            if m["vkey"] is not None:
                return node.get(json.loads(m["vkey"]))
            key = json.loads(m["kkey"])
            return key if key in node else None
    except (IndexError, KeyError, ValueError):
        return None
    return None


# ---- the process-wide taps -------------------------------------------------------------


class _Recorder:
    """botocore's global history recorder, tapped once per process: every
    record goes through the current command's veil."""

    def __init__(self) -> None:
        self.current: Veil | None = None
        self._original: Callable[..., None] | None = None

    def tap(self) -> None:
        if self._original is not None:
            return
        recorder = get_global_history_recorder()
        self._original = recorder.record

        def record(event_type: str, payload: Any, source: str = "BOTOCORE") -> None:
            veil = self.current
            if event_type == "CLI_RC" and veil is not None:
                veil.finish()
            if veil is None:
                self.write(event_type, payload, source)
            else:
                veil.record(self.write, event_type, payload, source)

        recorder.record = record

    def write(self, event_type: str, payload: Any, source: str) -> None:
        if self._original is not None:
            self._original(event_type, payload, source)


_RECORDER = _Recorder()


def end_previous() -> None:
    """A new command starts (the CLI's driver runs several in one process in
    tests and tools): the previous command's veil, if any, is done."""
    previous, _RECORDER.current = _RECORDER.current, None
    if previous is not None:
        previous.finish()


def begin(veil: Veil, session: Any, argv: list[str]) -> None:
    """A covered command starts: its records are held from now on."""
    end_previous()
    _RECORDER.tap()
    veil.active, veil.argv = True, [*argv, *sys.argv[1:]]
    _RECORDER.current = veil
    _tap_stream_loggers(session, veil)
    veil.stream = _HeldStream(sys.stderr, veil)
    sys.stderr = veil.stream


def _tap_stream_loggers(session: Any, veil: Veil) -> None:
    """The CLI makes its --debug handlers with session.set_stream_logger: give
    each one the veil's filter."""
    original = session.set_stream_logger

    def set_stream_logger(logger_name: str, log_level: int, *args: Any, **kwargs: Any) -> None:
        original(logger_name, log_level, *args, **kwargs)
        for handler in logging.getLogger(logger_name).handlers:
            if not any(isinstance(f, _HoldFilter) for f in handler.filters):
                handler.addFilter(_HoldFilter(handler, veil))

    session.set_stream_logger = set_stream_logger


class _HeldStream:
    """sys.stderr during a covered command: what the CLI prints itself (an error
    quoting an argument it could not parse) is held like the records, then
    written through the veil."""

    def __init__(self, target: Any, veil: Veil) -> None:
        self.target, self.veil = target, veil
        self.held: list[str] = []

    def write(self, text: str) -> int:
        with self.veil._lock:
            if self.veil.active and not self.veil.decided:
                self.held.append(text)
            else:
                self.target.write(self.veil.apply(text) if self.veil.active else text)
        return len(text)

    def release(self) -> None:
        held, self.held = "".join(self.held), []
        if held:
            self.target.write(self.veil.apply(held))  # joined: a value split over writes
        self.target.flush()

    def flush(self) -> None:
        self.target.flush()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.target, name)


class _HoldFilter(logging.Filter):
    def __init__(self, handler: logging.Handler, veil: Veil) -> None:
        super().__init__()
        self.handler, self.veil = handler, veil

    def filter(self, record: logging.LogRecord) -> bool:
        return self.veil.log(self.handler, record)


@atexit.register
def _at_exit() -> None:
    veil = _RECORDER.current
    if veil is not None:
        veil.finish()
