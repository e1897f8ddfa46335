"""sitrep: structured, geolocated, verifiable event records from conflict reports."""

from sitrep.model import Document, Event, Evidence, Failure, Place, Toponym

__version__ = "0.1.0"

__all__ = ["Document", "Event", "Evidence", "Failure", "Place", "Toponym", "__version__"]
