"""calcurse imports every sample without skipping anything, and stores the manifest's times.

calcurse (C, its own parser, strict about escaping) runs with TZ=UTC in a throw-away folder, so
the appointments it stores must carry the manifest's UTC start and end times.
"""

import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from checklib import Checks, folder_argument, load_manifest

TIMED = re.compile(r"^(\d\d)/(\d\d)/(\d{4}) @ (\d\d):(\d\d) -> (\d\d)/(\d\d)/(\d{4}) @ (\d\d):(\d\d)")
ALL_DAY = re.compile(r"^(\d\d)/(\d\d)/(\d{4}) \[1\]")


def stored_times(apts: str) -> list:
    times = []
    for line in apts.splitlines():
        if match := TIMED.match(line):
            m1, d1, y1, h1, n1, m2, d2, y2, h2, n2 = match.groups()
            times.append(("utc", f"{y1}-{m1}-{d1}T{h1}:{n1}:00Z", f"{y2}-{m2}-{d2}T{h2}:{n2}:00Z"))
        elif match := ALL_DAY.match(line):
            month, day, year = match.groups()
            times.append(("date", f"{year}-{month}-{day}"))
    return sorted(times)


def expected_times(events: list) -> list:
    times = []
    for event in events:
        if "date" in event["start"]:
            times.append(("date", event["start"]["date"]))
        else:
            times.append(("utc", event["start"]["utc"], event["end"]["utc"]))
    return sorted(times)


def main() -> None:
    folder = folder_argument()
    manifest = load_manifest(folder)
    checks = Checks("calcurse")
    if not checks.check(shutil.which("calcurse") is not None, "calcurse is installed"):
        checks.finish()
    environment = dict(os.environ, TZ="UTC")
    for spec in manifest["files"]:
        with tempfile.TemporaryDirectory(prefix="calcurse-") as data:
            result = subprocess.run(
                ["calcurse", "-D", data, "-i", str(folder / spec["file"])],
                capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL, env=environment,
            )
            report = (result.stdout + result.stderr).strip().replace("\n", " / ")
            checks.check(result.returncode == 0, f"calcurse -i {spec['file']} exits 0", report)
            checks.check(" 0 skipped" in result.stdout, f"calcurse skips nothing in {spec['file']}", report)
            apts = (Path(data) / "apts").read_text(encoding="utf-8") if (Path(data) / "apts").exists() else ""
            got, want = stored_times(apts), expected_times(spec["events"])
            checks.check(got == want, f"calcurse stores the times of {spec['file']}", f"{got} != {want}")
            print(f"{spec['file']}: {report}")
    checks.finish()


if __name__ == "__main__":
    main()
