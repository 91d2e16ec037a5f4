#!/usr/bin/env python3
"""Writes the public-holiday calendars of the home country and the partner cities' countries.

One iCalendar file per country (or subdivision), 2026-2028, one all-day VEVENT per holiday:

    holidays-PL.ics      Poland                 (Kraków, the home city)
    holidays-DE.ics      Germany, nationwide    (Nuremberg, Leipzig)
    holidays-SK.ics      Slovakia               (Bratislava)
    holidays-HU.ics      Hungary                (Budapest)
    holidays-UA.ics      Ukraine                (Lviv) -- see the note on martial law below
    holidays-GB-SCT.ics  United Kingdom, Scotland (Edinburgh)
    holidays-US-NY.ics   United States, New York  (Rochester)
    holidays-JP.ics      Japan                  (Kyoto)

Made with these PyPI packages (the versions used for the committed files):

    holidays==0.109     the holiday rules and their English names
    icalendar==7.3.2    writes the .ics files (CRLF line endings, folding, escaping)

    python3 -m pip install 'holidays==0.109' 'icalendar==7.3.2'
    python3 calendars/generate_holidays.py

The output is deterministic: a fixed DTSTAMP (20261201T000000Z), UIDs derived from country, date
and name, and events sorted by date and name. A newer `holidays` release may correct a rule and
so change a file; that is a reviewable diff, not noise.

Germany: holidays-DE.ics has the nationwide holidays. Bavaria (Nuremberg) adds Epiphany, Corpus
Christi, All Saints' Day (and Assumption Day in Catholic municipalities) in holidays-DE-BY.ics;
Saxony (Leipzig) adds Reformation Day and Repentance and Prayer Day in holidays-DE-SN.ics. Each
subdivision file lists the nationwide holidays too.

Ukraine: under martial law (Law No. 2136-IX, in force since March 2022) the statutory public
holidays are working days, so `holidays` lists none as "public" for 2023 onward; it lists them in
its "workday" category instead. This script writes those statutory holidays, each with a
DESCRIPTION that says so, because a planner should still avoid booking a business meeting with
Lviv on Christmas or Independence Day.
"""

from __future__ import annotations

import argparse
import datetime as dt
import pathlib
import re
import sys
import unicodedata

import holidays
import icalendar

YEARS = range(2026, 2029)
DTSTAMP = dt.datetime(2026, 12, 1, 0, 0, 0, tzinfo=dt.timezone.utc)
PRODID = "-//TwinLink//Holiday calendars//EN"
UID_DOMAIN = "twinlink.example"

# (file code, ISO country, subdivision or None, calendar name, holiday categories)
CALENDARS = [
    ("PL", "PL", None, "Poland", ("public",)),
    ("DE", "DE", None, "Germany (nationwide)", ("public",)),
    ("SK", "SK", None, "Slovakia", ("public",)),
    ("HU", "HU", None, "Hungary", ("public",)),
    ("UA", "UA", None, "Ukraine", ("public", "workday")),
    ("GB-SCT", "GB", "SCT", "United Kingdom — Scotland", ("public",)),
    ("US-NY", "US", "NY", "United States — New York", ("public",)),
    ("JP", "JP", None, "Japan", ("public",)),
]
DE_SUBDIVISIONS = [
    ("DE-BY", "DE", "BY", "Germany — Bavaria", ("public",)),
    ("DE-SN", "DE", "SN", "Germany — Saxony", ("public",)),
]

UA_NOTE = (
    "Statutory public holiday in Ukraine. Under martial law (Law No. 2136-IX, in force since "
    "March 2022) it is a working day; listed so that meetings avoid it."
)


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:40].strip("-")


def build(code: str, country: str, subdiv: str | None, title: str, categories: tuple[str, ...]) -> bytes:
    table = holidays.country_holidays(
        country, subdiv=subdiv, years=YEARS, language="en_US", categories=categories
    )
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", f"Public holidays — {title}")
    cal.add("x-wr-caldesc", f"Public holidays {YEARS[0]}–{YEARS[-1]} ({code}), python-holidays {holidays.__version__}")

    entries = []
    for day in sorted(table.keys()):
        # Two holidays on one day come as one "A; B" name: one event each.
        for name in sorted(table.get_list(day)):
            entries.append((day, name))
    seen = set()
    for day, name in entries:
        uid = f"{day:%Y%m%d}-{code.lower()}-{slug(name)}@{UID_DOMAIN}"
        if uid in seen:
            raise SystemExit(f"duplicate UID {uid}")
        seen.add(uid)
        event = icalendar.Event()
        event.add("uid", uid)
        event.add("dtstamp", DTSTAMP)
        event.add("dtstart", day)
        event.add("dtend", day + dt.timedelta(days=1))
        event.add("summary", name)
        event.add("categories", ["Holiday"])
        event.add("transp", "TRANSPARENT")
        if code == "UA":
            event.add("description", UA_NOTE)
        else:
            event.add("description", f"Public holiday ({code}).")
        cal.add_component(event)
    if not entries:
        raise SystemExit(f"{code}: no holidays found")
    return cal.to_ical()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(pathlib.Path(__file__).resolve().parent))
    parser.add_argument("--no-de-subdivisions", action="store_true",
                        help="skip holidays-DE-BY.ics and holidays-DE-SN.ics (Nuremberg's and Leipzig's)")
    args = parser.parse_args()
    out = pathlib.Path(args.out)
    specs = CALENDARS + ([] if args.no_de_subdivisions else DE_SUBDIVISIONS)
    for spec in specs:
        data = build(*spec)
        path = out / f"holidays-{spec[0]}.ics"
        path.write_bytes(data)
        # Check that what was written parses back.
        parsed = icalendar.Calendar.from_ical(path.read_bytes())
        count = len(parsed.walk("VEVENT"))
        print(f"{path.name}: {count} holidays")
    return 0


if __name__ == "__main__":
    sys.exit(main())
