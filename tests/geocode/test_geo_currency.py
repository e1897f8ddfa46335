"""Money amounts as a cue to the report's country (texts made up for these tests)."""

from sitrep.geocode.currency import currency_lean
from sitrep.geocode.home import Home, Tally, with_money


def test_dollar_amounts_lean_to_dollar_countries() -> None:
    lean = currency_lean("The board approved $12,500 for paving and $ 3,000 for signs.")
    assert lean["US"] == lean["CA"] == 2 / 3
    assert "GB" not in lean and "FR" not in lean


def test_mixed_currencies_share_the_lean() -> None:
    lean = currency_lean("Tickets cost £20, or €25 at the door; parking is £5.")
    assert lean["GB"] == (2 / 3) * (2 / 3)
    assert lean["IE"] == (1 / 3) * (1 / 2)
    assert "US" not in lean


def test_no_amounts_no_lean() -> None:
    assert currency_lean("A $ sign alone, or 500 dollars in words.") == {}
    assert currency_lean("") == {}


def test_money_raises_but_never_lowers_a_country_lean() -> None:
    home = Home(countries={"US": 0.9, "GB": 0.1})
    got = with_money(home, {"US": 0.5, "CA": 0.5})
    assert got.countries == {"US": 0.9, "GB": 0.1, "CA": 0.5}
    assert with_money(home, {}) is home
    assert Tally({}).home(money={"AU": 0.5}).countries == {"AU": 0.5}
