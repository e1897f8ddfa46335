"""The page in Debian's Chromium driven by Playwright, on a store built from examples/.

Skips when /usr/bin/chromium or the playwright package is missing. Screenshots go to the
session's artifacts folder (printed); set SITREP_DOCS_SCREENSHOT=path to also save the
overview there (docs/web-ui.png was made so).
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser_kit import CHROMIUM, chromium, opened_page, serving

if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} is missing: apt-get install chromium", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright")

from sitrep.web import WebSettings  # noqa: E402

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
UPLOAD_LIMIT = 20_000
REPORT = (
    "KHARKIV, Ukraine, March 20, 2024 - Russian forces shelled Kharkiv on Tuesday, "
    "killing three civilians, the regional governor said."
)


@pytest.fixture(scope="module")
def artifacts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("artifacts")
    print(f"browser screenshots in {folder}")
    return folder


@pytest.fixture(scope="module")
def examples_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from sitrep.runner import Tally, ingest

    db = tmp_path_factory.mktemp("browser") / "examples.db"
    stored = list(ingest([str(EXAMPLES)], db=str(db), tally=Tally(err=io.StringIO())))
    assert stored, "the example reports gave no events"
    return db


@pytest.fixture(scope="module")
def server(examples_db: Path) -> Iterator[str]:
    with serving(WebSettings(db=examples_db, max_upload_bytes=UPLOAD_LIMIT)) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium(sync_api) as launched:
        yield launched


@pytest.fixture()
def page(browser: Any, server: str) -> Iterator[Any]:
    with opened_page(browser, server) as opened:
        yield opened


def api(page: Any, path: str) -> Any:
    return page.request.get(path).json()


def rows(page: Any) -> int:
    return page.locator("#events tbody tr").count()


def click_until(page: Any, target: str, *, shows: str, tries: int = 5) -> None:
    """Click the first `target` until `shows` appears: a click while the map still pans to
    fit the markers can land beside a marker."""
    for _ in range(tries):
        page.locator(target).first.click()
        try:
            page.wait_for_selector(shows, timeout=3000)
            return
        except sync_api.TimeoutError:
            continue
    page.wait_for_selector(shows)


def test_markers_and_table(page: Any, server: str, artifacts: Path):
    total = len(api(page, server + "/api/events?limit=1000")["events"])
    assert rows(page) == total == 10
    page.wait_for_selector("path.event-marker")
    singles = page.locator("path.event-marker").count()
    clustered = sum(int(t) for t in page.locator(".marker-cluster span").all_inner_texts())
    assert singles + clustered == total
    page.wait_for_function(  # the country outlines are drawn (some paths have a size)
        "Array.from(document.querySelectorAll('#map svg path'))"
        ".some(p => p.getBoundingClientRect().width > 5)"
    )
    assert page.locator("#count").inner_text() == "10 events"
    page.screenshot(path=str(artifacts / "overview.png"))


def test_click_a_marker_shows_highlighted_evidence(page: Any, server: str, artifacts: Path):
    click_until(page, "path.event-marker", shows="#panel mark.evidence")
    event_id = page.locator("#events tbody tr.selected").get_attribute("data-event-id")
    detail = api(page, f"{server}/api/events/{event_id}")
    marked = page.locator("#panel mark.evidence").all_inner_texts()
    spans = {e["text"] for s in detail["sources"] for e in s["evidence"]}
    assert marked and all(any(piece in span for span in spans) for piece in marked)
    assert all(span in "".join(marked) for span in spans)  # overlapping spans are split
    code = detail["precision"]["geo"]
    assert (
        page.locator("#panel .geo-precision").inner_text() == f"{code['code']} — {code['meaning']}"
    )
    page.screenshot(path=str(artifacts / "event.png"))
    target = os.environ.get("SITREP_DOCS_SCREENSHOT")
    if target:
        page.screenshot(path=target)


def test_brushing_the_timeline_filters_the_table(page: Any, server: str, artifacts: Path):
    before = rows(page)
    box = page.locator("#timeline").bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + box["width"] * 0.6, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.8, y, steps=5)
    page.mouse.move(box["x"] + box["width"] - 5, y, steps=5)
    page.mouse.up()
    since, until = page.input_value("#f-since"), page.input_value("#f-until")
    assert since and until and since < until
    expected = api(page, f"{server}/api/events?since={since}&until={until}&limit=1000")["events"]
    page.wait_for_function(
        f"document.querySelectorAll('#events tbody tr').length === {len(expected)}"
    )
    assert 0 < rows(page) < before
    assert page.locator("#count").inner_text() == f"{len(expected)} events"
    page.screenshot(path=str(artifacts / "brushed.png"))
    page.click("#t-clear")
    page.wait_for_function(f"document.querySelectorAll('#events tbody tr').length === {before}")


def test_upload_a_report_and_see_its_events(page: Any, artifacts: Path):
    page.click("#upload-box summary")
    page.fill("#u-text", REPORT)
    page.click("#u-go")
    page.wait_for_selector("#upload-summary", timeout=120_000)
    summary = page.locator("#upload-summary").inner_text()
    count = int(summary.split()[0])
    assert count >= 1, summary
    assert page.locator("#events tbody tr.uploaded").count() == count
    page.locator("#upload-result a").first.click()
    page.wait_for_selector("#panel mark.evidence")
    assert "Kharkiv" in page.locator("#panel .doc-text").inner_text()
    page.screenshot(path=str(artifacts / "uploaded.png"))


def test_a_country_given_with_an_upload_names_its_actors(page: Any):
    page.click("#upload-box summary")
    page.fill("#u-text", "Gunmen stormed a village on Monday and killed three farmers.")
    page.fill("#u-country", "NG")
    page.click("#u-go")
    page.wait_for_selector("#upload-summary", timeout=120_000)
    row = page.locator("#events tbody tr.uploaded").first.inner_text()
    assert "Unidentified Armed Group (Nigeria)" in row
    assert "Civilians (Nigeria)" in row


def test_an_oversized_upload_says_so(page: Any):
    page.click("#upload-box summary")
    page.fill("#u-text", "word " * (UPLOAD_LIMIT // 4))
    page.click("#u-go")
    message = page.locator("#upload-result .error")
    message.wait_for()
    assert message.inner_text().startswith("the upload is larger than the limit of 20 KB")
