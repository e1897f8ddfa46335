"""A relevance prefilter: documents with no sign of conflict skip parsing.

A document passes when it has a strong sign (a trigger of the event lexicon that is rarely
used outside conflict reporting, a word of armed or civil unrest, a named armed group), or an
ambiguous act ("killed", "fired", "arrested") within a few words of an agent of force
("police", "troops") or of another ambiguous act, or a heading that names a kind of strategic
development ("Displacement:", "Movement of forces:"; see `extract/headings.py`). Matching is
on lower-cased word forms, so it costs a few hundred microseconds per article, against a tenth
of a second to parse one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

from sitrep.extract.headings import HeadingWords, find_headings
from sitrep.scale import signs

WINDOW = 12  # words between an ambiguous act and the agent or act that confirms it
SHORT = 80  # words: a text this short (a field note, a wire brief) passes on any sign
STRONG, ACT, AGENT = "strong", "act", "agent"
ARMED_INTER = (2, 3, 4)  # rebel groups, political and identity militias
WEAK_SUFFIX = "_weak"  # lexicon cue lists whose words are events only beside a stronger cue


@dataclass(frozen=True, slots=True)
class Phrase:
    """One sign: its words (each a set of accepted forms) and its kind."""

    words: tuple[frozenset[str], ...]
    kind: str
    name: str


@dataclass(frozen=True, slots=True)
class Prefilter:
    """Says whether a text shows any sign of conflict; build with `Prefilter.load()`."""

    by_first: dict[str, tuple[Phrase, ...]]
    names: frozenset[str]
    headings: HeadingWords | None = None

    @classmethod
    def load(cls) -> Prefilter:
        """Signs from the shipped lexicon and actor dictionary."""
        from sitrep.extract.lexicon import Lexicon

        actors = _shipped_actors()
        phrases = [
            *_lexicon_phrases(Lexicon.load().cues.items()),
            *_actor_phrases(actors),
            *(_phrase(w, STRONG) for w in signs.CONFLICT_WORDS),
            *(_phrase(w, ACT) for w in signs.AMBIGUOUS_WORDS),
            *(_phrase(w, AGENT) for w in signs.AGENT_WORDS),
        ]
        headings = HeadingWords.load()
        return cls(by_first=_index(phrases), names=_single_names(actors), headings=headings)

    def passes(self, text: str) -> bool:
        """Whether the text may report conflict (and so needs the full pipeline)."""
        if any(word in self.names for word in signs.CAPITALIZED.findall(text)):
            return True
        if self.headings is not None and find_headings(text, self.headings):
            return True
        words = signs.tokens(text)
        last: dict[str, int] = {}
        for i, word in enumerate(words):
            for phrase in self.by_first.get(word, ()):
                if not _matches(phrase, words, i):
                    continue
                if phrase.kind == STRONG or _confirmed(phrase, i, last):
                    return True
                last[phrase.kind] = i
        return bool(last) and len(words) <= SHORT

    def explain(self, text: str) -> list[str]:
        """The signs found in a text, for checking why a document passed."""
        words = signs.tokens(text)
        found = [
            f"{p.kind}:{p.name}"
            for i, word in enumerate(words)
            for p in self.by_first.get(word, ())
            if _matches(p, words, i)
        ]
        return list(dict.fromkeys(found))


def _matches(phrase: Phrase, words: Sequence[str], i: int) -> bool:
    if i + len(phrase.words) > len(words):
        return False
    return all(words[i + j] in forms for j, forms in enumerate(phrase.words) if j)


def _confirmed(phrase: Phrase, i: int, last: dict[str, int]) -> bool:
    """An ambiguous act near an agent of force, in either order."""
    seen = last.get(AGENT if phrase.kind == ACT else ACT)
    return seen is not None and i - seen <= WINDOW


def _lexicon_phrases(cue_lists: Iterable[tuple[str, Sequence[str]]]) -> list[Phrase]:
    """The lexicon's triggers: strong signs, except the ambiguous acts and the cues the
    lexicon itself marks weak (`*_weak`: "stop", "prevent", "gather" are events only beside
    a stronger cue), which need an agent or another act nearby."""
    out = []
    for cue, phrases in cue_lists:
        for raw in phrases:
            text = " ".join(part.split(":", 1)[-1] for part in raw.split())
            ambiguous = " ".join(signs.tokens(text)) in signs.AMBIGUOUS_ACTS
            kind = ACT if ambiguous or cue.endswith(WEAK_SUFFIX) else STRONG
            out.append(_phrase(text, kind, inflect=True))
    return out


def _actor_phrases(actors: dict[str, Any]) -> list[Phrase]:
    out = []
    for group in actors.get("generic") or []:
        if group.get("kind") not in signs.FORCE_KINDS:
            continue
        for word in group.get("words") or []:
            name = " ".join(w for w in signs.tokens(str(word)) if w not in ("the", "a"))
            kind = AGENT if name in signs.AMBIGUOUS_AGENTS else STRONG
            out.append(_phrase(name, kind))
    for actor in actors.get("actors") or []:
        if actor.get("inter") in ARMED_INTER and not actor.get("state"):
            out.extend(_phrase(name, STRONG) for name in _names(actor) if len(name.split()) > 1)
    return out


def _names(actor: dict[str, Any]) -> list[str]:
    raw = [str(actor.get("name", "")).split(": ")[-1].split(" (")[0]]
    for alias in actor.get("aliases") or []:
        raw.append(alias["text"] if isinstance(alias, dict) else str(alias))
    raw.extend(str(k) for k in actor.get("pejoratives") or {})
    return [name for name in raw if name.strip()]


def _single_names(actors: dict[str, Any]) -> frozenset[str]:
    """Armed groups' one-word names (HTS, Daesh, LeT), matched with their capitals only."""
    return frozenset(
        name
        for actor in actors.get("actors") or []
        if actor.get("inter") in ARMED_INTER and not actor.get("state")
        for name in _names(actor)
        if len(name.split()) == 1 and name[0].isupper()
    )


def _phrase(text: str, kind: str, *, inflect: bool = False) -> Phrase:
    words = signs.tokens(text)
    if inflect:
        return Phrase(tuple(signs.forms(w) for w in words), kind, " ".join(words))
    return Phrase(tuple(frozenset({w}) for w in words), kind, " ".join(words))


def _index(phrases: Iterable[Phrase]) -> dict[str, tuple[Phrase, ...]]:
    index: dict[str, list[Phrase]] = {}
    for phrase in phrases:
        if not phrase.words:
            continue
        for form in phrase.words[0]:
            index.setdefault(form, []).append(phrase)
    return {form: _strong_first(found) for form, found in index.items()}


def _strong_first(phrases: list[Phrase]) -> tuple[Phrase, ...]:
    unique = list(dict.fromkeys(phrases))
    return tuple(sorted(unique, key=lambda p: p.kind != STRONG))


def _shipped_actors() -> dict[str, Any]:
    text = resources.files("sitrep.data").joinpath("actors.yaml").read_text("utf-8")
    # libyaml's parser when PyYAML has it: the pure-Python one takes half a second here
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = yaml.load(text, Loader=loader)  # noqa: S506 - a SafeLoader
    return data if isinstance(data, dict) else {}
