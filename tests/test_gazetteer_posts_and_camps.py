"""Border posts, camps and places of routes the reports cover little that no package names: the
Nepal - India posts (Rupaidiha, Gauriphanta, Belahiya), the Usumacinta crossing of La Técnica,
Serbia's Batrovci facing Bajakovo, Rwanda's camps of Congolese refugees (Kiziba, Gihembe,
Nyabiheke), Eswatini's Malindza centre and Tutuila."""

from __future__ import annotations

import pytest

from geocode_helpers import placed


@pytest.mark.parametrize("text, name, country", [
    ("Nepalese workers walked home through Rupaidiha after the factories closed.", "Rupaidiha", "IN"),
    ("The bus reached Gauriphanta, the border post south of Dhangadhi, at noon.", "Gauriphanta", "IN"),
    ("Indian traders queued at Belahiya for a day before entering Nepal.", "Belahiya", "NP"),
    ("Migrants crossed the Usumacinta at La Técnica into Mexico.", "La Técnica", "GT"),
    ("Croatian police drove the group back to Batrovci, on the Serbian side.", "Batrovci", "RS"),
    ("Congolese refugees at Kiziba camp protested over food cuts, Rwandan officials said.", "Kiziba", "RW"),
    ("Families from Gihembe camp were moved to Mahama in 2021.", "Gihembe", "RW"),
    ("Some 14,000 Congolese live in the Nyabiheke camp in eastern Rwanda.", "Nyabiheke", "RW"),
    ("The families were taken from Lomahasha to Malindza, the reception centre.", "Malindza", "SZ"),
    ("A fishing boat from Tutuila reached Apia after four days.", "Tutuila", "AS"),
    # Hedged: a post that may be used is still that post.
    ("Officials said returnees might cross at Batrovci later this month.", "Batrovci", "RS"),
])
def test_the_post_or_camp_is_placed_in_its_country(gazetteer, text, name, country):
    m = placed(text, name, gazetteer)
    assert m is not None and m.country == country, m


def test_a_town_of_the_camps_name_abroad_keeps_it_in_its_own_story(gazetteer):
    # Distractor: Kiziba, the Ugandan town, in a story of central Uganda.
    m = placed("Traders in Kiziba, west of Kampala, said prices doubled in Uganda this year.", "Kiziba", gazetteer)
    assert m is not None and m.country == "UG", m
