"""Actors the text leaves unnamed or misplaced: ACLED's stand-ins, targets and crowds, and the
country they take when no place resolves (the country the report's own words name)."""

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # violence against civilians: the unnamed target is Civilians of the event's country
        (
            "Gunmen shot dead a trader near Kisumu on Monday.",
            [("Attack", "Unidentified Armed Group (Kenya)", "Civilians (Kenya)")],
        ),
        # no place resolves: the country comes from a nationality in the text
        (
            "Sudanese troops shot dead two herders on Monday.",
            [("Attack", "Military Forces of Sudan (2019-)", "Civilians (Sudan)")],
        ),
        (
            "Unknown gunmen abducted a teacher on Monday, Kenyan police said.",
            [
                (
                    "Abduction/forced disappearance",
                    "Unidentified Armed Group (Kenya)",
                    "Civilians (Kenya)",
                )
            ],
        ),
        # nothing names a country: the names stay without one
        (
            "Gunmen shot dead a trader on Monday.",
            [("Attack", "Unidentified Armed Group", "Civilians")],
        ),
        # a crowd is never the state; a peaceful protest has no second actor
        (
            "Hundreds of nurses marched in Nairobi on Tuesday, demanding that the government "
            "pay their arrears.",
            [("Peaceful protest", "Protesters (Kenya)", None)],
        ),
        (
            "Police dispersed a march by traders in Mombasa on Wednesday.",
            [("Protest with intervention", "Protesters (Kenya)", "Police Forces of Kenya (2022-)")],
        ),
        # a party's members fighting are rioters, the party their associated actor
        (
            "Members of the Awami League attacked a rival group's office in Dhaka on Sunday, "
            "injuring five people.",
            [("Mob violence", "Rioters (Bangladesh)", "Civilians (Bangladesh)")],
        ),
        (
            "Supporters of the BNP and the Awami League clashed in Comilla on Sunday.",
            [("Mob violence", "Rioters (Bangladesh)", "Rioters (Bangladesh)")],
        ),
    ],
)
def test_unnamed_and_crowd_actors(coded, text, expected):
    assert coded(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # who fends off an attack is its target; the attack's own agent attacked
        (
            "Soldiers repelled an attack by al-Shabaab fighters near Jowhar on Tuesday.",
            [("Armed clash", "Al Shabaab", "Military Forces of Somalia (2022-)")],
        ),
        # who planted the weapon used it
        (
            "A woman was wounded on Monday by the explosion of a landmine planted by Boko Haram "
            "near Bama.",
            [
                (
                    "Remote explosive/landmine/IED",
                    "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad",
                    "Civilians (Nigeria)",
                )
            ],
        ),
        # a hedged identification names the actor
        (
            "Armed men believed to be members of al-Shabaab killed three farmers near Jowhar on "
            "Tuesday.",
            [("Attack", "Al Shabaab", "Civilians (Somalia)")],
        ),
        # a demonstration whose crowd clashes with police is violent; barricades are violence
        (
            "Traders protesting the arrest of a colleague clashed with police in Mombasa on "
            "Monday.",
            [("Violent demonstration", "Rioters (Kenya)", "Police Forces of Kenya (2022-)")],
        ),
        (
            "Residents barricaded the main road in Mombasa on Monday to protest power cuts.",
            [("Violent demonstration", "Rioters (Kenya)", None)],
        ),
        # police named in a riot sentence are the other side unless they riot themselves
        (
            "Street vendors rioted over police efforts to remove them in Nairobi on Monday.",
            [("Violent demonstration", "Rioters (Kenya)", "Police Forces of Kenya (2022-)")],
        ),
        # ...and armed men who burn property destroy it (ACLED: looting/property destruction)
        (
            "Police burned the houses of suspects in Kisumu on Monday.",
            [("Looting/property destruction", "Police Forces of Kenya (2022-)", None)],
        ),
        (
            "Rioting broke out in Kisumu on Monday after the results were announced.",
            [("Violent demonstration", "Rioters (Kenya)", None)],
        ),
        # the state's arrests or force told after a demonstration are its intervention
        (
            "Hundreds of students marched in Nairobi on Monday against fee increases. Police "
            "arrested twelve of them.",
            [("Protest with intervention", "Protesters (Kenya)", "Police Forces of Kenya (2022-)")],
        ),
        # a fight inside one kind of actor: both sides carry its name
        (
            "A shoot-out between unknown armed men took place in Mombasa on Monday.",
            [
                (
                    "Armed clash",
                    "Unidentified Armed Group (Kenya)",
                    "Unidentified Armed Group (Kenya)",
                )
            ],
        ),
        # a counter-demonstration is the other side of a protest
        (
            "About 500 people marched in Duisburg on Monday against vaccine mandates, while 55 "
            "gathered for a counter-demonstration.",
            [("Peaceful protest", "Protesters (Germany)", "Protesters (Germany)")],
        ),
        # what a protest is about is no act of its own; nor is a word in a name, or an aim
        (
            "Students protested in Nairobi on Monday against the killing of a classmate.",
            [("Peaceful protest", "Protesters (Kenya)", None)],
        ),
        (
            "Members of the National Torch Movement marched in Nairobi on Monday demanding food "
            "subsidies.",
            [("Peaceful protest", "Protesters (Kenya)", None)],
        ),
        (
            "Hundreds of people protested in Mombasa on Monday to complain about the failure to "
            "fight pollution.",
            [("Peaceful protest", "Protesters (Kenya)", None)],
        ),
        # state forces lead their allies
        (
            "Army troops and allied militiamen clashed with al-Shabaab fighters near Jowhar on "
            "Tuesday.",
            [("Armed clash", "Military Forces of Somalia (2022-)", "Al Shabaab")],
        ),
        # rival communities fighting are ethnic militias; a motorcade with a demand is a protest
        (
            "Rival ethnic groups clashed over cattle near Molo on Tuesday.",
            [
                (
                    "Armed clash",
                    "Unidentified Ethnic Militia (Kenya)",
                    "Unidentified Ethnic Militia (Kenya)",
                )
            ],
        ),
        (
            "Taxi drivers held a motorcade in Mombasa on Tuesday to demand lower fuel prices.",
            [("Peaceful protest", "Protesters (Kenya)", None)],
        ),
        # a capture is of a place: of people it is an arrest, of goods a seizure of property
        (
            "Police seized a ton of marijuana on a highway near Mombasa on Friday.",
            [("Looting/property destruction", "Police Forces of Kenya (2022-)", None)],
        ),
        (
            "Police captured and detained 40 migrants in Mombasa on Friday.",
            # migrants of no nationality named are foreigners (ACLED: International)
            [("Arrests", "Police Forces of Kenya (2022-)", "Civilians (International)")],
        ),
        # only the state arrests: an armed group "arresting" people abducts them
        (
            "Al-Shabaab fighters arrested five traders near Jowhar on Tuesday.",
            [("Abduction/forced disappearance", "Al Shabaab", "Civilians (Somalia)")],
        ),
        # two state forces of one country act together: neither is the other's target
        (
            "Regime forces shelled Saraqib on Monday as Syrian or Russian warplanes struck the "
            "town, killing five civilians.",
            [("Air/drone strike", "Military Forces of Syria (2024-)", "Civilians (Syria)")],
        ),
        # a crowd fighting police after a demonstration is told: the demonstration turned violent
        (
            "Thousands of garment workers marched in Gazipur on Monday demanding their wages. "
            "The workers clashed with police.",
            [
                (
                    "Violent demonstration",
                    "Rioters (Bangladesh)",
                    "Police Forces of Bangladesh (2024-)",
                )
            ],
        ),
        # a crowd's riot over a grievance is a violent demonstration
        (
            "Students in Nairobi rioted on Monday over a proposed fee hike.",
            [("Violent demonstration", "Rioters (Kenya)", None)],
        ),
        # one person attacking is no mob; youths are many
        (
            "A man shot dead his neighbour in Kakamega on Monday over a land dispute.",
            [("Attack", "Civilians (Kenya)", None)],
        ),
        (
            "Youth attacked traders in Kakamega on Monday.",
            [("Mob violence", "Rioters (Kenya)", "Civilians (Kenya)")],
        ),
        # intervening is an intervention only where a demonstration is told
        (
            "Hundreds of traders marched in Nairobi on Monday. Police intervened.",
            [("Protest with intervention", "Protesters (Kenya)", "Police Forces of Kenya (2022-)")],
        ),
        ("The army intervened in the dispute between the two ministries on Monday.", []),
        # a demonstration named as what came before is background
        (
            "Residents banged pots in Mombasa on Monday against the release of prisoners. It was "
            "the second day of protests, after the riots in the prisons last week.",
            [("Peaceful protest", "Protesters (Kenya)", None)],
        ),
        # gaining control told without 'take' or 'seize'
        (
            "Rebel fighters managed to control the town of Saraqib on Monday after clashes with "
            "regime forces.",
            [
                (
                    "Non-state actor overtakes territory",
                    "Opposition Rebels (Syria)",
                    "Military Forces of Syria (2024-)",
                )
            ],
        ),
        # violence by hand from an unnamed group is a mob's; with guns, or by soldiers, not
        (
            "Assailants assaulted and injured a school teacher in Feni on Sunday.",
            [("Mob violence", "Rioters (Bangladesh)", "Civilians (Bangladesh)")],
        ),
        (
            "Assailants shot and injured a school teacher in Feni on Sunday.",
            [("Attack", "Unidentified Armed Group (Bangladesh)", "Civilians (Bangladesh)")],
        ),
        # off-duty forces and a community's people are civilians when attacked
        (
            "Gunmen shot dead an off-duty police officer in Mombasa on Friday.",
            [("Attack", "Unidentified Armed Group (Kenya)", "Civilians (Kenya)")],
        ),
        (
            "Turkana raiders attacked a Pokot village in Baringo on Friday, killing two men.",
            [("Attack", "Turkana Ethnic Militia (Kenya)", "Civilians (Kenya)")],
        ),
        (
            "Soldiers beat up a trader in Feni on Sunday.",
            [("Attack", "Military Forces of Bangladesh (2024-)", "Civilians (Bangladesh)")],
        ),
    ],
)
def test_roles_and_demonstrations(coded, text, expected):
    assert coded(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # property a non-state side destroys is civilians' when no owner is named
        (
            "On 2 May 2020, a group of Imbonerakure destroyed 4 houses in Kinyovu.",
            [
                (
                    "Looting/property destruction",
                    "CNDD-FDD-Imbonerakure: National Council for the Defence of Democracy "
                    "(Imbonerakure Faction)",
                    "Civilians (Burundi)",
                )
            ],
        ),
        # what the state destroys is not
        (
            "On 2 May 2022, police destroyed a cannabis plantation near Nakuru.",
            [("Looting/property destruction", "Police Forces of Kenya (2013-2022)", None)],
        ),
    ],
)
def test_civilian_property(coded, text, expected):
    assert coded(text) == expected
