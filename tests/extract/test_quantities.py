"""Fatality counts from real parses of sentences written for these tests."""

import pytest

from sitrep.extract.quantities import fatalities


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Gunmen killed five farmers in the village.", 5),
        ("Three soldiers were killed when their vehicle hit a mine.", 3),
        ("The blast killed 12 people and wounded 30.", 12),
        ("No fatalities were reported.", 0),
        ("Dozens of people were killed in the raid.", 12),
        ("The attack killed two policemen and three civilians.", 5),
        ("Seven people were injured in the attack.", None),
        ("The militants stormed the town.", None),
        ("The strikes led to the killing of 5 civilians.", 5),
        ("A man was shot and killed in the city centre.", 1),
        ("Fighting between rival herders left 5 dead near the border.", 5),
        ("Lawyer killed at her home by unknown gunmen", 1),
        ("The motorist strangled the officer to death.", 1),
        ("Militants killed thirty-two people in the village.", 32),
        ("Twenty-seven soldiers were killed in the ambush.", 27),
        ("Two hundred people were killed.", 200),
        ("Dozens were killed in the attack.", 12),
        ("A dozen people were killed.", 12),
        ("At least 15 people were killed.", 15),
        ("The attack killed 1,200 people.", 1200),
        ("Gunmen shot dead a shopkeeper in the market.", 1),
        ("Chief killed at his home in the hills", 1),
        ("Nine are dead and six are injured after the fight.", 9),
        ("A number of fighters were killed and injured by the explosion.", 10),
        ("A woman was killed and her body was left on the highway.", 1),
        ("Teachers marched against the killing of a colleague.", None),
        ("He was suspected of killing two police officers.", None),
        ("Gunmen tried to kill a commander.", None),
        ("The officer was sentenced to death for killing her husband.", None),
        ("Two men were found dead near the river.", 2),
        ("The bodies of three men were found on the outskirts.", 3),
        ("The mine exploded, resulting in the death of the driver.", 1),
        ("No one was killed in the attack.", 0),
        ("A suspect was shot and died.", 1),
        ("Raiders attack herders; one killed", 1),
        ("He was killed in the attack.", 1),
    ],
)
def test_deaths_not_injuries(nlp, sentence, expected):
    count = fatalities(next(nlp(sentence).sents))
    assert (count.value if count else None) == expected


@pytest.mark.parametrize(
    ("sentence", "total"),
    [
        ("1 fatality, 1 injury.", True),
        ("The death toll rose to 14.", True),
        ("Two men died.", False),
    ],
)
def test_a_stated_toll_is_a_total(nlp, sentence, total):
    count = fatalities(next(nlp(sentence).sents))
    assert count is not None and count.total is total


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Unknown fatalities coded as 10.", 10),
        ("An unknown number of fatalities coded as 10.", 10),
        ("Fatalities coded as 2 (another outlet reported 6).", 2),
        ("Gunmen killed 7 guards. Fatalities coded as 0.", 0),
        ("Unclear fatalities coded as 9 and split between 3 locations.", 3),
        ("Fatalities coded as 10 and split between 3 events.", 3),
        ("4 fatalities split evenly between Ayla and Bora.", 2),
        ("The village was coded as Tamra.", None),
    ],
)
def test_a_coders_stated_figure_is_the_total(nlp, sentence, expected):
    sents = list(nlp(sentence).sents)
    count = fatalities(sents[-1])
    assert (count.value if count else None) == expected
    assert count is None or count.total


@pytest.mark.parametrize(
    "sentence",
    [
        "One guard was killed or wounded by a sniper.",
        "Farmers rioted following the killing of a herder.",
        "Students marched after the death of a classmate.",
        "Villagers marched, calling for justice for a teacher killed by gunmen.",
    ],
)
def test_no_death_of_this_event(nlp, sentence):
    assert fatalities(next(nlp(sentence).sents)) is None


def test_deaths_of_a_time_recalled_are_not_counted(nlp):
    sentence = (
        "A suicide bomber killed 11 people at a mosque in Kirkuk on Friday, the deadliest "
        "attack in the city since 2019, when a car bomb killed 28 people."
    )
    count = fatalities(next(nlp(sentence).sents))
    assert count is not None and count.value == 11


def test_an_attempted_killing_is_no_death(nlp):
    sent = next(nlp("Gunmen fired on the convoy in an attempt to assassinate the mayor.").sents)
    assert fatalities(sent) is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("On 3 May, 3 IS militants were killed by the army near the town.", 3),
        ("The army killed five suspected IS militants at a checkpoint.", 5),
        ("On 10 March militants were killed.", None),
        ("A man shot dead his neighbour in the village.", 1),
        ("A trader was shot dead by two gunmen in the market, 1 fatality", 1),
        ("The raid killed 7 people, bringing the death toll to 12.", 7),
    ],
)
def test_counts_the_parser_splits(nlp, sentence, expected):
    count = fatalities(next(nlp(sentence).sents))
    assert (count.value if count else None) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Grenade attack kills school guard and injures member of a charity", 1),
        ("Rebels shelled the villages, killing 1 civilian and causing material damage.", 1),
    ],
)
def test_a_second_act_is_no_second_victim(nlp, sentence, expected):
    count = fatalities(next(nlp(sentence).sents))
    assert (count.value if count else None) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("On Monday, one farmer was killed two others wounded when a mine exploded.", 1),
        ("The shelling caused damage and led to the death of an old man from injuries.", 1),
        ("Militants killed 12 soldiers of the Kenyan Army and the National Police Service.", 12),
        ("The fighting left 8 herders killed, 5 from one clan and 3 from the other.", 8),
        ("Airstrikes killed 25 civilians, while other sources said that 37 civilians died.", 25),
        ("In Garissa, Kenya, a trader was killed by gunmen.", 1),
        ("Ali Omar and Hassan Abdi were killed by gunmen.", 2),
    ],
)
def test_one_group_counted_once(nlp, sentence, expected):
    count = fatalities(next(nlp(sentence).sents))
    assert (count.value if count else None) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A cyclist was on Sunday shot dead on the Garsen road near the bridge.", 1),
        ("A shop guard fatally shot a customer at the market.", 1),
        ("Tear gas caused the death by suffocation of a passer-by.", 1),
        ("A man was shot in the leg.", None),
    ],
)
def test_deaths_the_parser_hides(nlp, sentence, expected):
    count = fatalities(next(nlp(sentence).sents))
    assert (count.value if count else None) == expected


def test_shot_dead_parsed_as_dead_is_counted_once(nlp):
    sent = next(nlp("Unknown gunmen aboard a car shot dead a court clerk in the market.").sents)
    count = fatalities(sent)
    assert count is not None and count.value == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Traders protested after a hawker was killed by a lorry driver.",
        "Nurses staged a protest after a colleague was murdered by a patient.",
        "Farmers staged a protest, demanding the arrest of men who beat and killed a herder.",
        "Mourners marched carrying the bodies of 4 students killed in the town (coded separately).",
        "Teachers held a vigil for the disaster, which caused the death of 30 pupils.",
    ],
)
def test_deaths_a_protest_is_about(nlp, sentence):
    assert fatalities(next(nlp(sentence).sents)) is None


def test_a_coders_zero_is_a_stated_figure(nlp):
    count = fatalities(next(nlp("Fatalities coded as 0 (a local outlet reported 3).").sents))
    assert count is not None and (count.value, count.total, count.stated) == (0, True, True)


@pytest.mark.parametrize(
    ("sentence", "divisor"),
    [
        ("Fatalities distributed over two locations.", 2),
        ("Fatalities divided over both events.", 2),
        ("Distributed fatalities over the activities in Ayla, Bora and Cana.", 3),
    ],
)
def test_a_split_told_apart_from_the_figure_gives_the_divisor(nlp, sentence, divisor):
    count = fatalities(next(nlp(sentence).sents))
    assert count is not None and (count.value, count.stated, count.divisor) == (0, True, divisor)


def test_a_split_that_names_each_share_gives_the_share(nlp):
    sentence = "Fatalities distributed over two locations: one for Ayla and one for Bora."
    count = fatalities(next(nlp(sentence).sents))
    assert count is not None and (count.value, count.stated, count.total) == (1, True, True)


def test_a_split_told_with_the_figure_gives_the_share(nlp):
    text = (
        "Shelling killed 4 civilians in Ayla and Bora, with fatalities distributed over both towns."
    )
    count = fatalities(next(nlp(text).sents))
    assert count is not None and count.value == 2
    bracket = fatalities(next(nlp("Fatalities are split across 2 events (4).").sents))
    assert bracket is not None and (bracket.value, bracket.total) == (4, True)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Police pursued the raiders and killed many.", 10),
        ("1 killed - linked to the by-election", 1),
        ("No deaths confirmed, but coding fatalities to one for the driver.", 1),
    ],
)
def test_headline_and_coder_forms(nlp, sentence, expected):
    count = fatalities(next(nlp(sentence).sents))
    assert (count.value if count else None) == expected


def test_a_tally_after_the_story_is_a_total(nlp):
    doc = nlp("Six men attacked and killed a shopkeeper near the town. 1 killed.")
    count = fatalities(list(doc.sents)[-1])
    assert count is not None and (count.value, count.total) == (1, True)


def test_a_sentence_is_counted_once_per_document(nlp):
    """The figure is kept in the Doc: asked again, the same Count comes back."""
    from sitrep.extract.quantities import FATALITIES_KEY

    doc = nlp("Gunmen killed five farmers in the village. Police arrived later.")
    first, second = doc.sents
    count = fatalities(first)
    assert count is not None and count.value == 5
    assert fatalities(first) is count
    assert fatalities(second) is None
    assert doc.user_data[FATALITIES_KEY] == {
        (first.start, first.end): count,
        (second.start, second.end): None,
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'to death' read at the verb only when the report has the word 'death'
        ("The mob beat the thief to death.", 1),
        ("The mob beat the thief to DEATH.", 1),
        ("The mob beat the thief badly.", None),
        # a death word in another sentence does not make this one count
        ("Gunmen beat two men. Their death was confirmed later.", None),
    ],
)
def test_beaten_to_death_with_and_without_the_word(nlp, text, expected):
    count = fatalities(next(nlp(text).sents))
    assert (count.value if count else None) == expected
