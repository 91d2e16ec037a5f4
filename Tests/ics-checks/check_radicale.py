"""A Radicale CalDAV server on loopback stores an invite, its update and its cancellation with
the same UID, and the caldav client reads back exactly one event: the latest version.

The server runs on 127.0.0.1 on a free port with a throw-away storage folder, for at most
60 seconds, and is stopped at the end whatever happens.
"""

import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import caldav
import icalendar

from checklib import Checks, folder_argument, load_manifest


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_listening(port: int, server: subprocess.Popen, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            return False
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return True
        except OSError:
            time.sleep(0.1)
    return False


def main() -> None:
    folder = folder_argument()
    manifest = load_manifest(folder)
    checks = Checks("radicale")
    with tempfile.TemporaryDirectory(prefix="radicale-") as storage:
        port = free_port()
        log = open(Path(storage) / "server.log", "w")
        server = subprocess.Popen(
            [
                sys.executable, "-m", "radicale",
                "--server-hosts", f"127.0.0.1:{port}",
                "--storage-filesystem-folder", str(Path(storage) / "collections"),
                "--auth-type", "none",
                "--rights-type", "owner_only",
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            if not checks.check(wait_until_listening(port, server, 20), f"Radicale listens on 127.0.0.1:{port}"):
                log.flush()
                print((Path(storage) / "server.log").read_text())
                checks.finish()
            started = time.monotonic()
            client = caldav.DAVClient(url=f"http://127.0.0.1:{port}/", username="coordinator", password="unused")
            principal = client.principal()
            for series in manifest["series"]:
                calendar = principal.make_calendar(name=f"TwinLink {series['uid']}")
                for file in series["files"]:
                    text = (folder / file).read_text(encoding="utf-8")
                    # The caldav client raises SEQUENCE on every save unless told to store the data as is.
                    calendar.add_event(text, increase_seqno=False)
                    print(f"stored {file}")
                events = calendar.events()
                checks.check(len(events) == 1, f"one event for UID {series['uid']}", f"{len(events)} events")
                stored = calendar.event_by_uid(series["uid"])
                event = icalendar.Calendar.from_ical(stored.data).walk("VEVENT")[0]
                checks.check(str(event["UID"]) == series["uid"], "the stored event keeps its UID")
                checks.check(int(event["SEQUENCE"]) == series["final_sequence"], "the latest SEQUENCE is stored",
                             str(event.get("SEQUENCE")))
                checks.check(str(event["STATUS"]) == series["final_status"], "the latest STATUS is stored",
                             str(event.get("STATUS")))
            checks.check(time.monotonic() - started < 60, "the CalDAV round trip finished within 60 s")
        finally:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
            log.close()
    checks.finish()


if __name__ == "__main__":
    main()
