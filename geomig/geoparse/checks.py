"""Choices the rest of their document speaks against, flagged and never left confident.

The resolver scores each name's candidates with the document's context, but two kinds of
wrong choice still came out at confidence 0.999 in our own reports:

- ``off-focus``: every other place of the text lies in one region (a story about the
  Armenia - Azerbaijan border), and the choice is a small town far from all of them, in a
  country the text names nowhere else, chosen over a namesake elsewhere or by another of
  its names (a "Hakari" bridge placed at Hakkâri, Turkey);
- ``feature-mismatch``: the words around the name say what it names (a strait, a river, a
  bridge, a camp: "the Strait of Malacca", "the Tumen river") and the choice is a town of
  that name far from the text's other places, because the gazetteer holds no such feature;
- ``far-from-neighbour``: the text puts the name near another place it names ("the X river
  near the village of Y", "Y, outside X") and the choice, a small town chosen among namesakes,
  lies far from that place (a village of a common name placed at its namesake 300 km away).
  Where a namesake the resolver passed over lies near that place, every mention of the name
  moves to it instead (one village, one point), flagged ``moved-near`` with the reason in its
  evidence and kept at its confidence: the text's own words chose it. A negated "near"
  ("nowhere near Y") or one that belongs to a third place between ("X to Z, near Y") moves
  nothing.

- ``wrong-direction``: the text puts the name at a compass point of another place it names
  ("El Amra, a farming town north of Sfax", "X, 30 km west of Y") and the choice, a town,
  lies on another side of that place (the gazetteer's only El Amra, 140 km west-north-west).
  Where the choice lies far from that place and a namesake the resolver passed over lies
  near it on the stated side ("the Los Santos region south of San José": Costa Rica's coffee
  district, not Panama's province), every mention of the name moves to it, as above.

- ``off-border``: the text puts the name on or near a country's border ("Kaya, on the
  Ugandan border", "X, near the border with Chad") and the choice lies far from that
  country (the gazetteer's only Kaya, in Burkina Faso): the place meant is not known.

A river the text puts at one of its places ("Ciudad Acuña, on the Rio Grande", "the Rio
Grande near Piedras Negras") is met there: where the gazetteer's one point of the river lies
far from that place, the mention takes the place's point, flagged ``moved-near`` as above.

The five are flagged on the mention (the audit lists them first) and its confidence is
capped at CAPPED_CONFIDENCE, below the low-confidence line the audit, the picture and the
map's Audit layer share. `checked` runs after resolution, before a user's overrides.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import replace

from geomig.errors import GazetteerError
from geomig.gazetteer.geo import haversine_km
from geomig.gazetteer.index import normalize
from geomig.models import Candidate, Mention

#: The other places must number this many (distinct) to make a focus.
FOCUS_MIN_PLACES = 3
#: ... and all lie within this of their medoid (one region: a border area, a coast).
FOCUS_SPREAD_KM = 600.0
#: A choice farther than this from every other place of the focus is off it.
OFF_FOCUS_KM = 150.0
#: A town this large, or a capital, named in passing is mostly the famous one (a court's or an
#: agency's seat: "Strasbourg", "Geneva"): never off-focus.
FAMOUS_POPULATION = 150_000
#: A text naming more places than this is a list or a digest, not a story with one focus:
#: its choices are left as they are (and the checks stay linear in the text's length).
MAX_PLACES = 80
#: Other places count toward the focus from this confidence.
TRUSTED_CONFIDENCE = 0.6
#: At most this confidence for a flagged choice (below cues.toml's low_confidence, 0.6).
CAPPED_CONFIDENCE = 0.5
#: A place the text puts "near" another lies within this of it (a river's or a region's
#: point may lie far along it from the place beside it: the bound is loose).
NEIGHBOUR_KM = 250.0
#: The words that put two names of a sentence near each other, and the longest gap between them.
_NEAR_WORDS = re.compile(r"\b(?:near|nearby|outside|beside|close to|next to|on the outskirts of)\b")
#: ... unless denied right before: "nowhere near", "not near", "never close to".
_DENIED = re.compile(r"\b(?:nowhere|not|never|hardly)\s+$", re.IGNORECASE)
_NEIGHBOUR_GAP = 40
#: A place the text puts on a country's border lies within this of the country (loose: a
#: town's point, a border town a few kilometres inland, a coarse polygon, and news wording of
#: the Sahara, where "near the border" spans hundreds of kilometres: Kufra "near the Chadian
#: border" lies 430 km from Chad, Gao "close to the Algerian border" 460 km from Algeria,
#: Agadez "near the Libyan border" 840 km from Libya). A namesake on another continent (a
#: Kaya of Burkina Faso "on the Ugandan border", 3,700 km off) stays far beyond it.
BORDER_KM = 1000.0
#: The words between a place and the country whose border the text puts it on: "X, on the
#: <Ugandan> border", "X near the <Chadian> frontier", "X, close to the border with <Chad>",
#: "X on <Uganda>'s border"; the country's mention follows the match.
_ON_BORDER_BEFORE = re.compile(
    r",?\s+(?:(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?)?(?:(?:which|that)\s+(?:lies|sits|stands)\s+)?"
    r"(?:right\s+|just\s+)?(?:on|near|along|at|by|close\s+to|next\s+to)\s+"
    r"(?:the\s+(?:border|frontier)\s+with\s+(?:the\s+)?|the\s+)?")
#: After an adjective or a possessive country: the noun that makes it a border.
_BORDER_AFTER = re.compile(r"(?:['’]s)?\s+(?:border|frontier)\b")
#: A river named right at a place whose point lies farther than this from the river's one point
#: is met at that place (the Rio Grande's point is at El Paso, 600 km from Ciudad Acuña).
RIVER_AT_KM = 50.0
#: "Ciudad Acuña, on the Rio Grande", "X, which lies on the banks of the R": a place, then the river.
_ON_RIVER = re.compile(r",?\s+(?:(?:which|that)\s+(?:lies|sits|stands)\s+)?on\s+the\s+(?:banks?\s+of\s+the\s+)?")
#: "the Rio Grande near Piedras Negras", "the R at the town of X": the river, then a place.
_RIVER_AT = re.compile(r"\s+(?:[Rr]iver\s+)?(?:near|at|outside|beside|by|next\s+to|close\s+to)\s+"
                       r"(?:the\s+(?:city|town|village|port)\s+of\s+)?")
#: The flags of this module, with the words the evidence adds for each (the audit ranks them
#: first: geomig/audit/report.py's QUESTIONED).
_WHY = {"off-focus": "far from every other place of the text, in a country it names nowhere else",
        "feature-mismatch": "the text names a water body, crossing or camp, and this is another place of its name",
        "far-from-neighbour": "the text puts it near another place it names, and this place lies far from that one",
        "wrong-direction": "the text puts it on one side of another place it names, and this place lies on another",
        "off-border": "the text puts it on a country's border, and this place lies far from that country"}
FLAGS = tuple(_WHY)
#: The flag of a mention moved to the namesake near the place the text puts it by (not a doubt:
#: the audit shows it among the sound choices, with the reason in the evidence).
MOVED = "moved-near"
#: "El Amra, a farming town north of Sfax", "X, some 30 km south-west of Y", "X west of Y": the
#: words between a name and another place that put it at a compass point of that place.
_BEARING_BETWEEN = re.compile(
    r",?\s+(?:(?:region|area|zone|district|valley|hills|highlands)\b,?\s+)?"  # "the X region, south of Y"
    r"(?:(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?)?(?:(?:about|some|roughly|just|somewhere|lying)\s+)?"
    r"(?:\d+(?:[.,]\d+)?\s*(?:km|kilometres|kilometers|miles)\s+)?"
    r"(north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of\s+"
    r"(?:the\s+)?(?:(?:city|town|port|village)\s+of\s+)?")
#: A negation among the words before the compass point ("a town not north of ...").
_NOT = re.compile(r"\b(?:not|never|nor)\b")
#: The compass points' bearings in degrees.
_BEARINGS = {"north": 0.0, "northeast": 45.0, "east": 90.0, "southeast": 135.0, "south": 180.0,
             "southwest": 225.0, "west": 270.0, "northwest": 315.0}
#: A choice off the stated bearing by more than this (degrees) lies on another side of the place
#: (a point's sector is 45 degrees wide, and writers round: "north of" for north-north-east).
BEARING_TOLERANCE = 60.0
#: Nearer than this to the place, a town's point says nothing of its side.
BEARING_MIN_KM = 10.0
#: Kinds that can be off-focus or a feature's namesake (not seas, continents, regions).
_LOCAL = frozenset({"city", "admin", "island", "landmark"})

# "the Strait of X", "the X river", "River X", "the X bridge", "the X border crossing", "X camp":
# often named after the town they lie by (the Bay of Algeciras, the Kanawha River, the Rumichaca
# bridge, the Calais camp), so only a town of the name far from the text's other places
# contradicts them (a "Hakari bridge" at Hakkâri, Turkey). A plain "crossing" followed by its
# object is a verb ("entering X crossing the river"); the nouns keep theirs ("the X river into
# Iran", "the X bridge over the gorge").
_FEATURE_BEFORE = re.compile(r"(?:\b(?:Straits?|Gulf|Bay|Sea)\s+of|\bRiver)\s+$")
_FEATURE_AFTER = re.compile(r"\s+(?:(?:[Ss]traits?|[Rr]iver|[Cc]anal|[Bb]ridge|[Bb]order\s+(?:[Cc]rossing|post)"
                            r"|[Cc]heckpoint|(?:[Rr]efugee\s+)?[Cc]amp)\b"
                            r"|[Cc]rossing\b(?!\s+(?:the|a|an|into|over|from|to)\b))")


def checked(text: str, mentions: Sequence[Mention], gazetteer=None) -> list[Mention]:
    """The mentions, those the document speaks against flagged and capped (see module).
    ``gazetteer`` (optional) tells famous towns, which are never off-focus, and states."""
    out = list(mentions)
    placed = [(n, m) for n, m in enumerate(out) if m.id is not None and m.lat is not None and m.lon is not None]
    # The text's local places, one point per name and place: (name, id) -> (lat, lon, trusted).
    places: dict[tuple[str, str], tuple[float, float, bool]] = {}
    for _, m in placed:
        if m.kind in _LOCAL and "vague" not in m.flags:
            key = (m.text.casefold(), m.id)
            trusted = m.confidence >= TRUSTED_CONFIDENCE or places.get(key, (0, 0, False))[2]
            places[key] = (m.lat, m.lon, trusted)
    if len(places) > MAX_PLACES:
        return out
    # The medoid of the trusted places, measured only when a mention is past _off_focus's
    # cheaper tests (a few in a hundred: it costs a distance per pair of places).
    focus = _Focus([(la, lo) for la, lo, trusted in places.values() if trusted])
    named = _countries_named(out)
    verdicts: dict[tuple[str, str], str] = {}  # a name's verdict, for each of its mentions
    # A name the text once puts on the wrong side of a place is doubted at every mention.
    off_bearing = {(m.text.casefold(), m.id) for _, m in placed if _off_bearing(text, m, mentions, gazetteer)}
    moves: dict[tuple[str, str], tuple[str, str, str]] = {}  # (name, id) -> (namesake's id, neighbour, relation)
    for _, m in placed:
        if "overridden" not in m.flags and (moved := _bearing_namesake(text, m, mentions)) is not None:
            moves[m.text.casefold(), m.id] = moved
    # The places a name may be put near, listed once: each name's search reads only these.
    trusted = [o for o in mentions if o.id is not None and o.lat is not None and o.kind in _LOCAL
               and o.confidence >= TRUSTED_CONFIDENCE]
    for n, m in placed:
        if "overridden" in m.flags or "contradicts-qualifier" in m.flags:
            continue
        key = (m.text.casefold(), m.id)
        if key in moves and moves[key][2] != "near":
            continue  # the text's own bearing chose a namesake: none of the doubts below is about it
        feature = feature_named(text, m.start, m.end)
        if (key, feature) not in verdicts:
            # The other names' points are listed only for a mention past the cheaper tests
            # (most are not: another name of the text names their country).
            flag = ""
            if feature and _town_like(m, gazetteer) and _far(m, _points(places, key[0])):
                flag = "feature-mismatch"
            elif (m.kind in _LOCAL and "vague" not in m.flags and focus and not _named_otherwise(m, named)
                  and _off_focus(m, focus, _points(places, key[0], trusted_only=True), gazetteer)):
                flag = "off-focus"
            verdicts[key, feature] = flag
        if verdicts[key, feature]:
            out[n] = _capped(m, verdicts[key, feature])
        elif key in off_bearing:
            out[n] = _capped(m, "wrong-direction")
        elif _off_border(text, m, mentions):
            out[n] = _capped(m, "off-border")
        elif key not in moves and (neighbour := _far_neighbour(text, m, mentions, trusted, gazetteer)) is not None:
            if (namesake := _namesake_near(m, neighbour)) is not None:
                moves[key] = (namesake.id, neighbour.text, "near")
            else:
                out[n] = _capped(m, "far-from-neighbour")
    # Every mention of a moved name moves with it (one village, one point), one found far from
    # its neighbour before too; one whose own words flag it (a feature's namesake) keeps its flag.
    for n, m in placed:
        key = (m.text.casefold(), m.id)
        if key in moves and (out[n] is m or out[n].flags[len(m.flags):] == ("far-from-neighbour",)):
            out[n] = _moved(m, *moves[key])
    if gazetteer is not None:
        for n, m in placed:
            if "overridden" not in m.flags and (town := _river_town(text, out[n], trusted, gazetteer)) is not None:
                out[n] = _placed_at(out[n], town)
    return out


def _river_town(text: str, m: Mention, trusted: Sequence[Mention], gazetteer) -> Mention | None:
    """The trusted local place the words right around m, a river of the gazetteer, put it at
    ("Ciudad Acuña, on the Rio Grande", "the Rio Grande near Piedras Negras"), where the
    river's one point lies farther than RIVER_AT_KM from it; else None. A river runs for
    hundreds of kilometres: the text's place, not the river's middle, is where it is met."""
    if m.kind != "landmark" or m.lat is None or (place := _place(m, gazetteer)) is None or place.feature != "river":
        return None
    for o in trusted:
        if o.kind == "landmark" or o.lat is None:
            continue  # (another river or a crossing is no town to meet the river at)
        if o.end <= m.start:
            between = _ON_RIVER.fullmatch(text, o.end, m.start)
        else:
            between = _RIVER_AT.fullmatch(text, m.end, o.start)
        if between is not None and haversine_km(m.lat, m.lon, o.lat, o.lon) > RIVER_AT_KM:
            return o
    return None


def _placed_at(m: Mention, town: Mention) -> Mention:
    """m, a river, at the point of the town the text puts it at, flagged MOVED with the reason."""
    why = f"placed at {town.text}: the text puts the river at {town.text}"
    return replace(m, lat=town.lat, lon=town.lon, flags=(*m.flags, MOVED),
                   evidence=f"{m.evidence}; {why}" if m.evidence else why)


def _far_neighbour(text: str, m: Mention, mentions: Sequence[Mention], trusted: Sequence[Mention],
                   gazetteer) -> Mention | None:
    """The trusted local place (one of ``trusted``, the mentions' trusted local places in their
    order) the words around m put it near ("the X river near the village of Y", "Y, outside X":
    a few words apart in one sentence, with an undenied word of nearness and no other name
    between) and that m, a small town chosen among namesakes, lies farther than NEIGHBOUR_KM
    from; else None."""
    if m.kind not in _LOCAL or not _town_like(m, gazetteer) or _famous(m, gazetteer) or _the_one_so_named(m):
        return None
    name = m.text.casefold()
    for o in trusted:
        if o.text.casefold() == name:
            continue
        lo, hi = (o.end, m.start) if o.end <= m.start else (m.end, o.start)
        if (0 <= hi - lo <= _NEIGHBOUR_GAP and not any(c in ".;!?" for c in text[lo:hi])
                and _near_between(text, lo, hi) and not any(lo <= x.start < hi for x in mentions)
                and haversine_km(m.lat, m.lon, o.lat, o.lon) > NEIGHBOUR_KM):
            return o
    return None


def _off_border(text: str, m: Mention, mentions: Sequence[Mention]) -> bool:
    """Whether the words right after m, a local place, put it on or near the border of a
    country the next mention names (a country or its people's adjective) and m lies farther
    than BORDER_KM from that country."""
    if m.kind not in _LOCAL or "vague" in m.flags or m.lat is None:
        return False
    after = text[m.end:m.end + 80]
    if "border" not in after and "frontier" not in after:
        return False  # (one native test first: most names have no border after them)
    between = _ON_BORDER_BEFORE.match(text, m.end)
    if between is None or between.end() == m.end:
        return False
    o = next((o for o in mentions if o.start >= between.end()), None)
    if o is None or o.start != between.end() or o.kind not in ("country", "demonym") or not o.country:
        return False
    with_noun = between.group().rstrip().endswith(("with", "with the"))
    if not with_noun and not _BORDER_AFTER.match(text, o.end):
        return False  # "X near the Ugandan town of Y", "X, on the Chad side"
    if o.country == m.country:
        return False
    import shapely  # (here, not at the top: few texts get this far, and shapely costs a cold start)
    import shapely.ops

    from geomig.gazetteer import shapes
    geom = shapes.country(o.country)
    if geom is None:
        return False
    near, _ = shapely.ops.nearest_points(geom, shapely.Point(m.lon, m.lat))
    return haversine_km(m.lat, m.lon, near.y, near.x) > BORDER_KM


def _off_bearing(text: str, m: Mention, mentions: Sequence[Mention], gazetteer) -> bool:
    """Whether the words right after m put it at a compass point of the trusted local place
    that follows them ("El Amra, a farming town north of Sfax") and m, a town, lies more than
    BEARING_TOLERANCE off that bearing from it."""
    if not _town_like(m, gazetteer) or (stated := _stated_bearing(text, m, mentions)) is None:
        return False
    o, said = stated
    return haversine_km(m.lat, m.lon, o.lat, o.lon) >= BEARING_MIN_KM and _off(m, o, said)


def _stated_bearing(text: str, m: Mention, mentions: Sequence[Mention]) -> tuple[Mention, str] | None:
    """The trusted local place the words right after m put it at a compass point of, and that
    compass point ("north", "southwest"); None without one, or where the words deny it."""
    if m.kind not in _LOCAL or " of " not in text[m.end:m.end + _NEIGHBOUR_GAP + 20]:
        return None  # (most names have no " of " after them: one native test first)
    for o in mentions:  # (in text order)
        if o.start < m.end:
            continue
        if o.start - m.end > _NEIGHBOUR_GAP + 20:
            return None
        said = _BEARING_BETWEEN.fullmatch(text, m.end, o.start)
        if (said is None or o.id is None or o.lat is None or o.kind not in _LOCAL
                or o.confidence < TRUSTED_CONFIDENCE):
            return None  # only the first place after the name is the one it is placed by
        if _NOT.search(said.group(0)):
            return None  # "a town not east of Dunkirk": a denied bearing says nothing
        return o, said.group(1).replace("-", "")
    return None


def _off(p, o: Mention, said: str) -> bool:
    """Whether point p lies more than BEARING_TOLERANCE off the compass point ``said`` of o."""
    off = abs(_bearing(o.lat, o.lon, p.lat, p.lon) - _BEARINGS[said]) % 360.0
    return min(off, 360.0 - off) > BEARING_TOLERANCE


def _bearing_namesake(text: str, m: Mention, mentions: Sequence[Mention]) -> tuple[str, str, str] | None:
    """(namesake's id, the place's name, "<compass point> of") where the text puts m at a compass
    point of a place its choice lies far from (a state's point says little of its side nearby)
    and a namesake the resolver passed over lies near that place on that side; else None."""
    stated = _stated_bearing(text, m, mentions)
    if stated is None:
        return None
    o, said = stated
    if haversine_km(m.lat, m.lon, o.lat, o.lon) <= NEIGHBOUR_KM:
        return None
    near = [a for a in m.alternatives if a.kind in _LOCAL and a.lat is not None
            and BEARING_MIN_KM <= haversine_km(a.lat, a.lon, o.lat, o.lon) <= NEIGHBOUR_KM and not _off(a, o, said)]
    best = max(near, key=lambda a: a.score, default=None)
    return None if best is None else (best.id, o.text, f"{said} of")


def _bearing(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """The initial bearing in degrees (0 north, 90 east) from the first point to the second."""
    p1, p2, dl = math.radians(lat1), math.radians(lat2), math.radians(lon2 - lon1)
    y = math.sin(dl) * math.cos(p2)
    x = math.cos(p1) * math.sin(p2) - math.sin(p1) * math.cos(p2) * math.cos(dl)
    return math.degrees(math.atan2(y, x)) % 360.0


def _near_between(text: str, lo: int, hi: int) -> bool:
    """Whether a word of nearness no "not" or "nowhere" denies lies in text[lo:hi]."""
    return any(not _DENIED.search(text, lo, w.start()) for w in _NEAR_WORDS.finditer(text, lo, hi))


def _namesake_near(m: Mention, neighbour: Mention) -> Candidate | None:
    """The best namesake the resolver passed over for m that lies within NEIGHBOUR_KM of the
    place the text puts it near (the village by the river, not its namesake 300 km away); else None."""
    near = [a for a in m.alternatives if a.kind in _LOCAL
            and haversine_km(a.lat, a.lon, neighbour.lat, neighbour.lon) <= NEIGHBOUR_KM]
    return max(near, key=lambda a: a.score, default=None)


def _moved(m: Mention, namesake_id: str, neighbour: str, relation: str) -> Mention:
    """m moved to its namesake ``namesake_id`` (an alternative of it), flagged MOVED, the
    reason added to its evidence and the old choice kept as an alternative at its own
    confidence; m unchanged when it lists no such namesake."""
    best = next((a for a in m.alternatives if a.id == namesake_id), None)
    if best is None:
        return m
    old = Candidate(m.id, m.name, m.country, m.lat, m.lon, m.confidence, m.kind)
    why = f"moved to the namesake by {neighbour}: the text puts it {relation} {neighbour}"
    return replace(m, id=best.id, name=best.name, country=best.country, lat=best.lat, lon=best.lon,
                   kind=best.kind, alternatives=(old, *(a for a in m.alternatives if a is not best)),
                   flags=(*m.flags, MOVED), evidence=f"{m.evidence}; {why}" if m.evidence else why)


def feature_named(text: str, start: int, end: int) -> bool:
    """Whether the words right around a name say it names a river, a strait, a crossing or a
    camp ("X river", "River X", "X Strait", "X bridge", "X camp")."""
    return bool(_FEATURE_BEFORE.search(text, max(0, start - 12), start) or _FEATURE_AFTER.match(text, end))


def _far(m: Mention, points: list[tuple[float, float]]) -> bool:
    """Whether m lies farther than OFF_FOCUS_KM from every one of the points (the text's
    other places); with none, it is not."""
    return bool(points) and min(haversine_km(m.lat, m.lon, *p) for p in points) > OFF_FOCUS_KM


def _medoid(points: list[tuple[float, float]]) -> tuple[float, float] | None:
    """The point nearest, in sum, to all the others (an outlier among them barely moves it)."""
    if len(points) < FOCUS_MIN_PLACES:
        return None
    return min(points, key=lambda p: sum(haversine_km(*p, *q) for q in points))


class _Focus:
    """The trusted places' medoid, measured the first time it is asked (``point``); true
    when there are enough of them to make a focus."""

    __slots__ = ("points", "_point")

    def __init__(self, points: list[tuple[float, float]]):
        self.points = points
        self._point: tuple[float, float] | None = None

    def __bool__(self) -> bool:
        return len(self.points) >= FOCUS_MIN_PLACES

    @property
    def point(self) -> tuple[float, float]:
        if self._point is None:
            self._point = _medoid(self.points)
        return self._point  # type: ignore[return-value] # asked only when self is true


def _points(places: dict[tuple[str, str], tuple[float, float, bool]], name: str,
            trusted_only: bool = False) -> list[tuple[float, float]]:
    """The points of the text's places called otherwise than ``name`` (the trusted ones only)."""
    return [(la, lo) for k, (la, lo, trusted) in places.items() if k[0] != name and (trusted or not trusted_only)]


def _named_otherwise(m: Mention, named: dict[str, set[str]]) -> bool:
    """Whether m's country is named in the text by another name than m's."""
    return bool(m.country and named.get(m.country, set()) - {m.text.casefold()})


def _off_focus(m: Mention, focus: _Focus, others: list[tuple[float, float]], gazetteer) -> bool:
    """Whether the other (trusted) places make a focus round their medoid and m lies far
    from every one of them (its country named by nothing else in the text: the caller
    asks that first, as it needs no points)."""
    if len(others) < FOCUS_MIN_PLACES or not _far(m, others):
        return False
    medoid = focus.point
    if max(haversine_km(*medoid, *q) for q in others) > FOCUS_SPREAD_KM:
        return False  # the text ranges widely: no focus to be off
    return not _famous(m, gazetteer) and not _the_one_so_named(m)


def _the_one_so_named(m: Mention) -> bool:
    """Whether m bears the name itself and no candidate of the name lies elsewhere (its
    others, if any, within OFF_FOCUS_KM: the island and its town): no namesake was chosen
    over another, and a route's far end is often such a place ("Zuwara, Sabratha and
    Zawiya ... reached Lampedusa"); a town matched by another of its names ("Hakari" for
    Hakkâri) or a county by its head word ("Hand" for Hand County) stays in question."""
    return (m.name is not None and normalize(m.name) == normalize(m.text)
            and not _far_apart(m, [(a.lat, a.lon) for a in m.alternatives]))


def _far_apart(m: Mention, points: list[tuple[float, float]]) -> bool:
    """Whether one of the points lies farther than OFF_FOCUS_KM from m."""
    return any(haversine_km(m.lat, m.lon, *p) > OFF_FOCUS_KM for p in points)


def _town_like(m: Mention, gazetteer) -> bool:
    """A town, or a district known by a town's name (a second-level division): not a state,
    whose rivers and crossings do bear its name ("the Limpopo River" in Limpopo province)."""
    if m.kind == "city":
        return True
    if m.kind != "admin" or gazetteer is None:
        return False
    place = _place(m, gazetteer)
    return place is not None and place.feature not in ("ADM1", "region")


def _place(m: Mention, gazetteer):
    try:
        return gazetteer.get(m.id)
    except GazetteerError:  # an overrides file's own place, or another resolver's id
        return None


def _famous(m: Mention, gazetteer) -> bool:
    place = _place(m, gazetteer) if gazetteer is not None else None
    return place is not None and (place.feature == "PPLC" or (place.population or 0) >= FAMOUS_POPULATION)


def _countries_named(mentions: Sequence[Mention]) -> dict[str, set[str]]:
    """Country -> the (casefolded) names whose chosen places lie in it."""
    out: dict[str, set[str]] = {}
    for m in mentions:
        if m.id is not None and m.country:
            out.setdefault(m.country, set()).add(m.text.casefold())
    return out


def _capped(m: Mention, flag: str) -> Mention:
    why = _WHY[flag]
    evidence = f"{m.evidence}; {why}" if m.evidence else why
    return replace(m, confidence=min(m.confidence, CAPPED_CONFIDENCE), evidence=evidence, flags=(*m.flags, flag))
