"""build(): a route plan to a route Feature. Land legs are straight lines (a leg between two
neighbours alone is drawn across their shared border); sea legs follow the sea (searoute)
and are checked against the land polygons; each drawn leg is cached.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from shapely.geometry import Point

from geomig.gazetteer.geo import haversine_km
from geomig.picture import geometry
from geomig.picture.claims import Claim, PlaceRef
from geomig.picture.merge import sources
from geomig.picture.model import Feature
from geomig.picture.routes.model import Leg, RoutePlan


def _sea_leg(start: PlaceRef, end: PlaceRef, tolerance: float):
    """The sea leg between two places."""
    # Where it lands first (the coast of an area facing the start), then where it leaves
    # (the launch place's coast facing that landing).
    landing = geometry.landing(end, toward=(start.lat, start.lon))
    leaving = geometry.landing(start, toward=landing)
    return geometry.sea_leg(leaving, landing, tolerance)


#: Two border points closer than this lie on one shared border.
_ALONG_BORDER_KM = 100.0
#: How far into each of two neighbours a leg between them alone is drawn.
_CROSSING_KM = 60.0


def _land_leg(leg: Leg, first: bool, last: bool):
    """A land leg's line. A country that starts or ends the route meets it at its border,
    not at its centre (no line from Italy's centre across the Alps to the Channel); a
    country the route passes through is crossed at its own point, so the legs into and out
    of it join. A route from one country to its neighbour alone crosses their border, a
    short way into each, instead of shrinking to a point on it."""
    start, end = (leg.start.lat, leg.start.lon), (leg.end.lat, leg.end.lon)
    a = geometry.border_point(leg.start, end) if first else start
    b = geometry.border_point(leg.end, a) if last else end
    if first and last and haversine_km(*a, *b) < _ALONG_BORDER_KM:
        a, b = _toward(a, start, _CROSSING_KM), _toward(b, end, _CROSSING_KM)
    return geometry.straight(a, b)


def _checked_land_leg(leg: Leg, line, tolerance: float):
    """A land leg's line as drawn between its final ends (`line`, straight: where the route
    meets its countries), its warning ("" when the straight way over land is plausible) and the
    mode it is drawn in: never a plain straight line over open sea. Sea a way over land can go
    round (Guatemala to Texas: the Gulf of Mexico) is gone round along the coast; sea it
    cannot (Dunkirk to Dover; Obock to Yemen, but via Suez) is crossed by sea, though the text
    names no boat; with no way at sea either, the line is a stand-in, said so."""
    ends = [(lat, lon) for lon, lat in (line.coords[0], line.coords[-1])]
    wet = geometry.sea_km(*ends)
    if wet is None or wet <= geometry.STRAIT_MIN_KM:
        return line, "", "land"
    said = f"the straight line crosses {wet:.0f} km of sea"
    way = geometry.land_way(*ends)
    if way is not None:     # (the text names no such way: said so)
        return way, f"{said}: drawn round it over land", "land"
    at_sea, warning = _sea_leg(leg.start, leg.end, tolerance)
    if not warning.endswith(geometry.STRAIGHT):
        return at_sea, "; ".join(w for w in (f"{said} no road goes round: drawn at sea", warning) if w), "sea"
    # (the warning says what the line does, not that people went over land)
    return line, f"{said}: the way is not known, {geometry.STRAIGHT}", "land"


def _toward(at: tuple[float, float], to: tuple[float, float], km: float) -> tuple[float, float]:
    """About `km` along the straight line from `at` to `to` (or `to`, if nearer),
    interpolated in degrees: close enough for the few tens of km of a border crossing."""
    f = min(1.0, km / max(haversine_km(*at, *to), 1e-9))
    return at[0] + (to[0] - at[0]) * f, at[1] + (to[1] - at[1]) * f


def build(route: RoutePlan, settings: Mapping, confidence: Mapping[str, float],
          legs_cache: dict | None = None) -> Feature | None:
    """The route feature: a MultiLineString (one line per leg), legs and modes in order; None
    when its stops all lie at one point (a route drawn as a point would read as a place).
    Routes built with one legs_cache share their legs, at sea and over land (routes that
    differ only in their origin have the same launch-to-destination leg)."""
    cache = {} if legs_cache is None else legs_cache
    tolerance = float(settings.get("sea_leg_land_tolerance_km", 25))
    legs = [{"from": leg.start.id, "to": leg.end.id, "from_name": leg.start.name,
             "to_name": leg.end.name, "mode": leg.mode} for leg in route.legs]
    drawn = [_first_line(route, i, tolerance, cache) for i in range(len(route.legs))]
    # The land legs are checked against the sea where the route finally meets its countries
    # (met_at_countries moves their ends): checked before, a straight line fit for a country's
    # point crossed a gulf once moved to its coast. A land leg drawn at sea instead meets its
    # neighbours at its coast: the route is met again with it, until no more leg goes to sea.
    checked: dict[int, tuple]
    while True:
        lines = _met(route, [line for line, _ in drawn], legs)
        checked = {i: _checked(leg, lines[i], tolerance, cache) for i, leg in enumerate(route.legs)
                   if legs[i]["mode"] == "land" and leg.known}
        to_sea = [i for i, (_, _, mode) in checked.items() if mode == "sea"]
        if not to_sea:
            break
        for i in to_sea:
            drawn[i] = _not_a_point(route.legs[i], *checked[i][:2])
            legs[i]["mode"] = "sea"
    warnings = []
    for i, (leg, entry) in enumerate(zip(route.legs, legs, strict=True)):
        line, warning = checked[i][:2] if i in checked else (lines[i], drawn[i][1])
        if entry["mode"] == "sea":
            entry["sea"] = route.seas[0] if route.seas else geometry.sea_name(line)
        if warning:
            entry["warning"] = warning
            if warning.endswith(geometry.STRAIGHT):
                entry["drawn"] = "straight"     # no way known: a stand-in line (maps draw it so)
            warnings.append(f"{leg.start.name} → {leg.end.name}: {warning}")
        lines[i] = line
    srcs, documents, cues = _read_claims(route.claims, cache)
    scores = [confidence.get(p.id, 0.5) for p in route.stops]
    props = {
        "legs": legs, "modes": [leg["mode"] for leg in legs],
        "stops": [p.id for p in route.stops], "stop_names": [p.name for p in route.stops],
        **({"stop_aliases": [list(a) for a in route.aliases]} if any(route.aliases) else {}),
        "stages": list(route.stages), "seas": [leg["sea"] for leg in legs if leg.get("sea")],
        "origins": list(route.origins), "destinations": list(route.destinations),
        "documents": list(documents),
    }
    if warnings:
        props["warning"] = "; ".join(warnings)
    shape = geometry.lines(lines)
    if shape is None:
        return None     # every stop at one point: no way to draw (its places keep their roles)
    return Feature(
        role="route", name=" → ".join(p.name for p in route.stops), id=None,
        geometry=shape,
        confidence=math.prod(scores) ** (1 / len(scores)),
        cue=f"route from {' → '.join(route.stages)} ({cues})",
        sources=srcs, properties=props,
    )


def _first_line(route: RoutePlan, i: int, tolerance: float, cache: dict):
    """A leg's line and warning before the route meets its countries: at sea, a flight, a
    stand-in, or a land leg's straight line between its own ends (checked against the sea
    once met: _checked). Routes built with one cache share their legs (routes that differ
    only in their origin have the same launch-to-destination leg)."""
    leg = route.legs[i]
    ends = _leg_key(leg.start), _leg_key(leg.end)
    if leg.mode == "sea":
        key = (*ends, tolerance)
        if key not in cache:
            cache[key] = _sea_leg(leg.start, leg.end, tolerance)
        line, warning = cache[key]
    elif leg.mode == "air":
        # a flight goes from place to place, over land or sea alike, on a great circle
        line, warning = geometry.flight((leg.start.lat, leg.start.lon), (leg.end.lat, leg.end.lon)), ""
    elif not leg.known:
        # no way the text names: a stand-in line, said so
        line = geometry.straight((leg.start.lat, leg.start.lon), (leg.end.lat, leg.end.lon))
        warning = f"the text names no way between them: {geometry.STRAIGHT}"
    else:
        key = ("land", *ends, i == 0, i == len(route.legs) - 1)
        if key not in cache:  # a corpus's routes share their land legs too
            cache[key] = _land_leg(leg, i == 0, i == len(route.legs) - 1)
        line, warning = cache[key], ""
    return _not_a_point(leg, line, warning)


def _not_a_point(leg: Leg, line, warning: str) -> tuple:
    """A leg's line and warning, never a point between two places apart: a leg whose ends met
    at one point (from a sea to the coast it washes, between neighbours by sea) is a line
    between the places' own points, said so."""
    if line.length == 0 and (leg.start.lat, leg.start.lon) != (leg.end.lat, leg.end.lon):
        line = geometry.straight((leg.start.lat, leg.start.lon), (leg.end.lat, leg.end.lon))
        warning = "; ".join(w for w in (warning, f"its ends meet at one point: {geometry.STRAIGHT}") if w)
    return line, warning


def _met(route: RoutePlan, lines: list, legs: list[dict]) -> list:
    """The route's lines met at its countries: a country the route starts at, ends at or
    passes through is met where it is nearest, not at its point (a region between two stops
    too: "to eastern Chad and on to Adre" turns at its edge, not its centre)."""
    return geometry.met_at_countries(
        lines, legs, {p.id: Point(p.lon, p.lat) for p in route.stops},
        {**{p.id: p.id for p in route.stops[1:-1] if p.kind == "region"},
         **{p.id: p.country for p in route.stops if p.kind == "country" and p.country}})


def _checked(leg: Leg, line, tolerance: float, cache: dict) -> tuple:
    """_checked_land_leg of a land leg's final straight line, shared by the routes of one cache
    (a corpus's routes cross the same countries at the same points)."""
    key = ("checked", _leg_key(leg.start), _leg_key(leg.end), tuple(line.coords), tolerance)
    if key not in cache:
        cache[key] = _checked_land_leg(leg, line, tolerance)
    return cache[key]


def _leg_key(place: PlaceRef) -> tuple:
    """What a leg's line and warning depend on of a place: not its name as a text says it
    nor its confidence, which differ between the documents naming it (keyed on the whole
    record, the legs drawn ahead of a corpus's last partition missed a third of the time)."""
    return place.id, place.kind, place.country, place.lat, place.lon


def _read_claims(claims: tuple[Claim, ...], cache: dict) -> tuple[tuple, list[str], str]:
    """A route's sources, documents and cues: read once per claims tuple in one cache,
    since the routes planned from one group of documents share its claims (a corpus's
    group has thousands, and up to 24 routes)."""
    key = ("claims", id(claims))
    if key not in cache:  # the entry holds the tuple: its id is not reused while cached
        cache[key] = (claims, sources(c.source for c in claims), sorted({c.doc for c in claims}),
                      ", ".join(dict.fromkeys(c.cue for c in claims)))
    return cache[key][1:]
