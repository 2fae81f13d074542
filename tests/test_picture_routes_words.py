"""words: how far apart one sentence may tell two places people reach in turn. A clause right
after the first place telling what was done there ("taken to X, where officers recorded every
name, and then to Y") lengthens the words between them; other words do not.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations


from geomig.picture import cues
from geomig.picture.routes.words import _TURN_CHARS, _TURN_WHERE_CHARS, _reached_in_turn, _turn_chars

MODES = cues.route_modes(cues.default())


def test_a_where_clause_after_the_first_place_allows_a_longer_way_on():
    assert _turn_chars(", where volunteers registered every name, and then to ") == _TURN_WHERE_CHARS
    assert _turn_chars(" where volunteers registered every name, and then to ") == _TURN_WHERE_CHARS


def test_other_words_keep_the_usual_length():
    assert _turn_chars(" on a lorry that broke down twice, and then to ") == _TURN_CHARS
    # (a "where" later in the words is no clause of the first place)
    assert _turn_chars(" and then to the town where relatives lived, and on to ") == _TURN_CHARS
    # (nor is "elsewhere")
    assert _turn_chars(", elsewhere, and then to ") == _TURN_CHARS


LONG_WHERE = ("The men took a lorry from Agadez to Sebha, where guards at the gate counted them twice, took"
              " their phones and checked their papers one by one for hours, before they crossed to Tripoli.")


def test_a_long_where_clause_still_links_the_places_reached_in_turn():
    from extract_helpers import has_leg, route_stops
    found = route_stops(LONG_WHERE)
    assert has_leg(found, "Sebha", "Tripoli"), found


def test_without_the_longer_allowance_the_long_where_clause_links_nothing(monkeypatch):
    # (the same sentence held to the usual length: two ways from Agadez, none on from Sebha)
    from extract_helpers import has_leg, route_stops

    import geomig.picture.routes.words as words
    monkeypatch.setattr(words, "_TURN_WHERE_CHARS", _TURN_CHARS)
    found = route_stops(LONG_WHERE)
    assert not has_leg(found, "Sebha", "Tripoli"), found


def test_a_long_gap_without_a_where_clause_is_read_as_no_turn():
    # a distractor: the first place's words run on past the usual length with no clause of what
    # was done there: held to the usual length
    words = (" on a crowded old lorry that broke down twice in the open desert, lost a wheel near a dry"
             " well and waited two long days for help, and then to ")
    assert len(words) > _TURN_CHARS and _turn_chars(words) == _TURN_CHARS


def test_reached_in_turn_reads_nothing_without_the_cue_data():
    assert _reached_in_turn({}, None) == []
