"""python icalendar and vobject read every sample .ics; python's email package reads every .eml.

Each parser must find the instants (in UTC), dates, attendees, organiser, texts, METHOD, UID,
SEQUENCE and STATUS that manifest.json (written from the Swift inputs) lists.
"""

import email
import email.policy
import json
from datetime import date, datetime, timezone

import icalendar
import vobject

from checklib import Checks, folder_argument, load_manifest


def utc_text(value) -> str:
    return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def expected_time(spec: dict):
    return ("date", spec["date"]) if "date" in spec else ("utc", spec["utc"])


def reading(value):
    """('date', 'YYYY-MM-DD') or ('utc', ISO text) for a date or an aware date-time."""
    if isinstance(value, datetime):
        if value.tzinfo is None:
            return ("floating", value.isoformat())
        return ("utc", utc_text(value))
    if isinstance(value, date):
        return ("date", value.isoformat())
    return ("unknown", repr(value))


def check_icalendar(checks: Checks, path, spec: dict) -> None:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    where = f"icalendar {path.name}"
    checks.check(str(calendar.get("METHOD")) == spec["method"], f"{where} METHOD", str(calendar.get("METHOD")))
    checks.check(str(calendar.get("VERSION")) == "2.0", f"{where} VERSION")
    tzids = {str(zone.get("TZID")) for zone in calendar.walk("VTIMEZONE")}
    events = calendar.walk("VEVENT")
    checks.check(len(events) == len(spec["events"]), f"{where} event count", f"{len(events)}")
    for event, expected in zip(events, spec["events"]):
        uid = expected["uid"]
        checks.check(str(event.get("UID")) == uid, f"{where} UID", str(event.get("UID")))
        checks.check(int(event.get("SEQUENCE", 0)) == expected["sequence"], f"{where} {uid} SEQUENCE")
        checks.check(str(event.get("STATUS")) == expected["status"], f"{where} {uid} STATUS")
        checks.check(str(event.get("SUMMARY")) == expected["summary"], f"{where} {uid} SUMMARY", str(event.get("SUMMARY")))
        checks.check(str(event.get("DESCRIPTION")) == expected["description"], f"{where} {uid} DESCRIPTION",
                     repr(str(event.get("DESCRIPTION"))))
        if expected.get("location") is not None:
            checks.check(str(event.get("LOCATION")) == expected["location"], f"{where} {uid} LOCATION",
                         str(event.get("LOCATION")))
        if expected.get("url"):
            checks.check(str(event.get("URL")) == expected["url"], f"{where} {uid} URL")
        checks.check(str(event.get("ORGANIZER")) == expected["organizer"], f"{where} {uid} ORGANIZER")
        for name, key in (("DTSTART", "start"), ("DTEND", "end")):
            prop = event.get(name)
            got = reading(prop.dt)
            want = expected_time(expected[key])
            checks.check(got == want, f"{where} {uid} {name}", f"{got} != {want}")
            tzid = prop.params.get("TZID")
            if tzid is not None:
                checks.check(tzid in tzids, f"{where} {uid} {name} TZID {tzid} has a VTIMEZONE")
            elif want[0] == "utc":
                checks.check(prop.to_ical().decode().endswith("Z"), f"{where} {uid} {name} is UTC without TZID")
        attendees = event.get("ATTENDEE", [])
        if not isinstance(attendees, list):
            attendees = [attendees]
        got = [
            {
                "email": str(a),
                "name": str(a.params.get("CN", "")),
                "partstat": a.params.get("PARTSTAT"),
                "role": a.params.get("ROLE"),
                "rsvp": a.params.get("RSVP") == "TRUE",
            }
            for a in attendees
        ]
        checks.check(got == expected["attendees"], f"{where} {uid} ATTENDEE", f"{got} != {expected['attendees']}")
        alarms = event.walk("VALARM")
        checks.check(bool(alarms) == expected["alarm"], f"{where} {uid} VALARM present={bool(alarms)}")
        for alarm in alarms:
            checks.check(alarm.get("TRIGGER").to_ical().decode() == "-PT15M", f"{where} {uid} TRIGGER")


def check_vobject(checks: Checks, path, spec: dict) -> None:
    where = f"vobject {path.name}"
    calendar = vobject.readOne(path.read_text(encoding="utf-8"))
    checks.check(calendar.method.value == spec["method"], f"{where} METHOD")
    events = list(calendar.vevent_list)
    checks.check(len(events) == len(spec["events"]), f"{where} event count")
    for event, expected in zip(events, spec["events"]):
        uid = expected["uid"]
        checks.check(event.uid.value == uid, f"{where} UID")
        checks.check(event.summary.value == expected["summary"], f"{where} {uid} SUMMARY", event.summary.value)
        checks.check(event.description.value == expected["description"], f"{where} {uid} DESCRIPTION")
        for name, key in (("dtstart", "start"), ("dtend", "end")):
            got = reading(getattr(event, name).value)
            want = expected_time(expected[key])
            checks.check(got == want, f"{where} {uid} {name.upper()}", f"{got} != {want}")
        attendees = [
            (a.value, a.params.get("CN", [""])[0], a.params.get("PARTSTAT", [None])[0])
            for a in getattr(event, "attendee_list", [])
        ]
        want = [(a["email"], a["name"], a["partstat"]) for a in expected["attendees"]]
        checks.check(attendees == want, f"{where} {uid} ATTENDEE", f"{attendees} != {want}")


def check_messages(checks: Checks, folder) -> None:
    manifest_path = folder / "messages.json"
    if not checks.check(manifest_path.exists(), "messages.json exists (the mail sample test writes it)"):
        return
    messages = json.loads(manifest_path.read_text(encoding="utf-8"))["messages"]
    checks.check(len(messages) > 0, "there are .eml samples")
    for spec in messages:
        where = f"email {spec['eml']}"
        raw = (folder / spec["eml"]).read_bytes()
        checks.check(all(len(line) <= 998 for line in raw.split(b"\r\n")), f"{where} lines within 998 octets")
        checks.check(b"\n" not in raw.replace(b"\r\n", b""), f"{where} CRLF line ends only")
        message = email.message_from_bytes(raw, policy=email.policy.default)
        checks.check(message.defects == [], f"{where} parses without defects", str(message.defects))
        checks.check(message["From"].addresses[0].display_name == spec["from"]["name"], f"{where} From name",
                     message["From"].addresses[0].display_name)
        checks.check(message["From"].addresses[0].addr_spec == spec["from"]["address"], f"{where} From address")
        checks.check(message["To"].addresses[0].display_name == spec["to"]["name"], f"{where} To name",
                     message["To"].addresses[0].display_name)
        checks.check(message["To"].addresses[0].addr_spec == spec["to"]["address"], f"{where} To address")
        checks.check(str(message["Subject"]) == spec["subject"], f"{where} Subject", str(message["Subject"]))
        checks.check(message["Message-ID"] is not None and message["Date"] is not None, f"{where} Message-ID and Date")
        checks.check(message.get_content_type() == "multipart/mixed", f"{where} multipart/mixed")
        ics = (folder / spec["ics"]).read_bytes()
        calendar_parts = [part for part in message.walk() if part.get_content_type() == "text/calendar"]
        checks.check(len(calendar_parts) == 1, f"{where} one text/calendar part")
        for part in calendar_parts:
            checks.check(part.get_param("method") == spec["method"], f"{where} method={part.get_param('method')}")
            checks.check(part.get_content_charset() == "utf-8", f"{where} charset")
            checks.check(part.get_payload(decode=True) == ics, f"{where} text/calendar part equals {spec['ics']} byte for byte")
            method = icalendar.Calendar.from_ical(part.get_content()).get("METHOD")
            checks.check(str(method) == spec["method"], f"{where} METHOD inside the part")
        attachments = [part for part in message.iter_attachments()]
        checks.check(len(attachments) == 1 and attachments[0].get_filename() == "invite.ics", f"{where} invite.ics attachment")
        for attachment in attachments:
            checks.check(attachment.get_content_type() == "application/ics", f"{where} attachment type")
            checks.check(attachment.get_payload(decode=True) == ics, f"{where} attachment equals {spec['ics']} byte for byte")
        plain = [part for part in message.walk() if part.get_content_type() == "text/plain"]
        checks.check(len(plain) == 1 and spec["to"]["name"] in plain[0].get_content(), f"{where} text body")


def main() -> None:
    folder = folder_argument()
    manifest = load_manifest(folder)
    checks = Checks("parsers")
    for spec in manifest["files"]:
        path = folder / spec["file"]
        try:
            check_icalendar(checks, path, spec)
        except Exception as error:  # a parser crash is a failed check, with its reason
            checks.check(False, f"icalendar reads {path.name}", repr(error))
        try:
            check_vobject(checks, path, spec)
        except Exception as error:
            checks.check(False, f"vobject reads {path.name}", repr(error))
    check_messages(checks, folder)
    checks.finish()


if __name__ == "__main__":
    main()
