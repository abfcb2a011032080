"""``scrub-check``: check API payload files and CloudFormation templates for sensitive values.

Exit codes: 0 clean, 1 findings, 2 usage or input error (a bad file gets a
one-line error; the others are still checked; findings win over it),
3 internal error, 130 interrupted. Output names files, lines, field paths,
entities and actions, never a value.

The work is split by concern: ``inputs`` (files, limits, JSON/YAML),
``check`` (documents to findings, templates through
``scrubber.producers.cloudformation``), ``fix`` (--fix), ``report``/``sarif``
(output), ``progress``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from scrubber import Scrubber, default_scrubber, format_operation
from scrubber.cli.check import Checker, FileResult, Problem, normalize_operation, operation_problem
from scrubber.cli.fix import atomic_write, fixed_text, target_for
from scrubber.cli.inputs import DEFAULT_EXCLUDE, DEFAULT_INCLUDE, Missing, Selection, discover
from scrubber.cli.progress import Progress
from scrubber.cli.report import (
    Fix,
    Report,
    problem_where,
    to_json,
    tool_version,
    write_text,
)
from scrubber.cli.sarif import to_sarif
from scrubber.errors import (
    EXIT_CLEAN,
    EXIT_FINDINGS,
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_USAGE,
    FieldguardError,
    InputError,
    UsageError,
    exit_code_for,
)
from scrubber.posture.kms import explain as explain_keys

__all__ = [
    "EXIT_CLEAN",
    "EXIT_FINDINGS",
    "EXIT_INTERNAL",
    "EXIT_INTERRUPTED",
    "EXIT_USAGE",
    "InputError",
    "build_parser",
    "main",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="scrub-check",
        description=(
            "Check AWS API payload files and CloudFormation templates for sensitive "
            "values (personal data, credentials) in free-form fields."
        ),
        epilog=(
            "Exit codes: 0 clean, 1 findings, 2 usage or input error, 3 internal error. "
            "Values are never printed."
        ),
    )
    parser.add_argument(
        "paths", nargs="*", type=Path, help="files or folders (searched recursively)"
    )
    what = parser.add_argument_group("what to check")
    what.add_argument("--service", help="service of plain parameter files (e.g. forecast)")
    what.add_argument(
        "--operation",
        help="operation of plain parameter files and AWS CLI --cli-input-json/yaml files "
        "(CreateDatasetGroup, create_dataset_group or create-dataset-group)",
    )
    what.add_argument(
        "--include",
        action="append",
        metavar="GLOB",
        help=f"files to check in folders (repeatable; default: {' '.join(DEFAULT_INCLUDE)})",
    )
    what.add_argument(
        "--exclude",
        action="append",
        metavar="GLOB",
        help=f"files or folders to leave out (repeatable; always: {' '.join(DEFAULT_EXCLUDE)})",
    )
    what.add_argument(
        "--skip-unrecognized",
        action="store_true",
        help="skip files named on the command line that are neither payloads nor templates "
        "instead of failing, as folder scans always do (for pre-commit)",
    )
    what.add_argument("--config", type=Path, help="fieldguard.toml or pyproject.toml to use")
    output = parser.add_argument_group("output")
    output.add_argument("--format", choices=("text", "json", "sarif"), default="text")
    output.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="colour text output (auto: on a terminal, unless NO_COLOR is set)",
    )
    output.add_argument(
        "--no-progress", action="store_true", help="no progress bar, even on a terminal"
    )
    output.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="list the files skipped as neither payloads nor templates, and why",
    )
    fixing = parser.add_argument_group("fixing")
    fixing.add_argument(
        "--fix",
        action="store_true",
        help="write redacted payloads (beside each file as NAME.redacted.EXT, unless "
        "--in-place or --output)",
    )
    fixing.add_argument("--in-place", action="store_true", help="with --fix: replace the file")
    fixing.add_argument(
        "--output", type=Path, metavar="PATH", help="with --fix and one file: write here"
    )
    parser.add_argument(
        "--explain",
        nargs=2,
        metavar=("SERVICE", "OPERATION"),
        help="print how each field of an operation is classified, and exit",
    )
    parser.add_argument("--version", action="version", version=f"scrub-check {tool_version()}")
    return parser


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = sys.stderr
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help/--version
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    try:
        return _run(args, out, err)
    except KeyboardInterrupt as exc:
        print("scrub-check: interrupted", file=err)
        return exit_code_for(exc)
    except FieldguardError as exc:
        code = exit_code_for(exc)
        if code == EXIT_USAGE:  # these messages are written value-free
            print(f"scrub-check: error: {exc}", file=err)
        else:
            print(f"scrub-check: internal error ({type(exc).__name__}); please report it", file=err)
        return code
    except Exception as exc:
        # Only the type: an exception's message may quote a value.
        print(f"scrub-check: internal error ({type(exc).__name__}); please report it", file=err)
        return EXIT_INTERNAL


def _run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.explain:
        service, operation = args.explain
        print(format_operation(service, normalize_operation(operation)), file=out)
        print(explain_keys(service, normalize_operation(operation)), file=out)
        return EXIT_CLEAN
    operation = normalize_operation(args.operation) if args.operation else None
    _validate(args, operation)
    scrubber = _scrubber(args.config)
    selection = Selection(
        include=tuple(args.include or DEFAULT_INCLUDE),
        exclude=DEFAULT_EXCLUDE + tuple(args.exclude or ()),
    )
    report = Report(fixing=args.fix)
    files: list[Path] = []
    for found in discover(args.paths, selection):
        if isinstance(found, Missing):
            report.problems.append(Problem(str(found.path), None, None, "no such file or folder"))
        else:
            files.append(found)
    if args.output and (len(files) != 1 or any(p.is_dir() for p in args.paths)):
        raise UsageError("--output takes exactly one input file")
    checker = Checker(scrubber, args.service, operation, args.skip_unrecognized, args.fix)
    progress = Progress(len(files), err, enabled=err.isatty() and not args.no_progress)
    # Files named on the command line must be payloads or templates; found in folders, may not.
    named = {p.resolve() for p in args.paths if p.exists() and not p.is_dir()}
    try:
        for path in files:
            result = checker.check_file(path, named=path.resolve() in named)
            report.add(result)
            if args.fix:
                _fix(path, result, args, report)
            progress.advance()
    finally:
        progress.close()
    for problem in report.problems:
        print(f"scrub-check: {problem_where(problem)}: {problem.message}", file=err)
    _write(report, args, out)
    return report.exit_code()


def _validate(args: argparse.Namespace, operation: str | None) -> None:
    if not args.paths:
        raise UsageError("give at least one file or folder")
    if bool(args.service) != bool(operation):
        raise UsageError("--service and --operation go together")
    if (args.in_place or args.output) and not args.fix:
        raise UsageError("--in-place and --output go with --fix")
    if args.in_place and args.output:
        raise UsageError("--in-place and --output exclude each other")
    if args.service and operation:
        problem = operation_problem(args.service, operation)
        if problem:
            raise UsageError(problem)


def _scrubber(config: Path | None) -> Scrubber:
    if config is None:
        return default_scrubber()
    from scrubber.policy import load_policy

    return Scrubber(load_policy(config))


def _fix(path: Path, result: FileResult, args: argparse.Namespace, report: Report) -> None:
    text = fixed_text(result)
    if text is None:
        return
    target = target_for(path, in_place=args.in_place, output=args.output)
    # A missing key (posture) is no value to spread: it does not keep the copy from being written.
    blocked = any(
        h.finding.action == "block" and h.finding.recognizer != "posture"
        for u in result.units
        for h in u.hits
    )
    if blocked and not args.in_place:
        # A copy would spread the credential to one more file, under a reassuring name.
        reason = "holds values that cannot be redacted: remove them, or use --in-place"
        report.fixes.append(Fix(str(path), None, 0, reason))
        return
    try:
        atomic_write(target, text, like=path)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        report.problems.append(Problem(str(path), None, None, f"cannot write {target} ({reason})"))
        return
    fixed_units = [u for u in result.units if u.redacted is not None]
    if args.in_place:
        for unit in fixed_units:
            unit.written = True
    redacted = sum(1 for u in fixed_units for h in u.hits if h.finding.action == "redact")
    report.fixes.append(Fix(str(path), str(target), redacted))


def _write(report: Report, args: argparse.Namespace, out: TextIO) -> None:
    if args.format == "json":
        json.dump(to_json(report), out, indent=2, ensure_ascii=False)
        out.write("\n")
    elif args.format == "sarif":
        json.dump(to_sarif(report, root=Path.cwd()), out, indent=2, ensure_ascii=False)
        out.write("\n")
    else:
        write_text(report, out, colour=_colour(args.color, out), verbose=args.verbose)


def _colour(choice: str, out: TextIO) -> bool:
    if choice != "auto":
        return choice == "always"
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    return out.isatty()


if __name__ == "__main__":
    raise SystemExit(main())
