"""Returns in reporters' own wording (session 26): a return whose object is a few words long
("sent 46 Sri Lankan men back to X"), people handed back, people returning to X from Y, people
handed back to another country's forces ("to the Armenian authorities": to that country); and a
return only guessed at ("police might send them back to X") draws no route.

Sentences written for these tests; geocoded by the real gazetteer."""

from __future__ import annotations

import pytest

import geomig
from geomig.picture import cues, extract

#: The cue data's [route_modes] (cues.route_modes).
MODES = cues.route_modes(cues.default())

HELD = "Police in Mayotte detained 52 Comorian migrants on Monday. "
CROSSED = "Georgian police detained 60 Indian migrants in Marneuli after they crossed from Armenia. "


def routes(text: str) -> list[tuple[str, ...]]:
    pic = extract([geomig.geocode_document(geomig.Document("t.txt", text))])
    return sorted(tuple(f.properties["stop_names"]) for f in pic.by_role("route"))


@pytest.mark.parametrize("text, leg", [
    (HELD + "They sent the 52 Comorian men back to Anjouan on a ferry.", ("Mayotte", "Anjouan")),
    ("Border guards detained 30 Afghan migrants in Van. Days later they were handed back to Iran.",
     ("Van", "Iran")),
    ("Aid workers counted 300 Ethiopian migrants returning to Obock from Yemen by boat last month.",
     ("Yemen", "Obock")),
    (CROSSED + "Fifty were handed back to the Armenian authorities at the crossing.", ("Marneuli", "Armenia")),
    ("US agents detained 40 Honduran migrants in El Paso. They were sent back to Mexican border police.",
     ("El Paso", "Mexico")),
    ("Egyptian border guards arrested 200 Sudanese refugees near Abu Simbel and handed them back to Sudanese "
     "authorities at Argeen.", ("Abu Simbel", "Argeen")),     # to the place they were handed over at
])
def test_a_return_in_a_reporters_words_is_a_route(text, leg):
    assert leg in routes(text)


@pytest.mark.parametrize("text", [
    HELD + "They did not send the 52 Comorian men back to Anjouan.",           # denied
    HELD + "They may send the 52 Comorian men back to Anjouan.",               # hedged
    HELD + "Officials said the prefect might deport them to Anjouan.",
    "The minister sent his greetings back to Anjouan after the football match in Mayotte.",   # no people
    "Aid workers counted 300 Ethiopian migrants in Obock last month, most of them from Yemen.",
])
def test_a_return_denied_guessed_or_of_no_one_draws_no_route(text):
    assert not any("Anjouan" in r or r == ("Yemen", "Obock") for r in routes(text))


@pytest.mark.parametrize("text", [
    CROSSED + "None were handed back to the Armenian authorities.",              # denied
    CROSSED + "The Armenian authorities sent a letter back to the Georgian police.",   # no one returned
])
def test_no_return_to_a_forces_country_unless_people_were_handed_over(text):
    assert not any(r[-1] in ("Armenia", "Georgia") and r[0] == "Marneuli" for r in routes(text))


@pytest.mark.parametrize("clause, guessed", [
    ("They may send the 52 Comorian men back to ", True),
    ("Police might deport them to ", True),
    ("In May they sent the men back to ", False),       # a month, not a hedge
    ("They could not return to ", False),               # denied, not guessed (the negation reads it)
    ("They sent them back to ", False),
])
def test_a_guessed_return_is_read_as_guessed(clause, guessed):
    assert bool(MODES["guessed"].search(clause)) is guessed


@pytest.mark.parametrize("text, leg", [
    ("More than 900 Afghan workers were expelled from Iran through the Dogharoun crossing into "
     "Afghanistan on Sunday, officials said.", ("Iran", "Afghanistan")),
])
def test_an_expulsion_through_a_named_crossing_is_a_return(text, leg):
    """The way out named between the country left and the country entered does not hide the
    return (session 33, a user's trial)."""
    assert leg in routes(text)


def test_a_return_ruled_out_right_after_it_is_no_route():
    """A move the words right after it rule out ("going back to X is not possible") draws
    nothing; a clause of its own after the place does not deny it (session 33, a user's trial)."""
    ruled_out = HELD + '"Going back to Anjouan is not possible," one of the men told reporters.'
    assert not [r for r in routes(ruled_out) if "Anjouan" in r]
    assert ("Mayotte", "Anjouan") in routes(HELD + "They were sent back to Anjouan, which is not safe, on a ferry.")
