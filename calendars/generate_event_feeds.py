#!/usr/bin/env python3
"""Write the partner cities' event feeds (events-<city id>.ics) for the TwinLink fixtures.

Partner cities publish their event calendars as iCalendar feeds; TwinLink's
`twinlink import-calendar` reads them into the registry as mutual events (visit: none; the
coordinator marks the ones to visit in events.csv). These feeds exercise what real feeds do:
a recurring event with an RRULE and an EXDATE, all-day and timed events, a TZID with its
VTIMEZONE, a bare IANA TZID without one, UTC times, and two VCALENDARs in one file.

Deterministic: fixed DTSTAMPs and UIDs. Regenerate with:
    pip install icalendar==7.3.2
    python3 calendars/generate_event_feeds.py
"""
import datetime as dt
import pathlib
import sys
import zoneinfo

import icalendar

HERE = pathlib.Path(__file__).resolve().parent
STAMP = dt.datetime(2026, 12, 1, 0, 0, tzinfo=dt.timezone.utc)


def calendar(name: str) -> icalendar.Calendar:
    cal = icalendar.Calendar()
    cal.add("prodid", "-//TwinLink//Partner city event feeds//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    return cal


def event(uid, summary, start, end, *, location=None, description=None, categories=None, rrule=None,
          exdate=None) -> icalendar.Event:
    ev = icalendar.Event()
    ev.add("uid", uid)
    ev.add("dtstamp", STAMP)
    ev.add("summary", summary)
    ev.add("dtstart", start)
    ev.add("dtend", end)
    if location:
        ev.add("location", location)
    if description:
        ev.add("description", description)
    if categories:
        ev.add("categories", categories)
    if rrule:
        ev.add("rrule", rrule)
    if exdate:
        ev.add("exdate", exdate)
    return ev


def nuremberg() -> bytes:
    berlin = zoneinfo.ZoneInfo("Europe/Berlin")
    cal = calendar("Nuremberg — business events")
    # A VTIMEZONE for Europe/Berlin, as most feeds carry one.
    cal.add_component(icalendar.Timezone.from_tzinfo(berlin, first_date=dt.date(2026, 1, 1),
                                                     last_date=dt.date(2028, 12, 31)))
    cal.add_component(event(
        "startup-breakfast@nuernberg.example", "Nuremberg Startup Breakfast",
        dt.datetime(2027, 1, 6, 8, 0, tzinfo=berlin), dt.datetime(2027, 1, 6, 9, 30, tzinfo=berlin),
        location="Zollhof Tech Incubator, Kohlenhofstraße 60, 90443 Nürnberg",
        description="Monthly breakfast of founders, investors and the city's business development team.",
        categories=["Forum"],
        rrule={"FREQ": "MONTHLY", "BYDAY": "1WE", "COUNT": 12},
        # January 2027's first Wednesday is Epiphany in Bavaria: no breakfast that month's date.
        exdate=[dt.datetime(2027, 1, 6, 8, 0, tzinfo=berlin)]))
    cal.add_component(event(
        "christkindlesmarkt-2027@nuernberg.example", "Christkindlesmarkt Business Evening",
        dt.date(2027, 12, 2), dt.date(2027, 12, 3),
        location="Hauptmarkt, 90403 Nürnberg",
        description="The city's reception for partner-city firms on the Christmas market.",
        categories=["Anniversary"]))
    return cal.to_ical()


def rochester() -> bytes:
    # Two VCALENDARs in one file, as some servers export them; times with a bare IANA TZID and
    # no VTIMEZONE.
    first = calendar("Rochester — business events")
    first.add_component(event(
        "rit-innovation-2027@rochester.example", "Innovation & Imaging Expo",
        dt.datetime(2027, 4, 24, 10, 0), dt.datetime(2027, 4, 24, 17, 0),
        location="RIT Gordon Field House, 149 Lomb Memorial Dr, Rochester, NY 14623",
        categories=["Exhibition"]))
    for component in first.walk("VEVENT"):
        component["dtstart"].params["TZID"] = "America/New_York"
        component["dtend"].params["TZID"] = "America/New_York"
    second = calendar("Rochester — trade missions")
    second.add_component(event(
        "lilac-festival-2027@rochester.example", "Lilac Festival Trade Mission Day",
        dt.date(2027, 5, 14), dt.date(2027, 5, 16),
        location="Highland Park, Rochester, NY", categories=["Festival"]))
    return first.to_ical() + second.to_ical()


def kyoto() -> bytes:
    cal = calendar("Kyoto — business events")
    cal.add_component(event(
        "kyoto-craft-fair-2027@kyoto.example", "Kyoto Traditional Craft Fair",
        dt.datetime(2027, 10, 1, 1, 0, tzinfo=dt.timezone.utc), dt.datetime(2027, 10, 1, 8, 0, tzinfo=dt.timezone.utc),
        location="Miyako Messe, 9-1 Okazaki Seishojicho, Sakyo Ward, Kyoto", categories=["Fair"]))
    return cal.to_ical()


def main() -> int:
    for name, build in [("nuremberg", nuremberg), ("rochester", rochester), ("kyoto", kyoto)]:
        path = HERE / f"events-{name}.ics"
        data = build()
        path.write_bytes(data)
        count = sum(len(c.walk("VEVENT")) for c in icalendar.Calendar.from_ical(data, multiple=True))
        print(f"{path.name}: {count} VEVENTs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
