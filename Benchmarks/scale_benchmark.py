#!/usr/bin/env python3
"""The scale benchmark: the main job on ×1, ×10 and ×50 copies of the fixture registry.

    python3 Benchmarks/scale_benchmark.py --twinlink .build/release/twinlink [--scales 1,10,50]

Run through scripts/scale-benchmark.sh, which builds the release binary first. For each scale it
writes the registry (Benchmarks/scale_registry.py, from fixtures/generate.py), runs `twinlink run`
on a fresh database under /usr/bin/time -v, prints the whole run and each stage (timed from the
stage lines `[i/n] ...` the command writes as each stage starts), then runs it a second time with
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


def run(twinlink: str, registry: pathlib.Path, database: pathlib.Path, out: pathlib.Path, log: pathlib.Path):
    """Runs the main job; returns (wall seconds, [(stage title, seconds)], peak MB, CPU seconds)."""
    timing = log.with_suffix(".time")
    command = ["/usr/bin/time", "-v", "-o", str(timing), twinlink, "run", str(registry), "--out", str(out),
               "--db", str(database)]
    stages: list[tuple[str, float]] = []
    started = time.monotonic()
    with open(log, "w", encoding="utf-8") as saved:
        process = subprocess.Popen(command, stdout=saved, stderr=subprocess.PIPE, text=True, bufsize=1)
        assert process.stderr is not None
        stage_start = started
        title = None
        for line in process.stderr:
            saved.write(line)
            saved.flush()
            match = STAGE.match(line.rstrip("\n"))
            if match:
                now = time.monotonic()
                if title is not None:
                    stages.append((title, now - stage_start))
                title, stage_start = match.group(3), now
        status = process.wait()
    finished = time.monotonic()
    if title is not None:
        stages.append((title, finished - stage_start))
    if status != 0:
        sys.exit(f"scale benchmark: twinlink run failed with status {status}; see {log}")
    peak_kb, cpu = 0, 0.0
    for line in timing.read_text().splitlines():
        if "Maximum resident set size" in line:
            peak_kb = int(line.split(":")[1])
        if "User time (seconds)" in line or "System time (seconds)" in line:
            cpu += float(line.split(":")[1])
    return finished - started, stages, peak_kb / 1024, cpu


def short(title: str) -> str:
    return re.sub(r" (to|in|from) /\S+", "", title)[:60]


def main() -> None:
    parser = argparse.ArgumentParser(description="Time the main job on scaled registries.")
    parser.add_argument("--twinlink", default=str(ROOT / ".build" / "release" / "twinlink"))
    parser.add_argument("--scales", default="1,10,50")
    parser.add_argument("--keep", help="keep registries, databases and outputs under this folder")
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
        wall, stages, peak, cpu = run(arguments.twinlink, registry, database, out, work / f"x{scale}-first.log")
        print(f"  run              {wall:8.2f} s   cpu {cpu:7.2f} s   peak {peak:7.1f} MB")
        for title, seconds in stages:
            print(f"    {seconds:8.2f} s  {short(title)}")
        before = snapshot(out)
        again, _, peak2, cpu2 = run(arguments.twinlink, registry, database, out, work / f"x{scale}-second.log")
        after = snapshot(out)
        written = sum(1 for path, key in after.items() if before.get(path) != key)
        print(f"  second run       {again:8.2f} s   cpu {cpu2:7.2f} s   peak {peak2:7.1f} MB   "
              f"files written: {written} of {len(after)}")
        figures[(scale, "run")] = wall
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
              f"{'met' if ok else 'MISSED'}")
    if not arguments.keep:
        shutil.rmtree(work, ignore_errors=True)
    sys.exit(1 if missed else 0)


if __name__ == "__main__":
    main()
