"""Among same-name places, the one in the region the report's actors fight in wins.

An insurgency fights in a few provinces of its country: India's Maoists in the forest belt
of Chhattisgarh, Jharkhand and Odisha, Kashmir's militant groups in Jammu and Kashmir,
Boko Haram around Lake Chad. "Maoists detonated an IED in Bijapur" is Chhattisgarh's
Bijapur, not the larger Karnataka district of that name. The report's named actors lend
their theatre's provinces a vote (`resolve.actor_votes`), as a province named in the text
does; a place named with its province ("Bijapur, Karnataka") still wins.

The table holds groups whose fight is confined to a few provinces of their countries (no
group that fights country-wide, such as Yemen's Houthis), by the actor dictionary's names.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

_MAOIST_BELT = (
    "Chhattisgarh",
    "Jharkhand",
    "Odisha",
    "Maharashtra",
    "Telangana",
    "Bihar",
    "Andhra Pradesh",
)
_KASHMIR = (("IN", "Jammu and Kashmir"),)
_LAKE_CHAD = (
    ("NG", "Borno"),
    ("NG", "Yobe"),
    ("NG", "Adamawa"),
    ("CM", "Far North"),
    ("NE", "Diffa"),
    ("TD", "Lac"),
)
_KIVU = (("CD", "Nord-Kivu"), ("CD", "Ituri"), ("CD", "Sud-Kivu"))
THEATRES: dict[str, tuple[tuple[str, str], ...]] = {
    "CPI (Maoist): Communist Party of India (Maoist)": tuple(("IN", a) for a in _MAOIST_BELT),
    "Lashkar-e-Taiba": _KASHMIR,
    "Jaish-e-Mohammed": _KASHMIR,
    "Hizbul Mujahideen": _KASHMIR,
    "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad": _LAKE_CHAD,
    "Islamic State (West Africa)": _LAKE_CHAD,
    "ADF: Allied Democratic Forces": _KIVU,
    "M23: March 23 Movement": _KIVU,
    "Ambazonian Separatists": (("CM", "Northwest"), ("CM", "Southwest")),
    "Islamic State (Mozambique)": (("MZ", "Cabo Delgado"), ("MZ", "Niassa"), ("MZ", "Nampula")),
    "TPNPB: West Papua National Liberation Army": tuple(
        ("ID", a)
        for a in ("Papua", "Papua Barat", "Papua Barat Daya", "Papua Pegunungan")
        + ("Papua Selatan", "Papua Tengah")
    ),
}


class _Actor(Protocol):
    @property
    def name(self) -> str: ...


class _ActorMention(Protocol):
    @property
    def actor(self) -> _Actor: ...


def actor_theatres(mentions: Iterable[_ActorMention]) -> frozenset[tuple[str, str]]:
    """(ISO alpha-2, first-level area) of the provinces the named actors fight in."""
    return frozenset(area for m in mentions for area in THEATRES.get(m.actor.name, ()))
