"""Official statements, armed groups' claims and situation reports, read as a coder reads them
(session 21): who claims an act, what a statement's wording says happened, and what in a
situation report or a live blog is no act of its own. Every text is our own."""

from collections.abc import Callable
from datetime import date

from sitrep.model import Event

Extracted = Callable[[str], list[Event]]
PublishedOn = Callable[[str, date | None], list[Event]]
Coded = Callable[[str], list[tuple[str, str | None, str | None]]]


def _claims(extracted: Extracted, text: str) -> list[tuple[str, str | None]]:
    return [(e.sub_event_type, e.claimed_by) for e in extracted(text)]


# A verb of saying conjoined to another takes its subject as the claimant.


def test_a_claim_conjoined_to_a_denial_is_the_groups(extracted: Extracted) -> None:
    text = (
        "Al-Shabaab, in a statement on its radio, denied losing any fighters and said its "
        "militants had killed nine soldiers in an attack on a base in Wanlaweyn on Friday."
    )
    assert _claims(extracted, text) == [("Armed clash", "Al Shabaab")]


def test_a_verb_of_saying_with_its_own_subject_keeps_it(extracted: Extracted) -> None:
    text = (
        "The army arrived in Wanlaweyn and a spokesman said militants had killed nine "
        "soldiers in an attack on a base there on Friday."
    )
    assert _claims(extracted, text) == [("Armed clash", "a spokesman")]


# A live blog's timestamp is when the entry was posted, not part of who speaks.


def test_a_timestamp_is_not_part_of_the_speaker(extracted: Extracted) -> None:
    text = (
        "09:15 - Two soldiers were killed when militants attacked a checkpoint in Kunar "
        "province, officials said.\n\n"
        "11:40 - Police said three suspects were arrested in Jalalabad."
    )
    events = extracted(text)
    assert [(e.sub_event_type, e.claimed_by, e.fatalities) for e in events] == [
        ("Armed clash", "officials", 2),
        ("Arrests", "Police", None),
    ]


# A running toll counted from a date sums acts the report may never tell: no event.


def test_a_running_toll_since_a_date_is_no_event(extracted: Extracted) -> None:
    text = (
        "Highlights\n"
        "• Since 1 January, 180 civilians were killed in 37 incidents in the Boucle du "
        "Mouhoun region.\n"
        "• On 9 March, unidentified armed men killed five civilians near Dedougou.\n"
    )
    assert [(e.sub_event_type, e.fatalities) for e in extracted(text)] == [("Attack", 5)]


def test_a_running_toll_opening_on_its_date_is_no_event(extracted: Extracted) -> None:
    text = "Since the beginning of 2026, 305 civilians were killed in Ituri province."
    assert extracted(text) == []


def test_an_act_compared_with_a_date_stays(extracted: Extracted) -> None:
    text = "On Sunday, five people were killed in Kaya, the deadliest attack since January."
    assert [(e.sub_event_type, e.fatalities) for e in extracted(text)] == [("Attack", 5)]


def test_a_tally_since_a_day_with_its_perpetrator_stays(extracted: Extracted) -> None:
    text = "Since Monday, jihadists killed 20 soldiers in three attacks in Tillaberi."
    assert [(e.sub_event_type, e.fatalities) for e in extracted(text)] == [("Armed clash", 20)]


# An act whose subject or object is denied ('no shots were fired') did not happen.


def test_no_shots_fired_is_no_event(coded: Coded) -> None:
    text = (
        "Soldiers arrested 12 alleged cartel members in Culiacan, Sinaloa, on Sunday. "
        "Security officials said no shots were fired during the operation."
    )
    assert coded(text) == [
        ("Arrests", "Military Forces of Mexico (2024-)", "Unidentified Gang (Mexico)")
    ]


def test_no_one_killed_leaves_the_attack_alone(extracted: Extracted) -> None:
    text = "Gunmen attacked a checkpoint in Kunar province on Monday. Nobody was hurt."
    assert [e.sub_event_type for e in extracted(text)] == ["Armed clash"]


def test_some_shots_fired_stay_an_act(coded: Coded) -> None:
    text = "Gunmen fired shots at a police post in Kunar province on Monday."
    assert [c[0] for c in coded(text)] == ["Armed clash"]


# 'khwarij', the spelling Pakistani military statements often use, is the TTP's label.


def test_khwarij_sent_to_hell_are_the_ttps_dead(extracted: Extracted) -> None:
    text = (
        "Troops engaged a hideout in Datta Khel, North Waziristan, and six khwarij were sent "
        "to hell, the ISPR said."
    )
    assert [(e.actor1, e.actor2, e.fatalities) for e in extracted(text)] == [
        ("Military Forces of Pakistan (2022-)", "TTP: Tehreek-i-Taliban Pakistan", 6)
    ]


# A side's retreat from the fight just told ends the fight; it hands over no ground.


def test_a_retreat_after_the_firefight_is_the_fights_end(coded: Coded) -> None:
    text = (
        "Soldiers clashed with about 15 members of the New People's Army in Barangay "
        "Tagaytay, Negros Occidental, on Monday. The rebels withdrew, leaving behind a rifle."
    )
    assert coded(text) == [
        ("Armed clash", "Military Forces of the Philippines (2022-)", "NPA: New People's Army")
    ]


def test_a_withdrawal_on_a_later_day_from_a_named_place_stays(published_on: PublishedOn) -> None:
    text = (
        "Soldiers clashed with NPA rebels in Barangay Tagaytay, Negros Occidental, on Monday. "
        "On Wednesday the rebels withdrew from Barangay Tagaytay."
    )
    events = published_on(text, date(2026, 4, 30))
    assert [e.sub_event_type for e in events] == [
        "Armed clash",
        "Non-violent transfer of territory",
    ]


# Motorbikes seized are goods, not ground; the VDP fight beside the army, not against it.


def test_motorbikes_seized_are_no_territory(extracted: Extracted) -> None:
    text = "Burkinabe troops seized motorbikes near Djibo on Monday."
    assert [e.sub_event_type for e in extracted(text)] == ["Looting/property destruction"]


def test_soldiers_and_vdp_are_one_side(coded: Coded) -> None:
    text = "Soldiers and VDP neutralised several dozen terrorists near Djibo on Monday."
    assert coded(text) == [
        (
            "Armed clash",
            "Military Forces of Burkina Faso (2022-)",
            "Unidentified Armed Group (Burkina Faso)",
        )
    ]


def test_vdp_attacked_by_jnim_are_its_target(coded: Coded) -> None:
    text = "JNIM militants attacked VDP positions near Djibo on Monday, killing six volunteers."
    assert coded(text) == [
        (
            "Armed clash",
            "JNIM: Group for Support of Islam and Muslims",
            "VDP: Volunteers for the Defense of the Homeland",
        )
    ]


# A group that claims an act (or responsibility for it) is its doer and its claimant, also
# when its name is followed by its acronym in brackets.


def test_a_group_named_with_its_acronym_claims_and_did_the_attack(extracted: Extracted) -> None:
    text = (
        "The Islamic State West Africa Province (ISWAP) has claimed responsibility for an "
        "attack on a military base in Yobe State in which it said 14 soldiers were killed."
    )
    assert [(e.actor1, e.claimed_by, e.fatalities) for e in extracted(text)] == [
        ("Islamic State (West Africa)", "the Islamic State West Africa Province", 14)
    ]


def test_a_group_claiming_an_attack_is_its_claimant(extracted: Extracted) -> None:
    text = "Islamic State West Africa Province (ISWAP) claimed an attack on a base in Yobe State."
    assert [(e.actor1, e.claimed_by) for e in extracted(text)] == [
        ("Islamic State (West Africa)", "Islamic State West Africa Province")
    ]


def test_an_army_claiming_that_others_attacked_only_reports(extracted: Extracted) -> None:
    text = "The army claimed that militants attacked a base in Mopti region on Sunday."
    assert [(e.actor1, e.claimed_by) for e in extracted(text)] == [
        ("Unidentified Armed Group (Mali)", "the army")
    ]


# The force whose uniform attackers wore is neither side.


def test_men_in_a_forces_uniform_are_unidentified(coded: Coded) -> None:
    text = "Armed men in RSF uniforms looted the health centre in Kutum on Monday."
    assert coded(text) == [
        ("Looting/property destruction", "Unidentified Armed Group (Sudan)", "Civilians (Sudan)")
    ]


def test_the_force_itself_still_acts(coded: Coded) -> None:
    text = "RSF fighters looted the health centre in Kutum on Monday."
    assert coded(text) == [
        ("Looting/property destruction", "RSF: Rapid Support Forces", "Civilians (Sudan)")
    ]


# A statement that tells again, on the day it was made, the act the lead told is that act.

HADIN_KAI = (
    "Troops neutralised 11 terrorists during a clearance operation around Mallam Fatori in "
    "Borno State on Saturday.\n\n"
    "The army spokesman, Colonel Musa Bello, said in a statement on Sunday that {rest}"
)


def test_a_statement_retelling_the_lead_is_the_same_act(published_on: PublishedOn) -> None:
    text = HADIN_KAI.format(
        rest="the troops made contact with the terrorists after a fierce firefight."
    )
    events = published_on(text, date(2026, 3, 9))
    assert [(e.sub_event_type, e.event_date, e.fatalities) for e in events] == [
        ("Armed clash", "2026-03-07", 11)
    ]


def test_a_statement_telling_an_act_elsewhere_stays(published_on: PublishedOn) -> None:
    text = HADIN_KAI.format(rest="troops also clashed with terrorists near Gwoza in Borno State.")
    events = published_on(text, date(2026, 3, 9))
    assert [(e.sub_event_type, e.event_date) for e in events] == [
        ("Armed clash", "2026-03-07"),
        ("Armed clash", "2026-03-08"),
    ]


# A live blog's time stamp hides no count; a body named just before 'said' is the sayer.


def test_a_time_stamp_does_not_swallow_the_count(extracted: Extracted) -> None:
    text = (
        "Live updates\n\n"
        "08:45 - At least 9 people were killed in an Israeli strike on a school east of Khan "
        "Younis, the Civil Defence said.\n"
    )
    assert [(e.fatalities, e.claimed_by) for e in extracted(text)] == [(9, "the Civil Defence")]


def test_a_victim_named_before_the_sayer_is_not_the_sayer(extracted: Extracted) -> None:
    text = "Gunmen shot dead a trader, Ali Musa, in Kano on Monday, police said."
    assert [(e.fatalities, e.claimed_by) for e in extracted(text)] == [(1, "police")]


# Cases of an act a suspect faces are charges, not acts.


def test_cases_a_suspect_faces_are_no_acts(extracted: Extracted) -> None:
    text = (
        "A wanted criminal was shot in the leg when he opened fire on a police team at a "
        "checkpoint in Muzaffarnagar on Tuesday, police said. He faces 20 cases of robbery "
        "and murder."
    )
    assert [e.sub_event_type for e in extracted(text)] == ["Armed clash"]


def test_a_murder_told_beside_its_case_stays(extracted: Extracted) -> None:
    text = "Police registered a case of murder after a trader was shot dead in Meerut on Tuesday."
    assert [e.sub_event_type for e in extracted(text)] == ["Attack"]


def test_a_note_set_off_by_a_dash_denies_nothing(coded: Coded) -> None:
    text = "Rival youths clashed at a rally in Kakamega on Sunday - no further details given."
    assert [c[0] for c in coded(text)] == ["Mob violence"]


# A toll over the past day, or many assaults counted, is the sum of many acts: aggregate.


def test_a_ministrys_toll_over_the_past_day_is_aggregate(extracted: Extracted) -> None:
    text = (
        "The health ministry said 38 people were killed by Israeli fire in Gaza in the past "
        "24 hours."
    )
    assert [("aggregate" in e.tags, e.fatalities) for e in extracted(text)] == [(True, 38)]


def test_assaults_counted_with_their_side_are_aggregate(extracted: Extracted) -> None:
    text = "Ukrainian troops repelled 41 Russian assaults near Myrnohrad on Thursday."
    assert ["aggregate" in e.tags for e in extracted(text)] == [True]


def test_one_strike_on_a_day_is_no_aggregate(extracted: Extracted) -> None:
    text = "An Israeli air strike killed 11 people in a house in Gaza City on Saturday night."
    assert ["aggregate" in e.tags for e in extracted(text)] == [False]


def test_a_report_of_fighting_is_still_fighting(coded: Coded) -> None:
    text = "Officers received a report of fighting between two youth gangs in Naivasha on Friday."
    assert [c[0] for c in coded(text)] == ["Armed clash"]


# What a side says beside its denial of the other side's claim is its own account.


def test_an_account_given_beside_a_denial_is_asserted(extracted: Extracted) -> None:
    text = (
        "Ukraine's General Staff denied the claim, saying its troops had repelled nine "
        "assaults near Kostiantynivka over the past day."
    )
    events = extracted(text)
    assert [(e.sub_event_type, e.actor2, e.claimed_by) for e in events] == [
        ("Armed clash", "Military Forces of Ukraine (2019-)", "Ukraine's General Staff")
    ]


def test_the_act_denied_stays_denied(extracted: Extracted) -> None:
    text = "The army denied that soldiers killed civilians in Dera Malo, saying it was false."
    assert extracted(text) == []


# An act told again only as the time of another clause ('fled ... after the attack') takes
# none of that clause's places: it is the act told before.


def test_an_attack_told_as_when_people_fled_is_the_attack_told(published_on: PublishedOn) -> None:
    text = (
        "The Islamic State claimed that its fighters beheaded three villagers in the village of "
        "Nanjua, in the Macomia district of Cabo Delgado, on Saturday, and burned a chapel. "
        "Local sources said that residents had fled towards Macomia town after the attack."
    )
    events = published_on(text, date(2026, 9, 30))
    assert [(e.sub_event_type, e.actor1) for e in events] == [
        ("Attack", "Islamic State (Mozambique)")
    ]


def test_an_attack_on_a_place_of_its_own_stays_apart(published_on: PublishedOn) -> None:
    text = (
        "Insurgents beheaded three villagers in Nanjua, in Cabo Delgado, on Saturday. "
        "On Sunday the insurgents attacked Mucojo and burned 20 houses."
    )
    assert len(published_on(text, date(2026, 9, 30))) == 2


# Where a group's network reaches ("al-Qaeda's affiliate in the Sahel") is not the scene.


def test_a_groups_affiliate_region_is_no_scene(extracted: Extracted) -> None:
    text = (
        "JNIM, al-Qaeda's affiliate in the Sahel, said its fighters ambushed an army convoy "
        "near Kelka-Dah, in the Mopti region, on Wednesday, killing 12 soldiers."
    )
    assert [(e.country, e.admin1) for e in extracted(text)] == [("Mali", "Mopti")]


def test_a_bank_branch_is_still_a_scene(extracted: Extracted) -> None:
    text = "Gunmen robbed a bank branch in Kisumu on Monday, shooting a guard."
    assert [e.location for e in extracted(text)] == ["Kisumu"]


# A former member of a group is a civilian when attacked; a serving one is the group's.


def test_a_former_member_killed_is_a_civilian(coded: Coded) -> None:
    text = (
        "Unknown gunmen killed a former member of the Syrian Democratic Forces in "
        "Al-Busayrah, in Deir Ezzor, on Sunday, SOHR activists said."
    )
    assert coded(text) == [("Attack", "Unidentified Armed Group (Syria)", "Civilians (Syria)")]


def test_a_serving_member_killed_is_the_groups(coded: Coded) -> None:
    text = (
        "Unknown gunmen killed a member of the Syrian Democratic Forces in Al-Busayrah, in "
        "Deir Ezzor, on Sunday."
    )
    assert coded(text) == [
        ("Armed clash", "Unidentified Armed Group (Syria)", "QSD: Syrian Democratic Forces")
    ]
