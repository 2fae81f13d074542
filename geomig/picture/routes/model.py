"""What every stage of route planning shares: a route's plan (RoutePlan) and its legs (Leg),
and the measures of places they use (how specific a place is, how far apart two are, the
order the shortest way gives stops). Imports nothing of the other stages.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from geomig.errors import GeomigError
from geomig.gazetteer.geo import haversine_km
from geomig.picture import geometry
from geomig.picture.claims import Claim, PlaceRef


# How specific a place is: a more specific stop makes a broader one of the same country
# redundant (Sabratha and southern Libya make "Libya" a mere label).
_RANK = {"continent": 0, "sea": 0, "country": 1, "admin": 2, "region": 2, "city": 3, "island": 3, "landmark": 3}


@dataclass(frozen=True, slots=True)
class Leg:
    """One leg of a route, in travel order."""

    start: PlaceRef
    end: PlaceRef
    mode: str                   # "land", "sea" or "air" (a flight the text names)
    known: bool = True          # False: the text names no way for it (drawn as a stand-in line)


@dataclass(frozen=True, slots=True)
class RoutePlan:
    """A route before its geometry: its stops, legs and the claims behind them."""

    stops: tuple[PlaceRef, ...]
    stages: tuple[str, ...]
    legs: tuple[Leg, ...]
    seas: tuple[str, ...]       # seas named in the text
    origins: tuple[str, ...]    # every origin named, stops or not ("Africa")
    destinations: tuple[str, ...]
    claims: tuple[Claim, ...]
    # per stop, the other names the text locates it by ("Sfax in Tunisia": Tunisia)
    aliases: tuple[tuple[str, ...], ...] = ()


#: The roles whose countries name a route's stops in them (_labels).
_STOP_ROLES = ("origin", "transit", "launch_point", "destination")


def _passed(c: Claim) -> bool:
    """Whether a claim is of a place people pass on the way ("through X", "crossed into X at Y"):
    a transit stop of a cue hit, not one reached and gone on from, nor hoped for or denied."""
    return (c.role == "transit" and not c.onward and c.hit >= 0 and c.at >= 0 and c.stop
            and not (c.negated or c.intended))


def _told_stops(said: Sequence[Claim]) -> list[Claim]:
    """A sentence's stops in text order: its towns when it names any, else all."""
    towns = [c for c in said if _RANK[c.place.kind] > 1]
    return sorted(towns or said, key=lambda c: c.at)


def _same_places(end: PlaceRef) -> bool:
    """Whether only a route through a movement's very places makes it redundant: yes, but
    for a movement to a continent or a region without a country ("from Libya to Europe" is
    the route through Sabratha to Italy), which any route there says more precisely."""
    return not (end.kind in ("continent", "region") and not end.country)


#: Two towns this close (km) are one spot for a return: "off X" and "a centre in X".
_SAME_SPOT_KM = 25.0


def _same_spot(a: PlaceRef, b: PlaceRef) -> bool:
    """Whether two places are one spot: the same place, or two towns of a country a few km
    apart (twin towns across a border are two: a return crosses it)."""
    if a.id == b.id:
        return True
    return (_RANK.get(a.kind, 0) > 2 and _RANK.get(b.kind, 0) > 2 and a.country == b.country
            and _km(a, b) <= _SAME_SPOT_KM)


def _in_order(stops: Sequence[PlaceRef], a: PlaceRef, b: PlaceRef, same: bool = False) -> bool:
    """Whether the stops go from a to b, or from a place in a to a place in b (a country
    holds its cities; a continent or a region without a country may hold any stop); with
    `same`, only from a itself to b itself."""
    # Two towns of one country are compared as themselves ("from Necocli to Acandi").
    exact = same or (a.country == b.country and _RANK[a.kind] > 1 and _RANK[b.kind] > 1)

    def covers(p: PlaceRef, s: PlaceRef) -> bool:
        return s.id == p.id or (not exact and bool(p.country and s.country == p.country)) or (
            not same and p.kind in ("continent", "region") and not p.country)

    first = next((i for i, s in enumerate(stops) if covers(a, s)), None)
    return first is not None and any(covers(b, s) for s in stops[first + 1:])


def _departure_country(claims: Sequence[Claim]) -> str | None:
    """The country of the launch point, else of the transit place nearest the destination."""
    # each place once: a long text claims the same few places thousands of times, and
    # measuring every launch against every destination grew with the square of its length
    dests = _distinct(c.place for c in claims if c.role == "destination")
    for role in ("launch_point", "transit", "origin"):
        found = _distinct(c.place for c in claims
                          if c.role == role and c.place.country and _RANK[c.place.kind] > 0)
        if found:
            return min(found, key=lambda p: (min((_km(p, d) for d in dests), default=0.0), -_RANK[p.kind])).country
    return None


def _distinct(places: Iterable[PlaceRef]) -> list[PlaceRef]:
    """Each place once, in the order of its first mention."""
    first: dict[str, PlaceRef] = {}
    for p in places:
        first.setdefault(p.id, p)
    return list(first.values())


def _places(claims: Sequence[Claim], role: str) -> list[PlaceRef]:
    """Distinct places of a role, the best supported first."""
    score: Counter[str] = Counter()
    first: dict[str, PlaceRef] = {}
    for c in claims:
        if c.role == role:
            score[c.place.id] += c.confidence
            first.setdefault(c.place.id, c.place)
    return [first[i] for i, _ in score.most_common()]


def _most_specific(places: Sequence[PlaceRef]) -> list[PlaceRef]:
    """Drop continents when something narrower is named, and countries holding a named city."""
    if any(_RANK[p.kind] > 0 for p in places):
        places = [p for p in places if _RANK[p.kind] > 0]
    narrow = {p.country for p in places if _RANK[p.kind] > 1}
    return [p for p in places if not (p.kind == "country" and p.country in narrow)]


def _km(a: PlaceRef, b: PlaceRef) -> float:
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


def _lies_in(place: PlaceRef, area: PlaceRef) -> bool | None:
    """Whether a place lies in a province (the gazetteer's first-level division codes) or in a
    region (its outline); None when the gazetteer cannot tell (no gazetteer, an unknown id, a
    division below the first level)."""
    if area.kind == "region":
        return geometry.locates(area, place, outline=True)
    gaz = geometry.gazetteer()
    if gaz is None or area.kind != "admin":
        return None
    try:
        division, inside = gaz.get(area.id), gaz.get(place.id)
    except (GeomigError, ValueError):
        return None
    if division.feature != "ADM1" or not division.admin1 or not inside.admin1:
        return None
    # (division codes are per country: "01" is a province of many countries)
    return inside.admin1 == division.admin1 and inside.country == division.country


#: A stop lies on the way between two places when going through it is at most this much longer
#: (country points make a real way look longer than it is).
_DETOUR = 1.4


def _in_travel_order(start: PlaceRef | None, stops: Sequence[PlaceRef], end: PlaceRef) -> list[PlaceRef]:
    """The stops between start (if known) and end in the order of the shortest way: people
    do not zigzag, and a list's order in the text is not the travel order ("through Costa
    Rica, Nicaragua, Honduras and Guatemala" reads south to north, "Guatemala, Honduras..."
    north to south). Cheapest insertion, the farthest from the end first, then segment
    reversals (2-opt) while one shortens the way."""
    path: list[PlaceRef | None] = [start, end]
    for stop in sorted(stops, key=lambda p: -_km(p, end)):
        # Inserting before path[i] replaces the way from path[i - 1] to path[i] by a detour.
        costs = [_leg(a, stop) + _leg(stop, b) - _leg(a, b) for a, b in zip(path, path[1:], strict=False)]
        path.insert(costs.index(min(costs)) + 1, stop)
    improved = True
    while improved:
        improved = False
        # Reversing path[i..j] changes only the ways into path[i] and out of path[j].
        for i in range(1, len(path) - 2):
            for j in range(i + 1, len(path) - 1):
                a, b, c, d = path[i - 1], path[i], path[j], path[j + 1]
                if _leg(a, c) + _leg(b, d) < _leg(a, b) + _leg(c, d) - 1e-6:
                    path[i:j + 1] = path[i:j + 1][::-1]
                    improved = True
    return path[1:-1]


def _leg(a: PlaceRef | None, b: PlaceRef) -> float:
    """The way from a to b; nothing from an unknown start."""
    return 0.0 if a is None else _km(a, b)
