"""Resolvers: the local default and a geopy geocoder chosen by name (never online here)."""

from __future__ import annotations

import pytest
from geopy.geocoders.base import Geocoder
from geopy.location import Location

import geomig
from geomig.errors import ResolverError
from geomig.geoparse.geocoders import GeopyResolver, get_resolver
from geomig.geoparse.resolve import LocalResolver


class OfflineGeocoder(Geocoder):
    """A stand-in for Nominatim that answers from a dict (httpx MockTransport idea)."""

    def __init__(self, answers):
        super().__init__(user_agent="geomig-tests")
        self.answers = answers
        self.queries = []

    def geocode(self, query, **kwargs):
        self.queries.append(query)
        hit = self.answers.get(query)
        return Location(hit[0], hit[1], hit[2]) if hit else None


def test_get_resolver_by_name():
    assert isinstance(get_resolver("local"), LocalResolver)
    resolver = get_resolver("nominatim")  # constructing one makes no request
    assert isinstance(resolver, GeopyResolver) and resolver.name == "nominatim"
    with pytest.raises(ResolverError, match="unknown resolver"):
        get_resolver("no-such-service")


def test_geopy_resolver_keeps_the_contract_and_the_local_choice_as_alternative():
    fake = OfflineGeocoder({
        # A GeoNames web answer keeps its GeoNames id.
        "Sabratha": ("Sabratha, Libya", (32.79, 12.48), {"geonameId": 2212771, "fcl": "P", "countryCode": "LY"}),
        # A Nominatim answer gets an OpenStreetMap id under geomig:, its country from the address.
        "Lampedusa": ("Lampedusa, Agrigento, Italia", (35.50, 12.60),
                      {"osm_type": "node", "osm_id": 123, "addresstype": "village", "address": {"country_code": "it"}}),
    })
    resolver = GeopyResolver(fake, "fake")
    mentions = {m.text: m for m in geomig.geocode("Boats left Sabratha for Lampedusa; Libyan officials watched.",
                                                  resolver=resolver)}
    sabratha, lampedusa = mentions["Sabratha"], mentions["Lampedusa"]
    assert (sabratha.id, sabratha.kind, sabratha.country) == ("geonames:2212771", "city", "LY")
    assert sabratha.confidence == 0.9 and "offline gazetteer agrees" in sabratha.evidence
    assert sabratha.alternatives[0].id == "geonames:2212771"
    assert (lampedusa.id, lampedusa.kind, lampedusa.country) == ("geomig:osm:node/123", "city", "IT")
    assert mentions["Libyan"].kind == "demonym"  # stays local
    assert fake.queries == ["Sabratha", "Lampedusa"]


def test_services_that_need_options_say_so():
    with pytest.raises(ResolverError, match="--resolver-option"):
        get_resolver("geonames")
    assert get_resolver("geonames", username="demo").geocoder.username == "demo"


def test_geopy_failures_become_one_resolver_error():
    class Broken(OfflineGeocoder):
        def geocode(self, query, **kwargs):
            raise OSError("network unreachable")

    with pytest.raises(ResolverError, match="fake failed on 'Sabratha': network unreachable"):
        geomig.geocode("Boats left Sabratha.", resolver=GeopyResolver(Broken({}), "fake"))
