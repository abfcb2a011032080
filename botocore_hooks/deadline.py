"""Run a scan with a deadline, so a stuck scan blocks the call instead of hanging it.

A thread cannot be killed, so the scan runs on a small pool of daemon threads
and the caller stops waiting at the deadline. Daemon threads, unlike
``concurrent.futures``' workers, never hold up interpreter exit.
"""

from __future__ import annotations

import os
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar, cast

from scrubber.errors import DeadlineExceeded

T = TypeVar("T")

# Seconds; long enough for the first call of a process, which builds the analyzer.
DEFAULT_TIMEOUT = 10.0


@dataclass
class _Job(Generic[T]):
    fn: Callable[[], T]
    done: threading.Event = field(default_factory=threading.Event)
    result: T | None = None
    error: BaseException | None = None
    abandoned: bool = False


class WorkerPool:
    """A fixed number of daemon threads, started on first use."""

    def __init__(self, size: int = 4) -> None:
        if size < 1:
            raise ValueError("size must be at least 1")
        self._size = size
        self._reset()

    def _reset(self) -> None:
        # Also called in a forked child, where the parent's threads do not exist
        # and the lock may have been held by one of them.
        self._lock = threading.Lock()
        self._jobs: queue.SimpleQueue[_Job[Any]] = queue.SimpleQueue()
        self._started = False

    def run(self, fn: Callable[[], T], timeout: float) -> T:
        """``fn()``'s result or exception; :class:`DeadlineExceeded` after ``timeout`` s."""
        self._start()
        job: _Job[T] = _Job(fn)
        self._jobs.put(job)
        if not job.done.wait(timeout):
            job.abandoned = True  # a worker that has not started it yet skips it
            raise DeadlineExceeded(f"scan did not finish within {timeout:g} s")
        if job.error is not None:
            raise job.error
        return cast(T, job.result)

    def _start(self) -> None:
        if self._started:
            return
        with self._lock:
            if self._started:
                return
            for i in range(self._size):
                threading.Thread(
                    target=self._work, args=(self._jobs,), name=f"fieldguard-scan-{i}", daemon=True
                ).start()
            self._started = True

    @staticmethod
    def _work(jobs: queue.SimpleQueue[_Job[Any]]) -> None:
        while True:
            job = jobs.get()
            if job.abandoned:
                continue
            try:
                job.result = job.fn()
            except BaseException as exc:  # handed to the caller, who fails closed
                job.error = exc
            finally:
                job.done.set()


POOL = WorkerPool()
if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=POOL._reset)
