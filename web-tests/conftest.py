"""The browser suite's fixtures: one Chromium (Debian's, no download), the running desk's address,
and the pages the suite visits, kept for the HTML validator at the end."""

import os
import pathlib

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import sync_playwright

BASE_URL = os.environ.get("TWINLINK_URL", "http://127.0.0.1:8080")
PAGES_DIR = pathlib.Path(os.environ.get("TWINLINK_PAGES_DIR", "/tmp/twinlink-web-pages"))
FIXTURES = pathlib.Path(__file__).resolve().parent.parent / "fixtures"
EMAIL = os.environ.get("TWINLINK_EMAIL", "coordinator@example.org")
PASSWORD = os.environ.get("TWINLINK_PASSWORD", "coordinator-password-1")
OUTBOX = pathlib.Path(os.environ.get("TWINLINK_OUTBOX", "/tmp/twinlink-outbox"))


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        yield browser
        browser.close()


class Checker:
    """axe-core on every page visited (no serious or critical violation) and a copy of its HTML
    for the validator."""

    def __init__(self):
        self.axe = Axe()
        self.count = 0
        PAGES_DIR.mkdir(parents=True, exist_ok=True)

    def check(self, page, name):
        results = self.axe.run(page)
        bad = [
            f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
            for v in results.response["violations"]
            if v.get("impact") in ("serious", "critical")
        ]
        assert not bad, f"axe on {page.url}:\n" + "\n".join(bad)
        self.count += 1
        (PAGES_DIR / f"{self.count:02d}-{name}.html").write_text(page.content(), encoding="utf-8")


@pytest.fixture(scope="session")
def checker():
    return Checker()


# The portal suites' shared fixtures (test_firm_year.py, test_partner_city.py): the coordinator's
# desk (signed in; the registry imported and the year planned when a suite runs alone) and one
# phone-sized page, under the name each suite gives its party. `portal` imports this module, so it
# is imported inside the fixtures.
@pytest.fixture(scope="module")
def desk(browser):
    from portal import coordinator

    context, page = coordinator(browser)
    yield page
    context.close()


def _phone_page(browser):
    from portal import phone

    context = phone(browser)
    page = context.new_page()
    yield page
    context.close()


firm = pytest.fixture(_phone_page, scope="module", name="firm")
partner = pytest.fixture(_phone_page, scope="module", name="partner")
