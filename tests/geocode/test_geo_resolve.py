from sitrep.geocode.gazetteer import Candidate, Gazetteer
from sitrep.geocode.recognize import Mention
from sitrep.geocode.resolve import (
    Context,
    choose,
    container_of,
    contains,
    country_votes,
    haversine_km,
    hint_penalty,
    resolve_document,
    score_candidate,
)
from sitrep.model import Place


def _place(name: str, cc: str, **kw: object) -> Place:
    return Place(geonameid=None, name=name, latitude=1.0, longitude=1.0, country_code=cc, **kw)  # type: ignore[arg-type]


def _cand(place: Place, match: str = "exact", kind: str = "name", pid: int = 1) -> Candidate:
    return Candidate(place=place, match=match, kind=kind, name=place.name, place_id=pid)


def _mentions(text: str, *names: str) -> list[Mention]:
    return [Mention(start=text.index(n), end=text.index(n) + len(n), text=n) for n in names]


def test_haversine() -> None:
    assert round(haversine_km(0, 0, 1, 0), 1) == 111.2


def test_containers() -> None:
    text = (
        "Hajin, Deir ez-Zor. Clashes in Hajin town of Deir ez-Zor."
        " The Ohio state town of Springfield"
    )
    ms = _mentions(text, "Hajin", "Deir ez-Zor")
    assert container_of(text, ms[0], ms) == ms[1]
    later = [Mention(start=31, end=36, text="Hajin"), Mention(start=45, end=56, text="Deir ez-Zor")]
    assert container_of(text, later[0], later) == later[1]
    tail = _mentions(text, "Ohio", "Springfield")
    assert container_of(text, tail[1], tail) == tail[0]
    assert container_of(text, tail[0], tail) is None


def test_contains_by_area() -> None:
    town = _place("Hajin", "SY", admin1="Deir ez-Zor")
    area = _place("Deir ez-Zor", "SY", feature_class="A", feature_code="ADM1")
    country = _place("Syria", "SY", feature_class="A", feature_code="PCLI")
    assert contains(area, town) and contains(country, town)
    assert not contains(_place("Iraq", "IQ", feature_class="A", feature_code="PCLI"), town)


def test_named_country_takes_the_vote() -> None:
    syria = _cand(_place("Syria", "SY", feature_class="A", feature_code="PCLI"))
    assert country_votes([syria]) == {"SY": 1.0}
    two = [_cand(_place("X", "US", population=10)), _cand(_place("X", "SY", population=5), pid=2)]
    assert country_votes(two) == {"US": 0.25, "SY": 0.25}


def test_context_and_hints_rank() -> None:
    big = _cand(_place("Hajin", "US", population=90_000))
    small = _cand(_place("Hajin", "SY", population=29_000), pid=2)
    ctx = Context(countries={"SY": 2.0})
    assert score_candidate(small, context=ctx) > score_candidate(big, context=ctx)
    assert score_candidate(big, context=Context()) > score_candidate(small, context=Context())
    assert hint_penalty(small.place, "H") == float("inf")
    assert choose([big, small], context=ctx, hint="H") == (None, 0.0)


def test_folded_match_needs_context() -> None:
    bahrain = _cand(
        _place("Bahrain", "BH", feature_class="A", feature_code="PCLI", population=1_500_000),
        match="folded",
    )
    assert choose([bahrain], context=Context(countries={"SY": 1.0}))[0] is None
    assert choose([bahrain], context=Context(countries={"BH": 1.0}))[0] == bahrain


def test_resolve_document_with_context(gaz: Gazetteer) -> None:
    text = "Clashes in Hajin, Deir ez-Zor, and near Behran. Syria and Iraq talked."
    names = ("Hajin", "Deir ez-Zor", "Behran", "Syria", "Iraq")
    tops = resolve_document(text, _mentions(text, *names), gaz)
    got = [
        (t.text, t.place.name if t.place else None, t.place.feature_code if t.place else None)
        for t in tops
    ]
    assert got == [
        ("Hajin", "Hajīn", "PPL"),
        ("Deir ez-Zor", "Deir ez-Zor", "ADM1"),
        ("Behran", None, None),
        ("Syria", "Syria", "PCLI"),
        ("Iraq", "Iraq", "PCLI"),
    ]
    assert tops[0].sentence == "Clashes in Hajin, Deir ez-Zor, and near Behran."
    assert all(0.0 <= t.score <= 1.0 for t in tops)


def test_without_context_the_bigger_place_wins(gaz: Gazetteer) -> None:
    text = "Hajin was quiet."
    (top,) = resolve_document(text, _mentions(text, "Hajin"), gaz)
    assert top.place is not None and top.place.country_code == "US"


def test_scores_split_for_the_two_passes_add_up_the_same() -> None:
    from sitrep.geocode.resolve import (
        best_of,
        build_context,
        completed_score,
        inside,
        partial_score,
        summed,
        votes_of,
        without,
        without_votes,
    )

    area = _cand(_place("Ohio", "US", feature_class="A", feature_code="ADM1", admin1="Ohio"))
    towns = [
        _cand(_place("Springfield", "US", admin1="Ohio", population=58_000), pid=2),
        _cand(_place("Springfield", "US", admin1="Illinois", population=116_000), pid=3),
        _cand(_place("Springfeld", "DE", population=900), match="folded", pid=4),
    ]
    groups = [[area], towns]
    context = build_context(groups, [(1.0, 1.0), (1.0, 1.0)])
    assert context == summed([votes_of(g) for g in groups], [(1.0, 1.0), (1.0, 1.0)])
    own = without(context, towns)
    assert own == without_votes(context, votes_of(towns))
    own = Context(countries=own.countries, admin1=own.admin1, anchors=own.anchors, support={3: 2})
    for cand in towns:
        held = inside(cand, [area])
        assert held is (cand.place.admin1 == "Ohio")
        whole = score_candidate(cand, context=own, contained=held, hint="P")
        assert whole == completed_score(partial_score(cand, own, held), cand, own, "P")
    insides = [inside(c, [area]) for c in towns]
    partial = [partial_score(c, own, h) for c, h in zip(towns, insides, strict=True)]
    split = best_of(towns, context=own, insides=insides, partial=partial, hint=None)
    assert split == choose(towns, context=own, container=[area])
    assert split[0] == towns[0]


def test_state_abbreviation_matches_with_or_without_spaces() -> None:
    from sitrep.geocode.resolve import usable

    state = Candidate(
        place=_place("Westland", "US", feature_class="A", feature_code="ADM1"),
        match="alias",
        kind="abbreviation",
        name="W.Ld.",
        place_id=1,
    )
    assert usable(state, Mention(start=0, end=6, text="W. Ld."))
    assert usable(state, Mention(start=0, end=5, text="W.Ld."))
    assert not usable(state, Mention(start=0, end=4, text="W.L."))
