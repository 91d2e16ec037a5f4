#!/usr/bin/env python3
"""Recomputes every figure of a TwinLink report from the raw database and compares it with the
report's CSV files, cell by cell.

    python3 Tests/reports-checks/check_report.py DB REPORT_DIR [--from YYYY-MM-DD] [--to YYYY-MM-DD]

DB is the SQLite file the report was written from, REPORT_DIR the folder with report.html and the
CSV files; --from and --to are the period the report was written for (--to defaults to the
programme's reference date). It reads the tables with plain SQL and follows the definitions of
docs/reports.md on its own, sharing no code with TwinLink. It also checks that every table of
report.html shows the figures of its CSV file. Exit status 0 when everything agrees; otherwise
every difference is printed and the status is 1.

Python 3.9+ standard library only (sqlite3, csv, zoneinfo, html.parser).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import html.parser
import json
import pathlib
import sqlite3
import sys
from collections import defaultdict
from zoneinfo import ZoneInfo

SECTIONS = [
    ("A", "Agriculture, forestry and fishing", 1, 3), ("B", "Mining and quarrying", 5, 9),
    ("C", "Manufacturing", 10, 33), ("D", "Electricity, gas, steam and air conditioning supply", 35, 35),
    ("E", "Water supply; sewerage, waste management and remediation", 36, 39), ("F", "Construction", 41, 43),
    ("G", "Wholesale and retail trade; repair of motor vehicles", 45, 47), ("H", "Transportation and storage", 49, 53),
    ("I", "Accommodation and food service activities", 55, 56), ("J", "Information and communication", 58, 63),
    ("K", "Financial and insurance activities", 64, 66), ("L", "Real estate activities", 68, 68),
    ("M", "Professional, scientific and technical activities", 69, 75),
    ("N", "Administrative and support service activities", 77, 82),
    ("O", "Public administration and defence; compulsory social security", 84, 84), ("P", "Education", 85, 85),
    ("Q", "Human health and social work activities", 86, 88), ("R", "Arts, entertainment and recreation", 90, 93),
    ("S", "Other service activities", 94, 96), ("T", "Activities of households as employers", 97, 98),
    ("U", "Activities of extraterritorial organisations and bodies", 99, 99),
]
KIND_LABELS = {
    "outgoing_visit": "outgoing visit", "incoming_visit": "incoming visit",
    "online_introduction": "online introduction", "online_follow_up": "online follow-up",
    "b2b_session": "1:1 meetings",
}
STAGES = ["none", "follow_up_agreed", "lead", "offer_sent", "contract", "joint_project"]
STAGE_LABELS = ["nothing yet", "follow-up agreed", "lead", "offer sent", "contract", "joint project"]
STATUS_ORDER = {"excused": 0, "late_cancellation": 1, "no_show": 2, "attended": 3}


# --- Plain arithmetic, rounded half up -------------------------------------------------------

def pct(part: int, whole: int) -> str:
    if whole == 0:
        return ""
    tenths = (1000 * part + whole // 2) // whole
    return f"{tenths // 10}.{tenths % 10}"


def avg(values: list[int]) -> str:
    if not values:
        return ""
    hundredths = (100 * sum(values) + len(values) // 2) // len(values)
    return f"{hundredths // 100}.{hundredths % 100:02d}"


def money(cents: int) -> str:
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}{cents // 100}.{cents % 100:02d}"


def section_of(codes: list[str]) -> tuple[str, str] | None:
    if not codes:
        return None
    code = codes[0]
    if len(code) == 1:
        return next((s[0], s[1]) for s in SECTIONS if s[0] == code)
    division = int(code[:2])
    return next((s[0], s[1]) for s in SECTIONS if s[2] <= division <= s[3])


def section_label(section: tuple[str, str] | None) -> str:
    return f"{section[0]} {section[1]}" if section else "(no sector)"


def size_class(firm: dict, links: list[dict]) -> str:
    """Commission Recommendation 2003/361/EC, in ten-thousandths: partners pro rata, linked in full."""
    staff = firm["staff"] * 10000
    turnover = firm["turnover"] * 10000
    balance = firm["balance"] * 10000
    for link in links:
        share = 10000 if link["relationship"] == "linked" else link["share"]
        staff += link["staff"] * share
        turnover += link["turnover"] * share
        balance += link["balance"] * share
    for name, staff_below, turnover_max, balance_max in (
            ("micro", 10, 200_000_000, 200_000_000), ("small", 50, 1_000_000_000, 1_000_000_000),
            ("medium", 250, 5_000_000_000, 4_300_000_000)):
        if staff < staff_below * 10000 and (turnover <= turnover_max * 10000 or balance <= balance_max * 10000):
            return name
    return "large"


def utc(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


# --- The database -----------------------------------------------------------------------------

class Data:
    def __init__(self, path: str) -> None:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        db.row_factory = sqlite3.Row
        q = lambda sql: [dict(r) for r in db.execute(sql)]
        programme = q("SELECT * FROM programme")[0]
        self.currency = programme["currency"]
        self.reference_date = programme["reference_date"]
        self.people = {r["id"]: r for r in q("SELECT id, organisation_kind, organisation_id FROM people")}
        self.cities = {r["id"]: r for r in q("SELECT id, name, contact_person_id FROM partner_cities")}
        self.firms = {}
        for r in q("SELECT * FROM local_enterprises"):
            self.firms[r["id"]] = {
                "id": r["id"], "name": r["legal_name"], "staff": r["staff_headcount"],
                "turnover": r["annual_turnover_eur_cents"], "balance": r["balance_sheet_total_eur_cents"],
                "sectors": json.loads(r["sectors"]), "contact": r["contact_person_id"]}
        links = defaultdict(list)
        for r in q("SELECT * FROM enterprise_links"):
            links[r["enterprise_id"]].append({
                "relationship": r["relationship"], "share": r["share_basis_points"], "staff": r["staff_headcount"],
                "turnover": r["annual_turnover_eur_cents"], "balance": r["balance_sheet_total_eur_cents"]})
        self.size = {f: size_class(firm, links[f]) for f, firm in self.firms.items()}
        self.section = {f: section_of(firm["sectors"]) for f, firm in self.firms.items()}
        self.partners = {r["id"]: r for r in q("SELECT id, partner_city_id, contact_person_id FROM partner_enterprises")}
        self.events = {}
        for r in q("SELECT * FROM mutual_events"):
            r["invited"] = json.loads(r["invited_partner_city_ids"])
            self.events[r["id"]] = r
        self.applications = q("SELECT * FROM applications ORDER BY id")
        for a in self.applications:
            a["delegates"] = json.loads(a["delegate_ids"])
        self.requests = {r["id"]: r for r in q("SELECT * FROM meeting_requests")}
        self.activities = {}
        for r in q("SELECT * FROM activities"):
            zone = ZoneInfo(r["time_zone"])
            start, end = utc(r["start_utc"]), utc(r["end_utc"])
            r["first"] = start.astimezone(zone).date().isoformat()
            r["last"] = ((end - dt.timedelta(seconds=1)) if end > start else start).astimezone(zone).date().isoformat()
            r["zone"] = zone
            self.activities[r["id"]] = r
        # The latest allocation run of each activity, and its accepted decisions' seats.
        self.allocation = {}
        for run in q("SELECT activity_id, id, version FROM allocation_runs r WHERE version = "
                     "(SELECT MAX(version) FROM allocation_runs WHERE activity_id = r.activity_id)"):
            seats = {d["application_id"]: (d["seats"] if d["seats"] is not None else 1)
                     for d in q(f"SELECT application_id, seats FROM allocation_decisions WHERE run_id = '{run['id']}' "
                                "AND outcome = 'accepted'")}
            self.allocation[run["activity_id"]] = (run["version"], seats)
        self.schedule = defaultdict(dict)
        for r in q("SELECT activity_id, request_id, start_utc FROM scheduled_meetings"):
            self.schedule[r["activity_id"]][r["request_id"]] = r
        self.attendance = q("SELECT * FROM attendance")
        self.outcomes = q("SELECT * FROM outcomes")
        self.costs = {r["activity_id"]: r for r in q("SELECT * FROM activity_costs")}

    # Who is who ---------------------------------------------------------------------------------
    def firm_of(self, person: str) -> str | None:
        p = self.people.get(person)
        return p["organisation_id"] if p and p["organisation_kind"] == "sme" else None

    def is_staff(self, person: str) -> bool:
        return self.people.get(person, {}).get("organisation_kind") == "programme"

    def visit_of(self, event: str) -> str:
        kind = "visit"
        name = f"{kind}-{event}"
        assert len(name) <= 64, "ids over 64 characters are shortened with a hash: not supported here"
        return name

    def delegation(self, event: str) -> dict:
        """application id -> (firm, seats, delegates), and the basis."""
        visit = self.visit_of(event)
        members = {}
        if visit in self.allocation:
            version, seats = self.allocation[visit]
            for a in self.applications:
                if a["event_id"] == event and a["id"] in seats:
                    members[a["id"]] = (a["enterprise_id"], seats[a["id"]], a["delegates"][:seats[a["id"]]])
            basis = f"allocation v{version}"
        else:
            for a in self.applications:
                if a["event_id"] == event and not a["withdrawn_at"]:
                    members[a["id"]] = (a["enterprise_id"], len(a["delegates"]), a["delegates"])
            basis = "applications (no allocation stored)"
        return {"members": members, "basis": basis}

    def delegates(self, event: str) -> list[str]:
        out = []
        for _, (_, _, people) in sorted(self.delegation(event)["members"].items()):
            out += [p for p in people if p not in out]
        return out

    def city_ids(self, activity: dict) -> list[str]:
        if activity["partner_city_id"]:
            return [activity["partner_city_id"]]
        event = self.events[activity["event_id"]]
        return [event["host_city_id"]] if event["host_city_id"] else event["invited"]

    def meetings(self, activity: dict) -> list[str]:
        if activity["kind"] != "b2b_session":
            return []
        if self.schedule.get(activity["id"]):
            return sorted(self.schedule[activity["id"]])
        return sorted(r for r, row in self.requests.items() if row["event_id"] == activity["event_id"])

    def sides(self, request: str, activity: dict) -> tuple[list[str], list[str]]:
        row = self.requests[request]
        members = self.delegation(activity["event_id"])["members"].values()
        local = next((people for firm, _, people in members if firm == row["enterprise_id"]), [])
        if not local:
            local = [self.firms[row["enterprise_id"]]["contact"]]
        return local, [self.partners[row["partner_enterprise_id"]]["contact_person_id"]]

    def invited(self, activity: dict) -> list[str]:
        kind = activity["kind"]
        if kind in ("outgoing_visit", "incoming_visit"):
            people = self.delegates(activity["event_id"])
        elif kind in ("online_introduction", "online_follow_up"):
            people = self.delegates(activity["event_id"]) + [self.cities[c]["contact_person_id"]
                                                            for c in self.city_ids(activity)]
        else:
            people = []
            for request in self.meetings(activity):
                local, partner = self.sides(request, activity)
                people += local + partner
        unique = []
        for p in people:
            if p not in unique and not self.is_staff(p):
                unique.append(p)
        return unique

    # What happened ------------------------------------------------------------------------------
    def records(self, activity: str) -> list[dict]:
        return [r for r in self.attendance if r["activity_id"] == activity and not self.is_staff(r["person_id"])]

    def statuses(self, activity: str) -> dict[str, str]:
        best: dict[str, str] = {}
        for r in self.records(activity):
            if r["person_id"] not in best or STATUS_ORDER[r["status"]] > STATUS_ORDER[best[r["person_id"]]]:
                best[r["person_id"]] = r["status"]
        return best

    def held(self, activity: str, request: str) -> bool:
        row = self.requests[request]
        came = {r["person_id"] for r in self.attendance
                if r["activity_id"] == activity and r["meeting_request_id"] == request and r["status"] == "attended"}
        orgs = {(self.people[p]["organisation_kind"], self.people[p]["organisation_id"]) for p in came}
        return ("sme", row["enterprise_id"]) in orgs and ("partner_enterprise", row["partner_enterprise_id"]) in orgs


# --- The tables -------------------------------------------------------------------------------

class Report:
    def __init__(self, data: Data, start: str | None, end: str) -> None:
        self.d = data
        self.start, self.end = start, end
        chosen = [a for a in data.activities.values() if a["status"] != "cancelled"
                  and a["first"] <= end and (start is None or a["first"] >= start)]
        self.scope = sorted(chosen, key=lambda a: (a["first"], a["start_utc"], a["id"]))
        self.scope_events = {a["event_id"] for a in self.scope}

    def figures(self, activities, person=lambda p: True, firm=lambda f: True, meeting=lambda r: True,
                outcome=lambda o: True, count_with_people=False) -> list[str]:
        d = self.d
        n = invited = attended = no_show = excused = late = requested = scheduled = held = 0
        for a in activities:
            inv = [p for p in d.invited(a) if person(p)]
            statuses = {p: s for p, s in d.statuses(a["id"]).items() if person(p)}
            invited += len(inv)
            attended += sum(1 for s in statuses.values() if s == "attended")
            no_show += sum(1 for s in statuses.values() if s == "no_show")
            excused += sum(1 for s in statuses.values() if s == "excused")
            late += sum(1 for s in statuses.values() if s == "late_cancellation")
            n += 1 if not count_with_people or inv or statuses else 0
            if a["kind"] == "b2b_session":
                requested += sum(1 for r in d.requests.values() if r["event_id"] == a["event_id"] and meeting(r))
                scheduled += sum(1 for r in d.schedule.get(a["id"], {}) if meeting(d.requests[r]))
                candidates = set(d.meetings(a)) | {r["meeting_request_id"] for r in d.attendance
                                                   if r["activity_id"] == a["id"] and r["meeting_request_id"]
                                                   and r["status"] == "attended"}
                held += sum(1 for r in candidates if meeting(d.requests[r]) and d.held(a["id"], r))
        events = {a["event_id"] for a in activities}
        apps = [x for x in d.applications if x["event_id"] in events and not x["withdrawn_at"] and firm(x["enterprise_id"])]
        accepted = [x for x in apps if x["id"] in d.delegation(x["event_id"])["members"]]
        ids = {a["id"] for a in activities}
        chosen = [o for o in d.outcomes if o["activity_id"] in ids and outcome(o)]
        furthest = defaultdict(int)
        for o in chosen:
            key = (o["activity_id"], o["enterprise_id"], o["partner_enterprise_id"] or "")
            furthest[key] = max(furthest[key], STAGES.index(o["kind"]))
        ratings = [o["rating"] for o in chosen if o["rating"] is not None]
        return [str(n), str(len(apps)), str(len(accepted)), str(invited), str(attended), str(no_show), str(excused),
                str(late), pct(no_show, attended + no_show + late), str(requested), str(scheduled), str(held),
                str(sum(1 for v in furthest.values() if v >= 2)), str(sum(1 for v in furthest.values() if v == 5)),
                avg(ratings), str(len(ratings))]

    def local(self, include):
        d = self.d
        return self.figures(
            self.scope, person=lambda p: d.firm_of(p) is not None and include(d.firm_of(p)), firm=include,
            meeting=lambda r: include(r["enterprise_id"]), outcome=lambda o: include(o["enterprise_id"]),
            count_with_people=True)

    def activities(self):
        rows = []
        for a in self.scope:
            cities = "; ".join(self.d.cities[c]["name"] for c in self.d.city_ids(a) if c in self.d.cities)
            rows.append([a["id"], a["title"], KIND_LABELS[a["kind"]], a["first"], cities]
                        + self.figures([a])[1:])
        rows.append(["Total", "", "", "", ""] + self.figures(self.scope)[1:])
        return rows

    def partner_cities(self):
        d = self.d
        rows = []
        for city in sorted(d.cities.values(), key=lambda c: (c["name"], c["id"])):
            cid = city["id"]
            rows.append([city["name"]] + self.figures(
                [a for a in self.scope if cid in d.city_ids(a)],
                meeting=lambda r: d.partners[r["partner_enterprise_id"]]["partner_city_id"] == cid,
                outcome=lambda o: o["partner_enterprise_id"] is None
                or d.partners[o["partner_enterprise_id"]]["partner_city_id"] == cid))
        return rows + [["Total"] + self.figures(self.scope)]

    def sectors(self):
        d = self.d
        letters = sorted({d.section[f] for f in d.firms}, key=lambda s: s[0] if s else "~")
        rows = [[section_label(s)] + self.local(lambda f, s=s: d.section[f] == s) for s in letters]
        return rows + [["Total"] + self.local(lambda f: True)]

    def size_classes(self):
        rows = [[k] + self.local(lambda f, k=k: self.d.size[f] == k) for k in ("micro", "small", "medium", "large")]
        return rows + [["Total"] + self.local(lambda f: True)]

    def quarters(self):
        groups = defaultdict(list)
        for a in self.scope:
            groups[f"{a['first'][:4]}-Q{(int(a['first'][5:7]) - 1) // 3 + 1}"].append(a)
        rows = [[q] + self.figures(groups[q]) for q in sorted(groups)]
        return rows + [["Total"] + self.figures(self.scope)]

    def scope_applications(self):
        return [a for a in self.d.applications if a["event_id"] in self.scope_events and not a["withdrawn_at"]]

    def seats_of(self, application):
        member = self.d.delegation(application["event_id"])["members"].get(application["id"])
        return member[1] if member else None

    def delegations(self):
        d = self.d
        rows = []
        for e in sorted(self.scope_events, key=lambda e: (d.events[e]["first_day"], e)):
            apps = [a for a in self.scope_applications() if a["event_id"] == e]
            seats = [self.seats_of(a) for a in apps if self.seats_of(a) is not None]
            rows.append([e, d.visit_of(e), d.delegation(e)["basis"], str(len(apps)), str(len(seats)), str(sum(seats))])
        seats = [self.seats_of(a) for a in self.scope_applications() if self.seats_of(a) is not None]
        return rows + [["Total", "", "", str(len(self.scope_applications())), str(len(seats)), str(sum(seats))]]

    def seats(self, groups):
        apps = self.scope_applications()
        all_seats = sum(self.seats_of(a) or 0 for a in apps)

        def cells(chosen):
            accepted = [a for a in chosen if self.seats_of(a) is not None]
            seats = sum(self.seats_of(a) for a in accepted)
            return [str(len(chosen)), pct(len(chosen), len(apps)), str(len(accepted)), pct(len(accepted), len(chosen)),
                    str(seats), pct(seats, all_seats)]
        rows = [[label] + cells([a for a in apps if include(a["enterprise_id"])]) for label, include in groups]
        return rows + [["Total"] + cells(apps)]

    def seats_by_size(self):
        return self.seats([(k, lambda f, k=k: self.d.size[f] == k) for k in ("micro", "small", "medium", "large")])

    def seats_by_sector(self):
        d = self.d
        letters = sorted({d.section[a["enterprise_id"]] for a in self.scope_applications()},
                         key=lambda s: s[0] if s else "~")
        return self.seats([(section_label(s), lambda f, s=s: d.section[f] == s) for s in letters])

    def travelled(self):
        d = self.d
        firms = set()
        for a in d.activities.values():
            if a["kind"] == "outgoing_visit" and a["status"] != "cancelled" and a["first"] <= self.end:
                for person, status in d.statuses(a["id"]).items():
                    if status == "attended" and d.firm_of(person):
                        firms.add(d.firm_of(person))
        return firms

    def travel_applications(self):
        d = self.d
        return [a for a in d.applications if not a["withdrawn_at"] and d.events[a["event_id"]]["visit"] == "outgoing"
                and d.events[a["event_id"]]["first_day"] <= self.end]

    def travel(self):
        travelled = self.travelled()
        applied = {a["enterprise_id"] for a in self.travel_applications()}
        never = [f for f in self.d.firms if f not in travelled]
        return [[str(len(self.d.firms)), str(len(self.d.firms) - len(never)), str(len(never)),
                 str(sum(1 for f in never if f in applied))]]

    def never_travelled(self):
        d = self.d
        travelled = self.travelled()
        rows = []
        for f in sorted(d.firms):
            own = [a for a in self.travel_applications() if a["enterprise_id"] == f]
            if f in travelled or not own:
                continue
            rows.append([f, d.firms[f]["name"], d.size[f], section_label(d.section[f]), str(len(own)),
                         str(sum(1 for a in own if self.seats_of(a) is not None))])
        return rows

    def scope_outcomes(self):
        ids = {a["id"] for a in self.scope}
        return [o for o in self.d.outcomes if o["activity_id"] in ids]

    @staticmethod
    def furthest(outcomes, check):
        best = {}
        for o in outcomes:
            if o["check_round"] != check:
                continue
            key = (o["activity_id"], o["enterprise_id"], o["partner_enterprise_id"] or "")
            best[key] = max(best.get(key, 0), STAGES.index(o["kind"]))
        return best

    def outcome_stages(self):
        first = self.furthest(self.scope_outcomes(), "initial")
        second = self.furthest(self.scope_outcomes(), "follow_up")
        rows = [[STAGE_LABELS[i], str(sum(1 for v in first.values() if v == i)),
                 str(sum(1 for v in second.values() if v == i))] for i in range(6)]
        return rows + [["Total", str(len(first)), str(len(second))]]

    def conversion(self):
        def cells(outcomes):
            first = self.furthest(outcomes, "initial")
            second = self.furthest(outcomes, "follow_up")
            again = [k for k in second if k in first]
            coop = [k for k in again if second[k] >= 4]
            contacts = {(o["activity_id"], o["enterprise_id"], o["partner_enterprise_id"] or "") for o in outcomes}
            return [str(len(contacts)), str(len(first)), str(sum(1 for v in first.values() if v >= 2)),
                    str(len(again)), str(len(coop)), pct(len(coop), len(again))]
        rows = []
        for a in self.scope:
            own = [o for o in self.scope_outcomes() if o["activity_id"] == a["id"]]
            if own:
                rows.append([a["id"], a["first"]] + cells(own))
        return rows + [["Total", ""] + cells(self.scope_outcomes())]

    def costs(self):
        d = self.d
        rows = []
        totals = defaultdict(int)
        for a in self.scope:
            c = d.costs.get(a["id"])
            if not c:
                continue
            came = sum(1 for p, s in d.statuses(a["id"]).items() if s == "attended" and d.firm_of(p))
            prep = (c["preparation_hours_hundredths"] * c["hourly_rate_cents"] + 50) // 100
            city = prep + c["hall_cents"] + c["service_cents"]
            firms = c["sme_cost_per_delegate_cents"] * came
            hours = c["preparation_hours_hundredths"]
            rows.append([a["id"], a["first"], f"{hours // 100}.{hours % 100:02d}", money(c["hourly_rate_cents"]),
                         money(prep), money(c["hall_cents"]), money(c["service_cents"]), money(city), str(came),
                         money(c["sme_cost_per_delegate_cents"]), money(firms), money(city + firms),
                         pct(city, city + firms)])
            for key, value in (("hours", hours), ("prep", prep), ("hall", c["hall_cents"]),
                               ("service", c["service_cents"]), ("came", came), ("firms", firms)):
                totals[key] += value
        city = totals["prep"] + totals["hall"] + totals["service"]
        hours = totals["hours"]
        rows.append(["Total", "", f"{hours // 100}.{hours % 100:02d}", "", money(totals["prep"]),
                     money(totals["hall"]), money(totals["service"]), money(city), str(totals["came"]), "",
                     money(totals["firms"]), money(city + totals["firms"]), pct(city, city + totals["firms"])])
        return rows

    def conflicts(self):
        """The conflicts' kind, activity, person, day and meeting (the detail sentence is not recomputed)."""
        d = self.d
        found = set()
        for a in self.scope:
            expected = set(d.invited(a))
            for r in d.records(a["id"]):
                person = r["person_id"]
                if r["meeting_request_id"]:
                    local, partner = d.sides(r["meeting_request_id"], a)
                    if person not in local + partner:
                        found.add(("not expected", a["id"], person, "", r["meeting_request_id"]))
                elif person not in expected:
                    found.add(("not expected", a["id"], person, r["day"] or "", ""))
                if (r["status"] == "attended" and r["meeting_request_id"] and d.schedule.get(a["id"])
                        and r["meeting_request_id"] not in d.schedule[a["id"]]):
                    found.add(("meeting not scheduled", a["id"], person, "", r["meeting_request_id"]))
                if r["status"] == "no_show" and not r["meeting_request_id"]:
                    for session in d.activities.values():
                        if session["kind"] != "b2b_session" or session["event_id"] != a["event_id"]:
                            continue
                        for m in d.records(session["id"]):
                            if m["person_id"] != person or m["status"] != "attended" or not m["meeting_request_id"]:
                                continue
                            placed = d.schedule.get(session["id"], {}).get(m["meeting_request_id"])
                            day = (utc(placed["start_utc"]).astimezone(session["zone"]).date().isoformat()
                                   if placed else session["first"])
                            if (r["day"] == day) if r["day"] else (a["first"] <= day <= a["last"]):
                                found.add(("no-show with a meeting", a["id"], person, r["day"] or "",
                                           m["meeting_request_id"]))
        return found


# --- Comparison -------------------------------------------------------------------------------

class TableReader(html.parser.HTMLParser):
    """The cells of every <table data-csv="..."> of the page: the CSV value a cell carries in its
    data-value attribute (the page shows figures, days and words in the report's language), else
    its text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: dict[str, list[list[str]]] = {}
        self.current: str | None = None
        self.cell: list[str] | None = None
        self.value: str | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "table" and "data-csv" in attrs:
            self.current = attrs["data-csv"]
            self.tables[self.current] = []
        elif tag == "tr" and self.current:
            self.tables[self.current].append([])
        elif tag in ("td", "th") and self.current:
            self.cell = []
            self.value = attrs.get("data-value")

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.cell is not None:
            text = "".join(self.cell)
            self.tables[self.current][-1].append(self.value if self.value is not None else text)
            self.cell = None
        elif tag == "table":
            self.current = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell.append(data)


def as_csv(shown: str) -> str:
    """The CSV value of a figure as the HTML shows it: no digit-group spaces; the dash is empty."""
    if shown == "\u2013":
        return ""
    stripped = shown.replace(" ", "")
    if stripped.replace(".", "", 1).lstrip("-").isdigit() and " " in shown:
        return stripped
    return shown


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db")
    parser.add_argument("report_dir", type=pathlib.Path)
    parser.add_argument("--from", dest="start")
    parser.add_argument("--to", dest="end")
    args = parser.parse_args()
    data = Data(args.db)
    report = Report(data, args.start, args.end or data.reference_date)
    expected = {
        "activities": report.activities(), "partner-cities": report.partner_cities(), "sectors": report.sectors(),
        "size-classes": report.size_classes(), "quarters": report.quarters(), "delegations": report.delegations(),
        "seats-by-size-class": report.seats_by_size(), "seats-by-sector": report.seats_by_sector(),
        "travel": report.travel(), "never-travelled": report.never_travelled(),
        "outcome-stages": report.outcome_stages(), "conversion": report.conversion(), "costs": report.costs(),
    }
    problems = []
    figures = 0
    for name, rows in expected.items():
        path = args.report_dir / f"{name}.csv"
        with open(path, encoding="utf-8", newline="") as handle:
            written = list(csv.reader(handle))[1:]
        if len(written) != len(rows):
            problems.append(f"{name}.csv: {len(written)} rows, recomputed {len(rows)}")
        for index, (got, want) in enumerate(zip(written, rows), start=2):
            for column, (g, w) in enumerate(zip(got, want)):
                figures += 1
                if g != w:
                    problems.append(f"{name}.csv:{index}: column {column + 1}: report '{g}', recomputed '{w}'")
            if len(got) != len(want):
                problems.append(f"{name}.csv:{index}: {len(got)} columns, recomputed {len(want)}")
    with open(args.report_dir / "conflicts.csv", encoding="utf-8", newline="") as handle:
        written_conflicts = {tuple(r[:5]) for r in list(csv.reader(handle))[1:]}
    recomputed = report.conflicts()
    for missing in sorted(recomputed - written_conflicts):
        problems.append(f"conflicts.csv: missing {missing}")
    for extra in sorted(written_conflicts - recomputed):
        problems.append(f"conflicts.csv: not recomputed {extra}")
    page = TableReader()
    page.feed((args.report_dir / "report.html").read_text(encoding="utf-8"))
    for file, rows in page.tables.items():
        with open(args.report_dir / file, encoding="utf-8", newline="") as handle:
            written = list(csv.reader(handle))
        shown = [[as_csv(cell) for cell in row] for row in rows]
        if shown != written:
            problems.append(f"report.html: the table of {file} differs from the CSV file")
    for problem in problems:
        print(problem)
    print(f"checked {figures} figures in {len(expected)} tables, {len(recomputed)} conflict(s) and "
          f"{len(page.tables)} HTML tables: {'all agree' if not problems else f'{len(problems)} differences'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
