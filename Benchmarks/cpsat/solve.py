#!/usr/bin/env python3
"""The 1:1 scheduler's problem as an OR-Tools CP-SAT model: the reference the Swift scheduler is measured
against (issue 15).

It reads instance documents in TwinLink's JSON format (docs/meeting-scheduler-instance.md), as written by
`MeetingSchedulerBenchmark --export DIR`, and maximises the total weight of the meetings held:

- a request is held at most once, in a slot where both participants are available;
- a participant meets at most once per slot and at most `max_meetings` times;
- a slot holds at most as many meetings as it has available tables (tables are otherwise interchangeable, so
  a per-slot count is exact: meetings are seated on the free tables afterwards);
- locked meetings are held where they are locked.

Only the weight is optimised (the benchmark compares weights); idle slots and table changes are not modelled.
No hint is given: CP-SAT starts from nothing.

    python solve.py --time-limit 180 --workers 2 --out reference-180s.json INSTANCE.json...
    python solve.py --time-limit 10 --schedule-as-instance DIR INSTANCE.json...

`--out` adds (or replaces) each instance's entry in the JSON file, keyed by the file's stem, with the best
objective, CP-SAT's bound, the status, the wall time and the machine's load average before and after; the file
keeps the command line. `--schedule-as-instance DIR` writes each instance again with CP-SAT's whole schedule as
its locked meetings, so that the scheduler's own validator (`MeetingSchedulerBenchmark --validate FILE`)
checks it.
"""

import argparse
import json
import os
import platform
import sys
import time

from ortools.sat.python import cp_model


def solve(document, time_limit, workers, seed):
    participants = {p["id"]: p for p in document["participants"]}
    slots = [s["id"] for s in document["slots"]]
    tables = document["tables"]
    requests = {r["id"]: r for r in document["requests"]}
    locked = {m["request"]: m for m in document.get("locked_meetings", [])}

    locked_busy = set()  # (participant, slot)
    locked_count = {pid: 0 for pid in participants}
    locked_tables = {}  # slot -> set of tables
    locked_weight = 0
    for m in locked.values():
        r = requests[m["request"]]
        for pid in (r["a"], r["b"]):
            locked_busy.add((pid, m["slot"]))
            locked_count[pid] += 1
        locked_tables.setdefault(m["slot"], set()).add(m["table"])
        locked_weight += r["weight"]
    tables_free = {
        s: [t["id"] for t in tables if s not in t.get("unavailable_slots", []) and t["id"] not in locked_tables.get(s, set())]
        for s in slots
    }

    model = cp_model.CpModel()
    x = {}  # (request, slot) -> var
    by_request = {}
    by_participant_slot = {}
    by_participant = {}
    by_slot = {}
    for rid, r in requests.items():
        if rid in locked:
            continue
        a, b = participants[r["a"]], participants[r["b"]]
        if a["max_meetings"] - locked_count[a["id"]] <= 0 or b["max_meetings"] - locked_count[b["id"]] <= 0:
            continue
        for s in slots:
            if s in a.get("unavailable_slots", []) or s in b.get("unavailable_slots", []):
                continue
            if (a["id"], s) in locked_busy or (b["id"], s) in locked_busy or not tables_free[s]:
                continue
            var = model.NewBoolVar(f"x_{rid}_{s}")
            x[(rid, s)] = var
            by_request.setdefault(rid, []).append(var)
            by_slot.setdefault(s, []).append(var)
            for pid in (a["id"], b["id"]):
                by_participant_slot.setdefault((pid, s), []).append(var)
                by_participant.setdefault(pid, []).append(var)
    for vs in by_request.values():
        model.AddAtMostOne(vs)
    for vs in by_participant_slot.values():
        model.AddAtMostOne(vs)
    for pid, vs in by_participant.items():
        model.Add(sum(vs) <= participants[pid]["max_meetings"] - locked_count[pid])
    for s, vs in by_slot.items():
        model.Add(sum(vs) <= len(tables_free[s]))
    model.Maximize(sum(requests[rid]["weight"] * var for (rid, _), var in x.items()))

    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = time_limit
    solver.parameters.num_workers = workers
    solver.parameters.random_seed = seed
    started = time.monotonic()
    status = solver.Solve(model)
    wall = time.monotonic() - started

    meetings = [dict(m) for m in locked.values()]
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        free = {s: list(ts) for s, ts in tables_free.items()}
        for (rid, s), var in sorted(x.items()):
            if solver.Value(var):
                meetings.append({"request": rid, "slot": s, "table": free[s].pop(0)})
        objective = locked_weight + round(solver.ObjectiveValue())
        bound = locked_weight + int(solver.BestObjectiveBound() + 1e-6)
    else:
        objective, bound = None, None
    return {
        "objective": objective,
        "bound": bound,
        "status": solver.StatusName(status),
        "wall_seconds": round(wall, 1),
        "variables": len(x),
        "locked_weight": locked_weight,
    }, meetings


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("instances", nargs="+")
    parser.add_argument("--time-limit", type=float, required=True, help="seconds per instance")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", help="JSON file to add the results to")
    parser.add_argument("--schedule-as-instance", metavar="DIR", help="write each schedule as an instance's locks")
    args = parser.parse_args()

    results = {}
    if args.out and os.path.exists(args.out):
        with open(args.out) as f:
            results = json.load(f)
    results.setdefault("instances", {})
    # The first run's command stays (edit it when several runs make one file).
    results.setdefault("command", "nice -n 10 python " + " ".join(
        [os.path.relpath(sys.argv[0])] + [a if not a.endswith(".json") or a == args.out else os.path.basename(a) for a in sys.argv[1:]]
    ))
    results["ortools"] = __import__("ortools").__version__
    results["machine"] = f"{platform.machine()}, {os.cpu_count()} cores, shared with other builds"
    for path in args.instances:
        stem = os.path.splitext(os.path.basename(path))[0]
        with open(path) as f:
            document = json.load(f)
        load_before = os.getloadavg()[0]
        entry, meetings = solve(document, args.time_limit, args.workers, args.seed)
        entry["time_limit"] = args.time_limit
        entry["workers"] = args.workers
        entry["load_before"] = round(load_before, 2)
        entry["load_after"] = round(os.getloadavg()[0], 2)
        print(f"{stem}: {entry['status']} objective {entry['objective']} bound {entry['bound']} "
              f"in {entry['wall_seconds']} s (load {entry['load_before']} -> {entry['load_after']})", flush=True)
        results["instances"][stem] = entry
        if args.out:
            with open(args.out, "w") as f:
                json.dump(results, f, indent=2, sort_keys=True)
                f.write("\n")
        if args.schedule_as_instance and entry["objective"] is not None:
            os.makedirs(args.schedule_as_instance, exist_ok=True)
            checked = dict(document)
            checked["locked_meetings"] = meetings
            with open(os.path.join(args.schedule_as_instance, stem + ".json"), "w") as f:
                json.dump(checked, f, indent=2, sort_keys=True)


if __name__ == "__main__":
    main()
