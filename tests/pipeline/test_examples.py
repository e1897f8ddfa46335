"""Golden test: the bundled example reports give exactly these events (whole pipeline)."""

from pathlib import Path

from sitrep.pipeline import Result, run_extraction
from sitrep.read import read_paths

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SDF, IS = "QSD: Syrian Democratic Forces", "Islamic State (Syria)"
EXPECTED = [
    ("darfur-strike", "Air/drone strike", "Unidentified Armed Group (Sudan)",
     "Civilians (Sudan)", "Nyala", 1, "2024-06-02", "2024-06-02", 12, "local medics", []),
    ("darfur-strike", "Armed clash", "Military Forces of Sudan (2019-)",
     "RSF: Rapid Support Forces", "El Fasher", 1, "2024-06-01", "2024-06-01", None, None, []),
    ("deir-ez-zor-front", "Armed clash", SDF, IS, "Hajīn", 1, "2018-03-13", "2018-03-13", None,
     "two fighters", []),
    ("deir-ez-zor-front", "Armed clash", IS, SDF, "Hajīn", 1, "2018-03-13", "2018-03-13", None,
     "the SDF", ["framing:terrorists", "aggregate"]),
    ("deir-ez-zor-front", "Non-state actor overtakes territory", SDF, IS, "Deir ez-Zor", 3,
     "2018-03-12", "2018-03-12", None, None, ["unresolved_place:Gharanij"]),
    ("deir-ez-zor-front", "Air/drone strike", "Global Coalition Against Daesh", IS,
     "Ālbū Kamāl", 2, "2018-03-08", "2018-03-14", 4, "the SDF", []),
    ("nairobi-protest", "Protest with intervention", "Protesters (Kenya)",
     "Police Forces of Kenya (2022-)", "Nairobi", 1, "2024-07-08", "2024-07-08", None, None, []),
    ("nairobi-protest", "Violent demonstration", "Rioters (Kenya)",
     "Police Forces of Kenya (2022-)", "Kisumu", 1, "2024-07-03", "2024-07-09", None, None, []),
    ("borno-2024-05-02", "Attack", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad",
     "Civilians (Nigeria)", "Maiduguri", 2, "2024-05-01", "2024-05-01", 5, "residents", []),
    ("kharkiv-2024-03-14", "Shelling/artillery/missile attack",
     "Military Forces of Russia (2000-)", "Civilians (Ukraine)", "Kharkiv", 1, "2024-03-13",
     "2024-03-13", 2, "the regional governor", []),
]  # fmt: skip


def test_example_reports_give_exactly_these_events(extractor):
    results = list(run_extraction(extractor, read_paths([str(EXAMPLES)])))
    assert all(isinstance(r, Result) for r in results)
    got = [
        (
            e.doc_id,
            e.sub_event_type,
            e.actor1,
            e.actor2,
            e.location,
            e.geo_precision,
            e.date_start,
            e.date_end,
            e.fatalities,
            e.claimed_by,
            list(e.tags),
        )  # fmt: skip
        for r in results
        if isinstance(r, Result)
        for e in r.events
    ]
    assert sorted(got, key=repr) == sorted(EXPECTED, key=repr)


def test_the_football_report_makes_no_event(extractor):
    results = list(run_extraction(extractor, read_paths([str(EXAMPLES / "reports.jsonl")])))
    by_id = {r.document.doc_id: r for r in results if isinstance(r, Result)}
    assert by_id["football-2024-04-01"].events == ()
