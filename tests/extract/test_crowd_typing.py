"""Typing crowds: ACLED's lines between peaceful protests, interventions, violent
demonstrations and mob violence, each pinned by a short invented report with its exact
sub-event type and actors."""

import pytest

CASES = [
    # Burning an effigy or a flag is a protest's symbol, not a riot.
    (
        "Students of Kisumu University burned an effigy of the education minister in Kisumu "
        "on Monday.",
        [("Peaceful protest", "Protesters (Kenya)", None)],
    ),
    (
        "Farmers burned the national flag outside the county offices in Nakuru, demanding "
        "better maize prices.",
        [("Peaceful protest", "Protesters (Kenya)", None)],
    ),
    # A flash mob is a form of protest: no mob, no rioters.
    (
        "About forty nurses held a flash mob protest in Porto against the new shift rules.",
        [("Peaceful protest", "Protesters (Portugal)", None)],
    ),
    # What a protest is about (its grievance) is not an act of its own, however violent.
    (
        "Residents demonstrated in Kitwe on Friday, demanding justice for a trader killed by a "
        "mob last month.",
        [("Peaceful protest", "Protesters (Zambia)", None)],
    ),
    (
        "Teachers marched in Kitale against the arrest and beating of a colleague by prison "
        "guards.",
        [("Peaceful protest", "Protesters (Kenya)", None)],
    ),
    # Engaging in an argument is no fight.
    (
        "A teacher engaged in a heated argument with a councillor during the protest in Eldoret.",
        [("Peaceful protest", "Protesters (Kenya)", None)],
    ),
    # Setting tyres on fire (the words apart) makes a demonstration violent.
    (
        "Traders blocked the Thika road and set tyres on fire in protest over new market fees.",
        [("Violent demonstration", "Rioters (Kenya)", None)],
    ),
    # State forces stopping, pushing back or foiling a demonstration intervene in it.
    (
        "Members of the Labour Party staged a protest rally in Lilongwe on Tuesday. Police "
        "stopped the rally and pushed the marchers back.",
        [("Protest with intervention", "Protesters (Malawi)", "Police Forces of Malawi")],
    ),
    (
        "Police foiled a protest march of the opposition youth wing in Lusaka on Saturday.",
        [("Protest with intervention", "Protesters (Zambia)", "Police Forces of Zambia")],
    ),
    # A crowd clashing with police over a demand is a violent demonstration...
    (
        "Workers clashed with police in Kabwe on Monday, demanding payment of their salaries.",
        [("Violent demonstration", "Rioters (Zambia)", "Police Forces of Zambia")],
    ),
    # ...a crowd attacking officers is a mob.
    (
        "A crowd attacked two police officers at a market in Kabwe on Monday.",
        [("Mob violence", "Rioters (Zambia)", "Police Forces of Zambia")],
    ),
    # Unnamed people vandalising are a mob; a gang destroying property stays an armed group.
    (
        "Unidentified persons vandalised the house of a councillor in Chipata on Sunday night.",
        [("Mob violence", "Rioters (Zambia)", "Civilians (Zambia)")],
    ),
    (
        "A gang vandalised a water pump in Chipata on Sunday night.",
        [("Looting/property destruction", "Unidentified Armed Group (Zambia)", None)],
    ),
    # A gathering whose demand is told in the next sentence is a protest.
    (
        "Members of a health workers union held a press conference with a banner in front of "
        "the ministry in Busan. They urged the government to hire more nurses.",
        [("Peaceful protest", "Protesters (South Korea)", None)],
    ),
    # Beside the words of prices, a crowd's acts stay literal when a demand or a crowd is told.
    (
        "Workers marched through Arequipa in rejection of the rise in fuel prices.",
        [("Peaceful protest", "Protesters (Peru)", None)],
    ),
    (
        "Rioters stoned a warehouse in Garissa over high prices of flour.",
        [("Violent demonstration", "Rioters (Kenya)", None)],
    ),
    # A protest called violent is a violent demonstration.
    (
        "Residents held a violent protest in Migori over the death of a boda boda rider.",
        [("Violent demonstration", "Rioters (Kenya)", None)],
    ),
]


# Where and with whom a crowd's violence is told decides its type.
SCENES = [
    # A later stage at a place next to the demonstration's, with no day of its own, is it.
    (
        "Residents marched in Ahero on Monday against the election results. They blocked the "
        "Ahero-Awasi road and burned tyres.",
        [("Violent demonstration", "Rioters (Kenya)", None)],
    ),
    # State forces facing people named rioters: a violent demonstration.
    (
        "Police clashed with rioters in Kisumu on Tuesday.",
        [("Violent demonstration", "Rioters (Kenya)", "Police Forces of Kenya (2022-)")],
    ),
    # Destruction with no demonstration, riot or road block told is a mob's.
    (
        "Youths vandalised a bus and stoned shops in Machakos on Sunday.",
        [("Mob violence", "Rioters (Kenya)", None)],
    ),
    # A rally named only as when the violence happened is its setting, not a demonstration.
    (
        "Supporters of the ruling party stoned a bus carrying opposition members in Nyeri on "
        "Sunday, ahead of a rally of the opposition.",
        [("Mob violence", "Rioters (Kenya)", None)],
    ),
    # A dispute is no demand: burning houses over it is mob violence.
    (
        "Villagers set fire to three houses in Bungoma over a land dispute on Sunday.",
        [("Mob violence", "Rioters (Kenya)", "Civilians (Kenya)")],
    ),
    # 'Workers of a factory clashed': the parser hangs the verb on 'factory'; the workers act.
    (
        "Garment workers of a factory clashed with police in Gazipur on Monday, demanding "
        "unpaid salaries.",
        [
            (
                "Violent demonstration",
                "Rioters (Bangladesh)",
                "Police Forces of Bangladesh (2024-)",
            )
        ],
    ),
    # Home-made bombs thrown by unnamed people are a mob's weapons, not explosive devices...
    (
        "Unidentified men exploded two crude bombs near a newspaper office in Khulna on Monday.",
        [("Mob violence", "Rioters (Bangladesh)", "Civilians (Bangladesh)")],
    ),
    # ...while a roadside bomb stays a remote explosive.
    (
        "A roadside bomb went off near a market in Kandahar on Monday.",
        [("Remote explosive/landmine/IED", "Unidentified Armed Group (Afghanistan)", None)],
    ),
    # What must stay as it was: a riot over a demand is a violent demonstration.
    (
        "Students rioted in Eldoret on Monday over a rise in fees.",
        [("Violent demonstration", "Rioters (Kenya)", None)],
    ),
    # A protest or its crowd called violent, or rowdy: a violent demonstration.
    (
        "Students violently protested in Nyeri on Monday over delayed loans. Police used tear "
        "gas to disperse them.",
        [("Violent demonstration", "Rioters (Kenya)", "Police Forces of Kenya (2022-)")],
    ),
    # A procession that is the target of an attack is no demonstration of the attackers.
    (
        "Supporters of the losing candidate attacked the victory procession of the winner in "
        "Kakamega on Sunday.",
        [("Mob violence", "Rioters (Kenya)", None)],
    ),
    # Demonstrators beating people there and then turn their demonstration violent.
    (
        "Truck drivers blocked the highway in Salta on Monday to demand cheaper diesel. They "
        "beat up two drivers who crossed the blockade.",
        [("Violent demonstration", "Rioters (Argentina)", "Civilians (Argentina)")],
    ),
    # What must stay as it was: a non-violent protest is peaceful.
    (
        "Members of the teachers union held a non-violent protest in Salta on Monday.",
        [("Peaceful protest", "Protesters (Argentina)", None)],
    ),
    # What follows a violent demonstration in its aftermath stays that demonstration.
    (
        "Protesters set fire to the municipal building in Kisumu on Friday. The building "
        "burned for hours.",
        [("Violent demonstration", "Rioters (Kenya)", None)],
    ),
]


# Who intervenes in a demonstration, and how.
INTERVENTIONS = [
    # Only the state arrests: protesters arrested, with no agent named, is an intervention.
    (
        "Nurses held a rally outside the health ministry in Lusaka on Monday. At least two "
        "protesters were arrested.",
        [("Protest with intervention", "Protesters (Zambia)", None)],
    ),
    # A rival party's members assaulting the demonstrators intervene (they are rioters).
    (
        "Members of the Awami League assaulted members of the BNP during the BNP "
        "demonstration in Rajshahi on Monday.",
        [("Protest with intervention", "Protesters (Bangladesh)", "Rioters (Bangladesh)")],
    ),
    # Force used against people who gathered with a demand, or to stop a party's march.
    (
        "Police used force against villagers who had gathered and chanted slogans against the "
        "mine in Solwezi on Monday.",
        [("Protest with intervention", "Protesters (Zambia)", "Police Forces of Zambia")],
    ),
    (
        "Police forces used force to stop the march of the BNP in Rajshahi on Monday.",
        [
            (
                "Protest with intervention",
                "Protesters (Bangladesh)",
                "Police Forces of Bangladesh (2024-)",
            )
        ],
    ),
    # What must stay as it was: the arrest that says who the protesters are is no arrest here.
    (
        "Relatives of detained activists staged a sit-in outside the court in Lusaka on Monday, "
        "demanding their release.",
        [("Peaceful protest", "Protesters (Zambia)", None)],
    ),
]


# Protests that were missed: forms of protest with a demand, and demands misread as wishes.
MISSED = [
    (
        "Three activists occupied a forest near Kassel on Monday to demand its preservation.",
        [("Peaceful protest", "Protesters (Germany)", None)],
    ),
    (
        "Around forty farmers drove at a slow pace on the motorway near Rennes on Monday to "
        "denounce fuel prices.",
        [("Peaceful protest", "Protesters (France)", None)],
    ),
    # A strike 'called by the unions' was called: no wish that blocks the gathering.
    (
        "As part of a national strike called by the unions, teachers gathered in Cork on Monday "
        "to call for smaller classes.",
        [("Peaceful protest", "Protesters (Ireland)", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MISSED)
def test_missed_protests(coded, text, expected):
    assert coded(text) == expected


def test_occupying_a_town_with_no_demand_is_no_protest(coded):
    """What must stay as it was: an occupation with no demand told is no protest."""
    assert coded("Rebels occupied the town of Kidal on Monday.") == []


@pytest.mark.parametrize(("text", "expected"), INTERVENTIONS)
def test_interventions(coded, text, expected):
    assert coded(text) == expected


@pytest.mark.parametrize(("text", "expected"), SCENES)
def test_crowd_scenes(coded, text, expected):
    assert coded(text) == expected


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_crowd_typing(coded, text, expected):
    assert coded(text) == expected


def test_state_stopping_without_a_demonstration_is_no_event(coded):
    """What must stay as it was: stopping a convoy, with no demonstration told, is nothing."""
    assert coded("The army stopped a convoy of trucks near Mopti on Sunday.") == []


def test_lockdown_to_prevent_spread_is_no_intervention(coded):
    """A state's measure 'to prevent the spread' stops no crowd: the protest stays peaceful."""
    text = (
        "Taxi drivers demonstrated in Lusaka on Monday to demand the right to work during the "
        "lockdown ordered by the government to prevent the spread of the virus."
    )
    assert coded(text) == [("Peaceful protest", "Protesters (Zambia)", None)]


def test_market_words_still_silence_a_march_to_victory(coded):
    """What must stay as it was: 'marched to victory' beside market words is no protest."""
    assert coded("Shares in the bank marched to victory as prices rose in Nairobi.") == []
