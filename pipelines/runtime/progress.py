"""Progress of a build over many articles: articles done, rate and time left, told every few seconds."""

from __future__ import annotations

import time
from collections.abc import Callable

# Builds smaller than this finish in a few seconds: a progress line would only add noise.
MIN_ARTICLES = 200
EVERY_SECONDS = 2.0


class Progress:
    """Counts articles done out of `total` and tells `report` a line now and then (never for small builds)."""

    def __init__(self, total: int, report: Callable[[str], None] | None, clock: Callable[[], float] = time.monotonic):
        self.total = total
        self.done = 0
        self._report = report if report is not None and total >= MIN_ARTICLES else None
        self._clock = clock
        self._started = self._last = clock()
        if self._report:
            self._report(f"building {total:,} articles")

    def advance(self, articles: int) -> None:
        self.done += articles
        if self._report is None:
            return
        now = self._clock()
        if now - self._last >= EVERY_SECONDS or self.done >= self.total:
            self._last = now
            self._report(self.line(now))

    def line(self, now: float) -> str:
        elapsed = max(now - self._started, 1e-9)
        rate = self.done / elapsed
        left = (self.total - self.done) / rate if rate else float("inf")
        share = self.done / self.total if self.total else 1.0
        eta = "done" if self.done >= self.total else f"about {_duration(left)} left"
        return f"articles {self.done:,}/{self.total:,} ({share:.0%}), {rate:,.0f} articles/s, {eta}"


def _duration(seconds: float) -> str:
    if seconds == float("inf"):
        return "unknown time"
    seconds = round(seconds)
    if seconds < 60:
        return f"{seconds} s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {seconds:02d} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"
