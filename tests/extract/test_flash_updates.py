"""Humanitarian flash updates and situation reports: highlights that retell the body, a doer
the report says is unknown, and acts told again inside a question about their doer (own
texts, the whole pipeline)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sitrep.extract.highlights import highlight_blocks
from sitrep.model import Event

PublishedOn = Callable[[str, date | None], list[Event]]
DAY = date(2026, 9, 12)
Row = tuple[str, str | None, str | None, str | None, int | None]

FLASH_UPDATE = """Flash Update No. 2: Hostilities in Ituri

HIGHLIGHTS
- Clashes between CODECO and the army spread to Djugu territory on 8 September.
- Some 12,000 people fled towards Bunia.

SITUATION OVERVIEW
On 8 September, CODECO fighters clashed with FARDC soldiers near Fataki in Djugu territory.
Local sources reported four soldiers killed.
HUMANITARIAN RESPONSE
Partners distributed food to 3,000 households in Bunia.
"""


def _rows(published_on: PublishedOn, text: str) -> list[Row]:
    return [
        (e.sub_event_type, e.actor1, e.actor2, e.date_start, e.fatalities)
        for e in published_on(text, DAY)
    ]


def test_the_highlights_block_runs_from_its_heading_to_the_blank_line() -> None:
    (block,) = highlight_blocks(FLASH_UPDATE)
    assert FLASH_UPDATE[block[0] : block[1]].strip().splitlines() == [
        "- Clashes between CODECO and the army spread to Djugu territory on 8 September.",
        "- Some 12,000 people fled towards Bunia.",
    ]


def test_a_highlight_the_body_tells_again_is_one_event(published_on: PublishedOn) -> None:
    assert _rows(published_on, FLASH_UPDATE) == [
        (
            "Armed clash",
            "CODECO: Cooperative for Development of Congo",
            "Military Forces of the Democratic Republic of Congo (2019-)",
            "2026-09-08",
            4,
        )
    ]


def test_a_highlight_the_body_never_tells_stands(published_on: PublishedOn) -> None:
    text = (
        "HIGHLIGHTS\n"
        "- CODECO fighters attacked a displacement site near Bunia on 9 September, killing "
        "six civilians.\n\n"
        "SITUATION OVERVIEW\n"
        "Partners distributed food to 3,000 households in Bunia on 10 September.\n"
    )
    assert _rows(published_on, text) == [
        (
            "Attack",
            "CODECO: Cooperative for Development of Congo",
            "Civilians (Democratic Republic of Congo)",
            "2026-09-09",
            6,
        )
    ]


def test_a_question_about_the_doer_is_no_second_act(published_on: PublishedOn) -> None:
    text = (
        "CODECO fighters clashed with the army near Fataki on Monday. On Tuesday, shells "
        "landed on a displacement site near Bunia, killing five people. It is not known who "
        "fired the shells."
    )
    assert [r[:3] for r in _rows(published_on, text)] == [
        (
            "Armed clash",
            "CODECO: Cooperative for Development of Congo",
            "Military Forces of the Democratic Republic of Congo (2019-)",
        ),
        (
            "Shelling/artillery/missile attack",
            "Unidentified Armed Group (Democratic Republic of Congo)",
            "Civilians (Democratic Republic of Congo)",
        ),
    ]


def test_a_first_sentence_asking_the_doer_still_tells_the_act(published_on: PublishedOn) -> None:
    text = "It remains unclear who fired the shells that hit a camp near Bunia on Tuesday."
    assert [r[0] for r in _rows(published_on, text)] == ["Shelling/artillery/missile attack"]


def test_who_investigates_an_act_is_not_its_doer(published_on: PublishedOn) -> None:
    text = "Police are investigating who carried out the bombing in Kismayo on Sunday."
    assert [r[:2] for r in _rows(published_on, text)] == [
        ("Remote explosive/landmine/IED", "Unidentified Armed Group (Somalia)")
    ]
