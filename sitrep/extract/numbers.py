"""Numbers as reports write them ("12", "1,200", "thirty-two", "two hundred", "dozens") and
the fatality `Count` read from them. ACLED's fixed values for vague plurals live here:
"several" or "many" = 10, "dozens" = 12, "hundreds" = 100, "a few" = 3."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "dozen": 12, "dozens": 12, "scores": 12, "hundreds": 100, "thousands": 1000,
    "several": 10, "some": 3, "multiple": 10, "many": 10, "numerous": 10, "few": 3,
}  # fmt: skip


# Words that multiply the number before them ("two hundred", "3 thousand").
MULTIPLIERS = frozenset({100, 1000, 1_000_000})


MULTIPLIER_WORDS = {"million": 1_000_000, "thousand": 1000}


@dataclass(frozen=True, slots=True, kw_only=True)
class Count:
    """A fatality figure and the tokens it was read from. `total`: it states the whole toll;
    `stated`: a coder's figure for the record ('Fatalities coded as 0'), which stands even when
    it is zero; `divisor`: the coder splits the record's figure between that many places or
    events ('Fatalities distributed over two locations'), each getting its share; `revised`:
    a later figure for the same dead ('the toll rose to 11'), which replaces the first."""

    value: int
    start: int
    end: int
    total: bool = False
    stated: bool = False
    divisor: int = 1
    revised: bool = False


def number_value(token: Token) -> int | None:
    """The integer a number token stands for ("12", "1,200", "twelve", "dozens")."""
    text = token.lower_.replace(",", "")
    if text.isdigit():
        return int(text)
    value = NUMBER_WORDS.get(text, MULTIPLIER_WORDS.get(text))
    if value is not None and token.pos_ in ("NUM", "DET", "ADJ", "NOUN", "PRON"):
        return value
    if value is not None and token.pos_ == "PROPN" and token.is_sent_start:
        return value  # "Eleven people were killed": capitalised, read as a name
    return None


def phrase_value(token: Token) -> int | None:
    """A number with the number words it is built from: 'thirty-two' (tens + units, split
    by the tokenizer), 'two hundred', '3 thousand'."""
    value = number_value(token)
    if value is None:
        return None
    for child in number_parts(token):
        part = number_value(child)
        if part is None:
            continue
        if value in MULTIPLIERS:
            value = part * value
        elif 20 <= part <= 90 and part % 10 == 0 and value < 10:
            value = part + value
    return value


def number_parts(token: Token) -> list[Token]:
    """Number words written before a number as part of it ('thirty-two', 'two hundred')."""
    return [
        c
        for c in token.children
        if c.dep_ == "compound" and c.i < token.i and c.pos_ == "NUM" and _adjacent(c, token)
    ]


def _adjacent(left: Token, right: Token) -> bool:
    between = left.doc[left.i + 1 : right.i]
    return all(t.text == "-" for t in between)
