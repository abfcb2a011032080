"""What the posture check adds to one clean API call.

    python -m benchmarks.posture_overhead [--calls N]

A forecast client that passes every rule (FIPS endpoint over verified TLS,
``CreateDataset`` given a customer-managed key), whose ``before-send``
handler returns a canned response. Two measures:

* the posture check alone, as the hook runs it per call: the transport and
  FIPS check of the client (``botocore_hooks.posture.check_call``) and the
  model-driven key rule over the params (``kms_findings``), every rule at
  ``block``; median and p95 of many single calls;
* whole calls through the hook on two like clients, every rule ``off`` on
  one and ``block`` on the other, called in turn; the difference is the
  overhead as a caller sees it (noisier: a whole call is ~0.5 ms).
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from benchmarks.corpus import use_shared_models
from benchmarks.hook_overhead import _Raw

KEY = "arn:aws:kms:us-east-1:111122223333:key/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d"
PARAMS: dict[str, Any] = {
    "DatasetName": "weekly_sales",
    "Domain": "RETAIL",
    "DatasetType": "TARGET_TIME_SERIES",
    "Schema": {"Attributes": [{"AttributeName": "item_id", "AttributeType": "string"}]},
    "EncryptionConfig": {
        "RoleArn": "arn:aws:forecast:us-east-1:111122223333:role/x",
        "KMSKeyArn": KEY,
    },
}
ALL_BLOCK = {"posture": {"tls": "block", "fips": "block", "kms": "block"}}
ALL_OFF = {"posture": {"tls": "off", "fips": "off", "kms": "off"}}


def _client() -> Any:
    import boto3
    from botocore.awsrequest import AWSResponse
    from botocore.config import Config

    client = boto3.Session().client(
        "forecast", region_name="us-east-1", config=Config(use_fips_endpoint=True)
    )
    body = b'{"DatasetArn": "arn:aws:forecast:us-east-1:111122223333:dataset/x"}'

    def canned(request: Any, **_: Any) -> AWSResponse:
        return AWSResponse(
            request.url, 200, {"Content-Type": "application/x-amz-json-1.1"}, _Raw(body)
        )

    client.meta.events.register("before-send", canned)
    return client


def _stats(samples: list[float]) -> tuple[float, float]:
    """Median and 95th percentile, in microseconds."""
    cuts = statistics.quantiles(samples, n=20)
    return statistics.median(samples) * 1e6, cuts[18] * 1e6


def _each(fn: Callable[[], object], calls: int) -> list[float]:
    out = []
    for _ in range(calls):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=20000, help="timed checks")
    parser.add_argument("--whole", type=int, default=2000, help="timed whole calls per row")
    args = parser.parse_args(argv)

    use_shared_models()
    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"):
        os.environ.setdefault(name, "testing")
    if not os.environ.get("FIELDGUARD_KEY"):
        os.environ["FIELDGUARD_KEY_FILE"] = str(Path(tempfile.mkdtemp()) / "key")

    import botocore_hooks
    from botocore_hooks.posture import check_call
    from scrubber import Policy
    from scrubber.posture.kms import kms_findings

    client = _client()
    hook = botocore_hooks.install(client, policy=Policy().merged(ALL_BLOCK), mode="redact")
    client.create_dataset(**PARAMS)  # warm: models, caches, the client's facts
    model = client.meta.service_model.operation_model("CreateDataset")
    context = {"client_config": client.meta.config}
    posture = hook.config.policy.posture

    def check() -> None:
        assert not check_call(model, context, posture)
        assert not kms_findings("forecast", "CreateDataset", PARAMS, posture.kms)

    for _ in range(1000):
        check()
    median, p95 = _stats(_each(check, args.calls))
    print(
        f"posture check alone (tls, fips, kms at block; clean call), {args.calls} checks: "
        f"median {median:.1f} µs, p95 {p95:.1f} µs"
    )

    # Two like clients, one per row, called in turn: load from elsewhere hits both alike.
    rows = {"posture off": ALL_OFF, "posture block": ALL_BLOCK}
    clients = {name: _client() for name in rows}
    for name, table in rows.items():
        botocore_hooks.install(clients[name], policy=Policy().merged(table), mode="redact")
        for _ in range(200):
            clients[name].create_dataset(**PARAMS)
    samples: dict[str, list[float]] = {name: [] for name in rows}
    for _ in range(args.whole):
        for name in rows:
            call = clients[name].create_dataset
            t0 = time.perf_counter()
            call(**PARAMS)
            samples[name].append(time.perf_counter() - t0)
    base = _stats(samples["posture off"])
    print(
        f"whole calls through the hook, forecast.CreateDataset, {args.whole} per row, "
        f"interleaved; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"
    )
    for name in rows:
        median, p95 = _stats(samples[name])
        print(
            f"  {name:14} median {median:7.0f} µs  p95 {p95:7.0f} µs  "
            f"(+{median - base[0]:.0f} / +{p95 - base[1]:.0f} µs)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
