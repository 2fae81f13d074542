"""Geometry for picture features, built from the gazetteer and shapes modules.

Every builder returns (geometry, warning): when an area cannot be built (a module or a
file missing, a country without a polygon, a routing failure) the feature falls back to
a point or a straight line and says so in its warning, so nothing is dropped silently.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import replace

from shapely.errors import ShapelyError
from shapely.geometry import LineString, MultiLineString, Point
from shapely.geometry.base import BaseGeometry

from geomig.errors import GazetteerError
from geomig.gazetteer.geo import haversine_km
from geomig.picture.model import RIVER, Feature, stop_points

# Failures of building one shape that mean "draw a fallback and say why", never "crash":
# a place with no polygon, or a geometry operation that fails. Anything else is a bug.
_FALLBACK = (GazetteerError, ValueError, ShapelyError)

Built = tuple[BaseGeometry, str]


def _shapes():
    from geomig.gazetteer import shapes

    return shapes


# The gazetteer extract() was given, for the builders below and zones' country names:
# set for the duration of one extract() call, so the stage never loads a default itself.
_GAZETTEER: ContextVar = ContextVar("geomig_picture_gazetteer", default=None)


@contextmanager
def using(gaz) -> Iterator[None]:
    """Build geometry from `gaz` (a Gazetteer, or None for none) inside the block."""
    token = _GAZETTEER.set(gaz)
    try:
        yield
    finally:
        _GAZETTEER.reset(token)


def gazetteer():
    """The gazetteer of the running extract(), or None (outside it, or none given)."""
    return _GAZETTEER.get()


def built_on_country(country: str | None, base_id: str | None) -> bool:
    """Whether a derived place's base (the id its region or within id is built on) is the id of
    its country `country` ("southern Libya", "K, a village in India"), not a town or a district."""
    gaz = gazetteer()
    return base_id is not None and gaz is not None and gaz.country_ids.get(country or "") == base_id


def area(place_id: str | None) -> BaseGeometry | None:
    """The polygon of an area id (country, continent, sea, region), or None."""
    gaz = gazetteer()
    if gaz is None or not place_id:
        return None
    try:
        geom = gaz.geometry(place_id)
    except _FALLBACK:
        return None
    return geom if geom is not None and not geom.is_empty else None


def country_geometry(iso2: str | None) -> BaseGeometry | None:
    """A country's polygon by ISO code, or None."""
    if not iso2:
        return None
    try:
        geom = _shapes().country(iso2)
    except _FALLBACK:
        return None
    return geom if geom is not None and not geom.is_empty else None


@functools.lru_cache(maxsize=4096)
def disc(lat: float, lon: float, radius_km: float) -> BaseGeometry:
    """A circle of radius_km around a point, as a lon/lat polygon (local flat-earth scale).
    Memoised per process (shapes are immutable): a corpus's sea legs test the same ends
    against land again and again (crosses_land, coast_point), each disc a buffer and two
    affine transforms (10,000 articles: ~2,000 discs, a tenth of the route drawing)."""
    k = max(math.cos(math.radians(lat)), 0.05)
    dy = radius_km / 111.32
    circle = Point(0, 0).buffer(1.0, quad_segs=16)
    from shapely import affinity

    return affinity.translate(affinity.scale(circle, dy / k, dy, origin=(0, 0)), lon, lat)


#: Kinds that are areas: their zone is their polygon, not a disc around a point.
AREA_KINDS = ("country", "continent", "region", "sea")


def zone(recipe: str, place, direction: str | None = None, settings: dict | None = None,
         near: Sequence[tuple[float, float]] = ()) -> Built:
    """The polygon of a control zone over a place (a PlaceRef), by the recipe the cue
    data names: coastal_strip, border_band, offshore, port, city_buffer, region or point.
    A coastal strip is cut to the sea near the points (lat, lon) `near` (see coast_near)."""
    s = settings or {}
    city_km = float(s.get("city_buffer_km", 15))
    recipe = drawn_by(recipe, place)
    try:
        if recipe == "coastal_strip" and place.country:
            strip = _valid(_shapes().coastal_strip(place.country, part=direction))
            return _near_part(strip, place.country, near), ""
        if recipe == "border_band" and place.country:
            band = _valid(_shapes().border_band(place.country, direction, float(s.get("border_band_km", 50))))
            return _near_border(band, near), ""
    except _FALLBACK as err:
        return disc(place.lat, place.lon, city_km), f"{recipe} could not be built ({_why(err)}); drawn as a disc"
    if recipe == "offshore" and place.kind not in AREA_KINDS:
        return offshore(place, float(s.get("offshore_km", 20)))
    if recipe == "port":
        return port(place, float(s.get("port_buffer_km", 4)), float(s.get("offshore_km", 20)))
    if place.kind not in AREA_KINDS:  # a city, an island: a disc around it
        return disc(place.lat, place.lon, city_km / 3 if recipe == "point" else city_km), ""
    if recipe == "point":  # "detention centres" somewhere in a country: a disc at its point
        return disc(place.lat, place.lon, float(s.get("country_point_buffer_km", 40))), ""
    geom = area(place.id)
    if geom is not None:
        try:
            return _valid(geom), ""
        except ValueError:
            pass
    return disc(place.lat, place.lon, city_km), f"no polygon for {place.name}; drawn as a disc around its point"


def drawn_by(recipe: str, place) -> str:
    """The recipe a zone over a place (a PlaceRef) is drawn by: the sea "off" a country or
    one of its regions is the strip off its coast ("intercepted off Libya"), as the sea off
    a town is the sea near it (offshore); a sea or continent is its own area."""
    if recipe == "offshore" and place.kind in AREA_KINDS and place.kind != "sea" and place.country:
        return "coastal_strip"
    return recipe


def neighbours(a: str | None, b: str | None) -> bool:
    """Whether two countries (ISO codes) share a land border."""
    return bool(a and b) and b.upper() in _shapes().neighbours(a.upper())


def island_country(iso2: str | None) -> bool:
    """Whether a country has no land border: all its land is islands (Sri Lanka, Malta,
    Curaçao), so "the island" may stand for it."""
    return bool(iso2) and country_geometry(iso2) is not None and not _shapes().neighbours(iso2.upper())


def offshore(place, km: float) -> Built:
    """The sea off a town or island (a PlaceRef): within `km` of the point of its coast
    nearest it ("intercepted off Saint-Louis"), not a disc round the town that a map cut to
    the sea would leave almost nothing of. A town far from any coast gets its disc, with a
    warning."""
    at = coast_point(place.lat, place.lon)
    near_coast = haversine_km(place.lat, place.lon, *at) <= PORT_KM
    ground = land()
    if ground is None or not near_coast:
        why = "" if ground is None else f"{place.name} lies far from the sea; drawn as a disc around it"
        return disc(place.lat, place.lon, km), why
    area_ = disc(*at, km)
    try:
        import shapely

        sea = _valid(area_.difference(shapely.clip_by_rect(ground, *area_.bounds)))
    except _FALLBACK as err:
        return area_, f"offshore zone could not be cut from land ({_why(err)}); drawn as a disc"
    return (sea, "") if not sea.is_empty else (area_, "")


def port(place, km: float, waters_km: float) -> Built:
    """A navy's or coastguard's waters at a port (a PlaceRef): the sea within `waters_km` of the
    point of its coast nearest it (offshore), where the force patrols and tows boats in, not a
    disc of `km` round the town that a map cut to the sea left a sliver of ("towed into the
    port of Zarzis"); the coast nearest a town a little inland too (Higüey, 26 km from the sea:
    the navy "off Higüey" is at sea, not in its streets). A place farther than PORT_KM from
    the sea, or an area, keeps its disc of `km`."""
    if place.kind in AREA_KINDS:
        return disc(place.lat, place.lon, km), ""
    at = coast_point(place.lat, place.lon)
    if haversine_km(place.lat, place.lon, *at) > PORT_KM:
        return disc(place.lat, place.lon, km), ""
    return offshore(place, waters_km)


def region(place_id: str | None, lat: float, lon: float) -> Built:
    """The polygon of a vague region ("southern Libya"), else its point with a warning."""
    geom = area(place_id)
    if geom is not None:
        return _valid(geom), ""
    return Point(lon, lat), "no polygon for this region; drawn as its representative point"


#: How far outside an area's polygon a place it locates may lie: a country's polygon is
#: coarse at its coast, and a country's "southern" or "northern" part is a third of it on the
#: map but more in people's words ("Sebha in southern Libya", "Agadez in northern Niger").
LOCATED_KM = {"country": 30.0, "part": 400.0, "other": 30.0}
#: An area with no polygon (a province, an island), or a town a place lies "near", locates
#: the places within this many km of its point.
NEAR_KM = {"area": 150.0, "town": 60.0}


def locates(where, place, outline: bool = False) -> bool | None:
    """Whether `place` (a PlaceRef) lies in or near `where`, the place a text locates it by
    ("Tobruk in eastern Libya", "Zuwara, Libya", "Moria on Lesbos", "a camp near Calais"): in
    its polygon, or a little outside it (LOCATED_KM), and not of another country by the
    gazetteer; a region of a country also only inside that country. A place without a
    polygon locates what lies near its point (NEAR_KM).
    With `outline`, only a polygon tells. None when neither is known (no gazetteer, or no point)."""
    p = Point(place.lon, place.lat)
    if where.kind == "country":
        geom = country_geometry(where.country)
    elif where.kind in ("region", "continent", "admin", "island"):
        geom = area(where.id)
    else:
        geom = None
    if geom is None:
        if outline or not (where.lat or where.lon):
            return None
        near = NEAR_KM["area"] if where.kind in ("admin", "island", "region") else NEAR_KM["town"]
        return haversine_km(where.lat, where.lon, place.lat, place.lon) <= near
    if place.country and where.country and place.country != where.country:
        # the gazetteer says it lies in another country: the outlines are coarse at borders
        # as at coasts ("to Idomeni, North Macedonia and Serbia" lists a Greek town, inside
        # North Macedonia's outline, and two countries)
        return False
    if where.kind == "region" and where.country:
        home = country_geometry(where.country)
        if home is not None and not _within(home, p, LOCATED_KM["country"]):
            return False
        return _within(geom, p, LOCATED_KM["part"])
    return _within(geom, p, LOCATED_KM["country"] if where.kind == "country" else LOCATED_KM["other"])


def _within(geom: BaseGeometry, p: Point, km: float) -> bool:
    """Whether a point lies in a polygon or within km of it."""
    try:
        if geom.contains(p):
            return True
        from shapely.ops import nearest_points

        q = nearest_points(geom, p)[0]
    except _FALLBACK:
        return False
    return haversine_km(p.y, p.x, q.y, q.x) <= km


def land() -> BaseGeometry | None:
    """All land, or None when the shapes are not available."""
    try:
        return _shapes().land()
    except _FALLBACK:
        return None


@functools.cache
def _coast_bounds(iso2: str) -> tuple[float, float, float, float] | None:
    try:
        strip = _shapes().coastal_strip(iso2)
    except _FALLBACK:
        return None
    if strip.is_empty:
        return None
    minx, miny, maxx, maxy = strip.bounds
    if maxx - minx > 180:
        # across the antimeridian (the Aleutians, Chukotka): measured in 0..360 degrees
        # east, else the whole world lies between its ends and every place is "west"
        import numpy as np
        import shapely

        minx, _, maxx, _ = shapely.transform(strip, lambda xy: np.c_[xy[:, 0] % 360, xy[:, 1]]).bounds
    return minx, miny, maxx, maxy


def coast_part(iso2: str, points: Sequence[tuple[float, float]], directions: Sequence[str]) -> str | None:
    """The part of a country's coast a text is about ("west" for Tripoli and Sabratha), or
    None for the whole coast: places vote by where they lie along the coast's long axis,
    named regions ("western Libya") by their direction; a clear majority wins."""
    bounds = _coast_bounds(iso2)
    if bounds is None:
        return None
    minx, miny, maxx, maxy = bounds
    k = max(math.cos(math.radians((miny + maxy) / 2)), 0.05)
    wide = (maxx - minx) * k >= (maxy - miny)
    low, high = ("west", "east") if wide else ("south", "north")
    votes: dict[str, int] = {}
    for d in directions:
        if d in (low, high):
            votes[d] = votes.get(d, 0) + 1
    for lat, lon in points:
        lon = lon % 360 if maxx > 180 else lon
        t = (lon - minx) / max(maxx - minx, 1e-9) if wide else (lat - miny) / max(maxy - miny, 1e-9)
        d = low if t < 1 / 3 else high if t > 2 / 3 else "central"
        votes[d] = votes.get(d, 0) + 1
    if not votes:
        return None
    best = max(votes, key=votes.get)
    return best if best != "central" and votes[best] * 2 > sum(votes.values()) else None


#: A country at least this big (km²: the United States, Russia, China, Brazil, Australia,
#: Canada) has coasts a continent apart: the sea off all of them, or off one part, is no
#: zone of a text that names places only far from it.
CONTINENT_KM2 = 5_000_000.0
#: ... far: no place the text names lies within this many km of that sea.
FAR_COAST_KM = 500.0


@functools.cache
def _continental(iso2: str) -> bool:
    geom = country_geometry(iso2)
    if geom is None:
        return False
    # a degree² is 111.32² km² at the equator, less by the cosine of each part's latitude
    km2 = sum(g.area * math.cos(math.radians(g.centroid.y)) for g in getattr(geom, "geoms", [geom]))
    return km2 * 111.32 ** 2 >= CONTINENT_KM2


@functools.cache
def _strip(iso2: str, part: str | None) -> BaseGeometry | None:
    try:
        return _shapes().coastal_strip(iso2, part=part)
    except _FALLBACK:
        return None


def coast_far(iso2: str, part: str | None, points: Sequence[tuple[float, float]]) -> bool:
    """Whether the sea off a continent-sized country's coast (or off its `part`) lies far
    from every point (lat, lon) a text names ("the US Coast Guard" in a text set in the
    Caribbean is not the sea off Alaska and Guam). False for a smaller country, when the
    text names no point, or when the shapes are unavailable."""
    if not points or not _continental(iso2):
        return False
    strip = _strip(iso2, part)
    if strip is None or strip.is_empty:
        return False
    return not any(_within(strip, Point(lon, lat), FAR_COAST_KM) for lat, lon in points)


#: The sea off a country a text is about lies within this many km of the places it names
#: near that coast: "the French coastguard" in a story set at Calais is the Channel's.
NEAR_COAST_KM = 300.0


def coast_near(iso2: str, part: str | None, own: Sequence[tuple[float, float]],
               others: Sequence[tuple[float, float]]) -> tuple[tuple[float, float], ...]:
    """The points (lat, lon) the sea off a country's coast (or its `part`) is cut around:
    the country's own places within NEAR_COAST_KM of that sea, else the text's other places
    that near ("sea off France" in a story told from Dover); () when none is."""
    strip = _strip(iso2, part)
    if strip is None or strip.is_empty:
        return ()
    for points in (own, others):
        near = tuple(p for p in points if _within(strip, Point(p[1], p[0]), NEAR_COAST_KM))
        if near:
            return near
    return ()


def _near_part(strip: BaseGeometry, iso2: str, near: Sequence[tuple[float, float]]) -> BaseGeometry:
    """The part of a country's coastal strip within NEAR_COAST_KM of the points `near`;
    without them (or none that near), the strip without the country's overseas parts
    (Guadeloupe or Réunion off France): a text that names none is not about them."""
    if near:
        import shapely

        around = shapely.union_all([disc(lat, lon, NEAR_COAST_KM) for lat, lon in near])
        cut = _shapes()._polygonal(strip.intersection(around))
        if not cut.is_empty:
            return cut
    return _without_overseas(strip, iso2)


#: how far along a border "that stretch of the border" reaches from the place it refers to
NEAR_BORDER_KM = 150.0


def _near_border(band: BaseGeometry, near: Sequence[tuple[float, float]]) -> BaseGeometry:
    """The part of a border band within NEAR_BORDER_KM of the points `near` ("that stretch of
    the border" by the place the text named); the whole band without them or where none is
    that near."""
    if not near:
        return band
    import shapely

    around = shapely.union_all([disc(lat, lon, NEAR_BORDER_KM) for lat, lon in near])
    cut = _shapes()._polygonal(band.intersection(around))
    return band if cut.is_empty else cut


def farther_than(geom: BaseGeometry, lat: float, lon: float, km: float) -> bool:
    """Whether a point lies more than `km` from a shape, in km: a degree of longitude shrinks
    by the cosine of the latitude, so the shape is squeezed east-west around the point first
    (only when degrees alone cannot tell: the squeezed distance lies between the plain one
    times the cosine and the plain one)."""
    p = Point(lon, lat)
    plain, k = geom.distance(p) * 111.32, max(math.cos(math.radians(lat)), 0.05)
    if plain <= km or plain * k > km:
        return plain > km
    from shapely.affinity import scale

    return scale(geom, xfact=k, yfact=1.0, origin=p).distance(p) * 111.32 > km


def border_near(iso2: str, side: str | None, lat: float, lon: float, km: float = NEAR_BORDER_KM) -> bool:
    """Whether a point lies within `km` of a country's land border ("with:XX": the one with
    that neighbour; None: any of them), in km (farther_than: a degree of longitude shrinks
    toward the poles, so a plain degree count would reach farther east-west than north-south)."""
    if country_geometry(iso2) is None:
        return False
    try:
        line = _shapes().land_borders(iso2, side[5:] if side and side.startswith("with:") else None)
    except _FALLBACK:
        return False
    return not line.is_empty and not farther_than(line, lat, lon, km)


def _without_overseas(strip: BaseGeometry, iso2: str) -> BaseGeometry:
    """A strip without its parts farther than FAR_COAST_KM from the country's main land."""
    geom = country_geometry(iso2)
    if geom is None:
        return strip
    main = _shapes().main_parts(geom)
    parts = [g for g in getattr(strip, "geoms", [strip])
             if _within(main, g.representative_point(), FAR_COAST_KM)]
    if not parts or len(parts) == len(getattr(strip, "geoms", [strip])):
        return strip
    from shapely.geometry import MultiPolygon

    return parts[0] if len(parts) == 1 else MultiPolygon(parts)


# The land _land_index() last indexed and its index. Held by identity: land() is one object
# until the shapes are loaded again (another gazetteer directory; tests replace it), and a new
# land is indexed anew rather than answered from the old one's polygons.
_LAND_INDEX: list = [None, None]


def _land_index(ground: BaseGeometry | None = None) -> tuple | None:
    """The polygons of `ground` (land() by default; a numpy array, each prepared) and an
    STRtree over them, made once per land; None when it is unavailable or empty. The one land
    index: the nearest landmass of a point, a leg's land test and the clip of land round a path
    all ask it."""
    if ground is None:
        ground = land()
        if ground is None:
            return None
    if _LAND_INDEX[0] is not ground:
        import numpy as np
        import shapely

        index = None
        if not ground.is_empty:
            parts = np.array(list(getattr(ground, "geoms", [ground])), dtype=object)
            shapely.prepare(parts)
            index = parts, shapely.STRtree(parts)
        _LAND_INDEX[:] = [ground, index]
        _coast_rings.cache_clear()      # (keyed by a polygon's place in the index)
    return _LAND_INDEX[1]


@functools.lru_cache(maxsize=16384)
def _nearest_land(tree, lon: float, lat: float) -> int:
    """The index of the land polygon nearest the point (lon, lat) in `tree` (_land_index()'s).
    Memoised per tree: a corpus's routes ask it of the same places again and again (same_land
    of every two stops), and one point's nearest polygon in one tree is one answer."""
    return int(tree.nearest(Point(lon, lat)))


#: A boat leaves or lands within this distance of the place named, on the side facing its way.
COAST_RADIUS_KM = 5.0


def coast_point(lat: float, lon: float, toward: tuple[float, float] | None = None) -> tuple[float, float]:
    """Where a boat leaves or lands at a place (lat, lon): the point of its coast within
    COAST_RADIUS_KM nearest `toward` (the other end of the leg), so the leg does not
    cross the place's own land; the coast point nearest the place when none lies that
    close or no `toward` is given. The place itself when it lies off the land polygons
    (a harbour off generalised land), or when land is unavailable."""
    index = _land_index()
    if index is None:
        return lat, lon
    from shapely.ops import nearest_points

    parts, tree = index
    here = Point(lon, lat)
    nearest = parts[_nearest_land(tree, lon, lat)]
    if not nearest.contains(here):
        return lat, lon
    # The exterior ring only: a lake shore is no place to board a boat.
    ring = nearest.exterior
    if toward is not None:
        near = ring.intersection(disc(lat, lon, COAST_RADIUS_KM))
        if not near.is_empty:
            p = nearest_points(near, Point(toward[1], toward[0]))[0]
            return p.y, p.x
    p = nearest_points(ring, here)[0]
    return p.y, p.x


def landing(place, toward: tuple[float, float]) -> tuple[float, float]:
    """Where a sea leg meets a place (a PlaceRef): the coast of a city or island facing
    `toward` (lat, lon; see coast_point), the coast of an area (Italy, Europe, Libya, a
    division with a polygon) nearest `toward`. A boat on a river or lake meets it where it
    is, not at a coast: a river or lake itself, a place whose leg leaves from or reaches
    one, or a short way between inland points (see inland_crossing). A town farther inland
    than FAR_INLAND_KM (a river port: _river_port) is met at its own point: sea_leg goes to the
    coast from it."""
    # (an area's border is sought only where the boat comes from a river or lake: that costs)
    if place.kind not in AREA_KINDS or _water_near(toward, AT_WATER_KM):
        at = border_point(place, toward)
        if inland_crossing(at, toward) is not None:
            return at
    if place.kind in ("city", "island", "landmark"):
        if _river_port(place.lat, place.lon):
            return place.lat, place.lon     # (sea_leg meets the coast from it, said so)
        return coast_point(place.lat, place.lon, toward)
    # (a division with no polygon of its own lands at its point, not on its country's
    # shore: Lesbos the regional unit, not the tip of Crete nearest the boat's start)
    shore = _main_shore(gazetteer(), place.id, place.country if place.kind in AREA_KINDS else None)
    if shore is None:
        return coast_point(place.lat, place.lon, toward)
    from shapely.ops import nearest_points

    p = nearest_points(shore, Point(toward[1], toward[0]))[0]
    return p.y, p.x


#: The gazetteer's waters that are no sea (a landmark's `feature`): a boat crosses them where they are.
INLAND_WATERS = ("river", "lake")
#: A leg's end this close (km) to a river's or lake's point is at it.
AT_WATER_KM = 1.0


@functools.lru_cache(maxsize=8)
def _waters(shapes) -> dict[str, tuple[str, float, float]]:
    """The gazetteer's rivers and lakes by place id: (name, lat, lon)."""
    try:
        entries = shapes.supplement_entries()
    except _FALLBACK:
        return {}
    return {f"geomig:{e['id']}": (e["name"], float(e["lat"]), float(e["lon"]))
            for e in entries if e.get("feature") in INLAND_WATERS}


@functools.lru_cache(maxsize=8)
def _water_points(shapes) -> tuple[list[str], object, object]:
    """The rivers' and lakes' names and their points' lat and lon arrays (one distance sweep each)."""
    import numpy as np

    waters = list(_waters(shapes).values())
    return [w[0] for w in waters], np.array([w[1] for w in waters]), np.array([w[2] for w in waters])


def _water_near(at: tuple[float, float], km: float) -> str | None:
    """The name of the gazetteer river or lake whose point lies nearest `at` (lat, lon),
    within `km`; None when none does."""
    import numpy as np

    names, lats, lons = _water_points(_shapes())
    if not names:
        return None
    # nearest on a flat map (exact enough for the few tens of km that matter), then measured
    dx = (lons - at[1]) * math.cos(math.radians(at[0]))
    i = int(np.argmin(dx * dx + (lats - at[0]) ** 2))
    return names[i] if haversine_km(*at, lats[i], lons[i]) <= km else None


#: A point farther than this from the coast is inland: a boat there is on a river or lake.
INLAND_KM = 10.0
#: A boat between two inland points this close (km) crosses a river or lake even where the
#: gazetteer names none there (the Rio Grande between Piedras Negras and Eagle Pass); a river
#: or lake whose point lies this close to such a crossing is the one crossed. Farther apart,
#: only a leg that starts or ends at a river or lake is one.
CROSSING_KM = 60.0


def inland_crossing(a: tuple[float, float], b: tuple[float, float]) -> str | None:
    """What a boat between two (lat, lon) points crosses when it crosses no sea: the way
    starts or ends at a river or lake of the gazetteer, or is short (CROSSING_KM, more than
    AT_WATER_KM), and both ends lie inland (INLAND_KM) on one landmass with land all the way
    between them (the Evros between Turkey and Greece). The river's or lake's name ("" when the gazetteer has
    none there); None for a way by sea, or land unavailable."""
    return _inland_crossing(*(round(v, 4) for v in (*a, *b)))


@functools.lru_cache(maxsize=4096)
def _inland_crossing(lat0: float, lon0: float, lat1: float, lon1: float) -> str | None:
    a, b = (lat0, lon0), (lat1, lon1)
    # the cheap tests first: most boats cross far from any river or lake's point
    at = _water_near(a, AT_WATER_KM) or _water_near(b, AT_WATER_KM)
    # (ends at one point are two areas met at their border: no sign of a river there)
    short = AT_WATER_KM < haversine_km(*a, *b) <= CROSSING_KM
    if not (at or short) or same_land(a, b) is not True or sea_km(a, b) != 0.0:
        return None
    if any(not _inland(*p) for p in (a, b)):
        return None
    return at or _water_near(((lat0 + lat1) / 2, (lon0 + lon1) / 2), CROSSING_KM) or ""


def _inland(lat: float, lon: float) -> bool:
    return _coast_km(lat, lon) > INLAND_KM


@functools.lru_cache(maxsize=4096)
def _coast_km(lat: float, lon: float) -> float:
    """How far (km) a (lat, lon) point lies from the coast nearest it (0 off the land)."""
    return haversine_km(lat, lon, *coast_point(lat, lon))


#: A country's part at least this share of its biggest one's area is one of its main
#: landmasses (Sicily for Italy; not Pantelleria, nor Corsica for France).
MAIN_PART = 0.02


@functools.lru_cache(maxsize=1024)
def _main_shore(gaz, place_id: str, iso2: str | None) -> BaseGeometry | None:
    """The boundary of an area's main landmasses (memoised: every route to Italy lands on it)."""
    geom = area(place_id) or country_geometry(iso2)
    if geom is None:
        return None
    # Land on the country's main landmasses (Sicily, not Pantelleria): a route "to Italy"
    # should read as one, and small islands are named when they are the destination.
    shore = _main_parts(geom).boundary
    import shapely

    shapely.prepare(shore)
    return shore


def border_point(place, toward: tuple[float, float]) -> tuple[float, float]:
    """Where a land leg meets a place (a PlaceRef): a country at the point of its boundary
    nearest `toward` (lat, lon), so a route "from Belarus to Poland" runs across their
    border, not between their centres; any other place at its own point."""
    if place.kind != "country":   # a region keeps its point: "southern Libya" is where it is drawn
        return place.lat, place.lon
    geom = country_geometry(place.country) or area(place.id)
    if geom is None or geom.is_empty or geom.contains(Point(toward[1], toward[0])):
        return place.lat, place.lon
    from shapely.ops import nearest_points

    # its main landmasses: a way over land to France meets it in the Alps, not on Corsica
    p = nearest_points(_main_land(gazetteer(), place.id, place.country).boundary, Point(toward[1], toward[0]))[0]
    return p.y, p.x


def _outline(key: str) -> BaseGeometry | None:
    """The main landmasses of a country (an ISO code) or of a region (a place id with a polygon)."""
    if country_geometry(key.upper()) is not None:
        return _main_land(gazetteer(), "", key.upper())
    return _main_land(gazetteer(), key, None) if area(key) is not None else None


def meeting_point(iso2: str, before: tuple[float, float] | None,
                  after: tuple[float, float] | None) -> tuple[float, float] | None:
    """Where a route meets a country (ISO code; or a region, by its place id: "eastern Chad"
    between two towns is met at its edge nearest them) it starts at, ends at or passes through, given
    the (lat, lon) its line comes from (`before`) and goes on to (`after`); None at an end, or
    when the country has no polygon. Never its centre: a route from Syria that "crossed from
    Russia into Finland" does not turn in Siberia. At an end, or with one neighbour inside the
    country, the edge of its main landmasses nearest the other (its border or its coast toward
    it); passed through, the middle of the stretch of it the straight way between the two
    crosses, else its point nearest that way; with both inside it, None (its own point will do)."""
    land_ = _outline(iso2)
    if land_ is None:
        return None
    from shapely.ops import nearest_points

    ends = [Point(p[1], p[0]) if p is not None else None for p in (before, after)]
    outside = [p for p in ends if p is not None and not land_.contains(p)]
    if not outside:
        return None
    if len(outside) == 1:
        q = nearest_points(land_.boundary, outside[0])[0]
        return q.y, q.x
    way = LineString([(before[1], before[0]), (after[1], after[0])])
    crossed = way.intersection(land_)
    parts = [g for g in getattr(crossed, "geoms", [crossed]) if g.geom_type == "LineString" and g.length > 0]
    q = (max(parts, key=lambda g: g.length).interpolate(0.5, normalized=True) if parts
         else nearest_points(land_, way)[0])
    return q.y, q.x


def gap(iso_a: str, iso_b: str) -> tuple[tuple[float, float], tuple[float, float]] | None:
    """The nearest (lat, lon) points of two countries' main landmasses that do not touch
    ("from Uzbekistan to Russia" spans Kazakhstan at its narrowest), or None for neighbours
    or when a polygon is missing."""
    a, b = _outline(iso_a), _outline(iso_b)
    if a is None or b is None:
        return None
    if a.distance(b) < 0.05:
        return None
    from shapely.ops import nearest_points

    p, q = nearest_points(a, b)
    return (p.y, p.x), (q.y, q.x)


#: A flight is drawn as a great circle with a point every this many km.
ARC_STEP_KM = 100.0


def flight(a: tuple[float, float], b: tuple[float, float]) -> LineString:
    """A flight between two (lat, lon) points: the great circle a plane flies, not a straight
    line on the map (which would read as a road). Longitudes run on from the start's across the
    antimeridian (a map draws the arc in one piece)."""
    import numpy as np

    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    p = np.array([math.cos(la1) * math.cos(lo1), math.cos(la1) * math.sin(lo1), math.sin(la1)])
    q = np.array([math.cos(la2) * math.cos(lo2), math.cos(la2) * math.sin(lo2), math.sin(la2)])
    omega = math.acos(max(-1.0, min(1.0, float(p @ q))))
    n = max(2, int(haversine_km(*a, *b) / ARC_STEP_KM) + 1)
    if omega < 1e-9 or math.pi - omega < 1e-6:  # one point, or antipodes: no one great circle
        return straight(a, b)
    t = np.linspace(0.0, 1.0, n)[:, None]
    xyz = (np.sin((1 - t) * omega) * p + np.sin(t * omega) * q) / math.sin(omega)
    lats = np.degrees(np.arctan2(xyz[:, 2], np.hypot(xyz[:, 0], xyz[:, 1])))
    lons = np.degrees(np.unwrap(np.arctan2(xyz[:, 1], xyz[:, 0])))
    lons += round((a[1] - lons[0]) / 360.0) * 360.0
    lats[0], lons[0], lats[-1] = a[0], a[1], b[0]     # the ends exactly where they were
    lons[-1] = b[1] + round((lons[-1] - b[1]) / 360.0) * 360.0
    return LineString(list(zip(lons.tolist(), lats.tolist())))


def flown(line: LineString) -> LineString:
    """A flight's line as a great circle between its ends (unchanged when it is one already)."""
    coords = list(line.coords)
    if len(coords) != 2:
        return line
    (x0, y0), (x1, y1) = coords
    return flight((y0, x0), (y1, x1))


#: A line's end this close (km) to a country's point is drawn to that point: it meets the country there.
AT_POINT_KM = 1.0


def met_at_countries(lines: list[LineString], legs: Sequence[Mapping], stops: Mapping[str, Point],
                     countries: Mapping[str, str]) -> list[LineString]:
    """The route's lines with every end drawn to a country's own point (a leg of unknown way
    from stop to stop, a flight, a way over land through the country) moved to where the
    country meets the route (meeting_point): at the route's ends, its border or coast
    toward the next stop; between two lines, where the way between their other ends crosses
    it. A country's point is a convention (Russia's lies in Siberia): a line turning there
    draws a detour of thousands of km no one made. `legs` are the route's stated legs ("from",
    "to", "mode"), one per line; lines are returned as given when unmoved."""

    def at_country(stop: object, xy: tuple) -> str | None:
        p = stops.get(stop) if isinstance(stop, str) else None
        iso = countries.get(stop) if isinstance(stop, str) else None
        return iso if p is not None and iso and haversine_km(p.y, p.x, xy[1], xy[0]) <= AT_POINT_KM else None

    if not all(isinstance(line, LineString) and not line.is_empty for line in lines):
        return lines    # (a leg drawn as nothing: no end to move, geometry.lines leaves it out)
    coords = [list(line.coords) for line in lines]
    if len(lines) == 1 and (ends := (at_country(legs[0].get("from"), coords[0][0]),
                                     at_country(legs[0].get("to"), coords[0][-1]))) and all(ends):
        # one line from a country to another: across the gap between them, where there is one
        apart = gap(*ends)
        if apart is not None:
            (a, b) = apart
            return [_redrawn([(a[1], a[0]), *coords[0][1:-1], (b[1], b[0])], legs[0])]
    moved = [False] * len(lines)
    # joint k: the end of line k-1 and the start of line k (a hop, from a stop to itself, is no
    # leg); the joints between lines first, so the route's ends face where it passes
    for k in [*range(1, len(lines)), 0, len(lines)]:
        before = k - 1 if k > 0 and legs[k - 1].get("from") != legs[k - 1].get("to") else None
        after = k if k < len(lines) and legs[k].get("from") != legs[k].get("to") else None
        if before is not None and after is not None and legs[before].get("to") != legs[after].get("from"):
            continue
        into = at_country(legs[before].get("to"), coords[before][-1]) if before is not None else None
        out_of = at_country(legs[after].get("from"), coords[after][0]) if after is not None else None
        if into and out_of or into and after is None or out_of and before is None:
            # the joint, or the route's end, lies at the country's own point
            came = (coords[before][0][1], coords[before][0][0]) if before is not None else None
            goes = (coords[after][-1][1], coords[after][-1][0]) if after is not None else None
            q = meeting_point(into or out_of, came, goes)
            if q is not None and came and goes and not _detour(came, coords[after][0][::-1], goes, q):
                continue    # the way through its marker is hardly longer: the route passes its marker
        elif into:      # the next leg leaves the country elsewhere (its coast): this one meets it there
            q = coords[after][0][1], coords[after][0][0]
        elif out_of:
            q = coords[before][-1][1], coords[before][-1][0]
        elif (end := _facing_end(k, before, after, legs, coords, moved, countries)) is not None:
            q = end     # a route's end on a country's border, drawn facing a joint since moved
        else:
            continue
        if q is None:
            continue
        for i, end in ((before, -1), (after, 0)):
            if i is not None and coords[i][end] != (q[1], q[0]):
                coords[i][end] = (q[1], q[0])
                moved[i] = True
    # a line whose ends met at one point (Panama to Colombia, both met on their border) keeps its own
    return [_redrawn(c, legs[i]) if moved[i] and c[0] != c[-1] else lines[i] for i, c in enumerate(coords)]


def _facing_end(k: int, before: int | None, after: int | None, legs: Sequence[Mapping], coords: list,
                moved: list[bool], countries: Mapping[str, str]) -> tuple[float, float] | None:
    """Where a route's end at a country (its first stop or its last) meets it once the joint at
    the other end of its line has moved: a land leg's end lies on the country's border facing
    the next stop's own point (border_point), and that point may be the Siberian one the joint
    left ("Afghans crossed from Russia into Finland" would start at the Wakhan's tip, facing
    it). None for a joint, a sea leg or a flight (they meet their places elsewhere), or when
    nothing moved."""
    if (before is None) == (after is None):
        return None
    i, end, stop = (after, 0, "from") if before is None else (before, -1, "to")
    iso = countries.get(legs[i].get(stop)) if isinstance(legs[i].get(stop), str) else None
    if not iso or not moved[i] or legs[i].get("mode") not in ("land", None) or legs[i].get("from") == legs[i].get("to"):
        return None
    other = coords[i][-1 - end]
    return meeting_point(iso, (other[1], other[0]), None)


#: A route passing through a country turns at the country's marker unless that makes its way this
#: many times as long as turning where the country meets it (Syria to Finland through Russia's
#: point in Siberia: 3 times; Afghanistan to Calais through Italy's point: 1.05 times).
DETOUR = 1.25


def _detour(came: tuple, at: tuple, goes: tuple, meets: tuple) -> bool:
    """Whether a way from `came` to `goes` through `at` (all (lat, lon)) is more than DETOUR
    times as long as through `meets`."""
    via = haversine_km(*came, *at) + haversine_km(*at, *goes)
    return via > DETOUR * (haversine_km(*came, *meets) + haversine_km(*meets, *goes))


def _redrawn(coords: list, leg: Mapping) -> LineString:
    """A line with an end moved: a flight again a great circle between its ends."""
    if leg.get("mode") == "air":
        return flight((coords[0][1], coords[0][0]), (coords[-1][1], coords[-1][0]))
    return LineString(coords)


@functools.lru_cache(maxsize=1024)
def _main_land(gaz, place_id: str, iso2: str | None) -> BaseGeometry:
    """A country's main landmasses (see _main_parts)."""
    return _main_parts(country_geometry(iso2) or area(place_id))


def _main_parts(geom: BaseGeometry) -> BaseGeometry:
    """An area's main landmasses: its parts of at least MAIN_PART of the biggest's size."""
    return _shapes().main_parts(geom, MAIN_PART)


def straight(a: tuple[float, float], b: tuple[float, float]) -> LineString:
    """A straight line between two (lat, lon) points."""
    return LineString([(a[1], a[0]), (b[1], b[0])])


#: A way over land round a sea (land_way) is no way when it is this many times as long as the
#: straight line: Djibouti to Yemen round the Red Sea is a crossing, not a walk via Suez.
LAND_DETOUR = 2.0


def land_way(a: tuple[float, float], b: tuple[float, float]) -> LineString | None:
    """A way over land between two (lat, lon) points on one landmass: the straight line, with
    each stretch of it over the sea replaced by the shorter way along that landmass's coast
    (Guatemala to Texas rounds the Gulf of Mexico, not across it). None when the points lie on
    different landmasses, land is unavailable, or the way is over LAND_DETOUR times as long."""
    index = _land_index()
    if index is None:
        return None
    parts, tree = index
    pa, pb = Point(a[1], a[0]), Point(b[1], b[0])
    k = _nearest_land(tree, a[1], a[0])
    if k != _nearest_land(tree, b[1], b[0]):
        return None
    mass, line = parts[k], straight(a, b)
    wet = line.difference(mass)
    coords = [line.coords[0]]
    for piece in sorted(_pieces(wet), key=lambda g: line.project(Point(g.coords[0]))):
        p, q = Point(piece.coords[0]), Point(piece.coords[-1])
        if (p.distance(pa) < 1e-9 or q.distance(pb) < 1e-9) and _piece_km(piece) <= STRAIT_MIN_KM:
            continue    # an end just offshore (coasts are generalised): no sea to go round
        coords.extend(_along_coast(_coast_rings(k), p, q))
    coords.append(line.coords[-1])
    coords = _dedupe(coords)
    # (the detour is measured along the coast as walked: a way cut over land is drawn, no more)
    km = sum(haversine_km(y0, x0, y1, x1) for (x0, y0), (x1, y1) in zip(coords, coords[1:]))
    if km > LAND_DETOUR * max(haversine_km(*a, *b), 1e-9):
        return None
    return LineString(_taut_over_land(coords, mass))


#: A way along the coast is cut short where a straight cut of at most this many km stays on
#: land (crossing less sea than COAST_CUT_WET_KM): a walk round a coastal lagoon or estuary,
#: out to its mouth and back, is no way anybody goes.
COAST_CUT_KM, COAST_CUT_WET_KM = 50.0, 0.5


def _taut_over_land(coords: list[tuple[float, float]], mass: BaseGeometry) -> list[tuple[float, float]]:
    """A way's (lon, lat) points with every loop cut that a short cut over land can cut: from
    each point straight on to the farthest later point within COAST_CUT_KM reached over land."""
    if len(coords) < 3:
        return coords
    import numpy as np
    import shapely

    xy = np.asarray(coords, dtype=float)
    (minx, miny), (maxx, maxy) = xy.min(axis=0), xy.max(axis=0)
    try:
        ground = shapely.clip_by_rect(mass, minx - 0.5, miny - 0.5, maxx + 0.5, maxy + 0.5)
    except ShapelyError:    # (GEOS fails to clip some coastlines: the way stays as walked)
        return coords
    shapely.prepare(ground)

    def over_land(i: int, j: int) -> bool:
        seg = LineString([coords[i], coords[j]])
        # (degrees as km of latitude: never less)
        return ground.contains(seg) or seg.difference(ground).length * 111.32 <= COAST_CUT_WET_KM

    out, i = [coords[0]], 0
    while i < len(coords) - 1:
        x0, y0 = coords[i]
        # (flat km: exact enough for the few tens of km a cut may be)
        km = np.hypot((xy[:, 0] - x0) * math.cos(math.radians(y0)), xy[:, 1] - y0) * 111.32
        j = next((j for j in range(len(coords) - 1, i + 1, -1) if km[j] <= COAST_CUT_KM and over_land(i, j)), i + 1)
        out.append(coords[j])
        i = j
    return out


def _piece_km(piece: LineString) -> float:
    """A straight piece's length in km. (A piece from an end on the coast out over a gulf is
    no offshore end: it is gone round from that end.)"""
    (x0, y0), (x1, y1) = piece.coords[0], piece.coords[-1]
    return haversine_km(y0, x0, y1, x1)


def _pieces(geom: BaseGeometry) -> list[LineString]:
    return [g for g in getattr(geom, "geoms", [geom]) if g.geom_type == "LineString" and g.length > 0]


@functools.lru_cache(maxsize=64)
def _coast_rings(k: int) -> tuple[tuple[BaseGeometry, object, object], ...]:
    """The rings of land's k-th polygon (in _land_index order), each with its coordinates and
    the distance along it to each of them (numpy arrays): land_way walks them often."""
    import numpy as np

    mass = _land_index()[0][k]
    out = []
    for ring in (mass.exterior, *mass.interiors):
        xy = np.asarray(ring.coords)
        out.append((ring, xy, np.concatenate(([0.0], np.cumsum(np.hypot(*np.diff(xy, axis=0).T))))))
    return tuple(out)


def _along_coast(rings, p: Point, q: Point) -> list[tuple[float, float]]:
    """The shorter way from p to q (points near a polygon's outline) along the ring nearest
    both (shapely's substring walks a continent's outline in Python: ~80 ms a leg)."""
    import numpy as np

    ring, xy, cum = min(rings, key=lambda r: r[0].distance(p) + r[0].distance(q))
    d1, d2, total = ring.project(p), ring.project(q), float(cum[-1])

    def forward(a: float, b: float) -> list[tuple[float, float]]:
        """From distance a to b in the ring's direction, across its seam if b < a (its last
        point is its first: taken once)."""
        if a <= b:
            idx = np.flatnonzero((cum > a) & (cum < b))
        else:
            idx = np.concatenate((np.flatnonzero(cum > a), np.flatnonzero((cum > 0) & (cum < b))))
        start, end = ring.interpolate(a), ring.interpolate(b)
        return [(start.x, start.y), *map(tuple, xy[idx].tolist()), (end.x, end.y)]

    ahead = (d2 - d1) % total if total else 0.0
    return forward(d1, d2) if ahead <= total - ahead else forward(d2, d1)[::-1]


#: sea_km samples a line every this many km (at most SEA_SAMPLES points).
SEA_STEP_KM, SEA_SAMPLES = 10.0, 500


def sea_km(a: tuple[float, float], b: tuple[float, float]) -> float | None:
    """About how many km of the straight line between two (lat, lon) points lie over the sea
    (points along it tested against land); None when land is unavailable."""
    ground = _prepared_land()
    if ground is None:
        return None
    import numpy as np
    import shapely

    km = haversine_km(*a, *b)
    n = int(min(SEA_SAMPLES, max(2, km / SEA_STEP_KM)))
    t = (np.arange(n) + 0.5) / n
    dry = shapely.intersects_xy(ground, a[1] + (b[1] - a[1]) * t, a[0] + (b[0] - a[0]) * t)
    return float((~dry).mean()) * km


#: Less water than this on a land leg is a river mouth or a bridge, not a crossing.
STRAIT_MIN_KM = 25.0


@functools.cache
def _prepared_land() -> BaseGeometry | None:
    import shapely

    ground = land()
    if ground is not None:
        shapely.prepare(ground)
    return ground


#: A town farther than this from the coast is no port: no boat leaves it or lands at it.
PORT_KM = 80.0


def coastal(place) -> bool | None:
    """Whether a boat can leave or reach a place (a PlaceRef): a town or island within
    PORT_KM of the coast, an area whose edge meets the sea (not Mali, not southern Libya);
    a sea or continent always. None when land is unavailable."""
    if place.kind in ("sea", "continent"):
        return True
    if _prepared_land() is None:
        return None
    if place.kind in ("city", "island", "landmark"):
        return _near_coast(round(place.lat, 4), round(place.lon, 4))
    return _meets_sea(place.id, place.country, place.lat, place.lon)


@functools.lru_cache(maxsize=4096)
def _near_coast(lat: float, lon: float) -> bool:
    at = coast_point(lat, lon)
    return haversine_km(lat, lon, *at) <= PORT_KM


@functools.lru_cache(maxsize=1024)
def _meets_sea(place_id: str, iso2: str | None, lat: float, lon: float) -> bool:
    # Points just outside the area's edge: some of them at sea unless it is landlocked.
    import numpy as np
    import shapely

    geom = area(place_id) or country_geometry(iso2)
    if geom is None:
        return _near_coast(round(lat, 4), round(lon, 4))
    grown = geom.buffer(0.1, quad_segs=2)
    edge = grown.exterior if grown.geom_type == "Polygon" else grown.boundary
    points = shapely.line_interpolate_point(edge, np.linspace(0, 1, 400, endpoint=False), normalized=True)
    wet = ~shapely.intersects_xy(_prepared_land(), shapely.get_x(points), shapely.get_y(points))
    return bool(wet.sum() >= 2)


def on_island(lat: float, lon: float) -> bool | None:
    """Whether a (lat, lon) point lies on (or nearest to) a landmass smaller than a continent
    (CONTINENT_KM2): an island; None when land is unavailable."""
    index = _land_index()
    if index is None:
        return None
    parts, tree = index
    mass = parts[_nearest_land(tree, lon, lat)]
    km2 = sum(g.area * math.cos(math.radians(g.centroid.y)) for g in getattr(mass, "geoms", [mass]))
    return km2 * 111.32 ** 2 < CONTINENT_KM2


def same_land(a: tuple[float, float], b: tuple[float, float]) -> bool | None:
    """Whether two (lat, lon) points lie on (or nearest to) one landmass; None when land is
    unavailable."""
    index = _land_index()
    if index is None:
        return None
    _, tree = index
    return _nearest_land(tree, a[1], a[0]) == _nearest_land(tree, b[1], b[0])


#: A sea leg's end farther than this (km) from the coast, but a port still (PORT_KM: Rosso, up
#: the Senegal river), is a town no boat at sea reaches: the leg goes over land between it and
#: the coast nearest it, said so. Nearer, the map joins the town to the coast (maps.features.HOP_KM).
FAR_INLAND_KM = 30.0


def _river_port(lat: float, lon: float) -> bool:
    """Whether a sea leg's end lies inland (FAR_INLAND_KM), yet near enough the coast to be
    left for it (PORT_KM; farther, the leg is a stand-in, as before)."""
    return FAR_INLAND_KM < _coast_km(round(lat, 4), round(lon, 4)) <= PORT_KM


#: How a sea leg's warning ends where it says its start or end lies inland (FAR_INLAND_KM).
OVER_LAND = "drawn straight over land to the coast"


def _inland_said(which: str, km: float) -> str:
    return f"{which} lies {km:.0f} km inland: {OVER_LAND}"


def inland_ends(warning: str) -> tuple[bool, bool]:
    """Whether a sea leg's warning says its start, and its end, lie inland (sea_leg): its
    line's first (last) stretch is then over land, from the town to the coast."""
    said = [w for w in warning.split("; ") if w.endswith(OVER_LAND)]
    return any(w.startswith("its start ") for w in said), any(w.startswith("its end ") for w in said)


#: How a sea leg's warning ends when no way at sea was found and the leg is a stand-in
#: straight line (a map draws it from stop to stop as a sea leg drawn straight, said so).
STRAIGHT = "drawn as a straight line"


def sea_leg(a: tuple[float, float], b: tuple[float, float], tolerance_km: float = 25.0) -> Built:
    """A sea route between two (lat, lon) coast points that does not cross land (see
    _sea_leg); memoised per process, since routes across a corpus share their legs. The
    router and the land in use are part of the key (tests replace them)."""
    try:
        router = _searoute().searoute
    except ImportError:
        router = None
    return _sea_leg(tuple(a), tuple(b), tolerance_km, router, id(land()))


def _searoute():
    """The searoute module, imported without matplotlib when nothing has imported matplotlib
    yet: searoute loads igraph, whose drawing module imports matplotlib.pyplot if installed,
    three quarters of the import's CPU (1.2 -> 0.3 s), which a corpus run spent after its last
    partition or beside its workers; nothing here draws with igraph. `import matplotlib`
    fails only during this import (a None in sys.modules); later imports find it as usual."""
    import sys

    if "searoute" in sys.modules or "igraph" in sys.modules or "matplotlib" in sys.modules:
        import searoute
        return searoute
    sys.modules["matplotlib"] = None  # type: ignore[assignment]
    try:
        import searoute
    finally:
        if "matplotlib" in sys.modules and sys.modules["matplotlib"] is None:
            del sys.modules["matplotlib"]
    return searoute


@functools.lru_cache(maxsize=4096)
def _sea_leg(a: tuple[float, float], b: tuple[float, float], tolerance_km: float, router, _land: int) -> Built:
    """A sea route between two (lat, lon) coast points that does not cross land.

    searoute gives a path on its marine network, which joins the ends to its nearest
    nodes however much coast lies between (Sabratha's boats would first run along the
    shore to Tripoli's node); the path is pulled taut by sea (pulled()), so it leaves
    the coast at `a` and reaches it at `b`. It must then keep off land except within
    tolerance_km of its ends (coastlines are generalised). Otherwise, or when searoute
    fails, the leg is a straight line with a warning.
    """
    direct = straight(a, b)
    water = inland_crossing(a, b)
    if water is not None:   # a river or lake: crossed where it is, not by sea (say which)
        return direct, f"{RIVER} ({water or 'not named in the gazetteer'}): drawn straight across it"
    # A town far inland (landing()) is left over land for the coast nearest it, said so.
    far = [_river_port(*p) for p in (a, b)]
    shore_a = coast_point(*a) if far[0] else a
    shore_b = coast_point(*b) if far[1] else b
    line, warning = _at_sea(shore_a, shore_b, tolerance_km, router)
    if warning.endswith(STRAIGHT):
        return direct, warning
    said = [_inland_said(which, haversine_km(*p, *q)) for which, p, q, f in
            (("its start", a, shore_a, far[0]), ("its end", b, shore_b, far[1])) if f]
    coords = [(a[1], a[0])] * far[0] + list(line.coords) + [(b[1], b[0])] * far[1]
    return LineString(coords), "; ".join([*said, *([warning] if warning else [])])


def _at_sea(a: tuple[float, float], b: tuple[float, float], tolerance_km: float, router) -> Built:
    """The sea leg between two coast points (see _sea_leg), or a straight line, said so."""
    direct = straight(a, b)
    try:
        if router is None:
            import searoute  # noqa: F401 - raises the ImportError reported below
        line, joins = _routed(a, b, a, b, router)
    except Exception as err:  # noqa: BLE001 - any routing failure falls back, with a warning
        return direct, f"sea route could not be computed ({_why(err)}); {STRAIGHT}"
    crosses = crosses_land(line, a, b, tolerance_km)
    if crosses is None:
        return line, "land polygons unavailable: sea leg not checked against land"
    if crosses:
        # searoute joins an end to its nearest network node, which may lie across a cape
        # (Pidie, on Aceh's north coast, joined to a node off Sumatra's west coast): the leg
        # is tried again from sea points off that end (or both) that a straight line from it
        # reaches at sea. Only an end whose join crosses land is moved: a path crossing land
        # between its joins is tried once (a corpus has many such legs, each try a search).
        bad = [crosses_land(straight(end, node), end, node, tolerance_km) for end, node in zip((a, b), joins)]
        for start, end in _round_ends(a, b, tolerance_km, *bad):
            try:
                line, _ = _routed(a, b, start, end, router)
            except Exception:  # noqa: BLE001 - a failed try is passed over
                continue
            if not crosses_land(line, a, b, tolerance_km):
                return line, ""
        return direct, f"no sea path found (the sea route crosses land); {STRAIGHT}"
    return line, ""


def _routed(a: tuple[float, float], b: tuple[float, float], start: tuple[float, float],
            end: tuple[float, float], router) -> tuple[LineString, tuple[tuple[float, float], ...]]:
    """searoute's path from `start` to `end` (a and b, or sea points off them), from a to b,
    pulled taut by sea; and the network points (lat, lon) it joins start and end to."""
    route = router([start[1], start[0]], [end[1], end[0]], append_orig_dest=True, **_graph_backend())
    coords = [tuple(c) for c in route["geometry"]["coordinates"]]
    inner = coords[1:-1] or coords
    joins = ((inner[0][1], inner[0][0]), (inner[-1][1], inner[-1][0]))
    coords = [(a[1], a[0])] * (start != a) + coords + [(b[1], b[0])] * (end != b)
    return pulled(LineString(_dedupe(coords))), joins


#: Sea points off an end a leg is tried again from (_at_sea): this far from it, on this many
#: bearings, the nearest few (by the way on to the other end) of each end.
OFFING_KM = (30.0, 60.0, 100.0)
OFFING_BEARINGS = 12
OFFING_TRIES = 3


def _round_ends(a: tuple[float, float], b: tuple[float, float], tolerance_km: float,
                move_a: bool = True, move_b: bool = True) -> list[tuple[tuple[float, float], tuple[float, float]]]:
    """(start, end) pairs to route a leg between instead of (a, b): sea points off a, then
    off b, then off both (see _offings); only off the ends `move_a` and `move_b` allow."""
    off_a = _offings(a, b, tolerance_km) if move_a else []
    off_b = _offings(b, a, tolerance_km) if move_b else []
    return ([(p, b) for p in off_a] + [(a, q) for q in off_b]
            + [(p, q) for p in off_a for q in off_b])


def _offings(p: tuple[float, float], other: tuple[float, float], tolerance_km: float) -> list[tuple[float, float]]:
    """Up to OFFING_TRIES points at sea round the coast point p that a straight line from p
    reaches without crossing land (beyond tolerance_km of p: coastlines are generalised), the
    nearest ring first, on a ring those nearer `other` first."""
    ground = land()
    if ground is None:
        return []
    near_p = disc(p[0], p[1], tolerance_km)
    k = max(math.cos(math.radians(p[0])), 0.05)
    out: list[tuple[float, float]] = []
    for km in OFFING_KM:
        ring = []
        for i in range(OFFING_BEARINGS):
            t = 2 * math.pi * i / OFFING_BEARINGS
            q = (p[0] + km / 111.32 * math.cos(t), p[1] + km / (111.32 * k) * math.sin(t))
            if not _meets_land(ground, straight(p, q).difference(near_p)):
                ring.append(q)
        out += sorted(ring, key=lambda q: haversine_km(*q, *other))
        if len(out) >= OFFING_TRIES:
            break
    return out[:OFFING_TRIES]


@functools.cache
def _graph_backend() -> dict:
    # searoute's shortest paths on igraph (C) rather than networkx (Python): the same paths
    # (1,722 pairs of ports compared), about 3x less CPU per leg, which a corpus's hundreds
    # of sea legs feel (igraph comes with the batch extra; without it, networkx). One backend
    # per process: searoute binds its path function to the backend of the graph it built
    # last, so every call here passes this one. searoute's own igraph class is asked, not
    # igraph alone: igraph importable while searoute's wrapper of it fails to load would turn
    # every sea leg into a straight line ("igraph backend is not installed"); networkx then
    # computes the same paths, only slower.
    try:
        from searoute.classes.core import GraphIG
    except ImportError:
        return {}
    return {"backend": "igraph"} if GraphIG is not None else {}


#: A straight cut between two points of a path is taken when it crosses less land than this.
_PULL_LAND_KM = 0.05


def pulled(line: LineString) -> LineString:
    """A path with every detour it can cut by sea cut: from each point, straight on to the
    farthest later point reachable without crossing land. Unchanged without land."""
    ground = land()
    coords = list(line.coords)
    if ground is None or len(coords) < 3:
        return line
    import shapely

    minx, miny, maxx, maxy = line.bounds
    try:
        ground = _clipped_land(ground, (minx - 1, miny - 1, maxx + 1, maxy + 1))
    except ShapelyError:    # (GEOS fails to clip some coastlines: the path stays as routed)
        return line
    # The clipped land's polygons in a tree: a cut is measured against the few polygons it
    # meets, not against the whole coastline (the same answer, several times faster).
    parts = [g for g in getattr(ground, "geoms", [ground]) if not g.is_empty]
    for g in parts:
        shapely.prepare(g)
    tree = shapely.STRtree(parts)

    def by_sea(p: tuple[float, float], q: tuple[float, float]) -> bool:
        seg = LineString([p, q])
        near = [parts[i] for i in tree.query(seg) if parts[i].intersects(seg)]
        if not near:
            return True
        length = 0.0
        limit = float(_land_limit((p[1] + q[1]) / 2))
        for g in near:
            length += seg.intersection(g).length
            if length >= limit:
                return False
        return True

    shapely.prepare(ground)
    import numpy as np

    points = np.asarray(coords, dtype=float)    # once per path, not once per point
    out, i = [coords[0]], 0
    while i < len(coords) - 1:
        landlocked = _surely_over_land(ground, points, i)
        j = next((j for j in range(len(coords) - 1, i + 1, -1)
                  if j not in landlocked and by_sea(coords[i], coords[j])), i + 1)
        out.append(coords[j])
        i = j
    return LineString(out)


def _clipped_land(ground: BaseGeometry, rect: tuple[float, float, float, float]) -> BaseGeometry:
    """clip_by_rect(ground, *rect), clipping only the land polygons the rectangle meets, in
    their order: the same geometry (WKB-identical on 400 rectangles over Africa, Europe and
    Asia), 4x less CPU than clipping the world's 3,000 polygons for each sea leg pulled()."""
    import shapely
    from shapely.geometry import MultiPolygon, box

    if ground.geom_type != "MultiPolygon" or ground.is_empty:
        return shapely.clip_by_rect(ground, *rect)
    parts, tree = _land_index(ground)
    met = sorted(tree.query(box(*rect)))
    if not met:   # (no land near: as the whole land's clip says it)
        return shapely.clip_by_rect(ground, *rect)
    return shapely.clip_by_rect(MultiPolygon([parts[i] for i in met]), *rect)


def _land_limit(lat) -> float:
    # _PULL_LAND_KM in degrees of longitude at this latitude (the unit of a cut's length).
    import numpy as np

    return _PULL_LAND_KM / (111.32 * np.maximum(np.cos(np.radians(lat)), 0.05))


def _surely_over_land(ground, coords, i: int) -> set[int]:
    """The later points j of a path whose straight cut from point i surely runs over more
    land than pulled() allows: a point along the cut lies inside the (prepared) land with a
    square of half-side `limit` around it, so the cut's chord through that square, at least
    2 x limit long, is land. Most cuts pulled() tries run across a continent; this settles
    them in two array calls instead of an overlay with the coast each (the rest are measured)."""
    import numpy as np
    import shapely

    js = np.arange(i + 2, len(coords))
    if not len(js):
        return set()
    pts = np.asarray(coords, dtype=float)     # (a no-op for pulled()'s array of the path)
    start, ends = pts[i], pts[js]
    d = ends - start
    span = np.hypot(d[:, 0], d[:, 1])
    limit = _land_limit((start[1] + ends[:, 1]) / 2)
    t = np.linspace(0.0, 1.0, 18)[1:-1]
    xs, ys = start[0] + d[:, :1] * t, start[1] + d[:, 1:] * t
    # (a sample must sit far enough inside the cut for the whole chord to be part of it)
    usable = np.minimum(t, 1 - t) * span[:, None] >= 2 * limit[:, None]
    inside = usable & shapely.contains_xy(ground, xs, ys)
    rows = np.flatnonzero(inside.any(axis=1))
    if not len(rows):
        return set()
    col = inside[rows].argmax(axis=1)
    x, y, r = xs[rows, col], ys[rows, col], limit[rows]
    sure = shapely.contains(ground, shapely.box(x - r, y - r, x + r, y + r))
    return {int(js[k]) for k in rows[sure]}


def crosses_land(line: BaseGeometry, a: tuple[float, float], b: tuple[float, float],
                 tolerance_km: float = 25.0) -> bool | None:
    """Whether a line crosses land away from its ends; None when land is unavailable."""
    ground = land()
    if ground is None:
        return None
    return _meets_land(ground, line.difference(_ends(tuple(a), tuple(b), tolerance_km)))


def _meets_land(ground: BaseGeometry, geom: BaseGeometry) -> bool:
    """geom.intersects(ground), asked of the land polygons whose boxes geom's box meets, each
    prepared once: the same answer (a geometry meets a MultiPolygon where it meets one of its
    polygons), a quarter of the CPU of asking the world's land for each try of a sea leg."""
    import shapely

    if ground.geom_type != "MultiPolygon" or ground.is_empty:
        return geom.intersects(ground)
    parts, tree = _land_index(ground)
    near = parts[tree.query(geom)]
    return bool(shapely.intersects(near, geom).any()) if len(near) else False


@functools.lru_cache(maxsize=4096)
def _ends(a: tuple[float, float], b: tuple[float, float], tolerance_km: float) -> BaseGeometry:
    # crosses_land's discs round a leg's ends, joined: memoised, since a sea leg's tries
    # (_at_sea) test lines between the same ends again.
    return disc(a[0], a[1], tolerance_km).union(disc(b[0], b[1], tolerance_km))


def sea_name(line: BaseGeometry) -> str | None:
    """The name of the gazetteer sea holding most of a leg, or None.

    Among seas holding nearly as much of the leg (90 %), the smallest wins: the
    "Strait of Sicily" rather than the "Mediterranean Sea" when it really holds the leg.
    Memoised per process (across a corpus many routes share a leg), keyed by the shapes
    the seas come from too, as _seas is.
    """
    coords = list(line.coords) if isinstance(line, LineString) else []
    if len(coords) == 2:    # a straight leg across a river or lake is named after the water
        water = inland_crossing(*[(y, x) for x, y in coords])
        if water is not None:
            return water or None
    return _sea_name(line, _shapes())


def crosses_sea(line: LineString, name: str) -> bool:
    """Whether a straight line crosses at least STRAIT_MIN_KM of the gazetteer sea `name` off
    the land (a stand-in from Urmia to Greece crosses no Black Sea); True when that cannot be
    told (no such sea, no land). Memoised per process: a corpus's routes share their legs."""
    try:
        _forget_stale_shapes()
        return _crosses_sea(tuple(line.coords), name, _shapes())
    except _FALLBACK:
        return True


# The land crosses_sea's memos were filled from. Their key, the shapes module, is one object
# however often shapes.clear_cache() loads other files (another GEOMIG_GAZETTEER_DIR), whose
# land is then a new object: seen here, the memos over land and seas are emptied.
_MEASURED_ON: list = [None]


def _forget_stale_shapes() -> None:
    ground = _shapes().land()
    if _MEASURED_ON[0] is not ground:
        for memo in (_crosses_sea, _seas):
            memo.cache_clear()
        _MEASURED_ON[0] = ground


@functools.lru_cache(maxsize=4096)
def _crosses_sea(coords: tuple, name: str, shapes) -> bool:
    names, geoms, _ = _seas(shapes)
    index = _land_index()
    if index is None or name not in names:
        return True
    wet = geoms[names.index(name)].intersection(LineString(coords))
    # Only the land polygons the wet part meets are cut from it, not the whole world's
    # land (the same pieces; the whole land's overlay cost 4 ms a leg).
    parts, tree = index
    near = [parts[i] for i in tree.query(wet, predicate="intersects")] if not wet.is_empty else []
    if near:
        from shapely.geometry import MultiPolygon

        wet = wet.difference(near[0] if len(near) == 1 else MultiPolygon(near))
    return sum(_piece_km(piece) for piece in _pieces(wet)) >= STRAIT_MIN_KM


def crossings(features: Sequence[Feature]) -> list[Feature]:
    """The features, each route's stand-in sea legs (drawn "straight", naming a sea) told
    whether the straight line between their stops' points (model.stop_points: where a map
    draws it) crosses that sea: `crosses`, crosses_sea's answer. A map names only a sea
    such a line crosses, and reads it from here without the land and sea shapes."""
    stops = stop_points(features)
    out = []
    for f in features:
        legs = f.properties.get("legs") if f.role == "route" else None
        if isinstance(legs, list) and any(_stand_in_at_sea(d, stops) for d in legs):
            told = [{**d, "crosses": crosses_sea(LineString([stops[d["from"]], stops[d["to"]]]), d["sea"])}
                    if _stand_in_at_sea(d, stops) else d for d in legs]
            f = replace(f, properties={**f.properties, "legs": told})
        out.append(f)
    return out


def warm_crossings(route: Feature | None, stops: Sequence) -> None:
    """Measure ahead (crosses_sea's memo) a route's stand-in sea legs between its stops' own
    points (`stops`: its PlaceRefs, which the picture's place features are placed at), so that
    crossings() finds them measured: a corpus's routes drawn before its last partition."""
    if route is not None:
        crossings([route, *(Feature("place", p.name, p.id, Point(p.lon, p.lat), 0.0, "") for p in stops)])


def _stand_in_at_sea(d: object, stops: Mapping[str, Point]) -> bool:
    """Whether a stated leg is one a map draws straight between its stops naming a sea (its
    stops ids: a leg of a picture file read back may hold anything)."""
    return (isinstance(d, Mapping) and d.get("drawn") == "straight" and isinstance(d.get("sea"), str)
            and bool(d["sea"]) and all(isinstance(d.get(end), str) and d[end] in stops for end in ("from", "to")))


@functools.lru_cache(maxsize=4096)
def _sea_name(line: BaseGeometry, shapes) -> str | None:
    try:
        names, geoms, tree = _seas(shapes)
    except _FALLBACK:
        return None
    # (the seas whose boxes the leg's box meets, then those it meets, asked of the prepared
    # seas: the same seas as tree.query(line, predicate="intersects"), which prepares the
    # leg, not the seas' long coastlines; a third of the CPU)
    boxed = sorted(tree.query(line))
    scored = [(geoms[i].intersection(line).length, geoms[i].area, names[i])
              for i in boxed if geoms[i].intersects(line)]
    if not scored:
        return None
    most = max(s[0] for s in scored)
    return min((s for s in scored if s[0] >= 0.9 * most), key=lambda s: s[1])[2]


@functools.lru_cache(maxsize=8)
def _seas(shapes) -> tuple[list[str], list[BaseGeometry], object]:
    """The gazetteer's seas (names and polygons, in its order) and an STRtree over them,
    made once: a leg is measured against the few seas it meets, not against every one."""
    import shapely

    names, geoms = [], []
    for e in shapes.supplement_entries():
        geom = shapes.supplement(e["id"]) if e.get("kind") == "sea" else None
        if geom is not None:
            names.append(e["name"])
            geoms.append(geom)
    shapely.prepare(geoms)  # (_sea_name asks each leg whether it meets them)
    return names, geoms, shapely.STRtree(geoms)


def lines(legs: Sequence[BaseGeometry]) -> BaseGeometry | None:
    """One LineString for one leg, a MultiLineString (legs in order) for several, None
    when no leg has a length (every stop at the same point)."""
    parts = [g for g in legs if isinstance(g, LineString) and not g.is_empty and g.length > 0]
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else MultiLineString(parts)


def _valid(geom: BaseGeometry) -> BaseGeometry:
    if geom is None or geom.is_empty:
        raise ValueError("empty geometry")
    if not geom.is_valid:
        from shapely.validation import make_valid

        geom = make_valid(geom)
        if geom.geom_type == "GeometryCollection":
            from shapely.geometry import MultiPolygon

            polys = [g for g in geom.geoms if g.geom_type in ("Polygon", "MultiPolygon")]
            geom = MultiPolygon([p for g in polys for p in getattr(g, "geoms", [g])])
    return geom


def _dedupe(coords: list[tuple[float, float]]) -> list[tuple[float, float]]:
    out = [coords[0]]
    for c in coords[1:]:
        if c != out[-1]:
            out.append(c)
    return out if len(out) > 1 else out * 2


def _why(err: Exception) -> str:
    return (str(err).splitlines() or [type(err).__name__])[0][:120] or type(err).__name__


__all__ = ["area", "coast_point", "country_geometry", "crosses_land", "disc", "flight", "gazetteer", "land", "landing",
           "flown", "gap", "land_way", "lines", "meeting_point", "met_at_countries",
           "inland_crossing", "pulled", "region", "RIVER", "sea_leg", "sea_name", "STRAIGHT", "straight", "using", "zone"]
