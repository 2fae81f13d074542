"""Resolvers: the local default and a geopy geocoder chosen by name (never online here)."""

from __future__ import annotations

import pytest
from geopy.exc import GeocoderUnavailable
from geopy.geocoders.base import Geocoder
from geopy.location import Location

import geomig
from geomig.errors import ResolverError
from geomig.geoparse.geocoders import GeopyResolver, get_resolver
from geomig.geoparse.overrides import parse_overrides
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


def test_get_resolver_by_name(gazetteer):
    assert get_resolver("local", gazetteer) is LocalResolver.shared(gazetteer)
    resolver = get_resolver("nominatim", gazetteer)  # constructing one makes no request
    assert isinstance(resolver, GeopyResolver) and resolver.name == "nominatim"
    assert resolver.local is LocalResolver.shared(gazetteer)
    with pytest.raises(ResolverError, match="unknown resolver 'no-such-service'"):
        get_resolver("no-such-service", gazetteer)


def test_geopy_resolver_keeps_the_contract_and_the_local_choice_as_alternative(gazetteer):
    fake = OfflineGeocoder({
        # A GeoNames web answer keeps its GeoNames id.
        "Sabratha": ("Sabratha, Libya", (32.79, 12.48), {"geonameId": 2212771, "fcl": "P", "countryCode": "LY"}),
        # A Nominatim answer gets an OpenStreetMap id under geomig:, its country from the address.
        "Lampedusa": ("Lampedusa, Agrigento, Italia", (35.50, 12.60),
                      {"osm_type": "node", "osm_id": 123, "addresstype": "village", "address": {"country_code": "it"}}),
    })
    resolver = GeopyResolver(fake, LocalResolver.shared(gazetteer), "fake")
    mentions = {m.text: m for m in geomig.geocode("Boats left Sabratha for Lampedusa; Libyan officials watched.",
                                                  resolver=resolver)}
    sabratha, lampedusa = mentions["Sabratha"], mentions["Lampedusa"]
    assert (sabratha.id, sabratha.kind, sabratha.country) == ("geonames:2212771", "city", "LY")
    assert sabratha.confidence == 0.9 and "offline gazetteer agrees" in sabratha.evidence
    assert sabratha.alternatives[0].id == "geonames:2212771"
    assert (lampedusa.id, lampedusa.kind, lampedusa.country) == ("geomig:osm:node/123", "city", "IT")
    assert mentions["Libyan"].kind == "demonym"  # stays local
    assert fake.queries == ["Sabratha", "Lampedusa"]


def test_services_that_need_options_say_so(gazetteer):
    with pytest.raises(ResolverError, match="--resolver-option"):
        get_resolver("geonames", gazetteer)
    assert get_resolver("geonames", gazetteer, username="demo").geocoder.username == "demo"


@pytest.mark.parametrize("error, raised, message", [
    (GeocoderUnavailable("network unreachable"), ResolverError, "fake failed on 'Sabratha': network unreachable"),
    (KeyError("lat"), KeyError, "lat"),  # a bug is not disguised as a service failure
])
def test_geopy_failures_become_one_resolver_error(gazetteer, error, raised, message):
    class Failing(OfflineGeocoder):
        def geocode(self, query, **kwargs):
            raise error

    failing = GeopyResolver(Failing({}), LocalResolver.shared(gazetteer), "fake")
    with pytest.raises(raised, match=message):
        geomig.geocode("Boats left Sabratha.", resolver=failing)


def test_the_analysts_own_places_stay_local_under_an_online_resolver(gazetteer):
    # A made-up beach no service knows: only the overrides file makes it a place.
    overrides = parse_overrides('[[place]]\nname = "Wadi Zaytun"\nlat = 32.757\nlon = 13.716\n'
                                'kind = "city"\ncountry = "LY"\n', gazetteer=gazetteer)
    fake = OfflineGeocoder({"Sabratha": ("Sabratha, Libya", (32.79, 12.48),
                                         {"geonameId": 2212771, "fcl": "P", "countryCode": "LY"})})
    resolver = GeopyResolver(fake, LocalResolver.shared(gazetteer), "fake")
    found = {m.text: m for m in geomig.geocode("Boats left Wadi Zaytun and Sabratha at night.",
                                               resolver=resolver, overrides=overrides)}
    assert found["Wadi Zaytun"].id == "geomig:user:wadi-zaytun"
    assert found["Sabratha"].id == "geonames:2212771"
    assert fake.queries == ["Sabratha"]  # the analyst's place is never sent to the service


def test_with_places_keeps_the_service_and_shares_the_local_resolver(gazetteer):
    beach = parse_overrides('[[place]]\nname = "Wadi Zaytun"\nlat = 32.757\nlon = 13.716\nkind = "city"\n',
                            gazetteer=gazetteer).places
    resolver = GeopyResolver(OfflineGeocoder({}), LocalResolver.shared(gazetteer), "fake")
    with_beach = resolver.with_places(beach)
    assert with_beach.geocoder is resolver.geocoder and with_beach.name == "fake"
    assert with_beach.local is LocalResolver.shared(gazetteer, beach)
    assert "wadi zaytun" in with_beach.extra and "wadi zaytun" not in resolver.extra
    assert resolver.with_places(()) is resolver
