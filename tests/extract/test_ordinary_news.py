"""Ordinary local news uses words of violence for other things: games, courts and charges,
road accidents, firefighting, things cleared or captured that are no ground, verbs in their
other sense. Those make no event; the same words told of people's violence still do."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        # a game's result
        "The Rovers beat the Harriers 3-1 at home in Leeds, England, on Saturday.",
        "City stayed four points clear of relegation in Bristol, England, after a late strike.",
        # an act's word naming a charge, a case or an institution
        "The judge in Dayton, Ohio, set bail on the robbery and kidnapping charges.",
        "The court in Tulsa, Oklahoma, issued an arrest warrant for the former mayor.",
        "The boy was driven to a juvenile detention facility in Macon, Georgia.",
        "Officers in Boise, Idaho, handle most assault cases within a week.",
        "Officials in Pueblo, Colorado, lifted the burn ban on Tuesday.",
        # what a court hears
        "A man pleaded guilty to second-degree murder in a courtroom in Akron, Ohio.",
        "A former coach was convicted of assault by a jury in Fresno, California.",
        # victims of a kind of crime
        "A charity in Salem, Oregon, raises money for victims of sexual violence.",
        # road accidents
        "A 20-year-old man was killed in a head-on crash near Abilene, Texas.",
        "A truck wreck on Main Street killed a pedestrian in Joplin, Missouri.",
        "A cyclist was struck and killed by a car in Flint, Michigan.",
        # firefighting
        "Firefighters battled the blaze for six hours in Yakima, Washington.",
        "Crews launched an attack on the flames from the roof of a mall in Reno, Nevada.",
        # no ground taken
        "The school board in Omaha, Nebraska, cleared the last hurdle to open the new gym.",
        "A plant near Gillette, Wyoming, will capture carbon dioxide from its chimneys.",
        "Her nephew took over the store in Ames, Iowa, in 1998.",
        "Agents seized bank records from an office in Tampa, Florida.",
        "Lincoln County, Nebraska, fell to 12th in population growth.",
        # verbs in their other sense
        "A nurse in Fargo, North Dakota, demonstrated the new technique to students.",
        "Deputies executed a search warrant at a house in Laredo, Texas.",
        "Schools in Yonkers, New York, want to engage parents more.",
        "Two senators in Juneau, Alaska, are blocking the bill.",
        "The power plant near Page, Arizona, burns coal.",
        "Investors came to Juba, South Sudan, to make a quick kill.",
        "The neighbours in Duluth, Minnesota, nodded in agreement.",
        "All 12 tenants of the building in Erie, Pennsylvania, evacuated safely.",
        # buildings pulled down to build, shells of the sea, chlorine in water
        "A developer will demolish the dilapidated motel in Ocala, Florida, to make way for homes.",
        "The museum in Natchez, Mississippi, shows necklaces of mussel shells.",
        "The parasite in the lake near Provo, Utah, resists normal levels of chlorine.",
        "The grant pays for sexual assault prevention programs in Tacoma, Washington.",
        "Crews in Moorhead, Minnesota, deployed a temporary wall system along the river.",
        "County stayed five clear of the relegation zone in Derby, England.",
        "A plant near Casper, Wyoming, will capture 50,000 tons of carbon dioxide a year.",
        "The new charter school in Butte, Montana, has a set of hurdles to clear.",
        "He has prior arrests for trespassing in Biloxi, Mississippi.",
        "Agents still hope to solve the 1946 lynching near Monroe, Georgia.",
        "The man ran into the woods near Gadsden, Alabama, to evade arrest.",
        "He has convictions in Mobile, Alabama, including assault and battery.",
        "A total of 9 people lived in the house in Akron, Ohio, and all evacuated safely.",
        "The school district in Eugene, Oregon, lost a long legal battle over the land.",
        "The county in Boone, Iowa, reported a cost overrun on the new jail.",
        # an appeal, a weapon guarded against
        "Anyone with information that leads to the arrest of the vandals in Waco, Texas, "
        "should call the sheriff.",
        "The new walls in Minot, North Dakota, protect soldiers from bullets and grenades.",
    ],
)
def test_ordinary_news_makes_no_event(coded, text):
    assert coded(text) == []


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("Gunmen killed 3-4 villagers near Maiduguri, Nigeria, on Monday.", "Attack"),
        ("A man was found dead in a parked car in Kisumu, Kenya.", "Attack"),
        (
            "Armed men on a motorcycle shot three taxi drivers in Mixco, Guatemala, on Monday.",
            "Attack",
        ),
        (
            "Rebel and government envoys met in Kuala Lumpur, Malaysia. They were in agreement "
            "on a road map to end the conflict.",
            "Agreement",
        ),
        ("Militants seized the town of Palma, Mozambique.", "Non-state actor overtakes territory"),
        ("Israeli forces demolished a house to make way for a road in Hebron, West Bank.",
         "Looting/property destruction"),
        ("Protesters demonstrated their anger outside parliament in Nairobi, Kenya.",
         "Peaceful protest"),
        ("The army executed five prisoners in Juba, South Sudan.", "Attack"),
        ("Soldiers arrested two journalists in Lagos, Nigeria, on Monday.", "Arrests"),
        ("Two men were arrested near Lufkin, Texas, after police seized their rifles.", "Arrests"),
    ],
)  # fmt: skip
def test_the_same_words_told_of_violence_still_make_events(coded, text, sub_event_type):
    assert [c[0] for c in coded(text)] == [sub_event_type]
