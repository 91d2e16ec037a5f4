"""Writes the invite benchmark's invites with python icalendar and prints files per second.

The same invites as InviteBenchmarkWorkload in Swift: one online meeting on 2027-03-16,
15:00-16:30 Europe/Warsaw, with the same trimmed VTIMEZONE, one REQUEST per participant.
Usage: bench_icalendar.py COUNT FOLDER
"""

import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
from icalendar import vCalAddress

WARSAW = ZoneInfo("Europe/Warsaw")
LINK = "https://meet.example.org/twinlink-bench"
DESCRIPTION = (
    "Agenda:\n1. Welcome\n2. Five-minute pitches, one per firm; questions\n3. Next steps\n\n"
    "Travel and accommodation are self-paid; the programme covers the venue and interpreting.\n\n" + LINK
)


def vtimezone() -> icalendar.Timezone:
    zone = icalendar.Timezone()
    zone.add("TZID", "Europe/Warsaw")
    for kind, name, start, before, after, month in (
        (icalendar.TimezoneDaylight, "CEST", datetime(2026, 3, 29, 2), 1, 2, 3),
        (icalendar.TimezoneStandard, "CET", datetime(2026, 10, 25, 3), 2, 1, 10),
    ):
        observance = kind()
        observance.add("TZNAME", name)
        observance.add("TZOFFSETFROM", timedelta(hours=before))
        observance.add("TZOFFSETTO", timedelta(hours=after))
        observance.add("DTSTART", start)
        observance.add("RRULE", {"FREQ": "YEARLY", "BYDAY": "-1SU", "BYMONTH": month})
        zone.add_component(observance)
    return zone


def invite(index: int) -> bytes:
    calendar = icalendar.Calendar()
    calendar.add("PRODID", "-//TwinLink//Invites 1.0//EN")
    calendar.add("VERSION", "2.0")
    calendar.add("CALSCALE", "GREGORIAN")
    calendar.add("METHOD", "REQUEST")
    calendar.add_component(vtimezone())
    event = icalendar.Event()
    event.add("UID", "bench-intro-2027@twinlink.example.org")
    event.add("DTSTAMP", datetime(2027, 1, 15, 8, tzinfo=timezone.utc))
    event.add("SEQUENCE", 0)
    event.add("DTSTART", datetime(2027, 3, 16, 15, tzinfo=WARSAW))
    event.add("DTEND", datetime(2027, 3, 16, 16, 30, tzinfo=WARSAW))
    event.add("SUMMARY", "Online introduction: Kraków × Lviv, IT and printing")
    event.add("DESCRIPTION", DESCRIPTION)
    event.add("LOCATION", LINK)
    event.add("URL", LINK)
    event.add("STATUS", "CONFIRMED")
    organiser = vCalAddress("mailto:programme@twinlink.example.org")
    organiser.params["CN"] = "TwinLink Kraków, Programme Office"
    event.add("ORGANIZER", organiser)
    attendee = vCalAddress(f"mailto:participant{index}@example.org")
    attendee.params.update(
        {"CN": f"Uczestniczka {index} Łukasiewicz", "CUTYPE": "INDIVIDUAL", "ROLE": "REQ-PARTICIPANT",
         "PARTSTAT": "NEEDS-ACTION", "RSVP": "TRUE"}
    )
    event.add("ATTENDEE", attendee)
    event.add("CATEGORIES", ["Online meeting"])
    alarm = icalendar.Alarm()
    alarm.add("ACTION", "DISPLAY")
    alarm.add("DESCRIPTION", "Online introduction starts in 15 minutes")
    alarm.add("TRIGGER", timedelta(minutes=-15))
    event.add_component(alarm)
    calendar.add_component(event)
    return calendar.to_ical()


def main() -> None:
    count, folder = int(sys.argv[1]), Path(sys.argv[2])
    folder.mkdir(parents=True, exist_ok=True)
    invite(0)
    started = time.perf_counter()
    written = 0
    for index in range(count):
        data = invite(index)
        (folder / f"participant{index}.ics").write_bytes(data)
        written += len(data)
    seconds = time.perf_counter() - started
    print(f"python icalendar {icalendar.__version__}: {count} invites, {written} bytes in {seconds:.3f} s = "
          f"{round(count / seconds)} files/s")


if __name__ == "__main__":
    main()
