"""routes.stated._Planned: whether a route planned so far has a movement's stops in order. It asks
only the plans indexed under the movement's start (its id, or its country where _in_order
compares countries); its answers must be those of asking every plan, also as plans are added
between two questions (plan() extends the list as it goes)."""

from __future__ import annotations

import itertools
import random

from geomig.picture.claims import PlaceRef
from geomig.picture.routes import RoutePlan
from geomig.picture.routes.model import _in_order, _same_places
from geomig.picture.routes.stated import _Planned


def _place(pid: str, kind: str, country: str | None) -> PlaceRef:
    return PlaceRef(pid, pid, kind, country, 0.0, 0.0)


#: Places of every kind _in_order tells apart: towns and a province of two countries, the
#: countries, a region of a country and one of none, a continent, a sea.
PLACES = [
    _place("sfax", "city", "TN"), _place("tunis", "city", "TN"), _place("tunisia", "country", "TN"),
    _place("sicily", "admin", "IT"), _place("lampedusa", "city", "IT"), _place("italy", "country", "IT"),
    _place("south-libya", "region", "LY"), _place("zuwara", "city", "LY"), _place("libya", "country", "LY"),
    _place("sahel", "region", None), _place("europe", "continent", None), _place("med", "sea", None),
]


def _plan(stops) -> RoutePlan:
    return RoutePlan(tuple(stops), ("transit",) * len(stops), (), (), (), (), ())


def test_the_index_answers_as_asking_every_plan():
    rng = random.Random(14)
    plans: list[RoutePlan] = []
    planned = _Planned(plans)
    for _ in range(12):
        # (questions asked, then more plans: later questions must see the new ones)
        plans.extend(_plan(rng.sample(PLACES, rng.randint(2, 4))) for _ in range(rng.randint(1, 4)))
        for a, b in itertools.permutations(PLACES, 2):
            expected = any(_in_order(p.stops, a, b, same=_same_places(b)) for p in plans)
            assert planned.has(a, b) is expected, (a.id, b.id)


def test_a_movement_no_plan_has_is_found_once_a_plan_has_it():
    plans: list[RoutePlan] = [_plan([PLACES[0], PLACES[4]])]          # Sfax -> Lampedusa
    planned = _Planned(plans)
    zuwara, lampedusa = PLACES[7], PLACES[4]
    assert not planned.has(zuwara, lampedusa)
    plans.append(_plan([zuwara, lampedusa]))
    assert planned.has(zuwara, lampedusa)
    # only the very places make a movement redundant ("from Libya to Lampedusa" is no route via
    # Zuwara), but for one to a continent, which any route there says more precisely
    assert not planned.has(PLACES[8], lampedusa)
    assert planned.has(PLACES[8], PLACES[10])                       # Libya -> Europe
