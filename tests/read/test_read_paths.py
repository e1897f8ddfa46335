"""read_paths on files written here: text, HTML, JSONL, folders, stdin and bad input."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest

from sitrep.model import Document, Failure
from sitrep.read import read_paths

REPORT = "Raid on the camp\n\nGunmen attacked the camp on Monday, residents said.\n"
HTML = """<html><head><title>Clashes near the river - Example News</title>
<meta property="article:published_time" content="2024-03-14T10:00:00Z">
<link rel="canonical" href="https://news.example/clashes"></head>
<body><nav>Home | World</nav><article><h1>Clashes near the river</h1>
<p>Fighting broke out on Wednesday between two armed groups near the river, residents said.
At least four people were killed, according to local officials.</p>
<p>The fighting continued overnight and shops stayed closed on Thursday as families fled.</p>
</article><footer>Copyright</footer></body></html>"""


def write(folder: Path, name: str, content: str | bytes) -> str:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", newline="")
    return str(path)


def read(paths: list[str], **options: object) -> list[Document | Failure]:
    return list(read_paths(paths, **options))  # type: ignore[arg-type]


def test_text_file_keeps_whole_file_and_takes_title(tmp_path: Path) -> None:
    path = write(tmp_path, "camp.txt", REPORT)
    [doc] = read([path])
    assert doc == Document(doc_id="camp", text=REPORT, title="Raid on the camp", path=path)


def test_text_offsets_are_file_offsets(tmp_path: Path) -> None:
    content = "\ufeffTitle\r\n\r\nShelling hit Kharkiv.\r\n"
    path = write(tmp_path, "crlf.txt", content.encode("utf-8"))
    [doc] = read([path])
    assert isinstance(doc, Document)
    assert doc.text == content.removeprefix("\ufeff")
    assert doc.title == "Title"
    assert doc.text.index("Kharkiv") == 22


def test_dateline_dates_a_text_file(tmp_path: Path) -> None:
    path = write(tmp_path, "d.txt", "KHARKIV, Ukraine, March 14, 2024 - Missiles hit the city.")
    [doc] = read([path], published=date(2024, 1, 1))
    assert isinstance(doc, Document) and doc.published == date(2024, 3, 14)


def test_published_option_fills_only_undated_documents(tmp_path: Path) -> None:
    path = write(tmp_path, "u.txt", "Missiles hit the city.")
    [doc] = read([path], published=date(2024, 1, 1))
    assert isinstance(doc, Document) and doc.published == date(2024, 1, 1)
    [doc] = read([path])
    assert isinstance(doc, Document) and doc.published is None


def test_country_option_fills_only_documents_without_one(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "own", "text": "Troops shelled the town.", "country": "SD"}),
        json.dumps({"id": "none", "text": "Troops shelled the village."}),
        json.dumps({"id": "bad", "text": "Troops shelled the city.", "country": 729}),
    ]
    path = write(tmp_path, "feed.jsonl", "\n".join(lines) + "\n")
    own, default, bad = read([path], country="Syria")
    assert isinstance(own, Document) and own.country == "SD"
    assert isinstance(default, Document) and default.country == "Syria"
    assert isinstance(bad, Failure) and "'country'" in bad.reason
    own, default, _ = read([path])
    assert isinstance(default, Document) and default.country is None


def test_html_main_text_title_date_url(tmp_path: Path) -> None:
    path = write(tmp_path, "page.html", HTML)
    [doc] = read([path], published=date(2020, 1, 1))
    assert isinstance(doc, Document)
    assert doc.doc_id == "page"
    assert doc.title == "Clashes near the river"
    assert doc.published == date(2024, 3, 14)
    assert doc.url == "https://news.example/clashes"
    assert doc.source is None
    assert "Home | World" not in doc.text and "Copyright" not in doc.text
    assert "\n\nThe fighting continued overnight" in doc.text


def test_html_without_text_fails(tmp_path: Path) -> None:
    path = write(tmp_path, "blank.htm", "<html><body><script>x()</script></body></html>")
    [failure] = read([path])
    assert isinstance(failure, Failure)
    assert failure.reason.startswith("no article text found in this HTML")


def test_jsonl_good_and_bad_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a1", "text": "Gunmen attacked the camp.", "published": "2024-03-14",
                    "source": "Example Wire", "url": "https://x.example/a1", "title": "Raid"}),
        "",
        '{"id": "a2", "text": "broken',
        json.dumps({"text": "No id here."}),
        json.dumps({"id": "a4"}),
        json.dumps({"id": 5, "text": "Drones hit.", "published": "2024-03-14T08:00:00Z"}),
        json.dumps({"id": "a6", "text": "Shelling.", "published": "soon"}),
        json.dumps(["not", "an", "object"]),
    ]  # fmt: skip
    path = write(tmp_path, "batch.jsonl", "\n".join(lines) + "\n")
    out = read([path], published=date(2020, 1, 1))
    assert out[0] == Document(
        doc_id="a1", text="Gunmen attacked the camp.", title="Raid", published=date(2024, 3, 14),
        source="Example Wire", url="https://x.example/a1", path=f"{path}:1",
    )  # fmt: skip
    assert [(f.doc_id, f.path, f.reason) for f in out[1:] if isinstance(f, Failure)] == [
        ("batch:3", f"{path}:3", "invalid JSON: Unterminated string starting at (column 22);"
         " fix or remove this line"),
        ("batch:4", f"{path}:4", "missing or empty 'id'; give each line a unique \"id\" string"),
        ("a4", f"{path}:5", "missing or empty 'text'; give each line the report's \"text\""),
        ("a6", f"{path}:7", "'published' is not a date: 'soon'; use YYYY-MM-DD"),
        ("batch:8", f"{path}:8", 'not a JSON object; each line must be {"id": ..., "text": ...}'),
    ]  # fmt: skip
    five = out[4]
    assert isinstance(five, Document)
    assert (five.doc_id, five.published) == ("5", date(2024, 3, 14))


def test_jsonl_text_opening_with_a_headline_takes_it_as_title(tmp_path: Path) -> None:
    text = "Army retakes two villages\n\nTroops took the village of Kafr Ein on Monday."
    lines = [
        json.dumps({"id": "h1", "text": text}),
        json.dumps({"id": "h2", "text": text, "title": "Given title"}),
        json.dumps({"id": "h3", "text": "One line only. No headline here."}),
    ]
    path = write(tmp_path, "batch.jsonl", "\n".join(lines) + "\n")
    assert [d.title for d in read([path]) if isinstance(d, Document)] == [
        "Army retakes two villages",
        "Given title",
        None,
    ]


def test_jsonl_misspelt_field_fails_its_line_and_other_metadata_is_ignored(
    tmp_path: Path,
) -> None:
    lines = [
        json.dumps({"id": "t1", "text": "Troops shelled the town.", "publishd": "2024-03-14"}),
        json.dumps({"id": "t2", "text": "Troops shelled the town.", "lang": "en", "meta": {}}),
    ]
    path = write(tmp_path, "feed.jsonl", "\n".join(lines) + "\n")
    failure, document = read([path])
    assert isinstance(failure, Failure) and isinstance(document, Document)
    assert failure.reason == (
        "unknown field 'publishd': did you mean 'published'? Rename it "
        "(known fields: id, text, published, title, source, url, country)"
    )
    assert document.doc_id == "t2"


def test_jsonl_invalid_utf8_line_fails_alone(tmp_path: Path) -> None:
    good = json.dumps({"id": "g", "text": "Fine."}).encode()
    bad = b'{"id": "b", "text": "caf\xe9"}'
    path = write(tmp_path, "mixed.jsonl", good + b"\n" + bad + b"\n" + good.replace(b'"g"', b'"h"'))
    out = read([path])
    assert [type(o).__name__ for o in out] == ["Document", "Failure", "Document"]
    failure = out[1]
    assert isinstance(failure, Failure)
    assert failure.path == f"{path}:2"
    assert failure.reason.startswith("not valid UTF-8 (byte 0xe9 at column 25); re-encode")


def test_jsonl_nul_character_fails_its_line_alone(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "n", "text": "Shots were fired.\u0000 Two died."}),
        json.dumps({"id": "t", "text": "Fine.", "title": "A\u0000B"}),
        json.dumps({"id": "g", "text": "Fine."}),
    ]
    path = write(tmp_path, "nul.jsonl", "\n".join(lines) + "\n")
    out = read([path])
    assert [(type(o).__name__, o.doc_id) for o in out] == [
        ("Failure", "n"),
        ("Failure", "t"),
        ("Document", "g"),
    ]
    reasons = [o.reason for o in out if isinstance(o, Failure)]
    assert reasons == [
        "'text' holds a NUL character (\\u0000 at offset 17), which is not text; "
        "remove it from the record",
        "'title' holds a NUL character (\\u0000 at offset 1), which is not text; "
        "remove it from the record",
    ]


def test_folder_is_read_recursively_sorted_with_unique_ids(tmp_path: Path) -> None:
    root = tmp_path / "in"
    write(root, "b/report.txt", "Second.")
    write(root, "a/report.txt", "First.")
    write(
        root,
        "a/report.html",
        "<html><body><article><p>" + "Third text. " * 5 + "</p></article></body></html>",
    )
    write(root, "notes.md", "skipped")
    write(root, ".hidden/x.txt", "skipped")
    write(root, "c/other.txt", "Fourth.")
    out = read([str(root)])
    base = root.as_posix()
    assert [(o.doc_id, o.path) for o in out] == [
        (f"{base}/a/report.html", f"{base}/a/report.html"),
        (f"{base}/a/report.txt", f"{base}/a/report.txt"),
        (f"{base}/b/report", f"{base}/b/report.txt"),
        ("other", f"{base}/c/other.txt"),
    ]


def test_same_file_twice_is_read_once(tmp_path: Path) -> None:
    path = write(tmp_path, "one.txt", "Text.")
    assert len(read([path, str(tmp_path), path])) == 1


def test_stdin_is_text() -> None:
    [doc] = read(["-"], stdin=io.StringIO("Title\n\nGunmen attacked."), published=date(2024, 3, 14))
    assert doc == Document(
        doc_id="stdin", text="Title\n\nGunmen attacked.", title="Title", published=date(2024, 3, 14)
    )


def test_stdin_bytes_are_checked() -> None:
    stream = io.TextIOWrapper(io.BytesIO(b"caf\xe9 bombing"), encoding="utf-8")
    [failure] = read(["-"], stdin=stream)
    assert isinstance(failure, Failure)
    assert failure.doc_id == "stdin" and failure.path is None
    assert failure.reason.startswith("not valid UTF-8 (byte 0xe9 at offset 3)")


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty file; nothing to read (remove it or give it text)"),
        ("blank.txt", b"  \n\n", "empty file; nothing to read (remove it or give it text)"),
        ("empty.jsonl", b"\n\n", "empty file; nothing to read (remove it or give it text)"),
        ("bin.txt", b"AB\x00\x01", "binary file (NUL byte at offset 2), not text;"
         " give a .txt, .html or .jsonl file"),
        ("bin.jsonl", b"\x89PNG\x00\x00", "binary file (NUL byte at offset 4), not text;"
         " give a .txt, .html or .jsonl file"),
        ("report.pdf", b"%PDF-1.4", "unsupported file type '.pdf'; give a .txt, .html, .htm or"
         " .jsonl file (convert other formats to text first)"),
        ("README", b"text", "no file suffix; give a .txt, .html, .htm or .jsonl file (convert"
         " other formats to text first)"),
    ],
)  # fmt: skip
def test_bad_files(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    path = write(tmp_path, name, content)
    [failure] = read([path])
    assert failure == Failure(doc_id=Path(name).stem, stage="read", reason=reason, path=path)


def test_latin1_file_names_offset_and_fix(tmp_path: Path) -> None:
    path = write(tmp_path, "latin.txt", "Attaque à Gao".encode("latin-1"))
    [failure] = read([path])
    assert isinstance(failure, Failure)
    assert failure.reason == (
        f"not valid UTF-8 (byte 0xe0 at offset 8); re-encode it, e.g. `iconv -f latin1 -t utf-8"
        f" {path} > out.txt`"
    )


def test_utf16_file_says_so(tmp_path: Path) -> None:
    path = write(tmp_path, "wide.txt", "Attack".encode("utf-16"))
    [failure] = read([path])
    assert isinstance(failure, Failure) and failure.reason.startswith("UTF-16 text; re-encode")


def test_missing_path_and_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "nothing").mkdir()
    missing, empty = read([str(tmp_path / "gone.txt"), str(tmp_path / "nothing")])
    assert missing == Failure(
        doc_id="gone", stage="read", reason="no such file or folder; check the path",
        path=str(tmp_path / "gone.txt"),
    )  # fmt: skip
    assert isinstance(empty, Failure)
    assert (
        empty.reason == "folder has no .txt, .html, .htm or .jsonl files; give a folder of reports"
    )


def test_bad_documents_do_not_stop_the_batch(tmp_path: Path) -> None:
    paths = [
        write(tmp_path, "bad.txt", b"\x00"),
        str(tmp_path / "missing.txt"),
        write(tmp_path, "good.txt", "Gunmen attacked."),
    ]
    out = read(paths)
    assert [type(o).__name__ for o in out] == ["Failure", "Failure", "Document"]


def test_unreadable_file(tmp_path: Path) -> None:
    path = write(tmp_path, "locked.txt", "Secret.")
    Path(path).chmod(0)
    try:
        if Path(path).stat().st_mode and _can_read(path):
            pytest.skip("running as a user who can read any file")
        [failure] = read([path])
    finally:
        Path(path).chmod(0o644)
    assert isinstance(failure, Failure)
    assert failure.reason == (
        "cannot read it (Permission denied); check that it exists and is readable"
    )


def _can_read(path: str) -> bool:
    try:
        Path(path).read_bytes()
    except OSError:
        return False
    return True


def test_os_errors_become_failures(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "locked.txt", "Secret.")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    [failure] = read([path])
    assert failure == Failure(
        doc_id="locked", stage="read", path=path,
        reason="cannot read it (Permission denied); check that it exists and is readable",
    )  # fmt: skip
