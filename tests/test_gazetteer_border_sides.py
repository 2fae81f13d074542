"""Places on one side of a border that the packages put on the other side, or file under the
other side's name: the Rukban camp (GeoNames: Jordan) lies on the Syrian side of the berm;
El Ceibo's village and post are Guatemala's; Las Manos is the Honduran post of the crossing
into Nicaragua (not "Manos", Manaus)."""

from __future__ import annotations

import pytest

from geomig.geoparse.geocode import geocode

from geocode_helpers import placed


@pytest.mark.parametrize("text, name, country", [
    # Positive: the camp in a story of Syrians.
    ("The family fled their town near Palmyra for Rukban and waited there for two years.", "Rukban", "SY"),
    # Distractor: Jordan named beside it does not move the camp across the berm.
    ("Jordan has kept its border shut to the people stranded at Rukban since 2016.", "Rukban", "SY"),
    # Hedged: a camp that may be emptied is still where it is.
    ("Aid workers said the Rukban camp might be emptied by the spring.", "Rukban", "SY"),
    ("Mexican immigration agents put the men on a bus to El Ceibo.", "El Ceibo", "GT"),
    ("Families crossed from Guatemala at El Ceibo into Tabasco last week.", "El Ceibo", "GT"),
    ("Hondurans crossed at Las Manos into Nicaragua on Tuesday.", "Las Manos", "HN"),
])
def test_a_place_by_a_border_is_on_its_own_side(text, name, country, gazetteer):
    m = placed(text, name, gazetteer)
    assert m is not None and m.country == country, (m and (m.id, m.country))


def test_the_rukban_camp_is_one_entry_on_the_syrian_side(gazetteer):
    # The GeoNames entry moved, not a rival added: the name has one sense, in Syria.
    senses = gazetteer.lookup("Rukban")
    assert [p.country for p in senses] == ["SY"], [(p.id, p.country) for p in senses]
    assert {p.id for p in gazetteer.lookup("al-Rukban")} == {p.id for p in senses}


def test_las_manos_is_not_read_as_manaus(gazetteer):
    mentions = geocode("Hondurans crossed at Las Manos into Nicaragua.", gazetteer=gazetteer)
    assert not any(m.country == "BR" for m in mentions), [(m.text, m.country) for m in mentions]
