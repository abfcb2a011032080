"""moto in server mode, in a child process on a free loopback port, with its recorder.

A child process, not a thread of the tests: moto's import registers botocore
handlers process-wide and its recorder reads its file path once, at import.
Run as a script, this file starts ``ThreadedMotoServer`` on port 0, prints the
port and serves until its standard input closes (so it dies with the tests).
"""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
import urllib.request
from pathlib import Path
from typing import Any

from wire_requests import WireRequest


class MotoServer:
    def __init__(self, workdir: Path) -> None:
        env = dict(os.environ)
        # The recording file goes in a temporary folder, not the current one.
        env["MOTO_RECORDER_FILEPATH"] = str(workdir / "moto_recording")
        self._process = subprocess.Popen(
            [sys.executable, __file__],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            cwd=workdir,
            env=env,
        )
        assert self._process.stdout is not None
        ready, _, _ = select.select([self._process.stdout], [], [], 60)
        line = self._process.stdout.readline() if ready else b""
        if not line.strip().isdigit():
            self.stop()
            raise RuntimeError("moto server did not start (is moto[server] installed?)")
        self.url = f"http://127.0.0.1:{int(line)}"

    def stop(self) -> None:
        if self._process.stdin is not None:
            self._process.stdin.close()
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait(timeout=10)

    def _post(self, path: str) -> bytes:
        request = urllib.request.Request(f"{self.url}{path}", data=b"", method="POST")
        with urllib.request.urlopen(request, timeout=30) as response:
            return bytes(response.read())

    def fresh(self) -> None:
        """Forget all moto state and recorded requests, then record again."""
        self._post("/moto-api/recorder/stop-recording")
        self._post("/moto-api/reset")
        self._post("/moto-api/recorder/reset-recording")
        self._post("/moto-api/recorder/start-recording")

    def recorded(self) -> list[WireRequest]:
        """The requests moto received since :meth:`fresh`."""
        with urllib.request.urlopen(
            f"{self.url}/moto-api/recorder/download-recording", timeout=30
        ) as response:
            text = response.read().decode()
        entries: list[dict[str, Any]] = [json.loads(line) for line in text.splitlines() if line]
        return [WireRequest.from_moto(e) for e in entries]


def _serve() -> None:
    import logging

    from moto.server import ThreadedMotoServer

    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # no access log on the tests' output

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    print(server.get_host_and_port()[1], flush=True)
    sys.stdin.read()  # until the tests close it, or exit
    server.stop()


if __name__ == "__main__":
    _serve()
