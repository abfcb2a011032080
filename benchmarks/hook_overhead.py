"""What the botocore hook adds to one API call: median and p95, with and without a finding.

    python -m benchmarks.hook_overhead [--calls N]

One boto3 forecast client whose ``before-send`` handler returns a canned
response (nothing leaves the process), timed without the hook and with it,
calling ``create_dataset_group``. "repeated" sends the same values every call
(the scanner's cache answers); "new" makes every value unique (a full scan
every call). "hook" is the default install (the scan runs on the caller's
thread under its deadline); "hook isolated" runs it on the worker pool
(``isolate=True``), which can abandon a scan stuck inside one field;
"hook process-wide" is ``install()`` for the whole process, which reaches the
client (made before it) through its class.
Overhead = hooked minus unhooked, per statistic.
"""

from __future__ import annotations

import argparse
import itertools
import os
import statistics
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from benchmarks.corpus import use_shared_models

Params = Callable[[int], dict[str, Any]]


def _clean(unique: bool) -> Params:
    def params(i: int) -> dict[str, Any]:
        suffix = f"_{i}" if unique else ""
        return {
            "DatasetGroupName": f"retail_demand{suffix}",
            "Domain": "RETAIL",
            "Tags": [{"Key": "team", "Value": f"demand-planning{suffix}"}],
        }

    return params


def _finding(unique: bool) -> Params:
    def params(i: int) -> dict[str, Any]:
        suffix = f"{i}" if unique else ""
        return {
            "DatasetGroupName": f"maria_garcia_sales{suffix}",
            "Domain": "RETAIL",
            "Tags": [{"Key": "Owner", "Value": f"maria.garcia{suffix}@example.com"}],
        }

    return params


class _Raw:
    """The least a botocore response body needs."""

    def __init__(self, body: bytes) -> None:
        self._body = body

    def stream(self, **_: Any) -> Any:
        yield self._body


def _stubbed_client() -> Any:
    import boto3
    from botocore.awsrequest import AWSResponse

    client = boto3.Session().client(
        "forecast", region_name="us-east-1", endpoint_url="http://127.0.0.1:9"
    )
    body = b'{"DatasetGroupArn": "arn:aws:forecast:us-east-1:111122223333:dataset-group/x"}'

    def canned(request: Any, **_: Any) -> AWSResponse:
        return AWSResponse(
            request.url, 200, {"Content-Type": "application/x-amz-json-1.1"}, _Raw(body)
        )

    client.meta.events.register("before-send", canned)
    return client


def _time(client: Any, params: Params, numbers: list[int]) -> list[float]:
    out = []
    for i in numbers:
        p = params(i)
        t0 = time.perf_counter()
        client.create_dataset_group(**p)
        out.append(time.perf_counter() - t0)
    return out


def _stats(samples: list[float]) -> tuple[float, float]:
    """Median and 95th percentile, in microseconds."""
    cuts = statistics.quantiles(samples, n=20)
    return statistics.median(samples) * 1e6, cuts[18] * 1e6


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=1000, help="timed calls per row")
    parser.add_argument("--rounds", type=int, default=10, help="slices the rows take turns in")
    args = parser.parse_args(argv)

    use_shared_models()
    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"):
        os.environ.setdefault(name, "testing")
    if not os.environ.get("FIELDGUARD_KEY"):
        # A throwaway pseudonym key: never the user's own, never created in their home.
        os.environ["FIELDGUARD_KEY_FILE"] = str(Path(tempfile.mkdtemp()) / "key")

    import botocore_hooks
    from scrubber import Policy

    client = _stubbed_client()
    cases: list[tuple[str, Params]] = []
    for unique in (False, True):
        kind = "new" if unique else "repeated"
        cases += [(f"clean, {kind}", _clean(unique)), (f"finding, {kind}", _finding(unique))]
    hooks: list[tuple[str, dict[str, Any] | None]] = [
        ("no hook", None),
        ("hook", {}),
        ("hook isolated", {"isolate": True}),
        # install() with no target, the client made before it: reached through its class.
        ("hook process-wide", {"process": True}),
    ]
    counter = itertools.count()  # "new" values never repeat, across rows and rounds

    def run(hook: dict[str, Any] | None, params: Params, calls: int) -> list[float]:
        settings = dict(hook or {})
        target = None if settings.pop("process", False) else client
        if hook is not None:
            botocore_hooks.install(target, policy=Policy(), mode="redact", **settings)
        try:
            return _time(client, params, [next(counter) for _ in range(calls)])
        finally:
            botocore_hooks.uninstall(target)

    samples: dict[tuple[str, str], list[float]] = {}
    for name, hook in hooks:
        for label, params in cases:
            run(hook, params, 50)  # warm-up: analyzer, caches, connection
            samples[(name, label)] = []
    # Rows take turns, a slice at a time, so load from elsewhere hits them alike.
    for _ in range(args.rounds):
        for name, hook in hooks:
            for label, params in cases:
                samples[(name, label)] += run(hook, params, max(1, args.calls // args.rounds))

    print(
        "botocore hook overhead per call: forecast.CreateDatasetGroup, before-send stub, "
        f"{len(samples[('hook', cases[0][0])])} timed calls per row, redact mode, default policy; "
        f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"
    )
    print(f"{'case':34} {'median µs':>10} {'p95 µs':>10} {'+median µs':>11} {'+p95 µs':>10}")
    for label, _ in cases:
        base_median, base_p95 = _stats(samples[("no hook", label)])
        for name, _ in hooks:
            median, p95 = _stats(samples[(name, label)])
            extra = (
                "" if name == "no hook" else f"{median - base_median:11.0f} {p95 - base_p95:10.0f}"
            )
            print(f"{name + ', ' + label:34} {median:10.0f} {p95:10.0f} {extra}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
