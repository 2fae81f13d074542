"""How a name's own words and the words round it place it (session 29): a country listed with
countries, a word an Arabic article joins to the next, a demonym that a division noun makes a
division, a name with its river in parentheses, a name before "party"; and the towns round
Tripoli, Lebanon, that supplement.toml adds. Each with a namesake or a word that is no place
beside it."""

from __future__ import annotations

import pytest

from geomig.geoparse.geocode import geocode

from geocode_helpers import placed


@pytest.mark.parametrize("text", [
    "Herders moved between Niger and Chad before selling their cattle in Kano and Katsina.",
    "It is not clear whether Niger or Benin will reopen the road, customs officers in Sokoto said.",
    "Traders from Kebbi said Mali, Niger and Burkina Faso had all raised the transit fee.",
])
def test_a_country_listed_with_countries_is_the_country_beside_the_towns_of_a_namesake_state(text, gazetteer):
    m = placed(text, "Niger", gazetteer)
    assert m is not None and m.kind == "country" and m.country == "NE"


@pytest.mark.parametrize("text", [
    # The text's towns lie in the namesake state itself: nearness pulls hardest there, and only
    # the listed country's own weight (W_LIST_COUNTRY, above a town list's W_LIST) holds.
    "Traders from Minna, Bida and Kontagora said Niger and Chad had closed their markets.",
    "Bus drivers from Suleja and Minna said Niger and Benin were turning back passengers.",
    "Farmers in Kontagora and Mokwa said the herders came from Niger and Mali.",
])
def test_a_listed_country_outweighs_the_towns_of_its_namesake_state(text, gazetteer):
    m = placed(text, "Niger", gazetteer)
    assert m is not None and m.kind == "country" and m.country == "NE"


def test_a_state_the_text_calls_so_keeps_the_state_sense(gazetteer):
    # Distractor: the division noun makes it Nigeria's state, countries or not.
    m = placed("The Niger state governor met farmers from Minna and Bida, not officials from Chad.", "Niger",
               gazetteer)
    assert m is not None and m.country == "NG" and m.kind == "admin"


@pytest.mark.parametrize("text, word", [
    ("Before sailing from Alexandria they had rented two rooms in the Bab el-Louq quarter of Cairo.", "Bab"),
    ("The families had lived in the Bab al-Tabbaneh district of Tripoli, north Lebanon, for years.", "Bab"),
    ("Nobody was sure whether Tell al-Hawa still had a clinic, a nurse in Raqqa said.", "Tell"),
])
def test_a_word_an_article_joins_to_the_next_is_no_town_of_its_own(text, word, gazetteer):
    m = placed(text, word, gazetteer)
    assert m is None or m.id is None, (word, m and m.name)


def test_a_joined_name_the_gazetteer_holds_or_the_text_writes_alone_stays(gazetteer):
    # The whole name is known: the crossing, not a word of it.
    m = placed("Aid lorries queued at Bab al-Hawa for a second day.", "Bab al-Hawa", gazetteer)
    assert m is not None and m.country == "SY"
    # The text writes the town alone too: it is the town.
    text = "Shelling hit Al-Bab again; people from al-Bab fled to Azaz, and some to Al-Bab al-Kabir."
    m = placed(text, "Al-Bab", gazetteer)
    assert m is not None and m.id is not None and m.country == "SY"


@pytest.mark.parametrize("text, name", [
    ("Aid reached the camps round Kebri Dehar in the Somali Region of Ethiopia by lorry.", "Somali"),
    ("Flooding in Ethiopia's Somali region cut the road to Dolo Ado, officials said.", "Somali"),
    ("The convoy did not get past Jijiga into the Somali State interior, drivers said.", "Somali"),
])
def test_a_demonym_a_division_noun_follows_is_the_division(text, name, gazetteer):
    m = placed(text, name, gazetteer)
    assert m is not None and m.country == "ET" and m.kind == "admin", m and (m.name, m.country)


def test_a_demonym_without_a_division_noun_stays_the_people(gazetteer):
    # Distractor: Somali traders are Somalia's people, even in a text about Ethiopia's region.
    text = "Somali traders in the Afar region said the market at Semera was closed."
    m = placed(text, "Somali", gazetteer)
    assert m is not None and m.kind == "demonym" and m.country == "SO"


@pytest.mark.parametrize("text, name", [
    # Distractors: a lowercase division noun with no country of the division beside it.
    ("Aid workers in Zagreb say the Balkan region still holds thousands of stranded walkers.", "Balkan"),
    ("Lorries carry people through the Balkan region towards Graz, Slovenian officers say.", "Balkan"),
    ("Since the Somali state fell apart, families have walked to camps in Kenya.", "Somali"),
])
def test_a_demonym_before_a_lowercase_noun_alone_stays_the_people(text, name, gazetteer):
    m = placed(text, name, gazetteer)
    assert m is not None and m.kind == "demonym", m and (m.name, m.country, m.kind)


def test_a_lowercase_division_noun_with_its_country_after_is_the_division(gazetteer):
    m = placed("Floods closed the road to Dolo Ado in the Somali region of Ethiopia.", "Somali", gazetteer)
    assert m is not None and m.country == "ET" and m.kind == "admin"


@pytest.mark.parametrize("text, name, country", [
    ("Families ran from the shelling of Daraa al-Balad and reached Ramtha in Jordan.", "Daraa", "SY"),
    ("Most of the buses out of Homs al-Waer went north to Idlib.", "Homs", "SY"),
    ("Syria's wounded were treated at the Tartus al-Basel hospital for months.", "Tartus", "SY"),
])
def test_a_town_before_an_article_joined_word_stays_in_a_story_of_its_country(text, name, country, gazetteer):
    m = placed(text, name, gazetteer)
    assert m is not None and m.id is not None and m.country == country, m and (m.name, m.country, m.flags)


@pytest.mark.parametrize("text, word", [
    # The word after the article is a word of the same name, not Iraq's Balad or Switzerland's Basel.
    ("Families ran from the shelling of Daraa al-Balad and reached Ramtha in Jordan.", "Balad"),
    ("Syria's wounded were treated at the Tartus al-Basel hospital for months.", "Basel"),
])
def test_the_word_an_article_joins_to_a_town_is_no_place_of_its_own(text, word, gazetteer):
    assert not any(m.id for m in geocode(text, gazetteer=gazetteer) if m.text == word)


def test_the_syrian_spelling_kalamoun_is_not_the_lebanese_town(gazetteer):
    # Distractor: "Kalamoun" is the Syrian mountains in news, not the coastal town near Tripoli.
    m = placed("Fighters moved into the Kalamoun hills above Yabroud last spring.", "Kalamoun", gazetteer)
    assert m is None or m.country != "LB", m and (m.name, m.country)


def test_a_name_with_its_river_in_parentheses_is_one_town(gazetteer):
    text = "The coach stopped at Frankfurt (Oder) for a passport check, then drove on to Berlin."
    mentions = geocode(text, gazetteer=gazetteer)
    m = next(m for m in mentions if m.text == "Frankfurt (Oder)")
    assert m.country == "DE" and m.lon > 14.0 and m.confidence > 0.9  # on the Polish border, not Hesse
    assert not any(m.text == "Oder" for m in mentions)  # no river of its own
    m = placed("Students moved from Halle (Saale) to Leipzig in October.", "Halle (Saale)", gazetteer)
    assert m is not None and m.country == "DE"


def test_a_bracketed_country_after_a_town_stays_its_qualifier(gazetteer):
    # Distractor: "(Ghana)" is no part of the town's name.
    mentions = geocode("Officials in Accra (Ghana) and Lomé (Togo) met on Monday.", gazetteer=gazetteer)
    assert {m.text for m in mentions if m.id} >= {"Accra", "Ghana", "Lomé", "Togo"}


@pytest.mark.parametrize("text, name", [
    ("Leaders of the Tigris party met in Mosul, though no deal was expected.", "Tigris"),
    ("The Tana party has no office in Garissa, its critics say.", "Tana"),
    ("Few in Garissa believed Kenya's Tana party would field a candidate.", "Tana"),
])
def test_a_name_between_the_and_party_is_the_partys(text, name, gazetteer):
    # (A sentence's first "The" may be read with the name: "The Tana".)
    assert not any(m.id for m in geocode(text, gazetteer=gazetteer) if m.text.endswith(name))


@pytest.mark.parametrize("text, name, country", [
    # Distractors: a party held in a town, and a country's name inside a party's, keep the place.
    ("A party in Dakar raised money for the families of the missing fishermen.", "Dakar", "SN"),
    ("Two guests were hurt at a Mombasa party on Saturday, police said.", "Mombasa", "KE"),
    ("The United Georgia party did not answer questions about the Tbilisi protests.", "Georgia", "GE"),
    # A noun or "of" after "party": a gathering, held in the place.
    ("Guests danced in the Ostend party hall until the ferry to Dover left.", "Ostend", "BE"),
    ("The Mombasa party of 60 travellers boarded a bus for Nairobi.", "Mombasa", "KE"),
])
def test_a_party_in_a_town_or_a_country_in_a_partys_name_keeps_the_place(text, name, country, gazetteer):
    m = placed(text, name, gazetteer)
    assert m is not None and m.country == country


@pytest.mark.parametrize("text, name, country", [
    ("The coastguard said the boat had left the harbour at El Mina shortly after midnight.", "El Mina", "LB"),
    ("A second launch, from the beach south of Qalamoun, was stopped by the Lebanese navy.", "Qalamoun", "LB"),
    ("Cypriot police met the boat when it came ashore at Pervolia, south of Larnaca.", "Pervolia", "CY"),
])
def test_the_towns_round_tripoli_and_the_cypriot_beach_are_found_in_their_countries(text, name, country, gazetteer):
    m = placed(text, name, gazetteer)
    assert m is not None and m.id is not None and m.country == country


def test_a_town_the_text_puts_north_of_a_city_and_placed_far_west_of_it_is_doubted(gazetteer):
    # The gazetteer's only El Amra lies 140 km west-north-west of Sfax, inland.
    text = "Rescuers counted tents at El Amra, the village north of Sfax, on Friday. Few stayed in El Amra."
    amra = [m for m in geocode(text, gazetteer=gazetteer) if m.text == "El Amra"]
    assert len(amra) == 2
    assert all("wrong-direction" in m.flags and m.confidence <= 0.5 for m in amra)


@pytest.mark.parametrize("text, name, doubted", [
    # Distractors: towns on the side the text says keep their confidence.
    ("Workers slept in Djebeniana, a town north of Sfax, before the boats left.", "Djebeniana", False),
    ("The boat left from Zarzis, some 60 km south-east of Gabès, at night.", "Zarzis", False),
    ("Clinics in Mae Sot, a town west of Tak, treated the wounded.", "Mae Sot", False),
    # In another part of the world, the wrong side is doubted too.
    ("Clinics in Mae Sot, a town east of Tak, treated the wounded.", "Mae Sot", True),
    # A denied bearing says nothing.
    ("Clinics in Mae Sot, a town not east of Tak as some guides claim, treated the wounded.", "Mae Sot", False),
])
def test_a_stated_compass_point_doubts_only_a_choice_on_another_side(text, name, doubted, gazetteer):
    m = placed(text, name, gazetteer)
    assert m is not None and m.id is not None
    assert ("wrong-direction" in m.flags) == doubted


@pytest.mark.parametrize("text, country", [
    ("Refugees from Congo were moved from Lusaka to a camp near Chipata in Eastern Province.", "ZM"),
    ("Youths who left Kenema in Eastern Province said they would try Freetown next.", "SL"),
    ("Families from Daru said the patrol boats of Western Province rarely came, PNG officials admit.", "PG"),
    # Distractor: the province whose own name it is, in a story set there.
    ("Tamil families fled Trincomalee in the Eastern Province of Sri Lanka for Chennai.", "LK"),
    # The province the text's towns are in, though "Eastern Province" is only its alias.
    ("Ethiopian workers held in Dammam, in the Eastern Province, were flown to Addis Ababa.", "SA"),
])
def test_a_compass_province_is_the_one_of_the_texts_country(text, country, gazetteer):
    m = next(m for m in geocode(text, gazetteer=gazetteer) if m.text.endswith("Province"))
    assert m.kind == "admin" and m.country == country, (m.name, m.country)


@pytest.mark.parametrize("text, name, pid", [
    ("Most of the families came from villages in the southern Andes.", "southern Andes", "geomig:south:geomig:andes"),
    ("Farmers left the Andes for the coast and then for Spain.", "Andes", "geomig:andes"),
])
def test_a_range_the_supplement_adds(text, name, pid, gazetteer):
    m = placed(text, name, gazetteer)
    assert m is not None and m.id == pid, m


@pytest.mark.parametrize("text, name, place_id", [
    # Dominican towns by the short names the news uses (aliases.tsv), not their namesakes abroad.
    ("Detainees are held in Haina before the trucks leave for the border, Dominican officials said.",
     "Haina", "geonames:3512128"),
    ("The patrol stopped a truck near Montecristi, on the Dominican side of the river.",
     "Montecristi", "geonames:3493174"),
    ("Workers from Navarrete and Santiago were sent to the Dominican border.", "Navarrete", "geonames:3491948"),
    # The supplement's border post of Burundi, not Rwanda's Mugina.
    ("Families crossed near Mugina into Tanzania and were registered by Burundian officials.",
     "Mugina", "geomig:mugina-burundi"),
    # Mauritania's cape, not an old name of Provincetown, Massachusetts.
    ("The boat left from Cap Blanc, south of Nouadhibou, Mauritania.", "Cap Blanc", "geomig:cap-blanc"),
    # The Channel's cape by its full name, not Mauritania's Cap Blanc.
    ("Migrants launched boats from Cap Blanc-Nez on the French coast towards Dover.", "Cap Blanc-Nez",
     "geomig:cap-blanc-nez"),
    # A town named beside the cape says which Cap Blanc it is.
    ("The beach at Cap Blanc near Bizerte was crowded with families.", "Cap Blanc", "geomig:cap-blanc-tunisia"),
    # A town known by the name as an alias, beside the country the text names, where the town
    # whose own name it is lies far from it: the Dominican border town, not Ecuador's.
    ("Haitians were stopped near Montecristi at dawn and sent back over the river.", "Montecristi",
     "geonames:3493174"),
    # Ecuador's own Montecristi where the text is about Ecuador.
    ("Families from Montecristi and Manta left Ecuador for Chile.", "Montecristi", "geonames:3654055"),
])
def test_the_border_towns_and_capes_the_registries_lack_are_found(text, name, place_id, gazetteer):
    """Border towns and capes the registries lack or name for elsewhere; capes that share
    Mauritania's name told apart; a doubtful town yields to a namesake beside the named countries."""
    m = placed(text, name, gazetteer)
    assert m is not None and m.id == place_id, m
