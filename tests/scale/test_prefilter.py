"""The relevance prefilter: texts written for these tests, one phenomenon each."""

import pytest

from sitrep.scale.prefilter import Prefilter


@pytest.fixture(scope="module")
def prefilter() -> Prefilter:
    return Prefilter.load()


FILLER = (
    "The council met on Tuesday to discuss the budget for the coming year. Members spoke "
    "about roads, schools and the new library, and agreed to meet again next month. "
) * 6  # about 170 words: long enough that a single ambiguous word is not enough


@pytest.mark.parametrize(
    "text",
    [
        "Fighters clashed with the army near the bridge.",
        "An airstrike hit the market.",
        "Hundreds of protesters marched to the governor's office.",
        "Gunmen abducted two teachers on the road to the village.",
        "Daesh claimed the bombing.",
        FILLER + "Police fired live ammunition at the crowd." + FILLER,
        FILLER + "Troops were killed when the convoy was hit." + FILLER,
    ],
)
def test_conflict_reports_pass(prefilter: Prefilter, text: str) -> None:
    assert prefilter.passes(text)


@pytest.mark.parametrize(
    "text",
    [
        FILLER,
        FILLER + "The outbreak has killed 40 people, health officials said." + FILLER,
        FILLER + "He scored twice as the home team fought back to win the cup." + FILLER,
        FILLER + "Nurses gave each child a flu shot, and the clinic will fight the virus." + FILLER,
        FILLER + "Let the record show that the return of the ferry was welcome." + FILLER,
        "",
    ],
)
def test_texts_without_signs_of_conflict_are_passed_over(prefilter: Prefilter, text: str) -> None:
    assert not prefilter.passes(text)


def test_a_short_note_passes_on_one_ambiguous_act(prefilter: Prefilter) -> None:
    assert prefilter.passes("Two men were killed in the market on Monday.")
    assert not prefilter.passes(FILLER + "Two men were killed in the market on Monday.")


def test_an_act_needs_an_agent_of_force_nearby(prefilter: Prefilter) -> None:
    near = FILLER + "Soldiers arrested the mayor." + FILLER
    far = FILLER + "Soldiers visited. " + FILLER + " The mayor was arrested." + FILLER
    assert prefilter.passes(near)
    assert not prefilter.passes(far)


def test_inflected_forms_of_lexicon_triggers_count(prefilter: Prefilter) -> None:
    for word in ("shelled", "ambushed", "kidnapping", "looted", "besieged"):
        assert prefilter.passes(f"{FILLER} The town was {word}. {FILLER}"), word


def test_one_word_group_names_match_only_with_their_capitals(prefilter: Prefilter) -> None:
    assert prefilter.passes(FILLER + "A statement from LeT was read out." + FILLER)
    assert not prefilter.passes(FILLER + "let them read it out." + FILLER)


def test_explain_lists_the_signs_found(prefilter: Prefilter) -> None:
    found = prefilter.explain("Police fired tear gas at protesters.")
    assert "agent:police" in found
    assert "strong:tear gas" in found
    assert "strong:protesters" in found


def test_cues_the_lexicon_marks_weak_need_an_agent_nearby(prefilter: Prefilter) -> None:
    alone = FILLER + "Hand washing helps prevent the spread of the virus." + FILLER
    assert not prefilter.passes(alone)
    assert "act:prevent" in prefilter.explain(alone)
    beside = FILLER + "Police prevented the marchers from reaching the square." + FILLER
    assert prefilter.passes(beside)


def test_everyday_acts_of_the_lexicon_need_an_agent_of_force(prefilter: Prefilter) -> None:
    sport = FILLER + "The striker will kick off the season, and fans hope to encounter no delay."
    assert not prefilter.passes(sport + FILLER)


def test_a_heading_naming_a_development_passes(prefilter: Prefilter) -> None:
    text = "Displacement: about 2,400 refugees arrived in Prague on 3 June and were registered."
    assert prefilter.passes(text)
    assert not prefilter.passes("About 2,400 visitors arrived in Prague on 3 June.")
