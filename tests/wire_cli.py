"""Run several AWS CLI v1 commands in one process, as the ``aws`` script runs one.

Each command gets a new driver (``awscli.clidriver.create_clidriver``, which
reads the config file and loads its ``[plugins]``), exactly what ``aws``
does; one process for many commands keeps the tests fast. Reads a JSON list
of {"argv": [...], "env": {...}} on stdin (env: variables set for that command
only), prints a JSON list of {rc, stdout, stderr}.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import sys
from typing import Any


def run(argv: list[str], env: dict[str, str]) -> dict[str, Any]:
    from awscli.clidriver import create_clidriver  # type: ignore[import-untyped]

    saved = dict(os.environ)
    os.environ.update(env)
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            rc = create_clidriver().main(argv)
    finally:
        os.environ.clear()
        os.environ.update(saved)
    return {"rc": rc, "stdout": _text(out), "stderr": _text(err)}


def _text(stream: io.TextIOWrapper) -> str:
    stream.flush()
    buffer = stream.buffer
    assert isinstance(buffer, io.BytesIO)
    return buffer.getvalue().decode("utf-8", "replace")


if __name__ == "__main__":
    commands = json.load(sys.stdin)
    print(json.dumps([run(c["argv"], c.get("env", {})) for c in commands]))
