"""Bad input: one clear line per bad file, no traceback, exit 0 when anything was processed."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import CLASH, Run, sitrep, write_bytes

from sitrep.store import Store

# file name, its bytes, where the failure line says it is, words of the advice it gives
BAD_FILES = {
    "empty": ("empty.txt", b"", "empty.txt", "empty file; nothing to read"),
    "blank": ("blank.txt", b" \n\n\t\n", "blank.txt", "empty file; nothing to read"),
    "binary": ("scan.txt", b"%PDF\x00\x01\x02\xff", "scan.txt", "give a .txt, .html or .jsonl"),
    "latin1": ("latin.txt", "Café attack\n".encode("latin-1"), "latin.txt", "iconv -f latin1"),
    "utf16": ("wide.txt", "Attack\n".encode("utf-16"), "wide.txt", "iconv -f utf-16"),
    "bad-json": ("wire.jsonl", b'{"id": "a", "text": "x"\n', "wire.jsonl:1", "fix or remove"),
    "no-text": ("ids.jsonl", b'{"id": "a"}\n', "ids.jsonl:1", "give each line the report's"),
    "not-object": ("list.jsonl", b"[1, 2]\n", "list.jsonl:1", 'each line must be {"id"'),
    "suffix": ("photo.jpg", b"\xff\xd8\xff\xe0", "photo.jpg", "give a .txt, .html, .htm or"),
}


def bad_file(folder: Path, kind: str) -> Path:
    name, data, _, _ = BAD_FILES[kind]
    return write_bytes(folder, name, data)


def failure_lines(run: Run, shown: str) -> list[str]:
    return [line for line in run.err_lines if shown in line and "skipped" in line]


def assert_no_traceback(run: Run) -> None:
    assert run.exception is None, repr(run.exception)
    assert "Traceback" not in run.err


@pytest.mark.parametrize("kind", list(BAD_FILES))
def test_bad_file_alone_fails_with_one_clear_line(tmp_path: Path, kind: str) -> None:
    path = bad_file(tmp_path, kind)
    run = sitrep("extract", path)
    assert_no_traceback(run)
    assert run.code == 1
    assert run.out == ""
    [line] = failure_lines(run, str(path.parent / BAD_FILES[kind][2]))
    assert BAD_FILES[kind][3] in line
    assert run.err_lines[-1] == (
        "sitrep: 0 documents, 0 events, 0 unresolved place mentions, 1 failures"
    )


@pytest.mark.parametrize("kind", list(BAD_FILES))
def test_bad_file_beside_a_good_one_still_prints_the_good_events(tmp_path: Path, kind: str) -> None:
    path = bad_file(tmp_path, kind)
    run = sitrep("extract", path, CLASH)
    assert_no_traceback(run)
    assert run.code == 0
    assert {e["doc_id"] for e in run.jsonl()} == {"wad-madani-clash"}
    assert len(failure_lines(run, str(path.parent / BAD_FILES[kind][2]))) == 1
    assert run.err_lines[-1].startswith("sitrep: 1 documents, ")
    assert run.err_lines[-1].endswith(", 1 failures")


def test_missing_path_is_named_and_the_rest_goes_on(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-report.txt"
    run = sitrep("extract", missing, CLASH)
    assert_no_traceback(run)
    assert run.code == 0
    [line] = failure_lines(run, str(missing))
    assert line.endswith("no such file or folder; check the path")
    assert run.jsonl()


def test_missing_path_alone_exits_non_zero(tmp_path: Path) -> None:
    run = sitrep("extract", tmp_path / "no-such-report.txt")
    assert_no_traceback(run)
    assert run.code == 1


def test_folder_without_reports_is_a_failure(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("nothing here")
    run = sitrep("extract", tmp_path)
    assert run.code == 1
    [line] = failure_lines(run, str(tmp_path))
    assert "give a folder of reports" in line


def test_bad_lines_of_a_jsonl_file_do_not_stop_its_good_lines(tmp_path: Path) -> None:
    good = '{"id": "ok-4", "published": "2024-03-08", "text": "Gunmen abducted 15 students near Zaria on Thursday, police said."}'  # noqa: E501
    lines = [
        '{"id": "p-1", "text": "Gunmen attacked Zaria.", "published": "last week"}',
        "[1, 2]",
        '{"id": "p-3"}',
        good,
        "{not json",
    ]
    path = write_bytes(tmp_path, "mixed.jsonl", "\n".join(lines).encode() + b"\n")
    run = sitrep("extract", path)
    assert_no_traceback(run)
    assert run.code == 0
    assert {e["doc_id"] for e in run.jsonl()} == {"ok-4"}
    skipped = [line.removeprefix("sitrep: skipped ") for line in run.err_lines if "skipped" in line]
    where = [line.split(": ")[0] for line in skipped]
    assert where == [f"{path}:{n}" for n in (1, 2, 3, 5)]
    assert "use YYYY-MM-DD" in failure_lines(run, f"{path}:1")[0]


def test_bad_files_in_a_folder_are_skipped(tmp_path: Path) -> None:
    bad_file(tmp_path, "binary")
    bad_file(tmp_path, "empty")
    (tmp_path / "clash.txt").write_text(CLASH.read_text(encoding="utf-8"))
    run = sitrep("extract", tmp_path)
    assert run.code == 0
    assert {e["doc_id"] for e in run.jsonl()} == {"clash"}
    assert len([line for line in run.err_lines if "skipped" in line]) == 2


def test_empty_stdin_fails_clearly() -> None:
    run = sitrep("extract", "-", stdin=b"")
    assert_no_traceback(run)
    assert run.code == 1
    assert any(line.startswith("sitrep: skipped stdin: read: ") for line in run.err_lines)


def test_empty_stdin_is_not_called_a_file() -> None:
    run = sitrep("extract", "-", stdin=b"")
    [line] = [line for line in run.err_lines if "skipped stdin" in line]
    assert "file" not in line


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["extract", "--bogus", "x.txt"], "No such option '--bogus'"),
        (["extract", "x.txt", "--published", "2024-13-01"], "is not a date; use YYYY-MM-DD"),
        (["extract", "x.txt", "--published", "yesterday"], "is not a date; use YYYY-MM-DD"),
        (["extract", "x.txt", "--format", "xml"], "'xml' is not one of 'jsonl', 'csv'"),
        (["extract"], "Missing argument 'PATHS...'"),
        (["events", "--since", "last week"], "is not a date; use YYYY-MM-DD"),
        (["events", "--limit", "0"], "--limit"),
    ],
)
def test_bad_options_are_usage_errors(args: list[str], message: str) -> None:
    run = sitrep(*args)
    assert_no_traceback(run)
    assert run.code == 2
    assert message in run.err
    assert run.out == ""


@pytest.mark.parametrize("command", [["events"], ["failures"], ["places", "--unresolved"]])
def test_querying_a_missing_database_says_how_to_make_one(
    tmp_path: Path, command: list[str]
) -> None:
    db = tmp_path / "nothing.db"
    run = sitrep(*command, "--db", db)
    assert_no_traceback(run)
    assert run.code == 2
    assert run.err_lines == [
        f"sitrep: error: no database at {db}; run `sitrep run PATHS --db {db}` first"
    ]
    assert not db.exists()


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    db = write_bytes(tmp_path, "notes.db", b"these are my notes\n")
    for args in (["events", "--db", db], ["run", CLASH, "--db", db, "--quiet"]):
        run = sitrep(*args)
        assert_no_traceback(run)
        assert run.code == 2
        assert run.err_lines == [
            f"sitrep: error: {db} is not a sitrep database: pass another --db path or move it away"
        ]
    assert db.read_bytes() == b"these are my notes\n"


def test_database_in_a_missing_folder_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "no" / "such" / "folder" / "x.db"
    run = sitrep("run", CLASH, "--db", db, "--quiet")
    assert_no_traceback(run)
    assert run.code == 2
    assert run.err_lines == [
        f"sitrep: error: cannot create {db}: the folder {db.parent} does not exist"
    ]


def test_a_file_that_is_not_a_gazetteer_is_refused(tmp_path: Path) -> None:
    gaz = write_bytes(tmp_path, "places.sqlite", b"not a gazetteer\n")
    run = sitrep("extract", CLASH, "--gazetteer", gaz)
    assert_no_traceback(run)
    assert run.code == 2
    [line] = run.err_lines
    assert line.startswith(f"sitrep: error: {gaz} is not a sitrep gazetteer")


def test_not_a_gazetteer_advice_names_the_file_to_fix(tmp_path: Path) -> None:
    gaz = write_bytes(tmp_path, "places.sqlite", b"not a gazetteer\n")
    [line] = sitrep("extract", CLASH, "--gazetteer", gaz).err_lines
    advice = line.split(";", 1)[1]
    assert str(gaz) in advice or "--gazetteer" in advice


def test_run_stores_good_documents_and_lists_failures(tmp_path: Path) -> None:
    bad = [bad_file(tmp_path / "in", kind) for kind in ("empty", "binary", "bad-json")]
    db = tmp_path / "batch.db"
    run = sitrep("run", tmp_path / "in", CLASH, "--db", db, "--quiet")
    assert_no_traceback(run)
    assert run.code == 0
    with Store.open(db) as store:
        counts = store.counts()
    assert (counts["documents"], counts["failures"]) == (1, 3)
    listed = sitrep("failures", "--db", db)
    assert listed.code == 0
    shown = [line.split(": ")[0] for line in listed.out.splitlines()]
    assert sorted(shown) == sorted([str(bad[0]), str(bad[1]), f"{bad[2]}:1"])
    assert all(": read: " in line for line in listed.out.splitlines())


def test_run_with_nothing_readable_exits_non_zero_but_records_the_failure(tmp_path: Path) -> None:
    db = tmp_path / "empty-batch.db"
    run = sitrep("run", bad_file(tmp_path, "empty"), "--db", db)
    assert run.code == 1
    with Store.open(db) as store:
        assert (store.counts()["documents"], store.counts()["failures"]) == (0, 1)
