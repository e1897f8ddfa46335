"""The event lexicon (sitrep/data/lexicon.yaml) as typed data and spaCy Matcher patterns."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from sitrep.errors import ModelError

POS_PREFIXES = {"V": ["VERB"], "N": ["NOUN"]}


@dataclass(frozen=True, slots=True, kw_only=True)
class Lexicon:
    """Trigger phrases per cue, figurative-context words, irrealis governors."""

    cues: dict[str, tuple[str, ...]]
    figurative_context: frozenset[str]
    irrealis: dict[str, str]

    @classmethod
    def load(cls, path: Path | None = None) -> Lexicon:
        raw = _read_yaml(path)
        try:
            cues = {name: tuple(phrases) for name, phrases in raw["cues"].items()}
            governors = {
                word: kind for kind, words in raw["irrealis_governors"].items() for word in words
            }
            figurative = frozenset(raw["figurative_context"])
        except (KeyError, TypeError, AttributeError) as exc:
            raise ModelError(
                f"event lexicon {path or 'lexicon.yaml'} lacks {exc}; "
                "it needs 'cues', 'figurative_context' and 'irrealis_governors'"
            ) from exc
        return cls(cues=cues, figurative_context=figurative, irrealis=governors)

    def patterns(self) -> dict[str, list[list[dict[str, Any]]]]:
        """Matcher patterns per cue: every phrase by lemma and by lower-case form."""
        return {
            cue: [p for phrase in phrases for p in phrase_patterns(phrase)]
            for cue, phrases in self.cues.items()
        }


def phrase_patterns(phrase: str) -> list[list[dict[str, Any]]]:
    """Two token patterns for a phrase: one on lemmas, one on lower-cased words."""
    by_lemma, by_lower = [], []
    for word in _split_words(phrase):
        pos, text = _pos_constraint(word)
        by_lemma.append({"LEMMA": text, **pos})
        by_lower.append({"LOWER": text, **pos})
    return [by_lemma, by_lower]


def _split_words(phrase: str) -> list[str]:
    words: list[str] = []
    for word in phrase.split():
        if "-" in word.strip("-") and ":" not in word:
            parts = word.split("-")
            words.extend(_interleave(parts))
        else:
            words.append(word)
    return words


def _interleave(parts: list[str]) -> list[str]:
    out: list[str] = []
    for i, part in enumerate(parts):
        if i:
            out.append("-")
        out.append(part)
    return out


def _pos_constraint(word: str) -> tuple[dict[str, Any], str]:
    prefix, sep, rest = word.partition(":")
    if sep and prefix in POS_PREFIXES:
        return {"POS": {"IN": POS_PREFIXES[prefix]}}, rest.lower()
    return {}, word.lower()


def _read_yaml(path: Path | None) -> dict[str, Any]:
    try:
        if path is None:
            text = resources.files("sitrep.data").joinpath("lexicon.yaml").read_text("utf-8")
        else:
            text = path.read_text("utf-8")
        data = yaml.safe_load(text)
    except (OSError, yaml.YAMLError) as exc:
        raise ModelError(f"cannot read event lexicon {path or 'lexicon.yaml'}: {exc}") from exc
    if not isinstance(data, dict):
        raise ModelError(f"event lexicon {path or 'lexicon.yaml'} must be a YAML mapping")
    return data
