"""One local firm through its year on the SME portal, in a real browser at 360 px wide:
join → profile → consent → opportunities → apply with the cost acknowledgement → the decision →
apply to an online meeting alone (no travel costs) and its decision → request and answer 1:1
meetings → RSVP to an invite (kept as a real METHOD:REPLY, read with python icalendar) →
subscribe to the calendar feed (a valid iCalendar that changes after the coordinator withdraws the
application on the desk) → record the outcome of the visit the firm made. A new firm's join
request, approved on the desk, signs in too. axe-core, the HTML validator and the 360 px width
check every page visited. The suite sets up on the desk what it needs, so it also runs alone
(`pytest web-tests/test_firm_year.py`)."""

import re
import urllib.error
import urllib.request

import icalendar
import pytest
from playwright.sync_api import expect

from conftest import PAGES_DIR
from portal import latest_link, look, mails_to, phone, sign_in_by_link

FIRM = "sme-zablocie-labs"
PERSON_EMAIL = "szymon.chmiel@zablocie-labs.example"
PAST_VISIT = "visit-ev-2026-10-nuremberg-security"
EVENT = "ev-2027-03-rochester-photonics"
VISIT = f"visit-{EVENT}"
FORUM_VISIT = "visit-ev-2027-05-nuremberg-forum"
FORUM_SESSION = "b2b-ev-2027-05-nuremberg-forum"
FORUM_APPLICATION = "app-0100"
ONLINE_EVENT = "ev-2027-04-leipzig-manufacturing"
ONLINE_MEETING = f"intro-{ONLINE_EVENT}"


@pytest.fixture(scope="module", autouse=True)
def forum_on_the_desk(desk):
    """What the walk needs from the coordinator, whether or not the desk suite ran first: the
    Nuremberg forum's study visit allocated (the firm's application seated) and its 1:1 session
    scheduled."""
    desk.goto(f"/allocation/{FORUM_VISIT}")
    if desk.locator("#decisions table").count() == 0:
        desk.locator("#allocate button").click()
    expect(desk.locator("#decisions tr", has_text=FORUM_APPLICATION)).to_contain_text("accepted")
    desk.goto(f"/meetings/{FORUM_SESSION}")
    if desk.locator("#grid table").count() == 0:
        desk.locator("#schedule button").click()
    expect(desk.locator("#grid table")).to_be_visible()


def test_01_join_and_sign_in(firm, checker):
    firm.goto("/join")
    look(firm, checker, "portal-join")
    before = {p for p, _ in mails_to(PERSON_EMAIL)}
    firm.locator("#join-form input[name=email]").fill(PERSON_EMAIL)
    firm.locator("#join-form button[type=submit]").click()
    notice = firm.locator(".notice").inner_text()
    look(firm, checker, "portal-join-sent")
    # An unknown address gets the very same answer (no account enumeration).
    firm.goto("/join")
    firm.locator("#join-form input[name=email]").fill("nobody.known@zablocie-labs.example")
    firm.locator("#join-form button[type=submit]").click()
    assert firm.locator(".notice").inner_text() == notice
    sign_in_by_link(firm, latest_link(PERSON_EMAIL, before), "/portal")
    expect(firm.locator("h1")).to_contain_text("Zabłocie Labs")
    expect(firm.locator("#eligibility")).to_be_visible()
    look(firm, checker, "portal-home")


def test_02_profile(firm, checker):
    firm.goto("/portal/profile")
    look(firm, checker, "portal-profile")
    form = firm.locator("#profile-form")
    form.locator("input[name=annual_turnover]").fill("about half a million")
    form.locator("button[type=submit]").click()
    expect(firm.locator("#profile-form .error")).to_contain_text("about half a million")
    look(firm, checker, "portal-profile-refused")
    form = firm.locator("#profile-form")
    form.locator("input[name=annual_turnover]").fill("450000")
    form.locator("input[name=staff_headcount]").fill("5")
    form.locator("textarea[name=apprenticeships]").fill("Two places a year for technical-school pupils (firmware).")
    form.locator("button[type=submit]").click()
    expect(firm.locator(".notice")).to_be_visible()
    expect(firm.locator("#profile-form input[name=staff_headcount]")).to_have_value("5")
    expect(firm.locator("#size")).to_contain_text("micro")
    # The EU SME declaration: a partner enterprise (30 %), counted into the size.
    link = firm.locator("#link-new")
    for name, value in [("name", "Podgórze Sensors sp. z o.o."), ("share_percent", "30"), ("staff_headcount", "3"),
                        ("annual_turnover_eur", "200000"), ("balance_sheet_total_eur", "150000")]:
        link.locator(f"input[name={name}]").fill(value)
    link.locator("select[name=relationship]").select_option("partner")
    link.locator("button[type=submit]").click()
    expect(firm.locator(".notice")).to_be_visible()
    expect(firm.locator("#size")).to_contain_text("Podgórze Sensors")
    look(firm, checker, "portal-profile-links")


def test_03_consent(firm, checker):
    firm.goto("/portal/profile")
    row = firm.locator("#consents tr", has_text="contacts")
    row.get_by_role("button").click()
    expect(firm.locator(".notice")).to_be_visible()
    expect(firm.locator("#consent-history")).to_be_visible()
    look(firm, checker, "portal-consents")


def test_04_opportunities(firm, checker):
    firm.goto("/portal/opportunities")
    expect(firm.locator("#digest")).to_be_visible()
    expect(firm.locator("#digest pre")).not_to_be_empty()
    look(firm, checker, "portal-opportunities")
    response = firm.request.get("/portal/opportunities/digest")
    assert response.status == 200 and "<html" in response.text()


def test_05_apply_with_the_cost_acknowledgement(firm, checker):
    firm.goto("/portal/applications")
    look(firm, checker, "portal-applications")
    form = firm.locator(f"#apply-{EVENT}")
    expect(form).to_contain_text("EUR")
    form.locator("select[name=delegate]").first.select_option(label="Szymon Chmiel")
    form.locator("textarea[name=motivation]").fill("We build sensor boards for photonics labs and look for a US distributor.")
    form.locator("button[type=submit]").click()
    expect(firm.locator(f"#apply-{EVENT} .error")).to_be_visible()
    look(firm, checker, "portal-apply-refused")
    form = firm.locator(f"#apply-{EVENT}")
    form.locator("select[name=delegate]").first.select_option(label="Szymon Chmiel")
    form.locator("select[name=cost_acknowledged]").select_option("yes")
    form.locator("textarea[name=motivation]").fill("We build sensor boards for photonics labs and look for a US distributor.")
    form.locator("button[type=submit]").click()
    expect(firm.locator(".notice")).to_contain_text("is recorded")
    expect(firm.locator("#applications")).to_contain_text("Rochester")


def application_id(firm):
    firm.goto("/portal/applications")
    return firm.locator("#applications tr", has_text="Rochester").locator("a").first.inner_text()


def test_06_decision(desk, firm, checker):
    desk.goto(f"/allocation/{VISIT}")
    desk.locator("#allocate button").click()
    expect(desk.locator("#decisions table")).to_contain_text("Zabłocie Labs")
    app = application_id(firm)
    firm.goto(f"/portal/applications/{app}")
    expect(firm.locator("#decision")).to_contain_text("accepted")
    look(firm, checker, "portal-decision")


def test_06b_apply_to_an_online_meeting(desk, firm, checker):
    """An online meeting alone: its places, no travel costs and nothing to acknowledge; the desk
    allocates its seats like a visit's, and the firm sees the decision."""
    firm.goto("/portal/applications")
    expect(firm.locator("#openings")).to_contain_text("no travel or accommodation costs")
    form = firm.locator(f"#apply-{ONLINE_MEETING}")
    expect(form.locator("select[name=cost_acknowledged]")).to_have_count(0)
    form.locator("select[name=delegate]").first.select_option(label="Szymon Chmiel")
    form.locator("textarea[name=motivation]").fill("We cannot travel in March; we would like to meet Leipzig online.")
    form.locator("button[type=submit]").click()
    expect(firm.locator(".notice")).to_contain_text("is recorded")
    row = firm.locator("#applications tr", has_text="online meeting")
    expect(row).to_contain_text("Central German Manufacturing")
    look(firm, checker, "portal-applied-online")
    app = row.locator("a").first.inner_text()
    # One application per firm and event: the visit to the same event is no longer offered.
    expect(firm.locator(f"#apply-{ONLINE_EVENT}")).to_have_count(0)

    desk.goto("/allocation")
    expect(desk.locator("main")).to_contain_text("Online introduction: Central German Manufacturing")
    desk.goto(f"/allocation/{ONLINE_MEETING}")
    desk.locator("#allocate button").click()
    expect(desk.locator("#decisions tr", has_text=app)).to_contain_text("accepted")
    firm.goto(f"/portal/applications/{app}")
    expect(firm.locator("#decision")).to_contain_text("online meeting")
    expect(firm.locator("#decision")).to_contain_text("accepted")
    look(firm, checker, "portal-decision-online")


def test_07_meetings(firm, checker):
    firm.goto("/portal/meetings")
    look(firm, checker, "portal-meetings")
    form = firm.locator(f"#meet-{EVENT}")
    form.locator("select[name=partner]").select_option("pent-finger-lakes-labs")
    form.locator("textarea[name=note]").fill("Sensor boards for your imaging rigs?")
    form.locator("button[type=submit]").click()
    expect(firm.locator(".notice")).to_contain_text("is recorded")
    expect(firm.locator("#requests")).to_contain_text("Finger Lakes")
    # The Nuremberg forum's session, scheduled on the desk: the agenda, with the partner's contact
    # only for the meetings both sides wanted.
    expect(firm.locator("#agenda table")).to_contain_text("Dürer Digital")
    look(firm, checker, "portal-meetings-requested")


def test_08_rsvp(desk, firm, checker):
    desk.goto("/invites")
    desk.locator("#issue button").click()
    expect(desk.locator(".notice")).to_contain_text("invites")
    firm.goto("/portal/calendar")
    look(firm, checker, "portal-calendar")
    # The seat on the Nuremberg forum's study visit (given on the desk): answer "tentative".
    row = firm.locator(f"#invites tr:has(a[href='/portal/calendar/{FORUM_VISIT}/ics'])")
    row.locator("select[name=status]").select_option("TENTATIVE")
    row.get_by_role("button").click()
    expect(firm.locator(".notice")).to_be_visible()
    row = firm.locator(f"#invites tr:has(a[href='/portal/calendar/{FORUM_VISIT}/ics'])")
    expect(row.locator("td").nth(2)).to_contain_text(re.compile(r"^\s*tentative", re.I))
    response = firm.request.get(row.locator("a").get_attribute("href"))
    assert response.status == 200 and response.text().startswith("BEGIN:VCALENDAR")
    # The answer was recorded as a real calendar reply (RFC 5546 §3.2.3), kept and downloadable.
    link = firm.locator(f"#replies a[href^='/portal/calendar/reply/{FORUM_VISIT}.']")
    expect(link).to_have_count(1)
    look(firm, checker, "portal-calendar-replied")
    response = firm.request.get(link.get_attribute("href"))
    assert response.status == 200 and "method=REPLY" in response.headers["content-type"]
    reply = icalendar.Calendar.from_ical(response.body())
    assert str(reply.get("METHOD")) == "REPLY" and str(reply.get("VERSION")) == "2.0" and reply.get("PRODID")
    [event] = reply.walk("VEVENT")
    assert str(event.get("UID")).startswith(f"{FORUM_VISIT}.")
    assert event.get("DTSTAMP") and event.get("SEQUENCE") is not None
    assert str(event.get("ORGANIZER")).lower().startswith("mailto:")
    attendee = event.get("ATTENDEE")
    assert not isinstance(attendee, list), "a reply names exactly one attendee"
    assert str(attendee).lower() == f"mailto:{PERSON_EMAIL}"
    assert attendee.params["PARTSTAT"] == "TENTATIVE" and attendee.params["CN"] == "Szymon Chmiel"
    # Someone else's invite (or an unknown UID) is not there.
    assert firm.request.get("/portal/calendar/reply/visit-ev-2027-05-nuremberg-forum.person-krakus-ios-1@x").status == 404


def fetch(url, etag=None):
    request = urllib.request.Request(url, headers={"If-None-Match": etag} if etag else {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, b""


def events_of(body, empty=False):
    """The feed's events by UID: their STATUS (empty when none). Every event has what RFC 5545 asks."""
    calendar = icalendar.Calendar.from_ical(body)
    assert str(calendar.get("VERSION")) == "2.0" and calendar.get("PRODID")
    events = list(calendar.walk("VEVENT"))
    assert events or empty, "the feed holds no event"
    for event in events:
        assert event.get("UID") and event.get("DTSTART") and event.get("DTSTAMP") and event.get("SUMMARY")
    return {str(e.get("UID")): str(e.get("STATUS", "")) for e in events}


def forum_visit(events):
    return [uid for uid in events if uid.startswith(f"{FORUM_VISIT}.")]


def test_09_feed_changes_after_a_withdrawal_on_the_desk(desk, firm, checker):
    firm.goto("/portal/calendar")
    firm.locator("#feed-make button").click()
    url = firm.locator("#feed a").first.get_attribute("href")
    assert re.match(r"https?://[^/]+/feed/[A-Za-z0-9_-]{40,}$", url), url
    look(firm, checker, "portal-feed")
    status, headers, body = fetch(url)
    assert status == 200 and headers["Content-Type"].startswith("text/calendar")
    assert headers["Last-Modified"]
    before = events_of(body)
    assert len(forum_visit(before)) == 1, before
    assert fetch(url, headers["ETag"])[0] == 304

    # The coordinator withdraws the firm's application to the forum on the desk.
    desk.goto(f"/allocation/{FORUM_VISIT}")
    desk.get_by_role("button", name=f"Withdraw {FORUM_APPLICATION}").click()
    expect(desk.locator(".notice")).to_contain_text(FORUM_APPLICATION)

    status, headers2, body = fetch(url, headers["ETag"])
    assert status == 200 and headers2["ETag"] != headers["ETag"]
    # The firm's only seat was this one: its online meetings and 1:1s around it go too.
    after = events_of(body, empty=True)
    # The withdrawn seat left the feed (a subscribed calendar drops it); nothing in it is cancelled.
    assert forum_visit(after) == [], after
    assert "CANCELLED" not in after.values()
    firm.goto(f"/portal/applications/{FORUM_APPLICATION}")
    expect(firm.locator("#decision")).to_contain_text("ithdrawn")

    # A revoked address answers 404.
    firm.goto("/portal/calendar")
    firm.locator("#feed-revoke button").click()
    expect(firm.locator(".notice")).to_be_visible()
    assert fetch(url)[0] == 404


def test_10_outcome(firm, checker):
    firm.goto("/portal/outcomes")
    look(firm, checker, "portal-outcomes")
    form = firm.locator(f"#outcome-{PAST_VISIT}")
    form.locator("select[name=outcome]").select_option("offer_sent")
    form.locator("input[name=date]").fill("2026-11-05")
    form.locator("input[name=rating]").fill("4")
    form.locator("textarea[name=note]").fill("Sent an offer for 40 sensor boards to a Nuremberg integrator.")
    form.locator("button[type=submit]").click()
    expect(firm.locator(".notice")).to_be_visible()
    look(firm, checker, "portal-outcome-saved")
    response = firm.request.get(f"/portal/packs/{PAST_VISIT}")
    assert response.status == 200


def test_11_my_data_and_screenshot(firm, checker):
    response = firm.request.get("/portal/my-data")
    assert response.status == 200
    data = response.json()
    assert data["account"]["email"] == PERSON_EMAIL and data["enterprise"]["id"] == FIRM
    firm.goto("/portal")
    look(firm, checker, "portal-home-end")
    firm.screenshot(path=str(PAGES_DIR / "portal-sme.png"), full_page=True)


def test_12_a_new_firm_joins_and_is_approved(browser, desk, checker):
    context = phone(browser)
    page = context.new_page()
    address = "ewa.lis@krakowska-ceramika.example"
    page.goto("/join")
    form = page.locator("#join-form")
    values = {
        "email": address, "full_name": "Ewa Lis", "legal_name": "Krakowska Ceramika sp. z o.o.",
        "registration_number": "0000999123", "address": "ul. Józefińska 12", "postcode": "30-529",
        "nace_codes": "23.41", "languages": "pl;en", "website": "https://krakowska-ceramika.example",
        "staff_headcount": "7", "annual_turnover": "640000", "balance_sheet_total": "nine hundred",
    }
    for name, value in values.items():
        form.locator(f"[name={name}]").fill(value)
    form.locator("textarea[name=offer]").fill("Hand-made tiles and ceramic facades for restorations.")
    form.locator("button[type=submit]").click()
    expect(page.locator("#join-form .error")).to_contain_text("nine hundred")
    look(page, checker, "portal-join-refused")
    page.locator("#join-form [name=balance_sheet_total]").fill("410000")
    page.locator("#join-form button[type=submit]").click()
    expect(page.locator(".notice")).to_be_visible()

    desk.goto("/join-requests")
    section = desk.locator("section", has_text="Krakowska Ceramika")
    expect(section).to_contain_text("30-529")
    before = {p for p, _ in mails_to(address)}
    section.get_by_role("button", name="Approve").click()
    expect(desk.locator(".notice")).to_contain_text(address)
    sign_in_by_link(page, latest_link(address, before), "/portal")
    expect(page.locator("h1")).to_contain_text("Krakowska Ceramika")
    look(page, checker, "portal-new-firm")
    context.close()
