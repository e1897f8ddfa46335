"""The country a report's outlet points to: "Daily Nation (Kenya); Star (Kenya)" -> KE.

A national outlet mostly tells of its own country, so its home is a weak clue to where a
report happened, read only when the text itself places nothing (`sitrep.pipeline`). A source
line may name several outlets (split on ";"), each by name, with its country in brackets, or by
web address; they must agree, and any outlet that is ambiguous or international decides
nothing for itself (`outlets.yaml`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from urllib.parse import urlsplit

import yaml

from sitrep.errors import ModelError

# "Star (Kenya)", "Daily Nation (Kenya)": the outlet's country in brackets after its name
QUALIFIED = re.compile(r"^(?P<name>.*?)\s*\((?P<country>[^()]+)\)\s*$")
# "SOHR_http://www.syriahr.com/...": a name and the address it was read at
ADDRESS = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_NOT_NAME = re.compile(r"[^\w&]+")
_LEADING_ARTICLE = re.compile(r"^(?:the|al|el)\s+")
# "Al Sumaria TV", "Kathmandu Post Online": a word of the medium after the outlet's name
_MEDIUM = re.compile(r"\s+(?:tv|television|radio|news|online|daily|newspaper|agency|network)$")


@dataclass(frozen=True, slots=True)
class OutletDirectory:
    """Outlet names and web domains by country (ISO alpha-2)."""

    homes: Mapping[str, frozenset[str]]  # folded name -> the countries with an outlet so named
    international: frozenset[str]  # folded names that cover many countries
    generic_domains: frozenset[str]  # top-level domains sold to anyone (".tv", ".io")

    @classmethod
    def load(cls, text: str | None = None) -> OutletDirectory:
        """The shipped directory, or one in the same format given as `text`."""
        if text is None:
            text = resources.files("sitrep.data").joinpath("outlets.yaml").read_text("utf-8")
        try:
            data = yaml.safe_load(text)
            return cls.build(
                _merged(data["countries"], data.get("domains") or {}),
                data.get("international", ()),
                data.get("generic_domains", ()),
            )
        except (yaml.YAMLError, KeyError, TypeError, AttributeError) as exc:
            raise ModelError(
                f"the outlet directory is malformed ({exc}); reinstall sitrep or fix outlets.yaml"
            ) from exc

    @classmethod
    def build(
        cls,
        countries: Mapping[str, Iterable[str]],
        international: Iterable[str] = (),
        generic_domains: Iterable[str] = (),
    ) -> OutletDirectory:
        homes: dict[str, set[str]] = {}
        for code, names in countries.items():
            for name in names:
                homes.setdefault(fold(str(name)), set()).add(str(code).upper())
        return cls(
            {k: frozenset(v) for k, v in homes.items()},
            frozenset(fold(str(n)) for n in international),
            frozenset(str(d).lower().lstrip(".") for d in generic_domains),
        )

    def country_of(
        self, source: str | None, *, country_code: Callable[[str], str | None]
    ) -> str | None:
        """The one country (ISO alpha-2) the outlets of a source line agree on, or None.
        `country_code` reads a bracketed country name ("Kenya") as a code."""
        if not source:
            return None
        found = {self._outlet_country(part, country_code) for part in source.split(";")}
        found.discard(None)
        return found.pop() if len(found) == 1 else None

    def _outlet_country(self, part: str, country_code: Callable[[str], str | None]) -> str | None:
        address = ADDRESS.search(part)
        name = ADDRESS.sub("", part).split(":")[0].strip(" _-,")  # "SOHR: SOHR_http://..."
        qualified = QUALIFIED.match(name)
        if qualified:  # "Star (Kenya)"; a bracket naming no country is part of the name
            country = country_code(qualified["country"].strip())
            if country:
                return country
            name = qualified["name"]
        if name:
            return self.name_country(name)
        return self.domain_country(address.group()) if address else None

    def name_country(self, name: str) -> str | None:
        """The country of an outlet named alone, when its name is listed for one country."""
        key = fold(name)
        if key not in self.homes and key not in self.international:
            key = _MEDIUM.sub("", key)  # "Al Sumaria TV" as "Al Sumaria"
        if key in self.international:
            return None
        homes = self.homes.get(key, frozenset())
        return next(iter(homes)) if len(homes) == 1 else None

    def domain_country(self, address: str) -> str | None:
        """The country of a web address: a listed outlet's domain ("syriahr.com") or a
        country's own top-level domain ("nation.co.ke")."""
        host = urlsplit(address if "//" in address else f"//{address}").hostname or ""
        host = host.removeprefix("www.")
        listed = self.name_country(host)
        if listed or fold(host) in self.international:
            return listed
        tld = host.rsplit(".", 1)[-1]
        if len(tld) == 2 and tld.isalpha() and tld not in self.generic_domains:
            return "GB" if tld == "uk" else tld.upper()
        return None


def _merged(*sections: Mapping[str, Iterable[str]]) -> dict[str, list[str]]:
    merged: dict[str, list[str]] = {}
    for section in sections:
        for code, names in section.items():
            merged.setdefault(code, []).extend(names)
    return merged


def fold(name: str) -> str:
    """An outlet's name for matching: lower case, no punctuation, no leading article."""
    words = _NOT_NAME.sub(" ", name.lower()).strip()
    return _LEADING_ARTICLE.sub("", words)
