"""Control zones: an act told only in an accusation that is denied ("rights groups accused the
coastguards of firing on migrants near X; Tripoli denies the charge") draws no zone; nor does one
whose report the text says no one could confirm ("..., but we could not confirm that", "We have not
been able to verify these accounts independently."). The act told plainly, an accusation with no
denial, one the force confirms, and a refusal at the border ("denied them entry") still draw.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import zones_told


def _at(text: str, *places: str) -> set:
    return {z for z in zones_told(text) if z[1] in places}


ACCUSED = "Rights groups accused Libyan coastguards of firing on migrants near Zawiya"


@pytest.mark.parametrize("text", [
    ACCUSED + "; Tripoli denies the charge.",
    ACCUSED + ". Tripoli has denied the charges.",
    ACCUSED + ", a charge Tripoli denies.",
    ACCUSED + ". The interior ministry has strongly rejected the allegations.",
    "There are allegations that Libyan police beat people at Zawiya. The ministry dismissed the claims.",
], ids=["next-clause", "next-sentence", "charge-aside", "rejected", "allegations-dismissed"])
def test_an_accusation_denied_draws_no_zone(text):
    assert not _at(text, "Zawiya", "Libya")


@pytest.mark.parametrize("text", [
    "Libyan police were arresting men near Zawiya, but we could not confirm that.",
    "Travellers say Libyan police at checkpoints outside Zawiya turn back young men. "
    "We have not been able to verify these accounts independently.",
], ids=["could-not-confirm-that", "verify-independently"])
def test_an_unconfirmed_act_draws_no_zone(text):
    assert not _at(text, "Zawiya", "Libya")


@pytest.mark.parametrize("text", [
    ACCUSED + ".",
    ACCUSED + "; the coastguard confirmed the shooting.",
    ACCUSED + ". The guards denied them entry.",
    "Libyan coastguards intercepted migrants near Zawiya, where rights groups accuse them of beatings. "
    "Tripoli denies the charges.",
    "Libyan coastguards fired on migrants near Zawiya. Tripoli denies the charge.",
    "Travellers say Libyan police at checkpoints outside Zawiya turn back young men.",
    "Libyan police were arresting men near Zawiya; we could not confirm that the boat sank.",
], ids=["not-denied", "confirmed", "denied-entry", "told-before-accusation", "told-plainly", "reported",
        "other-fact-unconfirmed"])
def test_an_act_told_or_undisputed_still_draws(text):
    assert _at(text, "Zawiya", "Libya")
