"""A border crossing whose two sides bear two names (Bab al-Hawa and Cilvegözü, Kapıkule and
Kapitan Andreevo, Nassib and Jaber, the Allenby and King Hussein bridges, Katuna and Gatuna)
has one supplement entry per side: each name is placed in its own side's country, not filed
as an alias of the other side's post."""

from __future__ import annotations

import pytest

from geocode_helpers import placed


@pytest.mark.parametrize("text, name, place_id, country", [
    # Each side's own name, in sentences that name the other country too (the distractor).
    ("Turkish officials said 300 Syrians returned through Cilvegözü on Monday.", "Cilvegözü",
     "geomig:cilvegozu-crossing", "TR"),
    ("The coach from Sofia waited six hours at Kapitan Andreevo before entering Turkey.", "Kapitan Andreevo",
     "geomig:kapitan-andreevo-crossing", "BG"),
    ("Jordan reopened the Jaber crossing to lorries bound for Syria.", "Jaber", "geomig:jaber-crossing", "JO"),
    ("Palestinians leaving Jericho for Amman cross at the King Hussein Bridge.", "King Hussein Bridge",
     "geomig:king-hussein-bridge", "JO"),
    ("Rwandan guards at Gatuna turned back traders heading to Kabale.", "Gatuna", "geomig:gatuna", "RW"),
    # Hedged: a crossing that may reopen is still the same side.
    ("Drivers said Gatuna might reopen next month, though no date was given.", "Gatuna", "geomig:gatuna", "RW"),
])
def test_each_side_of_a_crossing_is_placed_in_its_own_country(text, name, place_id, country, gazetteer):
    m = placed(text, name, gazetteer)
    assert m is not None and (m.id, m.country) == (place_id, country), (m and (m.id, m.country))


@pytest.mark.parametrize("text, name, place_id, country", [
    # The other side's name keeps its own entry.
    ("Aid convoys entered Idlib through Bab al-Hawa after the quake.", "Bab al-Hawa",
     "geomig:bab-al-hawa-crossing", "SY"),
    ("Lorries from Bulgaria queued at Kapikule near Edirne.", "Kapikule", "geomig:kapikule-crossing", "TR"),
    ("Syrian families returned home through Nassib last week.", "Nassib", "geomig:nasib-crossing", "SY"),
    ("Ugandan traders waited at Katuna for the border to open.", "Katuna", "geomig:katuna", "UG"),
])
def test_the_other_side_keeps_its_own_entry(text, name, place_id, country, gazetteer):
    m = placed(text, name, gazetteer)
    assert m is not None and (m.id, m.country) == (place_id, country), (m and (m.id, m.country))


def test_a_side_name_is_no_longer_an_alias_of_the_other_side(gazetteer):
    # The gazetteer finds each name under its own side only.
    for name, country in (("Cilvegözü", "TR"), ("Kapitan Andreevo", "BG"), ("Jaber", "JO"),
                          ("King Hussein Bridge", "JO"), ("Gatuna", "RW")):
        crossings = [p for p in gazetteer.lookup(name) if p.feature == "crossing"]
        assert {p.country for p in crossings} == {country}, (name, [(p.id, p.country) for p in crossings])
