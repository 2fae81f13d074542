"""Zone cues of session 39: a force that escorts a boat into a port (control.escorted_in).

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py) with this file's own places."""

from __future__ import annotations

from functools import partial

import pytest
from extract_helpers import cues_at, with_places, zones_at

PLACES = {
    "Kalamata": ("geomig:test-kalamata", "city", "GR", 37.0389, 22.1142, "Kalamata"),
}

SEA = "Dozens of Eritrean migrants left Libya by boat this week. "


@pytest.fixture(autouse=True)
def _places(monkeypatch):
    with_places(monkeypatch, PLACES)


_sea_zones = partial(zones_at, context=SEA)
_sea_cues = partial(cues_at, context=SEA)


# ------------------------------------------------------------------------------ control.escorted_in

@pytest.mark.parametrize("text, place", [
    ("The Greek coast guard found the dinghy and escorted it to Kalamata.", "Kalamata"),
    ("Greek coastguard vessels escorted the fishing boat into the harbour at Kalamata on Monday.", "Kalamata"),
    ("A sailing boat carrying 60 migrants, among them 12 children, was escorted into the small port of Pozzallo.",
     "Pozzallo"),
    ("Navy sources said it was escorted to Pozzallo.", "Pozzallo"),
    # the boat told with a comma right after it
    ("The boat, carrying 60 migrants, was escorted into the port of Pozzallo.", "Pozzallo"),
], ids=["force-then-escort", "force-escorts-boat", "boat-escorted-in", "it-escorted", "boat-comma-escorted"])
def test_a_boat_escorted_into_a_port_is_the_sea_zone_off_it(text, place):
    zs = _sea_zones(text, place)
    assert "control.escorted_in" in {c["cue"] for z in zs for c in z.properties["claims"]}
    assert {z.properties["control"] for z in zs} & {"coastguard", "navy"}


@pytest.mark.parametrize("text", [
    "The minister was escorted to Pozzallo by his bodyguards.",
    "A charity's rescue ship escorted the dinghy to Pozzallo.",
    "The coastguard did not escort the dinghy to Pozzallo.",
    "Police escorted the families to the bus station in Pozzallo.",
    "The dinghy got into difficulty and was escorted back to Pozzallo by a navy patrol boat.",
], ids=["a-person", "charity", "negated", "people-on-land", "escorted-back"])
def test_no_boat_escorted_by_a_force_is_no_escort_zone(text):
    assert "control.escorted_in" not in _sea_cues(text, "Pozzallo")


# An escorted "it" is a boat only when a craft is told before it (review 39, M1)

LAND = "Dozens of Eritrean migrants reached Italy this week. "


@pytest.mark.parametrize("text", [
    "A convoy of aid trucks reached the harbour. It was escorted to Pozzallo by police.",
    "The coffin of the drowned man was flown home. It was escorted to Pozzallo by police.",
    "Soldiers stopped the lorry near the port and escorted it to Pozzallo.",
    # a boat told only after the pronoun is not what it stands for
    "It was escorted to Pozzallo, officials said, before the boat season began.",
], ids=["convoy", "coffin", "lorry", "boat-after"])
def test_an_it_that_is_no_boat_is_no_escort_zone(text):
    assert "control.escorted_in" not in cues_at(text, "Pozzallo", context=LAND)


@pytest.mark.parametrize("text", [
    "The coastguard spotted a dinghy with 40 people on board. It was escorted to Pozzallo.",
    "Italian coastguard patrol boats found the fishing boat and escorted it to Pozzallo.",
    "The wooden boat was spotted at dawn; it was later escorted into the port of Pozzallo.",
], ids=["dinghy-before", "same-sentence", "boat-semicolon"])
def test_an_it_told_after_a_boat_is_still_escorted_in(text):
    assert "control.escorted_in" in cues_at(text, "Pozzallo", context=LAND)


# An escorted "it" two sentences after its boat, when the sentence between goes on about it
# ("Its engine had failed"), still stands for the boat (review 40, L10); a sentence between on
# something else is what "it" stands for, and a boat three sentences back is too far.

@pytest.mark.parametrize("text", [
    "A dinghy was spotted at dawn. Its engine had failed. It was escorted to Pozzallo by the coastguard.",
    "The coastguard found a wooden boat off Sicily. It was drifting with 50 people aboard. It was escorted "
    "into the port of Pozzallo.",
], ids=["its-engine", "it-was-drifting"])
def test_an_it_two_sentences_after_its_boat_is_escorted_in(text):
    assert "control.escorted_in" in cues_at(text, "Pozzallo", context=LAND)


@pytest.mark.parametrize("text", [
    # the sentence between tells of something else: that is what "it" is
    "A boat sank off Libya last week. A convoy of aid trucks reached the harbour. It was escorted to "
    "Pozzallo by police.",
    # a boat three sentences back is no antecedent
    "A dinghy was spotted at dawn. Its engine had failed. It was towed for hours. It was escorted to "
    "Pozzallo by police.",
    # negated: no escort
    "A dinghy was spotted at dawn. Its engine had failed. It was not escorted to Pozzallo.",
], ids=["convoy-between", "three-back", "negated"])
def test_an_it_far_from_a_boat_is_no_escort_zone(text):
    assert "control.escorted_in" not in cues_at(text, "Pozzallo", context=LAND)


# ---- session 42: review mends ----------------------------------------------------------------
# The boat (or its "it") must be what is escorted: not an "it" of another verb ("it was reported
# that the minister was escorted"), nor a person named after the boat ("its captain was
# escorted"): review41 M1's cousin in zones.

@pytest.mark.parametrize("text", [
    "A boat carrying 40 migrants was spotted off Sicily. It was later reported that the minister was "
    "escorted to Pozzallo.",
    "A boat carrying 40 migrants sank off Sicily, and its captain was escorted to Pozzallo by police.",
    "The dinghy sank off Sicily, and the skipper, a Tunisian man, was escorted to Pozzallo.",
], ids=["it-reported-minister", "its-captain", "skipper-apposition"])
def test_someone_else_escorted_after_a_boat_is_no_escort_zone(text):
    assert "control.escorted_in" not in cues_at(text, "Pozzallo", context=LAND)


@pytest.mark.parametrize("text", [
    "A boat carrying 40 migrants was spotted off Sicily. It was carrying women and children, and was "
    "escorted to Pozzallo.",
    "The dinghy, with 50 people on board, was escorted into the port of Pozzallo.",
    "The fishing boat is being escorted to Pozzallo by the coastguard.",
    "The fishing boat had been escorted into the port of Pozzallo.",
], ids=["it-and-was-escorted", "comma-aside", "is-being", "had-been"])
def test_a_boat_itself_escorted_is_still_escorted_in(text):
    assert "control.escorted_in" in cues_at(text, "Pozzallo", context=LAND)


# A bare "into port" is the port the sentence before named (session 66: the lead's trial text)
@pytest.mark.parametrize("text", [
    "The boat was spotted off Kalamata. A Greek coastguard patrol escorted it into port.",
    "The fishing boat reached Kalamata at dawn. Greek coastguard officers escorted it into port.",
], ids=["spotted-off", "reached"])
def test_a_boat_escorted_into_port_is_at_the_port_named_before(text):
    assert "control.escorted_in" in _sea_cues(text, "Kalamata")


@pytest.mark.parametrize("text", [
    # no force escorts it
    "The boat was spotted off Kalamata. A fishing trawler escorted it into port.",
    # the port named three sentences back: too far
    "The boat was spotted off Kalamata. Its engine failed. The sea rose. Nobody answered. "
    "A Greek coastguard patrol escorted it into port.",
    # a port's name, no bare port
    "The boat was spotted off Kalamata. A Greek coastguard patrol escorted it to Port Said.",
], ids=["no-force", "too-far", "a-name"])
def test_into_port_is_no_escort_zone_otherwise(text):
    assert "control.escorted_in" not in _sea_cues(text, "Kalamata")
