"""An event whose place the gazetteer lacks is coded at the country the report is sure of
(precision 3), the unknown name kept in its tag; with no country known it stays unplaced."""


def test_an_unknown_village_with_the_country_named_is_coded_at_the_country(extracted):
    (event,) = extracted(
        "Gunmen shot dead two traders in Xyzabad on Tuesday, Bangladesh police said."
    )
    assert (event.country, event.location, event.geo_precision, event.tags) == (
        "Bangladesh",
        "Bangladesh",
        3,
        ("unresolved_place:Xyzabad",),
    )


def test_an_unknown_village_with_no_country_stays_unplaced(extracted):
    (event,) = extracted("Gunmen shot dead two traders in Xyzabad on Tuesday.")
    assert (event.country, event.location) == (None, None)
