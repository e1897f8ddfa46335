"""Bytes -> text, with a reason a user can act on when the bytes are not UTF-8 text."""

from __future__ import annotations

import codecs

from sitrep.errors import InputError

UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def check_bytes(data: bytes, *, name: str) -> None:
    """InputError when `data` is empty, UTF-16 or binary."""
    if not data.strip():
        raise InputError("empty file; nothing to read (remove it or give it text)")
    if data.startswith(UTF16_BOMS):
        raise InputError(
            f"UTF-16 text; re-encode it as UTF-8, e.g. `iconv -f utf-16 -t utf-8 {name} > out.txt`"
        )
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(
            f"binary file (NUL byte at offset {nul}), not text; give a .txt, .html or .jsonl file"
        )


def decode_text(data: bytes, *, name: str) -> str:
    """UTF-8 text of `data` (a UTF-8 byte order mark is dropped); InputError when unusable."""
    check_bytes(data, name=name)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); re-encode it,"
            f" e.g. `iconv -f latin1 -t utf-8 {name} > out.txt`"
        ) from None
    return text.removeprefix("\ufeff")
