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

    def phrases(self) -> list[tuple[str, tuple[Word, ...]]]:
        """Every cue phrase as (cue, words): each word a lower-case form, optionally with the
        parts of speech it must have."""
        return [
            (cue, tuple(_pos_constraint(w) for w in _split_words(phrase)))
            for cue, phrases in self.cues.items()
            for phrase in phrases
        ]


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


@dataclass(frozen=True, slots=True)
class Word:
    """One word of a cue phrase: its lower-case form or lemma, and the POS it needs."""

    text: str
    pos: frozenset[str] | None = None


def _pos_constraint(word: str) -> Word:
    prefix, sep, rest = word.partition(":")
    if sep and prefix in POS_PREFIXES:
        return Word(rest.lower(), frozenset(POS_PREFIXES[prefix]))
    return Word(word.lower())


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
