"""A name of two words joined by an elided article after a hyphen or a space ("Saut-d'Eau",
"Villeneuve-d'Ascq", "Pont-de-l'Arche") is one name: found whole where the gazetteer has it,
else one name it lacks, never its first word alone (a Saint Lucian "Saut")."""

from __future__ import annotations

import pytest

from geomig.geoparse.recognize import recognize
from geocode_helpers import placed


def spans(text, gazetteer):
    return [(s.text, s.kind_hint) for s in recognize(text, gazetteer, keep_unknown=True)]


@pytest.mark.parametrize("text, name", [
    ("He grew up in Villeneuve-d'Ascq before he moved.", "Villeneuve-d'Ascq"),
    ("He grew up in Cap-d’Ail before he moved.", "Cap-d’Ail"),
    ("They fled Ville-d'Avray in the night.", "Ville-d'Avray"),
])
def test_a_hyphenated_name_with_an_elided_article_is_found_whole(gazetteer, text, name):
    assert [t for t, _ in spans(text, gazetteer)] == [name]
    m = placed(text, name, gazetteer)
    assert m is not None and m.country == "FR", m


@pytest.mark.parametrize("text, name", [
    ("Families fled from Saut-d'Eau to Port-au-Prince.", "Saut-d'Eau"),
    ("Families fled from Saut d'Eau to Port-au-Prince.", "Saut d'Eau"),
    ("They walked on to Pont-de-l'Arche that night.", "Pont-de-l'Arche"),
])
def test_a_name_the_gazetteer_lacks_is_not_read_as_its_first_word(gazetteer, text, name):
    found = spans(text, gazetteer)
    assert name in [t for t, _ in found], found
    assert name.split("-")[0].split(" ")[0] not in [t for t, _ in found], found


def test_a_known_name_with_a_spaced_elided_article_is_unchanged(gazetteer):
    # Distractor: a country's name found whole, as before.
    m = placed("Migrants left Côte d'Ivoire by bus.", "Côte d'Ivoire", gazetteer)
    assert (m.country, m.kind) == ("CI", "country")
