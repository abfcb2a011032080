"""A Spark session for fieldguard's jobs, and the worker-side state they share.

Workers cannot receive a ``Scrubber`` (it does not pickle: locks, the analyzer),
so each Python worker builds its own, lazily, from the policy the driver sends,
and keeps it for every later batch of the same run. The key is never sent: each
worker loads its own (``$FIELDGUARD_KEY`` or the policy's ``key_file``) and proves
it is the driver's by a check value, so a mismatched executor fails the job
instead of writing pseudonyms or fingerprints nobody can match.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import threading
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any, TypeVar

from scrubber.audit.rows import Fingerprinter
from scrubber.errors import KeyFileError, UsageError
from scrubber.keys import load_key
from scrubber.policy import Policy

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

APP = "fieldguard"
# Spark's default redaction pattern: conf keys matching it are hidden in its UI and logs.
REDACTION = "(?i)secret|password|token|access[.]key"
T = TypeVar("T")


def session(master: str | None, app: str = APP, *, key_env: str = "FIELDGUARD_KEY") -> SparkSession:
    """The active session, or a new one.

    In local mode workers are told this Python and the loopback address (Spark
    picks the system Python and the machine's external address otherwise). A key
    in ``$key_env`` is passed on to executors (``spark.executorEnv``), hidden from
    Spark's UI and event logs by its redaction pattern.
    """
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise UsageError("the Spark engine needs: pip install 'fieldguard[spark]'") from None
    active = SparkSession.getActiveSession()
    if active is not None:
        return active
    # Under spark-submit the JVM is already up (and the master is spark-submit's).
    submitted = "PYSPARK_GATEWAY_PORT" in os.environ
    local = (master or "local").startswith("local") and not submitted
    if local:
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    builder = SparkSession.builder.appName(app)
    if local and os.environ.get("FIELDGUARD_SPARK_JIT", "c1") == "c1":
        # The JVM only reads, shuffles and hands rows to Python here, and shares the
        # cores with the Python workers: its optimising compiler (C2) took as much CPU
        # as the JVM's own work in a 3,000-event run (2.4 s of 4.8 s). The quick
        # compiler alone (C1) halves the JVM's CPU at no cost to its speed here.
        builder = builder.config("spark.driver.extraJavaOptions", "-XX:TieredStopAtLevel=1")
    if os.environ.get(key_env):
        builder = builder.config(f"spark.executorEnv.{key_env}", os.environ[key_env])
        builder = builder.config("spark.redaction.regex", REDACTION + f"|{key_env.lower()}")
    if master:
        builder = builder.master(master)
    # Arrow batches for mapInPandas; small ones keep one slow field from holding a big batch.
    builder = builder.config("spark.sql.execution.arrow.maxRecordsPerBatch", "2000")
    # Our own progress and summary go to stderr; Spark's bar would garble them.
    builder = builder.config("spark.ui.showConsoleProgress", "false")
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def shared_key_configured(policy: Policy) -> bool:
    return bool(os.environ.get(policy.key_env) or policy.key_file)


def require_shared_key(policy: Policy, why: str) -> None:
    if not shared_key_configured(policy):
        raise KeyFileError(
            f"{why} needs a key every executor shares: set ${policy.key_env} (a long random "
            "value) or the policy's key_file, on the driver and the executors "
            f"(spark.executorEnv.{policy.key_env})"
        )


def key_check(policy: Policy) -> str:
    """The driver's key check value (loading, or creating, the key here)."""
    return Fingerprinter(load_key(policy)).check_value()


def run_token(policy: Policy, *settings: object) -> str:
    """Names a worker's state by what it was built from: later jobs with the same
    policy and settings in one session reuse a worker's scanner (Spark reuses Python
    workers), instead of building one per job."""
    fresh = replace(policy)  # without the policy's memo of answers, which grows with use
    return hashlib.sha256(pickle.dumps((fresh, settings))).hexdigest()


_workers: dict[str, Any] = {}
_workers_lock = threading.Lock()


def worker_state(token: str, build: Callable[[], T]) -> T:
    """One object per Python worker and run (``token``), built on first use."""
    found = _workers.get(token)
    if found is None:
        with _workers_lock:
            found = _workers.get(token)
            if found is None:
                found = _workers[token] = build()
    return found


def verify_key(policy: Policy, expected: str) -> Fingerprinter:
    """This worker's fingerprinter, if its key is the driver's; else fail the task."""
    fingerprint = Fingerprinter(load_key(policy))
    if fingerprint.check_value() != expected:
        raise KeyFileError(
            "this executor's pseudonym key differs from the driver's: give every executor "
            f"the same ${policy.key_env} (spark.executorEnv.{policy.key_env}) or key_file"
        )
    return fingerprint
