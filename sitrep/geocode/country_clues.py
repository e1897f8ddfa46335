"""Clues to a report's country when nothing in it resolves: a country's own words and the
names of its towns used as modifiers ("Nakuru matatu drivers", "boda boda riders").

Clues are weak votes, read only after resolved places, named actors and nationalities: a
place name the gazetteer knows counts once, a word half as much; a clue that several countries
share splits its vote among them, so alone it decides nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources

import yaml

from sitrep.errors import ModelError
from sitrep.geocode.gazetteer import Candidate, Gazetteer
from sitrep.geocode.names import generic
from sitrep.geocode.recognize import STOP_CAPS
from sitrep.model import Span

PLACE_WEIGHT = 1.0
WORD_WEIGHT = 0.5
# a town named only in passing must be of some size to count ("Nakuru matatu drivers")
MIN_POPULATION = 15_000
MAX_WORDS = 3  # the longest place name tried at the start of a proper-name run
ARTICLES = frozenset({"the", "a", "an"})
_ENDING = r"(?:s|es|'s|’s)?"  # plural or possessive ("matatus", "Kibakis")
_SECTIONS_OF_FIGURES = ("figures",)


@dataclass(frozen=True, slots=True, kw_only=True)
class Clue:
    """Words in a text that point to some countries (ISO alpha-2), and how much they weigh."""

    span: Span
    key: str  # what the clue is, once per document (a word of the list, a place's name)
    countries: frozenset[str]
    weight: float


@dataclass(frozen=True, slots=True)
class ClueLexicon:
    """The words of `country_clues.yaml`, compiled into two patterns (any case, as written)."""

    countries: Mapping[str, frozenset[str]]
    anycase: re.Pattern[str] | None
    exact: re.Pattern[str] | None

    @classmethod
    def load(cls, text: str | None = None) -> ClueLexicon:
        """The shipped word list, or a list in the same format given as `text`."""
        if text is None:
            text = resources.files("sitrep.data").joinpath("country_clues.yaml").read_text("utf-8")
        return cls.build(_parse(text))

    @classmethod
    def build(cls, sections: Mapping[str, Mapping[str, Sequence[str]]]) -> ClueLexicon:
        """From {section: {word: [alpha-2, ...]}}; the `figures` section holds currency signs
        that count only right before a number."""
        countries: dict[str, frozenset[str]] = {}
        anycase: list[str] = []
        exact: list[str] = []
        for section, words in sections.items():
            for word, codes in words.items():
                key = _key(word)
                countries[key] = frozenset(str(c).upper() for c in codes)
                pattern = _pattern(word, figure=section in _SECTIONS_OF_FIGURES)
                (exact if _as_written(word) else anycase).append(pattern)
        return cls(countries, _compile(anycase, re.IGNORECASE), _compile(exact, 0))

    def find(self, text: str) -> list[Clue]:
        """The listed words in a text, in text order."""
        found = []
        for pattern in (self.anycase, self.exact):
            if pattern is None:
                continue
            for m in pattern.finditer(text):
                key = self._key_of(m.group())
                if key is None or not self.countries[key]:
                    continue
                span = Span(start=m.start(), end=m.end(), text=m.group())
                found.append(
                    Clue(span=span, key=key, countries=self.countries[key], weight=WORD_WEIGHT)
                )
        return sorted(found, key=lambda c: c.span.start)

    def _key_of(self, matched: str) -> str | None:
        """The listed word a match stands for, its plural or possessive ending set aside."""
        key = _key(matched)
        for ending in ("", "'s", "’s", "es", "s"):
            if key.endswith(ending) and (found := key[: len(key) - len(ending)]) in self.countries:
                return found
        return None


def _parse(text: str) -> dict[str, dict[str, list[str]]]:
    data = yaml.safe_load(text) or {}
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        raise ModelError(
            "country_clues.yaml must map sections to {word: [country codes]}; fix the file"
        )
    for words in data.values():
        for word, codes in words.items():
            if not all(isinstance(c, str) and re.fullmatch(r"[A-Za-z]{2}", c) for c in codes or ()):
                raise ModelError(
                    f"country_clues.yaml: {word!r} lists {codes!r}; give ISO alpha-2 codes"
                    ' (quote "NO", which YAML reads as false)'
                )
    return {str(s): {str(w): list(c or ()) for w, c in words.items()} for s, words in data.items()}


def _key(word: str) -> str:
    """A word as looked up: lower case, spaces and hyphens dropped ("Boda-boda" = "bodaboda")."""
    return re.sub(r"[\s-]+", "", word).casefold()


def _as_written(word: str) -> bool:
    return any(ch.isupper() for ch in word)


def _pattern(word: str, *, figure: bool) -> str:
    parts = [re.escape(p) for p in re.split(r"[\s-]+", word.strip()) if p]
    body = r"[\s-]?".join(parts)
    if figure:
        return rf"(?<![\w]){body}(?=\s?\d)"
    return rf"(?<![\w-]){body}{_ENDING}(?![\w-])"


def _compile(patterns: list[str], flags: int) -> re.Pattern[str] | None:
    if not patterns:
        return None
    patterns.sort(key=len, reverse=True)  # the longest word first ("gram panchayat")
    return re.compile("|".join(f"(?:{p})" for p in patterns), flags)


def report_clues(
    text: str, names: Iterable[Span], *, lexicon: ClueLexicon, gazetteer: Gazetteer
) -> list[Clue]:
    """The word clues of a text and the place-name clues of its proper-name runs (`names`),
    in text order; a place name inside a listed word is the word's ("Boda boda")."""
    words = lexicon.find(text)
    places = [
        c
        for c in place_name_clues(names, gazetteer)
        if not any(w.span.start < c.span.end and c.span.start < w.span.end for w in words)
    ]
    return sorted(words + places, key=lambda c: c.span.start)


def place_name_clues(names: Iterable[Span], gazetteer: Gazetteer) -> list[Clue]:
    """Towns and provinces named at the start of proper-name runs the geoparser did not place
    ("Kisumu Girls' School", "Nakuru Matatu drivers"): the countries of the places the words
    name exactly, towns of MIN_POPULATION or more and provinces."""
    found = []
    for name in names:
        clue = _leading_place(name, gazetteer)
        if clue is not None:
            found.append(clue)
    return found


def _leading_place(name: Span, gazetteer: Gazetteer) -> Clue | None:
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", name.text)]
    while words and name.text[words[0][0] : words[0][1]].lower() in ARTICLES:
        words = words[1:]
    for n in range(min(len(words), MAX_WORDS), 0, -1):
        start, end = words[0][0], words[n - 1][1]
        surface = name.text[start:end]
        countries = _place_countries(surface, gazetteer)
        if countries:
            span = Span(start=name.start + start, end=name.start + end, text=surface)
            return Clue(span=span, key=surface.casefold(), countries=countries, weight=PLACE_WEIGHT)
    return None


def _place_countries(surface: str, gazetteer: Gazetteer) -> frozenset[str]:
    if len(surface) < 4 or surface.isupper() or _common(surface):
        return frozenset()
    several = " " in surface
    found = {c.place.country_code for c in gazetteer.exact(surface) if _named(c, several=several)}
    if not found and not several and surface.endswith("s"):  # "Nairobis": the apostrophe lost
        found = {c.place.country_code for c in gazetteer.exact(surface[:-1]) if _named(c)}
    return frozenset(c for c in found if c)


def _common(surface: str) -> bool:
    """A capitalised common word ("Central", "Saturday"), or a name led by one ("General
    Post", "Monday Walk"); a name closed by one may be a place's own ("Tana River")."""
    first = surface.split()[0]
    return first.lower() in STOP_CAPS or generic(first)


def _named(cand: Candidate, *, several: bool = False) -> bool:
    """A town of some size or a province, by its own name (a one-word alias may be anything)."""
    if cand.match == "folded" or cand.kind in ("demonym", "abbreviation"):
        return False
    if cand.match != "exact" and not several:
        return False
    place = cand.place
    if place.feature_code in ("ADM1", "ADM2"):
        return True
    return place.feature_class == "P" and place.population >= MIN_POPULATION


def clue_country(clues: Iterable[Clue]) -> str | None:
    """The country (ISO alpha-2) the clues point to most, each clue counted once per document
    and split among its countries; None when there are none or the top is shared."""
    votes: dict[str, float] = {}
    seen: set[str] = set()
    for clue in clues:
        if clue.key in seen or not clue.countries:
            continue
        seen.add(clue.key)
        for code in clue.countries:
            votes[code] = votes.get(code, 0.0) + clue.weight / len(clue.countries)
    ranked = sorted(votes.items(), key=lambda kv: -kv[1])[:2]
    if not ranked or (len(ranked) == 2 and ranked[0][1] - ranked[1][1] < 1e-9):
        return None
    return ranked[0][0]
