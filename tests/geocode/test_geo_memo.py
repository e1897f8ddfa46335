"""Memoised gazetteer answers: the same as asking the file, and forgotten when it changes."""

from pathlib import Path

import pytest

from sitrep.geocode.gazetteer import Gazetteer
from sitrep.geocode.memo import Memo

NAMES = ("Hajin", "Dayr az Zawr", "Hajeen", "Syrian", "U.S.", "Springfield", "Atlantis", "", "-")


def test_memo_keeps_the_most_recent_answers() -> None:
    asked: list[str] = []

    def compute(key: str) -> str:
        asked.append(key)
        return key.upper()

    memo: Memo[str, str] = Memo(compute, size=2)
    assert [memo("a"), memo("b"), memo("a"), memo("c"), memo("a"), memo("b")] == list("ABACAB")
    assert asked == ["a", "b", "c", "b"]
    assert len(memo) == 2
    assert memo.peek("a") == "A"
    assert memo.peek("c") is None
    memo.clear()
    assert len(memo) == 0


@pytest.mark.parametrize("name", NAMES)
def test_exact_is_the_unfolded_part_of_lookup(mini_path: Path, name: str) -> None:
    with Gazetteer.open(mini_path) as cold:
        exact_first = cold.exact(name)
    with Gazetteer.open(mini_path) as gaz:
        full = gaz.lookup(name)
        expected = [c for c in full if c.match != "folded"]
        assert gaz.exact(name) == expected
    assert exact_first == expected
    assert full[: len(expected)] == expected


@pytest.mark.parametrize("name", NAMES)
def test_known_is_the_same_asked_either_way(mini_path: Path, name: str) -> None:
    with Gazetteer.open(mini_path) as cold:
        first = cold.known(name)
    with Gazetteer.open(mini_path) as gaz:
        gaz.exact(name)
        assert gaz.known(name) is first
    assert first is (name in ("Hajin", "Dayr az Zawr", "Syrian", "U.S.", "Springfield"))


def test_abbreviations_are_exact_spellings(gaz: Gazetteer) -> None:
    assert gaz.is_abbreviation("U.S.") is True
    assert gaz.is_abbreviation("U.S.") is True
    assert gaz.is_abbreviation("US") is False
    assert gaz.is_abbreviation("Hajin") is False


def test_added_names_are_seen_at_once(mini_path: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.sqlite"
    copy.write_bytes(mini_path.read_bytes())
    with Gazetteer.open(copy, writable=True) as gaz:
        assert gaz.exact("Xiranice") == []
        assert gaz.known("Xiranice") is False
        assert gaz.is_abbreviation("Xir.") is False
        gaz.add_alias("Xiranice", same_as=900001)
        gaz.add_alias("Xir.", same_as=900001, kind="abbreviation")
        assert [c.place.geonameid for c in gaz.exact("Xiranice")] == [900001]
        assert gaz.known("Xiranice") is True
        assert gaz.is_abbreviation("Xir.") is True


@pytest.mark.parametrize("name", NAMES)
def test_lookup_after_exact_is_the_same(mini_path: Path, name: str) -> None:
    with Gazetteer.open(mini_path) as fresh:
        expected = fresh.lookup(name)
    with Gazetteer.open(mini_path) as gaz:
        gaz.exact(name)
        assert gaz.lookup(name) == expected
