"""Speed: cold start, per-field scan time against stock Presidio, peak memory.

    python -m benchmarks.speed [--no-stock] [--repeat N]

Every figure is printed with what produced it. Hook overhead per API call is
in ``benchmarks/hook_overhead.py``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from benchmarks.corpus import ROOT, load_cases, use_shared_models
from scrubber.errors import FieldguardError

_COLD = r"""
import json, resource, time
t_start = time.perf_counter()
import boto3  # what any program using the hook has imported anyway
t0 = time.perf_counter()
import botocore_hooks
botocore_hooks.install()
t1 = time.perf_counter()
from benchmarks.hook_overhead import _stubbed_client  # canned answers, nothing sent
client = _stubbed_client()
t2 = time.perf_counter()
client.create_dataset_group(DatasetGroupName="maria_garcia_sales", Domain="RETAIL",
                            Tags=[{"Key": "Owner", "Value": "maria.garcia@example.com"}])
t3 = time.perf_counter()
print(json.dumps({"boto3": t0 - t_start, "import_install": t1 - t0, "client": t2 - t1,
                  "first_call": t3 - t2,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

_BASELINE_RSS = r"""
import json, resource
import boto3
boto3.session.Session(region_name="us-east-1").client(
    "forecast", aws_access_key_id="x", aws_secret_access_key="x")
print(json.dumps({"rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

_HOOKED_RSS = r"""
import json, resource
import boto3, botocore_hooks
botocore_hooks.install()
client = boto3.session.Session(region_name="us-east-1").client(
    "forecast", aws_access_key_id="x", aws_secret_access_key="x")
from scrubber import scrub
scrub({"DatasetGroupName": "maria_garcia_sales", "Domain": "RETAIL",
       "Tags": [{"Key": "Owner", "Value": "maria.garcia@example.com"}]},
      service="forecast", operation="CreateDatasetGroup")
print(json.dumps({"rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def _child(code: str) -> dict[str, float]:
    env = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing", **os.environ}
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env=env,
    )
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def cold_start(runs: int) -> str:
    samples = [_child(_COLD) for _ in range(runs)]
    med = {k: statistics.median(s[k] for s in samples) for k in samples[0]}
    total = med["boto3"] + med["import_install"] + med["client"] + med["first_call"]
    return (
        f"cold start (fresh process, median of {runs}): import boto3 "
        f"{med['boto3'] * 1e3:.0f} ms; then import botocore_hooks + install() "
        f"{med['import_install'] * 1e3:.0f} ms; boto3 client {med['client'] * 1e3:.0f} ms; "
        f"first call, with findings, redacted {med['first_call'] * 1e3:.0f} ms "
        f"(Presidio and spaCy are imported here, on first use); total {total * 1e3:.0f} ms"
    )


def memory() -> str:
    base = _child(_BASELINE_RSS)["rss_mb"]
    try:
        hooked = _child(_HOOKED_RSS)["rss_mb"]
    except subprocess.CalledProcessError:
        return f"peak RSS: boto3 client {base:.0f} MB (hook not importable here)"
    return (
        f"peak RSS: boto3 client {base:.0f} MB; with the hook installed and a scrubbed call "
        f"{hooked:.0f} MB (+{hooked - base:.0f} MB)"
    )


def _time_fields(
    scan: Callable[[str, str], object], fields: list[tuple[str, str]], repeat: int
) -> list[float]:
    per_field = []
    for value, kind in fields:
        started = time.perf_counter()
        for _ in range(repeat):
            scan(value, kind)
        per_field.append((time.perf_counter() - started) / repeat)
    return per_field


def _summary(name: str, times: list[float]) -> str:
    times = sorted(times)
    total = sum(times)
    return (
        f"{name:<44} median {statistics.median(times) * 1e6:8.1f} us  "
        f"p95 {times[int(len(times) * 0.95)] * 1e6:8.1f} us  "
        f"{len(times) / total:10.0f} fields/s"
    )


def field_scans(with_stock: bool, repeat: int) -> list[str]:
    from benchmarks.accuracy import stock_analyzer
    from benchmarks.corpus import leaves
    from scrubber import Policy, Scrubber

    cases = load_cases()
    fields = [(value, spec.kind.value) for case in cases for _, value, spec in leaves(case)]
    lines = [f"per-field scan over the corpus: {len(fields)} string fields, {repeat} pass(es)"]

    fresh = Scrubber(Policy())
    fresh.detector._cache_size = 0  # every value analyzed: no cache hits

    def uncached(value: str, kind: str) -> object:
        fresh.detector._cache.clear()
        return fresh.scan_text(value, kind)

    fresh.scan_text("warm up maria.garcia@example.com", "description")
    lines.append(
        _summary("fieldguard (prefilter, no cache)", _time_fields(uncached, fields, repeat))
    )
    cached = Scrubber(Policy())
    cached.scan_text("warm up maria.garcia@example.com", "description")
    _time_fields(cached.scan_text, fields, 1)
    lines.append(
        _summary("fieldguard (cache warm)", _time_fields(cached.scan_text, fields, repeat))
    )
    if with_stock:
        analyzer, model = stock_analyzer()
        analyzer.analyze(text="warm up", language="en")
        times = _time_fields(lambda v, k: analyzer.analyze(text=v, language="en"), fields, 1)
        lines.append(_summary(f"stock Presidio ({model}), every string", times))
    return lines


def payload_redaction(repeat: int, cases_dir: Path | None) -> str:
    """Median time to redact one whole corpus payload, nothing cached: what a
    call with new values costs (a call the policy blocks is timed to its refusal)."""
    from scrubber import Policy, Scrubber

    cases = load_cases(cases_dir) if cases_dir else load_cases()
    scrubber = Scrubber(Policy())
    scrubber.scan_text("warm up maria.garcia@example.com", "description")
    times = []
    for case in cases:
        best = float("inf")
        for _ in range(repeat):
            scrubber.detector._cache.clear()
            started = time.perf_counter()
            try:
                scrubber.scrub(
                    case.params, service=case.service, operation=case.operation, mode="redact"
                )
            except FieldguardError:
                pass  # blocked: the time to the refusal is the cost
            best = min(best, time.perf_counter() - started)
        times.append(best)
    times.sort()
    return (
        f"per-payload redaction over {len(times)} corpus payloads (no cache, best of {repeat}): "
        f"median {statistics.median(times) * 1e3:.2f} ms, "
        f"p90 {times[int(len(times) * 0.9)] * 1e3:.2f} ms, "
        f"mean {statistics.mean(times) * 1e3:.2f} ms"
    )


def worst_case() -> list[str]:
    from benchmarks.hostile_inputs import PATHOLOGICAL
    from scrubber import Policy, Scrubber

    scrubber = Scrubber(Policy())
    scrubber.scan_text("warm up maria.garcia@example.com", "description")
    rows = []
    for name, value in PATHOLOGICAL.items():
        started = time.perf_counter()
        findings = scrubber.scan_text(value, "description")
        failed = any(f.entity_type == "SCAN_FAILED" for f in findings)
        rows.append((time.perf_counter() - started, name, len(value), failed))
    rows.sort(reverse=True)
    lines = [f"pathological values (description field), slowest first, worst {rows[0][0]:.2f} s:"]
    lines += [
        f"  {seconds:6.3f} s  {name} ({size} chars){'  -> SCAN_FAILED, blocked' if failed else ''}"
        for seconds, name, size, failed in rows[:6]
    ]
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.speed")
    parser.add_argument("--no-stock", action="store_true")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--cold-runs", type=int, default=5)
    parser.add_argument("--cases", type=Path, help="another corpus folder for the payload row")
    parser.add_argument("--payloads-only", action="store_true", help="only the payload row")
    args = parser.parse_args(argv)
    use_shared_models()
    if args.payloads_only:
        print(payload_redaction(max(args.repeat, 5), args.cases))
        return 0
    print(cold_start(args.cold_runs))
    print(memory())
    for line in field_scans(not args.no_stock, args.repeat):
        print(line)
    print(payload_redaction(max(args.repeat, 5), args.cases))
    for line in worst_case():
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
