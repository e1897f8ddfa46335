"""What a place mention does in its sentence, for choosing the event's place among several.

A sentence names places in many roles besides the scene of its event: part of the name of a
thing ("Regio Theater", "Paris Confectionery", "the Dhaka-Chattogram highway"), the place people
come from ("workers from Gazipur") or travel to ("a convoy travelling to Peshawar"), a
neighbourhood of the town the event is coded at ("the Ipioca neighborhood"), the larger area
a place lies in ("Naogaon town (Naogaon Sadar, Rajshahi)", "Nyala, the capital of South
Darfur", "Kenya's Mandera town"), or the place of the grievance a protest states ("to protest
the killing of a woman in X"). Each role has a rank: the event takes a place of the lowest
rank that resolved (ACLED codes the most specific place named for the scene). A part that
resolved far from the whole it is said to lie in is a namesake elsewhere: it drops below its
whole.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from enum import IntEnum

from sitrep.model import Place, Toponym


class Role(IntEnum):
    """A mention's role, in the order the event's place is sought (lowest first)."""

    SCENE = 0
    THING = 1  # in the name of a thing: "Narsingdi Press Club", "Regio Theater"
    WHOLE = 2  # the larger area of a nested pair: "X, Y" / "X (Y)" / "Y's X"
    NEIGHBOURHOOD = 3  # a part of a town: "the Ipioca neighborhood", "Colonia X"
    FOREIGN = 4  # a town read in another country than the sentence's other towns
    ASIDE = 5  # an origin, a stated grievance, a part that cannot lie in its whole


# Place nouns may stand between a place and the area it lies in: "Comilla city, Chittagong",
# "Kurigram district town (Rangpur)", "Ghoryan district center, Herat".
PLACE_NOUN = (
    r"(?:city|town|village|district|sub-?district|county|province|governorate|state|region|"
    r"municipality|department|prefecture|division|area|countryside|cent(?:er|re)|proper)"
)
PLACE_NOUNS = rf"(?:{PLACE_NOUN}\s*){{0,2}}"
# "X, Y", "X (Y", "X city (Y", "X, the capital of Y", "X, a town in Y", "X district of Y",
# "X located in Y".
NESTED_GAP = re.compile(
    rf"^\s*{PLACE_NOUNS}(?:,|\()\s*"
    r"(?:(?:the|a|an)\s+[\w\s'-]{0,40}?\b(?:of|in)\s+(?:the\s+)?)?$"
    rf"|^\s+(?:{PLACE_NOUN}|neighbou?rhood|quarter)\s+(?:of|in)\s+(?:the\s+)?$"
    r"|^\s+(?:located|situated)\s+in\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "X town (", and ACLED's "City - Subdivision (".
BRACKET_AFTER = re.compile(
    rf"\s*(?:-\s+[A-Z][\w'.-]*(?:\s+[\w'.-]+){{0,3}}?\s*)?{PLACE_NOUNS}\(", re.IGNORECASE
)
# "Baringo (in Kabarnet town)": what the brackets name lies in the place before them.
BRACKET_PART = re.compile(r"\s*(?:in|at|near|specifically)\b", re.IGNORECASE)
POSSESSIVE = re.compile(rf"^\s*(?:{PLACE_NOUN})?['’]s?\s+$", re.IGNORECASE)

# Words that, straight after a place name, make it part of the name of a thing or a modifier.
THING_WORDS = (
    "school|university|college|academy|institute|hospital|clinic|square|park|plaza|street|"
    "road|avenue|highway|motorway|expressway|bridge|mall|stadium|hotel|theatre|theater|palace|"
    "church|mosque|temple|cathedral|statue|monument|club|company|factory|mill|office|building|"
    "library|hall|complex|border|ethnic|ethnicity|cocktails?|union|party|federation|"
    "teachers|students|workers|farmers|traders|employees|branch|chapter|press|confectionery|"
    "commission|rail|railway|station|sports|headquarters|high school|middle school|"
    "congress|alliance|movement|front|council|committee|association|court|group|rebellion|"
    "league|assembly|coalition|bill|facility|facilities|employees?|prison|jail"
)
# A mention that is itself a thing's name ("Centennial Park") or an organisation's head word
# ("Confederation of Indigenous Nationalities").
THING_ITSELF = re.compile(
    rf"(?:^|\s)(?i:{THING_WORDS})$|^(?:Confederation|Federation|Union|Alliance|Liberal|"
    r"Superior|Supreme|National|Democratic|Republican)$"
)
# A mention that starts with a word for a part of a town ("Colonia Revolucion"), or is only
# the head word of a favela's name ("Morro" of "Morro do Fuba").
NEIGHBOURHOOD_ITSELF = re.compile(
    r"^(?:colonia|barangay|barrio|favela|fraccionamiento)\b|^morro$", re.IGNORECASE
)
# "Kawaa school", "Regio Theater", "Tata Workers Union", "Jean-Minjoz hospital",
# "the Isiolo-Garissa border".
THING_AFTER = re.compile(
    rf"^(?:\s*-\s*[A-Z][\w'.-]*)*(?:\s+[A-Z][\w'.-]*){{0,2}}(?:\s+[a-z]+)?\s+"
    rf"(?i:{THING_WORDS})\b"
)
NEIGHBOURHOOD_AFTER = re.compile(
    r"^\s+(?:neighbou?rhoods?|estate|quarter|community|colony|suburb|locality|barrio|"
    r"ward|district\s+of)\b",
    re.IGNORECASE,
)
NEIGHBOURHOOD_BEFORE = re.compile(  # the part's own name, not the town it is in after it
    r"\b(?:(?:colonia|barangay|barrio|fraccionamiento)"
    r"(?:\s+(?!(?:in|of|at|near|on|and)\b)[A-Za-z][\w'-]*){0,3}"
    r"|the neighbou?rhood of|the quarter of)\s+$",
    re.IGNORECASE,
)
# "workers from Gazipur", "students from Scoil Naomh Colmcille in Togher".
ORIGIN_BEFORE = re.compile(
    r"\bfrom\s+(?:across\s+|all over\s+)?(?:the\s+)?(?:(?:[A-Z][\w'.-]*\s+){1,5}(?:in|of|at)\s+)?$"
)
# "travelling from Parachinar to Peshawar", "a bus bound for Quetta": where a journey led, not
# where it was stopped.
DESTINATION_BEFORE = re.compile(
    r"\b(?:travell?\w*|journey\w*|driving|drove|heading|headed|going|returning|en route|"
    r"on (?:the|their|its|his|her) way|ferr\w*)\b[^.;]{0,40}\b(?:to|towards?)\s+(?:the\s+)?$"
    r"|\bbound for\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "the governor of Migori", "the parish priest of San Siro": an office held there.
OFFICE_OF = re.compile(
    r"\b(?:mayor|governor|priest|bishop|chief|commissioner|senator|mp|mla|president|imam|"
    r"chairman|chairperson|king|sultan|emir)s?\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "the highway towards Arequipa": a road named by where it leads.
ROAD_TO = re.compile(
    r"\b(?:highway|road|route|motorway|railway)\s+(?:towards?|to|leading to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "the People Committee Shinshu": the name of a body ends in the place's name.
THING_BEFORE = re.compile(
    r"\b(?:Committee|Union|Alliance|Federation|Council|Association|Party|Front|Movement|"
    r"Company|University|College|School|Hospital|Church|Mosque|Club|Brigade|Battalion)\s+$"
)

# "withdrew from X", "drove them out from X": X is where the move happened, not an origin.
MOVED_FROM = re.compile(
    r"\b(?:withdr\w*|retreat\w*|pull\w* out|expel\w*|oust\w*|dr[io]ve\w*|evacuat\w*|mov\w*|"
    r"transferr\w*|displac\w*|deport\w*|relocat\w*|"
    r"fle[de]\w*|push\w*|seiz\w*|captur\w*|took|tak\w*|liberat\w*|clear\w*|recaptur\w*)"
    r"\b[^.;]{0,50}$",
    re.IGNORECASE,
)
ORIGIN_AFTER = re.compile(r"^-based\b", re.IGNORECASE)
# "drones launched by Russia", "rockets fired by Israel": a state named as the doer.
DOER_BEFORE = re.compile(
    r"\b(?:launched|fired|sent|carried out|conducted|deployed|dropped|backed|supported|"
    r"armed|funded)\s+by\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "JNIM, al-Qaeda's affiliate in the Sahel, said ...": where a group's network reaches.
BRANCH_IN = re.compile(
    r"\b(?:affiliate|franchise|offshoot)\s+(?:in|for)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A protest's stated grievance: the places after it are where the grievance arose.
GRIEVANCE = re.compile(
    r"\b(?:to (?:protest|denounce|condemn|decry|oppose|reject|commemorate|mark|express|"
    r"demonstrate|rally|call|demand|raise|show|dispel|request|complain)|"
    r"demanding|condemning|denouncing|in solidarity with|in support of|in memory of)\b",
    re.IGNORECASE,
)

# How far a part may lie from the whole it is said to be in before it is taken for a namesake.
PART_KM = 100.0


def roles(
    text: str,
    mentions: Sequence[Toponym],
    *,
    trigger_start: int,
    context: Sequence[Toponym] = (),
) -> list[Role]:
    """The role of each mention of one sentence (sorted by offset), in order. `context`,
    the document's mentions, says which country a disagreeing pair belongs to."""
    votes: Counter[str | None] = Counter(t.place.country_code for t in context if t.place)
    found = [_own_role(text, t, trigger_start) for t in mentions]
    for i, j, bracketed in _nested_pairs(text, mentions):
        part, whole = mentions[i], mentions[j]
        if _inconsistent(part, whole, bracketed=bracketed):
            loser = _namesake_of_the_pair(part, i, whole, j, votes)
            found[loser] = max(found[loser], Role.ASIDE)
        elif bracketed or part.resolved:  # the whole of an origin is an origin too
            aside = found[i] == Role.ASIDE
            found[j] = max(found[j], Role.ASIDE if aside else Role.WHOLE)
    areas: Counter[str | None] = Counter(
        t.place.country_code
        for t in context
        if t.place and t.place.feature_code.startswith(("ADM1", "PCL"))
    )
    return _foreign(mentions, found, areas)


def _foreign(
    mentions: Sequence[Toponym], found: list[Role], votes: Counter[str | None]
) -> list[Role]:
    """Scene towns read in a country whose provinces and name the document names less than
    another scene town's ("Sol" read as Seoul beside "Asuncion (Asuncion)", Paraguay) are
    namesakes elsewhere. `votes` counts the document's provinces and countries by country
    (districts are too often common words read as places: "Banana")."""
    towns = [
        t.place.country_code
        for t, r in zip(mentions, found, strict=True)
        if r == Role.SCENE and t.place and t.resolved and not t.place.is_area
    ]
    if len(set(towns)) < 2:
        return found
    ranked = sorted(set(towns), key=lambda c: votes[c], reverse=True)
    if votes[ranked[0]] == votes[ranked[1]]:
        return found
    return [
        Role.FOREIGN
        if r == Role.SCENE
        and t.place
        and not t.place.is_area
        and t.place.country_code in ranked[1:]
        else r
        for t, r in zip(mentions, found, strict=True)
    ]


def _own_role(text: str, t: Toponym, trigger_start: int) -> Role:
    before = text[max(0, t.start - 60) : t.start]
    after = text[t.end : t.end + 60]
    origin = ORIGIN_BEFORE.search(before)
    if origin and not MOVED_FROM.search(before[: origin.start()]) or ORIGIN_AFTER.match(after):
        return Role.ASIDE
    if OFFICE_OF.search(before) or DESTINATION_BEFORE.search(before) or BRANCH_IN.search(before):
        return Role.ASIDE
    if t.start > trigger_start and GRIEVANCE.search(text[trigger_start : t.start]):
        return Role.ASIDE
    if THING_BEFORE.search(before) or ROAD_TO.search(before):
        return Role.THING
    if THING_ITSELF.search(t.text):
        return Role.THING
    if NEIGHBOURHOOD_BEFORE.search(before):
        return Role.NEIGHBOURHOOD
    if NEIGHBOURHOOD_AFTER.match(after) and not _administrative_district(t, after):
        return Role.NEIGHBOURHOOD
    if NEIGHBOURHOOD_ITSELF.match(t.text):
        return Role.NEIGHBOURHOOD
    if THING_AFTER.match(after):
        return Role.THING
    return Role.SCENE


DISTRICT_OF = re.compile(r"^\s+district\s+of\b", re.IGNORECASE)


def _administrative_district(t: Toponym, after: str) -> bool:
    """'Araria district of Bihar': a district the gazetteer knows as a second- or third-level
    area of its state is the scene, not a quarter of a town ('the Mazzeh district of
    Damascus')."""
    place = t.place
    if place is None or not DISTRICT_OF.match(after):
        return False
    return place.feature_code.startswith(("ADM2", "ADM3"))


def _nested_pairs(text: str, mentions: Sequence[Toponym]) -> list[tuple[int, int, bool]]:
    """(part, whole, whole in brackets) for each nested pair of mentions: the possessor
    before a place ("Y's X"); every mention inside the brackets after a place ("X town (A,
    B)", "City - Subdivision (A)"), the place before them being the whole when the brackets
    say "in" ("Baringo (in Kabarnet town)"); else the next mention after a nested gap
    ("X, Y", "X, the capital of Y", "X district of Y")."""
    pairs: list[tuple[int, int, bool]] = []
    for i, part in enumerate(mentions):
        if i > 0 and POSSESSIVE.match(text[mentions[i - 1].end : part.start]):
            pairs.append((i, i - 1, False))
        opened = BRACKET_AFTER.match(text, part.end)
        if opened:
            close = text.find(")", opened.end())
            inside = [j for j in range(i + 1, len(mentions)) if 0 <= mentions[j].start < close]
            inner = BRACKET_PART.match(text, opened.end())
            pairs += [(j, i, False) if inner else (i, j, True) for j in inside]
        elif i + 1 < len(mentions) and NESTED_GAP.match(text[part.end : mentions[i + 1].start]):
            pairs.append((i, i + 1, _in_brackets(text, mentions[i + 1].start)))
    return pairs


def _in_brackets(text: str, start: int) -> bool:
    return text.rfind("(", 0, start) > text.rfind(")", 0, start)


def _inconsistent(part: Toponym, whole: Toponym, *, bracketed: bool) -> bool:
    """Both resolved, but the part cannot lie in the whole: another country, another
    first-level area, another district (unless the whole stands in brackets, where coders
    name the district loosely), or a town too far from it. A whole whose words name the
    part's province or district ("Al Khawkhah (Al Hudaydah)", read as the town Al Hudaydah)
    is consistent with it."""
    a, b = part.place, whole.place
    if a is None or b is None or a.latitude is None or b.latitude is None:
        return False
    if _names_an_area_of(whole, a) and _plain(whole.text) != _plain(part.text):
        return False
    if a.country_code and b.country_code and a.country_code != b.country_code:
        return True
    if b.feature_code.startswith("PCL"):
        return False
    by_province = b.feature_code.startswith("ADM1") or not b.is_area
    if by_province and a.admin1 and b.admin1 and a.admin1 != b.admin1:
        return True
    if b.feature_code.startswith("ADM2") and a.admin2 and b.admin2 and not bracketed:
        return a.admin2 != b.admin2
    if a.is_area or b.is_area or bracketed:
        return False
    return km(a, b) > PART_KM


def _names_an_area_of(whole: Toponym, place: Place) -> bool:
    """The whole's words are the name (or the start of the name) of the place's province or
    district: "Mato Grosso" of "Mato Grosso do Sul", "Para" of "Pará"."""
    words = _plain(whole.text)
    areas = [_plain(n) for n in (place.admin1, place.admin2) if n]
    return any(n == words or n.startswith(words + " ") for n in areas)


def _plain(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


def _namesake_of_the_pair(
    part: Toponym, i: int, whole: Toponym, j: int, votes: Counter[str | None]
) -> int:
    """Which of a disagreeing pair was read as a namesake elsewhere: the one in the country
    the document names less; at a tie between countries the whole ("Taizz (Al Qahirah)" read
    as Cairo) unless both have the same words ("San Juan (San Juan)": the province is the
    surer reading); else the less populous."""
    a, b = part.place, whole.place
    assert a is not None and b is not None
    if votes[a.country_code] != votes[b.country_code]:
        return i if votes[a.country_code] < votes[b.country_code] else j
    if a.country_code != b.country_code and _plain(part.text) != _plain(whole.text):
        return j
    return i if a.population <= b.population else j


def km(a: Place, b: Place) -> float:
    """Great-circle distance between two places with coordinates."""
    lat1, lon1 = math.radians(a.latitude or 0.0), math.radians(a.longitude or 0.0)
    lat2, lon2 = math.radians(b.latitude or 0.0), math.radians(b.longitude or 0.0)
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def named_as_doer(text: str, t: Toponym) -> bool:
    """A country named as who did something ('drones launched by Russia') is a state acting,
    not a place: it is no candidate for where an event happened."""
    if t.place is None or not t.place.feature_code.startswith("PCL"):
        return False
    return DOER_BEFORE.search(text[max(0, t.start - 40) : t.start]) is not None
