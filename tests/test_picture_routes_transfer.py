"""People moved on by others, told in words move.transferred's first patterns leave out (session
30): the people named by a count and a nationality or as everybody aboard ("took 45 Hondurans
to the holding centre at X", "brought everyone to Y"), a ride or a distance between the verb and
its end ("were taken by coach to X", "taken by truck some 40 km to the transit centre in Y"),
a centre placed by who runs it or by an airport, and the next step of the same transfer
("... and then to a screening facility in Z"): each is a leg to that place, which plays no
role of its own.

Sentences written for these tests; geocoded by the real gazetteer."""

from __future__ import annotations

import pytest

import geomig
from geomig.picture import extract

LANDED = "The coastguard landed 80 migrants in Pozzallo. "


def picture(text: str):
    return extract([geomig.geocode_document(geomig.Document("t.txt", text))])


def routes(text: str) -> list[tuple[str, ...]]:
    return sorted(tuple(f.properties["stop_names"]) for f in picture(text).by_role("route"))


def has_leg(found: list[tuple[str, ...]], a: str, b: str) -> bool:
    return any(a in r and b in r[r.index(a) + 1:] for r in found)


@pytest.mark.parametrize("text, leg", [
    # a count and a nationality
    ("Police detained a group of migrants in Tijuana and took 45 Hondurans to the migrant holding centre at "
     "Mexicali.", ("Tijuana", "Mexicali")),
    # everybody aboard
    ("Greek coastguards intercepted a dinghy carrying migrants off Crete and brought everyone to Kalamata.",
     ("Crete", "Kalamata")),
    # a ride between the verb and the town
    (LANDED + "From there they were taken by coach to Bari.", ("Pozzallo", "Bari")),
    (LANDED + "They were searched and taken by patrol boat to Augusta.", ("Pozzallo", "Augusta")),
    # a distance, and a centre placed by who runs it
    (LANDED + "They were then taken by bus some 40 kilometres to the reception centre in Catania.",
     ("Pozzallo", "Catania")),
    (LANDED + "Police took them to a shelter run by the Red Cross in Siracusa.", ("Pozzallo", "Siracusa")),
])
def test_a_transfer_told_in_other_words_is_a_leg(text, leg):
    assert has_leg(routes(text), *leg)


def test_the_next_step_of_one_transfer_goes_on_from_the_first():
    text = (LANDED + "They were taken by ferry to Palermo and then to a screening facility in Trapani.")
    found = routes(text)
    assert has_leg(found, "Palermo", "Trapani")


@pytest.mark.parametrize("text", [
    LANDED + "They were not taken by coach to Bari.",                      # denied
    LANDED + "They may have been taken by patrol boat to Bari.",           # hedged
    LANDED + "They were not taken by patrol boat to Bari.",                # denied
    LANDED + "The minister was driven by car to Bari.",                    # not the people moved
    LANDED + "Sacks of grain were taken by truck to Bari.",              # goods, not people
    LANDED + "The mayor was pleased that the centre in Bari had room.",    # no one moved there
])
def test_no_transfer_leg_that_was_not_made(text):
    assert not any("Bari" in r for r in routes(text))


def test_the_transfers_end_plays_no_role():
    pic = picture("Police detained a group of migrants in Tijuana and took 45 Hondurans to the migrant holding "
                  "centre at Mexicali.")
    assert not any(f.name == "Mexicali" for f in pic.features if f.role in ("destination", "transit", "origin"))
