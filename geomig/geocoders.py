"""geopy integration: the local gazetteer as a geopy Geocoder, and geopy geocoders
as resolvers for users who are online.

    >>> from geomig.geocoders import LocalGazetteer
    >>> LocalGazetteer().geocode("Sabratha").raw["id"]          # doctest: +SKIP
    'geonames:2212771'
"""

from __future__ import annotations

from collections.abc import Sequence

from geopy.geocoders.base import Geocoder
from geopy.location import Location

from .errors import ResolverError
from .gazetteer import Gazetteer
from .models import Candidate, Mention, Place, Span
from .resolve import LocalResolver, Resolver


def _location(place: Place) -> Location:
    raw = {"id": place.id, "name": place.name, "kind": place.kind, "country": place.country,
           "population": place.population, "feature": place.feature}
    address = ", ".join(x for x in (place.name, place.country) if x)
    return Location(address, (place.lat, place.lon), raw)


class LocalGazetteer(Geocoder):
    """A geopy Geocoder over geomig's offline gazetteer: no network, no rate limit."""

    def __init__(self, gazetteer: Gazetteer | None = None):
        super().__init__(scheme="https", timeout=1, proxies={}, user_agent="geomig")
        self.gazetteer = gazetteer or Gazetteer.default()

    def geocode(self, query: str, *, exactly_one: bool = True, limit: int = 10):
        """The most prominent places named ``query`` (geopy's Location, raw holds the id)."""
        places = self.gazetteer.lookup(query) or self.gazetteer.search(query, limit=limit)
        places.sort(key=lambda p: (-LocalResolver(self.gazetteer).prior(p, p.name.casefold())[0]))
        if not places:
            return None
        return _location(places[0]) if exactly_one else [_location(p) for p in places[:limit]]


class GeopyResolver(Resolver):
    """Resolves each recognised name with any geopy geocoder (Nominatim, GeoNames web...).

    It sees each name alone, without the document context the local resolver uses,
    and needs the network: tests replace the geocoder with an offline one.
    """

    def __init__(self, geocoder: Geocoder, name: str = "geopy", local: LocalResolver | None = None):
        self.geocoder = geocoder
        self.name = name
        self.local = local or LocalResolver()
        self.gazetteer = self.local.gazetteer

    def resolve(self, text: str, spans: Sequence[Span]) -> list[Mention]:
        mentions = []
        cache: dict[str, object] = {}
        # Demonyms, regions and rejected phrases keep the local decision.
        for m, s in zip(self.local.resolve(text, spans), spans):
            if s.kind_hint or m.id is None:
                mentions.append(m)
                continue
            try:
                loc = cache[s.text] if s.text in cache else cache.setdefault(s.text, self.geocoder.geocode(s.text))
            except Exception as err:  # geopy raises many classes; all mean "this service failed"
                raise ResolverError(f"{self.name} failed on {s.text!r}: {err}") from err
            if loc is None:
                mentions.append(m)
                continue
            alt = Candidate(m.id, m.name or "", m.country, m.lat or 0.0, m.lon or 0.0, m.confidence, m.kind)
            mentions.append(Mention(m.text, m.start, m.end, m.sentence, m.kind, f"{self.name}:{loc.raw.get('place_id', loc.raw.get('geonameId', loc.address))}",
                                    loc.address.split(",")[0], m.country, loc.latitude, loc.longitude, 0.5,
                                    (alt,), f"resolved by {self.name}: {loc.address}"))
        return mentions


def get_resolver(name: str, **kwargs) -> Resolver:
    """A resolver by name: "local" (offline, the default) or any geopy service name."""
    if name in ("local", "", None):
        return LocalResolver()
    from geopy.geocoders import get_geocoder_for_service

    try:
        cls = get_geocoder_for_service(name)
    except Exception as err:
        raise ResolverError(f"unknown resolver {name!r}: use 'local' or a geopy service name such as 'nominatim'") from err
    kwargs.setdefault("user_agent", "geomig")
    return GeopyResolver(cls(**kwargs), name)
