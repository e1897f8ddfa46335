"""The enemy as a party's own statement names it (sitrep/extract/enemy_named.py)."""

from collections.abc import Callable

from sitrep.model import Event

Coded = Callable[[str], list[tuple[str, str | None, str | None]]]
Extracted = Callable[[str], list[Event]]

RUSSIA = "Military Forces of Russia (2000-)"
UKRAINE = "Military Forces of Ukraine (2019-)"


def test_the_enemy_is_the_other_side_the_statement_names(extracted: Extracted) -> None:
    events = extracted(
        "The Ukrainian Air Force said on Tuesday that Russian forces had shelled Kupiansk. "
        "Overnight the enemy launched guided aerial bombs at the village of Petropavlivka."
    )
    struck = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert [e.actor1 for e in struck] == [RUSSIA]
    assert "framing:enemy" in struck[0].tags


def test_the_occupiers_keep_their_label(extracted: Extracted) -> None:
    events = extracted(
        "Ukrainian troops hold the line against Russian forces around Lyman. "
        "On Monday the occupiers shelled the village of Torske with artillery."
    )
    shelled = [e for e in events if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert [e.actor1 for e in shelled] == [RUSSIA]
    assert "framing:occupiers" in shelled[0].tags


def test_no_other_side_named_leaves_the_enemy_unnamed(coded: Coded) -> None:
    told = coded("Overnight the enemy shelled the village of Torske, Ukrainian troops said.")
    assert [a1 for _, a1, _ in told] != [RUSSIA]


def test_enemy_as_a_plain_word_is_no_side(coded: Coded) -> None:
    told = coded(
        "Russian forces shelled Lyman on Monday, Ukrainian troops said. "
        "The governor called corruption the enemy of the people."
    )
    assert told == [("Shelling/artillery/missile attack", RUSSIA, None)]


def test_a_fight_told_with_one_side_was_fought_with_the_other(extracted: Extracted) -> None:
    events = extracted(
        "The Ukrainian General Staff said Russian forces keep up the pressure near Lyman. "
        "The occupiers tried to advance 12 times near Torske; Ukrainian defenders repelled "
        "all the attacks."
    )
    fights = [e for e in events if e.sub_event_type == "Armed clash"]
    assert [(e.actor1, e.actor2) for e in fights] == [(RUSSIA, UKRAINE)]


def test_no_enemy_word_no_side_supplied(extracted: Extracted) -> None:
    events = extracted(
        "The Ukrainian General Staff said Russian forces keep up the pressure near Lyman. "
        "Ukrainian defenders repelled attacks near Torske, it added."
    )
    fights = [e for e in events if e.sub_event_type == "Armed clash"]
    assert all(RUSSIA not in (e.actor1, e.actor2) for e in fights)


def test_a_name_inside_a_place_name_is_no_side(coded: Coded) -> None:
    told = coded(
        "Ukrainian troops said Russian forces hold the Wagner district of Bakhmut. "
        "On Monday the enemy shelled the village of Torske."
    )
    assert [a1 for _, a1, _ in told] == [RUSSIA]
