"""Every VTIMEZONE in the samples gives the UTC offset of the IANA rules (python zoneinfo).

Each VTIMEZONE is read twice, independently of libical: by python icalendar (told not to look
the TZID up in the tz database, so it builds the zone from the VTIMEZONE's own rules) and by
vobject. Both must agree with zoneinfo every hour of 2026-2030, and one second and one minute
either side of every transition zoneinfo knows in those years.
"""

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import icalendar
import vobject

from checklib import Checks, folder_argument, load_manifest

START = datetime(2026, 1, 1, tzinfo=timezone.utc)
END = datetime(2031, 1, 1, tzinfo=timezone.utc)


def offset(instant: datetime, zone) -> timedelta:
    return instant.astimezone(zone).utcoffset()


def transitions(zone: ZoneInfo) -> list:
    """The instants (to the second) where zoneinfo's offset changes within START..END."""
    found = []
    step = timedelta(hours=1)
    previous_time, previous = START, offset(START, zone)
    current_time = START + step
    while current_time < END:
        current = offset(current_time, zone)
        if current != previous:
            low, high = previous_time, current_time
            while high - low > timedelta(seconds=1):
                middle = low + (high - low) / 2
                middle = middle.replace(microsecond=0)
                if offset(middle, zone) == previous:
                    low = middle
                else:
                    high = middle
            found.append(high)
        previous_time, previous = current_time, current
        current_time += step
    return found


def main() -> None:
    folder = folder_argument()
    manifest = load_manifest(folder)
    checks = Checks("vtimezones")
    readings = {}  # TZID -> list of (reader name, tzinfo, file)
    for spec in manifest["files"]:
        path = folder / spec["file"]
        calendar = icalendar.Calendar.from_ical(path.read_bytes())
        for component in calendar.walk("VTIMEZONE"):
            tzid = str(component["TZID"])
            readings.setdefault(tzid, []).append(("icalendar", component.to_tz(lookup_tzid=False), path.name))
        parsed = vobject.readOne(path.read_text(encoding="utf-8"))
        for component in getattr(parsed, "vtimezone_list", []):
            readings.setdefault(component.tzid.value, []).append(("vobject", component.gettzinfo(), path.name))

    for zone_name in manifest["zones"]:
        if zone_name != "UTC":
            checks.check(zone_name in readings, f"a VTIMEZONE for {zone_name} was written")
    for tzid, readers in sorted(readings.items()):
        iana = ZoneInfo(tzid)
        changes = transitions(iana)
        instants = [START + timedelta(hours=hour) for hour in range(int((END - START).total_seconds() // 3600))]
        for change in changes:
            instants += [change + timedelta(seconds=delta) for delta in (-60, -1, 0, 1, 60)]
        seen_files = set()
        for reader, zone, file in readers:
            if (reader, file) in seen_files:
                continue
            seen_files.add((reader, file))
            mismatches = [i for i in instants if offset(i, zone) != offset(i, iana)]
            checks.check(
                not mismatches,
                f"{reader} reading of {tzid} in {file} agrees with zoneinfo at {len(instants)} instants "
                f"({len(changes)} transitions)",
                ", ".join(f"{i.isoformat()}: {offset(i, zone)} vs {offset(i, iana)}" for i in mismatches[:3]),
            )
        print(f"{tzid}: {len(changes)} transitions 2026-2030, {len(instants)} instants, {len(seen_files)} readings")
    checks.finish()


if __name__ == "__main__":
    main()
