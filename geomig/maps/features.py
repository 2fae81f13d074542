"""A Picture placed in drawable items, one per layer and style, and the Audit layer's places.

Both renderers start here, so the HTML map and the static image agree on what goes where.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

import shapely
from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry

from geomig.errors import PictureError
from geomig.gazetteer.geo import EARTH_RADIUS_KM, haversine_km
from geomig.maps.styles import Styles
from geomig.picture.model import Feature, Leg, Picture, Source, by_river, stop_points

if TYPE_CHECKING:
    from geomig.audit.rows import AuditRow


def as_picture(picture: Any) -> Picture:
    """The Picture to draw: a Picture, a GeoDataFrame in its schema (Picture.to_geodataframe)
    or a GeoJSON FeatureCollection mapping (Picture.to_geojson); PictureError otherwise."""
    if isinstance(picture, Picture):
        return picture
    if hasattr(picture, "geometry") and hasattr(picture, "columns"):
        return Picture.from_geodataframe(picture)
    if isinstance(picture, Mapping):
        return Picture.from_geojson(picture)
    raise PictureError(f"cannot draw a {type(picture).__name__}: give a Picture, a GeoDataFrame or GeoJSON")


@dataclass(frozen=True, slots=True)
class Item:
    """One feature placed in a layer, with the style key the renderers look up."""

    index: int                  # position in the picture, so popups and tests can name it
    layer: str                  # styles layer key
    kind: str                   # "point", "line" or "area"
    style: str                  # "role:<role>", "control:<type>" or "leg:<mode>"
    feature: Feature            # at the precision the picture's file keeps
    shared: bool = False        # its zone label is another zone's too: the place is added
    apart: bool = False         # a zone whose place a role's marker names already: named by its actor
    kind_label: str = ""        # such a zone's control in the legend's words, for an actor naming no one
    gives_way: bool = False     # a country's marker on a named town: the town's label wins

    @property
    def geometry(self) -> BaseGeometry:
        return self.feature.geometry

    @property
    def legs(self) -> tuple[Leg, ...]:
        return self.feature.legs

    @property
    def label(self) -> str:
        """The name a person reads: the feature's name, else its id."""
        return self.feature.name or str(self.feature.id or "")

    @property
    def short_label(self) -> str:
        """What a permanent label says: a zone's actor when it names one ("Libyan coastguard"),
        its place when the actor is only a kind ("camp authorities", "Libyan authorities"),
        else the name."""
        props = self.feature.properties
        actor, place = props.get("actor"), props.get("place")
        if not isinstance(actor, str) or not actor:
            return self.label
        if not isinstance(place, str) or not place:
            return actor
        generic = actor.split()[-1].lower() in _GENERIC_ACTORS
        if (actor[:1].islower() or generic) and not self.apart:
            return place
        # "Reception camp" beside Tenerife's marker, not "Camp authorities"; but a force the text
        # does name by its country ("Eritrean authorities") is said, not hidden behind its kind.
        if generic and self.kind_label and actor[:1].islower():
            return self.kind_label
        if self.shared and place not in actor:
            return f"{_upper(actor)}, {place}"      # one force in two places: say which label is which
        return _upper(actor)

    @property
    def broad(self) -> bool:
        """A country or a continent drawn as a point: its marker is a convention, not a place."""
        return self.kind == "point" and self.feature.properties.get("kind") in _BROAD


#: An actor's last word that names no one in particular: a zone labelled so is named by its place.
_GENERIC_ACTORS = frozenset({"authorities", "authority", "officials", "government", "officers"})
#: Place kinds whose point marker stands for a whole area. A place named only by its people
#: ("19 Moldovans") keeps the kind "demonym", and a demonym names a country, a continent or a
#: macro-region: drawn with the towns, its grey dot covered the origin marker of the same country.
_BROAD = frozenset({"country", "continent", "demonym"})
#: A country's marker this close to a named town's (Spain's point is 29 km from Madrid, Malta's
#: 8 km from Valletta) sits on it at the zooms a story is read at: the town's label wins.
NEAR_TOWN_KM = 50.0


def _upper(text: str) -> str:
    """A label's first letter in capitals ("coastguard" -> "Coastguard")."""
    return text[:1].upper() + text[1:]


def label_point(item: Item) -> Point:
    """Where an area's label goes: inside its largest part (a country's waters overseas must not
    pull it away)."""
    parts = getattr(item.geometry, "geoms", [item.geometry])
    return max(parts, key=lambda g: g.area).representative_point()


def style_rank(item: Item, styles: Styles) -> int:
    """How much an item's style matters to the story (styles' [labels], by style, else by
    layer): a launch point more than a destination, a destination more than a transit stop."""
    ranks = styles.raw.get("labels", {})
    return int(ranks.get(item.style, ranks.get(item.layer, 0)))


def label_rank(item: Item, styles: Styles) -> float:
    """How much an item's permanent label matters (its style_rank); 0: named on hover only."""
    rank = style_rank(item, styles)
    # Below every town's label, still above no label at all.
    return min(rank, 0.5) if rank and item.gives_way else rank


def _kind(g: BaseGeometry) -> str:
    if g.geom_type in ("Point", "MultiPoint"):
        return "point"
    if g.geom_type in ("LineString", "MultiLineString"):
        return "line"
    return "area"


#: How far (degrees) an at-sea zone is grown before the land is cut away: a zone drawn against a
#: coarser coast then reaches the 1:10m one.
COAST_REACH = 0.02

#: Lon/lat's own box: no drawn area reaches past it.
_WORLD = shapely.box(-180.0, -90.0, 180.0, 90.0)


#: A sea leg that starts or ends this close to its stop (a port a few km inland of the coast the
#: sea leg leaves from) is joined to it by a land hop; farther, the stop is an area (a country
#: met at its coast) and the leg stays as it is. (A town farther inland, a river port, is joined
#: to the coast by the leg's own first or last stretch, its warning says: geometry.FAR_INLAND_KM.)
HOP_KM = 30.0


def as_drawn(feature: Feature, stops: Mapping[str, Point], countries: Mapping[str, str] | None = None) -> Feature:
    """A route as the map draws it. Its sea legs reach their stops: where a sea leg starts
    or ends short of a stop that is a point nearby (HOP_KM), a land leg (the "hop", from
    the stop to itself) bridges the gap, so the line leaves the launch point's marker and
    reaches the landing's. A leg the picture could only draw straight (a sea way that would
    cross land: its `drawn` is "straight") is drawn from stop to stop in its own style, "sea,
    drawn straight: no sea path found" (drawn_mode): a dashed sea line across a desert, or
    one bent to a far coast, would claim a way the picture does not know (the popup's warning
    says why). A boat's leg across a river or lake is a "river" leg; a sea leg's stretch over
    land from a town far inland to the coast (its warning says so: geometry.inland_ends) is a
    land hop, and a leg drawn straight names no sea its line does not cross. A flight is a
    great circle.
    Where a line meets a country (`countries`: stop id -> ISO code) at the country's own
    point, it meets it where the country is nearest instead (geometry.met_at_countries)."""
    from shapely.geometry import LineString, MultiLineString

    legs = feature.legs
    stated = [leg for leg in feature.properties.get("legs") or () if isinstance(leg, Mapping)]
    changed = False
    if legs and stated and len(stated) > len(legs) and all(_text(d.get("from")) and _text(d.get("to")) for d in stated):
        # A leg written with no line (a sea leg from a town to the country it lies in): each line
        # is paired with the leg whose stops its ends are nearest, in order, so the others keep
        # their modes; the popup still lists every stated stop ("stated_legs"). Legs that name no
        # stops (a hand-made file: one line for three legs) give nothing to pair by.
        pairs = _paired(legs, stated, stops)
        stated_all, stated = stated, [stated[j] for j in pairs]
        legs = tuple(stated_leg(d, leg.line) for leg, d in zip(legs, stated, strict=True))
        feature = replace(feature, properties={**feature.properties, "legs": stated, "stated_legs": stated_all})
        changed = True
    if not legs or len(stated) != len(legs):
        return feature
    lines, out = [], []

    def hop(at: str | None, name: str, a: Point, b: Point) -> None:
        if 1e-6 < haversine_km(a.y, a.x, b.y, b.x) <= HOP_KM:
            lines.append(LineString([a, b]))
            out.append(_hop(at, name))

    from geomig.picture import geometry

    hedged = {}     # the stated legs drawn as stand-ins, or as crossings of a river or lake, as drawn
    for leg, d in zip(legs, stated, strict=True):
        start, end = stops.get(leg.start or ""), stops.get(leg.end or "")
        if d.get("drawn") == "straight" and start is not None and end is not None:
            lines.append(LineString([start, end]))
            out.append(hedged.setdefault(id(d), _straight_leg(d, lines[-1])))
            changed = True
            continue
        if drawn_mode(d) != d.get("mode"):      # (a river crossing: no hop to a coast)
            lines.append(leg.line)
            out.append(hedged.setdefault(id(d), {**d, "mode": drawn_mode(d)}))
            changed = True
            continue
        coords = list(leg.line.coords)
        inland = geometry.inland_ends(_text(d.get("warning"))) if leg.mode == "sea" else (False, False)
        if inland[0] and len(coords) > 2:   # (its first stretch is over land: drawn so)
            lines.append(LineString(coords[:2]))
            out.append(_hop(leg.start, leg.start_name))
            coords = coords[1:]
        elif leg.mode == "sea" and start is not None:
            hop(leg.start, leg.start_name, start, Point(coords[0]))
        tail = LineString(coords[-2:]) if inland[1] and len(coords) > 2 else None
        lines.append(LineString(coords[:-1]) if tail is not None else LineString(coords))
        out.append(dict(d))
        changed = changed or any(inland)
        if tail is not None:
            lines.append(tail)
            out.append(_hop(leg.end, leg.end_name))
        elif leg.mode == "sea" and end is not None:
            hop(leg.end, leg.end_name, Point(coords[-1]), end)

    flown = [geometry.flown(line) if d.get("mode") == "air" else line for line, d in zip(lines, out, strict=True)]
    met = geometry.met_at_countries(flown, out, stops, countries or {})
    if not changed and len(lines) == len(legs) and all(a is b for a, b in zip(met, lines, strict=True)):
        return feature
    lines = met
    props = {**feature.properties, "legs": out}
    if "stated_legs" in props:
        # the popup lists every stop from these: a leg drawn as a stand-in reads so there too
        props["stated_legs"] = [hedged.get(id(d), d) for d in props["stated_legs"]]
    return replace(feature, geometry=MultiLineString(lines), properties=props)


def _hop(at: str | None, name: str) -> dict:
    """The stated leg of a hop over land between a stop and the coast its sea leg meets."""
    return {"from": at, "to": at, "from_name": name, "to_name": name, "mode": "land"}


def _straight_leg(d: Mapping, line: BaseGeometry) -> dict:
    """A stated leg drawn straight from stop to stop (`line`), in the mode it is drawn in,
    naming no sea that line does not cross (a stand-in over Turkey is no Black Sea leg): as
    the picture tells (its `crosses`: geometry.crossings), else as the shapes tell (a file
    written before legs told it)."""
    out = {**d, "mode": drawn_mode(d)}
    sea = _text(d.get("sea"))
    if sea and out["mode"] != "river" and not _crosses(d, line, sea):
        del out["sea"]
    return out


def _crosses(d: Mapping, line: BaseGeometry, sea: str) -> bool:
    told = d.get("crosses")
    if isinstance(told, bool):
        return told
    from geomig.picture import geometry

    return geometry.crosses_sea(line, sea)


def drawn_mode(d: Mapping) -> str | None:
    """The mode a stated leg is drawn and labelled in: a sea leg drawn straight (no way at sea
    found) is "sea_straight", a sea leg across a river or lake (its warning says so) "river",
    any other leg drawn straight of unknown mode (None: a river crossing whose ends met at one
    point is a line between the places, not where the river is); else its own mode."""
    mode = _text(d.get("mode")) or None
    river = by_river(d)
    if d.get("drawn") == "straight":
        return "sea_straight" if mode == "sea" and not river else None
    return "river" if river else mode


def _text(value: Any) -> str:
    """A stated leg's text field; "" when missing or not text (a picture file is input)."""
    return value if isinstance(value, str) else ""


def stated_leg(d: Mapping, line: Any = None) -> Leg:
    """The Leg a route's stated leg (one of its `legs` property) describes, drawn by `line`
    (None for a leg the popup lists but no line draws)."""
    return Leg(line, _text(d.get("mode")) or None, _text(d.get("from")) or None, _text(d.get("to")) or None,
               _text(d.get("from_name")), _text(d.get("to_name")), _text(d.get("sea") or d.get("via")))


#: Half the Earth's circumference: no two points are farther apart.
_FARTHEST_KM = 20_037.5


def _paired(lines: tuple[Leg, ...], stated: list[Mapping], stops: Mapping[str, Point]) -> list[int]:
    """For each line in order, the index of the stated leg it draws: the increasing choice whose
    lines' ends lie nearest the legs' stops (km summed). A stop not on the map counts as far as
    a point can be: a line was drawn from stops that had a place, so a leg between two stops
    the map lacks must not take a line from the leg whose stops it does reach."""
    def km(at: Any, xy: tuple) -> float:
        p = stops.get(at) if isinstance(at, str) else None
        return haversine_km(p.y, p.x, xy[1], xy[0]) if p is not None else _FARTHEST_KM

    def cost(i: int, j: int) -> float:
        coords = list(lines[i].line.coords)
        return km(stated[j].get("from"), coords[0]) + km(stated[j].get("to"), coords[-1]) if coords else 0.0

    m, n = len(lines), len(stated)
    inf = float("inf")
    # best[i][j]: the least cost of pairing lines[:i] with legs among stated[:j]
    best = [[0.0] * (n + 1)] + [[inf] * (n + 1) for _ in range(m)]
    for i in range(1, m + 1):
        for j in range(i, n + 1):
            best[i][j] = min(best[i][j - 1], best[i - 1][j - 1] + cost(i - 1, j - 1))
    out, j = [], n
    for i in range(m, 0, -1):
        while best[i][j] == best[i][j - 1] and j - 1 >= i:
            j -= 1
        out.append(j - 1)
        j -= 1
    return out[::-1]


def items(picture: Picture, styles: Styles | None = None) -> list[Item]:
    """Place every feature of a picture in its layer with its style key."""
    from geomig.maps.styles import default

    styles = styles or default()
    at_sea = set(styles.section("zone").get("at_sea", {}).get("controls", ()))
    stops = stop_points(picture.features)
    # (a demonym's marker stands for its country: "Eritreans" sits at Eritrea's point)
    countries = {f.id: f.properties["country"] for f in picture.features if f.id in stops
                 and f.properties.get("kind") in ("country", "demonym") and isinstance(f.properties.get("country"), str)}
    out: list[Item] = []
    at_sea_zones: list[int] = []  # positions in `out` of the zones to cut to the sea
    for index, feature in enumerate(picture.features):
        role = feature.role or "place"
        kind = _kind(feature.geometry)
        written = feature.as_written()
        if role == "route":
            written = as_drawn(written, stops, countries)
        if role == "control_zone":
            control = styles.control_key(feature.properties.get("control"))
            style = f"control:{control}"
            if control in at_sea and kind == "area":
                # A coastguard's waters stop at the coast the offline basemap draws.
                # Simplified before the cut, not after: the cut edge keeps the basemap's coast.
                tol = float(styles.map["simplify_degrees"])
                g = written.geometry.simplify(tol, preserve_topology=True) if tol else written.geometry
                # Grown by ~2 km before the cut, so it meets the basemap's finer coast without a gap.
                grown = g.buffer(COAST_REACH, quad_segs=2)
                if not _WORLD.contains(grown):
                    # Grown past the antimeridian, a part would wrap round the world when projected
                    # (the Aleutians as a line across the map): the world's edge is the zone's.
                    grown = grown.intersection(_WORLD)
                written = replace(written, geometry=grown)
                at_sea_zones.append(len(out))
        else:
            style = f"role:{role if role in styles.raw['roles'] else 'place'}"
        out.append(Item(index, styles.layer_for_role(role).key, kind, style, written))
    if at_sea_zones:
        from geomig.maps.offline import sea_parts

        cuts = sea_parts([out[i].geometry for i in at_sea_zones])
        for i, cut in zip(at_sea_zones, cuts, strict=True):
            out[i] = replace(out[i], feature=replace(out[i].feature, geometry=cut))
    out = _apart(_giving_way(_on_main_part(out)), styles)
    labels = Counter(it.short_label for it in out if it.style.startswith("control:"))
    out = [replace(it, shared=True) if it.style.startswith("control:") and labels[it.short_label] > 1 else it
           for it in out]
    # A place merely mentioned first, so a role's marker on the same spot (an origin) is drawn
    # over its twin, not hidden under it.
    out.sort(key=lambda it: it.style != "role:place")
    return out


def role_of(item: Item) -> str:
    """The role an item's style names ("destination"), "" for a zone's or a route's."""
    family, _, value = item.style.partition(":")
    return value if family == "role" else ""


def shared_places(all_items: Iterable[Item], styles: Styles) -> dict[int, tuple[Item, ...]]:
    """The role markers drawn on one spot, for each spot that holds two or more: item index ->
    the spot's items, the strongest role first (style_rank, then layer order).

    A place of several roles in one picture (Adre a destination and a transit stop) is one
    marker on the map, not one per role on top of each other: both renderers draw the first
    item's marker only, and name the others in its ring, popup and label. A spot, not a
    gazetteer id: two markers at one point are one place to a reader whatever their ids. A
    place merely mentioned is no role: its marker stays in its own layer, under the role's."""
    digits = int(styles.map["coordinate_digits"])
    order = {layer.key: i for i, layer in enumerate(styles.layers)}
    spots: dict[tuple[float, float], list[Item]] = {}
    for it in all_items:
        if it.kind == "point" and it.geometry.geom_type == "Point" and role_of(it) not in ("", "place"):
            spots.setdefault((round(it.geometry.x, digits), round(it.geometry.y, digits)), []).append(it)
    out: dict[int, tuple[Item, ...]] = {}
    for group in spots.values():
        if len(group) > 1:
            # By style: a country's labels give way to its towns' whatever its roles.
            group.sort(key=lambda it: (-style_rank(it, styles), order.get(it.layer, len(order)), it.index))
            out.update((it.index, tuple(group)) for it in group)
    return out


def zoned_places(all_items: Iterable[Item]) -> dict[int, tuple[Item, ...]]:
    """The zones told of each place merely mentioned that a zone is drawn round: item index ->
    the zones naming it (their `place_id`, else their own id). The place's grey marker sits on the
    zone's centre, above the zone, so a click there opened "Place mentioned" and not the zone: its
    popup tells the zones' story first."""
    zones: dict[str, list[Item]] = {}
    for it in all_items:
        if it.style.startswith("control:"):
            at = it.feature.properties.get("place_id") or it.feature.id
            if isinstance(at, str) and at:
                zones.setdefault(at, []).append(it)
    return {it.index: tuple(zones[it.feature.id]) for it in all_items
            if it.style == "role:place" and it.kind == "point" and it.feature.id in zones}


#: A country's marker moves to another of its main parts only when that part is this far from its
#: point: across a sea (Borneo to the Malay peninsula, 900 km), not a strait's width.
FAR_PART_KM = 300.0


def _on_main_part(all_items: list[Item]) -> list[Item]:
    """Put each country's marker on the main part of the country where the picture is.

    A country's point is the gazetteer's, one for every text: Malaysia's lies on Borneo, which
    is larger than the peninsula where Kuala Lumpur is. For a country of two or more main parts
    (shapes.main_parts), the marker goes to the part holding most of the picture's own places in
    that country (its towns, islands, landmarks); with none, to the part nearest the picture's
    other places (the median distance: the part the story is told around). Its point stays where
    it is when that part holds it or lies within FAR_PART_KM (Malta's point is near Gozo too);
    otherwise it is the part's representative point.
    """
    countries = [it for it in all_items if it.broad and it.feature.properties.get("kind") in ("country", "demonym")
                 and it.geometry.geom_type == "Point" and isinstance(it.feature.properties.get("country"), str)]
    if not countries:
        return all_items
    from geomig.errors import GeomigError
    from geomig.gazetteer import shapes

    places = [it for it in all_items if it.kind == "point" and not it.broad]
    moved: dict[int, Point] = {}
    for it in countries:
        iso = it.feature.properties["country"]
        try:
            area = shapes.country(iso)
        except GeomigError:          # no gazetteer files: the marker stays at its point
            return all_items
        parts = list(getattr(shapes.main_parts(area), "geoms", [])) if area is not None else []
        if len(parts) < 2:
            continue
        own = [p.geometry.centroid for p in places if p.feature.properties.get("country") == iso]
        if own:
            # Each place votes for the part nearest it (a port may lie just off a coarse coast).
            votes = Counter(min(range(len(parts)), key=lambda i: parts[i].distance(g)) for g in own)
            best = parts[max(votes, key=lambda i: (votes[i], -i))]
        else:
            others = [p.geometry.centroid for p in places] + [c.geometry for c in countries if c is not it]
            if not others:
                continue
            best = min(parts, key=lambda part: _median_km(part, others))
        if _median_km(best, [it.geometry]) > FAR_PART_KM:
            moved[id(it)] = best.representative_point()
    if not moved:
        return all_items
    return [replace(it, feature=replace(it.feature, geometry=moved[id(it)])) if id(it) in moved else it
            for it in all_items]


def _median_km(part: BaseGeometry, points: list[BaseGeometry]) -> float:
    """The median distance (km) from points to an area's nearest edge (0 inside it)."""
    from shapely.ops import nearest_points

    dists = sorted(0.0 if part.intersects(g) else haversine_km(g.y, g.x, (n := nearest_points(part, g)[0]).y, n.x)
                   for g in points)
    return dists[len(dists) // 2]


def _giving_way(all_items: list[Item]) -> list[Item]:
    """Mark the countries' markers that sit on a named town of the picture (NEAR_TOWN_KM)."""
    towns = sorted((it.geometry for it in all_items
                    if it.kind == "point" and not it.broad and it.feature.properties.get("kind") in ("city", "island", "landmark")),
                   key=lambda g: g.y)
    if not towns:
        return all_items
    lats = [t.y for t in towns]
    # (only the towns within that many degrees of latitude can be that near: a corpus has
    # thousands of towns and hundreds of countries, and each pair was measured)
    span = NEAR_TOWN_KM / (EARTH_RADIUS_KM * math.pi / 180.0) + 1e-9

    def near(it: Item) -> bool:
        a = it.geometry
        lo, hi = bisect_left(lats, a.y - span), bisect_right(lats, a.y + span)
        return any(haversine_km(a.y, a.x, t.y, t.x) <= NEAR_TOWN_KM for t in towns[lo:hi])

    return [replace(it, gives_way=True) if it.broad and it.geometry.geom_type == "Point" and near(it) else it
            for it in all_items]


def _apart(all_items: list[Item], styles: Styles) -> list[Item]:
    """Mark the zones whose label would be their place's name where a role's marker says that
    name already (a coastguard "off Zuwara" beside the launch point Zuwara): named by their actor."""
    said = {it.label for it in all_items if it.kind == "point" and label_rank(it, styles)}
    controls = styles.raw.get("controls", {})
    return [replace(it, apart=True, kind_label=str(controls.get(it.style.removeprefix("control:"), {}).get("label", "")))
            if it.style.startswith("control:") and it.short_label in said else it
            for it in all_items]


@dataclass(frozen=True, slots=True)
class Alternative:
    """Another reading of an uncertain place, for the Audit layer."""

    name: str
    id: str
    country: str
    score: float | None
    point: Point


@dataclass(frozen=True, slots=True)
class Quote:
    """A sentence shown in a popup: its document, its text, the spans to mark and the
    mention's own words (also marked wherever they occur)."""

    doc: str
    quote: str
    highlight: tuple[tuple[int, int], ...] = ()
    mention: str = ""

    @classmethod
    def of(cls, source: Source) -> Quote:
        """A picture feature's supporting sentence."""
        return cls(source.doc, source.quote, source.highlight)


@dataclass(frozen=True, slots=True)
class AuditPlace:
    """An uncertain place as the Audit layer shows it: the choice, why it is doubtful, the rest."""

    name: str
    id: str
    point: Point
    confidence: float | None
    flags: tuple[str, ...]
    margin: float | None
    quotes: tuple[Quote, ...]
    alternatives: tuple[Alternative, ...]


def _on_earth(lat: Any, lon: Any) -> bool:
    return (isinstance(lat, (int, float)) and isinstance(lon, (int, float))
            and -90 <= lat <= 90 and -180 <= lon <= 180)


def _picture_alternatives(alts: Any) -> list[Alternative]:
    # The `alternatives` the extractor writes on a doubtful place: [{"id", "name", "lat", "lon", "score"}].
    out: list[Alternative] = []
    for alt in alts if isinstance(alts, list) else []:
        if isinstance(alt, Mapping) and _on_earth(alt.get("lat"), alt.get("lon")):
            score = alt.get("score")
            out.append(Alternative(str(alt.get("name") or alt.get("id") or "?"), str(alt.get("id") or ""),
                                   str(alt.get("country") or ""), score if isinstance(score, (int, float)) else None,
                                   Point(alt["lon"], alt["lat"])))
    return out


def audit_places(all_items: Iterable[Item], rows: Iterable[AuditRow] | None = None) -> list[AuditPlace]:
    """What the Audit layer draws.

    From `rows` when given: the audit's own rows (geomig.audit.report.audit_layer_rows), one per
    doubtful mention, merged per chosen place. Otherwise from the picture: the point places the
    extractor found doubtful, which carry their `alternatives`.
    """
    if rows is None:
        out = []
        for it in all_items:
            f = it.feature
            alts = _picture_alternatives(f.properties.get("alternatives")) if it.kind == "point" else []
            if alts:
                pt = f.geometry.geoms[0] if hasattr(f.geometry, "geoms") else f.geometry
                out.append(AuditPlace(it.label or "?", f.id or "", pt, f.confidence, ("low-confidence",), None,
                                      tuple(Quote.of(s) for s in f.sources), tuple(alts)))
        return out
    merged: dict[str, list[AuditRow]] = {}
    for row in rows:
        if _on_earth(row.lat, row.lon):
            merged.setdefault(row.id or f"{row.lat},{row.lon}", []).append(row)
    return [_audit_place(key, group) for key, group in merged.items()]


def _audit_place(key: str, rows: list[AuditRow]) -> AuditPlace:
    """One chosen place from the audit rows of its mentions: the lowest confidence and margin,
    every flag and quote once, each alternative at its best score."""
    first = rows[0]
    flags: list[str] = []
    alternatives: dict[str, Alternative] = {}
    for row in rows:
        flags += [f for f in row.flags if f not in flags]
        for a in row.alternatives:
            if not _on_earth(a.lat, a.lon):
                continue
            alt = Alternative(a.name or a.id or "?", a.id or "", a.country or "", a.score, Point(a.lon, a.lat))
            best = alternatives.get(alt.id or alt.name)
            if best is None or (alt.score or 0) > (best.score or 0):
                alternatives[alt.id or alt.name] = alt
    margins = [r.margin for r in rows if r.margin is not None]
    return AuditPlace(first.name or key, first.id or "", Point(first.lon, first.lat), min(r.confidence for r in rows),
                      tuple(flags), min(margins) if margins else None,
                      tuple(Quote(r.doc, r.sentence or r.text, (), r.text) for r in rows), tuple(alternatives.values()))


def sources(picture: Picture) -> list[str]:
    """The documents a picture cites, sorted, for the provenance footer."""
    docs = {s.doc for f in picture.features for s in f.sources if s.doc}
    docs.update(d for d in picture.documents if d)
    return sorted(docs)


def gazetteer_recorded(picture: Picture) -> str | None:
    """The gazetteer version the picture records, or None."""
    for key in ("gazetteer_version", "gazetteer"):
        value = picture.meta.get(key)
        if isinstance(value, (str, int, float)) and value:
            return str(value)
    return None


Box = tuple[float, float, float, float]


def bounds(all_items: Iterable[Item]) -> Box | None:
    """(minx, miny, maxx, maxy) of the items, or None for an empty picture."""
    geoms = [it.geometry for it in all_items]
    if not geoms:
        return None
    return tuple(shapely.GeometryCollection(geoms).bounds)  # type: ignore[return-value]


def tells_story(features: Iterable[Feature]) -> bool:
    """Whether a picture holds any migration (a role, a route or a zone), not only places
    merely mentioned: the page, the static image and the command say so when it does not."""
    return any((f.role or "place") != "place" for f in features)


def story_bounds(all_items: Iterable[Item], styles: Styles) -> Box | None:
    """The box the first view fits: the story's layers (styles' `story_layers`), else every item.
    Origins are no story layer, so neither is a route's leg that leaves one: a Channel report
    whose routes start in Afghanistan opens on the Channel."""
    all_items = list(all_items)
    story = set(styles.map.get("story_layers", ()))
    origins = {it.feature.id for it in all_items if it.feature.role == "origin" and it.feature.id}
    geoms = [part for it in all_items if it.layer in story for part in _story_parts(it, origins)]
    if geoms:
        return tuple(shapely.GeometryCollection(geoms).bounds)  # type: ignore[return-value]
    return bounds(all_items)


def _story_parts(it: Item, origins: set) -> list[BaseGeometry]:
    """An item's geometry for the first view: a route's legs that leave no origin (all of them
    when every leg does), any other item's main part."""
    legs = it.legs if it.feature.role == "route" else ()
    kept = [leg.line for leg in legs if leg.line is not None and leg.start not in origins]
    return kept or [_main_part(it.geometry)]


def _main_part(g: BaseGeometry) -> BaseGeometry:
    """An area's largest part: France's waters overseas should not pull a Channel map to the world."""
    if g.geom_type == "MultiPolygon":
        return max(g.geoms, key=lambda p: p.area)
    return g


def parse_bounds(text: str) -> Box:
    """'W,S,E,N' in degrees (as --bounds takes it) as a box; PictureError when it is not one."""
    try:
        w, s, e, n = (float(v) for v in text.replace(" ", "").split(","))
    except ValueError:
        raise PictureError(f"bounds {text!r}: expected four numbers W,S,E,N in degrees") from None
    if not (-180 <= w < e <= 180 and -90 <= s < n <= 90):
        raise PictureError(f"bounds {text!r}: expected -180 <= W < E <= 180 and -90 <= S < N <= 90")
    return (w, s, e, n)
