"""The cue words of control facts (sitrep/control/cues.yaml) as typed data."""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from sitrep.errors import ModelError

_LISTS = (
    "siege_verbs",
    "siege_nouns",
    "siege_end_verbs",
    "siege_end_nouns",
    "control_phrases",
    "control_frame",
    "held_suffixes",
    "distance_units",
    "position_words",
    "place_anaphors",
    "relative_location",
    "area_after",
    "control_verbs",
    "control_light_verbs",
    "operation_launch",
    "operation_front_nouns",
    "operation_anaphors",
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Cues:
    """Word lists per phenomenon, and one pattern that says whether a text has any cue."""

    words: dict[str, frozenset[str]]
    gate: re.Pattern[str]

    @classmethod
    def load(cls, path: Path | None = None) -> Cues:
        raw = _read(path)
        missing = [key for key in _LISTS if not isinstance(raw.get(key), list)]
        if missing:
            raise ModelError(
                f"control cues {path or 'cues.yaml'} lack the list {missing[0]!r}; "
                f"it needs {', '.join(_LISTS)}"
            )
        words = {key: frozenset(str(w).lower() for w in raw[key]) for key in _LISTS}
        return cls(words=words, gate=_gate(words))

    def __getitem__(self, key: str) -> frozenset[str]:
        return self.words[key]


def _gate(words: dict[str, frozenset[str]]) -> re.Pattern[str]:
    """Stems whose absence means a text holds no siege, control or position statement."""
    stems = {
        *(w[:6] for key in ("siege_verbs", "siege_nouns") for w in words[key]),
        *words["control_phrases"],
        *(f"-{w}" for w in words["held_suffixes"]),
        "control",
        "operation",
        *words["position_words"],
    }
    alternatives = "|".join(re.escape(s) for s in sorted(stems, key=len, reverse=True))
    return re.compile(rf"(?i)(?:{alternatives})")


def _read(path: Path | None) -> dict[str, Any]:
    try:
        if path is None:
            text = resources.files("sitrep.control").joinpath("cues.yaml").read_text("utf-8")
        else:
            text = path.read_text("utf-8")
        data = yaml.safe_load(text)
    except (OSError, yaml.YAMLError) as exc:
        raise ModelError(f"cannot read control cues {path or 'cues.yaml'}: {exc}") from exc
    if not isinstance(data, dict):
        raise ModelError(f"control cues {path or 'cues.yaml'} must be a YAML mapping")
    return data
