"""Progress of a long audit on stderr, only on a terminal: files, events, rate, findings."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TextIO


class AuditProgress:
    def __init__(
        self,
        total_files: int,
        stream: TextIO,
        *,
        enabled: bool,
        delay: float = 0.5,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.total = total_files
        self.stream = stream
        self.enabled = enabled
        self.delay = delay
        self.clock = clock
        self.started = clock()
        self.files = self.events = self.findings = 0
        self.drawn = False

    def advance(self, events: int, findings: int) -> None:
        self.files += 1
        self.events += events
        self.findings += findings
        elapsed = self.clock() - self.started
        if not self.enabled or elapsed < self.delay:
            return
        rate = self.events / elapsed if elapsed > 0 else 0.0
        self.stream.write(
            f"\rscrub-audit: {self.files}/{self.total} files, {self.events:,} events, "
            f"{rate:,.0f} events/s, {self.findings:,} findings"
        )
        self.stream.flush()
        self.drawn = True

    def close(self) -> None:
        if self.drawn:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.drawn = False
