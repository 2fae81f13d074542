"""Routes of groups and returns as a user's trial read them (session 21): a group the text places
elsewhere is no group going on from a landing, and a return through a border post goes through it.

Sentences written for these tests; geocoded by the real gazetteer (places of these stories are
not in the tiny one)."""

from __future__ import annotations

import pytest

import geomig
from geomig.picture import cues, extract

#: The cue data's [route_modes] (cues.route_modes).
MODES = cues.route_modes(cues.default())


def routes(text: str) -> list[tuple[str, ...]]:
    pic = extract([geomig.geocode_document(geomig.Document("t.txt", text))])
    return sorted(tuple(f.properties["stop_names"]) for f in pic.by_role("route"))


def has_leg(found: list[tuple[str, ...]], a: str, b: str) -> bool:
    return any(a in r and b in r[r.index(a) + 1:] for r in found)


# ------------------------------------------------------------------ a group placed elsewhere

@pytest.mark.parametrize("opening, same", [
    ("The migrants then took a ferry to Sicily.", True),
    ("They walked on to Tripoli.", True),
    ("The migrants in the boat were taken to Sicily.", True),      # a craft, not a place's name
    ("The migrants in Chad walked to Kufra.", False),
    ("The refugees stranded in Chad walked to Kufra.", False),
    ("The families at Agadez waited for trucks.", False),
    ("They also reached Malta.", False),
    ("The migrants in March were moved to Sicily.", True),          # a month, not a place (review r1)
    ("They at Easter walked on to Tripoli.", True),
])
def test_a_sentence_on_people_placed_elsewhere_by_name_is_another_group(opening, same):
    assert bool(MODES["same_group"].match(opening)) is same


def test_people_placed_elsewhere_do_not_go_on_from_the_landing_nor_set_out_from_the_port():
    found = routes("A boat carrying 60 migrants left Zuwara for Lampedusa. The migrants in Chad walked to Kufra.")
    assert not has_leg(found, "Lampedusa", "Kufra")
    assert not has_leg(found, "Zuwara", "Kufra")      # another sentence's departure is not theirs
    assert ("Zuwara", "Lampedusa") in found


@pytest.mark.parametrize("words, placed", [
    ("The migrants in Chad walked to ", True),
    ("Refugees stranded at Agadez reached ", True),
    ("The migrants in the boat reached ", False),       # a craft, not a place's name
    ("The migrants then walked to ", False),
    ("Migrants in August reached ", False),                 # a month, not a place (review r1)
    ("Families at Christmas were flown to ", False),
    ("Migrants stranded in Niger since June reached ", True),
])
def test_people_placed_somewhere_by_name(words, placed):
    assert bool(MODES["placed"].search(words)) is placed


# ------------------------------------------------------------------ a return through a border post

HELD = "Iranian police detained the Afghan migrants in Mashhad. "


@pytest.mark.parametrize("second", [
    "They were deported through Islam Qala.",                    # the post is the return's end
    "They were returned to Afghanistan through Islam Qala.",      # the country holds the post
    "Most were sent back through Islam Qala last week.",
])
def test_a_return_through_a_border_post_goes_to_it(second):
    assert ("Mashhad", "Islam Qala") in routes(HELD + second)


def test_a_return_through_a_post_to_a_town_beyond_goes_through_it():
    found = routes("Iranian police held the Afghan migrants in Mashhad. They were sent back to Herat "
                   "through Islam Qala.")
    assert has_leg(found, "Mashhad", "Islam Qala") and has_leg(found, "Islam Qala", "Herat")


@pytest.mark.parametrize("second", [
    "They may be deported through Islam Qala.",                   # a hedge: no movement told
    "They were not deported through Islam Qala.",                 # denied
    "Smugglers had brought them through Islam Qala.",             # the way in, no return
])
def test_no_return_through_a_post_the_text_does_not_tell(second):
    assert not has_leg(routes(HELD + second), "Mashhad", "Islam Qala")


# ------------------------------------------------------------------ a return from where people were stopped

@pytest.mark.parametrize("first", [
    "The Afghan migrants were on their way to Austria when Hungarian police stopped them.",
    "The migrants were heading for Austria when they were detained in Hungary.",
])
def test_a_return_starts_where_people_were_stopped_not_where_they_were_heading(first):
    found = routes(first + " They were sent back to Romania.")
    assert ("Hungary", "Romania") in found
    assert not has_leg(found, "Austria", "Romania")


def test_a_return_from_a_place_people_reached_still_starts_there():
    # control: told as reached ("walked to"), the place people were sent back from
    assert ("Austria", "Romania") in routes("The migrants walked to Austria, where police arrested them. "
                                            "They were deported to Romania.")


def test_a_heading_alone_starts_no_return():
    # nowhere said where they were stopped: no start is guessed
    assert routes("The migrants were heading for Austria. They were deported to Romania.") == []


# ------------------------------------------------------------------ on from the landing a sentence names

LANDED = ("A rescue ship brought 80 migrants into the port of Pozzallo on Monday. Two injured men were "
          "flown by helicopter to Malta. ")


def test_a_transfer_goes_on_from_the_landing_its_sentence_names():
    found = routes(LANDED + "After the landing, police in Pozzallo identified the survivors, and the adults "
                            "were then transferred by bus to Rome.")
    assert has_leg(found, "Pozzallo", "Rome")
    assert not has_leg(found, "Malta", "Rome")


def test_a_transfer_naming_no_landing_goes_on_from_the_last_one():
    # control: the sentence names no earlier landing: on from the one the text told last
    assert has_leg(routes(LANDED + "After treatment the men were then transferred by ferry to Sicily."),
                   "Malta", "Sicily")


ON_LESBOS = "A dinghy carrying 40 migrants landed on Lesbos on Monday. "


def test_people_leaving_the_landing_their_clause_names_go_on_from_it():
    found = routes(ON_LESBOS + "On Friday, 120 asylum seekers who had registered on Lesbos left the island "
                               "on the night ferry for Piraeus.")
    assert has_leg(found, "Lesbos", "Piraeus")


@pytest.mark.parametrize("second", [
    # another clause names the landing: who speaks there, not where the boat set out
    "On Friday, officials on Lesbos said; another boat of 30 migrants reached Piraeus from Crete.",
    # a hedge: no movement told
    "The mayor of Lesbos said 30 migrants may be taken to Piraeus.",
])
def test_a_landing_named_elsewhere_than_the_arrivals_clause_starts_no_leg(second):
    assert not has_leg(routes(ON_LESBOS + second), "Lesbos", "Piraeus")


# ------------------------------------------------------------------ another event's sentence and its people

def parts(text: str) -> dict[str, str]:
    """place name -> the part of its document routes.plan groups its claims in."""
    from geomig.picture import read
    from geomig.picture.routes.groups import _Apart

    part = _Apart(MODES["apart"], MODES["same_group"])
    claims = read([geomig.geocode_document(geomig.Document("t.txt", text))])[0].claims
    return {c.place.name: part(c) for c in claims if c.at >= 0}


def test_the_people_of_another_event_going_on_stay_in_its_part():
    found = parts("Forty migrants were taken from Sebha to Tripoli. Separately, another boat reached "
                  "Lampedusa from Zuwara. They were moved to Sicily.")
    assert found["Sicily"] == found["Lampedusa"] != found["Tripoli"]


def test_a_sentence_after_another_event_on_other_people_is_the_documents():
    # control: not opened on the same people ("They ..."): the document's own story again
    found = parts("Forty migrants were taken from Sebha to Tripoli. Separately, another boat reached "
                  "Lampedusa from Zuwara. Officials said 30 migrants were taken to Sicily.")
    assert found["Sicily"] == found["Tripoli"] != found["Lampedusa"]


def test_two_events_told_apart_from_one_country_are_two_journeys():
    # "Separately," opens another event: its people are not the first group going on
    found = routes("Forty migrants were taken from Sebha to Tripoli. Separately, another boat reached "
                   "Lampedusa from Zuwara. They were moved to Sicily.")
    assert not has_leg(found, "Tripoli", "Lampedusa") and not has_leg(found, "Sebha", "Zuwara")
    assert has_leg(found, "Sebha", "Tripoli") and has_leg(found, "Zuwara", "Lampedusa")


def test_without_separately_one_countrys_stories_still_share_a_corridor():
    # control: the same stops told as one story keep the corridor's single journey
    found = routes("Forty migrants were taken from Sebha to Tripoli. From Tripoli they sailed to "
                   "Lampedusa and were moved to Sicily.")
    assert has_leg(found, "Tripoli", "Lampedusa") and has_leg(found, "Lampedusa", "Sicily")


def test_a_document_whose_id_holds_a_hash_joins_its_countrys_corridor():
    # review r1: a feed's "feed.xml#2" is one document, not a part told apart: it joins Libya's
    # corridor as "report.txt" does; a part of it told apart ("feed.xml#2#5") keeps its own
    from geomig.picture import read
    from geomig.picture.routes.reading import _corridor

    def corridor(doc: str, part: str) -> str:
        text = "A boat carrying 60 migrants left Zuwara for Lampedusa."
        return _corridor(part, read([geomig.geocode_document(geomig.Document(doc, text))])[0].claims)

    assert corridor("feed.xml#2", "feed.xml#2") == corridor("report.txt", "report.txt")
    assert corridor("feed.xml#2", "feed.xml#2#5") == corridor("report.txt", "report.txt") + "#5"


def test_an_arrival_looks_for_its_landing_among_its_own_documents_landings_only(monkeypatch):
    # A corridor's claims are thousands of documents': each arrival is read against the
    # landings of its own document, not against every document's (the corpus's serial tail).
    from geomig.picture import read, routes as _routes

    texts = [LANDED + "After the landing, police in Pozzallo identified the survivors, and the adults were "
                      "then transferred by bus to Rome.",
             "A fishing boat with 60 people landed at Lampedusa on Tuesday. Twelve of them were later "
             "flown to Malta, and the rest were transferred by ferry to Porto Empedocle.",
             ON_LESBOS + "On Friday, 120 asylum seekers who had registered on Lesbos left the island on the "
                         "night ferry for Piraeus."]
    docs = [geomig.geocode_document(geomig.Document(f"d{i}.txt", t)) for i, t in enumerate(texts)]
    claims = [c for r in read(docs) for c in r.claims]
    looked: list[tuple[str, set[str]]] = []
    named_landing = _routes.stated._named_landing

    def spy(e, landings, clause):
        looked.append((e.doc, {c.doc for c in landings}))
        return named_landing(e, landings, clause)

    monkeypatch.setattr(_routes.stated, "_named_landing", spy)
    out = _routes.stated._landing_named(claims)
    assert len({doc for doc, _ in looked}) > 1
    assert all(docs_seen == {doc} for doc, docs_seen in looked)
    # (and the transfer still goes on from the landing its sentence names)
    assert any(c.role == "returned_from" and c.place.name == "Pozzallo" and c.doc == "d0.txt" for c in out)


# ------------------------------------------------------------------ one person's home, told last
# (session 42, from the forty-first session's trial: a man "from X" in the last paragraph, thinking
# of going home, started every route of the group: groups._home_told_last)

WALK = ("About sixty people left Tapachula on foot on Monday and walked north to Huixtla. From Huixtla "
        "they took buses to Oaxaca and then to Mexico City, where a shelter gave them beds. ")


@pytest.mark.parametrize("words, home", [
    ("A man from ", True),
    ("Not everyone goes on. One woman from ", False),        # the sentence, not the text, opens on her
    ("One woman from ", True),
    ("An elderly farmer from ", True),
    ("Carlos, 41, from ", True),
    ("Carlos, who is originally from ", True),
    ("But a man from ", True),
    ("Most of the walkers from ", False),                     # the group, not one person
    ("The walkers said they had fled ", False),
])
def test_a_sentence_opening_on_one_person_from_a_place(words, home):
    assert bool(MODES["home_told"].search(words)) is home


@pytest.mark.parametrize("last", [
    "A man from Quetzaltenango said he was thinking of going home.",
    "Carlos, 41, from Quetzaltenango, is thinking of going home.",
    "Not everyone goes on. One woman from Quetzaltenango wants to go back.",
])
def test_one_persons_home_told_after_the_journey_starts_no_route(last):
    pic = extract([geomig.geocode_document(geomig.Document("t.txt", WALK + last))])
    found = sorted(tuple(f.properties["stop_names"]) for f in pic.by_role("route"))
    assert found == [("Tapachula", "Huixtla", "Oaxaca", "Mexico City")]
    assert [f.name for f in pic.by_role("origin")] == ["Quetzaltenango"]      # still an origin


@pytest.mark.parametrize("text", [
    # told before the journey: where the people set out from
    "A man from Quetzaltenango said he was thinking of going home. " + WALK,
    # the person the text followed, named before
    "Carlos, from Quetzaltenango, travels with his sons. " + WALK
    + "Carlos, 41, from Quetzaltenango, is thinking of going home.",
    # the place named before: the group's own
    "Gangs in Quetzaltenango burned houses. " + WALK + "A man from Quetzaltenango said he was thinking of going home.",
    "The mayor of Quetzaltenango spoke on Sunday. " + WALK + "A man from Quetzaltenango wants to go home.",
])
def test_a_home_told_before_or_named_before_still_starts_the_route(text):
    assert ("Quetzaltenango", "Tapachula", "Huixtla", "Oaxaca", "Mexico City") in routes(text)


@pytest.mark.parametrize("text, says", [
    ("Carlos, 41, left on Monday.", True),
    ("They met Carlos’s brother.", True),
    ("Carlos Mendez left.", True),
    ("They reached Carlosville.", False),        # a word of its own
    ("Juan Carlos left.", True),
    ("carlos left.", False),                     # a name as written
])
def test_a_name_said_as_whole_words(text, says):
    from geomig.picture.routes.words import _says

    assert _says(text, "Carlos") is says


# ------------------------------------------------------------------ a smaller group told beside the first (session 43)

@pytest.mark.parametrize("opening, apart", [
    ("A smaller group flew out through Istanbul.", True),
    ("A larger group of 300 crossed further south.", True),
    ("On Monday, a smaller group left by bus.", True),
    ("The bigger boat reached the island first.", True),
    ("A larger boat carried them on to the island.", False),  # the same people moved to another boat
    ("Most of the smaller boats sank.", False),               # not opening on a group of its own
    ("A small group of migrants left by bus.", False),        # a text's own group, no second one
    ("No smaller group was seen.", False),
    ("They said a smaller group had stayed behind.", False),  # what they say of others, mid-sentence
])
def test_a_sentence_opening_on_a_smaller_or_larger_group_opens_another_part(opening, apart):
    assert bool(MODES["apart"].match(opening)) is apart


SMALLER = ("Forty migrants took a train from Sofia to Belgrade and then a bus on to Subotica. "
           "{second} flew from Tbilisi to Vienna.")


@pytest.mark.parametrize("second", ["A smaller group", "A larger group of women"])
def test_a_smaller_groups_journey_is_not_chained_onto_the_first(second):
    found = routes(SMALLER.format(second=second))
    assert has_leg(found, "Tbilisi", "Vienna") and has_leg(found, "Belgrade", "Subotica")
    assert not any("Subotica" in r and "Tbilisi" in r for r in found)


def test_the_same_people_moved_to_a_larger_boat_go_on_in_one_journey():
    found = routes("Forty migrants left Sfax by boat for Lampedusa. A larger boat carried them on to Malta.")
    assert has_leg(found, "Lampedusa", "Malta")


def test_the_same_group_going_on_is_still_one_journey():
    # control: no other group opens the sentence; the same people go on
    found = routes(SMALLER.replace("{second} flew from Tbilisi", "From Subotica they flew"))
    assert has_leg(found, "Belgrade", "Subotica") and has_leg(found, "Subotica", "Vienna")


# ------------------------------------------------------------------ one person's home, told of no journey (session 46)

CROSSING = ("About sixty people left Tapachula on foot on Monday and walked north to Huixtla. From Huixtla "
            "they took buses to Oaxaca. Two men drowned in a river on the way. ")


@pytest.mark.parametrize("words, home", [
    ("A third man, from ", True),
    ("A second young woman from ", True),
    ("A third of the migrants from ", False),       # a share of the group, not one person
])
def test_one_more_person_from_a_place(words, home):
    assert bool(MODES["home_told"].search(words)) is home


@pytest.mark.parametrize("later", [
    # another group's journey told after the person
    "A third man, from Quetzaltenango, was pulled out alive by fishermen. "
    "Further north, a smaller group of Hondurans walked from Juchitan to Puebla.",
    # a hope of others told after the person
    "One woman from Quetzaltenango said she may have to turn back. "
    "Aid workers in Oaxaca said most hope to reach Mexico City.",
])
def test_one_persons_home_in_a_sentence_of_no_journey_starts_no_route(later):
    found = routes(CROSSING + later)
    assert ("Tapachula", "Huixtla", "Oaxaca") in [r[:3] for r in found]
    assert not any("Quetzaltenango" in r for r in found)


@pytest.mark.parametrize("later", [
    # the person's own journey, told with a verb: it starts where they are from
    "A third man, from Quetzaltenango, walked to Huixtla with them and went on to Oaxaca.",
    # named before the journey: where the group set out
    "",
])
def test_one_persons_own_journey_still_starts_at_home(later):
    text = ("A man from Quetzaltenango said he had sold his land. " + CROSSING) if not later else CROSSING + later
    assert ("Quetzaltenango", "Tapachula", "Huixtla", "Oaxaca") in routes(text)


# ------------------------------------------------------------------ one group named by its home

#: A crowd's journey, told first (written for these tests).
CARAVAN = ("About two hundred migrants from Cuba left Tapachula on foot on Monday and walked north to Huixtla. "
           "On Friday they reached Oaxaca. ")


@pytest.mark.parametrize("words, one", [
    ("A family from Honduras, who had lived in ", True),
    ("One young man, 19, from ", True),
    ("Another couple from ", True),
    ("Most of those from ", False),             # a share of the crowd
    ("The family from ", False),                # the people the text follows
    ("A man from Honduras walked with them to ", False),    # went with the crowd
])
def test_one_group_named_by_its_home(words, one):
    assert bool(MODES["one_group"].match(words)) is one


def test_a_stop_told_only_of_one_family_joins_no_other_route():
    found = routes(CARAVAN + "A family from Honduras, who had lived in Guatemala City for six years, "
                             "said they would stay in Oaxaca.")
    cuba = [r for r in found if r[0] == "Cuba"]
    assert ("Cuba", "Tapachula", "Huixtla") in cuba and not any("Guatemala City" in r for r in cuba)


@pytest.mark.parametrize("later", [
    "They had all passed through Guatemala City.",          # told of everyone
    "Most of those from Honduras had come through Guatemala City.",
])
def test_a_stop_told_of_everyone_stays_shared(later):
    found = routes("About two hundred migrants from Honduras left Tapachula on foot on Monday and walked "
                   "north to Huixtla. " + later)
    assert any("Guatemala City" in r and "Huixtla" in r for r in found)


# ------------------------------------------------------------------ one person named by their home, going on

ONE_PERSON = "{who} from Quetzaltenango left Guatemala City in May and travelled up through Mexico. "


@pytest.mark.parametrize("who, later", [("One woman", "Weeks later she reached Mexicali."),
                                        ("A young man", "Weeks later he reached Mexicali."),
                                        ("One boy", "Weeks later the boy reached Mexicali.")])
def test_one_persons_pronoun_goes_on_with_their_own_journey(who, later):
    found = routes(CARAVAN + ONE_PERSON.format(who=who) + later)
    assert ("Quetzaltenango", "Guatemala City", "Mexicali") in found
    assert not any("Mexicali" in r and "Tapachula" in r for r in found)


@pytest.mark.parametrize("who, later", [
    ("One woman", "Weeks later he reached Mexicali."),      # another pronoun: not hers
    ("A family", "Weeks later he reached Mexicali."),        # a group takes no "he"
    ("One boy", "They reached Mexicali."),                   # the crowd again
    ("One boy", "The boy said many reached Mexicali."),      # what he says, not where he went
])
def test_another_pronoun_does_not_go_on_with_one_persons_journey(who, later):
    found = routes(CARAVAN + ONE_PERSON.format(who=who) + later)
    assert not any("Mexicali" in r and "Guatemala City" in r for r in found)


@pytest.mark.parametrize("kin, takes", [("One boy from", "he"), ("A young woman from", "she"),
                                        ("A family from", ""), ("A group of students from", "")])
def test_the_pronoun_one_persons_word_takes(kin, takes):
    found = list(MODES["kin_pronoun"].finditer(kin))
    assert (next(k for k, v in found[-1].groupdict().items() if v) if found else "") == takes


def test_one_groups_told_journey_sets_out_from_its_home_town():
    found = routes(CARAVAN + "A family from Quetzaltenango left Guatemala City in May and travelled up "
                             "through Belize and Mexico.")
    assert ("Quetzaltenango", "Guatemala City", "Belize", "Mexico") in found


def test_a_home_country_starts_no_told_journey():
    found = routes(CARAVAN + "A family from Guatemala left Guatemala City in May and travelled up "
                             "through Belize and Mexico.")
    assert not any(r[0] == "Guatemala" for r in found)


@pytest.mark.parametrize("opening, word", [
    ("Weeks later the boy was caught in ", "boy"),
    ("The young woman reached ", "woman"),
    ("The boy said he had seen ", None),        # what he says
    ("The boys reached ", None),                # a crowd
    ("Then a boy reached ", None),              # another one
])
def test_one_person_named_again_by_their_word(opening, word):
    m = MODES["same_one"].match(opening)
    assert (m.group("word") if m else None) == word
