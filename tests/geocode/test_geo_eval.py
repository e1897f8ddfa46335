import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

from sitrep.errors import EvalError
from sitrep.evaluate.geo import format_report, load_gold, log_auc, same_country, score_geo


def _write(path: Path, docs: list[dict]) -> Path:
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    return path


def _top(
    start: int, end: int, lat: float | None, lon: float | None, gid: str | None, **kw: object
) -> dict:
    return {"start": start, "end": end, "name": "x", "lat": lat, "lon": lon, "geonameid": gid, **kw}


def test_score_geo_small(tmp_path: Path) -> None:
    gold = _write(
        tmp_path / "gold.jsonl",
        [
            {
                "id": "d",
                "text": "",
                "toponyms": [
                    _top(0, 7, 31.0, 64.0, "1", fclass="A", country="Afghanistan"),
                    _top(20, 26, 34.5, 69.2, "2", fclass="P", country="Afghanistan"),
                ],
            },
        ],
    )
    preds = [
        {
            "id": "d",
            "toponyms": [
                _top(0, 16, 31.0, 64.0, "1", country="Afghanistan"),
                _top(20, 26, 34.5, 72.2, "3", country="Pakistan"),
                _top(40, 45, 48.8, 2.3, "4"),
            ],
        }
    ]
    out = score_geo(gold, preds, populated_ids=set())
    assert out["recognition"]["exact"]["tp"] == 1 and out["recognition"]["overlap"]["tp"] == 2
    assert out["resolution"]["matched"]["acc@161km"] == 0.5
    assert out["resolution"]["geonameid_accuracy"]["accuracy"] == 0.5
    assert out["town_accuracy"] == {"n": 1, "accuracy": 0.0}
    assert out["country_accuracy"] == {"n": 2, "accuracy": 0.5}
    assert "town accuracy 0.000 (n 1)" in format_report(out)
    partial = score_geo(gold, preds, populated_ids=set(), partial_gold=True)
    assert partial["recognition"]["exact"]["pred"] == 2


def test_auc_bounds() -> None:
    assert log_auc([0.0] * 5) == 0.0
    assert log_auc([]) is None


def test_bad_gold(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "toponyms": []}\n{oops\n', encoding="utf-8")
    with pytest.raises(EvalError, match="bad.jsonl:2"):
        load_gold(bad)
    with pytest.raises(EvalError, match="check the path"):
        load_gold(tmp_path / "none.jsonl")


def test_agrees_with_reference_scorer(shared_data: Path, tmp_path: Path) -> None:
    gold_path = shared_data / "geo" / "lgl.jsonl"
    rng = random.Random(7)
    gold = load_gold(gold_path, limit=60)
    preds = []
    for doc in gold:
        tops = []
        for t in doc["toponyms"]:
            if rng.random() < 0.2:
                continue
            shift = rng.choice([0.0, 0.5, 3.0])
            lat = None if t["lat"] is None else t["lat"] + shift
            end = t["end"] + rng.choice([0, 0, 2])
            tops.append(
                _top(t["start"], end, lat, t["lon"], t["geonameid"] if shift == 0 else None)
            )
        tops.append(_top(0, 3, 10.0, 10.0, None))
        preds.append({"id": doc["id"], "text": doc["text"], "toponyms": tops})
    pred_path = _write(tmp_path / "pred.jsonl", preds)
    sub_gold = _write(tmp_path / "gold.jsonl", gold)
    ref = subprocess.run(
        [
            sys.executable,
            str(shared_data / "geo" / "score.py"),
            str(sub_gold),
            str(pred_path),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    expected = json.loads(ref.stdout)
    mine = score_geo(sub_gold, preds, populated_ids=set())
    assert mine["recognition"] == expected["recognition"]
    for view in ("matched", "all_gold"):
        for key, value in expected["resolution"][view].items():
            assert mine["resolution"][view][key] == pytest.approx(value)
    assert mine["resolution"]["geonameid_accuracy"] == expected["resolution"]["geonameid_accuracy"]
    assert mine["resolution"]["coverage"] == pytest.approx(expected["resolution"]["coverage"])


def test_country_accuracy_reads_two_names_of_one_country_as_one() -> None:
    assert same_country("Czechia", "Czech Republic")
    assert same_country("syria", "Syria")
    assert not same_country("Jordan", "United States")
    assert not same_country("", "Jordan")
    assert not same_country("Atlantis", "Atlantis Republic")
