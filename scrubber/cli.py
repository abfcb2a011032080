"""``scrub-check``: check API payload files for sensitive values.

Exit codes: 0 clean, 1 findings, 2 usage or input error, 3 internal error.
Output names files, field paths, entities and actions, never a value.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from scrubber import ConfigError, FieldguardError, Scrubber, format_operation
from scrubber.errors import SensitiveDataError, UnknownOperationError
from scrubber.findings import Finding

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3
MAX_FILE_BYTES = 10 * 1024 * 1024
SUFFIXES = (".json", ".jsonl")


class InputError(FieldguardError):
    """A file that cannot be checked (unreadable, malformed, unknown operation)."""


@dataclass(frozen=True)
class Payload:
    where: str  # file, and item number when a file holds several
    service: str
    operation: str
    params: dict[str, Any]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="scrub-check",
        description="Check AWS API payload files for sensitive values in free-form fields.",
        epilog="Exit codes: 0 clean, 1 findings, 2 usage or input error, 3 internal error.",
    )
    parser.add_argument("paths", nargs="*", type=Path, help="files or folders (.json, .jsonl)")
    parser.add_argument("--service", help="service of plain parameter files (e.g. forecast)")
    parser.add_argument("--operation", help="operation of plain parameter files (CreateDataset)")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--config", type=Path, help="fieldguard.toml or pyproject.toml to use")
    parser.add_argument(
        "--explain",
        nargs=2,
        metavar=("SERVICE", "OPERATION"),
        help="print how each field of an operation is classified, and exit",
    )
    return parser


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    try:
        if args.explain:
            print(format_operation(*args.explain), file=out)
            return EXIT_CLEAN
        if not args.paths:
            parser.print_usage(sys.stderr)
            print("scrub-check: error: give at least one file or folder", file=sys.stderr)
            return EXIT_USAGE
        if bool(args.service) != bool(args.operation):
            print("scrub-check: error: --service and --operation go together", file=sys.stderr)
            return EXIT_USAGE
        from scrubber.policy import load_policy

        scrubber = Scrubber(load_policy(args.config) if args.config else None)
        return _check(scrubber, args, out)
    except (ConfigError, UnknownOperationError) as exc:
        print(f"scrub-check: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except Exception as exc:
        print(f"scrub-check: internal error ({type(exc).__name__})", file=sys.stderr)
        return EXIT_INTERNAL


def _check(scrubber: Scrubber, args: argparse.Namespace, out: TextIO) -> int:
    results: list[tuple[str, list[Finding]]] = []
    bad_input = False
    for path in _files(args.paths):
        try:
            payloads = list(_payloads(path, args.service, args.operation))
        except InputError as exc:
            print(f"scrub-check: {path}: {exc}", file=sys.stderr)
            bad_input = True
            continue
        for p in payloads:
            try:
                result = scrubber.scrub(
                    p.params, service=p.service, operation=p.operation, mode="report"
                )
            except UnknownOperationError as exc:
                print(f"scrub-check: {p.where}: {exc}", file=sys.stderr)
                bad_input = True
                continue
            except SensitiveDataError as exc:
                results.append((p.where, exc.findings))
                continue
            results.append((p.where, result.findings))
    _report(results, args.format, out)
    if any(findings for _, findings in results):
        return EXIT_FINDINGS
    return EXIT_USAGE if bad_input else EXIT_CLEAN


def _files(paths: list[Path]) -> Iterator[Path]:
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.suffix in SUFFIXES and p.is_file())
        else:
            yield path


def _payloads(path: Path, service: str | None, operation: str | None) -> Iterator[Payload]:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise InputError(f"larger than {MAX_FILE_BYTES} bytes")
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError("no such file") from None
    except UnicodeDecodeError:
        raise InputError("not UTF-8 text") from None
    except OSError as exc:
        raise InputError(f"cannot read ({exc.strerror})") from None
    try:
        if path.suffix == ".jsonl":
            docs = [json.loads(line) for line in text.splitlines() if line.strip()]
        else:
            loaded = json.loads(text)
            docs = loaded if isinstance(loaded, list) else [loaded]
    except json.JSONDecodeError as exc:
        # The decoder's message quotes no content, only line and column.
        raise InputError(f"not valid JSON (line {exc.lineno}, column {exc.colno})") from None
    except RecursionError:
        raise InputError("nested too deeply") from None
    for i, doc in enumerate(docs):
        where = f"{path}" if len(docs) == 1 else f"{path}#{i}"
        yield _payload(doc, where, service, operation)


def _payload(doc: Any, where: str, service: str | None, operation: str | None) -> Payload:
    if not isinstance(doc, dict):
        raise InputError("expected a JSON object of parameters")
    if service and operation:
        return Payload(where, service, operation, doc)
    if {"service", "operation", "params"} <= set(doc) and isinstance(doc["params"], dict):
        return Payload(where, str(doc["service"]), str(doc["operation"]), doc["params"])
    raise InputError(
        'not a self-describing payload ({"service", "operation", "params"}); '
        "give --service and --operation for plain parameter files"
    )


def _report(results: list[tuple[str, list[Finding]]], fmt: str, out: TextIO) -> None:
    if fmt == "json":
        doc = {
            "version": 1,
            "findings": [{"file": where, **f.to_dict()} for where, fs in results for f in fs],
            "checked": len(results),
        }
        json.dump(doc, out, indent=2)
        out.write("\n")
        return
    total = 0
    for where, findings in results:
        for f in findings:
            total += 1
            print(f"{where}: {f.describe()}", file=out)
    print(f"{len(results)} payload(s) checked, {total} finding(s)", file=out)


if __name__ == "__main__":
    raise SystemExit(main())
