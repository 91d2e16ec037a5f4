"""Shared helpers for the independent iCalendar checks: load the manifest, record results."""

import json
import sys
from pathlib import Path


class Checks:
    """Collects PASS/FAIL lines and turns them into an exit status."""

    def __init__(self, name: str):
        self.name = name
        self.failures = 0
        self.passes = 0

    def check(self, condition: bool, what: str, detail: str = "") -> bool:
        if condition:
            self.passes += 1
        else:
            self.failures += 1
            print(f"FAIL [{self.name}] {what}" + (f": {detail}" if detail else ""))
        return condition

    def finish(self) -> None:
        print(f"{self.name}: {self.passes} passed, {self.failures} failed")
        sys.exit(1 if self.failures else 0)


def load_manifest(folder: Path) -> dict:
    return json.loads((folder / "manifest.json").read_text(encoding="utf-8"))


def folder_argument() -> Path:
    if len(sys.argv) != 2 or not Path(sys.argv[1]).is_dir():
        print(f"usage: {sys.argv[0]} SAMPLES_DIR", file=sys.stderr)
        sys.exit(2)
    return Path(sys.argv[1])
