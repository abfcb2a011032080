"""What the AWS CLI v1 plugin adds to one command: with and without a finding.

    python -m benchmarks.cli_plugin [--runs N] [--warm N]

``aws iot create-thing`` against a loopback stub that answers ``{}``, with the
CLI config file naming the plugin or not, history off and on:

* "cold": the ``aws`` command itself, one process per command (the plugin's
  import, the scanner's load on the first covered call, the check, the veil);
* "warm": commands run one after another in one process, as the CLI's own
  driver runs them (``create_clidriver().main``), after the scanner is loaded;
  "in plugin" is the time spent inside the plugin's code on each of them (its
  entry point, its event handlers with the check, the veil's taps on the
  history recorder and the --debug handlers, less the CLI's own writing of
  the records it passes on): the plugin's own cost, which
  the machine's load does not blur as it blurs the end-to-end difference.

Cases take turns, so load from elsewhere on the machine hits them alike.

Added time = with the plugin minus without it, per statistic (medians).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

CONFIG = "[default]\nregion = us-east-1\n{history}\n{plugins}"
PLUGINS = "[plugins]\nfieldguard = botocore_hooks\n"
CLEAN = "sensor-floor-3"
FINDING = "sensor-david-miller-01"


class _Stub(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        body = b"{}"
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextlib.contextmanager
def _stub() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Stub)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()


def _env(folder: Path, *, plugin: bool, history: bool) -> dict[str, str]:
    name = f"config-{int(plugin)}{int(history)}"
    config = folder / name
    config.write_text(
        CONFIG.format(
            history="cli_history = enabled" if history else "",
            plugins=PLUGINS if plugin else "",
        )
    )
    (folder / "fieldguard.toml").write_text("")  # the defaults: redact
    return {
        **os.environ,
        "AWS_CONFIG_FILE": str(config),
        "AWS_SHARED_CREDENTIALS_FILE": str(folder / "no-credentials"),
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_CLI_HISTORY_FILE": str(folder / f"history-{name}.db"),
        "AWS_EC2_METADATA_DISABLED": "true",
        "FIELDGUARD_KEY_FILE": str(folder / "key"),
    }


def _argv(url: str, name: str) -> list[str]:
    return ["iot", "create-thing", "--thing-name", name, "--endpoint-url", url]


def _aws() -> list[str]:
    script = Path(sys.executable).with_name("aws")
    return [str(script)] if script.exists() else [sys.executable, "-m", "awscli"]


def _cold(url: str, env: dict[str, str], cwd: Path, name: str, runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(
            [*_aws(), *_argv(url, name)], env=env, cwd=cwd, capture_output=True, check=True
        )
        out.append(time.perf_counter() - t0)
    return out


_WARM = """
import contextlib, functools, io, json, os, sys, time
from awscli.clidriver import create_clidriver
import botocore_hooks, botocore_hooks.awscli_plugin as plugin, botocore_hooks.cli_veil as veil
rows, runs = json.loads(sys.argv[1]), int(sys.argv[2])
spent, depth = [0.0], [0]
def timed(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        depth[0] += 1
        t0 = time.perf_counter()
        try:
            return fn(*a, **k)
        finally:
            depth[0] -= 1
            if depth[0] == 0:
                spent[0] += time.perf_counter() - t0
    return wrapper
def untimed(fn):
    # The CLI's own work called from the plugin (writing a history record): not ours.
    @functools.wraps(fn)
    def wrapper(*a, **k):
        t0 = time.perf_counter()
        try:
            return fn(*a, **k)
        finally:
            if depth[0]:
                spent[0] -= time.perf_counter() - t0
    return wrapper
veil._Recorder.write = untimed(veil._Recorder.write)
# Every way the CLI enters the plugin: its entry point, the event handlers,
# the veil's taps on the history recorder and the --debug handlers.
botocore_hooks.awscli_initialize = timed(plugin.awscli_initialize)
for cls, names in (
    (plugin.DeferredHook, ("__call__", "on_command")),
    (veil.Veil, ("record", "log", "finish", "checked")),
):
    for name in names:
        setattr(cls, name, timed(getattr(cls, name)))
def once(row):
    os.environ.update(row["env"])
    spent[0] = 0.0
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        t0 = time.perf_counter()
        rc = create_clidriver().main(row["argv"])
        took = time.perf_counter() - t0
    assert rc == 0, rc
    return took, spent[0]
samples = {row["name"]: [] for row in rows}
for row in rows * 3:
    once(row)  # warm-up: models, the scanner, caches
for _ in range(runs):  # rows take turns, so load from elsewhere hits them alike
    for row in rows:
        samples[row["name"]].append(once(row))
print(json.dumps(samples))
"""


def _warm_in(
    rows: list[dict[str, Any]], cwd: Path, runs: int, env: dict[str, str]
) -> dict[str, list[list[float]]]:
    done = subprocess.run(
        [sys.executable, "-c", _WARM, json.dumps(rows), str(runs)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    samples: dict[str, list[list[float]]] = json.loads(done.stdout)
    return samples


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="cold commands per row")
    parser.add_argument("--warm", type=int, default=30, help="warm commands per row")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="fieldguard-cli-bench-"))
    cases = [
        (f"{what}, history {'on' if history else 'off'}", plugin, history, name)
        for history in (False, True)
        for what, plugin, name in (
            ("no plugin", False, CLEAN),
            ("plugin, clean", True, CLEAN),
            ("plugin, finding", True, FINDING),
        )
    ]
    cold: dict[str, list[float]] = {label: [] for label, *_ in cases}
    with _stub() as url:
        envs = {label: _env(folder, plugin=p, history=h) for label, p, h, _ in cases}
        for _ in range(args.runs):  # cases take turns here too
            for label, _p, _h, name in cases:
                cold[label] += _cold(url, envs[label], folder, name, 1)
        rows = [
            {
                "name": label,
                "argv": _argv(url, name),
                "env": {k: envs[label][k] for k in ("AWS_CONFIG_FILE", "AWS_CLI_HISTORY_FILE")},
            }
            for label, _p, _h, name in cases
        ]
        base_env = dict(envs[cases[0][0]])
        # Without and with the plugin in separate processes: the veil's tap on the
        # history recorder is process-wide once a plugin command has run.
        with_plugin = {label for label, plugin, *_ in cases if plugin}
        warm = _warm_in(
            [r for r in rows if r["name"] not in with_plugin], folder, args.warm, base_env
        )
        warm |= _warm_in([r for r in rows if r["name"] in with_plugin], folder, args.warm, base_env)
    out: list[tuple[str, float, float, float]] = []
    for label, plugin, history, _ in cases:
        c = statistics.median(cold[label])
        w = statistics.median(took for took, _ in warm[label])
        inside = statistics.median(spent for _, spent in warm[label])
        out.append((label, c, w, inside))
        if plugin:
            base = f"no plugin, history {'on' if history else 'off'}"
            added_c = c - statistics.median(cold[base])
            added_w = w - statistics.median(took for took, _ in warm[base])
            out.append(("  added", added_c, added_w, inside))
    rows_out = out
    print(
        f"AWS CLI v1 plugin, aws iot create-thing against a loopback stub; medians of "
        f"{args.runs} cold and {args.warm} warm commands; "
        f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"
    )
    print(f"{'case':34} {'cold ms':>10} {'warm ms':>10} {'in plugin ms':>13}")
    for what, c, w, inside in rows_out:
        print(f"{what:34} {c * 1e3:10.1f} {w * 1e3:10.1f} {inside * 1e3:13.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
