"""A heading that names a kind of strategic development ("Defusal: ...") types the events of
the text it heads, even when that text tells of fire, blasts or destruction."""

import pytest

from sitrep.errors import ModelError
from sitrep.extract.headings import HeadingWords, find_headings
from sitrep.taxonomy import SubEventType as S


@pytest.fixture(scope="module")
def words() -> HeadingWords:
    return HeadingWords.load()


def test_a_defusal_heading_makes_a_blast_word_a_disrupted_weapon(coded):
    text = (
        "Defusal: On 4 June 2023, police found and destroyed an IED planted near the market in "
        "Garissa, Kenya."
    )
    assert coded(text) == [("Disrupted weapons use", "Police Forces of Kenya (2022-)", None)]


def test_a_heading_makes_an_event_of_a_sentence_that_tells_no_act(extracted):
    text = (
        "Movement of forces: On 2 May 2024, a column of Sudanese army tanks arrived in El "
        "Obeid, Sudan."
    )
    (event,) = extracted(text)
    assert (event.sub_event_type, event.actor1, event.location, event.event_date) == (
        "Change to group/activity",
        "Military Forces of Sudan (2019-)",
        "El Obeid",
        "2024-05-02",
    )
    assert [(e.role, e.text) for e in event.evidence][:2] == [
        ("trigger", "Movement of forces"),
        ("actor1", "Sudanese army"),
    ]
    assert "heading" in event.tags


def test_arson_under_a_property_heading_is_property_destruction(coded):
    text = (
        "Property destruction: On 9 April 2024, unknown assailants set fire to the parked car of "
        "a councillor in Mombasa, Kenya. No one was hurt."
    )
    assert coded(text) == [
        ("Looting/property destruction", "Unidentified Armed Group (Kenya)", "Civilians (Kenya)")
    ]


def test_the_dead_of_a_mass_grave_are_not_this_event_s(extracted):
    text = (
        "Mass graves: On 3 March 2024, villagers found a grave holding the bodies of 12 men "
        "near Kidal, Mali."
    )
    assert [(e.sub_event_type, e.fatalities) for e in extracted(text)] == [("Other", None)]


def test_a_bomb_that_went_off_early_keeps_its_dead(extracted):
    text = (
        "Detonation: On 8 March 2024, a bomb that militants were carrying went off early near "
        "Kandahar, Afghanistan, killing two of them."
    )
    assert [(e.sub_event_type, e.actor1, e.fatalities) for e in extracted(text)] == [
        ("Disrupted weapons use", "Unidentified Armed Group (Afghanistan)", 2)
    ]


def test_a_mistyped_heading_still_names_its_kind(coded):
    text = (
        "Non-violent actvity: On 5 May 2024, rebel fighters set up a checkpoint on the road out "
        "of Goma, DR Congo."
    )
    assert [c[0] for c in coded(text)] == ["Other"]


def test_a_heading_reaches_to_the_next_paragraph_only(coded):
    text = (
        "Arrests: On 1 May 2024, police detained five men in Nakuru, Kenya.\n\n"
        "On 2 May 2024, gunmen shot dead a trader in Nakuru."
    )
    assert coded(text) == [
        ("Arrests", "Police Forces of Kenya (2022-)", "Civilians (Kenya)"),
        ("Attack", "Unidentified Armed Group (Kenya)", "Civilians (Kenya)"),
    ]


def test_a_label_that_names_no_development_changes_nothing(coded):
    text = "Update: On 1 May 2024, gunmen killed two farmers near Jos, Nigeria."
    assert coded(text) == [("Attack", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)")]


def test_headings_are_found_at_line_starts_with_their_reach(words):
    text = "Looting: Men took food.\nDeployment: Troops came.\n\nThe market: it reopened."
    found = find_headings(text, words)
    assert [(h.span.text, h.sub_event_type, h.reach_end) for h in found] == [
        ("Looting", S.LOOTING, 24),
        ("Deployment", S.CHANGE_TO_GROUP, 48),
    ]


def test_a_colon_inside_a_sentence_is_no_heading(words):
    assert find_headings("The police said: arrests followed.", words) == ()


def test_a_short_heading_must_be_spelled_right(words):
    assert words.kind("Arest") is None
    assert words.kind("ARRESTS") is S.ARRESTS


def test_a_heading_list_naming_no_sub_event_type_is_refused():
    with pytest.raises(ModelError, match="'Skirmish' is no ACLED sub-event type"):
        HeadingWords.load("Skirmish:\n  - firefight\n")


def test_a_heading_list_that_is_no_mapping_is_refused():
    with pytest.raises(ModelError, match="must map sub-event types"):
        HeadingWords.load("- defusal\n")


def test_a_one_word_heading_beside_no_actor_makes_no_event(coded):
    assert coded("Other: 3 percent of the voters backed the plan in the end.") == []
    assert coded("Deployment: The new app goes live across Kenya on Monday.") == []


def test_a_heading_of_several_words_needs_no_actor(coded):
    text = (
        "Security measures: On 30 April 2024, Turkey and Russia ran a joint patrol on the M4 "
        "highway near Idlib, Syria."
    )
    assert [c[0] for c in coded(text)] == ["Change to group/activity"]
