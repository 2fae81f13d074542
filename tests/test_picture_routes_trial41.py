"""What the lead's own report (session 41) drew wrong, in general English: one person's home
town, told only after the whole journey ("A man from X said he would go home"), starts no route
of the group; told before it ("A man from X left in May ...") it still does.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture, roles
from test_picture_routes_stated import routes

CONTEXT = "Eritrean migrants told us about their journey across the desert. "
JOURNEY = ("Most left Agadez in lorries and crossed the desert to Sebha. "
           "From there they were driven to Zuwara and boarded boats to Lampedusa. ")


@pytest.mark.parametrize("last", [
    "Not all go on. A man from Kufra said he was thinking of going home next month.",
    # hedged
    "A woman from Kufra, who reportedly travelled with them, said she may return.",
    "One 30-year-old farmer from the town of Kufra said he would probably go back.",
], ids=["man", "hedged", "farmer"])
def test_one_persons_home_told_last_starts_no_route_of_the_group(last):
    pic = picture(CONTEXT + JOURNEY + last)
    assert all(r[0] != "Kufra" for r in routes(pic))
    assert ("Eritrea", "Agadez", "Sebha", "Zuwara", "Lampedusa") in routes(pic)
    assert "origin" in roles(pic)["Kufra"]      # still where one of them comes from


@pytest.mark.parametrize("first", [
    "A man from Kufra left in May with his brother. They crossed the desert to Sebha and were "
    "driven to Zuwara, where they boarded a boat to Lampedusa.",
], ids=["home-told-first"])
def test_a_home_told_before_the_journey_still_starts_it(first):
    assert any(r[0] == "Kufra" for r in routes(picture(CONTEXT + first)))

