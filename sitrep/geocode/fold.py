"""Name folding: keys that match place names across spellings and transliterations.

`exact_key` only drops case, accents, apostrophes and punctuation ("Al Qāmishlī" ->
"al qamishli"). `loose_key` also drops Arabic articles, doubled letters and vowel
differences and merges common romanisation pairs, so "Deir Ezzor", "Dayr az-Zawr" and
"Deir ez-Zor" share one key. Exact matches rank above loose ones.
"""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = "'’‘ʼʻʿʾ`´"
_ARTICLES = frozenset(
    {"al", "el", "ad", "ed", "as", "es", "ar", "er", "at", "et", "az", "ez", "an", "en"}
    | {"ash", "esh", "ath", "adh", "ul", "il"}
)
_SUN_LETTER_ARTICLE = re.compile(r"^[ae](sh|th|dh|[tdsznrl])(?=\1)")
_WORD_ENDINGS = (
    (re.compile(r"(?<=.)[ie][vw]$"), "ov"),
    (re.compile(r"(?<=..[aeiou])h$"), ""),
)
_PAIRS = (
    ("kh", "h"),
    ("gh", "g"),
    ("ph", "f"),
    ("th", "t"),
    ("dh", "d"),
    ("dj", "j"),
    ("ch", "sh"),
    ("ck", "k"),
    ("q", "k"),
    ("ou", "u"),
    ("ee", "i"),
    ("oo", "u"),
    ("aw", "o"),
    ("ay", "e"),
    ("ai", "e"),
    ("ei", "e"),
    ("ey", "e"),
    ("w", "v"),
)
_SPECIAL = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "ß": "ss"})
_DROP_APOSTROPHES = str.maketrans("", "", _APOSTROPHES)
# both tables in one pass: each character as _SPECIAL then _DROP_APOSTROPHES would map it
_SPECIAL_NO_APOSTROPHES = {
    code: chr(code).translate(_SPECIAL).translate(_DROP_APOSTROPHES)
    for code in {*_SPECIAL, *_DROP_APOSTROPHES}
}
_NON_WORD = re.compile(r"[\W_]+")
_DOUBLED = re.compile(r"(.)\1+")
_VOWELS = re.compile(r"[aeiouy]+")


def strip_accents(text: str) -> str:
    """Drop diacritics: "Ḩammām" -> "Hammam"."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def exact_key(name: str) -> str:
    """Lowercase, accents and apostrophes removed, other punctuation as single spaces."""
    text = strip_accents(name).lower().translate(_SPECIAL_NO_APOSTROPHES)
    return _NON_WORD.sub(" ", text).strip()


def _drop_articles(words: list[str]) -> list[str]:
    kept = [w for i, w in enumerate(words) if not (w in _ARTICLES and i < len(words) - 1)]
    return [kept[0], *(_SUN_LETTER_ARTICLE.sub("", w) for w in kept[1:])] if kept else kept


def _fold_word(word: str) -> str:
    for pattern, repl in _WORD_ENDINGS:
        word = pattern.sub(repl, word)
    return word


def loose_key(name: str) -> str:
    """A key shared by transliteration variants; lossy, so rank its matches below exact."""
    return loose_from_exact(exact_key(name))


def loose_from_exact(key: str) -> str:
    """`loose_key` from an `exact_key` already computed."""
    words = _drop_articles(key.split())
    text = "".join(_fold_word(w) for w in words)
    for a, b in _PAIRS:
        text = text.replace(a, b)
    text = _DOUBLED.sub(r"\1", text)
    if not text:
        return ""
    return text[0] + _VOWELS.sub("a", text[1:])
