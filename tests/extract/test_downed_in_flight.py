"""A drone or missile destroyed in flight was stopped before it struck (disrupted weapons
use); one destroyed where it was kept, or a launcher destroyed, stays property destroyed."""

import pytest

CASES = [
    (
        "On 2 May 2022, the Saudi-led coalition said it destroyed an explosive-laden drone "
        "launched by the Houthis towards the city of Najran.",
        [
            (
                "Disrupted weapons use",
                "Operation Restoring Hope",
                "Military Forces of Yemen (2016-) Supreme Political Council",
            )
        ],
    ),
    (
        "On 2 May 2024, US forces destroyed three Houthi drones over the Gulf of Aden.",
        [
            (
                "Disrupted weapons use",
                "Military Forces of the United States (2021-2025)",
                "Military Forces of Yemen (2016-) Supreme Political Council",
            )
        ],
    ),
    # a missile readied on the ground was not stopped in flight (the verb alone tells no air
    # strike, so it stays the destruction the base reads)
    (
        "On 2 May 2024, US forces destroyed a Houthi anti-ship missile that was aimed into the "
        "Gulf of Aden and prepared to launch.",
        [
            (
                "Looting/property destruction",
                "Military Forces of the United States (2021-2025)",
                "Military Forces of Yemen (2016-) Supreme Political Council",
            )
        ],
    ),
    # no sign of flight: a launcher destroyed is destruction
    (
        "On 2 May 2024, Ukrainian forces destroyed a Russian missile launcher near Kupiansk, "
        "Ukraine.",
        [("Looting/property destruction", "Military Forces of Ukraine (2019-)", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_downed_in_flight(coded, text, expected):
    assert coded(text) == expected
