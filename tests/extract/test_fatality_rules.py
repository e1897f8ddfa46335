"""ACLED's fatality rules on short reports written for these tests: harm short of death told
beside the dead, victims added by a preposition, a definite group that restates the dead, fates
listed with 'or', mass graves, and a split stated with its verb as the sentence's root."""

import pytest

from sitrep.extract.quantities import fatalities


def _count(nlp, text: str) -> int | None:  # type: ignore[no-untyped-def]
    found = fatalities(next(nlp(text).sents))
    return None if found is None else found.value


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a nominal injury joined to the dead is not a further victim
        (
            "Mortars hit the market, which led to the killing of 4 traders and the injuring of "
            "several others.",
            4,
        ),
        ("The ambush resulted in the death of 7 guards and the wounding of others.", 7),
        # a bare mass noun joined to the dead names nobody
        ("The blast resulted in the death of the 5 drivers and information about damage.", 5),
        # subjects joined by 'and' are all victims
        ("A rebel captain and three of his bodyguards were killed in a drone strike.", 4),
        # the number counts, not an article the parser hung on the noun
        ("As a result 8 fighter of the militia were killed.", 8),
    ],
)
def test_who_is_counted_beside_the_dead(nlp, sentence, expected):  # type: ignore[no-untyped-def]
    assert _count(nlp, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("At least 20 soldiers and rebels were killed in addition to 3 farmers.", 23),
        ("Bandits killed two herders in addition to a trader.", 3),
        ("Four guards were killed along with 2 passers-by.", 6),
    ],
)
def test_victims_added_by_a_preposition(nlp, sentence, expected):  # type: ignore[no-untyped-def]
    assert _count(nlp, sentence) == expected


def test_a_definite_group_restates_the_dead(nlp):  # type: ignore[no-untyped-def]
    text = (
        "Raiders killed 4 miners they had seized, and police found the bodies of the four miners."
    )
    sent = next(nlp(text).sents)
    count = fatalities(sent)
    assert count is not None and count.value == 4


def test_a_definite_group_alone_is_a_total(nlp):  # type: ignore[no-untyped-def]
    count = fatalities(next(nlp("Witnesses said the two porters were killed at the well.").sents))
    assert count is not None and (count.value, count.total) == (2, True)


@pytest.mark.parametrize(
    "sentence",
    [
        "On 3 June, 6 militants were killed, injured or captured in the sweep.",
        "Four policemen were killed or wounded in the ambush.",
        "Investigators uncovered a mass grave holding the bodies of 12 villagers killed by "
        "the rebels.",
    ],
)
def test_no_count_of_this_events_dead(nlp, sentence):  # type: ignore[no-untyped-def]
    assert _count(nlp, sentence) is None


def test_a_split_told_with_its_verb_first(extracted):  # type: ignore[no-untyped-def]
    text = (
        "Rebels clashed with the army in Kafr Nabl and Maarat al-Numan villages in Idleb, with "
        "deaths on both sides. Unknown number of fatalities coded as 10. "
        "Distributed fatalities over the activities in Kafr Nabl and Maarat al-Numan."
    )
    [event] = extracted(text)
    assert event.fatalities == 5


def test_a_definite_retelling_does_not_add(extracted):  # type: ignore[no-untyped-def]
    text = (
        "Two porters were killed near Garissa by unknown gunmen. Police believe the motive was "
        "theft, since the two porters were killed near the market."
    )
    [event] = extracted(text)
    assert event.fatalities == 2


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a killing told as the state a victim was found, confirmed or left in
        ("3 militia fighters were confirmed killed in the fighting.", 3),
        ("A trader from the market is discovered murdered by unknown men.", 1),
        ("The raid left the nephew of a local chief shot dead in Garissa.", 1),
        # the whole toll as it later stood
        ("Medics said the final fatality count later rose to 9.", 9),
        # a counted group described as dead
        ("12 more deceased villagers were pulled from the rubble the next day.", 12),
        # property and animals beside the dead are not victims
        ("The raid caused the death of one and several houses destroyed.", 1),
    ],
)
def test_more_ways_the_dead_are_told(nlp, sentence, expected):  # type: ignore[no-untyped-def]
    assert _count(nlp, sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "It is not known whether the guard was killed or died of other causes.",
        "(4 others feared dead in an earlier report but not confirmed)",
        "Friends of a deceased teacher staged a protest in the town.",
    ],
)
def test_uncertain_or_earlier_deaths_are_not_counted(nlp, sentence):  # type: ignore[no-untyped-def]
    assert _count(nlp, sentence) is None


def test_a_count_told_before_any_act_is_the_next_events(extracted):  # type: ignore[no-untyped-def]
    text = (
        "On 3 March 2024, the bodies of three herders were found near Garissa. "
        "They had been shot by unknown gunmen."
    )
    events = extracted(text)
    assert events and events[0].fatalities == 3


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("1 fatality.", 1), ("At least 3 dead.", 3), ("Total 7 fatalities.", 7)],
)
def test_a_closing_tally_is_the_coders_figure(nlp, sentence, expected):  # type: ignore[no-untyped-def]
    count = fatalities(next(nlp(sentence).sents))
    assert count is not None and (count.value, count.stated, count.total) == (expected, True, True)


def test_a_closing_tally_is_the_lead_events_figure(extracted):  # type: ignore[no-untyped-def]
    text = (
        "On 4 May 2022, in Garissa, gunmen shot and injured a trader near the market. "
        "In a different incident, a man was shot and killed near the bus station. 1 fatality."
    )
    events = extracted(text)
    assert events[0].fatalities == 1


def test_dead_told_after_a_part_of_the_act_count_for_the_act(extracted):  # type: ignore[no-untyped-def]
    text = (
        "Rebel fighters carried out an attack on army positions near Saraqib in Idlib. "
        "The attack was accompanied by 2 suicide bombings with explosive belts. "
        "At least 5 rebel fighters were killed."
    )
    events = extracted(text)
    assert events[0].fatalities == 5


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A thief who had killed a shopkeeper was caught by a crowd and killed in the market.", 1),
        ("Villagers lynched a trader after he confessed to killing a child.", 1),
        ("Gunmen ambushed the convoy killing the commander of the unit and one of his guards.", 2),
        ("Raiders struck at dawn - 12 houses razed.", None),
    ],
)
def test_whose_death_is_this_events(nlp, sentence, expected):  # type: ignore[no-untyped-def]
    assert _count(nlp, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("1 killed 3 injured.", 1),
        ("Raids by bandits - 4 killed/ 30 huts burnt/ 100 goats stolen", 4),
        ("3 were killed or wounded.", None),
    ],
)
def test_a_tally_in_a_list_of_tallies(nlp, sentence, expected):  # type: ignore[no-untyped-def]
    assert _count(nlp, sentence) == expected


def test_a_toll_naming_who_told_it_completes_the_event(extracted):  # type: ignore[no-untyped-def]
    text = (
        "On 2 May 2024, soldiers clashed with al-Shabaab fighters near Mandera. "
        "Al-Shabaab confirmed 3 fatalities."
    )
    events = extracted(text)
    assert events[0].fatalities == 3


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a noun sharing the article of the one it is joined to is a victim
        ("A woman and child were killed when the shell hit their house.", 2),
        ("A drug and kidnapping suspect was killed during the raid.", 1),
        # 'in addition to' before the verb adds an act, not victims
        (
            "In addition to an attack on a chief in Wajir, two elders were killed in Mandera.",
            2,
        ),
        # a death told as possible
        ("He may have been killed because of his reporting.", None),
        # the dead of another event named in passing
        ("Relatives of two deceased leaders, who died in a crash, staged a protest.", None),
    ],
)
def test_edges_of_the_counting_rules(nlp, sentence, expected):  # type: ignore[no-untyped-def]
    assert _count(nlp, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # groups listed after the first, however parsed, add to it
        ("4 police officers, 6 militia fighters, and 3 rebels were confirmed killed.", 13),
        ("Gunmen killed 3 farmers, 2 herders and a trader.", 6),
        ("Gunmen killed 2 soldiers, 1 policeman and 1 civilian.", 4),
        # ... unless they say who a count of people in general were
        ("The blast killed 5 people, 3 soldiers and 2 civilians.", 5),
        # an ordinal inside a unit's name is not the count
        ("2 3rd Brigade soldiers were killed when their truck hit a mine.", 2),
    ],
)
def test_lists_and_breakdowns(nlp, sentence, expected):  # type: ignore[no-untyped-def]
    assert _count(nlp, sentence) == expected


def test_a_count_the_sentencer_split_off(extracted):  # type: ignore[no-untyped-def]
    text = (
        "Regime forces clashed with rebels in Arbin in Rural Damascus. "
        "2 Rahman Corp fighters were confirmed killed in the clashes."
    )
    events = extracted(text)
    assert events[0].fatalities == 2


def test_no_casualties_is_no_death_and_the_lowest_figure(nlp):  # type: ignore[no-untyped-def]
    text = (
        "Most sources reported that there were no casualties, while one source claimed that 40 "
        "were killed."
    )
    assert _count(nlp, text) == 0


def test_a_passive_subject_hung_on_a_place_is_counted(extracted):
    text = "On 2 May, in Feira de Santana, Bahia, a suspect was killed in a shootout with police."
    assert [e.fatalities for e in extracted(text)] == [1]


def test_someone_new_whose_body_is_found_is_counted_once(extracted):
    assert [e.fatalities for e in extracted("A man's body was found near Kitale, Kenya.")] == [1]
    told = "Gunmen killed a woman near Kitale, Kenya. Her body was found the next day."
    assert [e.fatalities for e in extracted(told)] == [1]
