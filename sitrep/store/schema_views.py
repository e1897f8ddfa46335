"""Schema step: the actors and places of the stored events, as views for analysts' own SQL.

`actors`: each actor name in any role (actor1, actor2 or an associated actor) with its ACLED
type where known and how many event reports name it. `places`: each distinct event location
(name, admin areas, country, point, GeoNames id, precision) with its number of reports.
Views hold no data of their own, so they can never disagree with the events.
"""

from __future__ import annotations

STATEMENTS: tuple[str, ...] = (
    """CREATE VIEW actors AS
    SELECT name, MAX(inter) AS inter, COUNT(*) AS reports FROM (
        SELECT actor1 AS name, inter1 AS inter FROM events WHERE actor1 IS NOT NULL
        UNION ALL SELECT actor2, inter2 FROM events WHERE actor2 IS NOT NULL
        UNION ALL SELECT assoc_actor_1, NULL FROM events WHERE assoc_actor_1 IS NOT NULL
        UNION ALL SELECT assoc_actor_2, NULL FROM events WHERE assoc_actor_2 IS NOT NULL
    ) GROUP BY name""",
    """CREATE VIEW places AS
    SELECT location, admin2, admin1, country, iso3, latitude, longitude, geonameid,
        MIN(geo_precision) AS geo_precision, COUNT(*) AS reports
    FROM events WHERE location IS NOT NULL
    GROUP BY location, admin2, admin1, country, iso3, latitude, longitude, geonameid""",
)
