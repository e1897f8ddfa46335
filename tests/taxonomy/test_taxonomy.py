"""The ACLED ontology tables and their lookups."""

from __future__ import annotations

import pytest

from sitrep import taxonomy as tx


def test_six_types_and_25_sub_types() -> None:
    assert len(tx.EventType) == 6
    assert len(tx.SubEventType) == 25
    assert set(tx.SUB_TYPES) == set(tx.SubEventType)
    counts = {t: len(tx.sub_types_of(t)) for t in tx.EventType}
    assert list(counts.values()) == [3, 6, 3, 3, 2, 8]


def test_exact_strings() -> None:
    assert tx.EventType.EXPLOSIONS == "Explosions/Remote violence"
    assert tx.SubEventType.SHELLING == "Shelling/artillery/missile attack"
    assert tx.event_type_of("Mob violence") == "Riots"
    assert tx.event_type_of("Looting/property destruction") == "Strategic developments"


def test_unknown_sub_type_raises() -> None:
    with pytest.raises(KeyError, match="not an ACLED sub-event type"):
        tx.sub_type("armed clash")


def test_disorder_types() -> None:
    assert tx.sub_type("Armed clash").disorder_type == "Political violence"
    assert tx.sub_type("Mob violence").disorder_type == "Political violence"
    assert tx.sub_type("Violent demonstration").disorder_type == "Demonstrations"
    assert (
        tx.sub_type("Excessive force against protesters").disorder_type
        == "Political violence; Demonstrations"
    )
    assert tx.sub_type("Arrests").disorder_type == "Strategic developments"


def test_plover_and_cameo() -> None:
    clash = tx.sub_type("Armed clash")
    assert (clash.plover, clash.plover_mode, clash.cameo) == ("FIGHT", "firearms", "19")
    ied = tx.sub_type("Remote explosive/landmine/IED")
    assert (ied.plover, ied.plover_mode, ied.cameo) == ("ASSAULT", "explosives", "18")
    assert tx.sub_type("Peaceful protest").cameo == "14"
    assert all(i.cameo is None or i.cameo in tx.CAMEO_ROOTS for i in tx.SUB_TYPES.values())


def test_interaction_rule() -> None:
    assert tx.interaction(1, 2) == 12
    assert tx.interaction(2, 1) == 12
    assert tx.interaction(7, 3) == 37
    assert tx.interaction(6) == 60
    assert tx.interaction(6, 0) == 60
    assert tx.interaction(None, None) is None
    with pytest.raises(ValueError, match="1-8"):
        tx.interaction(9, 1)


def test_inter_names() -> None:
    assert tx.inter_name(1) == "State forces"
    assert tx.inter_name(8) == "External/Other forces"
    assert tx.Inter.CIVILIANS == 7


def test_old_types() -> None:
    assert tx.OLD_EVENT_TYPES["Battle-No change of territory"] == ("Battles", "Armed clash")
    assert tx.old_event_types("Riots/Protests") == ("Protests", "Riots")
    assert tx.old_event_types("Remote violence") == ("Explosions/Remote violence",)
    with pytest.raises(KeyError):
        tx.old_event_types("Battle")


def test_civilian_targeting() -> None:
    assert tx.civilian_targeting("Attack", inter2=7)
    assert not tx.civilian_targeting("Armed clash", inter2=1)
    assert not tx.civilian_targeting("Peaceful protest", inter2=7)
