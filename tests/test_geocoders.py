"""Resolvers: the local default and a geopy geocoder chosen by name (never online here)."""

from __future__ import annotations

import pytest
from geopy.geocoders.base import Geocoder
from geopy.location import Location

import geomig
from geomig.errors import ResolverError
from geomig.geocoders import GeopyResolver, get_resolver
from geomig.resolve import LocalResolver


class OfflineGeocoder(Geocoder):
    """A stand-in for Nominatim that answers from a dict (httpx MockTransport idea)."""

    def __init__(self, answers):
        super().__init__(user_agent="geomig-tests")
        self.answers = answers
        self.queries = []

    def geocode(self, query, **kwargs):
        self.queries.append(query)
        hit = self.answers.get(query)
        return Location(hit[0], hit[1], {"place_id": hit[2]}) if hit else None


def test_get_resolver_by_name():
    assert isinstance(get_resolver("local"), LocalResolver)
    resolver = get_resolver("nominatim")  # constructing one makes no request
    assert isinstance(resolver, GeopyResolver) and resolver.name == "nominatim"
    with pytest.raises(ResolverError, match="unknown resolver"):
        get_resolver("no-such-service")


def test_geopy_resolver_replaces_the_place_and_keeps_the_local_one_as_alternative():
    fake = OfflineGeocoder({"Sabratha": ("Sabratha, Libya", (32.79, 12.48), 42)})
    resolver = GeopyResolver(fake, "fake")
    mentions = geomig.geocode("Boats left Sabratha; Libyan officials watched.", resolver=resolver)
    sabratha = next(m for m in mentions if m.text == "Sabratha")
    assert sabratha.id == "fake:42" and sabratha.lat == 32.79
    assert sabratha.alternatives[0].id == "geonames:2212771"
    assert next(m for m in mentions if m.text == "Libyan").kind == "demonym"  # stays local
    assert fake.queries == ["Sabratha"]


def test_geopy_failures_become_one_resolver_error():
    class Broken(OfflineGeocoder):
        def geocode(self, query, **kwargs):
            raise OSError("network unreachable")

    with pytest.raises(ResolverError, match="fake failed on 'Sabratha': network unreachable"):
        geomig.geocode("Boats left Sabratha.", resolver=GeopyResolver(Broken({}), "fake"))
