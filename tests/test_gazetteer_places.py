"""The places of migration reporting that no package holds (gazetteer/supplement.toml's
hand-written entries) and the news spellings of Arabic names are found in sentences, and a
namesake elsewhere or a word that is no place is not taken for them."""

from __future__ import annotations

import pytest

from geomig.geoparse.geocode import geocode

from geocode_helpers import placed


_CROSSINGS_CAMPS_AND_QUARTERS = [
    ("Lorry drivers queued for three days at Zamyn-Uud before Chinese customs reopened.", "Zamyn-Uud", "MN"),
    ("A dinghy carrying six men from Daru was found beached on Saibai at dawn.", "Saibai", "AU"),
    ("Border Force flew the two fishermen from Boigu Island to Thursday Island.", "Boigu Island", "AU"),
    ("Train passengers were asked for identity papers at Hyllie before reaching central Malmö.", "Hyllie", "SE"),
    ("The asylum seekers were housed in a hotel in Wythenshawe, south of Manchester.", "Wythenshawe", "GB"),
    ("A Congolese trader said customs at Kasumbalesa seized her sacks of maize on Tuesday.",
     "Kasumbalesa", "CD"),
    ("Police raided flats in Jleeb Al-Shuyoukh and detained 40 workers without residence permits.",
     "Jleeb Al-Shuyoukh", "KW"),
    ("Fishermen reported bodies washing ashore at Steccato di Cutro after the caique broke apart.",
     "Steccato di Cutro", "IT"),
    ("A teacher at Hanawon said the classes on banking confuse most newcomers from the North.", "Hanawon", "KR"),
    ("A Salvadoran court refused to hear the families of men held at CECOT, the mega-prison.", "CECOT", "SV"),
    ("Smugglers moved the group from Lijiang to the edge of Ryanggang, then across the Yalu.", "Ryanggang", "KP"),
    ("Most new arrivals were registered at Girba before moving to the camps near Kassala.", "Girba", "SD"),
    ("Farm workers from Deir Alla said the bus to Amman was cancelled.", "Deir Alla", "JO"),
    # "St. Martin" of the name alone is the Caribbean island; the whole name is Bangladesh's
    ("The navy towed a disabled trawler past St. Martin's Island toward Teknaf.", "St. Martin's Island", "BD"),
]


def test_the_village_by_the_border_river_is_chosen_over_its_namesake_far_inland(gazetteer):
    text = ("After a week in Istanbul the family reached the Evros near Karaağaç at night and crossed "
            "to the Greek bank, where police in Orestiada held them.")
    m = placed(text, "Karaağaç", gazetteer)
    # Chosen outright (an own town weighs as a hamlet beside the village inland), or moved
    # there by the nearness check, which shows the move.
    assert m.id == "geomig:karaagac-edirne" and m.flags in ((), ("moved-near",))
    # A story of the Black Sea coast keeps the namesake there (a distractor).
    text = "The ferry from Zonguldak stopped at Karaağaç, then went on to Cide and Inebolu."
    assert placed(text, "Karaağaç", gazetteer).id != "geomig:karaagac-edirne"
    # A denied nearness moves nothing to the Edirne quarter.
    text = "The coaster from Zonguldak called at Karaağaç, nowhere near Edirne, then sailed on to Cide."
    assert placed(text, "Karaağaç", gazetteer).id != "geomig:karaagac-edirne"


def test_cecot_lies_at_tecoluca_in_san_vicente_not_at_its_namesake_in_cuscatlan(gazetteer):
    text = "Families of Venezuelans held in CECOT, the prison El Salvador opened in 2023, marched in Caracas."
    m = placed(text, "CECOT", gazetteer)
    # Tecoluca of San Vicente lies near 13.53 N, 88.79 W; GeoNames' Tecoluca of Cuscatlán near 13.79 N, 89.01 W.
    assert abs(m.lat - 13.53) < 0.1 and abs(m.lon + 88.79) < 0.1


def test_a_short_name_that_is_an_english_word_or_a_name_of_another_sense_is_not_taken(gazetteer):
    # "Tell" stays a verb, and "Steccato" alone is still the Italian place (not a word).
    assert placed("Tell the officers at Rafah that the crossing is closed.", "Tell", gazetteer) is None
    m = placed("Migrants slept in the woods near Steccato, not far from Crotone.", "Steccato", gazetteer)
    assert m is not None and m.country == "IT"


@pytest.mark.parametrize("text, name", [
    ("The men waded the Aras River at night, below the Iranian watchtowers.", "Aras River"),
    ("Herders said the Dawa River was low enough to cross on foot near Dolo.", "Dawa River"),
    ("Two canoes brought the families across the Mopan River into Belize.", "Mopan River"),
    ("A patrol boat stopped a skiff on the Sarstoon at first light.", "Sarstoon"),
    ("Smugglers ferried people over the Pilcomayo River from Clorinda.", "Pilcomayo River"),
    # "the X" names the river too.
    ("Smugglers led the group across the Aras after dark.", "Aras"),
    ("Herders drove their goats back across the Dawa to the Somali bank.", "Dawa"),
])
def test_a_border_river_is_the_river_not_a_town_of_its_name(text, name, gazetteer):
    m = placed(text, name, gazetteer)
    assert m is not None and m.id is not None and m.id.endswith("-river"), (name, m and m.id)


@pytest.mark.parametrize("text, name", [
    # A town, a party or a firm that shares a border river's bare name is never the river.
    ("Teachers from Mopan ran a night school for Guatemalan children in the district.", "Mopan"),
    ("Voters in Basra said the Dawa party's candidate had never visited.", "Dawa"),
    ("Iraq's Dawa party lost the Basra seat to an independent.", "Dawa"),
    ("Its lorries carried the parcels with Aras Kargo from Izmir to Van.", "Aras"),
    ("He shipped the boxes via the Aras Kargo office in Kars.", "Aras"),
    ("A guest at the Arax hotel said the lifts had failed again.", "Arax"),
    ("The bus from Pilcomayo reached Lima after twenty hours.", "Pilcomayo"),
])
def test_a_bare_name_a_town_party_or_firm_shares_with_a_river_is_not_the_river(text, name, gazetteer):
    m = placed(text, name, gazetteer)
    assert m is None or m.id is None or not m.id.endswith("-river"), (name, m.id)


def test_a_division_named_like_a_river_keeps_its_bare_name(gazetteer):
    # Only "Kagera River" is the river: the bare name stays Tanzania's region (a distractor).
    m = placed("Farmers in Kagera hosted families from Burundi last year.", "Kagera", gazetteer)
    assert m is not None and m.country == "TZ" and m.kind == "admin"
    m = placed("Refugees crossed the Kagera River at Rusumo into Tanzania.", "Kagera River", gazetteer)
    assert m is not None and m.id == "geomig:kagera-river"


#: The first entry of supplement.toml's block of places no package holds: it and every point
#: after it are checked.
BLOCK_START = "karaagac-edirne"
#: Natural Earth's 1:50m coastlines are coarse: an island's or a headland's true point may fall
#: a few km off its country's polygon (Guam's Ritidian Point 3.6 km, Shah Porir Dwip 2.4 km).
COAST_TOLERANCE_KM = 5.0
#: Islands those coastlines leave out altogether, with how far off the coast they lie (St. Martin's
#: Island sits about 8 km off Teknaf, 18 km from the coarse map's southern tip).
OFF_THE_MAP_KM = {"st-martins-island-bd": 20.0, "socheong-island": 10.0}


def test_each_hand_entered_point_lies_in_or_by_its_countrys_polygon():
    from shapely.geometry import Point
    from shapely.ops import nearest_points

    from geomig.gazetteer import shapes
    from geomig.gazetteer.geo import haversine_km

    entries = shapes.supplement_entries()
    ids = [e["id"] for e in entries]
    block = [e for e in entries[ids.index(BLOCK_START):] if e.get("country") and "lat" in e]
    assert len(block) > 10
    for e in block:
        polygon, point = shapes.country(e["country"]), Point(e["lon"], e["lat"])
        assert polygon is not None, e["id"]
        if not polygon.contains(point):
            edge = nearest_points(polygon, point)[0]
            limit = OFF_THE_MAP_KM.get(e["id"], COAST_TOLERANCE_KM)
            assert haversine_km(e["lat"], e["lon"], edge.y, edge.x) <= limit, e["id"]


_BORDER_POSTS_AND_ISLANDS = [
    ("A coach of seasonal workers was held for six hours at Kalotina on its way to Belgrade.", "Kalotina", "BG"),
    ("Customs at Moc Bai turned away two vans bound for Phnom Penh.", "Moc Bai", "VN"),
    ("Fishermen said the traffickers switched boats off Hat Lek before dawn.", "Hat Lek", "TH"),
    ("Deportees from Thailand are handed over at Cham Yeam, then left to find a bus.", "Cham Yeam", "KH"),
    ("Palm-oil workers returning from Kuching queued at Entikong for new stamps.", "Entikong", "ID"),
    ("Families with suitcases walked past the stalls of Paraguachón toward Maicao.", "Paraguachón", "CO"),
    ("Lorries of onions waited at Burimari while the land port was shut.", "Burimari", "BD"),
    ("Greek police reopened the bridge at Kipoi after the protest.", "Kipoi", "GR"),
    ("The caravan reached El Amatillo on its third day and crossed into Honduras.", "El Amatillo", "SV"),
    ("Traders from Osh said Chinese guards had closed Irkeshtam for a week.", "Irkeshtam", "KG"),
    ("Students from Tashkent were questioned at Gisht Kuprik before entering Kazakhstan.", "Gisht Kuprik", "UZ"),
    ("Palestinian pilgrims waited at the Allenby Bridge for the Jordanian side to open.", "Allenby Bridge", "PS"),
    ("Cattle herders crossed at Pont Drift into the Tuli Block of Botswana.", "Pont Drift", "ZA"),
    ("Truck drivers slept at Mutukula until the Tanzanian officers returned.", "Mutukula", "UG"),
    ("A Rohingya family spent two years in the detention centre at Kalideres in Jakarta.", "Kalideres", "ID"),
    ("Young men from Jaghori paid smugglers to reach Iran by way of Nimroz.", "Jaghori", "AF"),
    ("Shopkeepers in Hazara Town closed early after the bombing.", "Hazara Town", "PK"),
    ("Vietnamese overstayers were held for months at Suan Phlu in Bangkok.", "Suan Phlu", "TH"),
    ("Somali passengers were dropped in the surf at Bir Ali, in Shabwa.", "Bir Ali", "YE"),
    ("The coast guard towed the wooden boat to Yeonpyeong Island overnight.", "Yeonpyeong Island", "KR"),
    ("Ferries from Bluefields carry workers to Corn Island twice a week.", "Corn Island", "NI"),
    ("Pickers who walked from Cuajiniquil to La Cruz were stopped at a checkpoint.", "Cuajiniquil", "CR"),
    ("Zimbabwean traders rented rooms in Hillbrow, near the taxi rank.", "Hillbrow", "ZA"),
    ("Nepali welders at a shipyard in Siheung said their passports were kept by the boss.", "Siheung", "KR"),
    # An island whose name holds a demonym is the island, not Turkey.
    ("The sloop was escorted into harbour at Grand Turk after two nights at sea.", "Grand Turk", "TC"),
    ("Divers found the wreck in shallow water off West Caicos.", "West Caicos", "TC"),
    # Distractor: the Chinese city that GeoNames also calls "Siheung" keeps its own name.
    ("Textile mills in Shaoxing, near Hangzhou, hired workers from Anhui.", "Shaoxing", "CN"),
]


@pytest.mark.parametrize("text, name, country", [
    # Ghana's regions as Ghana writes them, with the noun; Uganda's namesake in a Ugandan story.
    ("Porters from Bolgatanga in the Upper East Region went south to Kumasi.", "Upper East Region", "GH"),
    ("Teachers from Yendi in the Northern Region were posted to Accra.", "Northern Region", "GH"),
    ("Refugees from Gulu, in the Northern Region, returned to Kampala.", "Northern Region", "UG"),
])
def test_a_region_written_with_its_noun_is_the_one_of_the_texts_towns(text, name, country, gazetteer):
    m = placed(text, name, gazetteer)
    assert m is not None and m.country == country, (m and m.name, m and m.country)


@pytest.mark.parametrize("text, feature", [
    ("Three cattle thieves waded across the Limpopo after dark.", "river"),
    ("Soldiers watch the Limpopo from the bridge near Beitbridge.", "river"),
    # Distractors: the province, without the article or with its noun.
    ("A nurse from Limpopo was hired by a clinic in Pretoria.", "ADM1"),
    ("Farms in the Limpopo province hire seasonal labour from Mozambique.", "ADM1"),
    ("The Limpopo health department said it treated 40 Zimbabweans in Musina.", "ADM1"),
    ("Deportees are held in the Limpopo town of Musina before the trucks leave.", "ADM1"),
])
def test_a_river_named_like_its_province_is_the_river_after_the(text, feature, gazetteer):
    m = placed(text, "Limpopo", gazetteer)
    assert m is not None and gazetteer.get(m.id).feature == feature


@pytest.mark.parametrize("text, country", [
    ("Hundreds fled the shelling in the Qalamoun mountains for the Bekaa valley.", "SY"),
    ("Families from al-Qalamoun reached the Masnaa crossing on foot.", "SY"),
    # Distractor: the Lebanese town, in a story its country names.
    ("Lebanese soldiers stopped a fishing boat off Qalamoun with 30 Syrians aboard.", "LB"),
])
def test_the_syrian_qalamoun_is_the_range_and_the_lebanese_one_the_town(text, country, gazetteer):
    m = next(m for m in geocode(text, gazetteer=gazetteer) if "Qalamoun" in m.text)
    assert m.country == country, (m.name, m.country)


@pytest.mark.parametrize("text, country", [
    # The bearing the text states chooses the namesake on that side of the place it names.
    ("Harvest crews head every autumn to the Los Santos region, south of San José.", "CR"),
    ("Bus drivers take pickers to the Los Santos zone south of San José each October.", "CR"),
    # Distractors: a bearing the namesake does not answer, and no bearing at all.
    ("Harvest crews head every autumn to the Los Santos region, north of San José.", "PA"),
    ("Rice growers of Los Santos in Panama lost a third of the crop.", "PA"),
])
def test_a_stated_bearing_moves_a_name_to_the_namesake_on_that_side(text, country, gazetteer):
    m = placed(text, "Los Santos", gazetteer)
    assert m is not None and m.country == country, (m and m.name, m and m.country)


def test_the_yellow_sea_is_a_sea_between_china_and_korea(gazetteer):
    m = placed("A fishing boat with seven North Koreans drifted across the Yellow Sea for four days.",
               "Yellow Sea", gazetteer)
    assert m is not None and m.kind == "sea" and 118 < m.lon < 127 and 31 < m.lat < 41


_DETENTION_SITES_AND_DISTRICTS = [
    # A user's trial: the New Moscow village of the detention centre, not Tver oblast's.
    ("Police in Moscow said 300 foreigners were waiting for deportation at Sakharovo.", "Sakharovo", "RU"),
    ("The Haitian sloop ran aground off North Caicos and 120 people were brought to Providenciales.",
     "North Caicos", "TC"),
    ("Police on Middle Caicos detained 30 migrants who had walked inland.", "Middle Caicos", "TC"),
    ("The boat landed at South Caicos, where marines detained the passengers.", "South Caicos", "TC"),
    ("Bangladeshi border guards found the men near Kamalganj, in Moulvibazar district.", "Kamalganj", "BD"),
    ("Women from Savai'i travel to Apia to apply for seasonal work in New Zealand.", "Savai'i", "WS"),
    ("Ethiopian maids fled employers in the Metn, north of Beirut.", "Metn", "LB"),
    ("Families fled Dahiyeh, Beirut's southern suburbs, after the strikes.", "Dahiyeh", "LB"),
    ("Young men from Kembata pay brokers to reach South Africa.", "Kembata", "ET"),
    ("Gangs in Chamelecón, in San Pedro Sula, forced families to leave.", "Chamelecón", "HN"),
    ("The boat reached the coast of Sulcis, in south-west Sardinia.", "Sulcis", "IT"),
    ("Residents of Makélékélé in Brazzaville watched the expulsions.", "Makélékélé", "CG"),
    ("Eritreans were held at Al Awir in Dubai before their deportation.", "Al Awir", "AE"),
    ("He found work in a textile shop in Sefaköy, in Istanbul.", "Sefaköy", "TR"),
    ("Eritrean families rented rooms in Kisenyi, in central Kampala.", "Kisenyi", "UG"),
    ("The asylum seekers crossed on foot near Saint-Armand, Quebec.", "Saint-Armand", "CA"),
    ("The Indonesian crew were flown from Truscott to Darwin.", "Truscott", "AU"),
    ("Fishermen from Lompoul sailed north toward Nouadhibou.", "Lompoul", "SN"),
    ("Migrants slept at Sapoá before the border post opened.", "Sapoá", "NI"),
    ("The Venezuelan pirogue landed at Chaguaramas, west of Port of Spain.", "Chaguaramas", "TT"),
    ("Cuban workers rented rooms in Ciudad Vieja and Barrio Sur, in Montevideo.", "Ciudad Vieja", "UY"),
    ("Cuban workers rented rooms in Ciudad Vieja and Barrio Sur, in Montevideo.", "Barrio Sur", "UY"),
    ("Warao families travelled by boat to Port Kaituma in Guyana.", "Port Kaituma", "GY"),
    # Distractors: the namesakes the packages hold keep their own stories.
    ("Farmers in Sakharovo, a village of Tver oblast near Rzhev, sold their potatoes in Tver.", "Sakharovo", "RU"),
    ("Shopkeepers in Kamalganj, near Farrukhabad in Uttar Pradesh, shut their stalls.", "Kamalganj", "IN"),
]


def test_an_own_town_of_unknown_population_weighs_as_a_hamlet_beside_a_namesake_village(gazetteer):
    # Sakharovo of New Moscow has no population in the supplement; Tver oblast's has 3,790.
    # Beside Moscow the near one wins; beside Tver and Rzhev the village there.
    m = placed("Police in Moscow said 300 foreigners were waiting for deportation at Sakharovo.",
               "Sakharovo", gazetteer)
    assert m.id == "geomig:sakharovo-moscow"
    m = placed("Farmers in Sakharovo, a village of Tver oblast near Rzhev, sold their potatoes in Tver.",
               "Sakharovo", gazetteer)
    assert m.id == "geonames:499363"


@pytest.mark.parametrize("text, name", [
    # GeoNames names them "Tatarstan, Respublika": the bare name is keyed from "Republic of X".
    ("Labour recruiters sent the Uzbek men on to a building site in Tatarstan.", "Tatarstan"),
    ("Police in Dagestan detained 12 men who had come by bus from Baku.", "Dagestan"),
    ("Tajik workers found jobs at a refinery in Bashkortostan.", "Bashkortostan"),
])
def test_a_russian_republic_is_found_by_its_name_alone(text, name, gazetteer):
    m = placed(text, name, gazetteer)
    assert m is not None and m.country == "RU" and m.kind == "admin", name


_LANDINGS_AND_NEIGHBOURHOODS = [
    ("The Indonesian fishermen were landed at Kalumburu and flown to Darwin.", "Kalumburu", "AU"),
    ("Refugees from Yei walked to Faradje, inside Congo.", "Faradje", "CD"),
    ("Families returning from Uganda were registered in Magwi.", "Magwi", "SS"),
    ("The men were pushed across the border near Patgram in Lalmonirhat.", "Patgram", "BD"),
    ("Border guards detained nine people at Roumari in Kurigram.", "Roumari", "BD"),
    ("Kenyan maids slept in a church hall in Achrafieh, in Beirut.", "Achrafieh", "LB"),
    ("Police in Poto-Poto rounded up traders from Kinshasa.", "Poto-Poto", "CG"),
    ("Zimbabwean hairdressers rent chairs in Yeoville, in Johannesburg.", "Yeoville", "ZA"),
    ("Somali refugees were bused to a stadium in Kasarani, Nairobi.", "Kasarani", "KE"),
    ("Finnish guards closed the crossing opposite Torfyanovka.", "Torfyanovka", "RU"),
    ("Mozambican traders queued at Lomahasha for the border to open.", "Lomahasha", "SZ"),
    ("Floods cut the road at Chiromo, in Nsanje district.", "Chiromo", "MW"),
    ("The skiff ran aground on Culatra, off Faro.", "Culatra", "PT"),
    ("The boat was escorted into Órzola, on Lanzarote.", "Órzola", "ES"),
    ("Eritreans shared rooms in Kansanga, in Kampala.", "Kansanga", "UG"),
    ("The boats left Adícora, on the Paraguaná peninsula, for Curaçao.", "Adícora", "VE"),
]


_NAMES_WITH_JOINERS = [
    # a South Asian name whose words a lowercase genitive joins ("ka", "ki")
    ("Tibetan and Nepali workers rent rooms in Majnu ka Tila before moving on to jobs in Gurugram.",
     "Majnu ka Tila", "IN"),
    # the news spelling "Tal" of GeoNames' "Tall"
    ("Assyrian families fled Tal Tamr for Hasakah when the shelling began.", "Tal Tamr", "SY"),
]


@pytest.mark.parametrize("text, name, country", (
    _CROSSINGS_CAMPS_AND_QUARTERS
    + _BORDER_POSTS_AND_ISLANDS
    + _DETENTION_SITES_AND_DISTRICTS
    + _LANDINGS_AND_NEIGHBOURHOODS
    + _NAMES_WITH_JOINERS))
def test_a_place_no_package_holds_is_found_in_its_country(text, name, country, gazetteer):
    m = placed(text, name, gazetteer)
    assert m is not None and m.id is not None, name
    assert m.country == country


def test_a_lowercase_genitive_joins_no_words_where_the_gazetteer_has_no_such_name(gazetteer):
    # Distractor: a newspaper's name with "ki" between its words is no place, and the town
    # after it is still found alone.
    got = [m.text for m in geocode("Gaon ki Awaaz reported that the men left Achham for Delhi.",
                                   gazetteer=gazetteer) if m.id]
    assert "Delhi" in got and not any(" ki " in t for t in got)
