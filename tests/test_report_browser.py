"""The HTML report opened in headless Chromium (Debian's ``chromium``, driven by Playwright's
Python client with ``executable_path``: no browser is downloaded).

Checks what a person would: the page loads without console errors, every mention is highlighted
exactly once, clicking a claim scrolls its span into view, the table filter works, and the
``<script>``/``onerror=`` markup inside an article is shown as text and runs nothing.
Saves ``outputs/report-screenshot.png``.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from pipeline.api import read_records
from pipeline.report import write_report
from tests.conftest import FIXTURES, ROOT

RUN = FIXTURES / "run"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"]


def _chromium() -> str | None:
    for candidate in (os.environ.get("CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium"),
                      shutil.which("chromium-browser")):
        if candidate and Path(candidate).is_file():
            return candidate
    return None


CHROMIUM = _chromium()
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")  # CI installs chromium: never skip there
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(CHROMIUM is None and not IN_CI,
                       reason="no chromium binary (apt-get install chromium; .ci/run installs it)"),
]


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    assert CHROMIUM is not None, "CI must have chromium (.ci/run installs it)"
    if IN_CI:
        import playwright.sync_api as sync_api
    else:
        sync_api = pytest.importorskip("playwright.sync_api", reason="playwright (pip) is not installed")
    documents, mentions, claims, _ = read_records(RUN)
    report = write_report(tmp_path_factory.mktemp("report") / "report.html", documents, mentions, claims,
                          title="Claims review: fixture run")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            pg = browser.new_page(viewport={"width": 1100, "height": 700})
            problems: list[str] = []
            pg.on("console", lambda msg: problems.append(f"console {msg.type}: {msg.text}")
                  if msg.type in ("error", "warning") else None)
            pg.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
            requests: list[str] = []
            pg.on("request", lambda req: requests.append(req.url))
            pg.goto(report.as_uri(), wait_until="load")
            pg.wait_for_timeout(200)
            yield pg, problems, requests, report
        finally:
            browser.close()


def test_browser_report_loads_without_console_errors_or_requests(page):
    pg, problems, requests, report = page
    assert problems == []
    assert requests == [report.as_uri()]  # nothing fetched but the page itself
    assert pg.title() == "Claims review: fixture run"


def test_browser_report_highlights_every_mention_once(page):
    pg, *_ = page
    assert pg.locator("mark.mention:not(.cont)").count() == 22
    assert pg.evaluate("new Set([...document.querySelectorAll('mark.mention')].map(m => m.dataset.mid)).size") == 22
    for kind, n in {"actor": 10, "money": 4, "date": 6, "quantity": 1, "percent": 1}.items():
        assert pg.locator(f"mark.mention.k-{kind}:not(.cont)").count() == n


def test_browser_report_injected_markup_is_text(page):
    pg, *_ = page
    assert pg.evaluate("typeof window.__pwned") == "undefined"
    article = pg.locator('article[data-doc="scraped-beirut.html"] .text').inner_text()
    assert '<script>window.__pwned=1</script>' in article
    assert '<img src=x onerror="window.__pwned=2">' in article
    assert pg.locator("article img, article script").count() == 0
    assert pg.locator("script").count() == 1


def test_browser_report_claim_click_scrolls_to_span(page):
    pg, *_ = page
    pg.evaluate("window.scrollTo(0, 0)")
    before = pg.evaluate("window.scrollY")
    target = pg.locator("#c-6")  # the last claim: far below the first screen
    assert not _in_viewport(pg, "#c-6")
    pg.locator('#claims-table a.claim-link[data-claim="6"]').click()
    pg.wait_for_function("window.scrollY > 0")
    assert pg.evaluate("window.scrollY") > before
    assert _in_viewport(pg, "#c-6")
    assert "active" in (target.get_attribute("class") or "")
    # the link in the claim list beside the article does the same
    pg.evaluate("window.scrollTo(0, 0)")
    pg.locator('aside.claims a.claim-link[data-claim="3"]').first.scroll_into_view_if_needed()
    pg.locator('aside.claims a.claim-link[data-claim="3"]').click()
    assert _in_viewport(pg, "#c-3")


def test_browser_report_table_filter(page):
    pg, *_ = page
    pg.fill("#claim-filter", "hezbollah")
    assert pg.locator("#claims-table tbody tr:not(.hidden)").count() == 1
    assert pg.inner_text("#claim-count") == "1 of 7 claims"
    pg.fill("#claim-filter", "")
    pg.select_option("#kind-filter", "money")
    assert pg.locator("#claims-table tbody tr:not(.hidden)").count() == 4
    pg.select_option("#kind-filter", "")
    pg.select_option("#doc-filter", "eu-aid.md")
    assert pg.locator("#claims-table tbody tr:not(.hidden)").count() == 2
    pg.select_option("#doc-filter", "")
    assert pg.inner_text("#claim-count") == "7 of 7 claims"


def test_browser_report_screenshot(page):
    pg, *_ = page
    out = ROOT / "outputs" / "report-screenshot.png"
    out.parent.mkdir(exist_ok=True)
    pg.set_viewport_size({"width": 1280, "height": 900})
    pg.evaluate("window.scrollTo(0, 0)")
    pg.screenshot(path=str(out), full_page=True)
    assert out.stat().st_size > 10_000


def _in_viewport(pg, selector: str) -> bool:
    return pg.evaluate(
        """sel => { const r = document.querySelector(sel).getBoundingClientRect();
                    return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0; }""", selector)


# ------------------------------------------------------------------ analyst views (issue 16)
def _visible_rows(pg) -> list[str]:
    return pg.evaluate("[...document.querySelectorAll('#claims-table tbody tr:not(.hidden)')]"
                       ".map(r => r.dataset.claim)")


def test_browser_report_table_sorts_by_header(page):
    pg, *_ = page
    pg.click("#claims-table th:has-text('Published')")
    published = pg.evaluate("[...document.querySelectorAll('#claims-table tbody tr')].map(r => r.dataset.published)")
    assert published == sorted(published)
    assert pg.get_attribute("#claims-table th:has-text('Published')", "aria-sort") == "ascending"
    pg.click("#claims-table th:has-text('Published')")
    published = pg.evaluate("[...document.querySelectorAll('#claims-table tbody tr')].map(r => r.dataset.published)")
    assert published == sorted(published, reverse=True)
    pg.click("#claims-table th:has-text('#')")
    assert _visible_rows(pg) == [str(i) for i in range(7)]


def test_browser_report_publication_day_click_filters_table(page):
    pg, *_ = page
    pg.locator('#pub-svg .pub-day[data-day="2017-03-02"] rect').first.click()
    assert pg.input_value("#pub-filter") == "2017-03-02"
    assert _visible_rows(pg) == ["3", "4"]  # the two claims of eu-aid.md
    pg.fill("#pub-filter", "")
    assert len(_visible_rows(pg)) == 7


def test_browser_report_publication_timeline_zooms(page):
    pg, *_ = page
    shown = "[...document.querySelectorAll('#pub-svg rect.zb')].filter(r => r.style.display !== 'none').length"
    width = "Math.max(...[...document.querySelectorAll('#pub-svg rect.zb')].map(r => +r.getAttribute('width')))"
    assert pg.evaluate(shown) == 3  # three publication days
    before = pg.evaluate(width)
    box = pg.locator('.zoom[data-for="pub-svg"]')
    box.locator(".zoom-from").fill("2016-12-01")
    box.locator(".zoom-from").dispatch_event("change")
    box.locator(".zoom-to").fill("2016-12-31")
    box.locator(".zoom-to").dispatch_event("change")
    assert pg.get_attribute("#pub-svg", "data-zoom") == "2016-12-01/2016-12-31"
    assert pg.evaluate(shown) == 1 and pg.evaluate(width) > before
    box.locator(".zoom-reset").click()
    assert pg.evaluate(shown) == 3
    # the claim-date timeline zooms the same way: 2016 only
    tl = pg.locator('.zoom[data-for="timeline-svg"]')
    tl.locator(".zoom-from").fill("2016-01-01")
    tl.locator(".zoom-from").dispatch_event("change")
    tl.locator(".zoom-to").fill("2016-12-31")
    tl.locator(".zoom-to").dispatch_event("change")
    visible = pg.evaluate("[...document.querySelectorAll('#timeline-svg rect.zb')].filter(r => r.style.display !== 'none').length")
    assert visible == 3  # arms (Dec 2016), S-300 (2016), trade (2016-H1)
    tl.locator(".zoom-reset").click()


def test_browser_report_graph_node_opens_actor_page(page):
    pg, *_ = page
    assert pg.locator("#network-svg a.node").count() >= 4
    assert pg.locator("#network-svg g.edge").count() >= 1
    node = pg.locator('#network-svg a.node[data-actor="IRNGOV"]')
    node.click()
    page_id = node.get_attribute("href")[1:]
    actor = pg.locator(f"#{page_id}")
    assert actor.is_visible()
    assert "Said about" in actor.inner_text() and "Said by" in actor.inner_text()
    assert actor.locator("ul.refs li").count() >= 1
    assert pg.locator(".actor-page:visible").count() == 1


def test_browser_report_flag_export_import_round_trip(page, tmp_path):
    from pipeline.evaluation.claims import evaluate
    from pipeline.stages.export import import_report_marks

    pg, problems, _requests, report = page
    rows = pg.locator("#claims-table tbody tr")
    rows.nth(0).locator(".mark-ok").click()                       # arms: right as predicted
    rows.nth(1).locator(".mark-flag").click()                     # s300: wrong speaker, right one typed
    pg.check('#flag-panel input[value="wrong_speaker"]')
    pg.fill('#flag-panel input[name="speaker"]', "IRNMIL")
    pg.click("#flag-save")
    rows.nth(6).locator(".mark-flag").click()                     # beirut: not a claim
    pg.check('#flag-panel input[value="not_a_claim"]')
    pg.click("#flag-save")
    rows.nth(4).locator(".mark-flag").click()                     # de: wrong amount, no value typed
    pg.check('#flag-panel input[value="wrong_amount_or_date"]')
    pg.fill('#flag-panel input[name="note"]', "should be 600 million")
    pg.click("#flag-save")
    assert pg.inner_text("#mark-count") == "3 flagged, 1 confirmed"
    pg.check("#flag-filter")
    assert _visible_rows(pg) == ["1", "4", "6"]
    pg.uncheck("#flag-filter")
    pg.reload()  # marks live in localStorage
    assert pg.inner_text("#mark-count") == "3 flagged, 1 confirmed"
    with pg.expect_download() as download:
        pg.click("#export-flags")
    exported = tmp_path / "marks.jsonl"
    download.value.save_as(exported)
    lines = exported.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 4 and pg.input_value("#flag-export").splitlines() == lines
    result = import_report_marks(exported, run_dir=RUN)
    gold = {g["claim_id"]: g for g in result.records}
    assert set(gold) == {"kremlin-arms-deal.txt:claim:35-87", "kremlin-arms-deal.txt:claim:113-176"}
    assert gold["kremlin-arms-deal.txt:claim:113-176"]["speaker"] == {"actor_id": "IRNMIL"}
    assert gold["kremlin-arms-deal.txt:claim:35-87"]["speaker"]["actor_id"] == "RUSGOV"
    assert len(result.skipped) == 2 and any("without the right value" in s for s in result.skipped)
    _d, _m, claims, _ = read_records(RUN)
    scores = evaluate(result.records, claims)
    assert scores["matched"] == 2 and scores["accuracy"]["speaker"]["correct"] == 1
    pg.click("#clear-flags")
    assert pg.inner_text("#mark-count") == "0 flagged, 0 confirmed"
    assert problems == []


def test_browser_report_target_filter_matches_like_the_cli(page, tmp_path):
    """The Target box keeps the claims whose stance is toward the actor: id or code whole, or
    whole words of its name (as ``--target``); the speaker is never a target."""
    pg, *_ = page
    documents, mentions, claims, _ = read_records(RUN)
    claims = [dict(c) for c in claims]
    claims[0].update(stance="oppose", stance_targets=["kremlin-arms-deal.txt:actor:81-87"])  # Kremlin -> Tehran
    claims[3].update(stance="support", stance_targets=["eu-aid.md:actor:58-63"])              # Commission -> Syria
    report = write_report(tmp_path / "targets.html", documents, mentions, claims, title="targets")
    context = pg.context.browser.new_context()
    other = context.new_page()
    try:
        errors: list[str] = []
        other.on("pageerror", lambda exc: errors.append(str(exc)))
        other.goto(report.as_uri(), wait_until="load")
        for query, shown in [("IRNGOV", ["0"]), ("irngov", ["0"]), ("government of iran", ["0"]), ("tehran", ["0"]),
                             ("syria", ["3"]), ("Iran", ["0"]), ("Ira", []), ("RUSGOV", []), ("(", []),
                             ("", ["0", "1", "2", "3", "4", "5", "6"])]:
            other.fill("#target-filter", query)
            assert _visible_rows(other) == shown, query
        other.fill("#target-filter", "syria")
        other.select_option("#stance-filter", "oppose")
        assert _visible_rows(other) == []
        assert errors == []
    finally:
        context.close()
