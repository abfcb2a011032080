"""A progress bar on stderr for long runs, only when stderr is a terminal."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TextIO

WIDTH = 30


class Progress:
    """Draws ``[#####.....] 12/40 files`` once a run has lasted ``delay`` seconds.

    Short runs and pipes (CI logs, pre-commit) never see it; it is erased when done.
    """

    def __init__(
        self,
        total: int,
        stream: TextIO,
        *,
        enabled: bool,
        delay: float = 0.5,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.total = total
        self.stream = stream
        self.enabled = enabled and total > 1
        self.delay = delay
        self.clock = clock
        self.started = clock()
        self.done = 0
        self.drawn_at: float | None = None

    def advance(self) -> None:
        self.done += 1
        if not self.enabled:
            return
        now = self.clock()
        if now - self.started < self.delay:
            return
        if self.drawn_at is not None and now - self.drawn_at < 0.1 and self.done < self.total:
            return  # at most ten redraws a second
        filled = WIDTH * self.done // self.total
        bar = "#" * filled + "." * (WIDTH - filled)
        self.stream.write(f"\rscrub-check [{bar}] {self.done}/{self.total} files")
        self.stream.flush()
        self.drawn_at = now

    def close(self) -> None:
        if self.drawn_at is not None:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.drawn_at = None
