"""Hand-built geocoded documents, for tests that must not depend on the geocoder's
current choices (the extraction stage is tested on its own).

    >>> doc = annotate("Boats left Zuwara for Lampedusa.")
    >>> [(m.text, m.id) for m in doc.mentions]
    [('Zuwara', 'geonames:2208425'), ('Lampedusa', 'geonames:2524459')]
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from geomig.models import Candidate, GeocodedDocument, Mention

#: surface form -> (id, kind, country, lat, lon, gazetteer name). A tiny gazetteer.
PLACES: dict[str, tuple[str, str, str | None, float, float, str]] = {
    "Libya": ("geonames:2215636", "country", "LY", 27.03095, 18.00819, "Libya"),
    "Italy": ("geonames:3175395", "country", "IT", 43.52987, 12.14828, "Italy"),
    "Tripoli": ("geonames:2210247", "city", "LY", 32.88743, 13.18733, "Tripoli"),
    "TRIPOLI": ("geonames:2210247", "city", "LY", 32.88743, 13.18733, "Tripoli"),
    "Sabratha": ("geonames:2212771", "city", "LY", 32.79335, 12.48845, "Şabrātah"),
    "Europe": ("geonames:6255148", "continent", None, 48.69096, 9.14062, "Europe"),
    "Africa": ("geonames:6255146", "continent", None, 7.1881, 21.09375, "Africa"),
    "Mediterranean": ("geomig:mediterranean-sea", "sea", None, 34.5, 18.0, "Mediterranean Sea"),
    "Aegean": ("geomig:aegean-sea", "sea", None, 38.5, 25.0, "Aegean Sea"),
    "southern Libya": ("geomig:south:geonames:2215636", "region", "LY", 22.58441, 20.5698, "southern Libya"),
    "western Libya": ("geomig:west:geonames:2215636", "region", "LY", 28.08954, 12.36655, "western Libya"),
    "eastern Libya": ("geomig:east:geonames:2215636", "region", "LY", 27.5, 22.5, "eastern Libya"),
    "Zuwara": ("geonames:2208425", "city", "LY", 32.9312, 12.08199, "Zuwarah"),
    "Zawiya": ("geonames:2216885", "city", "LY", 32.75222, 12.72778, "Zawiya"),
    "Garabulli": ("geomig:garabulli", "city", "LY", 32.7561, 13.7197, "Garabulli"),
    "Misrata": ("geonames:2214846", "city", "LY", 32.37535, 15.09254, "Misratah"),
    "Benghazi": ("geonames:88319", "city", "LY", 32.11486, 20.06859, "Benghazi"),
    "Sebha": ("geonames:2212775", "city", "LY", 27.03766, 14.42832, "Sabha"),
    "Kufra": ("geomig:kufra", "city", "LY", 24.1833, 23.2833, "Kufra"),
    "Lampedusa": ("geonames:2524459", "city", "IT", 35.50142, 12.60964, "Lampedusa"),
    "Pozzallo": ("geonames:2523693", "city", "IT", 36.73028, 14.84672, "Pozzallo"),
    "Sicily": ("geonames:2523119", "admin", "IT", 37.66642, 14.27265, "Sicilia"),
    "Rome": ("geonames:3169070", "city", "IT", 41.89193, 12.51133, "Rome"),
    "Malta": ("geonames:2562770", "country", "MT", 35.88969, 14.44401, "Malta"),
    "Greece": ("geonames:390903", "country", "GR", 39.47912, 22.58478, "Greece"),
    "Lesbos": ("geonames:258465", "island", "GR", 39.25295, 26.16064, "Lesbos"),
    "Turkey": ("geonames:298795", "country", "TR", 38.99076, 35.42181, "Turkey"),
    "Tunisia": ("geonames:2464461", "country", "TN", 34.12067, 9.54799, "Tunisia"),
    "Sfax": ("geonames:2467454", "city", "TN", 34.74056, 10.76028, "Sfax"),
    "Tunis": ("geonames:2464470", "city", "TN", 36.81897, 10.16579, "Tunis"),
    "Niger": ("geonames:2440476", "country", "NE", 17.41888, 9.38582, "Niger"),
    "Agadez": ("geonames:2448085", "city", "NE", 16.97333, 7.99111, "Agadez"),
    "Chad": ("geonames:2434508", "country", "TD", 15.33308, 18.6452, "Chad"),
    "Sudan": ("geonames:366755", "country", "SD", 15.9905, 29.94048, "Sudan"),
    "Eritrea": ("geonames:338010", "country", "ER", 15.35969, 38.83755, "Eritrea"),
    "Nigeria": ("geonames:2328926", "country", "NG", 9.59518, 8.08967, "Nigeria"),
    "Egypt": ("geonames:357994", "country", "EG", 26.49591, 29.86118, "Egypt"),
    "Spain": ("geonames:2510769", "country", "ES", 40.39961, -3.5633, "Spain"),
    "Morocco": ("geonames:2542007", "country", "MA", 29.83723, -8.45665, "Morocco"),
    "Washington": ("geonames:4140963", "city", "US", 38.89511, -77.03637, "Washington"),
    "Poland": ("geonames:798544", "country", "PL", 52.0, 19.0, "Poland"),
    "Belarus": ("geonames:630336", "country", "BY", 53.0, 28.0, "Belarus"),
    "Senegal": ("geonames:2245662", "country", "SN", 14.5, -14.25, "Senegal"),
}

#: demonym -> the place it stands for.
DEMONYMS: dict[str, str] = {
    "Libyan": "Libya", "Libyans": "Libya", "Italian": "Italy", "Italians": "Italy",
    "African": "Africa", "Africans": "Africa", "European": "Europe", "Eritrean": "Eritrea",
    "Eritreans": "Eritrea", "Nigerian": "Nigeria", "Nigerians": "Nigeria", "Tunisian": "Tunisia",
    "Sudanese": "Sudan", "Egyptian": "Egypt", "Maltese": "Malta", "Greek": "Greece",
    "Senegalese": "Senegal", "Polish": "Poland", "Belarusian": "Belarus",
}


def annotate(text: str, *, doc: str = "test.txt", confidence: float | Mapping[str, float] = 0.95,
             alternatives: Mapping[str, tuple[Candidate, ...]] | None = None,
             skip: tuple[str, ...] = ()) -> GeocodedDocument:
    """Geocode a text with the tiny gazetteer above: every surface form found (longest
    first, whole words, case-sensitive) becomes a Mention with exact offsets."""
    from geomig.geoparse.text import sentences as split

    names = sorted((n for n in {**PLACES, **DEMONYMS} if n not in skip), key=len, reverse=True)
    rx = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")
    spans = split(text)
    mentions = []
    for m in rx.finditer(text):
        surface = m.group()
        kind = "demonym" if surface in DEMONYMS else None
        pid, pkind, country, lat, lon, name = PLACES[DEMONYMS.get(surface, surface)]
        sentence = next(i for i, (a, b) in enumerate(spans) if a <= m.start() < b)
        conf = confidence.get(surface, 0.95) if isinstance(confidence, Mapping) else confidence
        mentions.append(Mention(
            text=surface, start=m.start(), end=m.end(), sentence=sentence, kind=kind or pkind, id=pid,
            name=name, country=country, lat=lat, lon=lon, confidence=conf,
            alternatives=(alternatives or {}).get(surface, ()), evidence="test fixture",
        ))
    return GeocodedDocument(doc, text, spans, tuple(mentions))


def land_km(line) -> float:
    """Kilometres of a lon/lat line over land (geomig.gazetteer.shapes.land()), measured in an
    azimuthal equidistant projection centred on the line."""
    import numpy as np
    import shapely
    from pyproj import Transformer

    from geomig.gazetteer import shapes

    c = line.centroid
    to_m = Transformer.from_crs("EPSG:4326", f"+proj=aeqd +lat_0={c.y} +lon_0={c.x} +units=m", always_xy=True)
    over = line.intersection(shapes.land())
    return shapely.transform(over, lambda xy: np.column_stack(to_m.transform(xy[:, 0], xy[:, 1]))).length / 1000


#: The roles a place can play (the Places layer is not one).
ROLES = ("launch_point", "destination", "transit", "origin")


def picture(*texts: str):
    """The picture of these texts, each its own document, geocoded by annotate()."""
    from geomig.picture import extract

    return extract([annotate(t, doc=f"doc{i}.txt") for i, t in enumerate(texts)])


def roles(pic) -> dict[str, set[str]]:
    """place name -> the roles it plays in the picture."""
    out: dict[str, set[str]] = {}
    for f in pic.features:
        if f.role in ROLES:
            out.setdefault(f.name, set()).add(f.role)
    return out


#: A sentence that makes a text about migration, so that the motion cues read it.
CONTEXT = "Eritrean migrants told us about their journey across the desert. "


def role_of(text: str, place: str, context: str = CONTEXT) -> set[str]:
    """The roles a place plays in the picture of a text told after `context`."""
    return roles(picture(context + text)).get(place, set())


#: The opening of the role tests written in reporters' wording: people on the move this year.
REPORTED = "Migrants and refugees told us about their journeys this year. "


def reported_role_of(text: str, place: str) -> set[str]:
    """The roles a place plays in the picture of a text told after REPORTED."""
    return role_of(text, place, REPORTED)


#: Bolivia and its neighbours' places, for the origin tests (tests/test_picture_roles_origins4*.py):
#: surface -> (id, kind, country, lat, lon, gazetteer name), as with_places() takes them.
ANDEAN = {
    "Bolivia": ("test:bolivia", "country", "BO", -16.3, -63.6, "Bolivia"),
    "Oruro": ("test:oruro", "city", "BO", -17.97, -67.11, "Oruro"),
    "Potosi": ("test:potosi", "city", "BO", -19.58, -65.75, "Potosí"),
    "Uyuni": ("test:uyuni", "city", "BO", -20.46, -66.82, "Uyuni"),
    "Argentina": ("test:argentina", "country", "AR", -34.0, -64.0, "Argentina"),
    "Jujuy": ("test:jujuy", "city", "AR", -24.19, -65.3, "San Salvador de Jujuy"),
    "Salta": ("test:salta", "city", "AR", -24.78, -65.41, "Salta"),
    "Peru": ("test:peru", "country", "PE", -9.2, -75.0, "Peru"),
    "Tarija": ("test:tarija", "city", "BO", -21.53, -64.73, "Tarija"),
    "Sucre": ("test:sucre", "city", "BO", -19.04, -65.26, "Sucre"),
    "Cochabamba": ("test:cochabamba", "admin", "BO", -17.39, -66.16, "Cochabamba"),
}


def origin_claims_at(text: str, place: str) -> list:
    """The origin claims the cues make at an ANDEAN place, in a text told after REPORTED."""
    from geomig.picture import read

    return [c for c in read([annotate(REPORTED + text)])[0].claims
            if c.role == "origin" and c.place.name == ANDEAN[place][5]]


def with_places(monkeypatch, places: dict, demonyms: dict | None = None) -> None:
    """The tiny gazetteer with a test file's own places (and nationality words), for one test."""
    for name, row in places.items():
        monkeypatch.setitem(PLACES, name, row)
    for name, place in (demonyms or {}).items():
        monkeypatch.setitem(DEMONYMS, name, place)


def zones(pic) -> set[tuple[str, str]]:
    """(control, place) of each control zone in the picture."""
    return {(f.properties["control"], f.properties["place"]) for f in pic.by_role("control_zone")}


def zones_by_place(text: str) -> dict[str, list]:
    """place -> its control zones, in the picture of a text."""
    out: dict[str, list] = {}
    for z in picture(text).by_role("control_zone"):
        out.setdefault(z.properties["place"], []).append(z)
    return out


#: A migration story the zone tests' sentences follow (its own zones, at Lampedusa and Sfax, left out).
ZONE_CONTEXT = "Hundreds of Eritrean migrants reached Lampedusa from Sfax this week. "


def zones_told(text: str) -> set[tuple[str, str]]:
    """(control, place) of each zone a sentence told after ZONE_CONTEXT draws."""
    return {z for z in zones(picture(ZONE_CONTEXT + text)) if z[1] not in ("Lampedusa", "Sfax")}


def zones_at(text: str, place: str, context: str = "") -> list:
    """The control zones at a place in the picture of a text told after `context`."""
    return [z for z in picture(context + text).by_role("control_zone") if z.properties["place"] == place]


def zones_told_at(text: str, place: str) -> list:
    """The control zones at a place in the picture of a text told after ZONE_CONTEXT."""
    return zones_at(text, place, ZONE_CONTEXT)


def actors_at(text: str, place: str, context: str = ZONE_CONTEXT) -> set[str]:
    """The actors of the control zones at a place, in the picture of a text told after `context`."""
    return {z.properties["actor"] for z in zones_at(text, place, context)}


def kinds_at(text: str, place: str, context: str = ZONE_CONTEXT) -> set[tuple[str, str]]:
    """(control, actor) of each control zone at a place, in the picture of a text told after `context`."""
    return {(z.properties["control"], z.properties["actor"]) for z in zones_at(text, place, context)}


def route_names(text: str, context: str = REPORTED) -> list[str]:
    """The names ("A → B → C") of the routes in the picture of a text told after `context`."""
    return [f.name for f in picture(context + text).by_role("route")]


def route_stops(text: str, context: str = REPORTED) -> list[tuple[str, ...]]:
    """The stop names of each route in the picture of a text told after `context`, sorted."""
    return sorted(tuple(f.properties["stop_names"]) for f in picture(context + text).by_role("route"))


def geocoded_route_stops(text: str) -> list[tuple[str, ...]]:
    """The stop names of each route in the picture of a text geocoded by the real gazetteer
    (not annotate()'s), sorted."""
    import geomig
    from geomig.picture import extract

    pic = extract([geomig.geocode_document(geomig.Document("t.txt", text))])
    return sorted(tuple(f.properties["stop_names"]) for f in pic.by_role("route"))


def has_leg(routes: list[tuple[str, ...]], a: str, b: str) -> bool:
    """Whether one of these routes' stops goes from `a` to a later `b`."""
    return any(a in stops and b in stops and stops.index(a) < stops.index(b) for stops in routes)


def cues_at(text: str, place: str, context: str = "") -> set[str]:
    """The cue ids of the control zones at a place in the picture of a text told after `context`."""
    return {c["cue"] for z in zones_at(text, place, context) for c in z.properties.get("claims", [])}


def zone_told(text: str, place: str):
    """The control zone at `place` of a sentence told after ZONE_CONTEXT."""
    return next(f for f in picture(ZONE_CONTEXT + text).by_role("control_zone") if f.properties["place"] == place)


def score_folder(folder):
    """Each text of a folder of written reports geocoded and extracted on its own, scored
    against the folder's gold.json (geomig.evaluate.picture)."""
    from geomig.evaluate.picture import load_gold, score
    from geomig.geoparse.geocode import geocode_document
    from geomig.models import Document
    from geomig.picture import extract

    gold = load_gold(folder / "gold.json")
    pictures = {name: list(extract([geocode_document(Document(name, (folder / name).read_text("utf-8")))]).features)
                for name in gold}
    return score(gold, pictures)


def prefilter_on_and_off(monkeypatch, read):
    """read() with the picture's keyword prefilters on, then off (cues.PREFILTER): a shortcut
    must change nothing it reads."""
    from geomig.picture import cues

    on = read()
    monkeypatch.setattr(cues, "PREFILTER", False)
    try:
        return on, read()
    finally:
        monkeypatch.setattr(cues, "PREFILTER", True)


def assert_no_match_ruled_out(text: str) -> None:
    """No cue pattern matches a sentence of ``text`` whose words rule it out by the pattern's
    needs (cues.required_clauses): the keyword prefilter may skip only what could not match."""
    from geomig.picture import cues

    lex = cues.default()
    patterns = [p for c in lex.cues + lex.controls for p in c.patterns]
    joined = cues.join_wrapped(annotate(text), lex)
    for i in range(len(joined.sentences)):
        masked = cues.mask(joined, i).text
        low = cues.folded(masked)
        for p in patterns:
            if not all(any(w in low for w in need) for need in p.needs):
                assert p.regex.search(masked) is None, p.source


#: US border towns, Spanish cities and West African countries, for the role tests that carry a
#: role on over a list (tests/test_picture_roles_gapped_shares.py, ..._carried_on.py):
#: surface -> (id, kind, country, lat, lon, gazetteer name), as with_places() takes them.
SHARES_PLACES = {
    "Harlingen": ("test:harlingen", "city", "US", 26.19, -97.70, "Harlingen"),
    "El Paso": ("test:el-paso", "city", "US", 31.76, -106.49, "El Paso"),
    "San Diego": ("test:san-diego", "city", "US", 32.72, -117.16, "San Diego"),
    "Alexandria": ("test:alexandria", "city", "US", 31.31, -92.45, "Alexandria"),
    "Madrid": ("test:madrid", "city", "ES", 40.42, -3.70, "Madrid"),
    "Bilbao": ("test:bilbao", "city", "ES", 43.26, -2.93, "Bilbao"),
    "Seville": ("test:seville", "city", "ES", 37.39, -5.98, "Seville"),
    "Guinea": ("test:guinea", "country", "GN", 10.0, -11.0, "Guinea"),
    "Mali": ("test:mali", "country", "ML", 17.0, -4.0, "Mali"),
    "Senegal": ("test:senegal", "country", "SN", 14.5, -14.5, "Senegal"),
}
