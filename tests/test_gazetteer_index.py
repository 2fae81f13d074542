"""The built gazetteer's lookups about divisions (geomig.gazetteer.index)."""

from __future__ import annotations


def test_a_division_holds_most_of_its_country_only_when_it_does(gazetteer):
    # England is most of the United Kingdom's people; Beirut's governorate, Bangkok and Texas
    # are not most of theirs, though many of their neighbours have no population in GeoNames.
    assert gazetteer.division_share("GB", "ENG") > 0.8
    assert gazetteer.division_share("LB", "04") < 0.5
    assert gazetteer.division_share("TH", "40") < 0.5
    assert gazetteer.division_share("US", "TX") < 0.1
    assert gazetteer.division_share("GB", "no such code") == 0.0 and gazetteer.division_share(None, "ENG") == 0.0
