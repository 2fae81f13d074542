"""Role precision: records "migrated" between computers keep a text off topic, a
nationality of officers, employers or papers is no origin, and a report the writer could not
verify gives no role; each beside a true migration sentence that keeps its role. Sentences
written for these tests, geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture, role_of, roles

from geomig.picture import cues

#: Filler that makes a text long (past [document] short_chars) and says nothing.
_CALM = " The harbour was quiet and the cafés were full all week long." * 20

# A hospital moving its files to new computers: "migration" and "immigration" said, no one moving.
_RECORDS = (
    "The university hospital in Tunis reopened its outpatient clinics on Monday after a week-long data "
    "migration. Engineers carried the scans and notes of two million patients from old servers in the "
    "basement to a data centre outside Sfax, with a second copy at a cloud provider. Doctors said the week "
    "had been hard on everyone. \"The migration was planned for a year,\" the director said. Patients who "
    "had driven in from Sfax and Zuwara for check-ups were sent home, and at the immigration desk for "
    "foreign patients clerks wrote everything by hand."
)


def test_records_migrated_to_new_servers_keep_a_text_off_topic():
    assert not cues.default().on_topic(_RECORDS + _CALM)
    pic = picture(_RECORDS + _CALM)
    assert not roles(pic) and not pic.by_role("route")


@pytest.mark.parametrize("text", [
    # migrants whose fingerprints go to a database: a migration report, a database named once
    "Officers check every print against a European database, as the law requires. Later that week, "
    "border police took the fingerprints of 40 migrants who had crossed from Libya, and most of the "
    "migrants asked for asylum in Italy.",
    # a report on migrants that names the agency's new servers in passing
    "Hundreds of migrants reached Lampedusa from Zuwara this week. Officials said the new servers at "
    "the reception centre had slowed the registration of the refugees, and that deportations would resume.",
    # hedged, with a data centre once: still about people
    "A data centre outage in the capital closed the town hall for a day. In the south, refugees may "
    "have fled Sebha for Tunisia, aid workers said, and asylum requests were said to be rising.",
], ids=["fingerprint-database", "servers-in-passing", "hedged-data-centre"])
def test_a_migration_report_naming_computers_stays_on_topic(text):
    assert cues.default().on_topic(text + _CALM)


@pytest.mark.parametrize("text, place", [
    ("Polish officers pushed the family back into Belarus twice in one night.", "Poland"),
    ("Egyptian employers kept the workers' papers; the men had come from Sudan by bus.", "Egypt"),
    ("She crossed from Libya to Lampedusa on a Maltese passport bought in Tripoli.", "Malta"),
    ("The Greek guards took their phones before the boat was towed back towards Turkey.", "Greece"),
], ids=["officers", "employers", "passport", "guards"])
def test_a_nationality_of_officers_employers_or_papers_is_no_origin(text, place):
    assert "origin" not in role_of(text, place)


@pytest.mark.parametrize("text, place", [
    ("Egyptian workers crossed into Libya at dawn, hoping to reach Benghazi.", "Egypt"),
    ("Eritrean refugees were not pushed back, the officers said; they crossed into Sudan.", "Eritrea"),
    ("Sudanese families may have fled to Chad last week, officers said.", "Sudan"),     # hedged
], ids=["workers", "negated-push-back", "hedged-families"])
def test_a_nationality_of_those_who_move_stays_an_origin_beside_officers(text, place):
    assert "origin" in role_of(text, place)


@pytest.mark.parametrize("words, named", [
    (" officers", True), (" employers", True), (" passport bought in", True), (" gendarmes", True),
    (" passports they had forged", True),
    (" workers", False), (" families who fled", False), (" nationals crossed", False),
    (" passports crossed", False), (" passport", False),
])
def test_officers_and_passports_name_no_one_who_moves(words, named):
    rx = cues.setting_rx(cues.default(), "not_origin_after")
    assert bool(rx.match(words)) is named


@pytest.mark.parametrize("text, place", [
    ("A few of the men went on towards Sebha, rumours we have so far been unable to verify.", "Sebha"),
    ("A second dinghy left Zuwara overnight, claims that the coastguard could not verify.", "Zuwara"),
    ("Others were reported to have reached Malta, accounts the agency was unable to confirm.", "Malta"),
], ids=["we-have-been-unable", "the-coastguard-could-not", "the-agency-was-unable"])
def test_a_report_the_writer_could_not_verify_gives_no_role(text, place):
    assert not role_of(text, place)


@pytest.mark.parametrize("text, place", [
    # only a figure or another report is unverified: the movement stands
    ("The boat reached Lampedusa from Zuwara, and news crews could not verify the figures for the dead.",
     "Lampedusa"),
    ("Families crossed from Sudan into Chad on foot, and officials were unable to confirm whether any "
     "had been hurt.", "Chad"),
    ("The dinghy left Zuwara at dawn, reports that the coastguard has since confirmed.", "Zuwara"),
    # the report noun is the subject's, not the object of the verb: only a figure is unverified
    ("The dinghy reached Pozzallo from Sabratha at night, though news services could not verify how "
     "many had drowned.", "Pozzallo"),
    ("Sixty people landed in Malta from Misrata, the coastguard reports divers could not confirm the "
     "number missing.", "Malta"),
], ids=["a-figure", "whether-hurt", "confirmed", "news-services-could-not-verify-how-many",
        "reports-divers-could-not-confirm-the-number"])
def test_an_unverified_figure_or_a_confirmed_report_keeps_the_role(text, place):
    assert role_of(text, place)


@pytest.mark.parametrize("text, place", [
    # each place of a list people speak or dream of is an end hoped for, a name of two words too
    ("In the camp the Eritrean boys talk of Greece, Italy or of Spain.", "Spain"),
    ("In the camp the Eritrean boys talk of Greece, Italy or of Spain.", "Italy"),
    ("Some of the Sudanese men dream of western Libya or of Malta.", "Malta"),
], ids=["third-of-a-list", "second-of-a-list", "after-a-two-word-name"])
def test_every_place_of_a_list_spoken_of_is_a_hoped_for_end(text, place):
    assert role_of(text, place) == {"destination"}


@pytest.mark.parametrize("text, place, role", [
    # where people come from, listed, stays their origin; so does a home spoken of
    ("The Eritrean boys came from Sudan, Egypt or Chad.", "Chad", "origin"),
    ("Over coffee the men talked of Greece and of Tunisia, where they grew up.", "Tunisia", "origin"),
], ids=["came-from-a-list", "home-after-a-list"])
def test_a_listed_origin_or_home_spoken_of_stays_an_origin(text, place, role):
    assert role in role_of(text, place)


_MIGRATION = "Hundreds of migrants crossed from Libya into Tunisia this month, and many asked for asylum. "


@pytest.mark.parametrize("text, place", [
    # goods and papers refused or sent back move no one
    ("A lorry of olives was refused entry at the border in Libya and sent back to Sfax.", "Sfax"),
    ("The consulate in Tunis turned down 80 students and returned their passports to Sfax.", "Sfax"),
    ("Two truckloads of dates were turned back at the border in Libya and driven back to Sebha.", "Sebha"),
], ids=["lorry-of-olives", "passports-returned", "truckloads-of-dates"])
def test_goods_or_papers_sent_back_give_no_place_a_role(text, place):
    pic = picture(_MIGRATION + text + _CALM)
    assert place not in roles(pic)
    assert not any(place in r.name for r in pic.by_role("route"))


@pytest.mark.parametrize("text, place", [
    ("A lorry of migrants was refused entry at the border in Libya and sent back to Sfax.", "Sfax"),
    ("Forty Eritreans were refused entry at the border in Libya and sent back to Sfax.", "Sfax"),
], ids=["lorry-of-migrants", "people-refused"])
def test_people_sent_back_keep_their_route(text, place):
    pic = picture(_MIGRATION + text + _CALM)
    assert any(place in r.name for r in pic.by_role("route"))


@pytest.mark.parametrize("text, place", [
    # a vehicle of people told by their age or number, not by a people word: no goods
    ("A van of exhausted teenage boys was stopped after crossing from Sudan into Egypt.", "Egypt"),
    ("A lorry of about thirty Eritreans crossed from Sudan into Chad at dawn.", "Chad"),
], ids=["van-of-teenage-boys", "lorry-of-about-thirty"])
def test_a_vehicle_of_people_keeps_their_route(text, place):
    pic = picture(_MIGRATION + text + _CALM)
    assert any(place in r.name for r in pic.by_role("route"))


@pytest.mark.parametrize("text", [
    # a sail re-enacting an old voyage, migration denied in so many words, small boats around it
    "The rebuilt galley sailed into Valletta on Sunday after 40 days at sea. \"This was a festival "
    "of seamanship, not of migration,\" the skipper said, as small boats circled the harbour.",
    # a tour, not a migration story
    "The choir crossed the strait by ferry for its summer tour. \"It is not a migration story, it "
    "is a song,\" said the conductor; small boats met the ferry.",
], ids=["not-of-migration", "not-a-migration-story"])
def test_a_topic_word_denied_right_before_it_makes_no_text_about_migration(text):
    assert not cues.default().on_topic(text + _CALM)


@pytest.mark.parametrize("text", [
    # the word denied once, the report about migrants all the same
    "The minister said the men were not refugees. Aid groups said the migrants had fled Sudan and "
    "asked for asylum in Malta.",
    # a denial of something else: "not" with other words between
    "Officials did not say how many migrants were deported, but the refugees in the camp said "
    "dozens had gone.",
], ids=["one-word-denied", "not-far-before"])
def test_a_migration_report_with_a_denied_word_stays_on_topic(text):
    assert cues.default().on_topic(text + _CALM)


def test_a_short_brief_denying_refugee_status_stays_on_topic():
    # "not refugees" disputes a status inside a migration story: the crossing keeps its route
    text = ("The minister insisted the 30 newcomers were not refugees. Their dinghy crossed from Zuwara "
            "to Pozzallo overnight.")
    assert cues.default().on_topic(text)
    assert any("Pozzallo" in r.name for r in picture(text).by_role("route"))


def test_holders_of_a_passport_keep_its_country_as_origin():
    text = "Thirty women carrying Eritrean passports crossed from Sudan into Egypt."
    assert "origin" in role_of(text, "Eritrea")


@pytest.mark.parametrize("text, place", [
    ("Hundreds of Sudanese refugees crossed into Libya this year. The people of Kufra opened their "
     "homes to them.", "Kufra"),
    ("Hundreds of Sudanese refugees crossed into Libya this year. The mayor thanked the people of "
     "Sebha for their hospitality.", "Sebha"),
    ("Hundreds of Sudanese refugees crossed into Libya this year. The people of Kufra, who welcomed "
     "the newcomers, are poor themselves.", "Kufra"),
], ids=["opened-their-homes", "thanked-for-hospitality", "who-welcomed"])
def test_the_people_of_a_place_who_take_migrants_in_are_no_origin(text, place):
    assert "origin" not in role_of(text, place)


@pytest.mark.parametrize("text, place", [
    ("Hundreds of refugees crossed into Chad this year. Most of them are people of Sudan who fled "
     "the fighting.", "Sudan"),
    ("Hundreds of refugees crossed into Chad this year. People of Sudan, they thanked the camp for "
     "its food.", "Sudan"),
], ids=["people-of-who-fled", "thanked-for-food"])
def test_the_people_of_a_place_who_move_keep_their_origin(text, place):
    assert "origin" in role_of(text, place)


@pytest.mark.parametrize("text, place, kept", [
    # one tried for moving people is no origin of their journey
    ("Migrants reached Lampedusa from Zuwara. A 40-year-old man from Sebha was sentenced on Monday "
     "to six years for steering the boat.", "Sebha", False),
    ("Migrants reached Lampedusa from Zuwara. Two men from Misrata have been charged with smuggling.",
     "Misrata", False),
    # one who moves keeps an origin, and so does one not tried
    ("Migrants reached Lampedusa from Zuwara. A 19-year-old man from Eritrea was rescued at sea.",
     "Eritrea", True),
    ("Migrants reached Lampedusa from Zuwara. A man from Eritrea was not charged; he asked for asylum.",
     "Eritrea", True),
    ("Migrants reached Lampedusa from Zuwara. A woman from Tunisia was accused of driving the group to "
     "the beach.", "Tunisia", False),
    # one tried for one's own crossing is a migrant: the origin stays
    ("Migrants reached Lampedusa from Zuwara. A man from Nigeria was fined for entering Malta without "
     "a visa.", "Nigeria", True),
    ("Migrants reached Lampedusa from Zuwara. Three women from Eritrea were charged with illegal entry "
     "after landing on Lampedusa.", "Eritrea", True),
], ids=["sentenced", "charged", "rescued", "not-charged", "accused-of-driving", "fined-for-entering",
        "charged-with-illegal-entry"])
def test_one_tried_for_moving_people_is_no_origin(text, place, kept):
    assert ("origin" in role_of(text, place)) is kept
