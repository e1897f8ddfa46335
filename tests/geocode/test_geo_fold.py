import pytest

from sitrep.geocode.fold import exact_key, loose_key, strip_accents


def test_strip_accents() -> None:
    assert strip_accents("Abū Ḩammām") == "Abu Hammam"


@pytest.mark.parametrize(
    ("name", "key"),
    [("Al Qāmishlī", "al qamishli"), ("Dayr az-Zawr", "dayr az zawr"), ("Ma’arrat", "maarrat")],
)
def test_exact_key(name: str, key: str) -> None:
    assert exact_key(name) == key


@pytest.mark.parametrize(
    "group",
    [
        ["Deir Ezzor", "Dayr az-Zawr", "Deir ez-Zor", "Dayr az Zawr"],
        ["Qamishli", "Al Qāmishlī", "al-Qamishli", "Kamishli"],
        ["Abu Hamam", "Abū Ḩammām"],
        ["Kharkiv", "Kharkov"],
        ["Raqqa", "Ar Raqqah", "Al-Raqqah"],
        ["Djibouti", "Jibuti"],
        ["Khan Shaykhun", "Han Sheikhoun"],
    ],
)
def test_loose_key_joins_variants(group: list[str]) -> None:
    assert len({loose_key(n) for n in group}) == 1


def test_loose_key_keeps_different_names_apart() -> None:
    assert loose_key("Hajin") != loose_key("Homs")
    assert loose_key("Aleppo") != loose_key("Idlib")


def test_empty_and_non_latin() -> None:
    assert exact_key("  -- ") == "" and loose_key("") == ""
    assert exact_key("هجين") == "هجين"
