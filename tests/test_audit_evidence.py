"""The resolver's evidence about a place's state, as the audit shows it: "its state/province X
is named in the text" only where a name of the text means the state itself; where only
places in it are named (its capital, a town), the evidence says so and names them."""

from __future__ import annotations

import geomig
from geomig.audit.places import readable_evidence


def evidence(text: str, surface: str, gazetteer) -> str:
    m = next(m for m in geomig.geocode(text, gazetteer=gazetteer) if m.text == surface)
    return readable_evidence(m, gazetteer)


def test_a_state_named_only_by_its_capital_is_not_called_named(gazetteer):
    # Oujda is the capital of L'Oriental; the text never names the region.
    said = evidence("Migrants camped in Oujda before trying the fence at Melilla; others went on to Nador.",
                    "Nador", gazetteer)
    assert "is named in the text" not in said
    assert "another place in its state/province L'Oriental is named (Oujda)" in said


def test_a_city_whose_province_shares_its_name_is_not_told_its_province_is_named(gazetteer):
    said = evidence("Militias in Tripoli held the migrants for weeks before moving them to a warehouse in Tajoura.",
                    "Tripoli", gazetteer)
    assert "is named in the text" not in said and "is named (Tajoura)" in said


def test_a_state_the_text_names_is_still_named(gazetteer):
    said = evidence("The group walked from Tapachula to Huixtla, then took buses through Chiapas.", "Huixtla", gazetteer)
    assert "its state/province Chiapas is named in the text" in said
