"""Reading actor files (`actors.yaml` and the user's own): the YAML schema, checked with the
file and line of every mistake, merged into the tables the actor dictionary is built from."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import yaml

from sitrep.errors import ModelError
from sitrep.extract.actor_records import (
    GENERIC_INTER,
    KIND_OF_INTER,
    KINDS,
    STATE_KINDS,
    ActorEntry,
    Alias,
    Country,
    Period,
    UnnamedConvention,
)
from sitrep.extract.actor_tokens import alias_key, strip_quotes, tokenize

_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_BaseLoader):  # type: ignore[valid-type,misc]
    """A YAML loader that records the line of every mapping under the key `__line__`."""


def _mapping_with_line(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    data: dict[str, Any] = {str(k): v for k, v in loader.construct_mapping(node, deep=True).items()}
    data["__line__"] = node.start_mark.line + 1
    return data


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_with_line)


_ACTOR_KEYS = {
    "name",
    "aliases",
    "pejoratives",
    "inter",
    "country",
    "countries",
    "also_in",
    "wikidata",
    "active",
    "associated",
    "component_of",
    "state",
    "unit",
    "kind",
    "either_of",
    "state_ally",
    "named_by_prefix",
    "renamed",
    "__line__",
}


@dataclass(frozen=True, slots=True)
class RawFile:
    where: str
    data: dict[str, Any]


def parse_actor_file(text: str, where: str) -> RawFile:
    try:
        data = yaml.load(text, Loader=_LineLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f"{where}:{mark.line + 1}" if mark else where
        raise ModelError(f"{at}: not valid YAML ({exc}); fix the syntax") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ModelError(f"{where}:1: an actor file must be a mapping with an `actors:` list")
    return RawFile(where, data)


def _plain(mapping: dict[str, Any]) -> dict[str, Any]:
    """A mapping without the loader's `__line__` bookkeeping key."""
    return {k: v for k, v in mapping.items() if k != "__line__"}


def _fail(where: str, item: dict[str, Any] | None, what: str) -> ModelError:
    line = item.get("__line__", 1) if isinstance(item, dict) else 1
    return ModelError(f"{where}:{line}: {what}")


@dataclass(frozen=True, slots=True, kw_only=True)
class ActorTables:
    """Everything the actor files list, merged in order (a later file overrides)."""

    entries: list[ActorEntry]
    aliases: list[Alias]
    countries: dict[str, Country]
    framing_words: dict[str, str]
    member_words: frozenset[str]
    conventions: list[UnnamedConvention]
    framing_before: dict[str, str] = field(default_factory=dict)


def build_tables(raws: list[RawFile]) -> ActorTables:
    countries: dict[str, Country] = {}
    framing: dict[str, str] = {}
    before: dict[str, str] = {}
    members: set[str] = set()
    group_words: list[str] = []
    generics: list[tuple[str, dict[str, Any]]] = []
    conventions: list[UnnamedConvention] = []
    actors: dict[str, tuple[str, dict[str, Any]]] = {}
    for raw in raws:
        countries.update(_countries(raw))
        framing.update(_framing_words(raw))
        before.update(_framing_words(raw, "framing_before"))
        generics.extend((raw.where, g) for g in _listed(raw, "generic"))
        conventions.extend(_convention(raw.where, c) for c in _listed(raw, "unnamed_perpetrators"))
        members.update(alias_key(str(w)) for w in raw.data.get("member_words") or [])
        group_words.extend(str(w) for w in raw.data.get("group_words") or [])
        names: set[str] = set()
        for item in _listed(raw, "actors"):
            _check_actor(raw.where, item)
            key = str(item["name"])
            if key in names:
                raise _fail(raw.where, item, f"actor {key!r} is listed twice; merge the entries")
            names.add(key)
            base = actors.get(key, (raw.where, {}))[1]
            actors[key] = (raw.where, _merge(base, item))
    entries: list[ActorEntry] = []
    aliases: list[Alias] = []
    generic = [_generic(where, item) for where, item in generics]
    common = {a.tokens for _, words in generic for a in words}
    for where, item in actors.values():
        for entry in _entries(where, item):
            entries.append(entry)
            aliases.extend(_aliases(where, item, entry, common=common))
            aliases.extend(_group_aliases(item, entry, group_words))
    for entry, words in generic:
        entries.append(entry)
        aliases.extend(words)
    return ActorTables(
        entries=entries,
        aliases=aliases,
        countries=countries,
        framing_words=framing,
        member_words=frozenset(members),
        conventions=conventions,
        framing_before=before,
    )


def _convention(where: str, item: dict[str, Any]) -> UnnamedConvention:
    name, inter = item.get("name"), item.get("inter")
    if not isinstance(name, str) or not isinstance(inter, int) or inter not in range(1, 9):
        raise _fail(where, item, "an unnamed perpetrator needs `name:` and `inter:` (1-8)")
    subs, marks = item.get("sub_event_types") or [], item.get("hallmarks") or []
    facing = item.get("facing_state", False)
    if not (subs or marks or facing) or not item.get("countries"):
        raise _fail(
            where,
            item,
            f"{name!r}: give `countries:` and `sub_event_types:`, `hallmarks:` or `facing_state:`",
        )
    if not isinstance(facing, bool):
        raise _fail(where, item, f"{name!r}: `facing_state:` is true or false")
    return UnnamedConvention(
        name=name,
        inter=inter,
        countries=frozenset(str(c) for c in item["countries"]),
        sub_event_types=frozenset(str(s) for s in subs),
        hallmarks=tuple(str(m).casefold() for m in marks),
        facing_state=facing,
        places=tuple(str(m).casefold() for m in item.get("places") or []),
    )


def _listed(raw: RawFile, key: str) -> list[dict[str, Any]]:
    items = raw.data.get(key) or []
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise _fail(raw.where, raw.data, f"`{key}:` must be a list of mappings")
    return items


def _merge(base: dict[str, Any], item: dict[str, Any]) -> dict[str, Any]:
    merged = {**base, **item}
    for key in ("aliases", "associated"):
        merged[key] = [*(base.get(key) or []), *(item.get(key) or [])]
    merged["pejoratives"] = {
        **_plain(base.get("pejoratives") or {}),
        **_plain(item.get("pejoratives") or {}),
    }
    return merged


def _check_actor(where: str, item: dict[str, Any]) -> None:
    unknown = sorted(set(item) - _ACTOR_KEYS)
    if unknown:
        raise _fail(where, item, f"unknown key {unknown[0]!r}; allowed: {sorted(_ACTOR_KEYS)[1:]}")
    if not isinstance(item.get("name"), str) or not item["name"].strip():
        raise _fail(where, item, "every actor needs a `name:` (ACLED-style canonical name)")
    if item.get("inter") not in range(1, 9):
        raise _fail(where, item, f"actor {item['name']!r}: `inter:` must be an integer 1-8")
    if item.get("state") not in (None, *STATE_KINDS):
        raise _fail(where, item, f"actor {item['name']!r}: `state:` must be one of {STATE_KINDS}")
    if item.get("kind") not in (None, *KINDS):
        raise _fail(where, item, f"actor {item['name']!r}: `kind:` must be one of {KINDS}")
    for key in ("aliases", "associated", "countries", "also_in", "either_of"):
        if not isinstance(item.get(key) or [], list):
            raise _fail(where, item, f"actor {item['name']!r}: `{key}:` must be a list")
    if not isinstance(item.get("state_ally", False), bool | str):
        raise _fail(where, item, f"actor {item['name']!r}: `state_ally:` is true or a country")
    pej = item.get("pejoratives") or {}
    if not isinstance(pej, dict) or not all(isinstance(v, str) for v in _plain(pej).values()):
        raise _fail(where, item, f"actor {item['name']!r}: `pejoratives:` maps label -> framing")


def _entries(where: str, item: dict[str, Any]) -> Iterator[ActorEntry]:
    start, until = _active(where, item)
    countries = list(item.get("countries") or [item.get("country")])
    template = str(item["name"])
    if "{country}" in template:
        countries.append(None)
    inter = int(item["inter"])
    for country in countries:
        name = template.replace("{country}", str(country))
        if country is None:
            name = template.replace(" ({country})", "").replace("{country}", "").strip()
        yield ActorEntry(
            name=name,
            inter=inter,
            kind=item.get("kind") or item.get("state") or KIND_OF_INTER[inter],
            country=country,
            also_in=tuple(item.get("also_in") or ()),
            state=item.get("state"),
            unit=item.get("unit"),
            wikidata=item.get("wikidata"),
            active_from=start,
            active_until=until,
            associated=tuple(item.get("associated") or ()),
            component_of=_component_of(where, item),
            merged=_merged(where, item),
            either_of=tuple(str(n) for n in item.get("either_of") or ()),
            state_ally=bool(item.get("state_ally", False)),
            ally_of=_ally_of(item),
            named_by_prefix=bool(item.get("named_by_prefix", False)),
            renamed=_renamed(where, item, country),
            per_country="{country}" in template,
            line=int(item.get("__line__", 0)),
        )


def _renamed(where: str, item: dict[str, Any], country: str | None) -> tuple[str, date] | None:
    """`renamed: {name: NAME, from: DAY}`: the name ACLED codes the actor by in reports of
    that day or later ("{country}" filled as in `name`)."""
    value = item.get("renamed")
    if value is None:
        return None
    day = _day(where, item, value.get("from")) if isinstance(value, dict) else None
    if day is None or not isinstance(value.get("name"), str):
        raise _fail(where, item, "`renamed:` is {name: NAME, from: DAY}")
    template = str(value["name"])
    if country is None:
        return template.replace(" ({country})", "").replace("{country}", "").strip(), day
    return template.replace("{country}", country), day


def _ally_of(item: dict[str, Any]) -> str | None:
    """`state_ally: COUNTRY`: the state it backs; `state_ally: true`: any state."""
    value = item.get("state_ally")
    return value if isinstance(value, str) else None


def _component_of(where: str, item: dict[str, Any]) -> str | None:
    """`component_of: NAME` or `component_of: {name: NAME, from: DAY, until: DAY}`."""
    value = item.get("component_of")
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, dict) and isinstance(value.get("name"), str):
        return str(value["name"])
    raise _fail(where, item, "`component_of:` is a name or {name: ..., from: ..., until: ...}")


def _merged(where: str, item: dict[str, Any]) -> tuple[date | None, date | None]:
    value = item.get("component_of")
    if not isinstance(value, dict):
        return None, None
    return _day(where, item, value.get("from")), _day(where, item, value.get("until"))


def _active(where: str, item: dict[str, Any]) -> tuple[date | None, date | None]:
    active = item.get("active") or {}
    if not isinstance(active, dict):
        raise _fail(where, item, "`active:` must be a mapping with `from:` and/or `until:`")
    return _day(where, item, active.get("from")), _day(where, item, active.get("until"))


def _day(where: str, item: dict[str, Any], value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    if isinstance(value, int) and 1800 < value < 2200:
        return date(value, 1, 1)
    raise _fail(where, item, f"dates must be YYYY or YYYY-MM-DD, got {value!r}")


def _aliases(
    where: str, item: dict[str, Any], entry: ActorEntry, *, common: set[tuple[str, ...]]
) -> Iterator[Alias]:
    """An entry's aliases. Its own name shorn of a qualifier is one, unless that leaves a
    generic word ("Militia (Pro-Government)" is not every "militia")."""
    names: list[Any] = [] if entry.state else _own_names(entry.name)
    own = (_make_alias(entry, *_alias_text(where, item, n), None) for n in names)
    yield from (a for a in own if a.tokens not in common)
    for raw in item.get("aliases") or []:
        text, case = _alias_text(where, item, raw)
        yield _make_alias(entry, text, case, None)
    for text, framing in _plain(item.get("pejoratives") or {}).items():
        yield _make_alias(entry, str(text), False, framing)


# People of a community told as armed are its militia ("armed Pokot men", "armed Kuki
# villagers"), where the bare words ("Pokot men") are not.
ARMED_PEOPLE = ("men", "youths", "villagers")
_IDENTITY_MILITIA = re.compile(r"^(?!Unidentified )(\S+) (?:Ethnic|Communal|Clan) Militia\b")


def _group_aliases(item: dict[str, Any], entry: ActorEntry, words: list[str]) -> list[Alias]:
    """A community's militia is named by the community and any word for its armed men
    (`group_words:`): "Pokot Ethnic Militia (Kenya)" is "Pokot raiders", "armed Pokot
    militants", "the Pokot tribe"."""
    m = _IDENTITY_MILITIA.match(entry.name)
    if m is None:
        return []
    listed = {alias_key(str(a)) for a in item.get("aliases") or [] if isinstance(a, str)}
    texts = [f"{m.group(1)} {w}" for w in words]
    texts += [f"armed {m.group(1)} {w}" for w in ARMED_PEOPLE]  # "armed Meitei men"
    return [_make_alias(entry, t, False, None) for t in texts if alias_key(t) not in listed]


def _own_names(name: str) -> list[Any]:
    """A canonical name is an alias of itself; so is its "ABBR: " prefix (case-sensitive)."""
    m = re.match(r"^([A-Za-z0-9\-]{2,10}): (.+)$", name)
    if m is None:
        return [re.sub(r"\s*\(.*?\)\s*$", "", name)]
    return [{"text": m.group(1), "case_sensitive": True}, m.group(2)]


def _alias_text(where: str, item: dict[str, Any], raw: Any) -> tuple[str, bool]:
    if isinstance(raw, str):
        return raw, _looks_like_abbreviation(raw)
    if isinstance(raw, dict) and isinstance(raw.get("text"), str):
        return raw["text"], bool(raw.get("case_sensitive", _looks_like_abbreviation(raw["text"])))
    raise _fail(where, item, f"alias {raw!r}: give a string or {{text: ..., case_sensitive: ...}}")


def _looks_like_abbreviation(text: str) -> bool:
    """Short aliases in capitals (IS, SAF, PDF) or mixed case (LeT, HuJI) match only as
    written: "is" is a verb, "let" a word."""
    letters = re.sub(r"[^\w]", "", text)
    capitals = sum(c.isupper() for c in letters)
    return len(letters) <= 5 and (letters.isupper() or capitals >= 2)


def _make_alias(entry: ActorEntry, text: str, case: bool, framing: str | None) -> Alias:
    toks = tokenize(text)
    last = strip_quotes(toks[-1].text) if toks else ""
    keys = tuple(t.key for t in toks)
    common = text == text.lower() and any(c.isalpha() for c in text)
    return Alias(
        entry=entry, tokens=keys, case_sensitive=case, framing=framing, raw=last, common=common
    )


def _generic(where: str, item: dict[str, Any]) -> tuple[ActorEntry, list[Alias]]:
    kind = item.get("kind")
    if kind not in GENERIC_INTER:
        raise _fail(where, item, f"generic entries need `kind:` one of {tuple(GENERIC_INTER)}")
    usual = item.get("usual_country")
    entry = ActorEntry(
        name=kind,
        inter=GENERIC_INTER[kind],
        kind=kind,
        generic=True,
        usual_country=str(usual) if usual else None,
        qualifier=str(item["qualifier"]) if item.get("qualifier") else None,
        line=item["__line__"],
    )
    framing = item.get("framing")
    words = [_make_alias(entry, str(w), False, framing) for w in item.get("words") or []]
    return entry, words


def _countries(raw: RawFile) -> dict[str, Country]:
    table = raw.data.get("countries") or {}
    if not isinstance(table, dict):
        raise _fail(raw.where, raw.data, "`countries:` must map a country name to its details")
    return {name: _country(raw.where, name, info or {}) for name, info in _plain(table).items()}


def _country(where: str, name: str, info: dict[str, Any]) -> Country:
    periods = []
    for label in info.get("periods") or []:
        periods.append(_period(where, info, name, str(label)))
    return Country(
        name=name,
        the=bool(info.get("the", False)),
        demonyms=tuple(info.get("demonyms") or ()),
        periods=tuple(periods),
        regions=tuple(str(r) for r in info.get("regions") or ()),
        military_of=str(info["military_of"]) if info.get("military_of") else None,
    )


_PERIOD = re.compile(r"(\d{4})(?:-(\d{2})-(\d{2}))?\s*\.\.\s*(?:(\d{4})(?:-(\d{2})-(\d{2}))?)?")


def _period(where: str, info: dict[str, Any], name: str, label: str) -> Period:
    """`2013-04-09..2022-09-13` -> Period(label="2013-2022"); `2022-09-13..` -> "2022-"."""
    m = _PERIOD.fullmatch(label)
    if m is None:
        raise _fail(where, info, f"{name}: period {label!r} must look like 2013-04-09..2022-09-13")
    y1, m1, d1, y2, m2, d2 = m.groups()
    start = date(int(y1), int(m1 or 1), int(d1 or 1))
    end = date(int(y2), int(m2 or 1), int(d2 or 1)) if y2 else None
    return Period(label=f"{y1}-{y2 or ''}", start=start, end=end)


def _framing_words(raw: RawFile, key: str = "framing_words") -> dict[str, str]:
    table = raw.data.get(key) or {}
    if not isinstance(table, dict):
        raise _fail(raw.where, raw.data, f"`{key}:` must map a word to its framing tag")
    return {alias_key(str(k)): str(v) for k, v in table.items() if k != "__line__"}
