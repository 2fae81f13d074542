"""Push-backs told with no start of their own: one told with its way back before its end
("forced back through a gap in the fence into Y", "forced back towards Y") is a return
(move.returned), and one whose sentence, or the one before, has people cross the border at a
place ("crossed near X ... pushed back to Y") starts there (routes.returns._departure_before,
[route_modes] crossed_near). A push-back only threatened, tried or denied, or goods sent back,
draws nothing.

Sentences written for these tests; geocoded by the real gazetteer."""

from __future__ import annotations

import pytest

import geomig
from geomig.picture import extract


def routes(text: str) -> list[tuple[str, ...]]:
    pic = extract([geomig.geocode_document(geomig.Document("t.txt", text))])
    return sorted(tuple(f.properties["stop_names"]) for f in pic.by_role("route"))


@pytest.mark.parametrize("text, leg", [
    ("Most had crossed the border on foot near Gevgelija. Many told us they had been caught by the police "
     "and pushed back to Greece.", ("Gevgelija", "Greece")),
    ("Dozens of men crossed the border near Gevgelija last week. The police caught them and forced them back "
     "through a gap in the fence into Greece.", ("Gevgelija", "Greece")),
    ("Algerian soldiers caught the migrants near Tebessa and forced them back towards Tunisia.",
     ("Tebessa", "Tunisia")),
    ("Algerian soldiers caught the migrants near Tebessa and forced them back across the border towards "
     "Tunisia.", ("Tebessa", "Tunisia")),
])
def test_a_push_back_starts_where_people_crossed_or_were_caught(text, leg):
    assert leg in routes(text)


@pytest.mark.parametrize("text", [
    # a threat, a try that failed, a denial: no one was sent back
    "Many had crossed the border near Gevgelija. The police threatened to push them back to Greece.",
    "They crossed the border near Gevgelija. Police tried to push them back to Greece but they were not "
    "pushed back.",
    "Many had crossed the border near Gevgelija. None of them was pushed back to Greece.",
    # goods, not people
    "Traders crossed the border near Gevgelija with their vans. The crates of fruit were sent back to Greece.",
])
def test_a_push_back_not_carried_out_or_of_goods_draws_nothing(text):
    assert ("Gevgelija", "Greece") not in routes(text)
