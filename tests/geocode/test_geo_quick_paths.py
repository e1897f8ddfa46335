"""Shortcuts taken for speed answer exactly as the long way: the country memo, the one-pass
key folding, the quarter word before a name."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sitrep.geocode.fold import exact_key
from sitrep.geocode.gazetteer import Gazetteer
from sitrep.geocode.reach import quarter

_QUARTER_BEFORE_ANYWHERE = re.compile(r"\b(?:Colonia|Barangay|Barrio)\s+$")


def test_country_is_remembered_and_forgotten_with_the_file(mini_path: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.sqlite"
    copy.write_bytes(mini_path.read_bytes())
    with Gazetteer.open(copy, writable=True) as gaz:
        syria = gaz.country("SY")
        assert syria is not None and syria.name == "Syria"
        assert gaz.country("SYR") == syria
        assert gaz.country("SY") is syria  # the same answer, not read again
        gaz.add_place("Zedland", latitude=1.0, longitude=2.0, feature_class="A")
        assert gaz.country("ZL") is None
        gaz.conn.execute(
            "UPDATE place SET feature_code = 'PCLI', country_code = 'ZL' WHERE name = 'Zedland'"
        )
        gaz.conn.commit()
        assert gaz.country("ZL") is None  # remembered until the file is said to have changed
        gaz.forget()
        found = gaz.country("ZL")
        assert found is not None and found.name == "Zedland"


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Ḩammām al ‘Alīl", "hammam al alil"),
        ("Côte d'Ivoire", "cote divoire"),
        ("O’Hare", "ohare"),
        ("Łódź", "lodz"),
        ("Straße des 17. Juni", "strasse des 17 juni"),
        ("Þórshöfn", "thorshofn"),
        ("Diyarbakır", "diyarbakir"),
        ("  Deir ez-Zor  ", "deir ez zor"),
        ("'", ""),
    ],
)
def test_exact_key_folds_special_letters_and_drops_apostrophes(name: str, key: str) -> None:
    assert exact_key(name) == key


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen raided Colonia Los Pinos at night.",
        "Troops entered Barangay  San Roque.",
        "the Barrio\n\nObrero market",
        "XColonia Pinos was hit.",
        "A Barrio\u00a0Norte clash.",
        "Colonia",
        "Police in Colonia.Santa Rosa",
    ],
)
def test_quarter_word_before_a_name_reads_as_a_search_of_the_whole_text(text: str) -> None:
    for start in range(len(text) + 1):
        expected = bool(_QUARTER_BEFORE_ANYWHERE.search(text[:start]))
        assert quarter(text, start, start) == expected, (text, start)


def test_quarter_named_after_the_name() -> None:
    text = "fighting in the Askari neighbourhood of Kirkuk"
    assert quarter(text, 16, 22)
    assert not quarter(text, 40, 46)
