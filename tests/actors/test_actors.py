"""The actor dictionary: the shipped file, matching, generic actors, layering, bad files."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest
import yaml

from sitrep.errors import ModelError
from sitrep.extract.actors import ActorDictionary, actor_key, same_actor


@pytest.fixture(scope="module")
def actors() -> ActorDictionary:
    return ActorDictionary.load()


def spans(found: list) -> list[tuple[str, str, int, str | None]]:
    return [(m.span.text, m.actor.name, m.actor.inter, m.actor.framing) for m in found]


def test_shipped_file_validates(actors: ActorDictionary) -> None:
    assert all(1 <= e.inter <= 8 for e in actors.entries)
    raw = yaml.safe_load(Path("sitrep/data/actors.yaml").read_text("utf-8"))
    names = [a["name"] for a in raw["actors"]]
    assert len(names) == len(set(names))
    assert len(names) > 200


def _years(actor: dict) -> tuple[str, str]:
    active = actor.get("active") or {}
    return str(active.get("from", "0000")), str(active.get("until", "9999"))


def test_no_alias_claimed_twice_in_one_country() -> None:
    """Two actors may share an alias in one country only one after the other (RSF in 2023)."""
    raw = yaml.safe_load(Path("sitrep/data/actors.yaml").read_text("utf-8"))
    owners: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for actor in raw["actors"]:
        places = actor.get("countries") or [actor.get("country")]
        words = [a if isinstance(a, str) else a["text"] for a in actor.get("aliases") or []]
        for alias in words + list(actor.get("pejoratives") or {}):
            for place in places:
                owners[(str(place), alias.casefold())].append(actor)
    clashes = []
    for key, claimants in owners.items():
        for i, one in enumerate(claimants):
            for other in claimants[i + 1 :]:
                (a1, a2), (b1, b2) = _years(one), _years(other)
                if one["name"] != other["name"] and a1 < b2 and b1 < a2:
                    clashes.append((key, one["name"], other["name"]))
    assert clashes == []


def test_abbreviation_versus_verb(actors: ActorDictionary) -> None:
    text = "IS fighters attacked the town. It is quiet now; ISIS said nothing."
    assert spans(actors.find(text, country="Syria")) == [
        ("IS fighters", "Islamic State (Syria)", 2, None),
        ("ISIS", "Islamic State (Syria)", 2, None),
    ]


def test_members_and_framing(actors: ActorDictionary) -> None:
    text = "SDF fighters pushed back the ISIS gangs east of the river."
    assert spans(actors.find(text, country="Syria", on=date(2018, 2, 1))) == [
        ("SDF fighters", "QSD: Syrian Democratic Forces", 2, None),
        ("ISIS gangs", "Islamic State (Syria)", 2, "gangs"),
    ]


def test_possessive_and_plural(actors: ActorDictionary) -> None:
    text = "The Houthis' missile hit a ship; the Taliban's spokesman denied it."
    found = actors.find(text, country=None, on=date(2020, 3, 1))
    assert [(m.span.text, m.actor.name) for m in found] == [
        ("Houthis'", "Military Forces of Yemen (2016-) Supreme Political Council"),
        ("Taliban's", "Taliban"),
    ]


def test_generic_police_in_kenya(actors: ActorDictionary) -> None:
    text = "Police dispersed demonstrators in Kisumu after gunmen shot a trader."
    found = actors.find(text, country="Kenya", on=date(2020, 5, 4))
    assert [(m.span.text, m.actor.name, m.kind, m.generic) for m in found] == [
        ("Police", "Police Forces of Kenya (2013-2022)", "police", True),
        ("demonstrators", "Protesters (Kenya)", "protesters", True),
        ("gunmen", "Unidentified Armed Group (Kenya)", "armed_group", True),
        ("trader", "Civilians (Kenya)", "civilians", True),
    ]
    assert [m.actor.inter for m in found] == [1, 6, 3, 7]


def test_period_follows_the_date(actors: ActorDictionary) -> None:
    def army(on: date) -> str:
        return actors.find("the army", country="Syria", on=on)[0].actor.name

    assert army(date(2018, 1, 5)) == "Military Forces of Syria (2000-2024)"
    assert army(date(2025, 1, 5)) == "Military Forces of Syria (2024-)"


def test_without_country(actors: ActorDictionary) -> None:
    found = actors.find("Troops fired on protesters.", country=None)
    assert [(m.actor.name, m.actor.country) for m in found] == [
        ("Military Forces", None),
        ("Protesters", None),
    ]


def test_demonym_sets_country_and_external_inter(actors: ActorDictionary) -> None:
    found = actors.find("Iraqi police and Turkish troops", country="Syria")
    assert [(m.span.text, m.actor.name, m.actor.inter) for m in found] == [
        ("Iraqi police", "Police Forces of Iraq (2022-)", 8),
        ("Turkish troops", "Military Forces of Turkey (2016-)", 8),
    ]


def test_branch_by_document_country(actors: ActorDictionary) -> None:
    def name(country: str | None) -> str:
        return actors.find("Islamic State militants", country=country)[0].actor.name

    assert name("Iraq") == "Islamic State (Iraq)"
    assert name("Nigeria") == "Islamic State (West Africa)"
    assert name("Kenya") == "Islamic State"


def test_short_abbreviation_stays_home(actors: ActorDictionary) -> None:
    assert actors.find("AA units advanced.", country="Myanmar")[0].actor.name == "AA: Arakan Army"
    assert actors.find("AA units advanced.", country="Kenya") == []


def test_modifier_is_not_an_actor(actors: ActorDictionary) -> None:
    found = actors.find("YPG-led QSD forces entered a regime-held village.", country="Syria")
    assert [m.span.text for m in found] == ["QSD forces"]


def test_sudan_rsf_before_and_after_the_war(actors: ActorDictionary) -> None:
    def rsf(on: date) -> tuple[str, int]:
        actor = actors.find("the RSF", country="Sudan", on=on)[0].actor
        return actor.name, actor.inter

    assert rsf(date(2021, 6, 1)) == ("Military Forces of Sudan (2019-) Rapid Support Forces", 1)
    assert rsf(date(2023, 6, 1)) == ("RSF: Rapid Support Forces", 2)


def test_resolve(actors: ActorDictionary) -> None:
    actor = actors.resolve("the SDF", country="Syria", on=date(2018, 3, 1))
    assert actor is not None and actor.name == "QSD: Syrian Democratic Forces"
    assert actors.resolve("the SDF and the YPG", country="Syria") is None


def test_user_file_layers_on_top(tmp_path: Path) -> None:
    user = tmp_path / "mine.yaml"
    user.write_text(
        "actors:\n"
        "  - name: 'QSD: Syrian Democratic Forces'\n"
        "    inter: 2\n"
        "    aliases: [Hezen Sūriya Demokratîk]\n"
        "  - name: Eagles of the Valley\n"
        "    inter: 3\n"
        "    country: Syria\n"
        "    aliases: [Valley Eagles]\n",
        encoding="utf-8",
    )
    actors = ActorDictionary.load([user])
    text = "Valley Eagles clashed with Hezen Sūriya Demokratîk and the SDF."
    assert [m.actor.name for m in actors.find(text, country="Syria")] == [
        "Eagles of the Valley",
        "QSD: Syrian Democratic Forces",
        "QSD: Syrian Democratic Forces",
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("actors:\n  - name: X\n    inter: 9\n", r"mine\.yaml:2: actor 'X': `inter:` must be"),
        ("actors:\n  - inter: 2\n", r"mine\.yaml:2: every actor needs a `name:`"),
        (
            "actors:\n  - name: X\n    inter: 2\n    alias: [Y]\n",
            r"mine\.yaml:2: unknown key 'alias'",
        ),
        ("actors: [\n", r"mine\.yaml:\d+: not valid YAML"),
        ("- a\n- b\n", r"mine\.yaml:1: an actor file must be a mapping"),
        (
            "actors:\n  - {name: X, inter: 2}\n  - {name: X, inter: 3}\n",
            r"mine\.yaml:3: actor 'X' is listed twice",
        ),
        (
            "generic:\n  - kind: party\n    words: [partisans]\n",
            r"mine\.yaml:2: generic entries need `kind:` one of \('military'",
        ),
    ],
)
def test_bad_user_file(tmp_path: Path, content: str, message: str) -> None:
    user = tmp_path / "mine.yaml"
    user.write_text(content, encoding="utf-8")
    with pytest.raises(ModelError, match=message):
        ActorDictionary.load([user])


def test_missing_user_file(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="cannot read actor file"):
        ActorDictionary.load([tmp_path / "nope.yaml"])


def test_same_actor() -> None:
    assert same_actor("Military Forces of Syria (2000-)", "Military Forces of Syria (2000-2024)")
    assert not same_actor("Military Forces of Syria (2000-)", "Military Forces of Syria (2024-)")
    assert same_actor("Military Forces of Russia", "Military Forces of Russia (2000-)")
    assert same_actor(
        "Military Forces of Syria (2000-) Syrian Arab Air Force", "Military Forces of Syria (2000-)"
    )
    assert same_actor("QSD: Syrian Democratic Forces", "Syrian Democratic Forces")
    assert same_actor("Al-Sham Corps", "Al Sham Corps")
    assert same_actor("Police Forces of the Philippines (2016-)", "Police Forces of Philippines")
    assert not same_actor("Islamic State (Syria)", "Islamic State (Iraq)")
    assert actor_key("Police Forces of Kenya (2013-2022)") == ("police forces of kenya", "2013")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The Sudanese army shelled a village.", "Sudan"),
        ("Clashes broke out in northern Kenyas Isiolo County.", "Kenya"),  # apostrophe lost
        ("The South Sudanese army and Sudanese troops; South Sudan again.", "South Sudan"),
        ("Police in Kenya and the Ugandan army.", "Kenya"),  # a tie: the first named
        # a nationality on a country's reach abroad names no place of the event
        ("Turkish warplanes struck two villages.", None),
        ("Chinese tourists held a protest at the airport.", None),
        ("the sudanese army", None),  # names are written with capitals
        ("Gunmen shot a trader.", None),
    ],
)
def test_country_named_by_the_text(actors: ActorDictionary, text: str, country: str | None) -> None:
    assert actors.country_named(text) == country


def test_a_party_is_marked_as_one(actors: ActorDictionary) -> None:
    (found,) = actors.find("Awami League activists", country=None)
    assert (found.actor.name, found.actor.inter, found.kind) == (
        "AL: Bangladesh Awami League",
        3,
        "party",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Military forces of India and Pakistan exchanged fire.",
            [
                ("Military forces of India", "Military Forces of India (2014-)"),
                ("Pakistan", "Military Forces of Pakistan (2022-)"),
            ],
        ),
        (
            "The police of the Philippines",
            [("police of the Philippines", "Police Forces of the Philippines (2022-)")],
        ),
        ("Indian troops and Pakistan", [("Indian troops", "Military Forces of India (2014-)")]),
        ("The police and India", [("police", "Police Forces")]),
    ],
)
def test_country_named_after_a_generic_actor(
    actors: ActorDictionary, text: str, expected: list[tuple[str, str]]
) -> None:
    found = actors.find(text, country=None)
    assert [(m.span.text, m.actor.name) for m in found] == expected


@pytest.mark.parametrize(
    ("country", "expected"),
    [
        ("Mexico", "Unidentified Gang (Mexico)"),  # ACLED names gangs per country here
        ("Kenya", "Unidentified Armed Group (Kenya)"),  # ...not here: the generic word holds
    ],
)
def test_a_per_country_actor_gives_way_where_acled_does_not_name_it(
    actors: ActorDictionary, country: str, expected: str
) -> None:
    (found,) = actors.find("gangsters", country=country)
    assert found.actor.name == expected
    (islamic_state,) = actors.find("Islamic State", country=country)
    assert islamic_state.actor.name == "Islamic State"  # no generic word shares this alias


def test_kenyan_parties_are_parties_of_their_period(actors: ActorDictionary) -> None:
    (odm,) = actors.find("ODM supporters", country=None)
    assert (odm.actor.name, odm.actor.country, odm.kind) == (
        "ODM: Orange Democratic Movement",
        "Kenya",
        "party",
    )
    (early,) = actors.find("Jubilee supporters", country="Kenya", on=date(2014, 5, 1))
    (late,) = actors.find("Jubilee supporters", country="Kenya", on=date(2017, 8, 1))
    assert (early.actor.name, late.actor.name) == ("Jubilee Coalition", "Jubilee Party")


def test_mixed_case_abbreviations_and_common_words_are_no_names(actors: ActorDictionary) -> None:
    assert actors.find("Let them go, the officer said.", country="India") == []
    [families] = actors.find("the return of the families", country="Central African Republic")
    assert families.actor.name == "Civilians (Central African Republic)"
    [let] = actors.find("LeT fighters crossed the line.", country="India")
    assert let.actor.name == "Lashkar-e-Taiba"
    [three_r] = actors.find("3R rebels entered Bouar.", country="Central African Republic")
    assert three_r.actor.name == "3R: Return, Reclamation, Rehabilitation"
