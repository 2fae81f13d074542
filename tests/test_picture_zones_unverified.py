"""Control zones, session 46: an act told only in a report no one could verify draws no zone
("reports, which the agency could not verify, that police are arresting men near X"; "...; the
agency could not verify these reports"), as the places of such a clause get no role.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import zones_told

# ------------------------------------------------ a report no one could verify


@pytest.mark.parametrize("text", [
    "The agency has received reports, which it could not verify, that Libyan police are arresting men near Zawiya.",
    "Aid groups cite credible reports, which they have not been able to verify independently, that Libyan "
    "soldiers are stopping families on the road outside Zawiya.",
    # the disclaimer in the clause after the act's
    "Libyan police are arresting men near Zawiya, witnesses said; the agency could not verify these reports.",
    # a hedge as well as the aside
    "There are reports, which UNHCR was unable to confirm, that Libyan police may be arresting men near Zawiya.",
], ids=["could-not-verify", "not-been-able-independently", "next-clause", "hedged"])
def test_a_control_told_only_in_an_unverified_report_draws_no_zone(text):
    assert not {z for z in zones_told(text) if z[1] == "Zawiya"}


@pytest.mark.parametrize("text", [
    # the aside confirms the report
    "The agency has received reports, which police confirmed, that Libyan police are arresting men near Zawiya.",
    # a report, no aside on it
    "The agency has received reports that Libyan police are arresting men near Zawiya.",
    # another fact left unconfirmed: the arrests stand
    "Libyan police are arresting men near Zawiya. The agency could not confirm the number of arrests.",
    # the unverified aside is about a later clause's claim, after the act's place
    "Libyan police arrested 40 men near Zawiya on Monday, and there are reports, which no one could verify, "
    "that others fled south.",
], ids=["confirmed", "no-aside", "number-unconfirmed", "aside-after"])
def test_a_control_in_a_report_not_said_unverified_keeps_its_zone(text):
    assert {z for z in zones_told(text) if z[1] == "Zawiya"}
