"""The districts, communes and townships of large cities that displacement and return reports
name, and the settlements several reports need, which supplement.toml adds (GeoNames cities500
lacks them, or holds only a namesake abroad): each is placed in its city's country, and a
namesake abroad keeps the name where the text is about that namesake's country."""

from __future__ import annotations

import pytest

from geocode_helpers import placed


@pytest.mark.parametrize("text, name, country", [
    ("After the flight landed in Lima, most families went on to relatives in San Juan de Lurigancho.",
     "San Juan de Lurigancho", "PE"),
    ("Displaced farmers from Ayacucho rebuilt their lives in Villa El Salvador, on the edge of Lima.",
     "Villa El Salvador", "PE"),
    ("Returnees from Caracas rented rooms in Los Olivos, a district in the north of Lima.",
     "Los Olivos", "PE"),
    ("Ferries from Brazzaville dock at the Beach Ngobila in Kinshasa, and some expelled families were "
     "later moved to Maluku.", "Maluku", "CD"),
    ("Families fleeing the gangs of Carrefour-Feuilles slept in a school in Port-au-Prince.",
     "Carrefour-Feuilles", "HT"),
    ("Residents of Solino and Nazon left Port-au-Prince for the south after a night of shooting.",
     "Solino", "HT"),
    ("Gunmen burned houses in Cité Soleil, and hundreds fled to other parts of Port-au-Prince.",
     "Cité Soleil", "HT"),
    ("Relatives in Pétion-Ville took in the families who had walked down from Kenscoff.",
     "Pétion-Ville", "HT"),
    ("Under apartheid, families from District Six in Cape Town were moved to Manenberg and Bonteheuwel.",
     "Manenberg", "ZA"),
    ("Many Cape Town families were pushed out to Mitchells Plain and Khayelitsha on the Cape Flats.",
     "Mitchells Plain", "ZA"),
    ("Young men from Tamale carry loads at Agbogbloshie market in Accra.", "Agbogbloshie", "GH"),
    ("Deportees from Riyadh were flown to Seiyun, in Yemen's Hadramawt, and then went by road to Marib.",
     "Seiyun", "YE"),
    ("Shelling near Uvira drove people from Sange towards the Burundi border.", "Sange", "CD"),
    ("The boat was escorted to Cedros, on Trinidad's south-west coast, and the group sent to Aripo.",
     "Cedros", "TT"),
    ("Workers from Thailand pick peppers on farms in the Arava, in southern Israel.", "Arava", "IL"),
    ("Asylum seekers in Dublin queued outside the office on Mount Street for a second night.",
     "Mount Street", "IE"),
    ("Many Cook Islanders in Australia now work in the mines of the Pilbara.", "Pilbara", "AU"),
])
def test_a_city_district_is_placed_in_its_country(text, name, country, gazetteer):
    m = placed(text, name, gazetteer)
    assert m is not None and m.country == country, (name, m and (m.name, m.country))


@pytest.mark.parametrize("text, country", [
    ("Fishermen at Katwe, on Lake Edward, said canoes from Congo landed at night near Kasese.", "UG"),
    ("The family sold clothes in Katwe, in Kampala, before moving to Entebbe.", "UG"),
])
def test_katwe_is_the_one_near_the_texts_other_places(text, country, gazetteer):
    m = placed(text, "Katwe", gazetteer)
    assert m is not None and m.country == country
    near_kasese = "Kasese" in text
    assert (m.lon < 31) == near_kasese, (m.name, m.lat, m.lon)


@pytest.mark.parametrize("text, name, country", [
    # Namesakes abroad: the text's country keeps them (distractors for the new entries).
    ("Ferries linked Ambon with the rest of Maluku, and many islanders moved on to Sulawesi.", "Maluku", "ID"),
    ("Tourists drove from Santa Barbara to Los Olivos, in California's wine country.", "Los Olivos", "US"),
    ("The bus from Tegucigalpa stopped in Cedros, in Francisco Morazán, Honduras.", "Cedros", "HN"),
])
def test_a_namesake_abroad_keeps_the_name_in_its_own_country(text, name, country, gazetteer):
    m = placed(text, name, gazetteer)
    assert m is not None and m.country == country, (name, m and (m.name, m.country))


@pytest.mark.parametrize("text, pid", [
    ("The workers were walked across the Friendship Bridge from Myawaddy to Mae Sot.",
     "geomig:friendship-bridge-mae-sot"),
    ("Lorries of flour crossed the Friendship Bridge from Termez into Hairatan.",
     "geomig:friendship-bridge-hairatan"),
    ("Deportees from Vientiane were driven over the Friendship Bridge to Nong Khai.",
     "geomig:friendship-bridge-nong-khai"),
    ("Shoppers from Ciudad del Este cross the Friendship Bridge into Foz do Iguaçu every morning.",
     "geomig:friendship-bridge-foz-do-iguacu"),
])
def test_the_friendship_bridge_is_the_one_between_the_texts_towns(text, pid, gazetteer):
    m = placed(text, "Friendship Bridge", gazetteer)
    assert m is not None and m.id == pid, m and m.id


def test_a_bridge_of_friendship_in_lower_case_is_no_place(gazetteer):
    m = placed("The mayor of Mae Sot called the new road a friendship bridge between two towns.",
               "friendship bridge", gazetteer)
    assert m is None or m.id is None


def test_the_cambodian_mekong_crossings_are_cambodian_beside_vietnamese_towns(gazetteer):
    text = "Boats without papers were sent back from Tan Chau to Chrey Thom, and others to Kaam Samnor."
    for name in ("Chrey Thom", "Kaam Samnor"):
        m = placed(text, name, gazetteer)
        assert m is not None and m.country == "KH", (name, m and m.country)


@pytest.mark.parametrize("text, name, country", [
    ("Flooded families from Tondo, in Manila, slept in a gym in Caloocan.", "Tondo", "PH"),
    ("She shared a flat in Deusto, across the river from the centre of Bilbao.", "Deusto", "ES"),
    ("Displaced families from Gori were housed in a hostel in Saburtalo, in Tbilisi.", "Saburtalo", "GE"),
    ("Children from Kalehe slept in a church in Kadutu, a commune of Bukavu.", "Kadutu", "CD"),
    ("The bus left Merkato in Addis Ababa for Moyale before dawn.", "Merkato", "ET"),
    ("In 1986 the whole of Pripyat was taken by bus to villages south of Kyiv.", "Pripyat", "UA"),
    ("The road at Mai Mahiu washed away, and families walked to Naivasha.", "Mai Mahiu", "KE"),
    ("Labourers were shipped from Suva to Labasa, on Vanua Levu.", "Vanua Levu", "FJ"),
])
def test_a_further_city_district_or_island_is_placed_in_its_country(text, name, country, gazetteer):
    m = placed(text, name, gazetteer)
    assert m is not None and m.country == country, (name, m and (m.name, m.country))


def test_whitehead_is_the_hong_kong_camp_beside_hong_kong_and_never_the_camp_beside_belfast(gazetteer):
    m = placed("Boat people from Haiphong were held at Whitehead in Hong Kong for years.", "Whitehead", gazetteer)
    assert m is not None and m.country == "HK"
    # Distractors: the town by Belfast (which the surname check leaves unplaced) and a person.
    for text in ("The ferry from Larne passed Whitehead on its way to Belfast.",
                 "Whitehead said the camp in Hong Kong was full."):
        m = placed(text, "Whitehead", gazetteer)
        assert m is None or m.country != "HK", text
