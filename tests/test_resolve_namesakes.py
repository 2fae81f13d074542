"""A division and the town it is named after: which one a bare name means (resolve.py's
_namesake_towns and _division_cues), and places the registry packages lack (supplement)."""

from __future__ import annotations

import pytest

import geomig
from geomig.geoparse import resolve


def _first(text: str, surface: str):
    return next(m for m in geomig.geocode(text) if m.text == surface)


@pytest.mark.parametrize("text, surface, country", [
    # The town GeoNames files under another of its names (Hrodna; Kuah; Baudhuinville;
    # Hlotse) is still the one the name calls its seat: the bare name is the town.
    ("A taxi left the family at a farm near Grodno before dawn.", "Grodno", "BY"),
    ("The ferry from Langkawi docked late on Monday.", "Langkawi", "MY"),
    ("Boats leave Moba for the Zambian shore of the lake.", "Moba", "CD"),
    ("She took a minibus from Leribe to the border bridge.", "Leribe", "LS"),
    # A town with a sixth of its canton's people is what the bare name means.
    ("He bought a train ticket to Zurich with money from his uncle.", "Zurich", "CH"),
])
def test_a_bare_name_is_the_town_its_division_is_named_after(text, surface, country):
    m = _first(text, surface)
    assert (m.kind, m.country) == ("city", country), (m.name, m.kind)


@pytest.mark.parametrize("text, surface", [
    # The text calls the name a division: the noun after it, or a plural noun after a list
    # of which it is a member.
    ("Most had fled the Grodno region in the spring.", "Grodno"),
    ("Families came from the Kharkiv, Donetsk and Dnipropetrovsk regions.", "Kharkiv"),
    ("Families came from the Kharkiv, Donetsk and Dnipropetrovsk regions.", "Donetsk"),
    ("Most came from Battambang and Banteay Meanchey provinces.", "Battambang"),
])
def test_a_division_noun_keeps_the_division(text, surface):
    assert _first(text, surface).kind == "admin"


def test_a_singular_noun_after_a_list_calls_only_its_own_name_a_division():
    # Distractor: "Zurich and the Aargau canton": one canton, Zurich stays the city.
    m = _first("Police in Zurich and the Aargau canton stopped the buses.", "Zurich")
    assert m.kind == "city", m.name


def test_a_name_city_apart_leaves_the_bare_name_to_the_state():
    # "Oklahoma City" is the city: "Oklahoma" alone is the state, not a town of that alias.
    m = _first("Cases were reported in Georgia, Oklahoma, Pennsylvania and Wisconsin.", "Oklahoma")
    assert (m.kind, m.name) == ("admin", "Oklahoma")


def test_a_town_too_small_for_its_division_leaves_it_the_division(gazetteer):
    # Oaxaca de Juárez holds under a tenth of the state's people: "Oaxaca" ranks the state first.
    resolver = resolve.LocalResolver(gazetteer)
    ranked = resolver.rank(resolver.candidates("oaxaca"), "oaxaca")
    assert ranked[0][0].feature == "ADM1"


@pytest.mark.parametrize("text, surface, country", [
    ("Buses take the new arrivals to Nyaronga, near Nebbi, for registration.", "Nyaronga", "UG"),
    ("Fighting in PK5 sent traders across the river.", "PK5", "CF"),
    ("Others crossed the border further south, at Lugdi.", "Lugdi", "SD"),
])
def test_places_reporters_name_are_in_the_supplement(text, surface, country):
    m = _first(text, surface)
    assert m.country == country, (m.name, m.country)


def test_a_code_with_digits_is_no_acronym_but_no_place_unless_the_gazetteer_has_it():
    assert [m.text for m in geomig.geocode("The G7 leaders met after flight MH17 was lost.")] == []


@pytest.mark.parametrize("text, surface", [
    ("They fled Tibet over the pass in winter.", "Tibet"),
    ("A Tibetan family crossed into Nepal.", "Tibetan"),
])
def test_tibet_is_a_point_at_xizangs(text, surface):
    m = _first(text, surface)
    assert (m.id, m.country) == ("geomig:tibet", "CN")
    assert abs(m.lat - 31.54) < 0.01 and abs(m.lon - 88.29) < 0.01


@pytest.mark.parametrize("text, country", [
    # The demonym that begins a country's name is its people where the text names the
    # country's places ...
    ("The canoe carried families from the Central African capital, Bangui, across the river.", "CF"),
    ("A Central African trader unloads sacks at the market in Birao.", "CF"),
    # ... and the region's where it does not (distractor: a list of the region's countries).
    ("Nationals of other West and Central African countries, including Mali and Cameroon, were sent back.", None),
    ("Central African officials met their Libyan counterparts.", None),
])
def test_central_african_is_the_republic_where_the_text_is_there(text, country):
    assert _first(text, "Central African").country == country


@pytest.mark.parametrize("text, surface, kind", [
    # A division after a name, going on with more divisions of its country, is a list,
    # not the name's state ...
    ("Most boys come from the Delta governorates: Kafr el-Sheikh, Gharbia, Dakahlia.", "Kafr el-Sheikh", "admin"),
    # ... but a town's state stays its state when a town follows (distractor).
    ("She grew up in Austin, Texas, and moved to Dallas.", "Austin", "city"),
])
def test_a_list_of_divisions_is_no_qualifier(text, surface, kind):
    m = _first(text, surface)
    assert m.kind == kind and m.name != "Al Gharbīyah", (m.name, m.kind)


def test_a_town_beside_the_division_the_text_puts_it_in_is_in_it():
    # The codes file the town in a neighbouring division; it lies beside the one named.
    m = _first("Police register arrivals at a station in Lajas Blancas, in Darién province.", "Lajas Blancas")
    assert (m.kind, m.country) == ("city", "PA"), m.name


def test_a_town_far_from_the_division_the_text_names_is_not_taken(gazetteer):
    # Negation: a town of the country far from the division's point (Fresno, California,
    # for "Fresno, Ohio") is no town of Ohio; nor is a town of another country beside it.
    from geomig.models import Place

    resolver = resolve.LocalResolver(gazetteer)
    ohio = next(p for p in resolver.candidates("ohio") if p.feature == "ADM1")
    qualifier = resolve._Qualifier("US", ohio.admin1, ohio.id, "ohio")
    fresno = Place("x:1", "Fresno", "city", "US", 36.75, -119.77, 542000, "CA", "PPL")
    beside = Place("x:2", "Beside", "city", "US", ohio.lat + 0.3, ohio.lon, 5000, "IN", "PPL")
    abroad = Place("x:3", "Abroad", "city", "CA", ohio.lat + 0.3, ohio.lon, 5000, "08", "PPL")
    assert not resolver._beside_division(fresno, qualifier)
    assert resolver._beside_division(beside, qualifier)
    assert not resolver._beside_division(abroad, qualifier)


@pytest.mark.parametrize("text, surface, name", [
    ("The boat left a beach near Tanjung Balai in North Sumatra.", "Tanjung Balai", "Tanjungbalai"),
    ("Trucks took them on to the Kiryandongo camp.", "Kiryandongo", "Kiryandongo settlement"),
])
def test_names_written_otherwise_reach_their_place(text, surface, name):
    assert _first(text, surface).name == name


@pytest.mark.parametrize("text, surface, kind", [
    # A province's point may lie 200 km from the capital it is named after: the bare name
    # is still the town ...
    ("He found work picking grapes in Mendoza for the summer.", "Mendoza", "city"),
    # ... and the province where the text says so.
    ("Vineyards across Mendoza province hire seasonal workers.", "Mendoza", "admin"),
])
def test_a_far_division_point_still_leaves_the_bare_name_to_its_town(text, surface, kind):
    assert _first(text, surface).kind == kind


def test_a_town_bearing_the_name_as_its_own_is_the_namesake_not_a_larger_alias():
    # GeoNames gives a larger place (Rasapūdipalem) "Visakhapatnam" as another name: the
    # bare name is still the city that bears it, not the alias's bearer.
    m = _first("Fishermen from Visakhapatnam were held for months in a Karachi jail.", "Visakhapatnam")
    assert (m.kind, m.name, m.country) == ("city", "Visakhapatnam", "IN"), m.name


def _place_misses():
    import importlib.util
    import sys
    from pathlib import Path

    bench = Path(__file__).resolve().parents[1] / "benchmarks"
    sys.path.insert(0, str(bench))  # its own imports (_common, migration_places)
    try:
        spec = importlib.util.spec_from_file_location("_place_misses", bench / "place_misses.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(bench))
    return module


@pytest.mark.parametrize("text, name, called", [
    # A plural noun after a list calls each member a division, however the list is written ...
    ("Families came from the Kharkiv, Donetsk and Dnipropetrovsk regions.", "Kharkiv", True),
    ("Families came from the Kharkiv, Donetsk, and Dnipropetrovsk regions.", "Kharkiv", True),
    ("Most came from Battambang and Banteay Meanchey provinces.", "Battambang", True),
    # ... but a list of towns that ends in a common noun does not (distractor), nor a noun
    # in the next sentence.
    ("Shelling hit Kharkiv, Sumy and other towns of the east.", "Kharkiv", False),
    ("They left Kharkiv. Regions further west took them in.", "Kharkiv", False),
])
def test_place_misses_knows_a_list_the_text_calls_divisions(text, name, called):
    import re

    assert bool(_place_misses()._CALLED_DIVISION(re.escape(name)).search(text)) is called


@pytest.mark.parametrize("text, surface, country", [
    # A great city abroad is not outweighed by a tiny namesake in the country the text is about.
    ("Nurses from Kerala and Punjab may not get visas. India's labour office in New Delhi said "
     "recruiters in Mumbai and Chennai still send workers to Dubai.", "Dubai", "AE"),
    # ... nor when listed with the text's home towns.
    ("Migrants from Bihar reached Delhi, Mumbai and Dubai last year.", "Dubai", "AE"),
    ("Young men from Kerala may leave for Kochi, Chennai or Dubai, not Delhi.", "Dubai", "AE"),
    # The text's own words still place the namesake: its state named beside it.
    ("The village of Dubai, Uttar Pradesh, had no power after the storm, officials in Lucknow said.",
     "Dubai", "IN"),
])
def test_a_great_city_abroad_over_a_tiny_namesake_at_home(text, surface, country):
    m = _first(text, surface)
    assert m.country == country, (m.name, m.country, m.evidence)


@pytest.mark.parametrize("text, surface, name", [
    # Airports with an IATA code (the registry's), by their own short name or in full.
    ("The men were held at Suvarnabhumi airport for two days.", "Suvarnabhumi", "Suvarnabhumi Airport"),
    ("Deportees landed at Benina International Airport, officials said.", "Benina International Airport",
     "Benina International Airport"),
    # A hub the supplement has: a noun after it chooses it too.
    ("Flights from Mitiga airport were suspended, not cancelled.", "Mitiga", "Mitiga International Airport"),
    # An airport named after its town: the town stands for it.
    ("Three planes reached Lampedusa airport on Sunday.", "Lampedusa", "Lampedusa"),
    # Deserts, rivers and conflict regions of migration routes, with "the" and a noun after.
    ("They crossed the Sahara desert in a pickup truck.", "Sahara", "Sahara"),
    ("Smugglers may have taken them through the Syrian Desert.", "Syrian Desert", "Syrian Desert"),
    ("Families waded across the Una at night.", "Una", "Una River"),
    ("Attacks rose across Liptako-Gourma this year.", "Liptako-Gourma", "Liptako-Gourma"),
    ("Refugees crossed at Öncüpınar before the gate closed.", "Öncüpınar", "Öncüpınar"),
    # An airport named after a place abroad (Bole, a town in China) or with its city before a
    # slash in the registry ("Dhaka / Hazrat Shahjalal"): its full name.
    ("They flew out of Bole International Airport on a night flight to Riyadh.", "Bole International Airport",
     "Bole International Airport"),
    ("Recruits left Hazrat Shahjalal International Airport for Kuala Lumpur.",
     "Hazrat Shahjalal International Airport", "Hazrat Shahjalal International Airport"),
    # Hubs a small town's name hides from the registry (Dulles Town Center; Atatürk, Turkey).
    ("Asylum seekers who landed at Dulles were bused to a hotel in Virginia.", "Dulles",
     "Dulles International Airport"),
    ("Dozens were held for weeks at Ataturk Airport before being flown back.", "Ataturk Airport",
     "Istanbul Atatürk Airport"),
    # Camps, crossings and regions the registry packages lack.
    ("She registered at Ifo, one of the Dadaab camps, in 2012.", "Ifo", "Ifo"),
    ("Yazidi families still live in tents at Khanke, near Duhok.", "Khanke", "Khanke"),
    ("Traders crossed at Pamelap into Guinea.", "Pamelap", "Pamelap"),
    ("Trucks queued at Nyamapanda for the road to Tete.", "Nyamapanda", "Nyamapanda"),
    ("Nepali workers may pick berries on farms in the Algarve each spring.", "Algarve", "Faro"),
    ("Survivors were taken from the wreck off Pylos to Kalamata, in Messinia.", "Messinia", "Messenia"),
])
def test_airports_deserts_rivers_and_regions_of_migration_routes(text, surface, name):
    assert _first(text, surface).name == name


def test_a_state_abbreviation_follows_the_texts_country():
    places = {m.text: m.name for m in geomig.geocode("Cases rose in NSW and WA, and Perth hospitals were full.")}
    assert places["WA"] == "Western Australia"


def test_a_bare_name_keeps_one_sense_through_the_text():
    # The first sentence names India (and Delhi), the second no country: each read alone, the
    # first "Doha" is an Indian village and the second Qatar's capital; one story, one Doha, and
    # on a tie the place more people live in.
    text = ("Every week young men from Nepal board buses for the Indian border at Birgunj, then take "
            "trains to Delhi, where agents put them on flights to Doha. Ram spoke by phone from a "
            "labour camp outside Doha.")
    dohas = [m for m in geomig.geocode(text) if m.text == "Doha"]
    assert [m.country for m in dohas] == ["QA", "QA"]


def test_a_qualified_name_keeps_its_own_sense():
    text = "Fighting broke out in Tripoli, Lebanon, on Monday. Boats still leave Tripoli, Libya, every week."
    countries = [m.country for m in geomig.geocode(text) if m.text == "Tripoli"]
    assert countries == ["LB", "LY"]


@pytest.mark.parametrize("text, country", [
    # A metropolis outranks a small first-level division abroad of its name (Hannover, 515,000
    # people; the Jamaican parish, 26,000), in a story whose only country is elsewhere too.
    ("Asylum seekers in Hanover waited for decisions from Berlin.", "DE"),
    ("Dilan's cousin may have found work in Hanover, he thinks. Germany pays better than Iraq, "
     "where the family stays in Erbil.", "DE"),
    # The division is still meant where the text says so, or sets the story beside it.
    ("The storm hit Hanover and Westmoreland parishes; Jamaica's west was flooded.", "JM"),
    ("Flights from Montego Bay reached Hanover, where the parish council met. Jamaica responded.", "JM"),
])
def test_a_small_division_abroad_yields_to_a_metropolis_of_its_name(text, country):
    assert _first(text, "Hanover").country == country


@pytest.mark.parametrize("text, country", [
    # The project's own town (Nairobi's Eastleigh, no population known) is no hamlet: a story
    # set in Kenya means it, not the English town of 54,000.
    ("Police in Kenya raided lodgings in Eastleigh; most of those held had come from Mogadishu. "
     "Nairobi's courts stayed the returns.", "KE"),
    ("Kenya's High Court heard that traders seized in Eastleigh had not been charged. "
     "Kenya's refugee law, it said, did not allow it.", "KE"),
    # A story set in England still means the English town.
    ("Travellers from Eastleigh in Hampshire said England felt colder this year.", "GB"),
    ("Young men from Eastleigh in Southampton travelled to Portsmouth for work.", "GB"),
])
def test_the_projects_own_town_counts_in_the_story_setting(text, country):
    assert _first(text, "Eastleigh").country == country


@pytest.mark.parametrize("text, surface, country", [
    # Great cities' districts GeoNames cities500 lacks, beside their namesakes abroad.
    ("Tamil restaurants in Scarborough fed newcomers for decades; Toronto's council thanked them. "
     "Canada had let the founders stay.", "Scarborough", "CA"),
    ("Holidaymakers crowded the beach at Scarborough as Yorkshire enjoyed the sun in England.", "Scarborough", "GB"),
    # With no population given, the district does not take the name from the English town
    # where no country speaks for it (Whitby is in Ontario too).
    ("The lifeboat left Scarborough harbour at dawn; Whitby's crew followed.", "Scarborough", "GB"),
    ("Fishermen in Scarborough said the North Sea quotas were unfair.", "Scarborough", "GB"),
    ("She grew up in Handsworth and was deported from Birmingham to Jamaica in 2019. Britain's Home "
     "Office did not comment.", "Handsworth", "GB"),
])
def test_a_city_district_in_the_story_setting(text, surface, country):
    assert _first(text, surface).country == country


@pytest.mark.parametrize("text, country", [
    # A story of flights between two countries: England, most of the United Kingdom, named
    # through a village says no more than the United Kingdom does, and Jamaica's capital is
    # not outweighed by a London borough of its name.
    ("Forty deportees were flown from Gatwick to Kingston on Tuesday. Lawyers had visited them at "
     "the removal centre near Colnbrook, in England; Jamaica's consul was not told.", "JM"),
    ("The Home Office flew twelve men from Birmingham to Kingston; their families in Leeds and "
     "Manchester said they had not lived in Jamaica since childhood.", "JM"),
    # A London story that names no other country keeps its borough.
    ("Commuters from Kingston reached Wimbledon and Richmond by bus as the strike hit London.", "GB"),
])
def test_a_state_that_is_most_of_its_country_is_soft_evidence_in_a_two_country_story(text, country):
    assert _first(text, "Kingston").country == country


@pytest.mark.parametrize("text, country", [
    # A great city abroad that dwarfs every namesake of a state that is most of its country:
    # that state, named through London's boroughs, says no more than Britain does, even where
    # no other place of the great city's country is named.
    ("She ran a shop in Wood Green and Palmers Green for years. Her son emigrated from London to "
     "Melbourne in 1995.", "AU"),
    ("Her cousins in Tottenham and Enfield say the family may yet follow her to Melbourne, though "
     "nobody has booked a flight.", "AU"),
    # Distractors: the small namesake near the text's other places, or qualified by its county.
    ("The brothers farmed near Derby and Nottingham, and both were buried in Melbourne, beside the church.", "GB"),
    ("Families in Leeds and York met relatives from Melbourne, Derbyshire, at the station.", "GB"),
])
def test_a_state_that_is_most_of_its_country_does_not_pull_a_great_city_to_a_hamlet(text, country):
    assert _first(text, "Melbourne").country == country


@pytest.mark.parametrize("text, surface, country", [
    # A great city known by the name only as an alias ("Rondon", London in Japanese), in a
    # country the text never points to, yields to the town whose own name it is where the
    # text's other places are.
    ("Venezuelan families who crossed at Pacaraima wait in Boa Vista for a bed in Rondon, "
     "the army said.", "Rondon", "BR"),
    # Distractors: with no place of that town's country in the text the alias keeps its city;
    # an alias of a city the text's places point to stays too (no own Kiev in Poland).
    ("The delegation flew from Rondon to Paris.", "Rondon", "GB"),
    ("Refugees from Kiev reached Warsaw and then Berlin.", "Kiev", "UA"),
])
def test_an_alias_abroad_yields_to_the_own_name_where_the_text_is(text, surface, country):
    assert _first(text, surface).country == country


@pytest.mark.parametrize("text, surface, kind, country", [
    # A country's name in a story about its neighbour is still the country ...
    ("Families fled Sokoto and Zamfara states and crossed into Niger near Maradi.", "Niger", "country", "NE"),
    ("Traders from Kano say the road to Niger is closed.", "Niger", "country", "NE"),
    # ... unless the text calls it the neighbour's state.
    ("Floods in Niger State cut the road from Minna to Abuja.", "Niger State", "admin", "NG"),
    ("The governor of Niger state met farmers near Minna.", "Niger", "admin", "NG"),
])
def test_a_country_name_is_not_a_smaller_state_abroad(text, surface, kind, country):
    m = _first(text, surface)
    assert (m.kind, m.country) == (kind, country), (m.name, m.kind, m.country)


@pytest.mark.parametrize("text, surface, kind, country", [
    # (review47) listed with the neighbour's states, or after a town of the state: the state
    ("Bandits raided villages in Zamfara, Katsina and Niger, Nigerian officials said.", "Niger", "admin", "NG"),
    ("Bandits abducted pupils in Kagara, Niger, in north-central Nigeria.", "Niger", "admin", "NG"),
    ("Bandits abducted pupils in Kagara, Niger, in north-central Nigeria.", "Kagara", "city", "NG"),
    # listed with countries, or after a town of the country: still the country
    ("Migrants from Mali, Niger and Chad crossed into Libya.", "Niger", "country", "NE"),
    ("Refugees from Niamey, Niger reached Kano.", "Niger", "country", "NE"),
], ids=["listed-with-states", "after-a-town-of-the-state", "the-town-itself", "listed-with-countries",
        "after-a-town-of-the-country"])
def test_a_country_name_among_a_neighbours_states_is_the_state(text, surface, kind, country):
    m = _first(text, surface)
    assert (m.kind, m.country) == (kind, country), (m.name, m.kind, m.country)
