from sitrep.geocode.gazetteer import Gazetteer
from sitrep.geocode.recognize import recognize
from sitrep.model import Span


def _span(text: str, name: str, label: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Span(start=start, end=start + len(name), text=name, label=label)


def _found(text: str, spans: list[Span], gaz: Gazetteer) -> list[tuple[str, str, str | None]]:
    out = []
    for m in recognize(text, spans, gaz):
        assert text[m.start : m.end] == m.text
        out.append((m.text, m.kind, m.hint))
    return out


def test_ner_places_trimmed_and_split(gaz: Gazetteer) -> None:
    text = "Shelling hit Hajin town and the Deir ez-Zor countryside near the Euphrates river."
    spans = [
        _span(text, "Hajin town", "GPE"),
        _span(text, "the Deir ez-Zor", "GPE"),
        _span(text, "Euphrates", "LOC"),
    ]
    assert _found(text, spans, gaz) == [
        ("Hajin", "toponym", "P"),
        ("Deir ez-Zor", "toponym", "A"),
        ("Euphrates", "toponym", "H"),
    ]


def test_gazetteer_matcher_finds_what_ner_missed(gaz: Gazetteer) -> None:
    text = "Drones struck Kyiv overnight, officials in Ohio noted."
    assert _found(text, [], gaz) == [("Kyiv", "toponym", None), ("Ohio", "toponym", None)]


def test_actors_and_speakers_are_not_places(gaz: Gazetteer) -> None:
    text = "The Syrian Democratic Forces moved east. Syria said nothing. Mr. Hajin spoke."
    spans = [
        _span(text, "The Syrian Democratic Forces", "ORG"),
        _span(text, "Syria", "GPE", 1),
        _span(text, "Hajin", "PERSON"),
    ]
    assert _found(text, spans, gaz) == []


def test_demonyms_are_kept_apart(gaz: Gazetteer) -> None:
    text = "Syrian and Iraqi officials met in Springfield."
    spans = [_span(text, "Syrian", "NORP"), _span(text, "Iraqi", "NORP")]
    assert _found(text, spans, gaz) == [
        ("Syrian", "demonym", None),
        ("Iraqi", "demonym", None),
        ("Springfield", "toponym", None),
    ]


def test_place_leading_an_organisation(gaz: Gazetteer) -> None:
    text = "A spokesman for the Springfield Fire Department said the road was closed."
    spans = [_span(text, "the Springfield Fire Department", "ORG")]
    assert _found(text, spans, gaz) == [("Springfield", "toponym", None)]


def test_abbreviation_keeps_its_period(gaz: Gazetteer) -> None:
    text = "Troops left for the U.S. in May. They went home to Ohio."
    spans = [_span(text, "U.S.", "GPE"), _span(text, "Ohio", "GPE")]
    assert _found(text, spans, gaz) == [("U.S.", "toponym", None), ("Ohio", "toponym", None)]


def test_dateline_in_capitals(gaz: Gazetteer) -> None:
    text = "SPRINGFIELD, Ohio (AP) — A storm hit."
    spans = [_span(text, "Ohio", "GPE")]
    assert _found(text, spans, gaz) == [("SPRINGFIELD", "toponym", None), ("Ohio", "toponym", None)]


def test_span_over_a_line_break(gaz: Gazetteer) -> None:
    text = "Fighting in Deir ez-Zor\n\nPositioned near the front"
    spans = [_span(text, "Deir ez-Zor\n\nPositioned", "GPE")]
    assert _found(text, spans, gaz) == [("Deir ez-Zor", "toponym", None)]


def test_empty_text(gaz: Gazetteer) -> None:
    assert recognize("", [], gaz) == []


def test_city_belongs_to_the_office(gaz: Gazetteer) -> None:
    text = "The Hajin City Manager resigned."
    (found,) = recognize(text, [_span(text, "Hajin City", "GPE")], gaz)
    assert (found.start, found.end, found.text) == (4, 9, "Hajin")
