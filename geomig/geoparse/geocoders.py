"""geopy integration: the local gazetteer as a geopy Geocoder, and geopy geocoders
as resolvers for users who are online.

    >>> from geomig.gazetteer.index import Gazetteer
    >>> from geomig.geoparse.geocoders import LocalGazetteer
    >>> LocalGazetteer(Gazetteer.default()).geocode("Sabratha").raw["id"]  # doctest: +SKIP
    'geonames:2212771'
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from geopy.exc import GeopyError
from geopy.geocoders import get_geocoder_for_service
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from geomig.errors import ResolverError
from geomig.gazetteer.index import Gazetteer, key_of, normalize
from geomig.gazetteer.geo import haversine_km
from geomig.models import Candidate, Mention, Place, Span
from geomig.geoparse.resolve import LocalResolver, Resolver


def _location(place: Place) -> Location:
    raw = {"id": place.id, "name": place.name, "kind": place.kind, "country": place.country,
           "population": place.population, "feature": place.feature}
    address = ", ".join(x for x in (place.name, place.country) if x)
    return Location(address, (place.lat, place.lon), raw)


class LocalGazetteer(Geocoder):
    """A geopy Geocoder over geomig's offline gazetteer: no network, no rate limit."""

    def __init__(self, gazetteer: Gazetteer):
        super().__init__(scheme="https", timeout=1, proxies={}, user_agent="geomig")
        self.gazetteer = gazetteer
        self._resolver = LocalResolver.shared(self.gazetteer)

    def geocode(self, query: str, *, exactly_one: bool = True, limit: int = 10):
        """The most prominent places named ``query``, ranked as geomig.geoparse.geocode ranks them
        without context (geopy Locations; ``raw`` holds the id, kind and country)."""
        key = key_of(query)
        if not key:
            return None
        places = self.gazetteer.lookup(query) or self.gazetteer.search(query, limit=limit)
        if not places:
            return None
        ranked = self._resolver.rank(places, key)
        locations = [_location(p) for p, _, _ in ranked[:limit]]
        return locations[0] if exactly_one else locations


class GeopyResolver(Resolver):
    """Resolves each recognised name with any geopy geocoder (Nominatim, GeoNames web...),
    wrapping a local resolver that keeps what a service cannot know: demonyms, regions,
    rejected phrases and the analyst's own places.

    It sees each name alone, without the document context the local resolver uses,
    and needs the network: tests replace the geocoder with an offline one.
    """

    def __init__(self, geocoder: Geocoder, local: LocalResolver, name: str = "geopy"):
        self.geocoder = geocoder
        self.name = name
        self.local = local
        self.gazetteer = local.gazetteer
        self.extra = local.extra

    def with_places(self, places: Iterable[Place]) -> GeopyResolver:
        local = self.local.with_places(places)
        return self if local is self.local else GeopyResolver(self.geocoder, local, self.name)

    def resolve(self, text: str, spans: Sequence[Span]) -> list[Mention]:
        mentions = []
        cache: dict[str, Location | None] = {}
        # Demonyms, regions, rejected phrases and the analyst's places keep the local decision.
        own = {p.id for p in self.local.places}
        for m, s in zip(self.local.resolve(text, spans), spans):
            if s.kind_hint or m.id is None or m.id in own:
                mentions.append(m)
                continue
            if s.text not in cache:
                try:
                    cache[s.text] = self.geocoder.geocode(s.text)
                except GeopyError as err:
                    raise ResolverError(f"{self.name} failed on {s.text!r}: {err}") from err
            loc = cache[s.text]
            if loc is None:
                mentions.append(m)
                continue
            pid, kind, country = _describe(loc, fallback_kind=m.kind)
            agrees = m.lat is not None and haversine_km(m.lat, m.lon, loc.latitude, loc.longitude) < 161
            alt = Candidate(m.id, m.name or "", m.country, m.lat or 0.0, m.lon or 0.0, m.confidence, m.kind)
            mentions.append(Mention(
                m.text, m.start, m.end, m.sentence, kind, pid, loc.address.split(",")[0], country,
                loc.latitude, loc.longitude,
                # The service sees the name alone; agreeing with the offline choice is the evidence we have.
                0.9 if agrees else 0.5,
                (alt,), f"resolved by {self.name}: {loc.address}"
                        + ("; the offline gazetteer agrees" if agrees else f"; offline choice was {m.name}")))
        return mentions


#: GeoNames feature classes and OpenStreetMap classes/types, mapped to mention kinds.
_GEONAMES_KINDS = {"P": "city", "A": "admin", "H": "sea", "L": "region", "T": "landmark", "S": "landmark"}
_OSM_KINDS = {"city": "city", "town": "city", "village": "city", "hamlet": "city", "country": "country",
              "state": "admin", "county": "admin", "administrative": "admin", "island": "island",
              "sea": "sea", "ocean": "sea", "strait": "sea", "bay": "sea", "continent": "continent"}


def _describe(loc: Location, fallback_kind: str) -> tuple[str, str, str | None]:
    """The contract's (id, kind, country) of an online result: GeoNames answers keep their
    GeoNames id; OpenStreetMap answers get "geomig:osm:<type>/<id>"."""
    raw = loc.raw or {}
    if "geonameId" in raw:
        kind = "country" if raw.get("fcode", "").startswith("PCL") else _GEONAMES_KINDS.get(raw.get("fcl"), fallback_kind)
        return f"geonames:{raw['geonameId']}", kind, raw.get("countryCode") or None
    if "osm_id" in raw:
        kind = _OSM_KINDS.get(raw.get("addresstype") or raw.get("type"), fallback_kind)
        country = (raw.get("address") or {}).get("country_code")
        return f"geomig:osm:{raw.get('osm_type', 'node')}/{raw['osm_id']}", kind, country.upper() if country else None
    slug = "-".join(normalize(loc.address).split())[:60]
    return f"geomig:online:{slug}", fallback_kind, None


def get_resolver(name: str, gazetteer: Gazetteer, **options) -> Resolver:
    """A resolver by name over a gazetteer: "local" (offline, the default) or any geopy
    service name, with the service's options (``username=`` for GeoNames, ``api_key=``
    for others)."""
    local = LocalResolver.shared(gazetteer)
    if name in ("local", "", None):
        return local
    try:
        cls = get_geocoder_for_service(name)
    except GeopyError as err:
        raise ResolverError(f"unknown resolver {name!r}: use 'local' or a geopy service name such as 'nominatim'") from err
    options.setdefault("user_agent", "geomig")
    try:
        return GeopyResolver(cls(**options), local, name)
    except (TypeError, GeopyError) as err:
        raise ResolverError(f"resolver {name!r} needs options ({err}); pass them with --resolver-option KEY=VALUE") from err
