"""The console in a real browser: Debian's Chromium driven by Playwright (never a downloaded
browser), against the console process of the end-to-end stack.

`QORGAU_CONSOLE_URL` (with `QORGAU_CONSOLE_HOME`, the stack's home holding tokens.json) points
the tests at a console that is already running instead, e.g. `make dev`'s.
"""

import contextlib
import json
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, BrowserContext, Page, Playwright, expect, sync_playwright
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from qorgau import scenarios

CHROMIUM = os.environ.get("QORGAU_CHROMIUM", "/usr/bin/chromium")
LOCALES = {"kk": "kk-KZ", "ru": "ru-KZ", "en": "en-GB"}
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
SLOW = 30_000  # ms: one service learns of another's events through the broker

expect.set_options(timeout=SLOW)


@dataclass(frozen=True)
class Target:
    url: str
    home: Path


@pytest.fixture(scope="session")
def target(request: pytest.FixtureRequest) -> Target:
    url = os.environ.get("QORGAU_CONSOLE_URL")
    if url:
        return Target(url.rstrip("/"), Path(os.environ["QORGAU_CONSOLE_HOME"]))
    stack = request.getfixturevalue("stack")
    return Target(stack.processes["console"].url, stack.home)


@pytest.fixture(scope="session")
def api(request: pytest.FixtureRequest, target: Target) -> Iterator[scenarios.System]:
    """The services' own APIs, to set a screen's scene quickly (the walks click everything)."""
    if not os.environ.get("QORGAU_CONSOLE_URL"):
        yield request.getfixturevalue("system")
        return
    described = json.loads((target.home / "stack.json").read_text())
    urls = {name: s["url"] for name, s in described["services"].items()}
    system = scenarios.System(urls, json.loads((target.home / "tokens.json").read_text()),
                              target.home / "keys" / "signing" / "people")
    yield system
    system.close()


@pytest.fixture(autouse=True)
def on_failure_logs(request: pytest.FixtureRequest, target: Target) -> Iterator[None]:
    """On failure, the console's own last log lines (they say which API answered what)."""
    yield
    report = getattr(request.node, "rep_call", None)
    log = target.home / "logs" / "console.log"
    if report is not None and report.failed and log.exists():
        lines = log.read_text(errors="replace").splitlines()[-40:]
        print("--- console.log\n" + "\n".join(lines))  # noqa: T201 - shown with the failure


# Package scope: Playwright's sync API keeps its event loop running in this thread while it is
# open, so it closes once the browser tests are done, before any asyncio test runs.
@pytest.fixture(scope="package")
def playwright_() -> Iterator[Playwright]:
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no Chromium at {CHROMIUM} (make installs Debian's chromium)")
    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="package")
def browser(playwright_: Playwright) -> Iterator[Browser]:
    browser = playwright_.chromium.launch(executable_path=CHROMIUM,
                                          args=["--disable-dev-shm-usage"])
    yield browser
    browser.close()


class Desk:
    """One person at one PC: a browser context of their own, signed in through the page."""

    def __init__(self, browser: Browser, target: Target, who: str, lang: str,
                 artefacts: Path) -> None:
        self.target, self.who, self.lang, self.artefacts = target, who, lang, artefacts
        self.context: BrowserContext = browser.new_context(
            locale=LOCALES[lang], viewport={"width": 1280, "height": 900},
            base_url=target.url)
        self.page: Page = self.context.new_page()
        self.page.goto(f"/language/{lang}?next=/sign-in")
        self.page.locator(f'button[name="person"][value="{who}"]').click()
        expect(self.page.locator(".who-name")).to_have_text(who.split("/", 1)[1])

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def desk(browser: Browser, target: Target, request: pytest.FixtureRequest,
         tmp_path: Path) -> Iterator[Callable[..., Desk]]:
    """`desk("org/person", "kk")`: that person's desk, opened (and signed in) on first use."""
    opened: dict[str, Desk] = {}

    def open_desk(who: str, lang: str = "en") -> Desk:
        if who not in opened:
            opened[who] = Desk(browser, target, who, lang, tmp_path)
        return opened[who]

    yield open_desk
    report = getattr(request.node, "rep_call", None)
    failed = report is not None and report.failed
    for desk in opened.values():
        if failed:
            name = re.sub(r"\W+", "-", f"{request.node.name}-{desk.who}")
            out = Path("test-results") / f"{name}.png"
            out.parent.mkdir(exist_ok=True)
            desk.page.screenshot(path=str(out), full_page=True)
        desk.close()


def assert_accessible(page: Page) -> None:
    """axe-core on the page as it is now: no WCAG 2.1 A/AA violation."""
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG}})
    found = results.response["violations"]
    described = [f"{v['id']} ({v['impact']}): {v['help']} — "
                 f"{[n['target'] for n in v['nodes']][:3]}" for v in found]
    assert not found, f"{page.url}:\n" + "\n".join(described)


@pytest.fixture(scope="session")
def screens_folder() -> Path | None:
    """Where screenshots of the screens go when `make screens` asks for them."""
    folder = os.environ.get("QORGAU_SCREENS")
    if not folder:
        return None
    path = Path(folder)
    path.mkdir(parents=True, exist_ok=True)
    return path


# the templates of every page (and swapped-in fragment) axe checked in this session
CHECKED_TEMPLATES: set[str] = set()
NAMED = """() => [...document.querySelectorAll('meta[name="qorgau-template"], [data-template]')]
    .map(e => e.content || e.dataset.template)"""


@pytest.fixture
def check(screens_folder: Path | None) -> Callable[[Page, str], None]:
    """`check(page, "name")`: axe finds nothing on the page; under `make screens` the page is
    also saved as docs/screens/<name>.png. The page's templates count as checked."""
    def checked(page: Page, name: str) -> None:
        page.wait_for_load_state("load")
        # htmx swaps settle; a page that keeps a request open is checked as it is
        with contextlib.suppress(PlaywrightTimeout):
            page.wait_for_load_state("networkidle", timeout=5_000)
        assert_accessible(page)
        CHECKED_TEMPLATES.update(page.evaluate(NAMED))
        if screens_folder is not None:
            page.screenshot(path=str(screens_folder / f"{name}.png"), full_page=True)

    return checked


COVERAGE_TEST = "test_every_template_was_checked_by_axe"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The test of the templates axe checked runs after every other browser test."""
    last = [i for i in items if i.name == COVERAGE_TEST]
    items[:] = [i for i in items if i.name != COVERAGE_TEST] + last
