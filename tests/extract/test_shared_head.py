"""Two names joined by 'and' that share one head word ('Turkana and Samburu militias') each
name their own actor; a plural in -ies matches its singular alias ('communities'); an
abbreviation on armed men ('YPG positions') keeps its meaning in a report on another country."""

from sitrep.extract.actors import ActorDictionary


def _found(dictionary: ActorDictionary, text: str) -> list[tuple[str, str]]:
    return [(m.span.text, m.actor.name) for m in dictionary.find(text, country=None)]


def test_shared_head_word_names_both_groups(dictionary):
    text = "Two died when Pokot and Turkana raiders fought at a well."
    assert _found(dictionary, text) == [
        ("Pokot", "Pokot Ethnic Militia (Kenya)"),
        ("Turkana raiders", "Turkana Ethnic Militia (Kenya)"),
    ]


def test_head_word_after_a_short_name(dictionary):
    text = "A feud between Borana and Gabra herders flared again."
    assert _found(dictionary, text) == [
        ("Borana", "Borana Ethnic Militia (Kenya)"),
        ("Gabra herders", "Gabra Ethnic Militia (Kenya)"),
    ]


def test_plural_in_ies(dictionary):
    assert _found(dictionary, "Raids on the Pokot communities resumed.") == [
        ("Pokot communities", "Pokot Ethnic Militia (Kenya)")
    ]


def test_no_actor_before_and(dictionary):
    # a word before 'and' that names no actor with the head word adds nothing
    assert _found(dictionary, "Rain and Turkana raiders came at dawn.") == [
        ("Turkana raiders", "Turkana Ethnic Militia (Kenya)")
    ]


def test_abbreviation_on_armed_men_keeps_its_meaning_abroad(dictionary):
    # a report resolved to Turkey: 'YPG positions' still names the Syrian group ...
    found = dictionary.find("Shells hit YPG positions at dawn.", country="Turkey")
    assert [(m.span.text, m.actor.name) for m in found] == [
        ("YPG", "YPG: Peoples Protection Units")
    ]
    # ... but a bare foreign abbreviation there stays unread
    assert dictionary.find("The YPG said so.", country="Turkey") == []
