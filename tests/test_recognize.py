"""Recognition: what counts as a place name, and exactly where."""

from __future__ import annotations

import pytest

import geomig
from geomig.geoparse.recognize import recognize


def spans(text, gazetteer, **kw):
    return [(s.text, s.kind_hint) for s in recognize(text, gazetteer, **kw)]


@pytest.mark.parametrize("text, expected", [
    ("TRIPOLI (Reuters) - Talks went on.", [("TRIPOLI", "")]),
    ("It was a nice day for reading before the split.", []),
    ("Nice is a French city.", [("Nice", ""), ("French", "demonym")]),
    ("Libya's coastguard and Libya’s navy", [("Libya", ""), ("Libya", "")]),
    ("Libyan and Italian officials met African leaders.",
     [("Libyan", "demonym"), ("Italian", "demonym"), ("African", "demonym")]),
    ("the Gulf of Sidra and the Strait of Sicily", [("Gulf of Sidra", ""), ("Strait of Sicily", "")]),
    ("Officials from the U.S. and the EU arrived.", [("U.S.", ""), ("EU", "")]),
    ("He was born in Topeka, Kan., in 1950.", [("Topeka", ""), ("Kan.", "")]),
    ("CHARLESTON, W. Va. - The mayor of St. Louis spoke.", [("CHARLESTON", ""), ("W. Va.", ""), ("St. Louis", "")]),
    ("NICE, France - Sen. Ray Miller, D-Columbus, said the US and EU agreed.",
     [("NICE", ""), ("France", ""), ("Columbus", ""), ("US", ""), ("EU", "")]),
    ("Workers in Toyota, Japan, protested.", [("Toyota", ""), ("Japan", "")]),  # the city, not the car
])
def test_names(gazetteer, text, expected):
    assert spans(text, gazetteer) == expected


@pytest.mark.parametrize("text, expected", [
    ("Split (Reuters) - Croatian police said on Monday that they had stopped a van.",
     [("Split", ""), ("Croatian", "demonym")]),
    ("Vans stopped on the coast\nSplit — Croatian police said they stopped a van.",  # a dateline after a headline
     [("Split", ""), ("Croatian", "demonym")]),
    ("The party may split (again) - officials said.", []),
    ("Officers said Split (the port) was calm.", []),  # not first on its line: no dateline
])
def test_a_common_word_is_a_place_as_a_datelines_place(gazetteer, text, expected):
    """ "Split" is a common word, a place only where the text marks it as one: first on its
    line with a bracket or a dash after it (text.dateline_place)."""
    assert spans(text, gazetteer) == expected


def test_word_inert_alone_is_still_read_before_its_dot(gazetteer):
    """A word found inert alone ("Mass" at a sentence's start) is skipped by one set lookup
    afterwards, but not where a dot follows it, which may make it an abbreviation ("Mass.")."""
    text = "Mass was said. He moved to Boston, Mass. Mass was said again."
    assert spans(text, gazetteer) == [("Boston", ""), ("Mass.", "")]
    assert spans(text, gazetteer) == [("Boston", ""), ("Mass.", "")]  # the words now known inert


@pytest.mark.parametrize("text, region, direction", [
    ("Smugglers operate in southern Libya.", "southern Libya", "south"),
    ("They crossed the south of Libya by truck.", "the south of Libya", "south"),
    ("Militias hold western Tripoli.", "western Tripoli", "west"),
    ("Arrivals rose in the eastern Mediterranean.", "eastern Mediterranean", "east"),
])
def test_vague_regions(gazetteer, text, region, direction):
    found = [s for s in recognize(text, gazetteer) if s.kind_hint == "region"]
    assert [(s.text, s.direction) for s in found] == [(region, direction)]
    assert text[found[0].start:found[0].end] == region


def test_west_of_a_city_is_not_a_part_of_it(gazetteer):
    assert [s.text for s in recognize("The camp lies west of Cairo.", gazetteer)] == ["Cairo"]


def test_borders_stand_for_the_country(gazetteer):
    found = [s for s in recognize("Libya wants help securing its southern borders.", gazetteer) if s.kind_hint == "borders"]
    assert [(s.text, s.direction) for s in found] == [("its southern borders", "south")]


@pytest.mark.parametrize("text", [
    "The Washington Post reported it first.",
    "Security officials told The Associated Press on Monday.",
    "Reuters and CNN broadcast the footage, and Facebook removed it.",
    "Italian interior minister Marco Minniti met Fayez Seraj.",
    "Sen. Jensen voted against it.",
    "The IRS agent and the ER nurse arrived.",
    "The trucks had Detroit-Diesel engines.",
    "The fighters rode in a Toyota Hilux bought at Wal-Mart, not Walmart.",
    "A 1992 Toyota Corolla hit a Toyota Camry.",
    # A saint's or a founder's institution in the possessive.
    "She was treated at St Thomas' Hospital after the attack.",
    "He studied at St John's College for a year.",
    "He worked at St. Mary's Hospital for a year.",
])
def test_organisations_and_persons_are_not_places(gazetteer, text):
    assert [s for s in spans(text, gazetteer) if s[1] != "demonym"] == []


@pytest.mark.parametrize("text", [
    "They flew out of the José Pedro de Olmedo airport on a Sunday night.",
    "The bus stopped on Carlos Antonio de Sucre Avenue before dawn.",
    "Traffic backed up on the Juan Pablo de Toledo bridge all morning.",
])
def test_a_persons_surname_in_an_airports_bridges_or_streets_name_is_no_place(gazetteer, text):
    assert [s for s in spans(text, gazetteer) if s[1] != "demonym"] == []


@pytest.mark.parametrize("text, place", [
    # a saint's town, and a surname particle with no airport or street after it
    ("Boats were towed past the San Juan de Ulua fort to Veracruz.", "Veracruz"),
    ("They reached Santiago de Cuba by bus.", "Santiago de Cuba"),
    ("Families from Toledo were stopped in Madrid.", "Toledo"),
])
def test_a_place_after_a_particle_stays_a_place_without_a_named_work(gazetteer, text, place):
    assert (place, "") in spans(text, gazetteer)


@pytest.mark.parametrize("text, name", [
    ("The delegation queued at Ramón Villeda Morales airport after midnight.", "Ramón Villeda Morales airport"),
    ("The family flew to Charles de Gaulle airport and on to Lyon.", "Charles de Gaulle airport"),
    ("Two charters landed at Juan Santamaría international airport in the morning.",
     "Juan Santamaría international airport"),
    ("At Nikola Tesla airport the police checked every passport.", "Nikola Tesla airport"),
    # a registry airport whose given name the person filter would take alone
    ("The men were kept in a waiting zone near Roland Garros airport for a week.", "Roland Garros airport"),
])
def test_an_airport_named_after_a_person_is_read_with_its_lowercase_noun(gazetteer, text, name):
    """The gazetteer keys such an airport with its noun, the person's name alone being no
    place; prose writes the noun in lowercase, which a run of capitals leaves out."""
    assert (name, "") in spans(text, gazetteer)


def test_an_airports_name_alone_means_it_once_the_text_has_named_it(gazetteer):
    text = "He flew out of José Martí airport in May. Officers at José Martí held two men for hours."
    assert spans(text, gazetteer) == [("José Martí airport", ""), ("José Martí", "")]
    assert [s.key for s in recognize(text, gazetteer)] == ["jose marti airport"] * 2
    # Without the airport named first, the person's name stays no place.
    assert spans("Officers at José Martí held two men for hours.", gazetteer) == []


@pytest.mark.parametrize("text", [
    # Named as the airport first, the name alone is the person again where no place is expected.
    "The deportees flew out of Charles de Gaulle airport. Charles de Gaulle, the wartime leader, "
    "would not have known the place.",
    "They waited at José Martí airport all night. José Martí wrote that exile was a wound.",
    # A person-named airport the supplement keys by the bare name: the person, as a sentence's subject.
    "Ben Gurion told the cabinet in 1949 that the state would take them in.",
])
def test_an_airports_person_name_without_a_place_context_is_the_person(gazetteer, text):
    places = {name for name, hint in spans(text, gazetteer) if hint == ""}
    assert not places & {"Charles de Gaulle", "José Martí", "Ben Gurion"}


@pytest.mark.parametrize("text, name", [
    # An air base whose name opens with a given name ("Al") says the base by its last words,
    # as a sentence's subject or a dateline in capitals.
    ("Al Asad Air Base was hit by two rockets on Tuesday night.", "Al Asad Air Base"),
    ("AL UDEID AIR BASE, Qatar -- The evacuees slept on cots in a hangar.", "AL UDEID AIR BASE"),
])
def test_an_air_base_opening_with_a_given_name_is_the_base(gazetteer, text, name):
    assert (name, "") in spans(text, gazetteer)


@pytest.mark.parametrize("text", [
    # "of", "from" and "to" stand before people as often as before places.
    "A biography of Ben Gurion came out in Haifa last spring.",
    "The bronze statue of Ben Gurion faces the sea in Haifa.",
    "A letter from Ben Gurion to the kibbutz council was read at the meeting.",
])
def test_an_airports_person_name_after_of_or_from_is_the_person(gazetteer, text):
    assert ("Ben Gurion", "") not in spans(text, gazetteer)


def test_an_airports_person_name_after_from_is_the_airport_once_the_text_has_placed_it(gazetteer):
    text = "The workers landed at Ben Gurion in May. In June a plane from Ben Gurion took them home."
    assert spans(text, gazetteer).count(("Ben Gurion", "")) == 2
    text = "They queued at Ben Gurion airport for hours. Flights to Ben Gurion were cancelled."
    assert [s.key for s in recognize(text, gazetteer)].count("ben gurion") == 2


@pytest.mark.parametrize("text", [
    "Chicken Kiev and borscht were on the menu at the shelter in Przemysl.",
    "The volunteers served beef Wellington to the new arrivals in Dover.",
])
def test_a_dish_named_after_a_place_is_no_place(gazetteer, text):
    assert not {"Kiev", "Wellington"} & {name for name, hint in spans(text, gazetteer) if hint == ""}


def test_the_airport_nouns_are_the_feature_nouns_that_ask_for_an_airport():
    from geomig.geoparse import recognize as rec

    assert {"airport", "airfield", "airstrip", "aerodrome"} <= rec._work_nouns()


@pytest.mark.parametrize("text, name", [
    ("The two men landed at Ben Gurion after midnight.", "Ben Gurion"),
    ("At Ben Gurion the police checked every passport.", "Ben Gurion"),
    # The full name says the work itself, wherever it stands.
    ("Owen Roberts International Airport reopened on Monday.", "Owen Roberts International Airport"),
])
def test_an_airports_person_name_after_a_locative_stays_the_airport(gazetteer, text, name):
    assert (name, "") in spans(text, gazetteer)


@pytest.mark.parametrize("text, name, place_id", [
    # One word before its noun: the airport the gazetteer keys with the noun.
    ("The charter left from Kamuzu airport for Tel Aviv.", "Kamuzu airport", "geomig:kamuzu-airport"),
    # A village of another country bearing the word alone is not the airport's name.
    ("The deportees landed at Kotoka airport in Accra.", "Kotoka", "geomig:kotoka-airport"),
    # Nor is it where the text leaves out the noun after "landed at" (the supplement's Kotoka).
    ("The deportees landed at Kotoka on Monday and were taken by bus to Accra.", "Kotoka",
     "geomig:kotoka-airport"),
])
def test_an_airport_named_by_one_word_is_read_with_its_noun(text, name, place_id):
    assert {m.text: m.id for m in geomig.geocode(text)}.get(name) == place_id


def test_rejected_phrases_come_back_for_the_audit(gazetteer):
    found = spans("The Washington Post said smugglers came from Zorblax to Malta.", gazetteer, keep_rejected=True)
    assert ("Washington", "organisation") in found or ("The Washington Post", "organisation") in found
    assert ("Zorblax", "unresolved") in found
    assert ("Malta", "") in found


def test_one_sense_per_document(gazetteer):
    text = "Abraham Lincoln spoke. Later Lincoln said the war was over."
    assert [s for s in spans(text, gazetteer)] == []
    text = "The fair opened in Lincoln on Friday. Lincoln expects 20,000 visitors."
    assert [s[0] for s in spans(text, gazetteer)] == ["Lincoln", "Lincoln"]


def test_borders_beside_many_names_are_each_found_once(gazetteer):
    # Speed on long texts is measured in benchmarks/geocode_bench.py --only long.
    text = "Migrants crossed the border into Libya. Libya guards its southern borders. " * 300
    found = recognize(text, gazetteer)
    assert [s.text for s in found if s.kind_hint == "borders"] == ["the border", "its southern borders"] * 300
    assert sum(s.text == "Libya" for s in found) == 600


@pytest.mark.parametrize("text, place", [
    ("The talks were chaired by the Deputy Minister of Defence of Azerbaijan. Troops in Azerbaijan stood by.",
     "Azerbaijan"),
    ("Gov. Rick Perry of Texas spoke first. Texas is dry this year.", "Texas"),
])
def test_a_place_in_a_title_stays_a_place(gazetteer, text, place):
    # The title makes the words right after it a person's name, not the place its office is of.
    assert [s for s in spans(text, gazetteer) if s[0] == place] == [(place, ""), (place, "")]


@pytest.mark.parametrize("text, expected", [
    ("Officials reported cases in Žilina and Łódź.", ["Žilina", "Łódź"]),
    ("Šibenik and Čačak were spared.", ["Šibenik", "Čačak"]),
])
def test_capitals_past_latin_1_start_names(gazetteer, text, expected):
    assert [s[0] for s in spans(text, gazetteer)] == expected


@pytest.mark.parametrize("text, expected", [
    # A state's abbreviation in a place context, and then throughout the text.
    ("The count rose in NSW this week. NSW Health urged calm.", [("NSW", ""), ("NSW", "")]),
    ("The flu spread from BC to Alberta.", [("BC", ""), ("Alberta", "")]),
    ("She moved to Perth, WA, in May.", [("Perth", ""), ("WA", "")]),
    ("Flooding closed roads in NJ on Monday.", [("NJ", "")]),
    ("T&T reported two cases.", [("T&T", "")]),
    # No place context, a road number, an era.
    ("WA Health said it was ready.", []),
    ("The truck turned onto KY 52 near the bridge.", []),
    ("The mound was built in 300 BC by farmers.", []),
    # Not the Isle of Man (I.O.M.): the migration agency.
    ("Staff of the IOM met them in the port.", []),
    # Listed after a place, an abbreviation is one too; alone and unlisted it is not.
    ("Officials in BC, NSW, WA and NJ denied it.", [("BC", ""), ("NSW", ""), ("WA", ""), ("NJ", "")]),
    ("Schools in Quebec and NJ may not reopen.", [("Quebec", ""), ("NJ", "")]),
    ("The WHO and NJ Transit said nothing about it.", []),
])
def test_state_abbreviations_where_the_text_uses_them_as_places(gazetteer, text, expected):
    assert spans(text, gazetteer) == expected


@pytest.mark.parametrize("text, expected", [
    # Only other names of small towns (Igbo-Ukwu, Maud): no place without a place context.
    ("Igbo leaders met in Enugu. A MoD spokesman said troops were sent.", [("Enugu", "")]),
    # The main name with another apostrophe is the town's own name.
    ("Tskhinvali was quiet by noon.", [("Tskhinvali", "")]),
])
def test_other_names_of_small_towns_need_a_place_context(gazetteer, text, expected):
    assert spans(text, gazetteer) == expected


@pytest.mark.parametrize("text, expected", [
    # A surname followed by "and" and another name still ends a person's name.
    ("The car hit Drew Ledbetter and Mark Cole. Ledbetter was treated in Columbia.", [("Columbia", "")]),
    # A demonym after a first name is a surname.
    ("Police Chief Thomas Finn spoke. Helsinki sent Finnish experts.",
     [("Helsinki", ""), ("Finnish", "demonym")]),
])
def test_surnames_of_people_named_in_full(gazetteer, text, expected):
    assert spans(text, gazetteer) == expected


@pytest.mark.parametrize("text, name, key", [
    # A phrase's key is built from its words' keys and what joins them, as key_of() makes it.
    ("Refugees reached Cox's Bazar by boat.", "Cox's Bazar", "cox's bazar"),
    ("Refugees reached Cox’s Bazar by boat.", "Cox’s Bazar", "cox's bazar"),
    ("He grew up in Stratford-upon-Avon.", "Stratford-upon-Avon", "stratford upon avon"),
    # French connectors inside hyphenated names.
    ("Aid reached the capital, Port-au-Prince, by air.", "Port-au-Prince", "port au prince"),
    ("CHARLESTON, W. Va. - Rain fell.", "W. Va.", "w va."),
    ("Boats crossed the Gulf of Sidra.", "Gulf of Sidra", "gulf of sidra"),
    ("They sailed from Bodrum to Kos.", "Kos", "kos"),
])
def test_phrase_keys(gazetteer, text, name, key):
    assert [(s.text, s.key) for s in recognize(text, gazetteer) if s.text == name] == [(name, key)]


@pytest.mark.parametrize("text, expected", [
    # A place's name as a pathogen's or a disease's name is no place in the story.
    ("Cases of the Marburg virus rose in Uganda.", [("Uganda", "")]),
    ("Monkeys carried the Reston strain, vets in Manila said.", [("Manila", "")]),
    ("Officials in Marburg said the lab was safe.", [("Marburg", "")]),
    ("Doctors in Peru saw cases of Lyme disease.", [("Peru", "")]),
    ("Vets in Russia studied Omsk hemorrhagic fever.", [("Russia", "")]),
])
def test_pathogens_named_after_places(gazetteer, text, expected):
    assert spans(text, gazetteer) == expected


@pytest.mark.parametrize("text, expected", [
    # A country's letters fused with a currency sign name the currency, not the country.
    ("The US pledged US$40 million to Kenya.", [("US", ""), ("Kenya", "")]),
    ("Crops worth $US 2 billion were lost in Brazil.", [("Brazil", "")]),
    ("Tickets cost NZ$30 in Auckland.", [("Auckland", "")]),
])
def test_currency_markers_are_not_places(gazetteer, text, expected):
    assert spans(text, gazetteer) == expected


@pytest.mark.parametrize("text, expected", [
    # News agencies named after a place word are organisations.
    ("Xinhua reported new cases in Hunan.", [("Hunan", "")]),
    ("Knight Ridder said the clinic in Ohio closed.", [("Ohio", "")]),
])
def test_news_agencies_are_not_places(gazetteer, text, expected):
    assert spans(text, gazetteer) == expected


@pytest.mark.parametrize("text, expected", [
    # A place's name before "Cartel", "Cup", "Laboratories" names a gang, a race or a firm.
    ("Police in Arizona arrested members of the Sinaloa Cartel.", [("Arizona", "")]),
    ("The Melbourne Cup drew crowds from Japan.", [("Japan", "")]),
    ("Samples went to Hazleton Laboratories in Virginia.", [("Virginia", "")]),
    # A sport or a medium before a country or a state names a body or a broadcaster.
    ("Cricket Australia cancelled the tour of India.", [("India", "")]),
    ("Radio Tirana said the border with Greece was shut.", [("Greece", "")]),
])
def test_places_before_organisation_words(gazetteer, text, expected):
    assert spans(text, gazetteer) == expected


@pytest.mark.parametrize("text, expected", [
    # A title inside the run, or a role noun right before it, starts a person's name, and
    # the surname is a person throughout.
    ("Health Minister Ahmet Bolu said Turkey was ready.", [("Turkey", "")]),
    ("Pitcher Ty Brandt hurt his arm in Ohio.", [("Ohio", "")]),
    ("A poem by the Reverend W.V. Smith was read in Leeds.", [("Leeds", "")]),
    ("The visit by president Barack Obama ended. Obama then flew to Kenya.", [("Kenya", "")]),
    # A small place's name right before a surname that ends the name is a first name...
    ("Laredo Ortiz told reporters in Texas that the well was dry.", [("Texas", "")]),
    # ... but not before a possessive brand or a common word.
    ("Students from Laredo Ortiz High went to Peru.", [("Laredo", ""), ("Peru", "")]),
    # A country's name is no first name.
    ("Officials from Kenya Smith's office met.", [("Kenya", "")]),
])
def test_names_of_people_around_titles_and_surnames(gazetteer, text, expected):
    assert spans(text, gazetteer) == expected


def test_capitalised_direction_words_belong_to_the_region(gazetteer):
    # "South West" alone is a Cameroonian region; before a country it is that country's part.
    assert spans("Storms hit North West England on Sunday.", gazetteer) == [("North West England", "region")]


def test_a_countrys_embassy_names_the_country(gazetteer):
    assert spans("A U.S. Embassy official said flights from Kabul resumed.", gazetteer) == [
        ("U.S.", ""), ("Kabul", "")]


@pytest.mark.parametrize("text, expected", [
    # A name that may be a person's, listed with a place, is a place...
    ("Farmers said Devon and Cornwall had the wettest spring.", [("Devon", ""), ("Cornwall", "")]),
    # ... but not before a street word, nor listed with another person's name.
    ("Crews dug up Harrison and Webster streets in Dallas.", [("Dallas", "")]),
    ("Harrison and Webster both voted no.", []),
])
def test_names_listed_with_places(gazetteer, text, expected):
    assert spans(text, gazetteer) == expected


@pytest.mark.parametrize("text, expected", [
    # A common word that is also a surname ("Mora"), listed with places that are no person's
    # names, is a place, hedged or not...
    ("Convoys went from Maroua via Mokolo and Mora to the camp.", [("Maroua", ""), ("Mokolo", ""), ("Mora", "")]),
    ("Nobody could say whether the trucks had reached Maroua or Mora.", [("Maroua", ""), ("Mora", "")]),
    # ... but not listed with a name that may be a person's, nor with other words, nor first
    # in its sentence.
    ("Judges Washington and Mora ruled on the case.", [("Washington", "")]),
    ("Lawyers Mora and Brown said nothing.", []),
    ("Mora and Maroua were calm, officials said.", [("Maroua", "")]),
])
def test_a_common_word_and_surname_listed_with_places(gazetteer, text, expected):
    assert spans(text, gazetteer) == expected


@pytest.mark.parametrize("text, expected", [
    # A word that only small towns bear as another name (Hudur is Xuddur's, Qaim Al Qa'im's),
    # listed with places, is a place, hedged or not...
    ("Aid trucks may have reached Baidoa and Hudur by now.", [("Baidoa", ""), ("Hudur", "")]),
    ("Most of the families went back to Ramadi, Qaim or Fallujah.", [("Ramadi", ""), ("Qaim", ""), ("Fallujah", "")]),
    # ... but not first in its sentence, nor listed with a person's name.
    ("Hudur and Baidoa were quiet.", [("Baidoa", "")]),
    ("Elders Hudur and Omar said nothing.", []),
])
def test_another_name_of_small_towns_listed_with_places(gazetteer, text, expected):
    assert spans(text, gazetteer) == expected


@pytest.mark.parametrize("text, expected", [
    # A direction word before "and" and a place named with another direction shares its head.
    ("Birds migrate between Central and South America each year.",
     [("Central", "central america"), ("South America", "south america")]),
    ("Talks between North and South Korea resumed.", [("North", "north korea"), ("South Korea", "south korea")]),
    ("The East and West wings closed.", []),
])
def test_direction_words_sharing_a_head(gazetteer, text, expected):
    assert [(s.text, s.key) for s in recognize(text, gazetteer)] == expected


@pytest.mark.parametrize("text, expected", [
    # A name of two words or more after a noun of the press is a publication's title.
    ("The weekly Nairobi Star said Kenya would act.", [("Kenya", "")]),
    ("The daily report from Kenya came late.", [("Kenya", "")]),
])
def test_titles_of_publications(gazetteer, text, expected):
    assert spans(text, gazetteer) == expected


@pytest.mark.parametrize("text, expected", [
    # A place's name before a capitalised street word names a street...
    ("Water pipes burst on Denver Street in Ohio.", [("Ohio", "")]),
    # ... but not before "Highway Patrol" or "Court".
    ("The Texas Highway Patrol closed the road.", [("Texas", "")]),
    # "The City" and "The Center" are no places, "The Hague" is.
    ("The City Council met in The Hague.", [("The Hague", "")]),
    ("Boats crossed the Mediterranean.", [("Mediterranean", "")]),
    ("Club America played in Texas.", [("Texas", "")]),
])
def test_streets_and_article_names(gazetteer, text, expected):
    assert spans(text, gazetteer) == expected


@pytest.mark.parametrize("text, expected", [
    # A middle initial between two names makes both a person's...
    ("The award went to Mary K. Jackson of Ohio.", [("Ohio", "")]),
    ("Olin R. Smith moved to Texas.", [("Texas", "")]),
    # ... but a compass letter is a street's direction.
    ("Shops on N. Lansing closed in Michigan.", [("Lansing", ""), ("Michigan", "")]),
    # "State Journal" after a place's name is a newspaper's.
    ("The Dayton State Journal said rain hit Ohio.", [("Ohio", "")]),
    # the masthead words of other papers too ("Mail", "Monitor", "Standard", ...)
    ("The Malta Mail and the Nairobi Standard both reported floods in Kenya.", [("Kenya", "")]),
    ("Delta Air Lines resumed flights to Peru.", [("Peru", "")]),
    ("Crowds in Texas celebrated Mardi Gras.", [("Texas", "")]),
])
def test_initials_and_newspapers(gazetteer, text, expected):
    assert spans(text, gazetteer) == expected


@pytest.mark.parametrize("text, tokens", [
    ("sub-Saharan Africa and the sub-prime Crisis", ["sub-Saharan", "Africa", "Crisis"]),
    # Only a "sub-" that starts a word joins the capitalised word after it.
    ("xsub-Saharan, Sub-Saharan and 'sub-Saharan", ["Saharan", "Sub", "Saharan", "Saharan"]),
    ("O'Neil's T&T U.S. McAllen-Edinburg", ["O'Neil", "T&T", "U.S.", "McAllen", "Edinburg"]),
    ("Žilina, Łódź and Αθήνα; eÉcole _Paris 9Lagos", ["Žilina", "Łódź", "Αθήνα"]),
])
def test_capitalised_tokens(text, tokens):
    from geomig.geoparse.recognize import _runs

    assert [text[s:e] for run in _runs(text) for s, e in run] == tokens


@pytest.mark.parametrize("text", [
    "Boats left Sfax's port for Lampedusa, said Mr. O'Brien of the U.N. in Côte d'Ivoire.",
    "sudden storms, sea swells; Tripoli's so-called Sabratha-Zawiya road was shut",
    "ships sailed past Cape Bon; sSfax, s.Tunis and s'Kos are no words, 'Sousse' is one",
    "Žilina's Łódź-bound bus left l'Aquila and Val d'Isère for Val-d'Or.",
    # "sub-" is read only in lower case: these texts go to the capitals' pattern
    "Sub-Saharan and SUB-SAHARAN men, a sub–Saharan (dash) group: subs-Sfax, al-Khums.",
])
def test_a_text_without_sub_is_tokenised_by_capitals_alone_as_by_the_whole_pattern(text):
    """Without "sub-" in a text only a capital starts a token: the capitals' pattern finds what
    the whole one does, without stopping at each "s"."""
    from geomig.geoparse.recognize import _CAPITAL_TOKEN, _TOKEN, _runs

    assert [m.span() for m in _CAPITAL_TOKEN.finditer(text)] == [m.span() for m in _TOKEN.finditer(text)]
    # With a "sub-", the whole pattern reads it.
    joined = text + " Crowds crossed sub-Saharan Africa."
    assert [joined[s:e] for run in _runs(joined) for s, e in run][-2:] == ["sub-Saharan", "Africa"]


@pytest.mark.parametrize("text, expected", [
    # A feature word before or after a name the gazetteer lacks as a whole: a lake, a fort or a
    # town of its own, never the place of the other word (Ontario province, Benning in Washington).
    ("sailors crossed Lake Ontario at dawn.", [("Lake Ontario", "feature")]),
    ("the brigade moved to Fort Benning last spring.", [("Fort Benning", "feature")]),
    ("deputies patrolled Tennessee Colony overnight.", [("Tennessee Colony", "feature")]),
    ("rain fell at last on Lake Abaya in Ethiopia.", [("Lake Abaya", "feature"), ("Ethiopia", "")]),
    # The whole name known to the gazetteer stays that place.
    ("ships left Lake Charles for Fort Worth.", [("Lake Charles", ""), ("Fort Worth", "")]),
])
def test_feature_words_keep_their_name_whole(gazetteer, text, expected):
    assert spans(text, gazetteer, keep_rejected=True) == expected
    assert spans(text, gazetteer) == [s for s in expected if s[1] != "feature"]


@pytest.mark.parametrize("text, expected", [
    # A name that may be a person's is a place after a verb of arrival or departure ...
    ("Families walked for a week before reaching Van by bus.", [("Van", "")]),
    ("The convoy left Jordan at noon.", [("Jordan", "")]),
    # ... and stays a person's name otherwise.
    ("Van said the road was open.", []),
])
def test_names_after_verbs_of_movement(gazetteer, text, expected):
    assert spans(text, gazetteer) == expected


@pytest.mark.parametrize("text, expected", [
    # An all-caps word of four or five letters in running text is an acronym ...
    ("a police SWAT team searched the house in Lahore.", [("SWAT", "acronym"), ("Lahore", "")]),
    # ... but not among words in capitals (a headline), nor a dateline's place.
    ("FLOODS REACH SWAT", [("SWAT", "")]),
    ("HUME – The principal said the school would open.", [("HUME", "")]),
])
def test_longer_acronyms_in_running_text(gazetteer, text, expected):
    assert [(t, h) for t, h in spans(text, gazetteer, keep_rejected=True) if t not in ("FLOODS", "REACH")] == expected


def test_universities_named_together_are_organisations(gazetteer):
    # "the universities of A and B" names two universities: the first name is inside the
    # organisation's name as in "University of A"; the second stays a place.
    assert spans("Researchers at the universities of Georgia and Leeds reported the result.", gazetteer) == [("Leeds", "")]


@pytest.mark.parametrize("text, surface", [
    # "the" inside a name joins it, as "of" does: the whole name is the place, not its last word.
    ("Thousands fled the Democratic Republic of the Congo into Uganda.", "Democratic Republic of the Congo"),
    ("He was born in the Republic of the Congo.", "Republic of the Congo"),
])
def test_the_inside_a_name_keeps_the_name_whole(text, surface, gazetteer):
    got = spans(text, gazetteer)
    assert (surface, "") in got and "Congo" not in [t for t, _ in got]


@pytest.mark.parametrize("text, surface", [
    # A dot after an all-caps name ends its sentence; a dotted or lower-case abbreviation keeps its own.
    ("They flew to the US. Then they left.", "US"),
    ("They reached the UK. Many stayed.", "UK"),
    ("Officials in the U.S. said so.", "U.S."),
    ("He moved to Lexington, Ky. last year.", "Ky."),
])
def test_a_dot_after_an_all_caps_name_is_not_its_own(text, surface, gazetteer):
    assert (surface, "") in spans(text, gazetteer)       # a place, not an organisation or a person


@pytest.mark.parametrize("text, expected", [
    # An adjective of an area's part between a preposition and an abbreviation or a
    # common word keeps the place context ...
    ("The refugees were resettled in regional NSW.", ["NSW"]),
    ("Most of them found work across rural NSW last year.", ["NSW"]),
    ("The families were housed in coastal Dover for a month.", ["Dover"]),
    # ... but alone it makes no place of an acronym or a word.
    ("Regional NSW officials met on Monday.", []),
    ("The rural ER closed at night.", []),
])
def test_an_area_adjective_keeps_the_place_context(text, expected, gazetteer):
    assert [t for t, hint in spans(text, gazetteer) if hint in ("", "region")] == expected


@pytest.mark.parametrize("text, runs", [
    # The gaps that join capitalised words into one run, and those that do not; a final dot
    # that may end the sentence is left out ("Va.": the lookup reads it back).
    ("Bank of America, Stratford-upon-Avon", ["Bank of America", "Stratford-upon-Avon"]),
    ("Cox's Bazar, Texas. Then, W. Va., Port de la Selva", ["Cox's Bazar", "Texas", "Then", "W. Va",
                                                           "Port de la Selva"]),
    # Prose between two names, even one short word, is no connector.
    ("Paris said Rome, Oslo and then Bergen", ["Paris", "Rome", "Oslo", "Bergen"]),
    ("the US. The Hague", ["US. The Hague"]),  # a two-letter word's dot reads as an initial's
])
def test_runs_group_tokens(text, runs):
    from geomig.geoparse.recognize import _runs

    assert [text[run[0][0]:run[-1][1]] for run in _runs(text)] == runs


@pytest.mark.parametrize("word, ends_sentence", [
    ("Texas.", True), ("US.", True),         # a name's or an all-caps word's dot ends its sentence
    ("Mr.", False), ("Sen.", False),         # an abbreviation keeps its dot
    ("U.S.", False),                         # so does a dotted one
])
def test_sentence_dot(word, ends_sentence):
    from geomig.geoparse.recognize import _sentence_dot

    assert _sentence_dot(word) is ends_sentence


@pytest.mark.parametrize("gap, joins", [
    (" of ", True), (" de la ", True), ("-upon-", True), (" Of ", True),
    (" said ", False), (" said the ", False), (" of the new ", False), (" ", False), ("", False),
])
def test_connectors(gap, joins):
    from geomig.geoparse.recognize import _connectors

    assert _connectors(gap) is joins


def test_word_reads_a_lone_word_as_phrase_does(gazetteer):
    """_word (remembered per word) gives what _phrase gives of the same word read alone."""
    from geomig.geoparse.recognize import _phrase, _word

    for text in ("in Texas today", "in Ky. today", "in NSW today", "Kan. is", "in US. Then", "Zzyzxq said"):
        start = next(k for k, c in enumerate(text) if c.isupper())
        end = start + len(text[start:].split(" ")[0].rstrip("."))
        end += text[end:end + 1] == "." and text[start:end] in ("Ky", "Kan")
        token, key, what, dotted, _ = _word(gazetteer, text[start:end], text[end:end + 1] == ".")
        assert (key, what) == _phrase(text, start, end, token, gazetteer, {}, True, True), text


@pytest.mark.parametrize("word, inert", [
    ("The", True), ("Monday", True), ("It", True),
    ("Texas", False), ("Zzyzxq", False),   # a place; an unknown name the audit lists
    ("Channel", False),                    # "the Channel" is one of the project's places
])
def test_a_lone_word_is_inert_only_when_it_can_be_nothing(gazetteer, word, inert):
    """_word's last field: the lone words recognize() skips without reading their context."""
    from geomig.geoparse.recognize import _word

    assert _word(gazetteer, word, False)[4] is inert


def test_words_are_remembered_per_gazetteer_and_by_plain_keys():
    """_per_gazetteer answers each gazetteer from its own memo, computes a question once,
    forgets everything past its size, and keys the memo by the other arguments alone (no
    tuple holding the gazetteer for the cycle collector to walk)."""
    import gc

    from geomig.geoparse.recognize import _per_gazetteer

    class Named:
        def __init__(self, name):
            self.name = name

    calls = []

    @_per_gazetteer(2)
    def shout(gazetteer, word, loud):
        calls.append(f"{gazetteer.name}:{word}")
        return f"{gazetteer.name}:{word.upper() if loud else word}"

    first, second = Named("first"), Named("second")
    assert shout(first, "dover", True) == "first:DOVER"
    assert shout(first, "dover", True) == "first:DOVER"
    assert shout(second, "dover", True) == "second:DOVER"
    assert shout(first, "kos", False) == "first:kos"
    assert calls == ["first:dover", "second:dover", "first:kos"]
    shout(first, "lesbos", True)              # a third key: the memo of two is emptied first
    shout(first, "dover", True)
    assert calls[-1] == "first:dover"         # asked again once forgotten
    gc.collect()
    assert not any(any(x is first for x in o) for o in gc.get_objects() if type(o) is tuple)
    with pytest.raises(TypeError, match="one to three arguments"):
        _per_gazetteer(2)(lambda gazetteer, a, b, c, d: a)


def test_organisation_suffix_heads():
    """A suffix of several words is found from its first words."""
    from geomig.geoparse.recognize import _org_suffixes

    suffixes, heads = _org_suffixes("org_suffixes")
    several = [key for key in suffixes if " " in key]
    assert several and all(key.rsplit(" ", 1)[0] in heads for key in several)
    assert not heads & {"said", "police"}
    forces, force_heads = _org_suffixes("force_suffixes")
    assert {"police", "border force"} <= forces and "border" in force_heads


@pytest.mark.parametrize("text, place", [
    ("Kent Police said three boats had landed overnight.", "Kent"),
    ("A spokesman for Essex Constabulary confirmed the arrests.", "Essex"),
    ("The search was led by Shannon Coastguard overnight.", "Shannon"),
])
def test_a_force_named_after_its_place_leaves_the_place(gazetteer, text, place):
    """The force suffixes (data, read as the organisation suffixes are) make the word
    before them a place, even one that is also a first name ("Kent")."""
    assert place in [s.text for s in recognize(text, gazetteer)]


@pytest.mark.parametrize("text, written, key", [
    ("The kwassa left from M'tsamboro on the northern tip of the island.", "M'tsamboro", "mtsamboro"),
    ("The lorries set off from Birni N'Konni before dawn.", "Birni N'Konni", "birni n konni"),
    ("Families who fled Ma'arrat al-Numan sleep in the olive groves.", "Ma'arrat al-Numan", "maarrat al numan"),
    ("Families reached N'Djamena last week.", "N'Djamena", "n'djamena"),  # the gazetteer's own spelling
])
def test_a_name_with_an_apostrophe_the_gazetteer_writes_without_it(gazetteer, text, written, key):
    """A name the gazetteer holds only without its apostrophe, as one word or two, is that
    name; one the gazetteer writes with it keeps its own key."""
    assert [(s.text, s.key) for s in recognize(text, gazetteer) if s.text == written] == [(written, key)]


def test_an_apostrophe_is_not_dropped_from_a_name_the_gazetteer_lacks(gazetteer):
    """Neither spelling known: the name stays unknown."""
    text = "O'Zorblaxa said the boat from Dover was late."
    assert [s.text for s in recognize(text, gazetteer)] == ["Dover"]


@pytest.mark.parametrize("text", [
    "Refugees are arriving in Chad's Lac province faster than the camps can take them.",
    "Most of the new arrivals are in the Lac region, the governor said.",
])
def test_a_common_word_a_division_noun_calls_a_division_is_a_place(gazetteer, text):
    """A capitalised common word that is a division's name ("Lac", French for lake) is a
    place before a lowercase division noun."""
    assert ("Lac", "") in spans(text, gazetteer, keep_rejected=True)


@pytest.mark.parametrize("text, word", [
    ("The Lac meeting in Bol was put off until the rains ended.", "Lac"),
    ("They say Lac is calm, but nobody in the province believes it.", "Lac"),
    # a division noun after a word that names no division: a region of no division
    ("The town lies in North Carolina's Sandhills region, far from any border.", "Sandhills"),
])
def test_a_common_word_without_a_division_noun_after_it_stays_a_word(gazetteer, text, word):
    """No division noun after the word, or one after a word that is no division's name."""
    assert (word, "") not in spans(text, gazetteer, keep_rejected=True)


@pytest.mark.parametrize("text", [
    "Many of the passengers came from Côte d'Ivoire and Guinea.",
    "Many of the passengers came from Côte d’Ivoire and Guinea.",
])
def test_a_name_with_an_elided_article_is_one_name(text, gazetteer):
    # "d'" before a capital joins the run: the country, not "Côte" alone or nothing.
    assert spans(text, gazetteer) == [(text[33:46], ""), ("Guinea", "")]



@pytest.mark.parametrize("text, name", [
    ("Families fled Deir ez-Zor in the night.", "Deir ez-Zor"),
    ("Fighters held Jisr ash-Shughur for a week.", "Jisr ash-Shughur"),
])
def test_a_transliterated_arabic_article_joins_a_name(text, name, gazetteer):
    # "ez-", "ash-": the article before sun letters, as "al-" is joined
    assert (name, "") in spans(text, gazetteer)


@pytest.mark.parametrize("text, name", [
    ("The dinghy was towed by rescuers to Calais.", "Calais"),
    ("Survivors were taken by bus to Dover.", "Dover"),
])
def test_a_verb_of_moving_a_few_words_before_to_makes_a_common_word_a_place(text, name, gazetteer):
    # "towed to Calais" was read, "towed by rescuers to Calais" was not
    assert (name, "") in spans(text, gazetteer)


def test_to_after_words_that_move_no_one_stays_a_common_word(gazetteer):
    assert ("Dover", "") not in spans("Her answer to Dover was polite.", gazetteer)


@pytest.mark.parametrize("text, expected", [
    # A currency's word after a country's name or demonym names the currency.
    ("Each passenger paid 100 US dollars in Libya.", [("Libya", "")]),
    ("They paid 2,000 Libyan dinars in Zuwara.", [("Zuwara", "")]),
    # "won" is no currency word here, nor "real" ("Brazil real estate").
    ("The US won the vote in Geneva.", [("US", ""), ("Geneva", "")]),
    ("Brazil real estate fell.", [("Brazil", "")]),
])
def test_a_currency_word_after_a_country_names_the_currency(gazetteer, text, expected):
    assert spans(text, gazetteer) == expected


def test_a_currency_word_keeps_the_span_for_the_audit(gazetteer):
    assert ("US", "currency") in spans("They paid 100 US dollars.", gazetteer, keep_rejected=True)


@pytest.mark.parametrize("text, expected", [
    # A force or a regiment named after a place is an organisation, not the place.
    ("The Assam Rifles patrol the hills of Mizoram.", [("Mizoram", "")]),
    ("Soldiers of the Punjab Regiment reached Kashmir.", [("Kashmir", "")]),
])
def test_a_regiment_named_after_a_place_is_no_place(gazetteer, text, expected):
    assert spans(text, gazetteer) == expected


@pytest.mark.parametrize("text, expected", [
    # Another name in parentheses inside a name: one place, the whole of it.
    ("The boat was stopped off the Cocos (Keeling) Islands on Friday.", [("Cocos (Keeling) Islands", "")]),
    ("Two boats reached the Cocos Islands.", [("Cocos Islands", "")]),
    # Parentheses after a whole name are left alone.
    ("They flew from Colombo (Sri Lanka) to Perth.", [("Colombo", ""), ("Sri Lanka", ""), ("Perth", "")]),
])
def test_a_name_with_another_name_in_parentheses_is_one_place(gazetteer, text, expected):
    assert spans(text, gazetteer) == expected


@pytest.mark.parametrize("text, expected", [
    # "the Border" of a force's name is no stand-in for the country's borders...
    ("The Border Police said forty people crossed from Turkey.", [("Turkey", "")]),
    ("Migrants were sent back to Belarus, the Border Guard said.", [("Belarus", "")]),
    # ... the lowercase border still is,
    ("Forty people crossed the border from Turkey.", [("the border", "borders"), ("Turkey", "")]),
    # but not before the people who guard it.
    ("Officers of the border police held the group from Turkey.", [("Turkey", "")]),
    ("Their border guards turned back a family from Turkey.", [("Turkey", "")]),
    ("The border patrol stopped a van that had come from Turkey.", [("Turkey", "")]),
    ("Forty people crossed the border while police watched from Turkey.",
     [("the border", "borders"), ("Turkey", "")]),
])
def test_the_border_of_a_force_is_no_border(gazetteer, text, expected):
    assert spans(text, gazetteer) == expected


@pytest.mark.parametrize("text, expected", [
    # A place that is also a first name, before a force named after it, is the place
    # (the gold of local news marks it): "Kent Police", "Lindsay Police".
    ("Officers of Kent Police met the boat at Dover.", [("Kent", ""), ("Dover", "")]),
    # Before a surname it is still a person.
    ("Kent Smith met the boat at Dover.", [("Dover", "")]),
])
def test_a_force_named_after_its_place_keeps_the_place(gazetteer, text, expected):
    assert spans(text, gazetteer) == expected


def test_a_word_capitalised_only_by_its_sentence_start_is_no_audit_row(gazetteer):
    text = "Farmers complained about fuel prices. Most said they would stay. Many left in spring."
    rows = [s.text for s in recognize(text, gazetteer, keep_rejected=True)]
    assert not {"Farmers", "Most", "Many"} & set(rows)
    # Mid-sentence, a rejected word is still listed with its reason.
    assert "Most" in [s.text for s in recognize("Rain fell on Most and its mines, he said.", gazetteer,
                                                keep_rejected=True)]


@pytest.mark.parametrize("text, name", [
    ("Police in the Una-Sana canton stopped forty people.", "Una-Sana canton"),
    # A name the gazetteer holds alone keeps its own span: the noun is only a cue.
    ("The first case was found on a Washington state farm.", "Washington"),
])
def test_a_name_and_its_division_noun(gazetteer, text, name):
    assert name in [s.text for s in recognize(text, gazetteer)]


@pytest.mark.parametrize("text, name", [
    ("Hundreds of families live in the Vial camp.", "Vial"),
    ("The men swam across the Kupa river at night.", "Kupa"),
])
def test_a_feature_noun_makes_a_word_a_place(gazetteer, text, name):
    assert name in [s.text for s in recognize(text, gazetteer) if s.kind_hint == ""]


@pytest.mark.parametrize("text, name, kind", [
    ("Lotte, a volunteer from Hamburg, handed out blankets in Calais.", "Lotte", "person"),
    ("Mbour, a fishing town in Senegal, saw three boats leave.", "Mbour", ""),
    ("The boat left Sfax, a port city, at night.", "Sfax", ""),
])
def test_a_lone_name_described_as_a_person_is_one(gazetteer, text, name, kind):
    got = {s.text: s.kind_hint for s in recognize(text, gazetteer, keep_rejected=True)}
    assert got[name] == kind


@pytest.mark.parametrize("text, expected", [
    # A sentence's first word, an English word with an article or object after it, is the word.
    ("Reading the report, officials said 40 migrants reached Lampedusa.", [("Lampedusa", "")]),
    ('"Reading the figures," she said, "we see more boats from Libya."', [("Libya", "")]),
    ("Police said so. Reading their statement, the charity disagreed.", []),
    # The town where the text uses it as one, or where it opens no sentence.
    ("Officials in Reading said the migrants arrived.", [("Reading", "")]),
    ("They went to Reading the next day.", [("Reading", "")]),
    ("Reading is a town west of London.", [("Reading", ""), ("London", "")]),
    # An article that opens a time is no object: the place is the subject.
    ("Reading this month housed 40 people moved from London.", [("Reading", ""), ("London", "")]),
    ("Nice the next morning was calm, though no boats came from Italy.", [("Nice", ""), ("Italy", "")]),
    ("Reading this year's figures, officials doubted any boat left Libya.", [("Libya", "")]),
    # A country is never the verb, though its name is also an English word.
    ("Turkey this year hosted perhaps 3 million refugees.", [("Turkey", "")]),
    ("Jordan a decade ago did not close its border with Syria.", [("Jordan", ""), ("Syria", "")]),
])
def test_a_word_opening_its_sentence_before_an_article_is_the_word(gazetteer, text, expected):
    assert spans(text, gazetteer) == expected


@pytest.mark.parametrize("text, expected", [
    # A short lowercase particle between hyphens is inside the name.
    ("Families from Mazar-i-Sharif crossed into Iran.", [("Mazar-i-Sharif", ""), ("Iran", "")]),
    ("Trucks left Rostov-on-Don at night.", [("Rostov-on-Don", "")]),
    ("Women walk down to Anse-à-Pitres.", [("Anse-à-Pitres", "")]),
    # A hyphenated phrase that is no name leaves its places apart.
    ("A Libya-to-Italy route reopened.", [("Libya", ""), ("Italy", "")]),
])
def test_a_particle_between_hyphens_joins_a_compound_name(gazetteer, text, expected):
    assert spans(text, gazetteer) == expected


@pytest.mark.parametrize("text, expected", [
    # A common word opening a sentence, a verb after it, is the large town of the name
    # where the text names its country or state as a place.
    ("Split was the first stop for the families from Croatia.", ["Split", "Croatia"]),
    ("Mobile is where the boat docked, on the Alabama coast.", ["Mobile", "Alabama"]),
    # No such area named: the word stays a word.
    ("Split was the first stop. The bus went on to Zagreb.", ["Zagreb"]),
    # An adjective before a noun, or the verb, is no subject.
    ("Split decisions are rare in Croatia.", ["Croatia"]),
    ("Mobile phones were taken from the men in Alabama.", ["Alabama"]),
    ("Split the group, the police in Croatia said.", ["Croatia"]),
])
def test_a_common_word_opening_a_sentence_is_the_town_in_the_area_the_text_names(gazetteer, text, expected):
    assert [s.text for s in recognize(text, gazetteer) if s.kind_hint in ("", "region")] == expected


@pytest.mark.parametrize("text, name, kinds", [
    # A person named in full ("John Dramani Mahama", a middle name the gazetteer lacks;
    # "Ercan Yilmaz", a Turkish given name) makes the bare name a person throughout.
    ("President John Dramani Mahama agreed. Mahama said Accra would house them.", "Mahama",
     {"person"}),
    ("Ercan Yilmaz, 34, fled Turkey by boat. Ercan said the smugglers took his phone.", "Ercan",
     {"person"}),
    # A feature noun after a given name names the place; the camp stays a camp without a person.
    ("Ercan airport receives flights from Istanbul.", "Ercan", {""}),
    ("Burundians in the Mahama camp waited for buses.", "Mahama", {""}),
])
def test_a_person_named_in_full_is_the_bare_name(gazetteer, text, name, kinds):
    assert {s.kind_hint for s in recognize(text, gazetteer, keep_rejected=True) if s.text == name} == kinds


@pytest.mark.parametrize("text, expected", [
    # A count after each member leaves the list one, and its common words places.
    ("Arrivals last week: Chios 2,200, Kos 1,000 and Leros 300.",
     {"Chios": "", "Kos": "", "Leros": ""}),
    ("Officials said perhaps Lesbos, 3,100, and Kos, 2,200, took most of them.",
     {"Lesbos": "", "Kos": ""}),
    ("No boats reached Samos (150) or Kos (1.300) last month.", {"Samos": "", "Kos": ""}),
    # A count in thousands is no ordinal: an age still describes a person, a label numbers a road.
    ("Amara, 34, said she left Sfax.", {"Amara": "person", "Sfax": ""}),
    ("Buses took the Loop 286 exit to Lampedusa.", {"Lampedusa": ""}),
])
def test_a_count_after_a_listed_name_keeps_the_list(gazetteer, text, expected):
    got = {s.text: s.kind_hint for s in recognize(text, gazetteer, keep_rejected=True)}
    assert {name: got.get(name) for name in expected} == expected


@pytest.mark.parametrize("text, name", [
    ("Families may have left al-Hol camp on Monday.", "al-Hol"),
    ("No convoy left el-Geneina for Chad this week.", "el-Geneina"),
    ("A bus from Oslo to Hol was not cancelled.", "Hol"),                  # no article: Norway's Hol
])
def test_a_lowercase_article_hyphened_to_a_name_is_part_of_it(gazetteer, text, name):
    assert name in [s.text for s in recognize(text, gazetteer) if s.kind_hint == ""]


@pytest.mark.parametrize("text, expected", [
    # The possessive of a place before an institution's word leaves the place: it is there.
    ("Kenya's Hospital workers went on strike.", [("Kenya", "")]),
    # ... and a city's, famous or not: only a saint's or a person's name makes an institution's
    ("Refugees slept in Athens' Park Hotel for a week.", [("Athens", "")]),
    ("Students fled to Rome's University of La Sapienza.", [("Rome", "")]),
    ("The boy was taken to Khartoum's Hospital for treatment.", [("Khartoum", "")]),
    ("Migrants slept in Calais' Park for weeks.", [("Calais", "")]),
    ("The students of St Petersburg's University met them.", [("St Petersburg", "")]),
    # Not a possessive institution: the harbour of St Thomas.
    ("The ferry reached St Thomas' harbour at dawn.", [("St Thomas", "")]),
])
def test_a_possessive_before_an_institution_keeps_a_places_name(gazetteer, text, expected):
    assert spans(text, gazetteer) == expected


@pytest.mark.parametrize("text, expected", [
    # An Arabic article that is an English word ("As Sudan") never takes that word in.
    ("As Sudan burned, thousands fled west.", [("Sudan", "")]),
    ("At Chad's border, the trucks waited.", [("Chad", "")]),
])
def test_a_sentences_first_word_is_no_arabic_article(gazetteer, text, expected):
    assert spans(text, gazetteer) == expected


@pytest.mark.parametrize("text, expected", [
    # A place name carried on by "de" into more capitalised words heads a longer name the
    # gazetteer lacks: the namesake of the head is not meant (the audit lists it for review)...
    ("They rented a room in San Juan de Quebradilla for a month.", []),
    ("According to La Estrella de Tumbes, the bus was stopped.", [("Tumbes", "")]),
    # ... a longer name the gazetteer has stays whole,
    ("They flew on to Rio de Janeiro last week.", [("Rio de Janeiro", "")]),
    # and the same name without "de" after it is still the place.
    ("They rented a room in San Juan for a month.", [("San Juan", "")]),
])
def test_a_place_name_carried_on_by_de_heads_a_longer_name(gazetteer, text, expected):
    assert spans(text, gazetteer) == expected


def test_the_head_of_a_longer_name_is_kept_for_review(gazetteer):
    found = spans("They rented a room in San Juan de Quebradilla for a month.", gazetteer, keep_rejected=True)
    assert ("San Juan", "unresolved") in found


@pytest.mark.parametrize("text, expected", [
    # A first word and a place's name with an age after them are a person's name...
    ("Yeisleidy Rondón, 25, and her son left Tumbes.", [("Tumbes", "")]),
    # ... a place's name alone with a number after it (no age, a count) is still the place,
    ("In Tumbes, 25 people waited.", [("Tumbes", "")]),
    # and a distance after it is no age.
    ("The bus left Rondón, 25 km from Tumbes.", [("Rondón", ""), ("Tumbes", "")]),
])
def test_a_name_with_an_age_after_it_is_a_person(gazetteer, text, expected):
    assert spans(text, gazetteer) == expected


@pytest.mark.parametrize("text, expected", [
    # A one-word title after a noun of the press that its seat or nation qualifies.
    ("The Porto daily Portugal said boats left Lisbon.", [("Porto", ""), ("Lisbon", "")]),
    ("Greece's daily Kenya ran the story.", [("Greece", "")]),
    # ... not after a bare noun of the press: "told the newspaper Kenya would act" names Kenya.
    ("He told the newspaper Kenya would act.", [("Kenya", "")]),
    # "The" capitalised inside a sentence, a place and a word the gazetteer lacks: a title.
    ("A spokesman told The Lagos Voice that boats left Benin.", [("Benin", "")]),
    ("Editors at The Kigali Monitor said so.", []),
    # ... not at a sentence's start, nor before a feature's word, nor a place named with "The".
    ("The Lagos ferries left Benin.", [("Lagos", ""), ("Benin", "")]),
    ("Boats went up the Congo River to The Gambia.", [("Congo River", ""), ("The Gambia", "")]),
])
def test_one_word_titles_and_titles_after_a_capitalised_the(gazetteer, text, expected):
    assert spans(text, gazetteer) == expected


@pytest.mark.parametrize("text, expected", [
    # A name joined by an Arabic article is one name: unknown whole, never "Al" an organisation.
    ("He was held in Shuwaikh Al-Sinaiya near Kuwait City.",
     [("Shuwaikh Al-Sinaiya", "unresolved"), ("Kuwait City", "")]),
    ("Families sheltered in Tal El-Kabir after leaving Aleppo.",
     [("Tal El-Kabir", "unresolved"), ("Aleppo", "")]),
    # ... and the gazetteer's own such names are still found whole.
    ("Boats left Ras Al-Khaimah for Deir El-Balah.", [("Ras Al-Khaimah", ""), ("Deir El-Balah", "")]),
    # A person's name with the article is no place, nor anything the audit lists (distractor).
    ("Khaled Al-Ahmad came from Homs.", [("Homs", "")]),
    # A word said twice is one name, not two mentions of the word.
    ("They slept in Poto-Poto before going to Brazzaville.", [("Poto-Poto", ""), ("Brazzaville", "")]),
    ("They moved to Walla Walla.", [("Walla Walla", "")]),
])
def test_names_joined_by_an_article_or_said_twice_are_one_name(gazetteer, text, expected):
    assert spans(text, gazetteer, keep_unknown=True) == expected


@pytest.mark.parametrize("text, expected", [
    # A short lowercase word after a hyphen ends the name where the gazetteer holds it so.
    ("They reached Hpa-an in Myanmar.", [("Hpa-an", ""), ("Myanmar", "")]),
    ("Hpa-an's market reopened.", [("Hpa-an", "")]),
    # ... and is a word of its own otherwise (distractors).
    ("The US-led force met Calais-bound trucks.", [("US", ""), ("Calais", "")]),
])
def test_a_lowercase_tail_after_a_hyphen_ends_a_name(gazetteer, text, expected):
    assert spans(text, gazetteer) == expected


@pytest.mark.parametrize("text, expected", [
    # A generic division ("the Capital region") of no country the text names is no place ...
    ("Officials in the Capital region said the shelters were full.", []),
    ("Families were moved to the capital district, officials said.", []),
    ("Mayors in the Capital Region asked for more beds.", []),
    # ... and is the division where the text names its country, by name or demonym.
    ("Bahrain's police said the Capital governorate was calm.", [("Bahrain", ""), ("Capital", "")]),
    ("Bahraini police said they patrolled the Capital governorate.", [("Bahraini", "demonym"), ("Capital", "")]),
    ("Danish officials said the Capital Region had room.", [("Danish", "demonym"), ("Capital Region", "")]),
    # A division of its own name before the noun is no generic one (distractor).
    ("Most of the new arrivals are in the Lac region.", [("Lac", "")]),
])
def test_a_generic_division_is_a_place_only_in_its_countrys_text(gazetteer, text, expected):
    assert spans(text, gazetteer) == expected


@pytest.mark.parametrize("text, expected", [
    # A lowercase compass word before a name the gazetteer knows only with it is its first word.
    ("Thousands were displaced in north Kivu and fled to Goma.", [("north Kivu", ""), ("Goma", "")]),
    ("Fighting in south Kivu, not in the north, drove them out.", [("south Kivu", "")]),
    # Before a name of its own it stays a direction (distractor) ...
    ("Fighting in north Sudan drove families to Egypt.", [("north Sudan", "region"), ("Egypt", "")]),
    # ... and a compass word that is no part of a name is left alone.
    ("They walked north to Goma.", [("Goma", "")]),
])
def test_a_lowercase_compass_word_begins_a_name_the_gazetteer_has_only_with_it(gazetteer, text, expected):
    assert spans(text, gazetteer) == expected


@pytest.mark.parametrize("text, expected", [
    # Names written with an ʻokina, a modifier letter or a left quote as their apostrophe.
    ("They sailed from Hawaiʻi to Guam.", [("Hawaiʻi", ""), ("Guam", "")]),
    ("They fled from Taʿizz to Maʼrib.", [("Taʿizz", ""), ("Maʼrib", "")]),
    ("They fled from Ta‘izz to Aden.", [("Ta‘izz", ""), ("Aden", "")]),
    # A left quote opening a quotation is no part of a name (distractor).
    ("They called the camp ‘Aden’ in jest.", [("Aden", "")]),
])
def test_names_with_other_apostrophes(gazetteer, text, expected):
    assert spans(text, gazetteer) == expected


def test_a_text_naming_a_generic_division_often_is_read_for_its_countries_once(gazetteer, monkeypatch):
    # The countries a text names are read once per text, not once per "Capital region" in it
    # (a whole-text pass each time made a long text quadratic).
    from geomig.geoparse import recognize as module

    passes = []
    runs = module._runs
    monkeypatch.setattr(module, "_runs", lambda text: passes.append(len(text)) or runs(text))
    text = " ".join(["Officials in the Capital region said Chad and Niger sent food."] * 20)
    spans(text, gazetteer)
    assert len(passes) <= 2


@pytest.mark.parametrize("text, expected", [
    # Unknown words one space apart are one name the gazetteer lacks (made up here), not its
    # first word alone while the rest is dropped.
    ("Families walked from Vrelno Kastidar to the river.", [("Vrelno Kastidar", "unresolved")]),
    ("The convoy reached the Oskarveld Mbarati camp at dawn.", [("Oskarveld Mbarati", "unresolved")]),
])
def test_unknown_words_side_by_side_are_one_name(gazetteer, text, expected):
    assert [x for x in spans(text, gazetteer, keep_rejected=True) if x[1] == "unresolved"] == expected


@pytest.mark.parametrize("text, name", [
    # Distractors: an ordinary word ("Monday") or a comma between unknown words keeps
    # them apart.
    ("Aid trucks left Vrelno Monday and reached the coast.", "Vrelno"),
    ("They went from Vrelno, Kastidar and Mbarati to the coast.", "Vrelno"),
])
def test_unknown_words_are_not_joined_across_a_word_or_a_comma(gazetteer, text, name):
    found = [t for t, hint in spans(text, gazetteer, keep_rejected=True) if hint == "unresolved"]
    assert all(name == t or name not in t for t in found), found


def test_a_long_row_of_unknown_words_is_joined_in_linear_work(gazetteer, monkeypatch):
    # A row of made-up capitalised words (a title-case table, a list of names): joined in one
    # step, not word by word, which normalised (and cached) every longer prefix of the row.
    from geomig.geoparse import recognize as module

    seen = []
    normalize = module.normalize
    monkeypatch.setattr(module, "normalize", lambda s: seen.append(len(s)) or normalize(s))
    syllables = ["vel", "mar", "dor", "ban", "kal", "osk", "tri", "zen"]
    words = [(a + b + c).capitalize() for a in syllables for b in syllables[:5] for c in syllables[:5]][:400]
    text = "Families walked from " + " ".join(words) + " to the river."
    found = [t for t, hint in spans(text, gazetteer, keep_rejected=True) if hint == "unresolved"]
    assert found == [" ".join(words)]
    assert sum(seen) <= 4 * len(text), sum(seen)


@pytest.mark.parametrize("text, expected", [
    # "the Gulf" alone is the Gulf states (supplement.toml), where workers go; after "the" only.
    ("Thousands of Nepalis fly to the Gulf every year for work.", [("Nepalis", "demonym"), ("Gulf", "")]),
    ("The Gulf still draws most of the village's young men.", [("The Gulf", "")]),
    # Distractors: a capitalised word goes on the name ("the Gulf War", "the Gulf Coast"), and
    # "Gulf" without "the" is no such place.
    ("Veterans of the Gulf War marched in Texas.", [("Texas", "")]),
    ("Storms battered the Gulf Coast of Florida, not the Keys.", [("Florida", ""), ("Keys", "")]),
    ("Gulf carriers did not deny they would fly again.", []),
])
def test_the_gulf_alone_is_the_gulf_states_but_not_a_longer_name(gazetteer, text, expected):
    assert spans(text, gazetteer) == expected


@pytest.mark.parametrize("text, surface", [
    # A name the gazetteer lacks, after "the" and before a site's noun (maybe after one word),
    # is kept as a place's, unresolved, for the resolver to place.
    ("Buses took them to the Kvetrahal transit centre before dawn.", "Kvetrahal"),
    ("They said they had lived in the Kvetrahal neighbourhood for years.", "Kvetrahal"),
    ("Families may be moved to the Kvetrahal settlement, officials said.", "Kvetrahal"),
])
def test_a_name_a_site_noun_follows_is_kept_as_a_place(gazetteer, text, surface):
    assert (surface, "unresolved") in spans(text, gazetteer, keep_unknown=True)


@pytest.mark.parametrize("text, surface", [
    # Distractors: no "the" before it; a function word between the name and the noun; no
    # site's noun ("family").
    ("Kvetrahal centre-backs trained on Monday.", "Kvetrahal"),
    ("They met the Kvetrahal in town, a friend said.", "Kvetrahal"),
    ("They met the Kvetrahal family last year.", "Kvetrahal"),
])
def test_a_name_without_a_site_noun_after_the_is_not_kept(gazetteer, text, surface):
    assert (surface, "unresolved") not in spans(text, gazetteer, keep_unknown=True)
