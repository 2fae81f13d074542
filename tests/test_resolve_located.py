"""Names the text itself locates: a qualifier is the sense that locates its neighbour, a
border "at" a town is that town, a bridge is the crossing named with its noun, a great city's
tiny namesakes take no votes from their state; and places the registry packages lack
(supplement.toml), each beside a distractor that keeps its usual sense."""

from __future__ import annotations

import pytest

import geomig
from geomig.gazetteer.geo import haversine_km


def _found(text: str, surface: str):
    return next((m for m in geomig.geocode(text) if m.text == surface), None)


@pytest.mark.parametrize("text, surface, country", [
    # A qualifier after a comma is the division that locates the town before it, not a town of
    # its name elsewhere (Ontario, California; New York City).
    ("Smugglers met the family in Kingston, Ontario, and drove them to the river.", "Ontario", "CA"),
    ("The boat was stopped off Plattsburgh, New York, not far from the Quebec line.", "New York", "US"),
    ("Police said the men were held in Perth, Western Australia, for a week.", "Western Australia", "AU"),
])
def test_a_qualifier_is_the_division_that_locates_its_neighbour(text, surface, country):
    m = _found(text, surface)
    assert (m.kind, m.country) == ("admin", country), (m.name, m.kind, m.country)


def test_a_bare_name_is_not_made_a_division_by_a_qualifier_elsewhere():
    # Distractor: New York with no town before it, in a story about elsewhere, is still the city.
    m = _found("The family flew from Lagos to New York, then on to Toronto.", "New York")
    assert m.kind == "city"


@pytest.mark.parametrize("text, surface, country", [
    # A great city abroad keeps its name against a village of a state the story names for
    # other towns: the state is soft evidence only.
    ("Indian workers had flown from Delhi to Montreal. Smugglers then drove them across the line "
     "to Champlain, New York, where troopers arrested them.", "Delhi", "IN"),
    ("The couple flew from Cairo to Atlanta and, it seems, took a bus to Athens, Georgia.", "Cairo", "EG"),
    # Distractor: the village the text places in its county and state stays there.
    ("A boy went missing near Delhi, in Delaware County, New York, the sheriff said.", "Delhi", "US"),
    # ...and a town its own qualifier places keeps that state, the great city's country named or not.
    ("Egyptian doctors moved from Alexandria to Cairo, Illinois, a river town.", "Cairo", "US"),
])
def test_a_great_city_abroad_outweighs_a_village_whose_state_is_named(text, surface, country):
    assert _found(text, surface).country == country


@pytest.mark.parametrize("text", [
    "Gendarmes bused the deported men to the border at Kapıköy before dawn.",
    "The families waited for days at the border near Colchane, in Chile, unsure they would be let in.",
])
def test_the_border_at_a_town_is_that_town_not_a_country(text):
    mentions = geomig.geocode(text)
    assert not [m for m in mentions if m.text == "the border"]
    assert [m for m in mentions if m.kind in ("city", "landmark")]


@pytest.mark.parametrize("text, surface", [
    # Distractors: a border no town places, or a country's own, is still a border.
    ("Chile did not close its northern border, officials insisted.", "its northern border"),
    ("Hungarian police sent more officers to the border at the weekend.", "the border"),
])
def test_a_border_no_town_places_is_kept(text, surface):
    m = _found(text, surface)
    assert m is not None and m.kind == "region"


@pytest.mark.parametrize("text, surface", [
    # The crossing the gazetteer knows by the name and its noun ("Simón Bolívar bridge"),
    # not Ecuador's districts named after the man; nor a town of the name abroad.
    ("Trucks queued at the Simón Bolívar bridge out of San Antonio del Táchira.", "Simón Bolívar"),
    ("Hundreds walked over the Simon Bolivar bridge each morning, officials in Caracas said.", "Simon Bolivar"),
])
def test_a_crossing_named_with_its_noun(text, surface):
    m = _found(text, surface)
    assert (m.kind, m.id) == ("landmark", "geomig:simon-bolivar-bridge"), (m.name, m.country)


def test_a_name_with_its_noun_means_the_feature_there_only():
    # "the Senegal river" is the river; Senegal elsewhere in the text is still the country,
    # and the man the bridge is named after is no bridge.
    mentions = geomig.geocode("Senegal's gendarmes counted the arrivals. Most crossed the Senegal "
                              "river by pirogue near Bakel, and few were turned back to Mali.")
    senegal = [m.kind for m in mentions if m.text == "Senegal"]
    assert senegal == ["country", "landmark"]
    m = _found("Simón Bolívar, not the bridge, is the hero of the Caracas museum.", "Simón Bolívar")
    assert m is None or m.id != "geomig:simon-bolivar-bridge"


@pytest.mark.parametrize("text, surface, place_id", [
    # A crossing lies at the town of its name, which GeoNames spells otherwise (Eslam Qaleh)
    # and knows by this spelling only as another name: with no place bearing the name, the town.
    ("Afghan officials said 900 people came back through the Islam Qala crossing on Sunday.",
     "Islam Qala", "geonames:1142404"),
    ("Lorries from Iran waited two days at the Islam Qala border post, Afghan traders said.",
     "Islam Qala", "geonames:1142404"),
    # Distractor: a town bearing the name as its own outranks a larger one known by it as an
    # alias (Khorgos, Kazakhstan, not Qarasu across the border).
    ("Kazakh guards searched every bus at the Khorgos crossing.", "Khorgos", "geonames:1522684"),
])
def test_a_crossing_lies_at_a_town_of_its_name(text, surface, place_id):
    assert _found(text, surface).id == place_id


def test_a_crossing_named_by_a_longer_name_takes_no_town_of_its_last_word():
    # "Laem" is a word of "Ban Khao Laem", which the gazetteer lacks: not the town of Ban Laem,
    # 200 km away, known by the word as another name.
    m = _found("Thai police at the Ban Khao Laem checkpoint stopped a pickup truck on the road to "
               "Kanchanaburi.", "Laem")
    assert m is None


def test_a_crossing_at_a_far_town_known_by_an_alias_is_no_place():
    # Distractor: "Kupa" is another name of Kufa in Iraq, a town the story's countries never
    # come near: the crossing stays unplaced, as the bare name would.
    assert _found("Croatian police closed the Kupa crossing to Slovenia at night.", "Kupa") is None


@pytest.mark.parametrize("text, surface, country", [
    # "on the French coast" without a comma locates the name before it: a cape the gazetteer
    # knows only in Mauritania is placed, vaguely, in France.
    ("Migrants pushed the dinghy off from Cap Blanc on the French coast at dawn.", "Cap Blanc", "FR"),
    ("The boat left from Cap Blanc on the French side, a volunteer said.", "Cap Blanc", "FR"),
    # Distractor: a demonym before another noun locates nothing ("the Libyan question").
    ("Ministers met in Rome on the Libyan question.", "Rome", "IT"),
])
def test_a_coast_a_demonym_names_locates_the_name_before_it(text, surface, country):
    assert _found(text, surface).country == country


@pytest.mark.parametrize("text, surface, place_id", [
    # Of twin towns across a border, the one in the country the text says people entered there,
    # in a story about the other side, through a list with a member recognition leaves out.
    ("Fighting around Nasir and Ulang in South Sudan drove thousands from their homes in Upper Nile, "
     "South Sudanese officials in Malakal said. Most walked for a week and entered Ethiopia at Pagak, "
     "Burbiey and Akobo. Aid workers in Juba said more would follow.", "Akobo", "geomig:akobo-ethiopia"),
    ("Clashes near Marsabit in northern Kenya emptied several villages, Kenyan police in Nairobi said. "
     "Most families crossed into Ethiopia at Moyale.", "Moyale", "geomig:moyale-ethiopia"),
    # Distractor: without the entry, the story's side keeps its own town.
    ("Clashes near Marsabit in northern Kenya emptied several villages, Kenyan police in Nairobi said. "
     "Most families fled to Moyale.", "Moyale", "geonames:186180"),
])
def test_twin_towns_are_on_the_side_the_text_says_was_entered(text, surface, place_id):
    assert _found(text, surface).id == place_id


@pytest.mark.parametrize("text, surface, place_id", [
    # The name before "into <country>" lies outside it: its twin across the border.
    ("Clashes near Marsabit in northern Kenya emptied several villages, Kenyan police in Nairobi said. "
     "Most families crossed from Moyale into Kenya.", "Moyale", "geomig:moyale-ethiopia"),
    # A small town there known by the name only as an alias is no sense of it: GeoNames files
    # Sudan's Gallabat under Ethiopia's Metemma.
    ("The refugees left Gedaref and crossed from Gallabat into Ethiopia.", "Gallabat", None),
    # Distractor: a country entered "at" a name leaves its side open (Islam Qala, the Afghan
    # side of a crossing into Iran, GeoNames's Eslam Qaleh): an alias-only town there stays.
    ("The family walked from Herat to the border and crossed into Iran at Islam Qala last spring.",
     "Islam Qala", "geonames:1142404"),
    # Distractors: a town bearing the name keeps it, and so does a capital known by an alias.
    ("Ferries carried the survivors from Lampedusa to Italy.", "Lampedusa", "geonames:2524459"),
    ("The buses ran from Kiev to Ukraine's western border.", "Kiev", "geonames:703448"),
    # Distractor: "from X to <country>'s ..." is a way within it, not out of it.
    ("The family travelled from Metema to Ethiopia's capital by bus.", "Metema", "geonames:330789"),
])
def test_a_name_left_for_a_country_lies_outside_it(text, surface, place_id):
    m = _found(text, surface)
    assert (m.id if m else None) == place_id


@pytest.mark.parametrize("text, surface, place_id", [
    # A town left for a country lies on its border: Burundi's Mugina at the Tanzanian line
    # (the supplement's), not GeoNames' larger Mugina in Rwanda, some 90 km from Tanzania.
    ("Refugees crossed from Mugina into Tanzania last week.", "Mugina", "geomig:mugina-burundi"),
    ("Families walked from the village of Mugina into Tanzania at night.", "Mugina", "geomig:mugina-burundi"),
    # Distractor: with no country entered, the larger town keeps the name.
    ("Refugees walked from Mugina to Kigali last week.", "Mugina", "geonames:201841"),
])
def test_a_name_left_for_a_country_lies_by_its_border(text, surface, place_id):
    assert _found(text, surface).id == place_id


@pytest.mark.parametrize("text, surface, country", [
    # A town named by its own name and, entering a country, by a name it bears only as an
    # alias is two places: the alias's twin lies in the country entered (vaguely placed there).
    ("From Gondar the men travel north to Metema, cross into Sudan at Gallabat and are driven "
     "to Gedaref.", "Gallabat", "SD"),
    # ... while the town named by its own name stays where it is.
    ("From Gondar the men travel north to Metema, cross into Sudan at Gallabat and are driven "
     "to Gedaref.", "Metema", "ET"),
    # Distractor: the alias alone, with no other name of its town, keeps the town.
    ("From Gondar the men travel north and cross into Sudan at Gallabat.", "Gallabat", "ET"),
])
def test_an_alias_of_a_town_named_otherwise_is_its_twin_across_the_border(text, surface, country):
    assert _found(text, surface).country == country


def test_the_twin_across_the_border_sits_at_its_towns_point_not_the_countrys():
    # Sudan's Gallabat, which the gazetteer knows only as a name of Ethiopia's Metemma across
    # the river, is marked on the border across from Metemma, not at Sudan's point 650 km away.
    twin = _found("From Gondar the men travel north to Metema, cross into Sudan at Gallabat and are "
                  "driven to Gedaref.", "Gallabat")
    town = _found("From Gondar the men travel north to Metema.", "Metema")
    assert (twin.country, twin.name, twin.kind) == ("SD", "Gallabat", "city")
    assert haversine_km(twin.lat, twin.lon, town.lat, town.lon) < 5 and twin.id != town.id
    assert twin.lon < town.lon  # on Sudan's side, west of the town
    assert geomig.Gazetteer.default().get(twin.id).country == "SD"


def test_the_twin_is_a_point_not_a_vague_region():
    twin = _found("Smugglers drove the group to Metema and walked them into Sudan at Gallabat.", "Gallabat")
    assert twin.id.startswith("twin:") and "vague" not in twin.flags


@pytest.mark.parametrize("text, surface", [
    # A town known by the name as its own, lying by the country the text locates it in, is
    # itself (Spain's enclaves on Morocco's coast), not a twin across the border.
    ("Hundreds of migrants swam to Ceuta, on the Moroccan coast, on Monday.", "Ceuta"),
    ("Migrants stormed the fence at Melilla, in northern Morocco, at dawn.", "Melilla"),
])
def test_a_town_by_the_country_it_is_said_to_be_in_is_itself(text, surface):
    m = _found(text, surface)
    assert (m.country, m.kind, m.id.startswith("twin:")) == ("ES", "city", False)


def test_a_town_said_to_be_in_a_country_far_from_its_only_sense_stays_vague():
    # Distractor: the only sense lies far from the country the text names (Sudan's Kassala,
    # 1,000 km from Chad): the country's point, vaguely.
    m = _found("The smugglers were arrested in Kassala, Chad, last week.", "Kassala")
    assert (m.kind, m.country, "vague" in m.flags) == ("country", "TD", True)


@pytest.mark.parametrize("text, surface, country", [
    # A doubtful town abroad yields to a namesake hamlet beside the text's other places, in a
    # country the text names: Syria's al-Hamidiyah by Tartus, not the Emirates' town.
    ("A man from Homs said they left a beach near al-Hamidiyah, south of Tartus, on Tuesday night, "
     "and landed in Cyprus.", "al-Hamidiyah", "SY"),
    # Distractor: a namesake near the text's places in a country its sentence does not name
    # (a Colombian San Francisco): not it; the suburb of Maracaibo, which the gazetteer
    # lacks, lies in Maracaibo, where the text puts it.
    ("Venezuelans crossed at Paraguachón into Colombia's La Guajira, then rode buses to Cúcuta. "
     "They left San Francisco, a suburb of Maracaibo, at 3 a.m.", "San Francisco", "VE"),
])
def test_a_doubtful_town_yields_to_a_namesake_beside_the_texts_places(text, surface, country):
    m = _found(text, surface)
    assert (m.country if m else None) == country


@pytest.mark.parametrize("text, surface, country", [
    # A bearing from a town places the name beside it: Austria's Schönberg south of Innsbruck,
    # in a story that names Germany more, not the German villages of the name.
    ("German police in Munich and Rosenheim counted the arrivals. Bavarian officers said 300 more "
     "were found at Schönberg, south of Innsbruck.", "Schönberg", "AT"),
    ("German police in Munich and Rosenheim counted the arrivals. Bavarian officers said 300 more "
     "were found at Schönberg, near Innsbruck.", "Schönberg", "AT"),
    # Distractor: a country before "near" keeps its sense.
    ("The convoy stopped at the border with Niger, near Assamaka.", "Niger", "NE"),
    # Distractor: without the bearing, the story's country keeps its own village.
    ("German police in Munich and Rosenheim counted the arrivals. Bavarian officers said 300 more "
     "were found at Schönberg.", "Schönberg", "DE"),
])
def test_a_bearing_from_a_town_places_the_name_beside_it(text, surface, country):
    m = _found(text, surface)
    assert (m.country if m else None) == country


def test_of_senses_near_the_bearing_town_a_town_beats_its_division():
    # Cárdenas, the town east of Havana, not its municipality (whose centre lies nearer Havana).
    m = _found("Coast guard agents said the men had pushed off from a beach near Cardenas, east of Havana, "
               "and were found on a rock off the Florida Keys.", "Cardenas")
    assert (m.id, m.country) == ("geonames:3565432", "CU")


def test_a_bridge_named_after_a_town_keeps_the_crossing():
    m = _found("Venezuelans walked over the Rumichaca bridge into Ecuador.", "Rumichaca")
    assert m.kind == "landmark"


@pytest.mark.parametrize("text, surface, country", [
    # Places the packages lack (supplement.toml, with their sources).
    ("Her cousin sews jeans in El Alto and sends money home every month.", "El Alto", "BO"),
    ("After months in a labour camp in Sonapur, on the edge of Dubai, he flew to Benghazi.", "Sonapur", "AE"),
    ("Carabineros turned the family back at the Chacalluta border post north of Arica.", "Chacalluta", "CL"),
    ("Guards fired on the group near Al-Raqw as it tried to cross into Jizan province.", "Al-Raqw", "YE"),
    ("The lorry left Iran at Bazargan and entered Turkey at Gürbulak.", "Gürbulak", "TR"),
    ("Pilgrims crossed on foot at Wagah, on the road from Lahore.", "Wagah", "PK"),
    ("The refugees crossed the Kagera at Rusumo into Tanzania.", "Rusumo", "RW"),
    # Distractor: India's Sonepur, spelt so too, in a story set in Odisha.
    ("Farmers in Sonapur, in Odisha's Subarnapur district, lost their rice to the flood.", "Sonapur", "IN"),
])
def test_places_the_packages_lack(text, surface, country):
    assert _found(text, surface).country == country


def _all(text: str, surface: str):
    return [m for m in geomig.geocode(text) if m.text == surface]


@pytest.mark.parametrize("text, surface, country", [
    # A name the gazetteer lacks (these are made up) that the text puts in a known place,
    # by a comma and "in" or by a noun of a part: a place of its own there, vaguely.
    ("The bus took them to the reception centre at Velmarsk, in Upper Austria, last week.", "Velmarsk", "AT"),
    ("They waded across the river into Dorbanyi, a small town in China's Yunnan province.", "Dorbanyi", "CN"),
    ("He left Ghana for Lagos and found a room in Kvetrahal, a suburb of Accra, first.", "Kvetrahal", "GH"),
])
def test_a_name_the_gazetteer_lacks_is_placed_where_the_text_puts_it(text, surface, country):
    (m,) = _all(text, surface)
    assert m.id.startswith("within:") and m.country == country and "vague" in m.flags, (m.id, m.country)
    assert m.confidence < 0.5 and m.name == surface


@pytest.mark.parametrize("text, surface", [
    # No comma or noun: "from X in Vienna" says where people are, not where X lies.
    ("Traders from Velmarsk in Vienna say prices rose.", "Velmarsk"),
    # A list of places, not a place and its container.
    ("Her paintings hung in Velmarsk, in Vienna and in Madrid.", "Velmarsk"),
])
def test_a_name_the_gazetteer_lacks_is_not_placed_by_a_mere_neighbour(text, surface):
    assert not any(m.id for m in _all(text, surface))


@pytest.mark.parametrize("text, surface, country", [
    # A name the gazetteer lacks (made up) placed by a bearing from a town, by the edge of a
    # place, by a division's noun, or so after an apposition: a place of its own there, vaguely.
    ("He walked to Velmarsk, about 20 km north of Tirana, and slept in a barn.", "Velmarsk", "AL"),
    ("The families waited in Velmarsk near Tirana for a week.", "Velmarsk", "AL"),
    ("In 2009 the first families moved to Kvetrahal, on the north-east coast of Crete, by boat.", "Kvetrahal", "GR"),
    ("Soldiers at their post in Velmarsk, in the department of Olancho, wrote down the names.", "Velmarsk", "HN"),
    ("The camp managers at Velmarsk, a tent camp east of Mosul, said water was short.", "Velmarsk", "IQ"),
    ("He was born in Kvetrahal, a village on the south-eastern side of Corfu.", "Kvetrahal", "GR"),
    # Unknown words side by side are one name, placed whole.
    ("She was moved by bus to Ein Velmarsk, on the outskirts of Tiberias, with 300 others.", "Ein Velmarsk", "IL"),
])
def test_a_name_the_gazetteer_lacks_is_placed_by_the_place_it_lies_by(text, surface, country):
    (m,) = _all(text, surface)
    assert m.id.startswith("within:") and m.country == country and "vague" in m.flags, (m.id, m.country)


@pytest.mark.parametrize("text, surface", [
    # Distractors: the other side of a place is not in it; a lake between countries places
    # nothing; a list after the town; a bearing with no comma-free name after it.
    ("They slept in Velmarsk, on the other side of Tirana, before crossing.", "Velmarsk"),
    ("Fishermen at Kvetrahal, on the shore of Lake Victoria, saw canoes land at night.", "Kvetrahal"),
    ("The group walked to Velmarsk, near Tirana and Durres, and then split up.", "Velmarsk"),
    ("Nobody knew whether Velmarsk was north of the river.", "Velmarsk"),
])
def test_a_name_the_gazetteer_lacks_is_not_placed_by_a_place_it_is_not_in(text, surface):
    assert not any(m.id for m in _all(text, surface))


@pytest.mark.parametrize("text, surface, country", [
    # A name the gazetteer lacks (made up) that no words place, between places of one country:
    # in that country, vaguely; so is its every occurrence.
    ("Families fled Goma on Monday. Most walked to Kalunguvo and then took buses to Bukavu.", "Kalunguvo", "CD"),
    ("Police stopped the bus in Tirana, searched it again at Velmarsk and let it go on to Durres.", "Velmarsk", "AL"),
    ("Guards in Tirana said the men came from Velmarsk, not Durres. Velmarsk has no school.", "Velmarsk", "AL"),
    # an apposition of a place's kind still places it
    ("Families fled Goma on Monday. Most walked to Kalunguvo, a small village, then took buses to Bukavu.",
     "Kalunguvo", "CD"),
    # only a country's or its people's name beside it, in a story of that country's places
    ("Families from Lebanon reached Kvetrahal after the shelling, Lebanon's army said. Others stayed "
     "in Tyre and Sidon.", "Kvetrahal", "LB"),
    ("Families fled Goma and Bukavu. Congolese soldiers at Kalunguvo said Congolese police had gone.",
     "Kalunguvo", "CD"),
    # ... or in a story elsewhere, where the country's name locates it
    ("Police in Reykjavik and Keflavik said the Venezuelans had first stayed at Kvetrahal in Venezuela.",
     "Kvetrahal", "VE"),
])
def test_a_name_the_gazetteer_lacks_is_placed_in_the_country_of_its_neighbours(text, surface, country):
    found = _all(text, surface)
    assert found and all(m.id.startswith("within:") and m.country == country and "vague" in m.flags
                         for m in found), [(m.id, m.country) for m in found]


@pytest.mark.parametrize("text, surface", [
    # Distractors: neighbours in two countries; a neighbour too many sentences away; an
    # acronym and a brand between two towns of one country are bodies, not places.
    ("Families fled Goma on Monday. Most walked to Kalunguvo and then took buses to Kigali.", "Kalunguvo"),
    ("Families fled Goma. It rained. The road was bad. Nobody ate. Most reached Kalunguvo. "
     "Some took buses to Bukavu.", "Kalunguvo"),
    ("Families in Goma met volunteers from KVETRA, who drove them to Bukavu.", "KVETRA"),
    ("Families in Goma heard through VelmarskApp that buses left for Bukavu.", "VelmarskApp"),
    # Distractors: a name the text gives a person, cites as a source, or that begins a longer
    # name; a common noun's plural.
    ("Stanley Kalunguvo met them in Goma. Buses took the families to Kalunguvo and then to Bukavu.", "Kalunguvo"),
    ("Families fled Goma on Monday, according to Kalunguvo, and buses took them to Bukavu.", "Kalunguvo"),
    ("Families from Goma met at Kalunguvo Field before the buses left for Bukavu.", "Kalunguvo"),
    ("Police in Goma said the guns were found in Raids on Friday in Bukavu.", "Raids"),
    # (review44) a name spoken to, written to or thanked is a person's or a body's
    ("Families in Goma spoke to Kalunguvo before the buses left for Bukavu.", "Kalunguvo"),
    ("Families in Goma wrote to Kalunguvo, and buses later took them to Bukavu.", "Kalunguvo"),
    # (review44) a name an apposition describes as a body or a person
    ("Families in Goma turned to Kalunguvo, a small charity, before the buses left for Bukavu.", "Kalunguvo"),
    ("Families in Goma stayed with Kalunguvo, a fisherman, and then took buses to Bukavu.", "Kalunguvo"),
    # only a country's or its people's name on either side, in a story whose places lie in
    # another country: the people's origin, not where the name is
    ("Police in Reykjavik and Keflavik said 90 Venezuelans were housed at Kvetrahal, where "
     "Venezuelans now make up half the residents.", "Kvetrahal"),
    ("Volunteers in Glasgow and Aberdeen met the families from Ukraine at Kvetrahal, and more "
     "from Ukraine followed.", "Kvetrahal"),
])
def test_a_name_the_gazetteer_lacks_is_not_placed_by_neighbours_apart(text, surface):
    assert not any(m.id for m in _all(text, surface))


def test_a_name_placed_among_its_neighbours_lies_between_them():
    # In DR Congo (the id's base is the country), halfway between the towns named beside it:
    # not at either, which would make it one spot with it (a route from it to Bukavu).
    found = geomig.geocode("Families walked from Goma to the camp at Kalunguvo and on to Bukavu.")
    (m,) = [x for x in found if x.text == "Kalunguvo"]
    (goma,) = [x for x in found if x.text == "Goma"]
    (bukavu,) = [x for x in found if x.text == "Bukavu"]
    assert m.country == "CD" and m.name == "Kalunguvo"
    assert abs(m.lat - (goma.lat + bukavu.lat) / 2) < 1e-6 and abs(m.lon - (goma.lon + bukavu.lon) / 2) < 1e-6


@pytest.mark.parametrize("text, surface, country", [
    # A name the gazetteer has only far away (Parva and Bajura are Romanian villages),
    # implausible in a story of Nepal, is placed where the text puts it.
    ("He grew up in Parva, a village near Kathmandu, and left for Delhi at 16.", "Parva", "NP"),
    ("Families who fled Bajura, on the edge of Kathmandu, reached Delhi in May.", "Bajura", "NP"),
])
def test_a_name_the_gazetteer_has_only_elsewhere_is_placed_where_the_text_puts_it(text, surface, country):
    (m,) = _all(text, surface)
    assert m.id.startswith("within:") and m.country == country and "vague" in m.flags, (m.id, m.country)


@pytest.mark.parametrize("text, surface, country", [
    # Distractor: the sense by the place named is kept, not a new place.
    ("The bus left Bucharest for Parva, near Bistrita, at dawn.", "Parva", "RO"),
])
def test_a_name_with_a_sense_by_the_place_named_keeps_it(text, surface, country):
    (m,) = _all(text, surface)
    assert m.country == country and not m.id.startswith("within:"), (m.id, m.country)


def test_a_name_the_gazetteer_has_only_elsewhere_and_the_text_places_nowhere_is_no_place():
    # Distractor: no words place it, and its only sense is implausible.
    assert not any(m.id for m in _all("He grew up in Parva and left for Delhi at 16.", "Parva"))


@pytest.mark.parametrize("text, surface, country", [
    # A part of a town the gazetteer has only abroad: in the town, as a place of its own.
    ("After a year in Rosario, Argentina, they rented a flat in Palermo, a neighbourhood of Buenos Aires, "
     "near the park.", "Palermo", "AR"),
    ("After a year in Rosario, Argentina, they rented a flat in Palermo, in Buenos Aires, near the park.",
     "Palermo", "AR"),
    # "and" after the town and a verb: no list goes on.
    ("After a year in Rosario, Argentina, they found Palermo, a neighbourhood of Buenos Aires, and stayed.",
     "Palermo", "AR"),
])
def test_a_part_of_a_town_is_in_that_town(text, surface, country):
    m = _found(text, surface)
    assert m.country == country and m.id.startswith("within:"), (m.id, m.country)
    town = _found(text, "Buenos Aires")
    assert (m.lat, m.lon) == (town.lat, town.lon) and m.id != town.id


@pytest.mark.parametrize("text, surface, country", [
    # Distractors: the same names with no word that puts one in the other.
    ("After a year in Rosario, Argentina, they flew from Palermo to Buenos Aires.", "Palermo", "IT"),
    ("Syrians from Aleppo in Gaziantep said they would not go back.", "Aleppo", "SY"),
])
def test_a_town_beside_another_keeps_its_own_sense(text, surface, country):
    m = _found(text, surface)
    assert m.country == country and not m.id.startswith("within:")


@pytest.mark.parametrize("text, surface, country", [
    # A part of a town the gazetteer has only abroad ("neighbourhood" after it, or before a
    # list of them) is in the town named just before, where the text speaks for that country more.
    ("Families returned to Erbil last week. Volunteers handed out blankets at a school in the Malta "
     "neighbourhood.", "Malta", "IQ"),
    ("We reached Bogotá in May. Their cousins found rooms in the La Rioja neighbourhood, near the market.",
     "La Rioja", "CO"),
    ("After landing in Port Louis, Mauritius, they rented rooms in the neighbourhoods of Cassis and Plaine "
     "Verte.", "Cassis", "MU"),
])
def test_a_neighbourhood_is_in_the_town_named_before_it(text, surface, country):
    m = _found(text, surface)
    assert m.country == country and m.id.startswith("within:") and "vague" in m.flags, (m.id, m.country)


@pytest.mark.parametrize("text, surface, country", [
    # Distractors: no part's noun; a "district" that is a division; a country the text
    # speaks for more than the town's.
    ("Families returned to Erbil last week. Malta has a new law on asylum.", "Malta", "MT"),
    ("We reached Bogotá in May and later moved to La Rioja, in Argentina.", "La Rioja", "AR"),
    ("He left Kabul for Peshawar and later the Swat district.", "Swat", "PK"),
    ("He left Aleppo for Istanbul in Turkey and rented a room in the Fatih neighbourhood.", "Fatih", "TR"),
])
def test_a_name_without_a_part_noun_keeps_its_own_sense(text, surface, country):
    m = _found(text, surface)
    assert m.country == country and not m.id.startswith("within:"), (m.id, m.country)


@pytest.mark.parametrize("text, surface, country", [
    # A bare "in" (no comma) places a name the gazetteer lacks (made up) or has only far
    # away (Parva, a Romanian village) in the division after it, where the name is written
    # as a place's: after a place preposition or a place noun.
    ("The families were held at Velmarsk in Kaduna State for three weeks.", "Velmarsk", "NG"),
    ("Aid lorries finally reached the village of Kvetrahal in Upper Austria on Friday.", "Kvetrahal", "AT"),
    ("Police found the men in the village of Parva in Kerala after a week.", "Parva", "IN"),
    # ... and a bare "on" on the island after it
    ("Both men come from the fishing village of Velmarsk on Rote Island and were jailed in Darwin.",
     "Velmarsk", "ID"),
])
def test_a_name_is_placed_in_the_division_a_bare_in_names(text, surface, country):
    (m,) = _all(text, surface)
    assert m.id.startswith("within:") and m.country == country and "vague" in m.flags, (m.id, m.country)


@pytest.mark.parametrize("text, surface", [
    # Distractors: a bare "in" before a town, not a division; a name not written as a
    # place's (no preposition or place noun before it); a name the text gives a person.
    ("The families were held at Velmarsk in Kaduna for three weeks.", "Velmarsk"),
    ("Fans cheered Velmarsk in Kaduna State last night.", "Velmarsk"),
    ("Stanley Velmarsk spoke in Lagos. Buses later stopped at Velmarsk in Kaduna State.", "Velmarsk"),
    ("Traders from Velmarsk in Vienna say prices rose.", "Velmarsk"),
    # nor by a bare "on" before no island, or after a name not written as a place's or a person's
    ("The ferry stopped at Velmarsk on Tuesday and then went on to Crete.", "Velmarsk"),
    ("Fans cheered Velmarsk on Rote Island as the team won.", "Velmarsk"),
    ("Stanley Velmarsk spoke in Kupang. Buses later stopped at Velmarsk on Rote Island.", "Velmarsk"),
])
def test_a_name_is_not_placed_by_a_bare_in_before_a_town_or_a_person(text, surface):
    assert not any(m.id and m.id.startswith("within:") for m in _all(text, surface))


@pytest.mark.parametrize("text, surface, country", [
    # A name the gazetteer lacks that a site's noun follows is placed where the words after
    # the noun put it: a bare "in" or "of" after the noun, a bearing, an edge; a list that goes
    # on after the place does not stop it, as the noun says it is a site of one place.
    ("Families were taken to the Kvetrahal transit centre in Gulu, an hour from the border.", "Kvetrahal", "UG"),
    ("He was held at the Velmarsk deportation centre near Riyadh for a month.", "Velmarsk", "SA"),
    ("She grew up in the Velmarsk neighbourhood of Amman before the war.", "Velmarsk", "JO"),
    ("Refugees are being moved to the Velmarsk settlement near Juba and to Kvetrahal.", "Velmarsk", "SS"),
    ("Boats land at the Velmarsk camp, on the northern shore of Lesbos.", "Velmarsk", "GR"),
])
def test_a_site_is_placed_where_the_words_after_its_noun_put_it(text, surface, country):
    (m,) = _all(text, surface)
    assert m.id.startswith("within:") and m.country == country and "vague" in m.flags, (m.id, m.country)


@pytest.mark.parametrize("text, surface", [
    # Distractors: a verb between the noun and the place ("is not in": negated), a noun that
    # names no site ("family"), and a hedge ("not far from" is no bearing the rule reads).
    ("The Velmarsk centre is not in Gulu, officials insisted.", "Velmarsk"),
    ("We met the Velmarsk family in Gulu last year.", "Velmarsk"),
    ("The Velmarsk camp may be closed, not far from Juba.", "Velmarsk"),
    # A crossing "near" a town may lie on either side of the border.
    ("Hundreds queued at the Velmarsk border crossing near Kilis on Monday.", "Velmarsk"),
])
def test_a_site_is_not_placed_without_words_that_put_it_there(text, surface):
    assert not any(m.id and m.id.startswith("within:") for m in _all(text, surface))


def test_a_site_the_text_places_is_no_spelling_variant_of_a_town_abroad():
    # "Gorom" is near India's "Gormi" in spelling; the text puts the settlement by Juba.
    text = "Indian and Kenyan aid workers visited the Gorom settlement near Juba on Monday."
    (m,) = _all(text, "Gorom")
    assert m.country == "SS" and m.id.startswith("within:"), (m.id, m.country)


def test_a_spelling_variant_far_from_the_place_the_text_names_yields_to_it(gazetteer):
    # Godhra (Gujarat) read as a variant: the text's Uttar Pradesh, 800 km off, wins; its
    # own state, or India as a whole, does not overrule it; a name read as itself is kept.
    from dataclasses import replace

    from geomig.geoparse.resolve import _open_to_text

    (godhra,) = [m for m in geomig.geocode("Trains reached Godhra in Gujarat.") if m.text == "Godhra"]
    variant = replace(godhra, flags=("variant",))
    state = {name: gazetteer.get(next(m.id for m in geomig.geocode(f"They reached {name}.") if m.text == name))
             for name in ("Uttar Pradesh", "Gujarat", "India")}
    assert _open_to_text(variant, state["Uttar Pradesh"], gazetteer)
    assert not _open_to_text(variant, state["Gujarat"], gazetteer)
    assert not _open_to_text(variant, state["India"], gazetteer)
    assert not _open_to_text(godhra, state["Uttar Pradesh"], gazetteer)
