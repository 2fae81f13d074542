"""Which texts and claims the picture reads: the [document] gate of cues.toml (Lexicon.on_topic)
and relevance.no_role, on sentences written for these tests.

Documents are geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import re

import pytest
from extract_helpers import CONTEXT, annotate, picture, role_of, roles

from geomig.picture import cues, relevance
from geomig.picture.relevance import just_before

#: Filler that makes a text long (past [document] short_chars) and says nothing.
_CALM = " The sea was calm and the sky was clear all week long." * 20


@pytest.mark.parametrize("text", [
    # people leaving a country to dodge the army, turned back at a border, helped by volunteers
    "Hundreds of men leaving Belarus to avoid the mobilisation queued at the crossing for two days. "
    "Border guards turned back men whose papers were not in order, and volunteers handed out soup.",
    # a family that took refuge, crossed a border and stayed at a transit site
    "After the shelling a widow and her sons sought refuge in a school. In June they crossed into "
    "Niger and slept at a transit site near the road.",
    # people let out of a war zone by a long way round, some refused entry
    "Civilians get out of the occupied east by a long detour. Border guards question them for hours; "
    "some are refused entry, and volunteers drive the others on.",
    # a boat that lands people: counted, and told in a court
    "The fishing boat landed 96 Sudanese men on a beach at night, a witness told the court. "
    "Frontex had spotted it two days before.",
], ids=["left-to-avoid-call-up", "refuge-transit-site", "occupied-refused-entry", "landed-people"])
def test_people_on_the_move_without_a_migration_word_make_a_text_about_migration(text):
    assert cues.default().on_topic(text + _CALM)


@pytest.mark.parametrize("text", [
    # crowds, fans and the flooded move and shelter too
    "Fans leaving Madrid after the final jammed the roads. Volunteers handed out water and the "
    "border police waved the buses through.",
    "Residents left homeless by the flood found beds with volunteers. The council said the shelter "
    "would stay open all week.",
    "The trawler landed 12 tonnes of cod at dawn and the crew went home.",
    "Hikers took refuge from the storm in a hut and were flown to hospital in the morning.",
], ids=["fans-leaving", "flood-homeless", "landed-fish", "hikers-storm"])
def test_others_moving_or_sheltering_do_not(text):
    assert not cues.default().on_topic(text + _CALM)
    assert not cues.default().on_topic(text)       # a brief needs only one word


def test_a_text_about_animals_moved_between_places_is_not_about_migration():
    # animals named more often than the words that would make it about people ("new arrivals",
    # "crossed into"): a text about them, whose moves are no routes
    text = ("Rangers moved 120 elephants from Sebha to Kufra over two weeks. The animals travelled in "
            "trucks, and wildlife officers said the new arrivals were calm. Some elephants have since "
            "crossed into Chad.")
    assert not cues.default().on_topic(text + _CALM)
    pic = picture(text + _CALM)
    assert not pic.by_role("route")
    assert not roles(pic).get("Kufra")


def test_animals_moved_in_a_text_about_migration_are_no_route():
    # in a text about migration, a sentence moving animals (and naming no one) still moves no one
    text = ("Migrants and refugees wait in Agadez for the trucks north. "
            "Separately, rangers moved 40 elephants from Sebha to Kufra this week.")
    pic = picture(text)
    assert ["Sebha", "Kufra"] not in [f.properties["stop_names"] for f in pic.by_role("route")]
    assert "Kufra" not in roles(pic)


@pytest.mark.parametrize("text", [
    "Hikers took refuge in a hut as the storm hit the ridge.",
    "Shoppers sought refuge inside the mall when heavy rain flooded the streets.",
    "The club expelled those who broke the rules at the annual dinner.",
], ids=["refuge-in-a-storm", "refuge-from-rain", "expelled-members"])
def test_shelter_from_the_weather_and_expelled_members_are_no_migration(text):
    assert not cues.default().on_topic(text)


def test_expelling_those_who_entered_a_country_is_migration():
    assert cues.default().on_topic("The government expelled those who had entered without visas.")


def test_papers_sent_on_make_no_destination():
    # files go on to an office; the people stay where they are
    pic = picture("Migrants from Eritrea reached Kufra after a week in the desert. "
                  "Their asylum files were sent on to Benghazi.")
    assert "Benghazi" not in roles(pic)
    assert ["Eritrea", "Kufra", "Benghazi"] not in [f.properties["stop_names"] for f in pic.by_role("route")]


@pytest.mark.parametrize("text, place", [
    # birds, herds and crabs migrate; they are no migrants
    ("Each spring thousands of storks pass through Sicily on their way north.", "Sicily"),
    ("The storks may pass through Sicily again this year, the rangers said.", "Sicily"),   # hedged
    ("The herds crossed into Chad after the rains.", "Chad"),
    # a regatta, a ship's crew and seed samples travel
    ("The yachts of the regatta set off from Malta on Sunday.", "Malta"),
    ("The crew of the trawler left Zuwara at dawn.", "Zuwara"),
    ("This week the last seed samples were flown from Tunis to Rome.", "Rome"),
    # "These" and "This" begin a sentence; no nationality's plural names people moving
    ("These containers of cargo were shipped from Tunis to Rome.", "Rome"),
    # fighting reaches a town; no one is said to move
    ("Fighting reached the outskirts of Sebha in May, the army said.", "Sebha"),
], ids=["storks", "storks-hedged", "herds", "regatta", "crew", "samples", "these-containers", "fighting"])
def test_animals_crews_samples_and_fighting_give_no_role(text, place):
    assert not role_of(text, place)


@pytest.mark.parametrize("text, place", [
    ("Each spring thousands of migrants pass through Sicily on their way north.", "Sicily"),
    ("Migrants may pass through Sicily again this year, the rangers said.", "Sicily"),     # hedged
    ("Hundreds of families crossed into Chad after the rains.", "Chad"),
    ("The crew of the trawler rescued 40 migrants and took them to Lampedusa.", "Lampedusa"),
    ("This week the last migrants were flown from Tunis to Rome.", "Rome"),
    ("Migrants reached the outskirts of Sebha in May.", "Sebha"),
    # movers named only by a pronoun or a quantifier beside crews, fighting or a ship
    ("Rescue crews brought them to Lampedusa at dawn.", "Lampedusa"),
    ("Those escaping the fighting reached Chad on foot.", "Chad"),
    ("Many who fled the fighting reached Egypt last month.", "Egypt"),
    ("The ship that carried them left Zuwara at night.", "Zuwara"),
], ids=["migrants-pass", "migrants-hedged", "families", "crew-rescued-migrants", "this-week", "migrants-reached",
        "rescue-crews-them", "escaping-the-fighting", "fled-the-fighting", "ship-that-carried-them"])
def test_people_moving_in_the_same_words_keep_their_role(text, place):
    assert role_of(text, place)


def test_a_conveyance_moves_no_migrant_in_a_text_not_about_migration():
    # a text about a ship and its cargo of sheep: no one migrates, the port plays no role
    text = "The vessel sailed from Benghazi on Monday for Malta with a load of sheep and feed."
    assert not cues.default().on_topic(text + _CALM)
    assert "Benghazi" not in roles(picture(text + _CALM))
    # in a text about migration the vessel is how people go
    assert "launch_point" in role_of("The vessel sailed from Benghazi on Monday, the coast guard said.", "Benghazi")


@pytest.mark.parametrize("text, place", [
    ("TRIPOLI, Dec 1 - Libyan border police said on Monday they had detained 64 Eritrean men.", "Libya"),
    ("Last year 300 Libyan border police were trained in Rome.", "Libya"),
    ("A 30-year-old Egyptian national was sentenced to four years for steering the boat.", "Egypt"),
], ids=["dateline-border-police", "number-border-police", "national-sentenced"])
def test_a_nationality_of_border_police_or_of_someone_sentenced_is_no_origin(text, place):
    assert "origin" not in role_of(text, place)


@pytest.mark.parametrize("text, place", [
    ("TRIPOLI, Dec 1 - Libyan migrants said on Monday they had been detained for weeks.", "Libya"),
    ("Last year 300 Libyan men were rescued near Malta.", "Libya"),
    ("A 30-year-old Egyptian national was rescued off Malta after the boat sank.", "Egypt"),
], ids=["dateline-migrants", "number-men", "national-rescued"])
def test_a_nationality_of_those_who_move_stays_an_origin(text, place):
    assert "origin" in role_of(text, place)


@pytest.mark.parametrize("words, named", [
    ("-speaking children", True), (" border police", True), (" national was sentenced", True),
    (" migrants", False), (" families who fled", False),
])
def test_languages_and_border_police_name_no_one_who_moves(words, named):
    rx = cues.setting_rx(cues.default(), "not_origin_after")
    assert bool(rx.match(words)) is named


#: A context that names no one's nationality: the origins are the texts' own.
_NO_NATIONALITY = "Migrants told us about their journey across the desert. "


@pytest.mark.parametrize("text", [
    "Eritrean refugees who had lived in Sudan for years were sent back this week. "
    "Many of the young men were born in Sudan.",
    "Eritrean refugees who had lived in Sudan for years were sent back this week. "
    "Many of the young men may have been born in Sudan.",                                  # hedged
], ids=["born-where-parents-fled", "hedged"])
def test_a_birthplace_where_the_parents_fled_is_no_origin(text):
    assert "origin" not in role_of(text, "Sudan", _NO_NATIONALITY)


@pytest.mark.parametrize("text", [
    # the report gives the country as an origin otherwise too
    "Sudanese refugees who had lived in Chad for years crossed back into Sudan this week. "
    "Many of them were born in Sudan.",
    # the birthplace is the only origin given
    "He was born in Sudan, went to Libya and crossed to Lampedusa.",
], ids=["origin-otherwise", "only-origin"])
def test_a_birthplace_that_is_an_origin_stays(text):
    assert "origin" in role_of(text, "Sudan", _NO_NATIONALITY)


@pytest.mark.parametrize("text, place, kept", [
    ("A survivor who spoke to his mother in Tripoli on the phone said the dinghy set off from Zuwara.", "Tripoli", False),
    ("A survivor who spoke to his mother in Tripoli on the phone said the dinghy set off from Zuwara.", "Zuwara", True),
    ("Two passengers who reached relatives in Tripoli by road said the boat had left Zuwara.", "Tripoli", True),
    ("Two passengers who may have reached relatives in Tripoli by road said so.", "Tripoli", True),     # hedged
    ("They crossed to Italy on the phone with a smuggler who steered them.", "Italy", True),
], ids=["on-the-phone", "the-launch-stays", "by-road", "hedged-by-road", "phone-with"])
def test_a_place_reached_by_telephone_is_no_destination(text, place, kept):
    assert bool(role_of(text, place)) is kept


@pytest.mark.parametrize("text, place", [
    # a report its own sentence says could not be confirmed, or withdraws
    ("Boats were also reported to have left Zuwara, but this could not be confirmed.", "Zuwara"),
    ("Dozens of families reportedly walked on into Poland, but no aid group could verify it.", "Poland"),
    ("Relatives think the girl reached Spain by boat, though no one has been able to confirm the reports.",
     "Spain"),
    ("Correction: an earlier version of this story said that the dinghy had set off from Turkey.", "Turkey"),
    ("Police could not confirm whether the van had crossed into Niger.", "Niger"),
    ("Families were said to be walking towards Chad, but the information could not be verified.", "Chad"),
    # in capitals, and beside a letter that lowers to two (the regex is then searched as it is)
    ("Boats were also reported to have left Zuwara, BUT THIS COULD NOT BE CONFIRMED.", "Zuwara"),
    ("Boats were also reported to have left Zuwara, an İHH volunteer said, but this could not be confirmed.",
     "Zuwara"),
], ids=["not-confirmed", "no-group-could-verify", "no-one-confirmed-the-reports", "correction",
        "whether-it-crossed", "the-information", "capitals", "dotted-capital-i"])
def test_an_unconfirmed_or_withdrawn_report_gives_no_role(text, place):
    assert not role_of(text, place)


@pytest.mark.parametrize("text, place", [
    # only a figure is unverified: the place keeps its role
    ("The boat left Zuwara on Monday; the death toll could not be verified.", "Zuwara"),
    ("The boat left Zuwara with 80 people, but the number of dead could not be confirmed.", "Zuwara"),
    ("Some 200 reached Lesbos overnight, and the ages of the youngest have not been checked.", "Lesbos"),
    ("Survivors reached Lampedusa from Sfax on Monday, but officials could not confirm the death toll.", "Lampedusa"),
    # another fact of the sentence is unconfirmed, not the movement
    ("The boat reached Lampedusa from Sfax on Monday, but the coastguard could not confirm whether anyone "
     "had drowned.", "Lampedusa"),
    ("The family crossed from Morocco into Spain on foot, and police could not confirm whether the guide "
     "was paid.", "Spain"),
    ("The Eritreans flew from Sudan to Egypt, police said, after an unconfirmed tip about the smuggler.", "Egypt"),
    ("The boat reached Lampedusa at dawn; reports of a second boat could not be confirmed.", "Lampedusa"),
    # a correction's own fact stands; only the earlier claim is withdrawn
    ("Correction: the boat left Zuwara on Tuesday, not Monday as we said earlier.", "Zuwara"),
    ("Correction: earlier we wrote that the dinghy left Turkey, but it set off from Greece.", "Greece"),
    # confirmed, not unconfirmed
    ("Officials confirmed that the boat had come from Zuwara.", "Zuwara"),
], ids=["toll", "number-of-dead", "ages", "the-death-toll", "whether-anyone-drowned", "whether-the-guide",
        "a-tip", "other-clause", "correction-own-fact", "correction-but", "confirmed"])
def test_an_unverified_figure_or_another_fact_keeps_the_role(text, place):
    assert role_of(text, place)


@pytest.mark.parametrize("text, place, kept", [
    # a crew counted by where its members are from, visitors on a flight
    ("The fishing smack sailed from Greece in May with a crew of 11 from Egypt and Turkey.", "Egypt", False),
    ("Visitors on the weekly flights from Tunis are asked to book early.", "Tunis", False),
    # people on the move beside them keep their role
    ("The boat left with a crew of 3 from Tunisia and 60 migrants from Sudan.", "Sudan", True),
    ("Migrants on the weekly flights from Tunis were held at the airport.", "Tunis", True),
    # visitors let in, not on a flight: they may be the migrants
    ("Many went to Malta because it let visitors from Sudan in without a visa.", "Malta", True),
], ids=["crew-of-11", "visitors-on-flights", "crew-beside-migrants", "migrants-on-flights", "visitors-let-in"])
def test_a_crew_counted_by_origin_and_visitors_on_a_flight_move_no_migrant(text, place, kept):
    assert bool(role_of(text, place)) is kept


@pytest.mark.parametrize("text, place, kept", [
    # a year told as a past time: history, not the report's movement
    ("Her uncle took the night train to Poland in 1971 to work in a shipyard.", "Poland", False),
    ("Many had moved to Nigeria in the 1980s, when work was plentiful.", "Nigeria", False),
    ("During 1962 thousands crossed into Morocco, the old man recalled.", "Morocco", False),
    ("Her uncle may have gone to Poland in 1971, she said.", "Poland", False),                  # hedged
    # ongoing since an old year, counts, and the present keep the role
    ("Eritreans have fled to Sudan since 1979, and they keep coming.", "Sudan", True),
    ("Arrivals on Lesbos this month are the highest since 1989, the mayor said.", "Lesbos", True),
    ("Arrivals in Lampedusa rose from 1500 to 3200 in a week.", "Lampedusa", True),
    ("The number of Nigerians reaching Agadez rose by 1800 last month.", "Agadez", True),
    ("Until 1989 few could flee to Poland, but this summer hundreds have.", "Poland", True),
    ("In the 1970s her father worked in Egypt; now she has crossed into Chad.", "Chad", True),
    # a recent year beside the old one, or no year at all
    ("In 2023 the boat left Zuwara, the busiest port since 1985.", "Zuwara", True),
    ("The boat left Zuwara on Monday.", "Zuwara", True),
], ids=["train-1971", "the-1980s", "during-1962", "hedged", "since-1979", "highest-since", "rose-from",
        "rose-by", "until-then-this-summer", "now", "recent-beside-old", "no-year"])
def test_a_movement_told_of_long_ago_gives_no_role(text, place, kept):
    assert bool(role_of(text, place)) is kept


@pytest.mark.parametrize("text, place, kept", [
    # the dead carried home move no migrant
    ("The coffin was driven to Agadez from the border last week.", "Agadez", False),
    ("The bodies were taken to Lampedusa.", "Lampedusa", False),
    # migrants named beside the dead keep their role
    ("The bodies of 12 migrants were taken to Lampedusa.", "Lampedusa", True),
    ("The bodies were taken to Lampedusa, where the survivors were also brought.", "Lampedusa", True),
    ("Survivors said the bodies were left in the desert before they reached Kufra.", "Kufra", True),
], ids=["coffin-driven", "bodies-taken", "bodies-of-migrants", "survivors-brought-too", "survivors-reached"])
def test_the_dead_carried_home_give_no_role(text, place, kept):
    assert bool(role_of(text, place)) is kept


@pytest.mark.parametrize("text, moves", [
    # the living flown home make a return (its end plays no role of its own); the dead make none
    ("The nurse was flown home to Senegal from Spain after her contract ended.", True),
    ("The nurse's body was flown home to Senegal from Spain.", False),
    ("The remains of the nurse were flown home to Senegal from Spain.", False),
], ids=["she-was-flown", "body-flown", "remains-flown"])
def test_a_body_flown_home_moves_no_one(text, moves):
    routes = [f.properties["stop_names"] for f in picture(CONTEXT + text).by_role("route")]
    assert (["Spain", "Senegal"] in routes) is moves


@pytest.mark.parametrize("text, place, kept", [
    # the start of a return is where people were, not where they come from
    ("Farrukh came home from Tunis in the spring after his permit was cancelled.", "Tunis", False),
    ("They were expelled from Tunisia and left at the border.", "Tunisia", False),
    ("He may have come home from Tunis, his mother said.", "Tunis", False),                      # hedged
    # people who fled from a place, then came back elsewhere, keep it as their origin
    ("Sudanese refugees fled from Sudan and came back to Chad.", "Sudan", True),
], ids=["came-home-from", "expelled-from", "hedged", "fled-from"])
def test_the_start_of_a_return_is_no_origin(text, place, kept):
    assert ("origin" in role_of(text, place)) is kept


@pytest.mark.parametrize("text, place, kept", [
    # the end of a return, a deportation or a push-back is no destination
    ("Next week the port authority will return the Tunisians by ferry to Sfax.", "Sfax", False),
    ("The soldiers took the Sudanese back to the frontier and made them walk to Tunisia.", "Tunisia", False),
    ("Next week the port authority may return the Tunisians by ferry to Sfax.", "Sfax", False),   # hedged
    # a return only hoped for is an end people want to reach
    ("The Eritreans said they would try to cross back into Tunisia in the spring.", "Tunisia", True),
    # a return told before a journey on: the place hoped for after it stays
    ("Eritreans who went back to Sudan last year now hope to reach Italy.", "Italy", True),
    # no return: a journey
    ("In June the Eritreans took a ferry to Sfax.", "Sfax", True),
], ids=["return-by-ferry", "taken-back", "hedged", "try-to-cross-back", "went-back-then-hope", "ferry-to"])
def test_the_end_of_a_return_is_no_destination(text, place, kept):
    assert ("destination" in role_of(text, place)) is kept


@pytest.mark.parametrize("text, place", [
    # a journey told after a return: another verb of going leads to the place
    ("The Sudanese were pushed back at the border and three days later sailed for Lampedusa.", "Lampedusa"),
    ("The Nigerians went back to Niger in March and in April left for Libya.", "Libya"),
    ("The Eritreans returned to Sudan and from Zuwara sailed for Malta.", "Malta"),
    ("The men who were pushed back by Greece crossed the sea to Italy.", "Italy"),
    # no return at all: "back" or "return" in other senses
    ("He sent money back to his sister and moved to Tunis in May.", "Tunis"),
    ("After removing their life jackets the men swam to Lesbos.", "Lesbos"),
    ("In return for a fee the smugglers drove them to Sebha.", "Sebha"),
], ids=["pushed-back-then-sailed", "went-back-then-left", "returned-then-sailed", "pushed-back-crossed",
        "sent-money-back", "removing-jackets", "in-return-for"])
def test_a_journey_after_a_return_keeps_its_destination(text, place):
    assert "destination" in role_of(text, place)


def test_a_journey_after_a_return_keeps_its_route():
    pic = picture(CONTEXT + "The Tunisians went back to Tunisia in May and in June left for Malta.")
    assert any(f.role == "route" and f.name.endswith("→ Malta") for f in pic.features)
    assert "destination" in roles(pic).get("Malta", set())


def test_a_journey_not_made_after_a_return_gives_no_destination():
    # negated: the same words with the journey denied
    assert "destination" not in role_of("The Sudanese were pushed back and never sailed for Lampedusa.",
                                        "Lampedusa")


def test_the_end_of_a_return_stays_the_end_of_its_route():
    pic = picture(CONTEXT + "Next week the port authority will return the Sudanese by ferry from Malta to Tripoli.")
    assert "destination" not in roles(pic).get("Tripoli", set())
    assert any(f.role == "route" and f.name == "Malta → Tripoli" for f in pic.features)


@pytest.mark.parametrize("text, place, role", [
    # a place people speak or dream of is an end hoped for, not a home
    ("The younger Eritreans dream of Italy and Malta.", "Italy", "destination"),
    ("The younger Eritreans dream of Italy and Malta.", "Malta", "destination"),
    # where people come from stays their origin, and so does a home spoken of
    ("The younger Eritreans mostly come from Sudan.", "Sudan", "origin"),
    ("Over tea the Sudanese men talked of Tunisia, where they grew up.", "Tunisia", "origin"),
    # a home people fled, spoken of, stays their origin; a place they hope to see does not
    ("The Sudanese men spoke of Tripoli, the city they fled in 2015.", "Tripoli", "origin"),
    ("The Sudanese men spoke of Tripoli, which they escaped last year.", "Tripoli", "origin"),
    ("The Sudanese men spoke of Tripoli, the city they hope to see.", "Tripoli", "destination"),
], ids=["dream-of", "and-listed", "come-from", "home-spoken-of", "city-they-fled", "which-they-escaped",
        "hope-to-see"])
def test_a_place_spoken_of_is_a_hoped_for_end(text, place, role):
    assert role_of(text, place) == {role}


def test_a_place_not_spoken_of_has_no_role():
    assert role_of("Over tea the Sudanese men never talked of Tunisia.", "Tunisia") == set()


@pytest.mark.parametrize("text, roles_of_tunis", [
    # a stop on the way that people name as their goal is where they meant to end
    ("The Eritreans flew to Tunis. Their goal was Tunis, but a week later a smuggler drove them to "
     "Libya.", {"destination", "transit"}),
    # ... not a stop nobody names as a goal, nor one whose goal is denied
    ("The Eritreans flew to Tunis. A week later a smuggler drove them to Libya.", {"transit"}),
    ("The Eritreans flew to Tunis. Their goal was never Tunis; a week later a smuggler drove them to "
     "Libya.", {"transit"}),
], ids=["goal-was", "no-goal", "never-the-goal"])
def test_a_stop_named_as_the_goal_is_a_destination(text, roles_of_tunis):
    assert role_of(text, "Tunis") == roles_of_tunis


# -- the keyword gate of just_before() -------------------------------------------------

#: Sentences written for these tests: a few words a [settings] regex reads before a place, and
#: sentences holding none of them.
_BEFORE_SENTENCES = [
    "His cousin is waiting for him in Tripoli.",
    "Their goal was Italy, not Malta.",
    "He was not deported to Tunisia, officials said.",
    "Tourists enjoyed the road from Sfax to Tunis.",
    "She was born and raised in Benghazi before she left for Italy.",
    "The captain, a Libyan, steered the boat from Zuwara.",
    "Police said twelve migrants were arrested in Sicily and held in Rome.",
    "They may have reached Malta, though this could not be confirmed.",
    "The weather was fine in Lampedusa.",
]


def _before_settings(lex):
    # every [settings] regex read right before a place ("..._before")
    keys = sorted(k for k, v in lex.settings.items() if k.endswith("_before") and isinstance(v, str) and v)
    return [(k, rx) for k in keys if (rx := cues.setting_rx(lex, k, re.IGNORECASE)) is not None]


@pytest.mark.parametrize("text", _BEFORE_SENTENCES)
def test_just_before_finds_with_the_keyword_gate_what_it_finds_without(text, monkeypatch):
    lex = cues.default()
    settings = _before_settings(lex)
    assert any(cues.required_keywords(rx) for _, rx in settings)      # the gate has words to look for
    doc = annotate(text)

    def every_hit():
        masked = [cues.mask(doc, i) for i in range(len(doc.sentences))]
        return [(key, mention.start, None if (hit := just_before(masked[mention.sentence], mention.start, rx))
                 is None else hit.span())
                for mention in doc.mentions for key, rx in settings]

    gated = every_hit()
    monkeypatch.setattr(cues, "PREFILTER", False)
    assert every_hit() == gated


def test_the_gate_keeps_the_hits_of_the_test_sentences():
    # the sentences above are read: some setting finds its words before some place
    lex = cues.default()
    hits = set()
    for text in _BEFORE_SENTENCES:
        doc = annotate(text)
        for mention in doc.mentions:
            masked = cues.mask(doc, mention.sentence)
            hits |= {key for key, rx in _before_settings(lex) if just_before(masked, mention.start, rx) is not None}
    assert {"awaited_before", "goal_before", "born_before"} <= hits


def test_a_sentence_without_a_setting_s_keywords_is_not_searched_for_it(monkeypatch):
    lex = cues.default()
    awaited = cues.setting_rx(lex, "awaited_before", re.IGNORECASE)
    assert cues.required_keywords(awaited)      # ("wait", "expect")
    searched: list[re.Pattern] = []
    real = relevance.search

    def counting(rx, *args):
        searched.append(rx)
        return real(rx, *args)

    monkeypatch.setattr(relevance, "search", counting)
    quiet = annotate("Tourists enjoyed the road from Sfax to Tunis.")
    at = quiet.text.index("Tunis.")
    assert just_before(cues.mask(quiet, 0), at, awaited) is None and searched == []
    held = annotate("His cousin is waiting for him in Tunis.")
    assert just_before(cues.mask(held, 0), held.text.index("Tunis"), awaited) is not None and searched == [awaited]
    # without the prefilter every sentence is searched, with the same answer
    monkeypatch.setattr(cues, "PREFILTER", False)
    assert just_before(cues.mask(quiet, 0), at, awaited) is None and searched == [awaited, awaited]
