"""The side a place was taken from, told in the report's other fighting (territory_sides.py):
a capture whose sentence names only the capturer takes the one side the capturer fought
elsewhere in the report."""


def test_the_capturer_s_foe_in_the_report_is_the_side_it_took_from(coded):
    text = (
        "Ukrainian forces captured the village of Lyubimovka in Russia's Kursk region on"
        " Tuesday. Russia's Defence Ministry said its troops had repelled Ukrainian attacks near"
        " the town of Sudzha and killed 50 Ukrainian soldiers."
    )
    assert coded(text)[0] == (
        "Non-state actor overtakes territory",
        "Military Forces of Ukraine (2019-)",
        "Military Forces of Russia (2000-)",
    )


def test_a_capture_alone_names_no_foe(coded):
    text = "Ukrainian forces captured the village of Lyubimovka in Russia's Kursk region."
    assert coded(text) == [
        ("Non-state actor overtakes territory", "Military Forces of Ukraine (2019-)", None)
    ]
