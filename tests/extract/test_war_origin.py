"""How a war began, and the act a stretch of time is counted from, are background."""


def test_the_act_that_began_the_war_makes_no_event(coded):
    assert coded(
        "On 14 May 2025, rebels ambushed an army convoy near Kalemie. The war began in "
        "August 2024, when the rebels attacked police posts in Moba, killing 30 officers."
    ) == [
        (
            "Armed clash",
            "Unidentified Armed Group (Democratic Republic of Congo)",
            "Military Forces of the Democratic Republic of Congo (2019-)",
        )
    ]


def test_fighting_resumed_months_ago_is_background(extracted):
    events = extracted(
        "On 20 June 2025, Arakan Army fighters overran a police post in Minbya. The fighting "
        "resumed in November 2024, when the Arakan Army broke a truce with the junta."
    )
    assert [e.sub_event_type for e in events] == ["Non-state actor overtakes territory"]


def test_the_start_of_a_stretch_of_time_makes_no_event(coded):
    assert (
        coded("Since the militia began shelling the town on 5 June, 20,000 people have fled Bunia.")
        == []
    )


def test_fighting_that_broke_out_on_the_report_s_day_is_news(extracted):
    (event,) = extracted(
        "Fighting broke out in Sake on 9 July 2025, when M23 rebels attacked army positions."
    )
    assert event.sub_event_type == "Armed clash"
