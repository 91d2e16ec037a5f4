#!/usr/bin/env python3
"""The scale benchmark: the main job on ×1, ×10 and ×50 copies of the fixture registry.

    python3 Benchmarks/scale_benchmark.py --twinlink .build/release/twinlink [--scales 1,10,50]

Run through scripts/scale-benchmark.sh, which builds the release binary first. For each scale it
writes the registry (Benchmarks/scale_registry.py, from fixtures/generate.py), runs `twinlink run`
on a fresh database, prints the whole run (wall, CPU and peak resident memory, from wait4) and each
stage (timed from the stage lines `[i/n] ...` the command writes as each stage starts, with the
resident memory sampled from /proc every 50 ms), then runs it a second time with
nothing changed and prints its time and how many files under the output folder it created or
rewrote (a file counts when its inode, size or modification time changed). Exits non-zero when a
target is missed, after printing every figure.
"""

from __future__ import annotations

import argparse
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
STAGE = re.compile(r"^\[(\d+)/(\d+)\] (.*)$")

# (scale, what, limit): the targets on a 2-core machine.
TARGETS = [
    (10, "run", 10.0),
    (50, "run", 60.0),
    (50, "second run", 5.0),
    (50, "second run files written", 0),
    (50, "peak MB", 500.0),
]


def snapshot(folder: pathlib.Path) -> dict[str, tuple[int, int, int]]:
    files = {}
    for path in folder.rglob("*"):
        if path.is_file():
            stat = path.stat()
            files[str(path.relative_to(folder))] = (stat.st_ino, stat.st_size, stat.st_mtime_ns)
    return files


def rss_of(pid: int) -> tuple[int, int]:
    """(VmRSS, VmHWM) of a running process in kB, from /proc; (0, 0) once it has gone."""
    rss = hwm = 0
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    rss = int(line.split()[1])
                elif line.startswith("VmHWM:"):
                    hwm = int(line.split()[1])
    except (FileNotFoundError, ProcessLookupError, ValueError):
        pass
    return rss, hwm


TICKS = os.sysconf("SC_CLK_TCK")


def cpu_of(pid: int) -> float:
    """User + system CPU seconds of a running process so far (all its threads), from /proc."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / TICKS
    except (FileNotFoundError, ProcessLookupError, ValueError, IndexError):
        return 0.0


class Stage:
    """One `[i/n]` stage of a run: its title, wall seconds, the resident memory at its start and
    end and the highest seen while it ran (sampled from /proc every 50 ms), in MB."""

    def __init__(self, title: str, started: float, rss: int, cpu: float):
        self.title, self.started, self.seconds = title, started, 0.0
        self.rss_start = self.rss_end = self.peak = rss / 1024
        self.cpu_start, self.cpu = cpu, 0.0


def run(twinlink: str, registry: pathlib.Path, database: pathlib.Path, out: pathlib.Path, log: pathlib.Path,
        extra: list[str] | None = None):
    """Runs the main job; returns (wall seconds, [Stage], peak MB, CPU seconds, before-first-stage seconds).

    The peak is the kernel's high-water mark of the process (ru_maxrss from wait4, the figure
    /usr/bin/time -v prints); each stage's peak is sampled from /proc/PID/status while it runs."""
    command = [twinlink, "run", str(registry), "--out", str(out), "--db", str(database)] + (extra or [])
    stages: list[Stage] = []
    lock = threading.Lock()
    started = time.monotonic()
    with open(log, "w", encoding="utf-8") as saved:
        process = subprocess.Popen(command, stdout=saved, stderr=subprocess.PIPE, text=True, bufsize=1)
        assert process.stderr is not None
        done = threading.Event()

        def sample() -> None:
            while not done.is_set():
                rss, _ = rss_of(process.pid)
                with lock:
                    if stages and rss:
                        stage = stages[-1]
                        stage.peak = max(stage.peak, rss / 1024)
                        stage.rss_end = rss / 1024
                done.wait(0.05)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        for line in process.stderr:
            saved.write(line)
            saved.flush()
            match = STAGE.match(line.rstrip("\n"))
            if match:
                now = time.monotonic()
                rss, _ = rss_of(process.pid)
                cpu = cpu_of(process.pid)
                with lock:
                    if stages:
                        stages[-1].seconds = now - stages[-1].started
                        stages[-1].rss_end = rss / 1024 or stages[-1].rss_end
                        stages[-1].cpu = cpu - stages[-1].cpu_start
                    stages.append(Stage(match.group(3), now, rss, cpu))
        last_cpu = cpu_of(process.pid)
        _, status, usage = os.wait4(process.pid, 0)
        finished = time.monotonic()
        done.set()
        sampler.join()
        process.returncode = os.waitstatus_to_exitcode(status)
    total_cpu = usage.ru_utime + usage.ru_stime
    if stages:
        stages[-1].seconds = finished - stages[-1].started
        # What the last stage and the exit cost: the rest of the process's CPU time.
        stages[-1].cpu = max(last_cpu, total_cpu) - stages[-1].cpu_start
    if process.returncode != 0:
        sys.exit(f"scale benchmark: twinlink run failed with status {process.returncode}; see {log}")
    before_first = (stages[0].started if stages else finished) - started
    before_cpu = stages[0].cpu_start if stages else total_cpu
    return finished - started, stages, usage.ru_maxrss / 1024, total_cpu, (before_first, before_cpu)


def short(title: str) -> str:
    return re.sub(r" (to|in|from) /\S+", "", title)[:60]


def main() -> None:
    parser = argparse.ArgumentParser(description="Time the main job on scaled registries.")
    parser.add_argument("--twinlink", default=str(ROOT / ".build" / "release" / "twinlink"))
    parser.add_argument("--scales", default="1,10,50")
    parser.add_argument("--keep", help="keep registries, databases and outputs under this folder")
    parser.add_argument("--first-only", action="store_true", help="skip the second run (a quick probe)")
    arguments = parser.parse_args()
    scales = [int(s) for s in arguments.scales.split(",")]
    work = pathlib.Path(arguments.keep or tempfile.mkdtemp(prefix="twinlink-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    figures: dict[tuple[int, str], float] = {}
    print(f"scale benchmark: {arguments.twinlink}, {os.cpu_count()} cores, load average "
          f"{os.getloadavg()[0]:.1f} at the start, work folder {work}")
    print("(wall seconds are what the targets read; cpu is user + system, what the run cost whatever the load)")
    for scale in scales:
        registry, database, out = work / f"registry-x{scale}", work / f"x{scale}.sqlite", work / f"out-x{scale}"
        for path in (registry, out):
            shutil.rmtree(path, ignore_errors=True)
        for suffix in ("", "-wal", "-shm"):
            pathlib.Path(str(database) + suffix).unlink(missing_ok=True)
        counts = subprocess.run(
            [sys.executable, str(ROOT / "Benchmarks" / "scale_registry.py"), "--scale", str(scale), "--out",
             str(registry)], check=True, capture_output=True, text=True).stdout.strip()
        print(f"\n×{scale}: {counts}", flush=True)
        wall, stages, peak, cpu, before_first = run(
            arguments.twinlink, registry, database, out, work / f"x{scale}-first.log")
        print(f"  run              {wall:8.2f} s   cpu {cpu:7.2f} s   peak {peak:7.1f} MB   "
              f"load {os.getloadavg()[0]:.1f}")
        print("    (per stage: wall and CPU seconds; resident MB at its start, highest while it ran, at its end)")
        print(f"    {before_first[0]:8.2f} s  cpu {before_first[1]:6.2f} s                       "
              "before the first stage (reading and checking the registry files)")
        for stage in stages:
            print(f"    {stage.seconds:8.2f} s  cpu {stage.cpu:6.2f} s  {stage.rss_start:6.0f} {stage.peak:6.0f} "
                  f"{stage.rss_end:6.0f} MB  {short(stage.title)}")
        figures[(scale, "run")] = wall
        figures[(scale, "peak MB")] = peak
        if arguments.first_only:
            continue
        before = snapshot(out)
        again, _, peak2, cpu2, _ = run(arguments.twinlink, registry, database, out, work / f"x{scale}-second.log")
        after = snapshot(out)
        written = sum(1 for path, key in after.items() if before.get(path) != key)
        print(f"  second run       {again:8.2f} s   cpu {cpu2:7.2f} s   peak {peak2:7.1f} MB   "
              f"files written: {written} of {len(after)}")
        figures[(scale, "second run")] = again
        figures[(scale, "second run files written")] = written
        figures[(scale, "peak MB")] = max(peak, peak2)
    print("\ntargets:")
    missed = 0
    for scale, what, limit in TARGETS:
        if (scale, what) not in figures:
            continue
        value = figures[(scale, what)]
        ok = value <= limit if what.endswith("written") else value < limit
        missed += 0 if ok else 1
        print(f"  ×{scale} {what:26} {value:10.2f}  {'<=' if what.endswith('written') else '<'} {limit:g}  "
              f"{'MET' if ok else 'MISSED'}")
    if not arguments.keep:
        shutil.rmtree(work, ignore_errors=True)
    sys.exit(1 if missed else 0)


if __name__ == "__main__":
    main()
