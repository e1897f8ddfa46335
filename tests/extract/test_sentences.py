"""Sentence-level coding on the real parser: what a careful coder would write down."""

import pytest

from sitrep.extract.actors import ActorDictionary
from sitrep.extract.attribution import find_quotes
from sitrep.extract.events import Tools, sentence_draft
from sitrep.extract.lexicon import Lexicon
from sitrep.extract.triggers import TriggerFinder


@pytest.fixture(scope="module")
def code(nlp):
    lexicon = Lexicon.load()
    actors = ActorDictionary.load()
    tools = Tools(lexicon=lexicon, triggers=TriggerFinder(nlp, lexicon), actors=actors)

    def run(text: str, country: str | None = None):
        doc = nlp(text)
        mentions = actors.find(text, country=country)
        sent = next(doc.sents)
        draft = sentence_draft(
            sent, tools=tools, actors=mentions, quotes=find_quotes(doc), document_actors=mentions
        )
        if draft is None:
            return None
        name = lambda m: m.actor.name if m else None  # noqa: E731
        count = draft.fatalities.value if draft.fatalities else None
        return draft.sub_event_type.value, name(draft.actor1), name(draft.actor2), count

    return run


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        (
            "Gunmen opened fire on a bus near Maiduguri, killing five passengers.",
            "Nigeria",
            ("Attack", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", 5),
        ),
        (
            "Police fired tear gas to disperse hundreds of protesters in Nairobi.",
            "Kenya",
            (
                "Protest with intervention",
                "Protesters (Kenya)",
                "Police Forces of Kenya (2022-)",
                None,
            ),
        ),
        (
            "Government troops came under fire from al-Shabaab militants near Kismayo.",
            "Somalia",
            ("Armed clash", "Al Shabaab", "Military Forces of Somalia (2022-)", None),
        ),
        (
            "Three soldiers were killed when their vehicle struck a roadside bomb.",
            "Somalia",
            ("Remote explosive/landmine/IED", None, "Military Forces of Somalia (2022-)", 3),
        ),
        (
            "Two rival groups clashed with sticks in Comilla on Monday.",
            "Bangladesh",
            ("Mob violence", None, None, None),  # the stand-in actor comes later
        ),
        (
            "Supporters of the Awami League beat a journalist in Comilla.",
            "Bangladesh",
            ("Mob violence", "Rioters (Bangladesh)", "Civilians (Bangladesh)", None),
        ),
        (
            "Armed men attacked a trader in Tijuana, killing him.",
            "Mexico",
            ("Attack", "Unidentified Armed Group (Mexico)", "Civilians (Mexico)", 1),
        ),
        (
            "Taxi drivers protested against rising fuel prices in Casablanca.",
            "Morocco",
            ("Peaceful protest", "Protesters (Morocco)", None, None),
        ),
        (
            "A mob lynched a suspected thief in Kisumu.",
            "Kenya",
            ("Mob violence", "Rioters (Kenya)", None, 1),
        ),
    ],
)
def test_sentence_coding(code, text, country, expected):
    assert code(text, country) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The army denied that its soldiers shot protesters in the capital.",
        "The Taliban threatened to attack the city if talks fail.",
        "The visitors' attack was relentless and shares in the club shot up.",
        "The union said it would hold another protest on Friday.",
        "Residents fear that militants could attack the village.",
        "The team marched to victory in the final match on Sunday.",
    ],
)
def test_no_event_from_denials_threats_plans_and_figures_of_speech(code, text):
    assert code(text, None) is None
