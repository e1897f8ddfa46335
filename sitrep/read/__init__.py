"""Documents from files: plain text, HTML (trafilatura), JSON Lines, folders and stdin."""

from sitrep.read.dateline import parse_dateline
from sitrep.read.paths import read_paths
from sitrep.read.published import choose_published
from sitrep.read.text import text_document
from sitrep.read.title import split_title

__all__ = ["choose_published", "parse_dateline", "read_paths", "split_title", "text_document"]
