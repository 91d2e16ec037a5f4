"""khal imports an invite, then its cancellation, and lists the event as cancelled (or not at all).

khal keeps its own vdir and database in a throw-away folder; it reads the files with its own
parser (python icalendar as packaged by Debian).
"""

import shutil
import subprocess
import tempfile
from pathlib import Path

from checklib import Checks, folder_argument, load_manifest

CONFIG = """[calendars]
[[twinlink]]
path = {vdir}
type = calendar

[locale]
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
local_timezone = Europe/Warsaw
default_timezone = Europe/Warsaw

[default]
default_calendar = twinlink

[sqlite]
path = {database}
"""


def khal(config: Path, *arguments: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["khal", "-c", str(config), *arguments], capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL
    )


def main() -> None:
    folder = folder_argument()
    manifest = load_manifest(folder)
    checks = Checks("khal")
    if not checks.check(shutil.which("khal") is not None, "khal is installed"):
        checks.finish()
    series = manifest["series"][0]
    request, cancel = series["files"][0], series["files"][-1]
    with tempfile.TemporaryDirectory(prefix="khal-") as work:
        vdir = Path(work) / "calendar"
        vdir.mkdir()
        config = Path(work) / "khal.conf"
        config.write_text(CONFIG.format(vdir=vdir, database=Path(work) / "khal.db"))
        listing = ("list", "--format", "{start} {title} [{status}]", "2027-03-01", "60d")

        result = khal(config, "import", "--batch", "-a", "twinlink", str(folder / request))
        checks.check(result.returncode == 0, f"khal imports {request}", result.stderr.strip())
        before = khal(config, *listing)
        print(f"after {request}:\n{before.stdout.strip()}")
        checks.check("Online introduction" in before.stdout, "the invite is listed", before.stdout + before.stderr)
        checks.check("CANCELLED" not in before.stdout, "the invite is not cancelled yet")
        checks.check("2027-03-16 15:00" in before.stdout, "khal shows 15:00 Warsaw time on 16 March", before.stdout)

        result = khal(config, "import", "--batch", "-a", "twinlink", str(folder / cancel))
        checks.check(result.returncode == 0, f"khal imports {cancel}", result.stderr.strip())
        after = khal(config, *listing)
        print(f"after {cancel}:\n{after.stdout.strip()}")
        lines = [line for line in after.stdout.splitlines() if "Online introduction" in line]
        checks.check(len(lines) <= 1, "the cancellation replaced the invite instead of adding a second event", after.stdout)
        checks.check(
            not lines or "CANCELLED" in lines[0],
            "the event is listed as cancelled (or gone)",
            after.stdout,
        )
        files = list(vdir.glob("*.ics"))
        checks.check(len(files) == 1, "khal keeps one file for the UID", str(files))
    checks.finish()


if __name__ == "__main__":
    main()
