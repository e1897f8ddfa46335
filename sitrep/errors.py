"""One error tree. Every message says what the user can do about it.

The CLI and the HTTP edge translate a SitrepError into one line; anything else is a bug and
raises normally.
"""

from __future__ import annotations


class SitrepError(Exception):
    """Base of every error a user can act on."""


class InputError(SitrepError):
    """A file, line or option the user gave cannot be read."""


class GazetteerError(SitrepError):
    """The gazetteer is missing, corrupt or built by an incompatible version."""


class StoreError(SitrepError):
    """The database cannot be opened, read or written."""


class ModelError(SitrepError):
    """The spaCy model or a knowledge file (actors, lexicon) cannot be loaded."""


class EvalError(SitrepError):
    """A gold file for `sitrep eval` is missing or not in the expected format."""
