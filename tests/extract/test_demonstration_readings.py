"""Readings of a demonstration's words (session 16): road blocks with a purpose, burnt
symbols named on the burning word, clauses that tell what a demonstration answers, and
demonstrations ACLED marks as coded separately."""

import pytest

CASES = [
    # People who block a road to get something done protest; a force blocking one does not.
    (
        "On 4 May 2021, residents of Kisumu blocked the roads to prevent lorries from "
        "dumping waste near their homes.",
        [("Peaceful protest", "Protesters (Kenya)", None)],
    ),
    (
        "On 4 May 2021, soldiers blocked the road to Kismayo to prevent al-Shabaab fighters "
        "from entering the town.",
        [],
    ),
    # A burning word hung on what burns: a symbol burnt is a peaceful protest.
    (
        "On 9 June 2022, students staged a protest by burning effigies of the education "
        "minister in Kisumu.",
        [("Peaceful protest", "Protesters (Kenya)", None)],
    ),
    (
        "On 9 June 2022, students staged an effigy burning in Kisumu against the minister.",
        [("Peaceful protest", "Protesters (Kenya)", None)],
    ),
    # What a demonstration answers, told in a clause after it, is no act at it.
    (
        "On 2 March 2022, students carried out a protest in Kisumu against police brutality, "
        "after a hawker was beaten by police officers.",
        [("Peaceful protest", "Protesters (Kenya)", None)],
    ),
    (
        "On 2 March 2022, students marched in Kisumu after police had shot a classmate.",
        [("Peaceful protest", "Protesters (Kenya)", None)],
    ),
    # A crowd on the rampage, or blocking a road with felled trunks, is violent.
    (
        "On 9 June 2022, students of Kisii High School went on the rampage in Kisii, "
        "protesting the expulsion of their classmates.",
        [("Violent demonstration", "Rioters (Kenya)", None)],
    ),
    (
        "On 1 July 2024, traders staged a demonstration by throwing tree trunks on a road in "
        "Jamalpur, demanding the release of their leader.",
        [("Violent demonstration", "Rioters (Bangladesh)", None)],
    ),
    # A crowd's tactic told after its grievance is the crowd's act, not part of the grievance.
    (
        "On 9 June 2026, hundreds of residents of Ikorodu, Nigeria, took to the streets to "
        "protest against the killing of a motorcyclist by a police officer, burning tyres and "
        "blocking the main road.",
        [("Violent demonstration", "Rioters (Nigeria)", None)],
    ),
    # A blockade with vehicles that the report calls peaceful is a peaceful protest.
    (
        "On 4 May 2026, farmers blocked motorways around Lyon with tractors to protest against "
        "cheap imports, and police said the blockades were peaceful.",
        [("Peaceful protest", "Protesters (France)", None)],
    ),
    (
        "On 4 May 2026, farmers blocked motorways around Lyon with tractors to protest against "
        "cheap imports.",
        [("Violent demonstration", "Rioters (France)", None)],
    ),
    # Home-made bombs named with capitals are a crowd's weapons, not a name.
    (
        "On 17 April 2022, around 20 youths threw Molotov Cocktails at vehicles in Lyon, France.",
        [("Mob violence", "Rioters (France)", None)],
    ),
    # Placards shown or eggs thrown with a demand, and a pride march, are protests.
    (
        "On 29 April 2022, union members displayed placards outside the city government in "
        "Kaohsiung, Taiwan, demanding higher wages.",
        [("Peaceful protest", "Protesters (Taiwan)", None)],
    ),
    (
        "On 22 February 2022, residents threw eggs at the town hall in Tlaxcala, Mexico, to "
        "demand the dismissal of the mayor.",
        [("Peaceful protest", "Protesters (Mexico)", None)],
    ),
    (
        "On 28 June 2022, students carried out an LGBT Pride March in Rosario, Argentina.",
        [("Peaceful protest", "Protesters (Argentina)", None)],
    ),
    # ...but force met at the demonstration itself is still told.
    (
        "On 2 March 2022, students marched in Kisumu. Police fired tear gas to disperse them.",
        [("Protest with intervention", "Protesters (Kenya)", "Police Forces of Kenya (2013-2022)")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_demonstration_readings(coded, text, expected):
    assert coded(text) == expected


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            "Workers vandalized cars in Dhaka, following a clash during their demonstration "
            "demanding higher wages earlier in the day (coded separately).",
            False,
        ),
        (
            "Workers vandalized cars in Dhaka during a demonstration, after a clash during a "
            "previous demonstration (coded separately).",
            True,
        ),
        ("Workers vandalized cars in Dhaka during their demonstration.", True),
        # a demonstration owned by a named side and set around the act is another event
        (
            "Assailants torched the house of a party leader in Rajbari, amid ongoing "
            "demonstrations of the opposition.",
            False,
        ),
        ("Youths torched a bus in Rajbari amid the protests.", True),
    ],
)
def test_set_apart(nlp, text, told):
    from sitrep.extract.crowd_scene import demonstration_told

    assert demonstration_told(nlp(text)) is told


ARMED_CROWDS = [
    # Unnamed people who shoot and burn are armed men, not a mob.
    (
        "On 2 May 2021, a group of people shot at a police checkpoint in Kisumu and burned "
        "four vehicles.",
        "Armed clash",
    ),
    # Men named by an armed trade beat as a force.
    ("On 6 May 2021, paramilitaries beat a civilian in Gulu town.", "Attack"),
    # ...while a crowd's beating stays a mob's.
    ("On 6 May 2021, villagers beat a suspected thief in Gulu town.", "Mob violence"),
    # Crowds of a celebration, or on their way to a demonstration, are no demonstrators.
    (
        "On 22 May 2022, a clash ensued between supporters of the NC and supporters of the "
        "UML, marching in a UML victory rally in Birgunj, Nepal.",
        "Mob violence",
    ),
    (
        "On 17 September 2023, members of the Awami League set fire to a bus carrying BNP "
        "members in Natore, Bangladesh, when they were on their way to join a protest march.",
        "Mob violence",
    ),
    # A fight between crowds named by a trade or by whom they follow is a mob's...
    (
        "On 30 June 2022, a clash took place between two student groups at a university in "
        "Karachi, Pakistan, injuring five students.",
        "Mob violence",
    ),
    (
        "On 13 May 2022, a clash ensued between cadres of the NC and cadres of the UML at a "
        "polling station in Jumla, Nepal.",
        "Mob violence",
    ),
    # ...one between clans or armed groups is a clash.
    (
        "On 19 April 2022, one man was wounded during clashes between two Taliban groups in Kabul.",
        "Armed clash",
    ),
    # Party men who burn a rival's house amid their rivals' demonstrations are a mob.
    (
        "On 25 October 2023, members of the Awami League set fire to the house of a BNP "
        "leader in Jessore, amid ongoing demonstrations of the BNP.",
        "Mob violence",
    ),
]


@pytest.mark.parametrize(("text", "sub"), ARMED_CROWDS)
def test_armed_crowds(coded, text, sub):
    assert [s for s, _, _ in coded(text)] == [sub]


def test_one_reader_of_demonstrations_told(nlp):
    from sitrep.extract.crowd_scene import demonstration_scene, demonstration_told

    doc = nlp("Youths looted shops following a rally by the opposition. The shops burned.")
    assert demonstration_told(doc) is False  # the rally is the background
    assert demonstration_told(doc, plainly=True) is True  # ...but it is named
    second = list(doc.sents)[1]
    assert demonstration_told(doc, until=second.start_char, plainly=True) is True
    assert demonstration_told(doc, until=10, plainly=True) is False
    assert demonstration_scene(second) is True  # a demonstration named before the sentence
