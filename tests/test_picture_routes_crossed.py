"""Journeys in reporters' own wording (session 27): a leg over a named crossing ("from X over the
border at Y to Z"), a leg told on with "then" ("... to X, then two days across Y to the gate at
Z": Z a stop on the way, but where "and then" closes the telling), and people "sent home to X"
(a return; money sent home is none). Denied, guessed or unrelated words draw none of them.

Sentences written for these tests; geocoded by the real gazetteer."""

from __future__ import annotations

import pytest

import geomig
from geomig.picture import extract

AFGHANS = "Hundreds of Afghan migrants crossed into Iran this year. "
NEPALIS = "Migrant workers from Nepal travelled to Doha last year. "
GAMBIANS = "Hundreds of Gambian migrants left Banjul in May. "


def routes(text: str) -> list[tuple[str, ...]]:
    pic = extract([geomig.geocode_document(geomig.Document("t.txt", text))])
    return sorted(tuple(f.properties["stop_names"]) for f in pic.by_role("route"))


def roles(text: str, role: str) -> set[str]:
    pic = extract([geomig.geocode_document(geomig.Document("t.txt", text))])
    return {f.name for f in pic.by_role(role)}


def has_leg(text: str, a: str, b: str) -> bool:
    return any(a in r and b in r and r.index(a) < r.index(b) for r in routes(text))


def test_a_leg_over_a_named_crossing_passes_it_on_the_way():
    text = AFGHANS + "Many take the bus from Herat over the Iranian border at Islam Qala to Mashhad."
    assert has_leg(text, "Herat", "Islam Qala") and has_leg(text, "Islam Qala", "Mashhad")


def test_a_leg_told_on_with_then_goes_on_from_the_place_reached():
    text = AFGHANS + ("Many take the bus from Herat over the Iranian border at Islam Qala to Mashhad, then two "
                      "days across Iran to the Bazargan gate at Maku, where Iranian police check papers.")
    # (the gate is named by a town of its own here: either place ends the leg)
    assert has_leg(text, "Herat", "Mashhad")
    assert has_leg(text, "Mashhad", "Bazargan") or has_leg(text, "Mashhad", "Maku")


def test_stops_told_with_then_are_passed_in_turn():
    text = GAMBIANS + "A bus to Agadez, then a truck into Libya, then a boat to Lampedusa."
    assert ("Banjul", "Agadez", "Libya", "Lampedusa") in routes(text)
    assert "Libya" not in roles(text, "destination") and "Lampedusa" in roles(text, "destination")


def test_and_then_closes_the_telling_where_the_journey_ends():
    text = "Smugglers in Niger take migrants from Agadez to Dirkou, and then to Sabha."
    assert has_leg(text, "Dirkou", "Sabha") and "Sabha" in roles(text, "destination")


@pytest.mark.parametrize("text", [
    AFGHANS + "Officials said the bus did not go from Herat over the Iranian border at Islam Qala to Mashhad.",
    AFGHANS + "Some may have gone from Herat over the border at Islam Qala to Mashhad, aid workers said.",
])
def test_a_crossing_denied_or_guessed_is_no_leg(text):
    assert not has_leg(text, "Herat", "Mashhad")


@pytest.mark.parametrize("text", [
    AFGHANS + "Many went by bus to Mashhad, then never to Tehran.",                 # denied
    AFGHANS + "Prices in Mashhad rose by a tenth, then spread to Tehran.",          # no one moved from there
])
def test_then_without_a_journey_from_the_place_is_no_leg(text):
    assert not has_leg(text, "Mashhad", "Tehran")


def test_people_sent_home_are_returned_from_where_they_were():
    text = NEPALIS + ("Some men left their camp and went to Dubai to find other work, and the police picked them "
                      "up and they were sent home to Kathmandu.")
    assert ("Dubai", "Kathmandu") in routes(text)


@pytest.mark.parametrize("text", [
    NEPALIS + "Some men went to Dubai, and they were not sent home to Kathmandu.",       # denied
    NEPALIS + "Some men went to Dubai, and they may be sent home to Kathmandu.",         # hedged
    NEPALIS + "Some men went to Dubai. The money they sent home to Kathmandu fell by a fifth.",   # money
])
def test_no_return_home_denied_guessed_or_of_money(text):
    assert not any(r[-1] == "Kathmandu" for r in routes(text))


# A river or bridge crossed "from A into B" lies between A and B, though the sentence names it first.
@pytest.mark.parametrize(("text", "way"), [
    ("Thousands of refugees crossed the Naf river from Maungdaw into Teknaf last week.",
     ("Maungdaw", "Naf", "Teknaf")),
    ("Hundreds of migrants crossed the Rio Grande from Piedras Negras into Eagle Pass on Tuesday.",
     ("Piedras Negras", "Rio Grande", "Eagle Pass")),
    ("Forty migrants crossed the Evros river from Turkey into Greece on Sunday night.",
     ("Turkey", "Evros", "Greece")),
])
def test_a_river_crossed_from_a_place_lies_after_it(text, way):
    start, crossed, end = way
    assert has_leg(text, start, crossed) and has_leg(text, crossed, end)
    assert not has_leg(text, crossed, start)


def test_a_crossing_denied_draws_no_leg_from_the_river():
    text = "Thousands of refugees did not cross the Naf river from Maungdaw into Teknaf, officials said."
    assert not has_leg(text, "Naf", "Maungdaw")
