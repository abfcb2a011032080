"""``scrub-audit``: what already leaked, in CloudTrail history and in datasets.

``scrub-audit cloudtrail PATH...`` reports every finding in the recorded
parameters of AWS calls; ``scrub-audit dataset PATH --columns ...`` scans (and
with ``--mode redact`` rewrites) named columns of a table. One row per finding,
never the value. Exit codes as scrub-check's: 0 clean, 1 findings, 2 usage or
input error (findings win), 3 internal error, 130 interrupted.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from scrubber.audit.engines import choose_engine
from scrubber.audit.output import FORMATS, Format, order, write, write_summary_beside
from scrubber.audit.rows import AuditRow
from scrubber.audit.scan import Filters, parse_time
from scrubber.audit.sources import ALL, Selection
from scrubber.audit.summary import Summary
from scrubber.errors import (
    EXIT_CLEAN,
    EXIT_FINDINGS,
    EXIT_USAGE,
    FieldguardError,
    UsageError,
    exit_code_for,
)
from scrubber.policy import Policy, load_policy

ENGINES = ("auto", "local", "spark")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="scrub-audit",
        description="Find sensitive values that already reached AWS (CloudTrail) or a dataset.",
        epilog="Exit codes: 0 clean, 1 findings, 2 usage or input error, 3 internal error. "
        "Values are never printed.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    trail = commands.add_parser("cloudtrail", help="audit CloudTrail logs")
    trail.add_argument(
        "paths",
        nargs="+",
        help="folders in CloudTrail's S3 layout, .json(.gz) "
        'files of {"Records": [...]}, or JSON Lines of events; s3:// with Spark',
    )
    trail.add_argument(
        "--services",
        default=None,
        help="comma-separated botocore service names (default: the five "
        "services fieldguard guards and their data-plane APIs); '*' for all",
    )
    trail.add_argument("--since", help="events at or after this time (ISO 8601, UTC)")
    trail.add_argument("--until", help="events before this time (a date: to its end)")
    trail.add_argument(
        "--mutating-only",
        action="store_true",
        help="only calls that change something (readOnly false)",
    )
    _common(trail)
    data = commands.add_parser("dataset", help="scan (or redact) columns of a dataset")
    data.add_argument("paths", nargs="+", help="Parquet, JSON Lines or CSV files or folders")
    data.add_argument(
        "--columns", required=True, help="column=field_kind pairs: name=name,notes=description"
    )
    data.add_argument(
        "--input-format",
        choices=("parquet", "json", "csv"),
        default=None,
        help="default: from the file names",
    )
    data.add_argument("--mode", choices=("report", "redact"), default="report")
    data.add_argument(
        "--findings",
        help="where the findings go (default: stderr summary only"
        " in redact mode; the output in report mode)",
    )
    _common(data)
    return parser


def _common(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--engine", choices=ENGINES, default="auto")
    sub.add_argument(
        "--master",
        default=None,
        help="Spark master (default: spark-submit's, else local[*])",
    )
    sub.add_argument(
        "--processes",
        type=int,
        default=None,
        help="local engine: processes (default: the CPUs available)",
    )
    sub.add_argument(
        "--format",
        choices=[*FORMATS, "csv"],
        default=None,
        help="output format (cloudtrail default jsonl)",
    )
    sub.add_argument("--output", help="output file (folder for parquet); default stdout")
    sub.add_argument("--config", help="policy file (default: fieldguard.toml / pyproject.toml)")


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        policy = load_policy(args.config) if args.config else load_policy()
        if args.command == "cloudtrail":
            return _cloudtrail(args, policy)
        from scrubber.audit.datasets import run_command

        return int(run_command(args, policy))
    except KeyboardInterrupt:
        return exit_code_for(KeyboardInterrupt())
    except FieldguardError as exc:
        print(f"scrub-audit: error: {exc}", file=sys.stderr)
        return exit_code_for(exc)
    except Exception as exc:  # never the message: it could quote data
        print(
            f"scrub-audit: internal error ({type(exc).__name__}); the run is unreliable",
            file=sys.stderr,
        )
        return exit_code_for(exc)


def filters_from(args: argparse.Namespace) -> Filters:
    services = None
    if args.services:
        services = [s.strip() for s in args.services.split(",") if s.strip()]
        if ALL not in services:
            _check_services(services)
    return Filters(
        selection=Selection.parse(services),
        since=parse_time(args.since) if args.since else None,
        until=parse_time(args.until, end=True) if args.until else None,
        mutating_only=args.mutating_only,
    )


def _check_services(services: list[str]) -> None:
    from scrubber.service_models import available_services

    known = set(available_services())
    unknown = [s for s in services if s not in known]
    if unknown:
        raise UsageError(
            f"{len(unknown)} service name(s) botocore does not know; "
            "use botocore names (e.g. iot, iottwinmaker) or '*'"
        )


def _cloudtrail(args: argparse.Namespace, policy: Policy) -> int:
    filters = filters_from(args)
    if args.format == "csv":
        raise UsageError("cloudtrail output formats: jsonl, json, sarif, parquet")
    fmt: Format = args.format or "jsonl"
    if fmt == "parquet" and not args.output:
        raise UsageError("--format parquet needs --output FOLDER")
    engine = choose_engine(args)
    if engine == "spark":
        from scrubber.audit.spark_engine import audit_cloudtrail

        if fmt == "parquet":
            summary = audit_cloudtrail(
                args.paths, policy, filters, master=args.master, parquet=args.output
            )
            write_summary_beside(summary, args.output)
            _print_errors(summary)
            _finish_summary(summary)
            return _exit(summary)
        rows, summary = audit_cloudtrail_rows(args.paths, policy, filters, master=args.master)
        _print_errors(summary)
    else:
        rows, summary = _local(args, policy, filters)
    code = _exit(summary)
    write(order(rows), summary, fmt, args.output, exit_code=code)
    _finish_summary(summary)
    return code


def audit_cloudtrail_rows(
    paths: Sequence[str], policy: Policy, filters: Filters, *, master: str | None
) -> tuple[list[AuditRow], Summary]:
    from scrubber.audit.spark_engine import audit_cloudtrail

    collected: list[AuditRow] = []
    summary = audit_cloudtrail(paths, policy, filters, master=master, collect=collected)
    return collected, summary


def _local(
    args: argparse.Namespace, policy: Policy, filters: Filters
) -> tuple[list[AuditRow], Summary]:
    from scrubber.audit import local
    from scrubber.audit.progress import AuditProgress
    from scrubber.audit.records import discover, is_remote

    if any(is_remote(p) for p in args.paths):
        raise UsageError("the local engine reads local files; use --engine spark for s3://")
    # Absolute, as Spark names files: both engines give the same rows.
    files = [f.resolve() for f in discover(args.paths)]
    processes = args.processes or local.default_processes()
    summary, rows = Summary(), []
    progress = AuditProgress(len(files), sys.stderr, enabled=sys.stderr.isatty())
    try:
        for result in local.run(files, policy, filters, processes=min(processes, len(files))):
            summary.merge(result.summary)
            rows.extend(result.rows)
            for error in result.summary.errors:
                progress.close()
                print(f"scrub-audit: error: {error}", file=sys.stderr)
            progress.advance(result.summary.events, len(result.rows))
    finally:
        progress.close()
    return rows, summary


def _print_errors(summary: Summary) -> None:
    # The local engine prints each as its file ends; Spark's come with the summary.
    for error in summary.errors:
        print(f"scrub-audit: error: {error}", file=sys.stderr)


def _exit(summary: Summary) -> int:
    if summary.findings:
        return EXIT_FINDINGS
    return EXIT_USAGE if summary.errors else EXIT_CLEAN


def _finish_summary(summary: Summary) -> None:
    print(summary.render(), file=sys.stderr)


if __name__ == "__main__":
    raise SystemExit(main())
