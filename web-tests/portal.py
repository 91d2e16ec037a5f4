"""Helpers of the portal suites (test_firm_year.py, test_partner_city.py): phone-sized browser
contexts, the check every portal page gets (axe-core, the HTML validator's copy, no horizontal
scroll at 360 px), sign-in links read from the mail outbox, and the coordinator's desk."""

import email
import re
import time

from playwright.sync_api import expect

from conftest import BASE_URL, EMAIL, OUTBOX, PASSWORD

PHONE = {"width": 360, "height": 740}


def look(page, checker, name):
    """axe-core and the validator's copy (the desk suite's checker), and the page fits 360 px."""
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"{page.url} is {width}px wide at {PHONE['width']}px"
    checker.check(page, name)


def phone(browser):
    return browser.new_context(base_url=BASE_URL, viewport=PHONE)


def mails_to(address):
    """The outbox's messages to `address`, oldest first."""
    found = []
    for path in sorted(OUTBOX.glob("*.eml")) if OUTBOX.exists() else []:
        message = email.message_from_bytes(path.read_bytes())
        if (message["To"] or "").strip().lower() == address.lower():
            found.append((path, message))
    return found


def latest_link(address, after):
    """The sign-in link of the newest mail to `address` not among `after` (waits up to 5 s)."""
    for _ in range(50):
        new = [m for p, m in mails_to(address) if p not in after]
        if new:
            body = new[-1].get_payload(decode=True).decode("utf-8")
            match = re.search(r"https?://\S+/login/link\?token=[A-Za-z0-9_-]+", body)
            assert match, f"no sign-in link in the mail to {address}:\n{body}"
            return match.group(0)
        time.sleep(0.1)
    raise AssertionError(f"no new mail to {address} in the outbox")


def sign_in_by_link(page, link, landing):
    page.goto(link)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(re.escape(landing) + r"$"))


def coordinator(browser):
    """A desk context signed in as the coordinator, with the registry imported, the year planned,
    the Nuremberg forum's visit and then the past Nuremberg visit allocated (as the desk suite
    leaves them, in its order, which decides the rotation points; done here when a portal suite
    runs alone)."""
    context = browser.new_context(base_url=BASE_URL)
    page = context.new_page()
    page.goto("/login")
    page.locator("#password-form input[name=email]").fill(EMAIL)
    page.locator("#password-form input[name=password]").fill(PASSWORD)
    page.locator("#password-form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/$"))
    page.goto("/registry/smes?q=zablocie")
    if "sme-zablocie-labs" not in page.locator("main").inner_text():
        from test_coordinator_year import FIXTURES, REGISTRY_FILES

        page.goto("/registry/import")
        page.locator("#import input[type=file]").set_input_files([str(FIXTURES / n) for n in REGISTRY_FILES])
        page.locator("#import button[type=submit]").click()
        expect(page.locator(".notice")).to_contain_text("Imported")
        page.goto("/plan")
        page.locator("#replan button").click()
        expect(page.locator(".notice")).to_be_visible()
        page.goto("/allocation/visit-ev-2027-05-nuremberg-forum")
        page.locator("#allocate button").click()
        expect(page.locator("#decisions table")).to_contain_text("accepted")
        page.goto("/allocation/visit-ev-2026-10-nuremberg-security")
        page.locator("#allocate button").click()
        expect(page.locator("#decisions table")).to_contain_text("accepted")
    return context, page
