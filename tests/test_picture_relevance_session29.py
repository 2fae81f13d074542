"""Role precision, session 29: records "migrated" between computers keep a text off topic, a
nationality of officers, employers or papers is no origin, and a report the writer could not
verify gives no role; each beside a true migration sentence that keeps its role. Sentences
written for these tests, geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture, role_of, roles

from geomig.picture import cues

#: Filler that makes a text long (past [document] short_chars) and says nothing.
_CALM = " The harbour was quiet and the cafés were full all week long." * 20

# An agency moving its files to new computers: "migration" and "immigration" said, no one moving.
_RECORDS = (
    "The Tunisian Immigration Office closed its visa desks for a week to migrate its residence "
    "files to a new data centre. Staff copied some 12 million records from old servers in Tunis to a "
    "cloud provider near Sfax, with a backup copy kept in Sousse. The migration ran two days late. "
    "Travellers who had driven to Tunis from Sfax and Zuwara were sent home, and immigration officers "
    "at the ports worked from paper lists until the systems came back."
)


def test_records_migrated_to_new_servers_keep_a_text_off_topic():
    assert not cues.default().on_topic(_RECORDS + _CALM)
    pic = picture(_RECORDS + _CALM)
    assert not roles(pic) and not pic.by_role("route")


@pytest.mark.parametrize("text", [
    # migrants whose fingerprints go to a database: a migration report, a database named once
    "Officers check every print against a European database, as the law requires. Later that week, "
    "border police took the fingerprints of 40 migrants who had crossed from Libya, and most of the "
    "migrants asked for asylum in Italy.",
    # a report on migrants that names the agency's new servers in passing
    "Hundreds of migrants reached Lampedusa from Zuwara this week. Officials said the new servers at "
    "the reception centre had slowed the registration of the refugees, and that deportations would resume.",
    # hedged, with a data centre once: still about people
    "A data centre outage in the capital closed the town hall for a day. In the south, refugees may "
    "have fled Sebha for Tunisia, aid workers said, and asylum requests were said to be rising.",
], ids=["fingerprint-database", "servers-in-passing", "hedged-data-centre"])
def test_a_migration_report_naming_computers_stays_on_topic(text):
    assert cues.default().on_topic(text + _CALM)


@pytest.mark.parametrize("text, place", [
    ("Polish officers pushed the family back into Belarus twice in one night.", "Poland"),
    ("Egyptian employers kept the workers' papers; the men had come from Sudan by bus.", "Egypt"),
    ("She crossed from Libya to Lampedusa on a Maltese passport bought in Tripoli.", "Malta"),
    ("The Greek guards took their phones before the boat was towed back towards Turkey.", "Greece"),
], ids=["officers", "employers", "passport", "guards"])
def test_a_nationality_of_officers_employers_or_papers_is_no_origin(text, place):
    assert "origin" not in role_of(text, place)


@pytest.mark.parametrize("text, place", [
    ("Egyptian workers crossed into Libya at dawn, hoping to reach Benghazi.", "Egypt"),
    ("Eritrean refugees were not pushed back, the officers said; they crossed into Sudan.", "Eritrea"),
    ("Sudanese families may have fled to Chad last week, officers said.", "Sudan"),     # hedged
], ids=["workers", "negated-push-back", "hedged-families"])
def test_a_nationality_of_those_who_move_stays_an_origin_beside_officers(text, place):
    assert "origin" in role_of(text, place)


@pytest.mark.parametrize("words, named", [
    (" officers", True), (" employers", True), (" passport", True), (" gendarmes", True),
    (" workers", False), (" families who fled", False), (" nationals crossed", False),
])
def test_officers_and_passports_name_no_one_who_moves(words, named):
    rx = cues.setting_rx(cues.default(), "not_origin_after")
    assert bool(rx.match(words)) is named


@pytest.mark.parametrize("text, place", [
    ("Some families were said to be heading for Sebha, reports we have been unable to verify.", "Sebha"),
    ("A second dinghy left Zuwara overnight, claims that the coastguard could not verify.", "Zuwara"),
    ("Others were reported to have reached Malta, accounts the agency was unable to confirm.", "Malta"),
], ids=["we-have-been-unable", "the-coastguard-could-not", "the-agency-was-unable"])
def test_a_report_the_writer_could_not_verify_gives_no_role(text, place):
    assert not role_of(text, place)


@pytest.mark.parametrize("text, place", [
    # only a figure or another report is unverified: the movement stands
    ("The boat reached Lampedusa from Zuwara; figures we have been unable to verify put the dead at 12.",
     "Lampedusa"),
    ("Families crossed from Sudan into Chad on foot, and officials were unable to confirm whether any "
     "had been hurt.", "Chad"),
    ("The dinghy left Zuwara at dawn, reports that the coastguard has since confirmed.", "Zuwara"),
], ids=["a-figure", "whether-hurt", "confirmed"])
def test_an_unverified_figure_or_a_confirmed_report_keeps_the_role(text, place):
    assert role_of(text, place)
