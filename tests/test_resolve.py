"""Resolution: the evidence that ranks candidates, and the confidence it yields."""

from __future__ import annotations

import importlib.util
import random
from pathlib import Path

import pytest

import geomig
from geomig.gazetteer.geo import haversine_km
from geomig.models import Place, Span
from geomig.geoparse import resolve
from geomig.geoparse.resolve import _median_distances, _prune, calibrate


def mention(text: str, surface: str):
    """The first mention of `surface` when geomig geocodes `text`."""
    return next(m for m in geomig.geocode(text) if m.text == surface)


def place(lat, lon):
    return Place("geonames:1", "X", "city", "US", lat, lon)


def test_weighted_median_distance_is_the_upper_median_of_the_occurrences(monkeypatch):
    rng = random.Random(7)

    def point():
        return rng.uniform(-60, 60), rng.uniform(-180, 180)

    candidates = {name: [(place(*point()), 0.0, ()) for _ in range(rng.randint(1, 5))] for name in "abcd"}
    senses = {name: ([point() for _ in range(rng.randint(1, 3))], rng.randint(1, 3)) for name in "abcxyz"}
    got = _median_distances(candidates, senses)
    assert set(got) == set(candidates)
    for name, ranked in candidates.items():
        others = [s for k, s in senses.items() if k != name]  # a name is not its own context
        for (p, _, _), d in zip(ranked, got[name], strict=True):
            nearest = [(min(haversine_km(p.lat, p.lon, *pt) for pt in spots), n) for spots, n in others]
            occurrences = sorted(km for km, n in nearest for _ in range(n))
            assert d == pytest.approx(occurrences[len(occurrences) // 2])
    assert _median_distances({"a": candidates["a"]}, {"a": senses["a"]}) == {}
    # A long text is measured in blocks of rows: the same medians.
    monkeypatch.setattr(resolve, "MAX_CELLS", 1)
    blocked = _median_distances(candidates, senses)
    assert all(list(blocked[k]) == list(got[k]) for k in got)


def test_two_ambiguous_names_settle_each_other():
    # Neither name is unambiguous, and Paris, France outranks every other Paris alone. The
    # other towns make the story American without pointing at any state, so only the two
    # names' own second senses can place them: a Paris and a Henry County side by side.
    text = ("The fair opened in Paris. Henry County deputies directed traffic. "
            "Visitors came from Anchorage and Honolulu.")
    found = {m.text: m for m in geomig.geocode(text)}
    paris, county = found["Paris"], found["Henry County"]
    assert paris.country == county.country == "US"
    assert haversine_km(paris.lat, paris.lon, county.lat, county.lon) < 100


CAPITALS = {"Athens": "GR", "Rome": "IT", "Milan": "IT", "Geneva": "CH", "Vienna": "AT", "Madrid": "ES",
            "Lisbon": "PT", "Dublin": "IE", "Warsaw": "PL", "Tripoli": "LY", "Tunis": "TN", "Valletta": "MT"}


@pytest.mark.parametrize("a, b", [("Athens", "Rome"), ("Athens", "Milan"), ("Geneva", "Vienna"),
                                  ("Madrid", "Milan"), ("Geneva", "Lisbon"), ("Dublin", "Warsaw"),
                                  ("Tripoli", "Valletta"), ("Tunis", "Rome")])
def test_second_senses_abroad_do_not_drag_capitals_away(a, b):
    # Athens, Georgia lies near Rome, Georgia: that must not move Rome to the US, or drop it,
    # whatever the rest of the text is about.
    for text in (f"Ministers met in {a} and {b}.", f"Officials in Washington said ministers met in {a} and {b}.",
                 f"Ministers met in {a} and {b}. Americans watched. The United States said."):
        found = {m.text: m.country for m in geomig.geocode(text)}
        assert (found.get(a), found.get(b)) == (CAPITALS[a], CAPITALS[b]), text


def test_calibration_is_monotonic_and_bounded():
    # (a negative margin too: a fallback chosen below a candidate farther away)
    values = [calibrate(p / 20, m) for p in range(21) for m in (-12.0, -4.0, 0.0, 1.0, 3.0, 6.0)]
    assert all(0.0 < v < 1.0 for v in values)
    assert calibrate(1.0, 6.0) > calibrate(0.6, 1.0) > calibrate(0.3, 0.0)


def test_hopeless_candidates_are_pruned():
    ranked = [(None, 10.0, ()), (None, 5.0, ()), (None, -3.0, ())]
    assert [r[1] for r in _prune(ranked)] == [10.0, 5.0]


def test_a_name_is_not_its_own_context():
    # Without other evidence, repeating an ambiguous name must not make its most
    # populous reading more certain.
    once = mention("Officials in Dublin agreed.", "Dublin")
    thrice = [m for m in geomig.geocode("Dublin agreed. Dublin said no. Dublin voted.") if m.text == "Dublin"]
    assert {m.confidence for m in thrice} == {once.confidence}


@pytest.mark.parametrize("text, surface, country, reason", [
    ("The council of Dublin, Ohio, met on Monday.", "Dublin", "US", "explicit context"),
    ("Columbus and Dublin schools closed as snow hit central Ohio.", "Dublin", "US", "state/province"),
    ("The Libyan city of Tripoli was calm.", "Tripoli", "LY", "same sentence"),
    ("Lawmakers in Washington debated the bill.", "Washington", "US", "national capital"),
])
def test_evidence_is_named(text, surface, country, reason):
    m = mention(text, surface)
    assert m.country == country
    assert reason in m.evidence


def test_one_sense_per_document_unless_context_differs():
    text = "Tripoli, Lebanon, is calm. Tripoli has a port."
    assert {m.country for m in geomig.geocode(text) if m.text == "Tripoli"} == {"LB"}


@pytest.mark.parametrize("text", [
    "LIMA said no. Officials met in Lima.",
    "Officials met in Lima. Later LIMA said no.",
])
def test_spelling_order_does_not_change_the_place(text):
    assert {m.id for m in geomig.geocode(text)} == {"geonames:3936456"}  # Lima, the capital


def test_acronyms_are_not_small_towns():
    assert [m.id for m in geomig.geocode("EU leaders met.")] == ["geomig:european-union"]


def test_every_rejected_phrase_is_kept_for_the_audit_without_a_place():
    # "AD" in running text is an acronym, not Andorra: recognition rejects it.
    text = "The mounds near Sabratha date from 500 BC to 1000 AD. Guides show them."
    doc = geomig.geocode_document(geomig.Document("-", text), keep_rejected=True)
    rejected = [m for m in doc.mentions if m.id is None]
    assert [(m.text, m.lat, m.flags) for m in rejected] == [("AD", None, ("acronym",))]
    assert "acronym" in rejected[0].evidence
    assert [m.text for m in doc.mentions if m.id] == ["Sabratha"]


def test_repeated_names_share_one_choice_but_keep_their_own_spans():
    text = "Boats leave Zuwara. Zuwara is west of Tripoli. Zuwara's port is busy."
    found = [m for m in geomig.geocode(text) if m.text == "Zuwara"]
    assert [text[m.start:m.end] for m in found] == ["Zuwara"] * 3
    assert len({m.start for m in found}) == 3 and len({m.sentence for m in found}) == 3
    assert len({(m.id, m.confidence, m.evidence) for m in found}) == 1


def test_a_repeated_name_with_its_own_context_gets_its_own_choice():
    text = "Tripoli, Lebanon, is calm. Tripoli, Libya, is not. Tripoli is far."
    found = [(m.country, m.evidence) for m in geomig.geocode(text) if m.text == "Tripoli"]
    # Two qualifiers of one name cancel out for its unqualified occurrences: the capital.
    assert [c for c, _ in found] == ["LB", "LY", "LY"]
    assert "explicit context (LB)" in found[0][1] and "explicit context (LY)" in found[1][1]
    assert "explicit context" not in found[2][1]


def test_one_resolver_serves_a_run_whatever_places_the_analyst_adds(gazetteer):
    from geomig.geoparse.overrides import UserPlace
    from geomig.geoparse.resolve import LocalResolver

    beach = UserPlace("geomig:user:wadi-zaytun", "Wadi Zaytun", "city", "LY", 32.757, 13.716,
                      aliases=("Wadi Zeitoun",))
    with_beach = LocalResolver.shared(gazetteer, (beach,))
    assert with_beach is LocalResolver.shared(gazetteer, (beach,))
    assert with_beach is not LocalResolver.shared(gazetteer)
    assert with_beach.extra == {"wadi zaytun": [beach], "wadi zeitoun": [beach]}
    assert LocalResolver.shared(gazetteer).extra == {}
    assert LocalResolver.shared(gazetteer).with_places((beach,)) is with_beach
    assert with_beach.with_places((beach,)) is with_beach
    assert with_beach.with_places(()) is LocalResolver.shared(gazetteer)


def test_a_resolver_travels_to_worker_processes_without_its_caches(gazetteer):
    import pickle

    from geomig.geoparse.overrides import UserPlace
    from geomig.geoparse.resolve import LocalResolver

    beach = UserPlace("geomig:user:wadi-zaytun", "Wadi Zaytun", "city", "LY", 32.757, 13.716)
    resolver = LocalResolver.shared(gazetteer, (beach,))
    resolver.ranked("tripoli")
    # In the same process, unpickling finds the shared resolver itself.
    assert pickle.loads(pickle.dumps(resolver)) is resolver
    assert len(pickle.dumps(resolver)) < 2000


def test_local_gazetteer_ranks_like_geocode(gazetteer):
    from geomig.geoparse.geocoders import LocalGazetteer

    g = LocalGazetteer(gazetteer)
    assert g.geocode("") is None
    assert g.geocode("Washington").raw["id"] == "geonames:4140963"
    assert g.geocode("Lima").raw["id"] == "geonames:3936456"


@pytest.mark.parametrize("text, surface, feature_id", [
    ("Flu cases climbed in Oregon, Washington, Idaho and Montana.", "Washington", "geonames:5815135"),
    ("Drought hit Nebraska, Wyoming, Kansas and Iowa. Ohio reported no losses.",
     "Wyoming", "geonames:5843591"),
    ("The first case was found on a Washington state farm.", "Washington", "geonames:5815135"),
    ("Calves were moved to the state of Washington and later to Idaho.", "Washington", "geonames:5815135"),
])
def test_a_name_listed_with_states_or_called_a_state_is_the_state(text, surface, feature_id):
    assert {m.id for m in geomig.geocode(text) if m.text == surface} == {feature_id}


def test_a_capital_stays_a_capital_beside_its_district():
    got = {m.text: m.id for m in geomig.geocode("Officials in Washington, D.C. said so.")}
    assert got["Washington"] == "geonames:4140963"


def test_the_province_cue_holds_for_the_whole_text():
    text = ("Hospital beds are scarce in Ontario. Patients may be sent elsewhere in the province "
            "of Ontario, and some to Buffalo, New York.")
    assert {m.country for m in geomig.geocode(text) if m.text == "Ontario"} == {"CA"}


def test_a_list_of_countries_names_countries():
    got = {m.text: m.kind for m in geomig.geocode("Envoys from Georgia, Armenia and Azerbaijan met.")}
    assert got["Georgia"] == "country"


def test_a_qualifier_is_read_with_its_own_qualifier():
    # The Scott County of Indiana, not the most populous one, qualifies the town.
    got = {m.text: m for m in geomig.geocode("Clinics opened in Lexington, in Scott County, Indiana.")}
    assert got["Scott County"].lat == pytest.approx(38.69, abs=0.2)
    assert haversine_km(got["Lexington"].lat, got["Lexington"].lon, 38.65, -85.67) < 30


@pytest.mark.parametrize("text, surface, country", [
    ("Boats left the Spanish city of Cordoba and Texas lay ahead.", "Cordoba", "ES"),
    ("Boats left the Jamaican town of Portland and Texas lay ahead.", "Portland", "JM"),
    ("Buses came from the Lebanese city of Tripoli or from Cyprus.", "Tripoli", "LB"),
])
def test_a_demonym_qualifies_a_name_that_starts_a_list(text, surface, country):
    # The name after the demonym is followed by "and"/"or" and another name: a list,
    # which rules out a comma qualifier but not the demonym before it.
    m = mention(text, surface)
    assert m.country == country
    assert "explicit context" in m.evidence


@pytest.mark.parametrize("text, surface, country", [
    ("Two surfers were pulled from the sea near a beach in Devon in South West England.", "Devon", "GB"),
    ("Crews from Los Angeles, San Fernando Valley fought the fire with help from Glendale.", "Los Angeles", "US"),
])
def test_a_division_no_other_name_supports_does_not_move_a_place_abroad(text, surface, country):
    m = mention(text, surface)
    assert m.country == country and "contradicts-qualifier" not in m.flags


@pytest.mark.parametrize("text, surface, kind", [
    ("Flights from Baghdad were cancelled.", "Baghdad", "city"),        # Baghdād province is spelt otherwise
    ("Aid reached Kabul on Monday.", "Kabul", "city"),
    ("The carnival in Sao Paulo was called off.", "Sao Paulo", "city"),  # a metropolis its state is named after
    ("Traders in Kano said prices rose.", "Kano", "city"),
    ("Farms across the state of Sao Paulo were hit.", "Sao Paulo", "admin"),
    ("Snow fell across Quebec.", "Quebec", "admin"),                    # a small share of its province
])
def test_a_city_its_division_is_named_after(text, surface, kind):
    assert mention(text, surface).kind == kind


@pytest.mark.parametrize("text, surface, place_id", [
    ("Cases spread across southeast Asia.", "southeast Asia", "geomig:southeast-asia"),
    ("Herders crossed central Asia.", "central Asia", "geomig:central-asia"),
    ("Locusts reached northern Africa.", "northern Africa", "geomig:north-africa"),
])
def test_a_direction_and_a_name_that_name_a_region_mean_that_region(text, surface, place_id):
    assert mention(text, surface).id == place_id


def test_a_direction_without_a_region_of_its_name_is_a_part():
    m = mention("Fighting spread in southern Libya.", "southern Libya")
    assert m.id == "geomig:south:geonames:2215636" and m.kind == "region"


def test_nearness_does_not_lift_a_small_town_known_by_an_alias_over_a_famous_place():
    # Funkstown, Maryland, near Hagerstown, was once called Jerusalem.
    m = mention("Officials in Hagerstown and Washington met in Jerusalem.", "Jerusalem")
    assert m.country in ("IL", "PS") and haversine_km(m.lat, m.lon, 31.78, 35.22) < 50


@pytest.mark.parametrize("text, surface, place_id", [
    # Monterrey, Nuevo León (1.1M), not a Chiapas village of 500 about 110 km from Tapachula,
    # which nearness and the country share alone used to lift over it.
    ("They travelled from Tapachula to Monterrey.", "Monterrey", "geonames:3995465"),
    ("They travelled from Tapachula and Comitán to Monterrey.", "Monterrey", "geonames:3995465"),
    # Philadelphia, Pennsylvania, not Philadelphia, Mississippi (7,000), 130 km from Tupelo.
    ("They drove from Tupelo to Philadelphia.", "Philadelphia", "geonames:4560349"),
])
def test_nearness_alone_does_not_lift_an_obscure_namesake_over_a_great_city_of_its_country(text, surface, place_id):
    m = mention(text, surface)
    assert m.id == place_id, (m.name, m.lat, m.lon)


def test_an_obscure_namesake_beside_the_texts_places_or_qualified_by_its_state_keeps_its_place():
    tapachula = (14.91, -92.26)
    # A list of villages of one district: the Monterrey beside the others, not the city.
    m = mention("Soldiers burned the villages of Monterrey, Nueva Esperanza and San Isidro in Chiapas.",
                "Monterrey")
    assert m.country == "MX" and haversine_km(m.lat, m.lon, *tapachula) < 300, (m.id, m.lat, m.lon)
    # The name's own qualifier names the village's state: of its villages there, the nearest.
    m = mention("The family left Monterrey, Chiapas, for Tapachula.", "Monterrey")
    assert m.id == "geonames:8863243", (m.id, m.lat, m.lon)


@pytest.mark.parametrize("text, surface, place_id", [
    ("Flights from Heathrow to New York were cut.", "Heathrow", "geomig:heathrow-airport"),
    ("Fires spread along the West Coast of the United States.", "West Coast of the United States",
     "geomig:us-west-coast"),
    ("Storms hit the East Coast on Sunday.", "East Coast", "geomig:us-east-coast"),
])
def test_a_famous_area_or_airport_beats_small_namesakes(text, surface, place_id):
    assert mention(text, surface).id == place_id


def test_a_namesake_keeps_its_place_when_the_text_says_where_it_is():
    got = {m.text: m for m in geomig.geocode("Floods hit the West Coast of New Zealand near Greymouth.")}
    assert got["West Coast"].country == "NZ"
    got = {m.text: m for m in geomig.geocode("Residents of Heathrow, Florida, met on Monday.")}
    assert got["Heathrow"].country == "US"


@pytest.mark.parametrize("text, surface, place_id", [
    ("Migrants from across the Americas crossed Mexico.", "Americas", "geomig:americas"),
    ("Fighting flared in Mindanao.", "Mindanao", "geomig:mindanao"),
    ("Troops moved into the Donbas.", "Donbas", "geomig:donbas"),
    ("Snow closed passes in the Alps and the Urals.", "Urals", "geomig:ural-mountains"),
    ("Storms swept the Midwest.", "Midwest", "geomig:us-midwest"),
])
def test_world_regions_islands_and_ranges_are_places(text, surface, place_id):
    assert mention(text, surface).id == place_id


@pytest.mark.parametrize("text, surface, place_id", [
    ("Militants attacked in the Sinai.", "Sinai", "geomig:sinai-peninsula"),       # not Cantón Sinaí, Mexico
    ("Gas fields lie in Siberia.", "Siberia", "geomig:siberia"),
    ("Farmers in Anatolia protested.", "Anatolia", "geomig:anatolia"),               # not Antalya
    ("Barges sailed down the Danube.", "Danube", "geomig:danube-river"),            # not a Serbian district
    ("Boats sank on the Nile near Khartoum.", "Nile", "geomig:nile-river"),         # not Sudan's River Nile state
    ("Migrants died in the Sonoran Desert.", "Sonoran Desert", "geomig:sonoran-desert"),
])
def test_rivers_deserts_and_regions_news_names(text, surface, place_id):
    assert mention(text, surface).id == place_id


@pytest.mark.parametrize("text, placed", [
    ("Volunteers drove to Kenly on Monday. The United States sent help.", False),  # nothing places it
    ("Volunteers drove from Kenly to Raleigh in North Carolina.", True),           # its state, a neighbour
    ("American volunteers drove to Kenly on Monday.", True),                       # its country, beside it
])
def test_a_hamlet_is_a_place_only_where_the_text_places_it(text, placed):
    got = [m.id for m in geomig.geocode(text) if m.text == "Kenly"]
    assert got == (["geonames:4474159"] if placed else [])


def test_a_province_after_a_comma_qualifies_a_town():
    got = {m.text: m for m in geomig.geocode("Pigs died in Santa Maria, Davao del Sur, last week.")}
    assert haversine_km(got["Santa Maria"].lat, got["Santa Maria"].lon, 6.55, 125.47) < 30


def test_a_town_listed_among_towns_is_not_qualified_by_the_next_one():
    got = {m.text: m for m in geomig.geocode("Crews came from Harwinton, Bantam, Litchfield and Winsted.")}
    assert got["Bantam"].country == "US" and "contradicts-qualifier" not in got["Bantam"].flags


@pytest.mark.parametrize("text, surface, place_id", [
    ("Birds winter in northern Europe.", "northern Europe", "geomig:northern-europe"),  # not Karelia
    ("Prices rose across Western Europe.", "Western Europe", "geomig:western-europe"),
    ("Workers from Eastern Europe arrived.", "Eastern Europe", "geomig:eastern-europe"),
])
def test_the_regions_of_europe_are_the_named_regions(text, surface, place_id):
    assert mention(text, surface).id == place_id


def test_a_doubtful_hamlet_yields_to_the_island_of_its_name():
    assert [m.id for m in geomig.geocode("Boats reached Samos overnight.")] == ["geomig:samos-island"]


@pytest.mark.parametrize("text, surface, place_id", [
    ("Fighting flared in Luzon.", "Luzon", "geomig:luzon"),      # not Luzon, a town of 3,000 in Mindanao
    ("Floods swept Java.", "Java", "geomig:java"),
    # not Long Island City (Queens) nor the Bahamas' Long Island district
    ("Ferries to Long Island were cancelled.", "Long Island", "geomig:long-island"),
])
def test_a_large_island_outranks_a_small_town_of_its_name(text, surface, place_id):
    assert mention(text, surface).id == place_id


def test_australian_state_abbreviations():
    got = {m.text: m.id for m in geomig.geocode("Police in Sydney, NSW, said so.")}
    assert got["NSW"] == "geonames:2155400"


def test_context_votes_without_a_name_leave_that_names_votes_out():
    from collections import Counter

    from geomig.models import Place, Span

    context = resolve._Context(lambda country, code: 0.0)
    libya = Place("x:ly", "Libya", "country", "LY", 26.0, 17.0, 0, None, "PCLI")
    tripoli = Place("x:tr", "Tripoli", "city", "LY", 32.9, 13.2, 0, "61", "PPLC")
    rome = Place("x:ro", "Rome", "city", "IT", 41.9, 12.5, 0, "07", "PPLC")
    for key, place, weight in (("libya", libya, 1.0), ("tripoli", tripoli, 0.5), ("rome", rome, 1.0)):
        context.add(Span(key.title(), 0, len(key), 0, key=key), place, weight)
    assert context.countries_without("libya") == Counter({"LY": 0.5, "IT": 1.0})
    assert context.countries_without("rome") == Counter({"LY": 1.5})
    assert context.countries_without("nowhere") == Counter({"LY": 1.5, "IT": 1.0})
    # A state is voted for by an unambiguous town only.
    assert context.without("libya")[1] == Counter({("IT", "07"): resolve.W_TOWN_STATE})


def test_points_far_apart_in_latitude_are_never_near(monkeypatch):
    resolver = resolve.LocalResolver(None)
    rng = random.Random(3)
    for _ in range(2000):
        lat, lon = rng.uniform(-80, 80), rng.uniform(-180, 180)
        other = place(lat + rng.choice((-1, 1)) * rng.uniform(0, 3), lon + rng.uniform(-3, 3))
        expected = haversine_km(lat, lon, other.lat, other.lon) < resolve.NEAR_SAME_KM
        assert resolver._near(place(lat, lon), other) is expected


def test_the_reasons_of_a_choice_are_the_evidence_that_scored_it():
    text = "Officials in Paris, Texas, and in Dallas said the storm passed."
    [paris, *_] = geomig.geocode(text)
    assert paris.country == "US"
    # Worded only for the winner, in the order the evidence was added.
    reasons = paris.evidence.split("; ")
    assert reasons[0].startswith("population ")
    assert reasons.index("US named in the same sentence") < reasons.index("explicit context (US, TX)")
    assert "other candidate(s), runner-up" in reasons[-1]


@pytest.mark.parametrize("text, surface, lat, lon", [
    # "Georgia" alone is the country; among American states it is the state, and then it
    # speaks for Atlanta, Georgia, over the Atlanta of Texas, a state the text also names.
    ("Charities in Texas and Ohio want to copy the helpline. In Georgia, the Atlanta office "
     "will write the plan.", "Atlanta", 33.75, -84.39),
])
def test_the_context_is_what_the_other_names_mean_in_context(text, surface, lat, lon):
    m = mention(text, surface)
    assert haversine_km(m.lat, m.lon, lat, lon) < 50


@pytest.mark.parametrize("text, surface, lat, lon", [
    # New York state is named for its own towns, not for the Boston of New York (8,000 people).
    ("The mayor of Boston met officials from Albany and Buffalo in New York.", "Boston", 42.36, -71.06),
    ("Charities in Texas and Ohio want to copy the helpline. The Atlanta office will write the plan.",
     "Atlanta", 33.75, -84.39),
    # A qualifier or neighbours still place the small namesake.
    ("The council of Portland, Texas, voted on the budget.", "Portland", 27.88, -97.32),
    ("Portland police met deputies from Corpus Christi and Aransas Pass in Texas.", "Portland", 27.88, -97.32),
])
def test_a_state_named_for_other_towns_does_not_pull_a_metropolis_to_a_small_namesake(text, surface, lat, lon):
    m = mention(text, surface)
    assert haversine_km(m.lat, m.lon, lat, lon) < 50


@pytest.mark.parametrize("text, surface, country, admin1", [
    # A qualifier with several senses takes the one that holds the name it qualifies.
    ("Students in Athens, Georgia, protested.", "Athens", "US", "GA"),
    ("Officials met in Tbilisi, Georgia.", "Tbilisi", "GE", None),
    ("Cadets from Rome, Georgia, marched.", "Rome", "US", "GA"),
])
def test_a_qualifier_is_read_in_the_sense_that_holds_the_name(text, surface, country, admin1):
    m = mention(text, surface)
    assert m.country == country and "contradicts-qualifier" not in m.flags
    if admin1:
        assert "explicit context (US, GA)" in m.evidence


@pytest.mark.parametrize("text, surface, feature", [
    # A country name means the country, unless the text calls it a state.
    ("Authorities in Mexico state reported deaths near Toluca.", "Mexico", "ADM1"),
    ("Police in the state of Mexico arrested two men.", "Mexico", "ADM1"),
    ("Mexico reported new cases near Toluca.", "Mexico", "PCLI"),
])
def test_a_country_name_called_a_state_is_the_state_of_its_name(text, surface, feature):
    m = mention(text, surface)
    assert m.country == "MX"
    assert (m.kind == "admin") == (feature == "ADM1")


@pytest.mark.parametrize("text, surface, country", [
    # A country's own name is the country, in a story about its neighbour too: a village
    # that bore the name only as an alias is not a candidate.
    ("Odesa and Izmail are in Ukraine. Many fled to Moldova.", "Moldova", "MD"),
    ("Families from Kherson crossed into Moldova at dawn.", "Moldova", "MD"),
    ("Buses from Lviv took them on to Poland.", "Poland", "PL"),
])
def test_a_country_s_own_name_is_the_country_next_door_too(text, surface, country):
    m = mention(text, surface)
    assert (m.kind, m.country) == ("country", country)
    assert all(a.name == surface or a.kind == "country" for a in m.alternatives)


@pytest.mark.parametrize("text, surface, country", [
    # A country's or state's possessive places the name after it, as a demonym does.
    ("Spain's Cordoba reported two cases.", "Cordoba", "ES"),
    ("Jordan’s Irbid took in refugees.", "Irbid", "JO"),
    ("Georgia's Athens hosted the meeting.", "Athens", "US"),
])
def test_a_possessive_country_or_state_qualifies_the_name_after_it(text, surface, country):
    m = mention(text, surface)
    assert m.country == country and "explicit context" in m.evidence


@pytest.mark.parametrize("text, surface, country", [
    # The owner holds no sense of the name, nor one by its border: it owns the noun after
    # the name ("flights", "office"), and the name keeps its own place abroad.
    ("Norway's Nairobi embassy issued forty visas.", "Nairobi", "KE"),
    ("Denmark's Kabul flights were cancelled again.", "Kabul", "AF"),
    # Distractor: a sense in the owner's country is still chosen through the possessive.
    ("Argentina's Cordoba took in the families.", "Cordoba", "AR"),
])
def test_a_possessive_owner_without_a_sense_of_the_name_does_not_place_it(text, surface, country):
    m = mention(text, surface)
    assert m.country == country and "contradicts-qualifier" not in m.flags


def test_a_possessive_owner_still_places_a_division_filed_across_its_border():
    # GeoNames files Mossurize, a district of Mozambique on the border, under Zimbabwe: the
    # possessive still puts it in Mozambique, vaguely.
    m = mention("Families left Mozambique's Mossurize district for the camps.", "Mossurize")
    assert m.country == "MZ" and "contradicts-qualifier" in m.flags


@pytest.mark.parametrize("text, listed", [
    ("from Harwinton, Bantam, Litchfield and Winsted", True),   # a name before and after
    ("from Bantam, Litchfield or Winsted", True),                # a name after
    ("in Santa Maria, Davao del Sur, last week", False),         # a town and its province alone
])
def test_a_pair_of_names_in_a_longer_list(text, listed):
    # The rule that keeps a county after a comma from qualifying a town listed among towns.
    names = [n for n in ("Harwinton", "Bantam", "Santa Maria", "Litchfield", "Davao del Sur", "Winsted")
             if n in text]
    spans = [Span(n, text.index(n), text.index(n) + len(n), 0, "", n.lower()) for n in names]
    first = 1 if names[0] == "Harwinton" else 0   # the pair: the town, then the name after it
    assert resolve._in_list(text, spans, first) is listed


def test_a_district_named_after_its_town_weighs_as_the_town(gazetteer):
    # Albany, Western Australia: a district of 67,000 round a town of 35,000; a larger
    # Albany lies in New York, so the district weighs as its town and ranks below it.
    resolver = resolve.LocalResolver(gazetteer)
    ranked = resolver.rank(resolver.candidates("albany"), "albany")
    assert (ranked[0][0].country, ranked[0][0].admin1) == ("US", "NY")
    district = next(prior for p, prior, _ in ranked if p.feature == "ADM2" and p.country == "AU")
    town = next(prior for p, prior, _ in ranked if p.kind == "city" and p.country == "AU")
    # and the town it is named after ranks NAMESAKE_MARGIN above it (_namesake_towns)
    assert district == pytest.approx(town - resolve.NAMESAKE_MARGIN)
    # Geneva's district is the whole canton (Genève), of which the city is the metropolis:
    # the city ranks first, with the district's weight, and the district (Genève, a spelling
    # of the name) NAMESAKE_MARGIN below it.
    geneva = resolver.rank(resolver.candidates("geneva"), "geneva")
    assert (geneva[0][0].kind, geneva[0][0].country) == ("city", "CH")
    district = next(prior for p, prior, _ in geneva if p.feature == "ADM2" and p.country == "CH")
    assert district == pytest.approx(geneva[0][1] - resolve.NAMESAKE_MARGIN)


def test_a_four_letter_acronym_in_running_text_is_no_place():
    assert [m.text for m in geomig.geocode("A police SWAT team searched the house in Lahore.")] == ["Lahore"]


@pytest.mark.parametrize("text, countries", [
    # Two ambiguous names that each fit the other's second sense do not cross ...
    ("Scientists in Cambridge and Boston studied the virus.", {"Cambridge": "US", "Boston": "US"}),
    ("Scientists in Boston and Cambridge studied the virus.", {"Cambridge": "US", "Boston": "US"}),
    # ... and a story's country does not make a far smaller namesake a partner.
    ("Ministers met in Athens and Rome. Americans watched.", {"Athens": "GR", "Rome": "IT"}),
])
def test_two_names_settle_on_one_pair_of_senses(text, countries):
    assert {m.text: m.country for m in geomig.geocode(text) if m.text in countries} == countries


@pytest.mark.parametrize("text, word, kept", [
    # One word of a longer name the gazetteer lacks, in a text about another country:
    # not Ain (France) nor Salama (Israel).
    ("Families fled to Ain Issa, north of Raqqa in Syria.", "Ain", False),
    ("Fighting broke out in Ain Hilweh near Sidon, Lebanon.", "Ain", False),
    ("Thousands sheltered at the Bab Salama crossing near Azaz in Syria.", "Salama", False),
    # The same word alone, or beside a common word, or in its own country's text, stays.
    ("Farmers in the Ain lost their flocks, officials in France said.", "Ain", True),
    ("Buses left Bihac Town for Zagreb in Croatia.", "Bihac", True),
    ("Refugees camped at Sidon Jadid near Tyre in Lebanon.", "Sidon", True),
])
def test_a_word_of_a_longer_unknown_name_is_not_a_far_place(text, word, kept):
    assert (word in {m.text for m in geomig.geocode(text) if m.id}) is kept


@pytest.mark.parametrize("text, name, place_id", [
    # A county shares England with both Manstons: only the one near it is the one meant.
    ("The men were moved to Manston in Kent after they landed.", "Manston", "geomig:manston-kent"),
    ("The farm lies near Manston in Dorset.", "Manston", "geonames:2643095"),
])
def test_a_county_qualifier_speaks_for_the_sense_near_it(text, name, place_id):
    assert {m.text: m.id for m in geomig.geocode(text)}[name] == place_id


def _scorings(monkeypatch) -> list:
    """Every (name, first pass?, evidence) LocalResolver._score makes while geocoding."""
    calls = []
    score = resolve.LocalResolver._score

    def spy(self, span, priors, context, explicit, distances, *args, **kwargs):
        out = score(self, span, priors, context, explicit, distances, *args, **kwargs)
        calls.append((span.key, distances is None, out[0].evidence))
        return out
    monkeypatch.setattr(resolve.LocalResolver, "_score", spy)
    return calls


def test_the_scores_of_a_name_are_its_rules_summed_candidate_by_candidate(monkeypatch):
    # _Evidence.scores runs the rules for every candidate in one loop; score(n) runs them
    # for one candidate and words the reasons: both must add the same evidence.
    calls = _scorings(monkeypatch)
    geomig.geocode("Volunteers drove from Paris, Texas, to Athens and Dallas; others waited in "
                   "Georgia, near Atlanta, and in London, Kentucky.")
    assert {first for _, first, _ in calls} == {True, False}  # with and without distances
    for key, _, evidence in calls:
        assert evidence.scores() == [evidence.score(n) for n in range(len(evidence.priors))], key


def test_a_name_read_again_in_an_unchanged_context_keeps_its_first_scores(monkeypatch):
    # "Georgia" alone is the country, among American states the state: the context is
    # taken again, and every name scored again but Georgia, whose context (the other
    # names' votes) has not changed.
    calls = _scorings(monkeypatch)
    text = "Charities in Texas and Ohio want to copy the helpline. In Georgia, the Atlanta office will write the plan."
    assert {m.text: m.country for m in geomig.geocode(text)}["Georgia"] == "US"
    first_pass = [key for key, first, _ in calls if first]
    assert sorted(first_pass) == ["atlanta", "atlanta", "georgia", "ohio", "ohio", "texas", "texas"]


def test_weighted_median_distance_with_one_sense_per_name():
    # Every name has one sense (no nearest-sense reduction): a name's own column never counts.
    here, near, far = place(0.0, 0.0), (0.0, 1.0), (0.0, 50.0)
    got = _median_distances({"a": [(here, 0.0, ())]},
                            {"a": ([(0.0, 0.0)], 5), "b": ([near], 1), "c": ([far], 1)})
    # Occurrences b (111 km) and c (5,560 km): the upper median of the two is c.
    assert got["a"] == [pytest.approx(haversine_km(0.0, 0.0, *far))]
    got = _median_distances({"a": [(here, 0.0, ())]}, {"a": ([(0.0, 0.0)], 5), "b": ([near], 2), "c": ([far], 1)})
    assert got["a"] == [pytest.approx(haversine_km(0.0, 0.0, *near))]


@pytest.mark.parametrize("text, name, expected", [
    # A town of a country the text never names, far from every country it does name,
    # with no other town to measure from: not the Dominican town; the Balearic island.
    ("The boat reached Cabrera. Twelve Algerians were on board.", "Cabrera", "geomig:cabrera-island"),
    ("Rescuers found the boat near Cabrera after it left Algeria.", "Cabrera", "geomig:cabrera-island"),
    # In a text about its own country, or named twice, the town stays.
    ("Storms flooded homes in Cabrera in the Dominican Republic.", "Cabrera", "geonames:3510874"),
])
def test_a_far_town_of_an_unnamed_country_yields(text, name, expected):
    assert {m.text: m.id for m in geomig.geocode(text)}[name] == expected


def test_a_town_named_twice_is_what_the_text_is_about():
    text = "Fishermen in Cabrera lost their boats. The mayor of Cabrera asked Algeria for help."
    got = [m for m in geomig.geocode(text) if m.text == "Cabrera"]
    assert got and all(m.country == "DO" for m in got)


def test_a_qualified_town_is_never_a_stray():
    # "Georgia" alone may read as the country; the qualifier still places Rome in the state.
    assert mention("Cadets from Rome, Georgia, marched.", "Rome").country == "US"


@pytest.mark.parametrize("text", [
    "The boat left the beaches north of Nouadhibou, Spain's rescue service said.",
    "Forty people sailed from Nouadhibou, Spain’s coastguard reported on Monday.",
])
def test_a_country_owning_the_subject_of_a_verb_of_saying_does_not_qualify_the_name(text):
    # "X, Spain's service said": Spain owns the words after it; it is not where X lies.
    got = mention(text, "Nouadhibou")
    assert (got.country, got.kind) == ("MR", "city") and "contradicts-qualifier" not in got.flags


@pytest.mark.parametrize("text, name, country", [
    # A country before the people or body it names is their adjective, not where the name lies.
    ("In Tapachula, U.S. embassy staff interviewed the families about their route.", "Tapachula", "MX"),
    ("Near Agadez, U.S. officials did not confirm that the convoy had been stopped.", "Agadez", "NE"),
    # Followed by anything else it still qualifies (distractors).
    ("They reached Tapachula, Mexico, after a week on foot.", "Tapachula", "MX"),
    ("Cadets from Rome, Georgia marched in the parade.", "Rome", "US"),
])
def test_a_country_before_the_people_it_names_does_not_qualify_the_name(text, name, country):
    got = mention(text, name)
    assert got.country == country and "contradicts-qualifier" not in got.flags


@pytest.mark.parametrize("text, name, qualifier, country", [
    # A state before "police" or "officials" that holds a place of the name is still where it lies.
    ("Rome, Georgia police towed the stolen trailer to a county lot.", "Rome", "Georgia", "US"),
    ("Athens, Georgia officials closed the night shelter for repairs.", "Athens", "Georgia", "US"),
    ("At Paris, Texas authorities seized a pickup with nine men hidden under tarps.", "Paris", "Texas", "US"),
    # No Tbilisi lies in the US state: the country's own name (a distractor).
    ("Tbilisi, Georgia police said the protest ended peacefully.", "Tbilisi", "Georgia", "GE"),
])
def test_a_state_before_the_people_it_names_still_qualifies_a_name_it_holds(text, name, qualifier, country):
    got, state = mention(text, name), mention(text, qualifier)
    assert got.country == country == state.country and got.confidence > 0.9


@pytest.mark.parametrize("text, name, country", [
    # A possessive that describes the name still locates it.
    ("Cadets from Rome, Georgia's oldest city, marched.", "Rome", "US"),
    ("They reached Tripoli, Lebanon's second city, by bus.", "Tripoli", "LB"),
    ("Tripoli, Lebanon, was calm on Monday.", "Tripoli", "LB"),
])
def test_a_country_after_the_comma_still_qualifies(text, name, country):
    assert mention(text, name).country == country


@pytest.mark.parametrize("text", [
    "After checks at the Manston processing centre in Kent, most were taken to hotels.",
    "They were held at the Manston centre in Kent for a week.",
    "Migrants reached Manston in Kent's east.",
])
def test_a_facility_named_after_its_place_does_not_break_the_qualifier(text):
    assert mention(text, "Manston").id == "geomig:manston-kent"     # not Manston in Dorset


def test_a_facility_in_another_country_does_not_move_the_place_it_is_named_after():
    # Basel's airport lies in France; Basel stays in Switzerland, and nothing is contradicted.
    got = mention("Flights landed at Basel airport in France.", "Basel")
    assert got.country == "CH" and "contradicts-qualifier" not in got.flags


@pytest.mark.parametrize("text, name, country", [
    # No town to measure from: a far town or division of an unnamed country yields to a
    # namesake beside the countries the text names.
    ("The pirogue left Barra on Tuesday. Most passengers were from Senegal and Guinea.", "Barra", "GM"),
    ("Venezuelans walked from Peru into Chile at Santa Rosa.", "Santa Rosa", "PE"),
])
def test_a_namesake_beside_the_named_countries_beats_a_far_one(text, name, country):
    got = {m.text: m for m in geomig.geocode(text)}
    assert got[name].country == country, (got[name].id, got[name].name, got[name].country)


def test_a_far_town_stays_where_no_namesake_is_beside_the_named_countries():
    # Brazil's Barra is far from Spain, but no Barra lies beside Spain: the choice stands.
    got = {m.text: m for m in geomig.geocode("The boat left Barra with 200 people on board, bound for Spain.")}
    assert got["Barra"].country == "BR"


@pytest.mark.parametrize("text, stranded", [
    # A word of a longer name the gazetteer lacks is no far town of the text's own country...
    ("Agents stopped a truck near the Otay Mesa crossing east of San Diego.", "Mesa"),
    # ...nor a division of another country, whatever the division's population.
    ("The dinghy landed at Porto Pino on the south coast of Sardinia.", "Porto"),
])
def test_a_word_of_a_longer_unknown_name_is_no_far_place(text, stranded):
    assert stranded not in {m.text for m in geomig.geocode(text)}


@pytest.mark.parametrize("text, name, country", [
    # The same word alone, or beside a town of its own state, stays a place.
    ("Police in Mesa, Arizona, said the Mesa Police Department had closed the road to Phoenix.", "Mesa", "US"),
    ("Flights from Porto reached Lisbon late.", "Porto", "PT"),
    # A metropolis's English name (a supplement alias) is its own name too, beside any word.
    ("Hundreds slept outside Kiev Pasazhyrskyi station before boarding trains to Poland.", "Kiev", "UA"),
])
def test_a_name_beside_its_own_region_is_not_stranded(text, name, country):
    assert mention(text, name).country == country


@pytest.mark.parametrize("text, name, expected", [
    # A town's own name beats an old name of a larger place of its country.
    ("Bulgarian police stopped a van near Sredets, close to the Turkish border.", "Sredets", "Sredets"),
    # With no town of that name, the old name still means the city.
    ("Flights from Bombay landed in Dubai.", "Bombay", "Mumbai"),
])
def test_an_alias_yields_to_a_town_that_bears_the_name(text, name, expected):
    assert mention(text, name).name == expected


@pytest.mark.parametrize("text, name, place_id", [
    # Islands that the registry packages lack, from the committed country polygons.
    ("Migrants from Venezuela reached Trinidad by boat, the coast guard in Port of Spain said.",
     "Trinidad", "geomig:trinidad-island"),
    ("The family had lived on Tanna in Vanuatu before moving to Port Vila.", "Tanna", "geomig:tanna-island"),
])
def test_islands_of_small_countries_are_the_islands(text, name, place_id):
    assert mention(text, name).id == place_id


def test_a_town_of_the_islands_name_elsewhere_keeps_its_own_story():
    assert mention("Tourists in Trinidad, a colonial town in central Cuba, visited Havana too.",
                   "Trinidad").country == "CU"


def test_a_small_far_place_of_an_unnamed_country_is_doubted():
    # Erin is a village of Trinidad the gazetteer lacks, not the town in Ontario (Cedros, the
    # example before, is now in the gazetteer's hand entries, in Trinidad).
    got = {m.text: m for m in geomig.geocode("Fishermen from Port of Spain said the boat had left Erin at dawn.")}
    assert "Erin" not in got and got["Port of Spain"].country == "TT"
    got = {m.text: m for m in geomig.geocode("Fishermen from Port of Spain said the boat had left Cedros at dawn.")}
    assert got["Cedros"].country == "TT"


def test_a_national_capital_is_never_doubted_as_a_far_small_town():
    # Port of Spain (49,000 people) beside a village the gazetteer lacks stays the capital.
    assert mention("Fishermen from Port of Spain said the boat had left Cedros at dawn.",
                   "Port of Spain").country == "TT"


@pytest.mark.parametrize("text, name, country", [
    # First-level divisions Natural Earth has and the subdivision package lacks.
    ("Ebola cases were reported in Kasai-Occidental and Katanga.", "Katanga", "CD"),
    ("Police in Northamptonshire arrested two men.", "Northamptonshire", "GB"),
    ("Farmers in the Rift Valley lost their cattle to the drought.", "Rift Valley", "KE"),
    ("Flooding hit Binh Phuoc province.", "Binh Phuoc", "VN"),
])
def test_divisions_only_natural_earth_has_are_places(text, name, country):
    got = mention(text, name)
    assert (got.country, got.kind) == (country, "admin")


def test_a_compass_phrase_is_no_foreign_division(gazetteer):
    # "North East" is also a Vietnamese region's English name; the build does not add it as one
    # (read in the index itself: in a text, the direction rule reads the phrase first).
    found = [gazetteer.row(i) for i in gazetteer.names.get("north east", ())]
    assert found and all(p.country != "VN" for p in found)


@pytest.mark.parametrize("text, country", [
    # A national capital outranks a smaller province of its name abroad...
    ("Many Haitians had lived in Santiago for years before walking north.", "CL"),
    ("Flights to Santiago were cancelled after the storm.", "CL"),
    # ... unless the text places the name there.
    ("Farmers near Santiago, Dominican Republic, hired Haitian workers.", "DO"),
])
def test_a_national_capital_over_a_province_of_its_name_abroad(text, country):
    assert mention(text, "Santiago").country == country


@pytest.mark.parametrize("text, country", [
    # "its border" is the border of the country it refers back to...
    ("Venezuelans keep walking south through Peru. Chile has closed its northern border.", "CL"),
    # ... "the border" is the one of the country the text is about.
    ("Venezuelans crossed into Colombia. Venezuela closed the border again. Venezuela said so.", "VE"),
    # Without a country in its sentence, the subject of the sentence before.
    # (Turkey is named more often: the text's most-named country would be Turkey's borders)
    ("Turkey says thousands are waiting. Greece has built a fence facing Turkey. Every state may guard its borders.",
     "GR"),
])
def test_a_possessive_border_refers_back_to_its_country(text, country):
    borders = [m for m in geomig.geocode(text) if "border" in m.text]
    assert [m.country for m in borders] == [country]


def test_a_city_outranks_the_district_it_fills():
    # Kraków's city county holds a few more people than the city: the text means the city.
    assert mention("She took a train from Lviv to Krakow and a bus on to Wroclaw.", "Krakow").id == "geonames:3094802"


def test_the_datelines_state_speaks_for_a_small_town_of_it():
    # Escuintla: a Guatemalan department capital of 156,000 and a Chiapas town of 10,000,
    # near Tapachula, where this report is filed from.
    text = ("TAPACHULA, Mexico - Agents of Mexico's National Guard stopped a group of families "
            "near Escuintla, on the road north of Tapachula.")
    m = next(m for m in geomig.geocode(text) if m.text == "Escuintla")
    assert m.country == "MX"
    # Without the dateline, the same sentence keeps the larger town.
    plain = next(m for m in geomig.geocode("Agents stopped a group of families near Escuintla.")
                 if m.text == "Escuintla")
    assert plain.country == "GT"


def test_the_modules_geocode_bench_compiles_stay_mypy_clean(tmp_path):
    """benchmarks/geocode_bench.py --compiled compiles these modules with mypyc, which needs
    them type-correct; skipped where mypy is not installed."""
    api = pytest.importorskip("mypy.api")
    root = Path(__file__).resolve().parents[1]
    spec = importlib.util.spec_from_file_location("_bench_common", root / "benchmarks" / "_common.py")
    common = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(common)
    (tmp_path / "mypy.ini").write_text(common.MYPY_INI)
    out, err, status = api.run(["--config-file", str(tmp_path / "mypy.ini"), "--cache-dir", str(tmp_path / "cache"),
                                *(str(root / m) for m in common.COMPILED)])
    assert (status, err) == (0, ""), out


def test_weighted_median_distance_to_one_other_name_is_its_nearest_sense():
    # One other name: each candidate's median is its distance to that name's nearest sense,
    # as the weighted median of one column is (the general case, with a third name, agrees).
    rng = random.Random(11)
    candidates = {"a": [(place(rng.uniform(-60, 60), rng.uniform(-180, 180)), 0.0, ()) for _ in range(6)]}
    spots = [(rng.uniform(-60, 60), rng.uniform(-180, 180)) for _ in range(3)]
    got = _median_distances(candidates, {"b": (spots, 2)})
    for (p, _, _), d in zip(candidates["a"], got["a"], strict=True):
        assert d == pytest.approx(min(haversine_km(p.lat, p.lon, *pt) for pt in spots))
    # A second sense-less weight on the same spots: the upper median is still that distance.
    both = _median_distances(candidates, {"b": (spots, 2), "c": (spots, 1)})
    assert both["a"] == pytest.approx(got["a"])


def test_a_name_with_one_candidate_has_all_the_probability():
    # The analyst's own place is the only sense of its made-up name: no alternatives, and the
    # confidence the general arithmetic gives one candidate (probability 1, no margin).
    from geomig.gazetteer.index import Gazetteer
    from geomig.geoparse.geocode import geocode_document
    from geomig.geoparse.resolve import LocalResolver
    from geomig.models import Document

    own = Place("geomig:user:quorvale", "Quorvale", "city", "IT", 40.5, 15.5, 2000)
    resolver = LocalResolver.shared(Gazetteer.default(), (own,))
    doc = geocode_document(Document("-", "Volunteers met the boat in Quorvale."), resolver=resolver)
    m = next(m for m in doc.mentions if m.text == "Quorvale")
    assert m.id == own.id and m.alternatives == ()
    assert m.confidence == calibrate(1.0, 6.0)
    assert "other candidate" not in m.evidence and "added by the overrides file" in m.evidence


@pytest.mark.parametrize("text", [
    "Bihac Hospital, Bihac\u00a0Hospital, Bihac\nHospital; Tuzla Kanton and Tuzla\tKanton.",
    "A boat left. Zuwara Port then Zuwara\u2009Port; “Zuwara Port” and Zuwara \nPort\nHarbour.",
    "the state of Ohio, the State of\u00a0Ohio, the province of\nOntario, state of-Ohio, OF Ohio",
])
def test_the_prechecks_of_stranded_words_and_division_cues_hold_wherever_their_patterns_match(text):
    # _without_stranded reads a space beside a name before its two patterns, and _division_cues
    # an "of" before _DIVISION_BEFORE: at every position where a pattern matches, so does its test.
    for at in range(len(text) + 1):
        if resolve._NAME_AFTER.match(text, at):
            assert text.startswith(" ", at), (text, at)
        if at and resolve._NAME_BEFORE.search(text, max(0, at - 40), at):
            assert text.startswith(" ", at - 1) or text.startswith(" \n", at - 2), (text, at)
        if resolve._DIVISION_BEFORE.search(text, max(0, at - 20), at):
            assert "of" in text[max(0, at - 20):at], (text, at)


@pytest.mark.parametrize("name, key, written", [
    ("lahij", "lahj", True),                  # a spelling
    ("tamanghasset", "tamanrasset", True),
    ("palermo", "palermo", True),
    ("oklahoma city", "oklahoma", False),     # another name, with a word more
    ("al qadarif", "gedaref", False),
])
def test_a_name_written_as_the_key(name, key, written):
    from geomig.geoparse.resolve import _written_as

    assert _written_as(name, key) is written


@pytest.mark.parametrize("text, country", [
    ("Shelling near Bukavu sent families across the lake; Congo asked for help.", "CD"),
    ("The ferry from Kinshasa was late, officials in Congo said.", "CD"),
    ("Traders in Brazzaville, Congo, closed their stalls.", "CG"),
    ("Pointe-Noire is the main port of Congo.", "CG"),
    ("The Republic of Congo shut its border with Gabon. Congo reported no new cases.", "CG"),
    ("The Democratic Republic of the Congo counted 40 dead. Congo has asked for vaccines.", "CD"),
    ("Refugees from Congo reached Uganda.", "CD"),  # no other evidence: the larger country
])
def test_a_name_two_countries_share_is_the_one_the_text_is_about(text, country):
    assert mention(text, "Congo").country == country


@pytest.mark.parametrize("text, name, where", [
    ("Most of the deportees came from Tahoua, Niger, and had worked in Algeria for years.", "Niger", ("NE", "country")),
    ("Lorries from Maradi in Niger reach the border at dawn.", "Niger", ("NE", "country")),
    ("Smugglers took them from Batumi in Georgia to the Turkish border.", "Georgia", ("GE", "country")),
    # the text's other places in the division's country: the division, as before
    ("The families fled Minna and Kontagora, in Nigeria's Niger State, for Abuja.", "Niger State", ("NG", "admin")),
    ("She drove from Atlanta to Savannah, Georgia, with her children.", "Georgia", ("US", "admin")),
    # two of the text's places in the division's country, one in the country: the division
    ("Migrants held in Georgia were moved to Texas and Louisiana; a few were from Batumi.", "Georgia",
     ("US", "admin")),
])
def test_a_country_name_a_division_abroad_shares_is_the_country_the_text_is_about(text, name, where):
    """Where the text's other places lie in the country, its name is the country, not a
    division of that name abroad that is nearer to them ("Tahoua, Niger" is not Nigeria's
    Niger State)."""
    m = mention(text, name)
    assert (m.country, m.kind) == where


def test_a_shared_country_name_does_not_move_unshared_ones():
    assert [m.country for m in geomig.geocode("Guinea and Guinea-Bissau met in Conakry.")] == ["GN", "GW", "GN"]


def test_within_km_of_countries_skips_only_boxes_too_far_to_matter(gazetteer):
    """Countries whose bounding box lies past ``km`` are not measured: the answer to "nearer
    than km?" is the one every polygon measured gives, over random points."""
    from shapely.geometry import Point

    from geomig.gazetteer.geo import KM_PER_DEGREE

    def measured(p, countries):  # every polygon measured, as before the box test
        scale = KM_PER_DEGREE * max(resolve.math.cos(resolve.math.radians(p.lat)), 0.01)
        return min(gazetteer.geometry(gazetteer.country_ids[c]).distance(Point(p.lon, p.lat)) * scale
                   for c in countries)

    rng = random.Random(11)
    countries = ["LY", "IT", "FR", "KE", "US", "RU", "FJ", "CL", "NZ"]
    for _ in range(150):
        p = place(rng.uniform(-60, 70), rng.uniform(-180, 180))
        named = rng.sample(countries, rng.randint(1, 4))
        for km in (resolve.CLOSE_KM, resolve.FAR_KM):
            assert resolve._within_km_of_countries(p, named, gazetteer, km) == (measured(p, named) < km)
    # A point beside Libya, far from Italy's box: Italy skipped, Libya near.
    beside = place(31.0, 25.5)
    assert resolve._within_km_of_countries(beside, ["IT", "LY"], gazetteer, resolve.CLOSE_KM) == (
        measured(beside, ["LY"]) < resolve.CLOSE_KM)


@pytest.mark.parametrize("text", [
    "Boats left Foo \nBar, Élan Bar, Ab-cd Ef, AB Cd, a.Foo Bar, Foo's Bar and \"Foo Bar\u00a0Baz Qu \n\nZed.",
    "Crowds in Ain Zara, in the Med, near Tanger Med; Bab al-Tabbaneh, said Mr. Smith Tripoli ,Foo Bar.",
])
def test_the_word_before_a_name_is_searched_only_where_it_is_capitalised(text):
    # _without_stranded reads _NAME_BEFORE only where the window's last word opens with a
    # capital and a lowercase letter: wherever the pattern matches, that test holds.
    from geomig.geoparse.resolve import _NAME_BEFORE, _capitalised_last

    for start in range(1, len(text) + 1):
        lo = max(0, start - 40)
        if _NAME_BEFORE.search(text, lo, start):
            assert _capitalised_last(text, lo, start), (text, start)
    assert _capitalised_last("near Ain ", 0, 9) and not _capitalised_last("near ain ", 0, 9)


@pytest.mark.parametrize("text, surface, kind", [
    # "department" calls a name a division, as "province" does (Bolivia, Colombia, Haiti...) ...
    ("The families fled La Paz department for Chile.", "La Paz", "admin"),
    ("Most of them came from the La Paz department, officials said.", "La Paz", "admin"),
    # ... in lowercase: a capitalised "Department" is an agency's (distractor), and without the
    # noun the city is meant.
    ("The Los Angeles Department of Health said Fresno was calm.", "Los Angeles", "city"),
    ("The families fled La Paz for Chile.", "La Paz", "city"),
])
def test_a_department_noun_calls_a_name_a_division(text, surface, kind):
    assert mention(text, surface).kind == kind


@pytest.mark.parametrize("text, surface, kind", [
    # "department store" is a shop in the city, not the division (review41) ...
    ("Refugees sheltered in a Paris department store on Friday.", "Paris", "city"),
    ("Two Paris department stores hired refugees.", "Paris", "city"),
    # ... while the noun alone still calls the name one (distractor)
    ("The Paris department asked for more shelters.", "Paris", "admin"),
])
def test_a_department_store_calls_no_name_a_division(text, surface, kind):
    assert mention(text, surface).kind == kind


# ---- session 42: review mends (review41 H2, M6) ----

@pytest.mark.parametrize("text, surface, country", [
    # "department" names the divisions of the countries that have departments: "the Santa Cruz
    # department" is Bolivia's, not Argentina's province of the name (review41 H2) ...
    ("Refugees fled to the Santa Cruz department.", "Santa Cruz", "BO"),
    ("Floods forced families out of the Santa Cruz department last year.", "Santa Cruz", "BO"),
    # ... and "the Beni department" Bolivia's (El Beni), not DR Congo's territory of Beni
    ("The Beni department in Bolivia floods every year.", "Beni", "BO"),
    ("Families left the Beni department for Brazil.", "Beni", "BO"),
    # ... while "province" still calls any country's division (distractor), and the bare name
    # is still the town it was (distractors)
    ("Migrants walked to Santa Cruz province in Patagonia.", "Santa Cruz", "AR"),
    ("Thousands of people fled Beni after the attacks.", "Beni", "CD"),
    ("Displaced families reached Beni on Monday.", "Beni", "CD"),
    ("Migrants reached Beni, in North Kivu, on Monday.", "Beni", "CD"),
])
def test_a_department_is_one_of_a_country_that_has_departments(text, surface, country):
    assert mention(text, surface).country == country


@pytest.mark.parametrize("text, surface, kind", [
    # a department "of" a body is the body's office in the city, not the division (review41 M6) ...
    ("The Paris department of the Red Cross helped migrants.", "Paris", "city"),
    ("The La Paz department of the ministry opened a shelter.", "La Paz", "city"),
    # ... while a department of a place is still the division (distractors)
    ("The Cauca department of Colombia received refugees from Venezuela.", "Cauca", "admin"),
    ("Refugees in the Santa Cruz department of eastern Bolivia waited for buses.", "Santa Cruz", "admin"),
    ("The Paris department asked for more shelters.", "Paris", "admin"),
])
def test_a_department_of_a_body_calls_no_name_a_division(text, surface, kind):
    assert mention(text, surface).kind == kind


def test_a_names_occurrences_are_its_own_words_found_without_a_regex_per_name(monkeypatch):
    from geomig.geoparse import resolve as resolve_module

    text = "Kvetrov, Kvetrov-Ulm, Kvetrovka, _Kvetrov, the Kvetrov camp, Kvetrov’s, ÉKvetrov, Kvetrov"
    # Asked once per unplaced name over the whole text: a regex made per name (led by a
    # lookbehind, past re's cache of compiled ones) made a long text's geocoding quadratic.
    monkeypatch.setattr(resolve_module.re, "finditer", None)
    assert resolve_module._occurrences(text, "Kvetrov") == [0, 47, 61, 82]
