"""Border crossings, posts, camps, detention and reception sites and transit hubs that migration
reporting names and no package has: each is found and placed in its own country, and a namesake
abroad keeps its own place where the text puts it there."""

from __future__ import annotations

import pytest

from geocode_helpers import placed


@pytest.mark.parametrize("text, name, country", [
    ("The night bus to Turin was held for two hours at Albița by the Romanian border police.", "Albița", "RO"),
    ("Returnees queued at Leușeni before entering Moldova.", "Leușeni", "MD"),
    ("Families forded the river and reached Wadi Khaled before dawn.", "Wadi Khaled", "LB"),
    ("The convoy of buses waited a day at Trebil before entering Jordan.", "Trebil", "IQ"),
    ("New arrivals are taken to Tongogara refugee camp to be registered.", "Tongogara", "ZW"),
    ("He was held for eight months at Yongah Hill before his visa was restored.", "Yongah Hill", "AU"),
    ("Boats from Burundi landed hundreds of people at Kagunga this week.", "Kagunga", "TZ"),
    ("Buses carried the new arrivals from Metema to Kumer camp.", "Kumer", "ET"),
    ("Canoes crossing Lake Albert reached Sebagoro after ten hours.", "Sebagoro", "UG"),
    ("The group crossed the river at Mataje and went on to Tumaco.", "Mataje", "EC"),
    ("Gendarmes at Seleti checked every passenger on the bus to Banjul.", "Seleti", "SN"),
    ("Mozambican officers found the men in a tanker at Zóbuè.", "Zóbuè", "MZ"),
    ("Thousands fled south to Kibumba as the fighting came closer.", "Kibumba", "CD"),
    ("Expelled families reached Kamako on foot from Angola.", "Kamako", "CD"),
    ("They spent four months at the Semuja immigration depot before deportation.", "Semuja", "MY"),
    ("Trucks took the refugees from Diffa to the Sayam Forage camp.", "Sayam Forage", "NE"),
    ("Kurdish porters crossed at Bashmaq into Iraq with their loads.", "Bashmaq", "IR"),
    ("Young men left Om Hajer at night and waded across to Sudan.", "Om Hajer", "ER"),
    ("Refugees from Darfur crossed at Am Dafok and were registered there.", "Am Dafok", "CF"),
    ("The applicants were given tents at Citywest while beds were found.", "Citywest", "IE"),
    ("Refugees were flown from Munich to Camp Kilmer in New Jersey.", "Camp Kilmer", "US"),
    ("Thousands of people from the Central African Republic fled to Sido in southern Chad.", "Sido", "TD"),
    ("Evacuees slept on the floor of the Superdome for five days.", "Superdome", "US"),
    ("Buses brought the evacuees to the Astrodome in Houston.", "Astrodome", "US"),
    ("Asylum seekers at Safi Barracks protested against their detention.", "Safi Barracks", "MT"),
    ("Swedish police checked identity papers on trains crossing the Øresund Bridge.", "Øresund Bridge", "SE"),
    ("The PIDE watched the border at Vila Verde da Raia.", "Vila Verde da Raia", "PT"),
    ("Truck drivers waited at Nordooz for the border to reopen.", "Nordooz", "IR"),
    ("The smugglers took the group through Mashkel into Iran.", "Mashkel", "PK"),
    ("Police raided Afghan homes in Sohrab Goth before the deportations.", "Sohrab Goth", "PK"),
    ("Boats carrying Rohingya landed at Whykong after crossing the Naf.", "Whykong", "BD"),
    # Hedged: a crossing that may reopen is still that crossing.
    ("Officials said the crossing at Albița might reopen next week.", "Albița", "RO"),
])
def test_the_crossing_or_camp_is_placed_in_its_country(gazetteer, text, name, country):
    m = placed(text, name, gazetteer)
    assert m is not None and m.country == country, m


def test_westbahnhof_in_a_vienna_story_is_viennas(gazetteer):
    m = placed("In Vienna the volunteers met the trains at the Westbahnhof.", "Westbahnhof", gazetteer)
    assert m is not None and m.country == "AT", m

