import json
from pathlib import Path

from click.testing import CliRunner

from sitrep.geocode.commands import gazetteer, geoparse_command
from sitrep.geocode.gazetteer import Gazetteer
from sitrep.geocode.geoparse import format_jsonl, geoparse
from sitrep.geocode.schema import SCHEMA_VERSION
from sitrep.model import Span


def test_geoparse_record(gaz: Gazetteer) -> None:
    text = "Syrian forces shelled Hajin."
    spans = [
        Span(start=0, end=6, text="Syrian", label="NORP"),
        Span(start=22, end=27, text="Hajin", label="GPE"),
    ]
    tops = geoparse(text, spans, gaz)
    record = json.loads(format_jsonl("d1", text, tops))
    assert record == {
        "id": "d1",
        "text": text,
        "toponyms": [
            {
                "start": 22,
                "end": 27,
                "name": "Hajin",
                "lat": 34.695,
                "lon": 40.831,
                "geonameid": "900001",
                "country": "Syria",
                "admin1": "Deir ez-Zor",
                "feature": "P.PPL",
                "score": tops[0].score,
            }
        ],
    }
    with_demonyms = geoparse(text, spans, gaz, demonyms=True)
    assert [(t.text, t.place.name if t.place else None) for t in with_demonyms] == [
        ("Syrian", "Syria"),
        ("Hajin", "Hajīn"),
    ]


def test_geoparse_command(mini_path: Path, tmp_path: Path) -> None:
    good = tmp_path / "report.txt"
    good.write_text("Fighting continued in Hajin, Syria, on Monday.\n", encoding="utf-8")
    lines = tmp_path / "docs.jsonl"
    lines.write_text('{"id": "a7", "text": "Kyiv was shelled."}\nnot json\n', encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    args = [str(good), str(lines), str(empty), str(tmp_path / "missing.txt")]
    result = CliRunner().invoke(geoparse_command, [*args, "--gazetteer", str(mini_path)])
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in out] == ["report", "a7"]
    assert [t["name"] for t in out[0]["toponyms"]] == ["Hajin", "Syria"]
    assert out[1]["toponyms"][0]["geonameid"] == "900006"
    err = result.stderr
    assert f"{lines}:2: read: invalid JSON" in err
    assert f"{tmp_path / 'missing.txt'}: read: no such file or folder; check the path" in err


def test_geoparse_command_nothing_readable(tmp_path: Path, mini_path: Path) -> None:
    result = CliRunner().invoke(
        geoparse_command, [str(tmp_path / "nope.txt"), "--gazetteer", str(mini_path)]
    )
    assert result.exit_code == 1
    assert "no document could be read" in result.stderr


def test_gazetteer_info(mini_path: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(gazetteer, ["info", "--path", str(mini_path)])
    assert result.exit_code == 0
    assert f"schema_version: {SCHEMA_VERSION}" in result.stdout and "places_P: 7" in result.stdout
    missing = CliRunner().invoke(gazetteer, ["info", "--path", str(tmp_path / "no.sqlite")])
    assert missing.exit_code == 1 and "sitrep gazetteer build" in missing.stderr
