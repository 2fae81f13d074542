"""The built gazetteer's lookups about divisions and derived places (geomig.gazetteer.index)."""

from __future__ import annotations

from geomig.gazetteer import regions


def test_a_division_holds_most_of_its_country_only_when_it_does(gazetteer):
    # England is most of the United Kingdom's people; Beirut's governorate, Bangkok and Texas
    # are not most of theirs, though many of their neighbours have no population in GeoNames.
    assert gazetteer.division_share("GB", "ENG") > 0.8
    assert gazetteer.division_share("LB", "04") < 0.5
    assert gazetteer.division_share("TH", "40") < 0.5
    assert gazetteer.division_share("US", "TX") < 0.1
    assert gazetteer.division_share("GB", "no such code") == 0.0 and gazetteer.division_share(None, "ENG") == 0.0


def test_a_place_within_a_town_is_got_back_from_its_id(gazetteer):
    # The id a resolved mention keeps ("Gerehu, a suburb of Port Moresby") names its place again.
    town = gazetteer.lookup("Port Moresby")[0]
    inside = gazetteer.get(regions.within_id("gerehu", town.id))
    assert (inside.country, inside.lat, inside.lon) == (town.country, town.lat, town.lon)
    assert inside.id == regions.within_id("gerehu", town.id) and "Port Moresby" in inside.name
