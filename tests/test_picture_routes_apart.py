"""Routes of one journey kept apart from others' (session 25 trial): another boat's rescue is that
boat's, a return to where the boat was stopped draws no leg, a removal is no stop of the journey,
a leg goes the way its own words say, a long journey of one document feeds no other's corridor.

Sentences written for these tests; geocoded by the real gazetteer."""

from __future__ import annotations

import pytest

import geomig
from geomig.picture import cues, extract

#: The cue data's [route_modes] (cues.route_modes).
MODES = cues.route_modes(cues.default())


def pictures(text: str):
    return extract([geomig.geocode_document(geomig.Document("t.txt", text))]).by_role("route")


def routes(text: str) -> list[tuple[str, ...]]:
    return sorted(tuple(f.properties["stop_names"]) for f in pictures(text))


def has_leg(found: list[tuple[str, ...]], a: str, b: str) -> bool:
    return any(a in r and b in r[r.index(a) + 1:] for r in found)


# ------------------------------------------------------------------ others moving the same boat

@pytest.mark.parametrize("opening, same", [
    ("The rescue service brought it into the port of Arguineguín.", True),
    ("A navy ship then towed them to Lampedusa.", True),
    ("Fishermen brought the boat to Motril.", True),
    ("Rescuers did not bring it in.", False),                 # denied
    ("Rescuers didn't tow it to the port.", False),
    ("Officials said smugglers took others to Tripoli.", False),   # other people
])
def test_a_sentence_on_others_moving_the_boat_is_the_same_group(opening, same):
    assert bool(MODES["same_group"].match(opening)) is same


def parts(text: str) -> dict[str, str]:
    """place name -> the part of its document routes.plan groups its claims in."""
    from geomig.picture import read
    from geomig.picture.routes.groups import _Apart

    part = _Apart(MODES["apart"], MODES["same_group"])
    claims = read([geomig.geocode_document(geomig.Document("t.txt", text))])[0].claims
    return {c.place.name: part(c) for c in claims if c.at >= 0}


SECOND_BOAT = ("Forty migrants left Dakar by bus and reached Nouadhibou in March. A second boat with 90 "
               "migrants, which left Nouadhibou the same night, reached El Hierro. ")


def test_a_second_boats_rescue_stays_that_boats_part():
    found = parts(SECOND_BOAT + "Rescuers brought it into the port of La Restinga and the migrants "
                                "were moved to Tenerife.")
    assert found["La Restinga"] == found["El Hierro"] != found["Dakar"]


def test_a_sentence_on_the_first_traveller_after_it_is_the_documents():
    # control: not opened on others moving the boat
    found = parts(SECOND_BOAT + "Officials said 30 migrants were taken to La Restinga.")
    assert found["La Restinga"] == found["Dakar"] != found["El Hierro"]


# ------------------------------------------------------------------ a return to where the boat was stopped

STOPPED = ("A boat left a beach south of Nouadhibou with 90 migrants on board. A coastguard patrol "
           "intercepted it off Nouadhibou and towed it back to port. Spanish officers were on the patrol boat. ")


def test_people_taken_within_the_place_they_were_stopped_at_draw_no_leg():
    found = routes(STOPPED + "All the passengers were taken to the detention centre in Nouadhibou.")
    assert not any(r[-1] == "Nouadhibou" and r[0] in ("Spain", "Mauritania") for r in found)


def test_people_taken_to_another_town_still_draw_the_leg():
    # control: stopped off one town and taken to another, the return is a leg
    stopped = STOPPED.replace("towed it back to port", "held them").replace(
        "Spanish officers were on the patrol boat. ", "")
    found = routes(stopped + "All the passengers were taken to the detention centre in Nouakchott.")
    assert has_leg(found, "Nouadhibou", "Nouakchott")


# ------------------------------------------------------------------ a removal is no stop of the journey

@pytest.mark.parametrize("words, removed", [
    ("the third was caught by police and taken by bus to Errachidia, far to the south", True),
    ("he was arrested in Rabat and driven to Oujda", True),
    ("the men were driven east and left near Gogui, on the border with Mali", True),
    ("they were caught but not taken anywhere", False),         # denied
    ("they were rescued and taken to Lampedusa", False),        # a landing, not an arrest
    ("they were not caught and took a bus to Oujda", False),
])
def test_an_arrest_and_a_removal_is_told_apart(words, removed):
    assert bool(MODES["removed"].search(words)) is removed


def test_a_friend_caught_and_taken_away_is_no_stop_of_the_journey():
    found = routes("Ali left Bamako in May. From Bamako a lorry carried them to Gao. From Gao they went to "
                   "Oujda and then to Nador. Ali got over the fence into Melilla; the third was caught "
                   "by Moroccan police and taken by bus to Errachidia, far to the south. Ali reached Melilla.")
    assert not any("Errachidia" in r and r.index("Errachidia") < len(r) - 1 for r in found)


# ------------------------------------------------------------------ a leg's own words name its way

def test_a_return_on_foot_after_a_boat_is_a_land_leg():
    features = pictures("The men crossed the river into Greece near Soufli. Police drove them back to the "
                        "Evros. They were pushed back across the Evros to Turkey in rubber boats and "
                        "returned to Edirne on foot.")
    legs = [(leg.start_name, leg.end_name, leg.mode) for f in features for leg in f.legs]
    assert not any(b == "Edirne" and mode == "sea" for _, b, mode in legs)


def test_a_return_by_boat_to_a_town_stays_by_boat():
    # control: no way on foot named after its end
    features = pictures("The men were stopped on the Aegean off Lesbos. They were towed back across the "
                        "sea to Ayvalik in rubber boats.")
    legs = [(leg.start_name, leg.end_name, leg.mode) for f in features for leg in f.legs]
    assert not any(b == "Ayvalik" and mode == "land" for _, b, mode in legs)


# ------------------------------------------------------------------ a long journey feeds no other corridor

def test_a_journey_across_many_countries_joins_no_other_documents_corridor():
    docs = [geomig.geocode_document(geomig.Document(name, text)) for name, text in (
        ("a.txt", "Migrants left Tapachula for Mexico City, where they hoped to reach the United States."),
        ("b.txt", "The men flew from New Delhi to Amsterdam and on to Panama. They crossed the jungle into "
                  "Costa Rica and travelled north through Guatemala and Mexico."),
    )]
    found = [tuple(f.properties["stop_names"]) for f in extract(docs).by_role("route")]
    assert not any("Tapachula" in r and ("New Delhi" in r or "Amsterdam" in r) for r in found)
