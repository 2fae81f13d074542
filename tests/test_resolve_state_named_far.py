"""A small town's state named only in an aside, sentences away, does not outweigh a
metropolis of the name abroad (resolve.py's _far_state_abroad); a state named beside the
name, or the name's own qualifier, still does."""

from __future__ import annotations

import geomig

WELDER = "Abdou Sarr, a welder from Kaolack, left Senegal in March. "
# An aside on other people's journey that names a state, far from the name.
ASIDE = ("Friends of his had chosen a different way a year earlier and spent months in a camp in "
         "Florida after a ship picked them up. He did not want that. He sold his tools and his "
         "motorbike. His sister gave him the rest of the money. He flew to Casablanca and then to "
         "Tunis. ")


def _placed(text: str, surface: str):
    return next(m for m in geomig.geocode(text) if m.text == surface)


def test_a_state_named_sentences_away_leaves_the_name_to_the_metropolis_abroad():
    text = WELDER + ASIDE + "After two weeks there he paid for a place on a fishing boat. " \
        "He hopes to reach Naples and work for an uncle who sells leather bags."
    m = _placed(text, "Naples")
    assert m.country == "IT", m.evidence
    assert "is named in the text" not in m.evidence


def test_a_state_named_beside_the_name_still_speaks_for_its_town():
    text = WELDER + ("He flew to Casablanca and then to Tunis, and from there to Miami. An uncle had "
                     "found him work on a building site in Florida. He now lives in Naples with two "
                     "other welders.")
    m = _placed(text, "Naples")
    assert m.country == "US" and "FL is named in the text" in m.evidence, m.evidence


def test_the_names_own_qualifier_still_speaks_when_its_state_is_named_far_away():
    text = WELDER + ASIDE + "Later he flew on to Naples, Florida, where an uncle sells leather bags."
    assert _placed(text, "Naples").country == "US"


def test_the_far_state_still_places_its_own_name():
    # Distractor: the state's own mention is not the town's namesake question.
    text = WELDER + ASIDE + "He hopes to reach Naples and work for an uncle who sells leather bags."
    assert _placed(text, "Florida").country == "US"
