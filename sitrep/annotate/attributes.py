"""A memo in front of spaCy's attribute ruler: the same matches, each word's worked out once.

The attribute ruler runs a Matcher of some 180 token patterns over every token, and most of
them test one token's lowercase form, tag, dependency label or whether it is a space, through
set predicates that run in Python: about a tenth of the parse. A one-token pattern's answer
depends on those four values only. For each tag the memo settles the tag tests once: the keys
every token of that tag matches are kept as they are, and only the rules left with a test on
the form, dependency or space are read, once per (form, tag, dependency, space). The patterns
that span several tokens (or use anything else) stay in a Matcher of their own. The ruler's
own code then sets the attributes from the same sorted match list, so the result is identical.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import cast

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc, Token

MEMO_SIZE = 200_000  # distinct (lowercase form, tag, dependency, space) keys kept

ValueTest = Callable[[object], bool]
_READERS: dict[str, Callable[[Token], object]] = {
    "LOWER": lambda t: t.lower_,
    "TAG": lambda t: t.tag_,
    "DEP": lambda t: t.dep_,
    "IS_SPACE": lambda t: t.is_space,
}


@dataclass(frozen=True, slots=True)
class EntryTest:
    """One pattern entry: a test on one attribute's value ({"TAG": "NN"} reads the tag)."""

    attr: str
    test: ValueTest
    values: frozenset[object] | None = None  # the only values it admits, when it lists them

    def __call__(self, token: Token) -> bool:
        return self.test(_READERS[self.attr](token))


@dataclass(frozen=True, slots=True)
class TokenRule:
    """One attribute-ruler key whose alternatives are all one-token patterns it can read."""

    attr_id: int
    match_id: int
    alternatives: tuple[tuple[EntryTest, ...], ...]
    tags: frozenset[str] | None = None  # the only tags it can match, when it names them

    def matches(self, token: Token) -> bool:
        return any(all(test(token) for test in tests) for tests in self.alternatives)

    def given_tag(self, tag: str) -> TokenRule | bool:
        """This rule for tokens of one tag, its tag tests settled: True when it matches every
        such token, False when none, else the rule with only its other tests left."""
        left = []
        for tests in self.alternatives:
            if all(t.test(tag) for t in tests if t.attr == "TAG"):
                rest = tuple(t for t in tests if t.attr != "TAG")
                if not rest:
                    return True
                left.append(rest)
        return TokenRule(self.attr_id, self.match_id, tuple(left)) if left else False


@dataclass(frozen=True, slots=True)
class TagPlan:
    """The rules for tokens of one tag: the keys every such token matches, and the rules
    whose other tests (form, dependency, space) are still to be read."""

    always: tuple[tuple[int, int], ...]
    by_form: dict[str, tuple[TokenRule, ...]]  # rules that need one of their listed forms
    open: tuple[TokenRule, ...]  # rules that may match whatever the form

    def candidates(self, token: Token) -> tuple[TokenRule, ...]:
        return self.open + self.by_form.get(token.lower_, ()) if self.by_form else self.open


def token_test(attr: str, spec: object) -> EntryTest | None:
    """A predicate for one pattern entry ({"TAG": "NN"}, {"LOWER": {"IN": [...]}}), or None
    when the entry is not one the memo can read exactly."""
    if attr not in _READERS:
        return None
    test = value_test(spec, regex_allowed=attr in ("LOWER", "TAG", "DEP"))
    return None if test is None else EntryTest(attr, test, listed_values(spec))


def listed_values(spec: object) -> frozenset[object] | None:
    """The values an entry admits when it names them all ("so", {"IN": [...]})."""
    if isinstance(spec, str | bool):
        return frozenset([spec])
    if isinstance(spec, dict) and list(spec) == ["IN"] and isinstance(spec["IN"], list):
        return frozenset(spec["IN"])
    return None


def value_test(spec: object, *, regex_allowed: bool) -> ValueTest | None:
    if isinstance(spec, str | bool):
        return lambda v: v == spec
    if not isinstance(spec, dict) or len(spec) != 1:
        return None
    ((op, value),) = spec.items()
    if op == "IN" and isinstance(value, list):
        values = frozenset(value)
        return lambda v: v in values
    if op == "NOT_IN" and isinstance(value, list):
        values = frozenset(value)
        return lambda v: v not in values
    if op == "REGEX" and isinstance(value, str) and regex_allowed:
        pattern = re.compile(value)
        return lambda v: bool(pattern.search(str(v)))
    return None


def token_rule(attr_id: int, match_id: int, alternatives: Sequence[object]) -> TokenRule | None:
    """The memo's rule for one ruler key, or None when any alternative is not one token of
    readable entries (that key stays in the Matcher)."""
    compiled = []
    for pattern in alternatives:
        if not isinstance(pattern, list) or len(pattern) != 1 or not pattern[0]:
            return None
        tests = [token_test(attr, spec) for attr, spec in pattern[0].items()]
        if any(test is None for test in tests):
            return None
        compiled.append(tuple(t for t in tests if t is not None))
    return TokenRule(attr_id, match_id, tuple(compiled), named_tags(alternatives))


def named_tags(alternatives: Sequence[object]) -> frozenset[str] | None:
    """The tags a key's one-token alternatives require ({"TAG": "NN"} or {"TAG": {"IN": ...}}),
    or None when one of them leaves the tag open."""
    tags: set[str] = set()
    for pattern in alternatives:
        spec = pattern[0].get("TAG") if isinstance(pattern, list) else None
        if isinstance(spec, str):
            tags.add(spec)
        elif isinstance(spec, dict) and list(spec) == ["IN"]:
            tags.update(spec["IN"])
        else:
            return None
    return frozenset(tags)


class AttributeMemo:
    """Finds the attribute ruler's matches (memoized one-token keys plus a Matcher for the
    rest) and lets the wrapped ruler set them."""

    def __init__(self, inner: AttributeRuler | None = None, *, size: int = MEMO_SIZE) -> None:
        self.inner: AttributeRuler | None = None
        self.size = size
        self.rules: tuple[TokenRule, ...] = ()
        self.rest: Matcher | None = None
        self.memo: dict[tuple[int, int, int, bool], tuple[tuple[int, int], ...]] = {}
        self.by_tag: dict[int, TagPlan] = {}
        if inner is not None:
            self.wrap(inner)

    def wrap(self, inner: AttributeRuler) -> None:
        """Split the ruler's keys into memoized one-token rules and a Matcher for the rest."""
        strings = inner.vocab.strings
        rules, self.rest = [], Matcher(inner.vocab)
        for attr_id, entry in enumerate(inner.patterns):
            match_id = strings.add(str(attr_id))
            alternatives = cast(list[list[dict[str, object]]], entry["patterns"])
            rule = token_rule(attr_id, match_id, alternatives)
            if rule is None:
                self.rest.add(match_id, alternatives)
            else:
                rules.append(rule)
        self.inner, self.rules, self.memo, self.by_tag = inner, tuple(rules), {}, {}

    def __call__(self, doc: Doc) -> Doc:
        if self.inner is None or self.rest is None:
            raise ValueError("AttributeMemo has no ruler to wrap; use wrap_attribute_ruler(nlp)")
        self.inner.set_annotations(doc, self.matches(doc))
        return doc

    def matches(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """The list `AttributeRuler.match(doc)` returns: (key, match id, start, end), sorted."""
        assert self.inner is not None and self.rest is not None
        strings = self.inner.vocab.strings
        found = [
            (int(strings[m_id]), m_id, start, end)
            for m_id, start, end in self.rest(doc, allow_missing=True)
        ]
        for token in doc:
            found.extend((a, m, token.i, token.i + 1) for a, m in self.keys_of(token))
        found.sort()
        return found

    def keys_of(self, token: Token) -> tuple[tuple[int, int], ...]:
        plan = self.by_tag.get(token.tag) or self.plan_for(token)
        rules = plan.candidates(token)
        if not rules:
            return plan.always  # only the keys every token of this tag matches
        key = (token.lower, token.tag, token.dep, token.is_space)
        keys = self.memo.get(key)
        if keys is None:
            keys = plan.always + tuple((r.attr_id, r.match_id) for r in rules if r.matches(token))
            if len(self.memo) < self.size:
                self.memo[key] = keys
        return keys

    def plan_for(self, token: Token) -> TagPlan:
        """The rules for tokens of this one's tag, in key order, their tag tests settled."""
        tag, always, rest = token.tag_, [], []
        for rule in self.rules:
            if rule.tags is not None and tag not in rule.tags:
                continue
            settled = rule.given_tag(tag)
            if settled is True:
                always.append((rule.attr_id, rule.match_id))
            elif isinstance(settled, TokenRule):
                rest.append(settled)
        plan = TagPlan(tuple(always), *by_form(rest))
        self.by_tag[token.tag] = plan
        return plan


def by_form(
    rules: list[TokenRule],
) -> tuple[dict[str, tuple[TokenRule, ...]], tuple[TokenRule, ...]]:
    """Rules indexed by the lowercase forms they need (every alternative lists its forms), and
    the rest, which are read for every token."""
    index: dict[str, list[TokenRule]] = {}
    rest = []
    for rule in rules:
        forms = needed_forms(rule)
        if forms is None:
            rest.append(rule)
        for form in forms or ():
            index.setdefault(str(form), []).append(rule)
    return {form: tuple(found) for form, found in index.items()}, tuple(rest)


def needed_forms(rule: TokenRule) -> frozenset[object] | None:
    """The lowercase forms a token must have to match the rule, or None when it need not
    have any one of them."""
    forms: set[object] = set()
    for tests in rule.alternatives:
        listed = [t.values for t in tests if t.attr == "LOWER" and t.values is not None]
        if not listed:
            return None
        forms.update(frozenset.intersection(*listed))
    return frozenset(forms)


@Language.factory("sitrep_attribute_memo")
def make_attribute_memo(nlp: Language, name: str) -> AttributeMemo:
    """The component; `wrap_attribute_ruler` hands it the model's own attribute ruler."""
    return AttributeMemo()


def wrap_attribute_ruler(nlp: Language, name: str = "attribute_ruler") -> bool:
    """Put a memo in place of the model's attribute ruler, under the same name and at the
    same position; False (nothing changed) when the model has none by that name."""
    if name not in nlp.pipe_names or not isinstance(nlp.get_pipe(name), AttributeRuler):
        return False
    position = nlp.pipe_names.index(name)
    _, inner = nlp.remove_pipe(name)
    if position == 0:
        memo = nlp.add_pipe("sitrep_attribute_memo", name=name, first=True)
    else:
        memo = nlp.add_pipe("sitrep_attribute_memo", name=name, after=nlp.pipe_names[position - 1])
    assert isinstance(memo, AttributeMemo) and isinstance(inner, AttributeRuler)
    memo.wrap(inner)
    return True
