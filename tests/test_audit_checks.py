"""geomig.geoparse.checks: choices the rest of their text speaks against are flagged, capped
below the low-confidence line and reviewed first; and the features, disputed regions,
crossings and camps the gazetteer now holds are found by their names."""

from __future__ import annotations

from dataclasses import replace

import pytest

from geomig.geoparse import checks
from geomig.audit import report as au
from geomig.audit.rows import QUESTIONED
from geomig.geoparse.geocode import geocode
from geomig.models import Candidate, GeocodedDocument, Mention


def mention(text: str, start: int, pid: str, country: str, lat: float, lon: float, *,
            kind: str = "city", confidence: float = 0.999, flags: tuple[str, ...] = (),
            alternatives: tuple[Candidate, ...] = ()) -> Mention:
    return Mention(text, start, start + len(text), 0, kind, pid, text, country, lat, lon, confidence,
                   alternatives, "population 10k", flags)


#: A namesake the resolver passed over, in England: what makes a far choice a choice at all.
NAMESAKE = (Candidate("geonames:98", "Dalton", "GB", 54.15, -3.18, 0.001, "city"),)


# Four towns of one border area (Armenia's south-east), as a story about it names them.
AREA = [("Goris", "AM", 39.511, 46.342), ("Kornidzor", "AM", 39.548, 46.530), ("Kapan", "AM", 39.208, 46.405),
        ("Sisian", "AM", 39.521, 46.032)]


def area_story(extra: str, extra_country: str, lat: float, lon: float) -> tuple[str, list[Mention]]:
    """A text naming the area's towns, then `extra`, and its mentions (extra placed at lat, lon)."""
    text = "Buses ran from " + ", ".join(name for name, *_ in AREA) + f" and {extra} all day."
    mentions, at = [], 0
    for n, (name, country, la, lo) in enumerate(AREA):
        at = text.index(name, at)
        mentions.append(mention(name, at, f"geonames:{n + 1}", country, la, lo))
    mentions.append(mention(extra, text.index(extra), "geonames:99", extra_country, lat, lon, alternatives=NAMESAKE))
    return text, mentions


def test_a_small_town_far_from_a_focused_story_in_a_country_it_never_names_is_off_focus():
    text, mentions = area_story("Dalton", "TR", 37.57, 43.74)  # 300 km away, in Turkey
    out = checks.checked(text, mentions)
    assert "off-focus" in out[-1].flags
    assert out[-1].confidence <= checks.CAPPED_CONFIDENCE < 0.6
    assert "far from every other place" in out[-1].evidence
    assert all(not m.flags and m.confidence == 0.999 for m in out[:-1])  # the focus itself is left as it was


def test_a_far_town_bearing_its_name_with_no_namesake_elsewhere_is_not_off_focus():
    # "... reached Lampedusa": no other sense of the name was passed over, so nothing to doubt.
    text, mentions = area_story("Dalton", "TR", 37.57, 43.74)
    near = (Candidate("geonames:97", "Dalton", "TR", 37.6, 43.8, 0.001, "island"),)  # the island of the town
    for alternatives in ((), near):
        mentions[-1] = replace(mentions[-1], alternatives=alternatives)
        assert not checks.checked(text, mentions)[-1].flags
    # Matched by another of its names, it is in question again.
    mentions[-1] = replace(mentions[-1], name="Daltonköy")
    assert "off-focus" in checks.checked(text, mentions)[-1].flags


def test_a_far_town_in_a_country_the_text_names_is_not_off_focus():
    text, mentions = area_story("Dalton", "TR", 37.57, 43.74)
    text += " Turkey kept its border shut."
    mentions.append(mention("Turkey", text.index("Turkey"), "geonames:298795", "TR", 39.0, 35.0, kind="country"))
    assert "off-focus" not in checks.checked(text, mentions)[-2].flags


def test_the_focus_is_measured_only_for_a_mention_past_the_cheaper_tests(monkeypatch):
    """The trusted places' medoid costs a distance per pair of places: measured once, for the
    first mention that the country and distance tests leave in question, and not at all when
    none is (a far town in a country the text names elsewhere)."""
    measured = []
    medoid = checks._medoid
    monkeypatch.setattr(checks, "_medoid", lambda points: measured.append(len(points)) or medoid(points))
    text, mentions = area_story("Dalton", "TR", 37.57, 43.74)
    assert "off-focus" in checks.checked(text, mentions)[-1].flags
    assert measured == [len(AREA) + 1]  # once, over the trusted places (Dalton's own point among them)
    measured.clear()
    text += " Turkey kept its border shut."
    mentions.append(mention("Turkey", text.index("Turkey"), "geonames:298795", "TR", 39.0, 35.0, kind="country"))
    assert not checks.checked(text, mentions)[-2].flags
    assert measured == []


def test_a_near_town_and_a_story_without_focus_are_not_off_focus():
    text, mentions = area_story("Dalton", "AZ", 39.82, 46.75)  # Stepanakert's point, 40 km away
    assert not checks.checked(text, mentions)[-1].flags
    # The others spread over a continent: no focus to be off.
    text, mentions = area_story("Dalton", "TR", 37.57, 43.74)
    mentions[0] = mention("Goris", mentions[0].start, "geonames:1", "AM", 51.5, -0.12)
    assert not checks.checked(text, mentions)[-1].flags


def test_a_strait_named_after_a_far_town_is_not_the_town():
    text = "The boat sank in the Strait of Dalton on Sunday, far from Kapan."
    dalton, kapan = text.index("Dalton"), text.index("Kapan")
    out = checks.checked(text, [mention("Dalton", dalton, "geonames:7", "MY", 2.2, 102.2),
                                mention("Kapan", kapan, "geonames:3", "AM", 39.208, 46.405)])
    assert out[0].flags == ("feature-mismatch",) and out[0].confidence == checks.CAPPED_CONFIDENCE
    # A verb, not a crossing: "entering Dalton crossing the river".
    text = "They were entering Dalton crossing the river, far from Kapan."
    out = checks.checked(text, [mention("Dalton", text.index("Dalton"), "geonames:7", "MY", 2.2, 102.2),
                                mention("Kapan", text.index("Kapan"), "geonames:3", "AM", 39.208, 46.405)])
    assert not out[0].flags


def test_a_river_or_bridge_is_its_namesake_only_when_that_lies_near_the_text():
    text = "They waded the Dalton river near Goris, then walked to Kapan."
    near = [mention("Dalton", text.index("Dalton"), "geonames:7", "AM", 39.4, 46.2),
            mention("Goris", text.index("Goris"), "geonames:1", "AM", 39.511, 46.342),
            mention("Kapan", text.index("Kapan"), "geonames:3", "AM", 39.208, 46.405)]
    assert not checks.checked(text, near)[0].flags  # a river named after the town it runs by
    far = [mention("Dalton", text.index("Dalton"), "geonames:7", "CN", 42.9, 129.8), *near[1:]]
    assert checks.checked(text, far)[0].flags == ("feature-mismatch",)
    assert checks.feature_named("the Dalton bridge", 4, 10) and checks.feature_named("River Dalton", 6, 12)
    assert not checks.feature_named("Dalton was quiet", 0, 6)


def test_the_analysts_decisions_and_areas_are_left_alone():
    text, mentions = area_story("Dalton", "TR", 37.57, 43.74)
    mentions[-1] = mention("Dalton", mentions[-1].start, "geonames:99", "TR", 37.57, 43.74, flags=("overridden",))
    assert checks.checked(text, mentions)[-1].flags == ("overridden",)
    text = "Ships crossed the Gulf of Dalton."
    sea = mention("Dalton", text.index("Dalton"), "geomig:dalton", None, 30.0, 30.0, kind="sea")
    assert not checks.checked(text, [sea])[0].flags


def test_a_questioned_choice_is_reviewed_first_and_listed_by_only_flagged():
    text, mentions = area_story("Dalton", "TR", 37.57, 43.74)
    doc = GeocodedDocument("story.txt", text, ((0, len(text)),), tuple(checks.checked(text, mentions)))
    rows = au.audit([doc], min_confidence=0.0)  # even with no low-confidence line, the flag puts it first
    assert rows[0].text == "Dalton" and "off-focus" in rows[0].flags and rows[0].needs_review
    assert [r.text for r in rows if r.needs_review] == ["Dalton"]


# Sentences of our own; the places are the classes our reports 241-258 showed missing.
@pytest.mark.parametrize("text, word, pid", [
    ("A wooden boat sank in the Strait of Malacca with 30 workers on board.", "Strait of Malacca",
     "geomig:strait-of-malacca"),
    ("She was caught crossing the frozen Tumen river by soldiers.", "Tumen", "geomig:tumen-river"),
    ("Families waited from Stepanakert to the Hakari bridge, and went on to Goris in Armenia.", "Hakari",
     "geomig:hakari-bridge"),
    ("Thousands of Armenians left Nagorno-Karabakh for Goris this week.", "Nagorno-Karabakh",
     "geomig:nagorno-karabakh"),
    ("Brokers drive men from Marsa Matruh to Salloum, on the border with Libya.", "Salloum", "geonames:359867"),
    ("Buses left Nduta camp in Tanzania for Burundi on Monday.", "Nduta", "geomig:nduta-camp"),
    ("A fishing boat from Tobruk landed 80 people at Kaloi Limenes in southern Crete.", "Kaloi Limenes",
     "geomig:kaloi-limenes"),
    ("Families crossed at Roxham Road from New York into Quebec.", "Roxham Road", "geomig:roxham-road"),
])
def test_features_regions_crossings_and_camps_are_found(text, word, pid):
    found = {m.text: m for m in geocode(text)}
    assert found[word].id == pid, found
    assert not {"off-focus", "feature-mismatch"} & set(found[word].flags)


@pytest.mark.parametrize("text", [
    "Families from Goris, Kapan and Sisian reached the Salem checkpoint at dawn.",
    "Families from Goris, Kapan and Sisian waded the Salem river into Iran.",  # a noun keeps its object
    "Families from Goris, Kapan and Sisian crossed the Salem bridge over the gorge.",
])
def test_a_crossing_or_river_the_gazetteer_lacks_is_not_a_far_town_of_its_name(text, gazetteer):
    # No Salem checkpoint, river or bridge in the gazetteer: a Salem far away is flagged and capped.
    found = {m.text: m for m in geocode(text, gazetteer=gazetteer)}
    salem = found["Salem"]
    assert salem.country != "AM" and "feature-mismatch" in salem.flags, salem
    assert salem.confidence <= checks.CAPPED_CONFIDENCE


@pytest.mark.parametrize("text, feature", [
    ("They waded the Dalton river into Greece.", True),
    ("They crossed the Dalton bridge over the gorge.", True),
    ("They walked from Dalton camp to the port.", True),
    ("Boats waited in the Dalton strait for days.", True),
    ("Lorries queued at the Dalton border crossing into Iran.", True),
    ("Lorries queued at the Dalton crossing.", True),
    ("They were seen entering Dalton crossing the river.", False),  # a verb
    ("Dalton rivers of people", False),
])
def test_feature_words_after_a_name(text, feature):
    start = text.index("Dalton")
    assert checks.feature_named(text, start, start + len("Dalton")) is feature


def test_a_capped_choice_is_below_the_low_confidence_line_the_picture_and_audit_share():
    from geomig.picture import low_confidence

    assert checks.CAPPED_CONFIDENCE < low_confidence()
    assert set(checks.FLAGS) <= set(QUESTIONED)


def test_a_river_named_after_its_state_is_no_mismatch_but_a_far_district_is(gazetteer):
    text = "Guards patrol the Limpopo River east of Goris and Kapan."
    others = [mention("Goris", text.index("Goris"), "geonames:1", "AM", 39.511, 46.342),
              mention("Kapan", text.index("Kapan"), "geonames:3", "AM", 39.208, 46.405)]
    state = mention("Limpopo", text.index("Limpopo"), "geonames:1085597", "ZA", -23.68, 29.21, kind="admin")
    assert not checks.checked(text, [state, *others], gazetteer)[0].flags  # a first-level division
    district = replace(state, id="geonames:10792460", country="EC", lat=-2.0, lon=-79.5)  # a second-level one
    assert checks.checked(text, [district, *others], gazetteer)[0].flags == ("feature-mismatch",)


def test_every_mention_of_a_name_shares_its_verdict_and_a_digest_of_places_is_left_alone():
    text, mentions = area_story("Dalton", "TR", 37.57, 43.74)
    text += " Dalton again."
    again = mention("Dalton", text.rindex("Dalton"), "geonames:99", "TR", 37.57, 43.74, alternatives=NAMESAKE)
    out = checks.checked(text, [*mentions, again])
    assert "off-focus" in out[-1].flags and "off-focus" in out[-2].flags
    # More places than MAX_PLACES: a list, not a story with a focus.
    many = [mention(f"Town{n}", 0, f"geonames:{1000 + n}", "AM", 39.5, 46.3 + n / 1000)
            for n in range(checks.MAX_PLACES + 1)]
    assert checks.checked(text, [*many, *mentions, again])[-1].flags == ()


def test_a_routes_far_end_is_not_off_focus_but_a_town_of_another_of_its_names_is(gazetteer):
    text = "Smugglers launched boats from Zuwara, Sabratha and Zawiya this week; 300 people reached Lampedusa."
    found = {m.text: m for m in geocode(text, gazetteer=gazetteer)}
    assert found["Lampedusa"].country == "IT" and not found["Lampedusa"].flags
    text = "Families waited from Goris, Kapan and Sisian to Hakari in the east."
    hakari = {m.text: m for m in geocode(text, gazetteer=gazetteer)}["Hakari"]
    assert hakari.country == "AZ" or ("off-focus" in hakari.flags and hakari.confidence <= checks.CAPPED_CONFIDENCE)


def neighbour_story(text: str, town_lat: float, town_lon: float, *, town: str = "Dalton",
                    alternatives: tuple[Candidate, ...] = NAMESAKE) -> list[Mention]:
    """The mentions of a text naming the Vardar river (a point along it) and a village `town`
    placed at (town_lat, town_lon), in a country the text names otherwise too (North Macedonia)."""
    return [mention("Vardar", text.index("Vardar"), "geonames:1", "MK", 41.60, 21.75, kind="landmark"),
            mention(town, text.index(town), "geonames:99", "MK", town_lat, town_lon, alternatives=alternatives),
            mention("Skopje", text.index("Skopje"), "geonames:2", "MK", 42.0, 21.43)]


@pytest.mark.parametrize("text, far", [
    # The text puts the village near the river: a namesake 400 km away is questioned...
    ("They waded the Vardar river near the village of Dalton and walked on to Skopje.", True),
    ("Dalton, a hamlet just outside the Vardar valley, is a day's walk from Skopje.", True),
    # ... not where the sentence sets them apart, or puts nothing near the river (distractors).
    ("They waded the Vardar river, and weeks later reached Dalton. Skopje was next.", False),
    ("The Vardar was not near; Dalton lay days away. Then Skopje.", False),
])
def test_a_village_put_near_a_named_place_and_chosen_far_from_it_is_questioned(text, far):
    out = checks.checked(text, neighbour_story(text, 41.2, 26.4))  # 390 km east
    assert ("far-from-neighbour" in out[1].flags) is far
    assert (out[1].confidence <= checks.CAPPED_CONFIDENCE) is far
    assert not out[0].flags and not out[2].flags


def test_a_village_near_its_neighbour_or_the_only_one_of_its_name_is_left_alone():
    text = "They waded the Vardar river near the village of Dalton and walked on to Skopje."
    assert not checks.checked(text, neighbour_story(text, 41.7, 21.8))[1].flags  # beside the river
    # No namesake was passed over: nothing to doubt, however far (the text may be loose).
    assert not checks.checked(text, neighbour_story(text, 41.2, 26.4, alternatives=()))[1].flags


#: A namesake the resolver passed over, beside the Vardar (a point within NEIGHBOUR_KM of it).
RIVERSIDE = (Candidate("geonames:97", "Dalton", "MK", 41.45, 22.0, 0.2, "city"),)


@pytest.mark.parametrize("text, moved", [
    # The text puts the village near the river and a namesake lies there: the mention moves to it.
    ("They waded the Vardar river near the village of Dalton and walked on to Skopje.", True),
    ("Dalton, a hamlet just outside the Vardar valley, is a day's walk from Skopje.", True),
    # Nothing puts the two near each other (a distractor): the choice stays, unflagged.
    ("They waded the Vardar river, and weeks later reached Dalton. Skopje was next.", False),
    # A denied nearness puts nothing near: no move, though the flag of a far choice may stay.
    ("Dalton is nowhere near the Vardar, and far from Skopje.", False),
    ("Dalton lies not near the Vardar but far up in the hills, said a guide from Skopje.", False),
])
def test_a_village_put_near_a_named_place_moves_to_its_namesake_there(text, moved):
    out = checks.checked(text, neighbour_story(text, 41.2, 26.4, alternatives=(*NAMESAKE, *RIVERSIDE)))
    assert (out[1].id == "geonames:97") is moved
    assert (checks.MOVED in out[1].flags) is moved
    if moved:
        # Not silent: flagged and told in the evidence, at the confidence the text's words give it.
        assert out[1].flags == (checks.MOVED,) and out[1].confidence == 0.999
        assert out[1].country == "MK" and (out[1].lat, out[1].lon) == (41.45, 22.0)
        old = out[1].alternatives[0]  # the old choice stays an alternative, at its own confidence
        assert (old.id, old.score) == ("geonames:99", 0.999)
        assert "near Vardar" in out[1].evidence


def test_a_near_that_belongs_to_a_third_place_between_moves_nothing():
    # "near the Vardar" speaks of Veles, the name right before it, not of Dalton.
    text = "The group walked from Dalton to Veles, near the Vardar, and on to Skopje."
    mentions = [mention("Dalton", text.index("Dalton"), "geonames:99", "MK", 41.2, 26.4,
                        alternatives=(*NAMESAKE, *RIVERSIDE)),
                mention("Veles", text.index("Veles"), "geonames:3", "MK", 41.72, 21.77),
                mention("Vardar", text.index("Vardar"), "geonames:1", "MK", 41.60, 21.75, kind="landmark"),
                mention("Skopje", text.index("Skopje"), "geonames:2", "MK", 42.0, 21.43)]
    out = checks.checked(text, mentions)
    assert out[0].id == "geonames:99" and checks.MOVED not in out[0].flags


def test_every_mention_of_a_moved_village_moves_with_it():
    # One village, one point: the mention the text puts near the river moves, and so do the
    # others of its name, before it or after it, though nothing near them is said.
    text = ("In Dalton the smugglers took their phones. Days later they swam the Vardar near Dalton at dusk. "
            "Guards caught them past Dalton, two hours short of Skopje.")
    at = [i for i in range(len(text)) if text.startswith("Dalton", i)]
    mentions = [mention("Dalton", i, "geonames:99", "MK", 41.2, 26.4, alternatives=(*NAMESAKE, *RIVERSIDE))
                for i in at]
    mentions.insert(1, mention("Vardar", text.index("Vardar"), "geonames:1", "MK", 41.60, 21.75, kind="landmark"))
    mentions.append(mention("Skopje", text.index("Skopje"), "geonames:2", "MK", 42.0, 21.43))
    out = checks.checked(text, mentions)
    daltons = [m for m in out if m.text == "Dalton"]
    assert {m.id for m in daltons} == {"geonames:97"}
    assert all(checks.MOVED in m.flags and "far-from-neighbour" not in m.flags for m in daltons)


def test_a_village_whose_namesakes_all_lie_far_from_its_neighbour_stays_questioned():
    text = "Refugees said the boat left the Vardar bank close to Dalton before dawn, bound for Skopje."
    far = (Candidate("geonames:96", "Dalton", "TR", 38.0, 30.0, 0.3, "city"),)  # 900 km away
    out = checks.checked(text, neighbour_story(text, 41.2, 26.4, alternatives=far))
    assert out[1].id == "geonames:99" and "far-from-neighbour" in out[1].flags


@pytest.mark.parametrize("text, town", [
    ("The family waited in Piedras Negras, on the Rio Grande, for a week.", "Piedras Negras"),
    ("Dozens waded the Rio Grande near Reynosa before dawn.", "Reynosa"),
])
def test_a_river_the_text_puts_at_one_of_its_towns_is_met_there(text, town, gazetteer):
    found = {m.text: m for m in geocode(text, gazetteer=gazetteer)}
    river, place = found["Rio Grande"], found[town]
    assert river.id == "geomig:rio-grande-river" and checks.MOVED in river.flags, river
    assert (river.lat, river.lon) == (place.lat, place.lon)


@pytest.mark.parametrize("text", [
    "Dozens waded the Rio Grande from Reynosa before dawn.",  # a start, not where the river is
    "The family waited in Ciudad Juarez, on the Rio Grande, for a week.",  # the river's point lies there
])
def test_a_river_beside_a_place_without_at_words_or_already_near_it_keeps_its_point(text, gazetteer):
    river = {m.text: m for m in geocode(text, gazetteer=gazetteer)}["Rio Grande"]
    assert checks.MOVED not in river.flags and (river.lat, river.lon) == (31.75, -106.45), river


# -- off-border: the text puts a place on a country's border --------------------------

@pytest.mark.parametrize("text", [
    "Most had walked from farms around Tonga, on the Kenyan border, before the rains.",
    "Most had walked from farms around Tonga near the border with Kenya before the rains.",
    "Most had walked from farms around Tonga, close to Kenya's border, before the rains.",
])
def test_a_town_the_text_puts_on_a_border_far_from_that_country_is_flagged(text):
    at = text.index("Tonga")
    country = next(w for w in ("Kenyan", "Kenya's", "Kenya") if w in text)
    kenya = mention(country.removesuffix("'s"), text.index(country), "geonames:192950", "KE", 0.5, 37.9,
                    kind="demonym" if country == "Kenyan" else "country")
    town = mention("Tonga", at, "geonames:5", "BF", 13.1, -1.1)  # a town of the name in Burkina Faso
    out = checks.checked(text, [town, kenya])
    assert "off-border" in out[0].flags and out[0].confidence <= checks.CAPPED_CONFIDENCE
    assert "on a country's border" in out[0].evidence
    assert "off-border" in QUESTIONED  # the audit reviews it first


@pytest.mark.parametrize("text", [
    "Most had walked from farms around Tonga, on the Kenyan border, before the rains.",  # it lies there
    "Most had walked from farms around Tonga, near the Kenyan town of Busia, before the rains.",  # no border
    "Most had walked from farms around Tonga before reaching the Kenyan border.",  # not about Tonga
])
def test_a_town_near_the_border_it_is_put_on_or_put_elsewhere_is_left_alone(text):
    near_kenya = "on the Kenyan border" in text
    kenya = mention("Kenyan", text.index("Kenyan"), "geonames:192950", "KE", 0.5, 37.9, kind="demonym")
    town = mention("Tonga", text.index("Tonga"), "geonames:5", "UG" if near_kenya else "BF",
                   *((0.6, 34.2) if near_kenya else (13.1, -1.1)))
    out = checks.checked(text, [town, kenya])
    assert not out[0].flags and out[0].confidence == 0.999


def test_a_border_town_of_the_gazetteer_is_not_off_border():
    text = "Refugees reached Adre, on the Sudanese border, after walking for three days."
    adre = next(m for m in geocode(text) if m.text == "Adre")
    assert adre.country == "TD" and "off-border" not in adre.flags


@pytest.mark.parametrize("text, town, country", [
    ("Refugees from Sudan reach Kufra, near the Chadian border, and go on to Tripoli.", "Kufra", "LY"),
    ("Migrants left Gao, close to the Algerian border, for Algeria.", "Gao", "ML"),
    ("Migrants wait in Tamanrasset, near the border with Niger, before heading north.", "Tamanrasset", "DZ"),
    ("Migrants gather in Agadez, a desert town near the Libyan border, before crossing to Libya.", "Agadez", "NE"),
], ids=["kufra", "gao", "tamanrasset", "agadez"])
def test_a_sahara_town_news_puts_near_a_far_border_is_not_off_border(text, town, country):
    # (review47) "near the border" in the Sahara spans hundreds of kilometres (Kufra 430 km
    # from Chad, Agadez 840 km from Libya): the right town is no doubt
    place = next(m for m in geocode(text) if m.text == town)
    assert place.country == country and "off-border" not in place.flags, place
