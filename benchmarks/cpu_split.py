"""Where CPU time goes during a timed run (Linux ``/proc``; empty elsewhere).

:func:`snapshot` sums the CPU time of this process and every process under it,
by kind (the JVM, Spark's Python workers, the rest), children that have exited
included; :func:`machine_busy` is the whole machine's busy CPU time. The
difference of two of each over a run says how the run's CPU divided between the
JVM and Python, and how much other load shared the machine with it.
"""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

_TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _processes() -> dict[int, tuple[int, str, float]]:
    """pid -> (parent pid, command line, CPU s of it and its exited children)."""
    found = {}
    for entry in Path("/proc").iterdir() if Path("/proc/self/stat").exists() else ():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        cpu = sum(int(f) for f in fields[11:15]) / _TICK  # utime stime cutime cstime
        found[int(entry.name)] = (int(fields[1]), command, cpu)
    return found


def _kind(command: str) -> str:
    if "java" in command.split(" ", 1)[0]:
        return "jvm"
    if "pyspark.daemon" in command or "pyspark.worker" in command:
        return "python workers"
    return "python"


def snapshot() -> Counter[str]:
    """CPU s so far of this process tree, by kind."""
    processes = _processes()
    children: dict[int, list[int]] = {}
    for pid, (parent, _, _) in processes.items():
        children.setdefault(parent, []).append(pid)
    out: Counter[str] = Counter()
    todo = [os.getpid()]
    while todo:
        pid = todo.pop()
        if pid in processes:
            _, command, cpu = processes[pid]
            out[_kind(command)] += cpu
        todo.extend(children.get(pid, ()))
    return out


def machine_busy() -> float:
    """Busy CPU s of the whole machine since boot (0 where unknown)."""
    try:
        values = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except OSError:
        return 0.0
    return (sum(values) - values[3] - values[4]) / _TICK  # less idle and iowait
