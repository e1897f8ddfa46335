"""The Control layer in Debian's Chromium driven by Playwright, on a store of control facts
the pipeline made (tests/web/control_store.py): a town besieged, then taken by the army,
with a rebel source disputing it.

Skips when /usr/bin/chromium or the playwright package is missing. Screenshots go to the
session's artifacts folder (printed); set SITREP_DOCS_CONTROL_SCREENSHOT=path to also save
the layer with a place's timeline there (for the README).
"""

from __future__ import annotations

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

SARAQIB = '.control-marker[data-place="Saraqib"]'


@pytest.fixture(scope="module")
def artifacts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("control-artifacts")
    print(f"browser screenshots in {folder}")
    return folder


@pytest.fixture(scope="module")
def server(control_store_path: Path) -> Iterator[str]:
    with serving(WebSettings(db=control_store_path)) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium(sync_api) as launched:
        yield launched


@pytest.fixture()
def page(browser: Any, server: str) -> Iterator[Any]:
    with opened_page(browser, server) as opened:
        yield opened


def layer_on(page: Any) -> None:
    page.wait_for_selector("#c-show:enabled")
    page.check("#c-show")
    page.wait_for_selector('#control-bar[data-shown="2019-08-26"]')


def test_the_layer_shows_each_place_by_status(page: Any, server: str, artifacts: Path):
    assert page.is_disabled("#c-slider")
    assert page.is_hidden("#control-box")
    layer_on(page)
    states = page.request.get(server + "/api/control?at=2019-08-26").json()["places"]
    placed = {p["place"]: p["status"] for p in states if p["resolved"]}
    markers = page.locator(".control-marker")
    assert markers.count() == len(placed) == 4
    shown = {
        markers.nth(i).get_attribute("data-place"): markers.nth(i).get_attribute("data-status")
        for i in range(markers.count())
    }
    assert (
        shown
        == placed
        == {
            "Ramadi": "controlled",
            "Kafr Nabl": "contested",
            "Kafr Zita": "withdrawn",
            "Saraqib": "controlled",
        }
    )
    assert "disputed" in (page.get_attribute(SARAQIB, "class") or "")
    labels = page.locator(".control-label").all_text_contents()
    assert sorted(labels) == [
        "Kafr Nabl: contested: Opposition Rebels / Military Forces of Syria",
        "Kafr Zita: withdrawn",
        "Ramadi: Islamic State",
        "Saraqib: Military Forces of Syria disputed",
    ]
    # labels that would overlap are hidden, a disputed place's first
    shown = page.locator(".control-label:not(.crowded)").all_inner_texts()
    assert "Saraqib: Military Forces of Syria disputed" in shown
    assert page.input_value("#c-date") == "2019-08-26"
    unplaced = page.locator("#c-unplaced li")
    assert unplaced.all_inner_texts() == ["Tell Qurra Syria — withdrawn"]
    assert page.inner_text("#c-unplaced-count") == "1"
    page.screenshot(path=str(artifacts / "control-layer.png"))
    page.uncheck("#c-show")
    assert page.locator(".control-marker").count() == 0
    assert page.is_hidden("#control-box")


def test_the_slider_goes_back_to_before_the_town_fell(page: Any, artifacts: Path):
    layer_on(page)
    assert page.get_attribute(SARAQIB, "data-status") == "controlled"
    page.focus("#c-slider")
    for _ in range(25):  # one day a key press: back to 1 August
        page.keyboard.press("ArrowLeft")
    page.wait_for_selector('#control-bar[data-shown="2019-08-01"]')
    assert page.input_value("#c-date") == "2019-08-01"
    assert page.get_attribute(SARAQIB, "data-status") == "besieged"
    shown = page.locator(".control-label:not(.crowded)").all_inner_texts()
    assert "Saraqib: Opposition Rebels, besieged by Military Forces of Syria" in shown
    assert page.locator(".control-marker").count() == 3  # the villages were not yet given up
    assert page.locator("#c-unplaced li").all_inner_texts() == ["none"]
    page.screenshot(path=str(artifacts / "control-before.png"))
    page.fill("#c-date", "2015-06-01")  # the typed date moves the slider
    page.wait_for_selector('#control-bar[data-shown="2015-06-01"]')
    assert page.locator(".control-marker").count() == 1
    operation = page.locator("#c-operations li")
    assert operation.all_inner_texts() == [
        "Operation Northern Dawn launched 2019-04-30 · Military Forces · 2 front(s) · Coast Radio"
    ]
    operation.locator("a").click()  # to the day it was launched
    page.wait_for_selector('#control-bar[data-shown="2019-04-30"]')
    assert page.input_value("#c-date") == "2019-04-30"
    markers = page.locator(".control-marker")
    assert [markers.nth(i).get_attribute("data-place") for i in range(markers.count())] == [
        "Ramadi"
    ]


def test_clicking_a_place_shows_its_timeline(page: Any, server: str, artifacts: Path):
    layer_on(page)
    page.click(SARAQIB)
    page.wait_for_selector('.control-timeline[data-place="Saraqib"]')
    periods = page.locator(".control-period")
    assert [periods.nth(i).get_attribute("data-status") for i in range(periods.count())] == [
        "besieged",
        "controlled",
    ]
    assert page.locator(".control-period.current").get_attribute("data-status") == "controlled"
    assert page.inner_text(".control-period.current .period-dates") == "since 2019-08-21"
    disputed = page.locator(".control-period.current .disputed-facts")
    assert "Disputed by 1 report(s)" in disputed.inner_text()
    assert "a rebel spokesman" in disputed.inner_text()
    assert disputed.locator("mark.evidence").all_inner_texts() == ["Saraqib", "held by the rebels"]
    marked = page.locator(".control-period[data-status=besieged] .supporting mark.evidence")
    assert marked.all_inner_texts() == [
        "Government forces",
        "encircled",
        "rebel fighters",
        "Saraqib",
    ]
    panel = page.inner_text("#panel")
    assert "Valley Wire · 2019-07-10 · claimed by residents · Saraqib encircled" in panel
    assert "Military Forces of Syria (2000-2024) besieges Opposition Rebels (Syria)" in panel
    assert "selected" in (page.get_attribute(SARAQIB, "class") or "")
    page.screenshot(path=str(artifacts / "control-timeline.png"))
    target = os.environ.get("SITREP_DOCS_CONTROL_SCREENSHOT")
    if target:
        page.screenshot(path=target)
    page.click("#c-unplaced li a")
    page.wait_for_selector('.control-timeline[data-place="Tell Qurra"]')
    assert "no coordinates" in page.inner_text("#panel")
