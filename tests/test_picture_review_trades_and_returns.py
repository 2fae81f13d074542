"""Review of session 52's rules: a nationality with a trade or kin (origin.people_trade) read in a
text about migration, but not of visitors (a couple on holiday, brothers who run a race, herders
with their animals: the cue's `unless`); and the rules it sits beside kept (a mover's trade, a
denial). A force placed at the spot its own sentence names before a semicolon (zones._spot_before),
but not at one of tourists or one people only may have reached ([settings] spot_in_sentence_not).
Odd input (empty, semicolons only, very long, unicode) reads alike with the prefilter's short
needs on and off. Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import reported_role_of as role_of


@pytest.mark.parametrize("text, place", [
    # tourism
    ("A Nigerian couple on holiday in Malta said the boats came every night.", "Nigeria"),
    # sport
    ("Two Nigerian brothers won the marathon in Rome on Sunday.", "Nigeria"),
    # animals: herders with their herds
    ("Sudanese herders drove their camels past Kufra in search of grazing.", "Sudan"),
], ids=["holiday", "marathon", "herders"])
def test_visitors_named_by_trade_or_kin_are_no_origin(text, place):
    assert "origin" not in role_of(text, place)


@pytest.mark.parametrize("text, place", [
    ("A Sudanese builder who crossed the desert reached Tripoli last spring.", "Sudan"),
    ("Two Nigerian brothers crossed the sea from Zuwara to Lampedusa in June.", "Nigeria"),
    ("An Eritrean couple who had fled the war landed on Lampedusa with their baby.", "Eritrea"),
    # a tourist visa is a mover's papers, not a holiday
    ("Last year a young Nigerian builder flew to Tripoli on a tourist visa.", "Nigeria"),
], ids=["builder", "brothers", "couple", "tourist-visa"])
def test_movers_named_by_trade_or_kin_keep_their_origin(text, place):
    assert "origin" in role_of(text, place)


def test_a_trade_denied_is_no_origin():
    assert "origin" not in role_of("They said they were not Sudanese builders.", "Sudan")


# ---- odd input through the session's rules: no crash, the prefilter's short needs change nothing --

_ODD = [
    "",
    ";;; ; ;",
    # a very long sentence of clauses broken by semicolons before a force's words
    "We walked into Zuwara; " + "we waited and waited; " * 150 + "Libyan soldiers caught us.",
    # curly quotes, a Greek question mark (not a semicolon), capitals
    "WE WALKED INTO ZUWARA AT DAWN\u037e LIBYAN SOLDIERS CAUGHT US. \u201cThey\u2019re Sudanese builders,\u201d he said.",
]


@pytest.mark.parametrize("text", _ODD, ids=["empty", "semicolons", "long", "unicode"])
def test_odd_input_reads_alike_with_and_without_the_prefilter(monkeypatch, text):
    from extract_helpers import annotate, prefilter_on_and_off

    from geomig.picture import extract

    on, off = prefilter_on_and_off(monkeypatch, lambda: extract([annotate("Migrants told us their story. " + text)]).dumps())
    assert on == off


# ---- zones._spot_before within a sentence: not at a place of visitors or only maybe reached ----

@pytest.mark.parametrize("text", [
    # tourism: no mover reached the place
    "Tourists flocked to Zuwara; Libyan soldiers caught the smugglers.",
    # hedged: people may not have reached it
    "We may have reached Zuwara; Libyan soldiers caught us.",
], ids=["tourists", "hedged"])
def test_no_force_spot_at_a_place_of_tourists_or_only_maybe_reached(text):
    from extract_helpers import CONTEXT, zones_at

    assert not zones_at(text, "Zuwara", CONTEXT)


def test_a_spot_reached_in_its_own_clause_still_places_the_force():
    from extract_helpers import CONTEXT, actors_at, zones_at

    text = "We walked into Zuwara at dawn; Libyan soldiers caught us an hour later."
    assert actors_at(text, "Zuwara", CONTEXT) == {"Libyan soldiers"}
    assert not zones_at(text, "Libya", CONTEXT)
    # (a hedge after the break is the force's clause's, not the spot's)
    assert actors_at("We walked into Zuwara at dawn; perhaps an hour later Libyan soldiers caught us.", "Zuwara", CONTEXT) \
        == {"Libyan soldiers"}


# ---- findings left open (strict xfail: a mend turns them into passes) ----------------------

@pytest.mark.parametrize("text, place", [
    # a side remark about someone who is no part of the story: a bare "worker" needs its trade
    ("A Tunisian worker on the same farm died of heat stroke in 2022, the judge noted.", "Tunisia"),
    # an exchange trip: visitors
    ("Tunisian students on an exchange trip visited the camp in Lampedusa.", "Tunisia"),
    # animals: herders who moved their cattle, as those who drove them
    ("Sudanese herders moved their cattle south of Kufra for the rains.", "Sudan"),
], ids=["side-remark", "exchange-trip", "herders-moved"])
def test_mended_look_alikes_of_a_trade_give_no_origin(text, place):
    assert "origin" not in role_of(text, place)


def test_a_worker_with_a_trade_still_gives_the_origin():
    assert "origin" in role_of("A Sudanese construction worker crossed from Zuwara to Lampedusa in June.", "Sudan")


@pytest.mark.xfail(strict=True, reason="review: origin.people_trade still reads a hedge as an origin")
@pytest.mark.parametrize("text, place", [
    ("Police said the men may have been Sudanese builders.", "Sudan"),
], ids=["hedged"])
def test_open_look_alikes_of_a_trade_give_no_origin(text, place):
    assert "origin" not in role_of(text, place)
