"""An analyst's [[place]] is trusted however the text names it: matched through one of
its aliases, in a text that never names its country, it is not "implausible"."""

from __future__ import annotations

import pytest

from geomig.geoparse.geocode import geocode
from geomig.geoparse.overrides import parse_overrides

OVERRIDES = """\
[[place]]
name = "Qasr al-Qarabulli"
lat = 32.76
lon = 13.72
kind = "city"
country = "LY"
aliases = ["Garabulli"]
"""


@pytest.mark.parametrize("text, surface", [
    ("Smugglers moved the boats to Garabulli before dawn.", "Garabulli"),
    ("Smugglers moved the boats to Qasr al-Qarabulli before dawn.", "Qasr al-Qarabulli"),
])
def test_an_added_place_matched_by_name_or_alias_is_resolved(gazetteer, text, surface):
    overrides = parse_overrides(OVERRIDES, where="o.toml", gazetteer=gazetteer)
    mentions = geocode(text, gazetteer=gazetteer, overrides=overrides, keep_rejected=True)
    assert [(m.text, m.id, m.flags) for m in mentions] == [(surface, "geomig:user:qasr-al-qarabulli", ())]
