#!/usr/bin/env python3
"""Writes a scaled copy of the fixture registry for the scale benchmark.

    python3 Benchmarks/scale_registry.py --scale 10 --out /tmp/registry-x10

The registry comes from fixtures/generate.py (the same generator as the fixtures); for a scale
of N the programme gets N copies of its local firms, partner enterprises, people, events,
applications and meeting requests (copy k > 1 has ids ending in `-xK`, e-mail addresses starting
with `xK.`), each copy referring to its own records. The partner cities, the programme's staff and
the regulations stay as they are: one programme with N times the firms and events. The attendance,
outcome and cost sheets of the fixtures are copied as they are. Deterministic: same scale, same
bytes.
"""

from __future__ import annotations

import argparse
import csv
import pathlib
import shutil
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent

# Columns holding ids of records that are copied, per file, and which ids they are.
COPIED_REFERENCES = {
    "smes.csv": ["id", "contact_person_id"],
    "enterprise_links.csv": ["id", "sme_id"],
    "partner_enterprises.csv": ["id", "contact_person_id"],
    "events.csv": ["id"],
    "applications.csv": ["id", "event_id", "activity_id", "sme_id", "delegate_person_ids"],
    "meeting_requests.csv": ["id", "event_id", "sme_id", "partner_enterprise_id"],
}


def read(path: pathlib.Path) -> tuple[list[str], list[dict], str, str]:
    raw = path.read_bytes()
    encoding = "utf-8-sig" if raw.startswith(b"\xef\xbb\xbf") else "utf-8"
    newline = "\r\n" if b"\r\n" in raw else "\n"
    with open(path, encoding=encoding, newline="") as f:
        reader = csv.DictReader(f)
        return list(reader.fieldnames or []), list(reader), encoding, newline


def write(path: pathlib.Path, columns: list[str], rows: list[dict], encoding: str, newline: str) -> None:
    with open(path, "w", encoding=encoding, newline="") as f:
        writer = csv.DictWriter(f, fieldnames=columns, quoting=csv.QUOTE_MINIMAL, lineterminator=newline)
        writer.writeheader()
        writer.writerows(rows)


def suffixed(value: str, copy: int) -> str:
    if copy == 1 or value == "":
        return value
    return ";".join(f"{part}-x{copy}" for part in value.split(";"))


def scale(source: pathlib.Path, out: pathlib.Path, factor: int) -> dict[str, int]:
    counts: dict[str, int] = {}
    for name, columns_to_copy in COPIED_REFERENCES.items():
        columns, rows, encoding, newline = read(source / name)
        scaled = []
        for copy in range(1, factor + 1):
            for row in rows:
                row = dict(row)
                for column in columns_to_copy:
                    if column in row:  # an optional column (activity_id) may be absent
                        row[column] = suffixed(row[column], copy)
                if copy > 1 and name == "events.csv":
                    row["name"] = f"{row['name']} ({copy})"
                    row["source"] = "manual"
                if copy > 1 and name in ("smes.csv", "partner_enterprises.csv"):
                    key = "legal_name" if name == "smes.csv" else "name"
                    row[key] = f"{row[key]} ({copy})"
                scaled.append(row)
        write(out / name, columns, scaled, encoding, newline)
        counts[name] = len(scaled)

    # People: the programme's staff and the partner cities' contacts once; everybody else per copy.
    columns, rows, encoding, newline = read(source / "people.csv")
    people = []
    for copy in range(1, factor + 1):
        for row in rows:
            if row["organisation_kind"] in ("programme", "partner_city"):
                if copy == 1:
                    people.append(row)
                continue
            row = dict(row)
            row["id"] = suffixed(row["id"], copy)
            row["organisation_id"] = suffixed(row["organisation_id"], copy)
            if copy > 1:
                row["email"] = f"x{copy}.{row['email']}"
            people.append(row)
    write(out / "people.csv", columns, people, encoding, newline)
    counts["people.csv"] = len(people)

    shutil.copy(source / "partner_cities.csv", out / "partner_cities.csv")
    shutil.copy(ROOT / "fixtures" / "regulations.yaml", out / "regulations.yaml")
    programme = (source / "programme.yaml").read_text(encoding="utf-8")
    programme = programme.replace('calendars: "../calendars"', f'calendars: "{ROOT / "calendars"}"')
    (out / "programme.yaml").write_text(programme, encoding="utf-8", newline="\n")
    for folder in ("attendance", "outcomes", "costs"):
        if (out / folder).exists():
            shutil.rmtree(out / folder)
        shutil.copytree(ROOT / "fixtures" / folder, out / folder)
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description="Write a scaled copy of the fixture registry.")
    parser.add_argument("--scale", type=int, default=1)
    parser.add_argument("--out", required=True)
    arguments = parser.parse_args()
    if arguments.scale < 1:
        sys.exit("scale_registry.py: --scale must be 1 or more")
    out = pathlib.Path(arguments.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as generated:
        subprocess.run(
            [sys.executable, str(ROOT / "fixtures" / "generate.py"), "--out", generated],
            check=True, stdout=subprocess.DEVNULL)
        counts = scale(pathlib.Path(generated), out, arguments.scale)
    print(" ".join(f"{name.removesuffix('.csv')}={count}" for name, count in sorted(counts.items())))


if __name__ == "__main__":
    main()
