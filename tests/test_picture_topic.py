"""The [document] gate of cues.toml (Lexicon.on_topic): migration stories told without a
migration word (topic_moved) and other movers that keep a text off topic (topic_other), on
paragraphs written for these tests."""

from __future__ import annotations

import dataclasses

import pytest

from geomig.picture import cues

#: Filler that makes a text long (past [document] short_chars) and says nothing.
_CALM = " The weather was mild and the market was busy all week long." * 20


@pytest.mark.parametrize("text", [
    # labour migration: recruiters, a broker's fee, wages sent home, a visa overstayed
    "Every spring the recruiters come to the hill villages with offers of jobs picking fruit in the "
    "south. Most young men pay a broker's fee of two thousand dollars before they go, and the money "
    "they send home pays for roofs and school fees. A few overstay their visas when the season ends.",
    # displacement: families crossing a river into the next province, tents, fighting at home
    "Families from the upper valley, where the fighting has been heavy since May, have been crossing "
    "the river into the next province on rafts. Most of them are women and children, and they are "
    "living in tents beside the road while the district decides what to do.",
    # deportation: men picked up at work, fingerprinted, flown back, without permits
    "Forty-two men picked up on building sites were held for a week and then flown back to their home "
    "country on a chartered plane. Officers took their fingerprints on the first day; several had "
    "worked in the city for years without a valid work permit.",
    # a boat carrying a count of people, who are processed by the police
    "The wooden boat, which reached the jetty before dawn, carried 31 people, among them four "
    "children. They were given blankets and processed by the national police at the harbour.",
], ids=["labour", "displacement", "deportation", "boat-landing"])
def test_a_migration_story_without_migration_words_is_on_topic(text):
    lex = cues.default()
    assert lex.on_topic(text + _CALM)
    # ... and only because of topic_moved: without it the story is silent
    assert not dataclasses.replace(lex, topic_moved=()).on_topic(text + _CALM)


@pytest.mark.parametrize("text", [
    # denied: the text is still about people sent back (the cues read the denial, not the gate)
    "The ministry denied that any of the men picked up on building sites had been flown back to their "
    "home country, and said none of them had overstayed a visa.",
    # hedged: workers who may have paid a broker and may send money home
    "Some of the farm hands may have paid a broker's fee, officials said, and most probably send money "
    "home every month, though nobody has counted.",
], ids=["negated", "hedged"])
def test_a_denied_or_hedged_story_is_still_about_migration(text):
    assert cues.default().on_topic(text + _CALM)


@pytest.mark.parametrize("text", [
    # one kind of moving people alone is any news's: a player flown back home after an injury
    "The striker was flown back to Lisbon after the match and will miss the next game.",
    # a visa-free visit and passports stamped: one kind, told of tourists
    "Tourists can now stay thirty days without a visa, and queues at the harbour were short as "
    "officers stamped passports. Tourists spent more than ever in the old town.",
    # a crime story: sent back to prison, children walking into a school, a passport checked
    "The man was sent back to prison on Monday after the hearing. Children walked into the school "
    "next door as police checked his passport at the gate.",
], ids=["player-flown-back", "tourists-visa-free", "crime-story"])
def test_one_kind_or_tourists_do_not_make_a_text_about_migration(text):
    assert not cues.default().on_topic(text + _CALM)


@pytest.mark.parametrize("text", [
    # a race: runners crossing a bridge into the next town, passports checked, riders flown back
    "More than 3,000 runners crossed the bridge into the neighbouring town on Sunday in the first "
    "cross-border marathon. Officials checked the runners' passports at a special lane, and the "
    "elite runners were flown back to the capital the same evening. The race will run again next year.",
    # a minister's tour: crossing into a country by car, a delegation flown back
    "The foreign minister began a three-nation tour on Monday, crossing into the neighbouring republic "
    "by car after talks in the capital. Her delegation was flown back to the capital on Thursday, and "
    "aides said the official visit had gone well.",
    # an animal migration: herds crossing a river into a reserve, sent back by rangers
    "Thousands of wildebeest crossed the river into the reserve this week, weeks earlier than usual. "
    "Rangers said the herds would be driven back to the plains if they strayed onto farmland, and "
    "the animals were living in the open grassland.",
    # a museum repatriation: looted artefacts sent back and handed over
    "Forty carved artefacts taken by soldiers in 1897 were sent back to the royal palace on Friday. "
    "The museum said the repatriation of the artefacts had taken six years, and curators checked "
    "the export papers before the crates were flown back to the city.",
    # a hospital ship: patients brought to it, its volunteers' work permits stamped by immigration
    "The hospital ship will sail for the next port on Monday after eight months alongside. Patients "
    "came by bus from the northern towns for eye surgery, and the volunteer nurses who fly in each "
    "month had their work permits stamped by immigration officers at the airport. The hospital ship "
    "returns in two years.",
], ids=["race", "minister-tour", "animal-migration", "museum-repatriation", "hospital-ship"])
def test_other_movers_keep_a_text_off_topic(text):
    assert not cues.default().on_topic(text + _CALM)


@pytest.mark.parametrize("text", [
    # a fraud: money sent to an account, a suspect's passport checked
    "The con man told his victims to send money to an account abroad. Police checked his passport "
    "when he landed.",
    # football: a squad flown back home, fans' passports checked
    "The squad was flown back to Madrid after the defeat. Police checked the fans' passports at the "
    "stadium gate.",
    # a festival: campers in tents, passports checked at a ferry
    "Campers stayed in tents beside the lake all weekend. Border guards checked passports at the "
    "ferry terminal.",
    # goods and a pet sent or flown back to a named place
    "The faulty washing machines were sent back to China, and the family dog was flown back to "
    "Britain after the holiday.",
    # a firm hiring, a manager going to work in a capital
    "The bank hired two hundred analysts with offers of jobs in its new office. Two directors went to "
    "work in London and had their passports stamped in Dubai.",
    # students: money home, a night in storm shelters
    "Students sent home money from their summer jobs. Several stayed in shelters during the storm.",
    # a pleasure boat with its passengers
    "The boat, which left the marina at noon, carried 40 passengers on a sunset cruise. Officers "
    "checked passports on the quay.",
], ids=["fraud", "football", "festival", "goods-and-pet", "firm-hiring", "students", "pleasure-boat"])
def test_everyday_travel_and_goods_tell_no_two_kinds_of_moved_people(text):
    assert not cues.default().on_topic(text + _CALM)


@pytest.mark.parametrize("sentence", [
    "Every week hundreds of women cross into Lesotho to look for work.",
    "Thousands of men left the valley for Kazakhstan, crossing the border on foot.",
], ids=["cross-into", "left-for"])
def test_one_crossing_is_one_kind_of_moved_people(sentence):
    # people crossing into a place and a count of them doing so are one crossing, not two kinds
    assert sum(1 for p in cues.default().topic_moved if p.regex.search(sentence)) == 1


@pytest.mark.parametrize("text", [
    # sent back, said of people some words before
    "The men were held in a yard for a week and then flown back to Kabul. Officers took their "
    "fingerprints first.",
    # hedged: wages probably sent home, a broker's fee
    "Most of them probably send money home each month, and many still owe the broker's fee.",
], ids=["held-then-flown-back", "hedged-wages"])
def test_people_sent_back_or_sending_wages_home_still_count(text):
    assert cues.default().on_topic(text + _CALM)


@pytest.mark.parametrize("text", [
    # rallies for or against refugees are migration news
    "Hundreds joined a rally against the new asylum law. Speakers at the rally said refugees "
    "deserved protection. The rally ended peacefully.",
    # delivery riders who fled their country
    "Many of the delivery riders in the city are asylum seekers. The riders said the app pays them "
    "little, and riders who fled the war in Sudan said they cannot go home.",
    # patients among refugees: a clinic in a camp is migration news
    "The clinic in the camp treats refugees who fled the fighting across the border. Its doctors see "
    "two hundred patients a day, and patients with burns are sent to the district hospital; the "
    "asylum office next door registers new arrivals.",
    # patients named more often than the one migration word: still the camp's story
    "The charity's clinic in the refugee camp saw three hundred patients a day last winter. Patients with "
    "scabies and burns were sent to the town's hospital, and some asylum seekers were later moved "
    "to the capital.",
], ids=["rally", "delivery-riders", "camp-clinic-patients", "patients-outnumber-asylum"])
def test_rallies_and_riders_leave_a_migration_story_on_topic(text):
    assert cues.default().on_topic(text + _CALM)


# The gate reads each topic_moved phrase on the lowered text where it can, and not at all in
# a text missing one of its needed words: the answers are those of the phrase as written.
_READ_AS_WRITTEN = [
    "Families walked for hours and crossed into Lesotho before dawn.",     # a place: capital
    "Families walked for hours and crossed into the night, singing.",      # no place after "into"
    "Families did not cross into Lesotho, the police said.",               # negated
    "Families may have crossed into Lesotho, officials said.",             # hedged
    "The men were flown back to Kabul after a week in a yard.",
    "The parcels were flown back to the depot after a week in a yard.",    # a distractor: goods
    "A wooden boat carrying forty people reached the beach.",
    "The Boat Show, carrying forty exhibitors, opened on Friday.",
    "He sends home money every month and owes a broker's fee.",
    "",
]


@pytest.mark.parametrize("text", _READ_AS_WRITTEN)
def test_each_phrase_reads_as_its_regex_as_written(text):
    lex = cues.default()
    lowered = text.translate(cues._FOLD).lower()
    found = frozenset(w for _, w in lex.topic_moved_matcher.iter(lowered))

    def every(rx, within):
        return rx.finditer(within)

    for phrase in lex.topic_moved:
        assert phrase.told(text, lowered, found, every) is (phrase.regex.search(text) is not None), \
            phrase.regex.pattern[:60]


@pytest.mark.parametrize("source, looser, exact", [
    (r"\bcrossed\s+into\b", True, True),
    (r"\binto\s+(?-i:[A-Z])\w+", True, False),          # a capital: matches more once lowered
    (r"\bleft(?!\s+(?-i:[A-Z]))", False, False),         # ... but not in a negative lookahead
    (r"\bleft\s+(?-i:[^A-Z])", False, False),            # nor negated
    (r"\bleft\s+\S+", False, False),                     # an escape lowering would change
], ids=["plain", "capital", "capital-in-negative", "negated-class", "upper-escape"])
def test_a_phrase_is_lowered_only_where_it_matches_at_least_as_much(source, looser, exact):
    lowered, is_exact = cues._lowered_loosely(cues.re.compile(source, cues.re.IGNORECASE))
    assert (lowered is not None, is_exact) == (looser, exact)


def test_a_capital_phrase_still_reads_the_text_as_written():
    phrase = cues._phrase(cues._compile_parts(r"\binto\s+(?-i:[A-Z])\w+", cues.re.IGNORECASE))
    every = lambda rx, within: rx.finditer(within)  # noqa: E731
    for text, told in [("They walked into Lesotho.", True), ("They walked into the night.", False)]:
        lowered = text.lower()
        assert phrase.told(text, lowered, frozenset({"into"}), every) is told
    # a text without its needed word is not searched
    assert not phrase.told("They walked into Lesotho.", "they walked into lesotho.", frozenset(), every)


@pytest.mark.parametrize("letter", ["I", "\u0130"], ids=["I", "dotted-I"])
def test_a_letter_lowering_makes_two_leaves_the_gate_reading_the_same(letter):
    # "İ" lowers to two characters unless folded first: the gate folds a text that holds one
    text = f"{letter}zmir port. Families walked for hours and crossed into Lesotho. " \
           "Men were flown back to Kabul after a week." + _CALM
    assert cues.default().on_topic(text)


# ---------------------------------------------------------------- the learned topic check
# Short reports told without a word the rules know: the topic model (topic.py) passes them.

_HIRED = (
    'A hiring agency in the capital has signed up two hundred young women from the hill districts to work '
    'as carers in homes for old people on the far side of the gulf. Each of them paid the agency a fee of '
    "about a year's wages for the contract and the flight, most of it borrowed from relatives. They left "
    'on three charter flights last week. Their employers took the passports when they landed and keep '
    'them until the contracts end, two of the women told relatives by phone. Most of them plan to send '
    'part of their pay back every month to their parents and children, who stay behind in the villages. '
    "The labour ministry said it would check the agency's licence after complaints from families who had "
    'not heard from their daughters for weeks.')
_WALKED = (
    'The family walked for eleven hours through the hills at night to reach the border, carrying the '
    'youngest child and a bag of bread. A guide they had paid two thousand dollars led them along a dry '
    'riverbed past the fence, then left them in the dark a few hundred metres from the other side. At '
    'dawn they reached a village, where they asked the guards at the police post to let them stay. The '
    'father said they had left their town after their house was destroyed in the fighting and that they '
    'hope to reach his brother, who has lived in the north for six years. The guards gave the children '
    'water and took the family by van to a centre in the nearest town, where some forty people from the '
    'same region were waiting to be registered.')
_BUSSED = (
    'On Monday the authorities put sixty men who had no residence permits on buses at the central station '
    "and drove them back to the frontier, a day's journey to the south. The men had been picked up in "
    'raids on farms and workshops last week and held in a sports hall until the buses came. Several of '
    'them had lived and worked in the country for years, a lawyer for some of the men said, and two left '
    'wives and children behind. At the frontier they were handed to officers from their own country, who '
    'registered them and let them go. The interior ministry said more buses would leave this month, and '
    'that employers who hire workers without permits will be fined.')


#: A community flown out ahead of a flood, told without a migration word (nor an evacuation's).
_FLOWN_OUT = (
    "The first planes carrying elders and mothers with small children from the river settlement landed at "
    "the regional airport on Tuesday, as ice began to pile up against the banks upstream. Council staff at the "
    "airport wrote down each name, checked it against the council's list and handed out hotel rooms. About "
    "two thousand people are expected to leave over the coming week; the town can house only part of them, "
    "and the rest will go on by bus to two smaller towns further south. It is the ninth spring in a row "
    "that the settlement has been emptied. Last year families stayed away for six weeks and the children "
    "missed the end of the school year. The government signed an agreement two years ago to rebuild the "
    "community on higher ground, but construction has not begun.")


@pytest.mark.parametrize("text", [_HIRED, _WALKED, _BUSSED, _FLOWN_OUT],
                         ids=["workers-hired-abroad", "family-walking-over-border", "sent-back-by-bus",
                              "community-flown-out"])
def test_a_story_the_rules_miss_passes_by_the_topic_model(text):
    lex = cues.default()
    assert not lex.topic_by_rules(text)
    assert lex.topic_by_model(text) is not None
    assert lex.on_topic(text)
    # ... and the lexicon for it keeps its topic cues and says why
    doc_lex = lex.for_document(text)
    assert not doc_lex.is_off_topic and doc_lex.topic_model >= lex.topic_model_min


@pytest.mark.parametrize("text", [
    # a match report: visitors, a trip north, fans travelling by coach
    (
        'The visitors took the lead after ten minutes when their striker headed in a corner, and the home '
        'side never recovered. A second goal just before half time, from a long shot that the keeper should '
        'have stopped, ended the contest. The coach said after the match that his players had crossed the '
        "halfway line too rarely and that the team would travel to the north for next week's cup game without "
        "two injured defenders. The club's fans, who had made the long trip by coach, sang until the final "
        'whistle.'),
    # a wildlife migration: herds crossing a river
    (
        'Every year the herds move north across the plains in search of fresh grass after the rains, and the '
        'river crossing, where crocodiles wait in the shallows, draws photographers from all over the world. '
        'This year the first herds reached the river two weeks early, park rangers said, because the dry '
        'season ended sooner in the south. Thousands of animals crossed in a single afternoon on Tuesday, and '
        'guides said the numbers were the largest they had seen in a decade.'),
    # a software migration: records moved to a new system
    (
        'The bank moved its customer records to a new system over the weekend, and some people could not pay '
        'with their cards on Saturday morning while the old servers were switched off. The move of more than '
        "two million accounts took longer than planned, the bank said, but no data was lost. The bank's chief "
        'executive apologised and said the new system would make payments faster and cheaper from next month.'),
    # a minister's state visit
    (
        'The foreign minister flew in on Tuesday for a two-day state visit, met the president and signed an '
        'agreement on trade and energy. The two governments also agreed to open a new consulate and to hold '
        'talks on a gas pipeline next year. The minister laid a wreath at the war memorial, toured a car '
        "factory built with her country's money and flew back home on Wednesday evening."),
    # a cargo ship's voyage
    (
        'The container ship left port on Friday with a load of grain and steel, crossed the strait on Sunday '
        'and is due to reach its home port next week, its owners said. The voyage was delayed by two days by '
        'a storm in the gulf, and the crew of twenty-two had to wait at anchor for the weather to clear. The '
        'ship will be unloaded by the end of the month and then sail for the south with a cargo of cars.'),
], ids=["match", "wildlife", "software", "state-visit", "cargo-ship"])
def test_other_news_stays_off_topic_with_the_topic_model(text):
    lex = cues.default()
    assert lex.topic_by_model(text) is None
    assert not lex.on_topic(text)
    # (herds named twice are other movers: not even the cues that read any text apply)
    assert any(lex.for_document(text) is kept for kept in (lex.off_topic, lex.others_only))


def test_a_text_about_other_movers_is_never_asked_to_the_topic_model():
    # pilgrims and tourists named: theirs is the journey, however the model reads it (one word
    # said twice is left to the model at its own bar: tests/test_picture_topic_other_movers_one_word.py)
    lex = cues.default()
    text = _WALKED.replace("The family", "The pilgrims' family").replace("the guards", "the tourists' guards")
    assert lex.other_movers(text) and lex.topic_by_model(text) is None


def test_the_topic_model_threshold_is_read_from_cues_toml():
    import tomllib
    from importlib.resources import files

    data = tomllib.loads(files("geomig.picture").joinpath("cues.toml").read_text("utf-8"))
    assert 0.5 <= cues.default().topic_model_min == data["document"]["topic_model_min"] < 1
    # ... the one the training script chose for the packaged weights (retrained: set it again)
    import json
    model = json.loads(files("geomig.picture").joinpath("topic_model.json").read_text("utf-8"))
    assert model["threshold"] == data["document"]["topic_model_min"]
    # a threshold of 0 leaves the rules alone
    assert not dataclasses.replace(cues.default(), topic_model_min=0.0).on_topic(_WALKED)


def test_the_topic_model_ships_in_the_package_and_reads_no_names():
    from importlib.resources import files

    from geomig.picture import topic

    assert files("geomig.picture").joinpath(topic.FILE).is_file()
    model = topic.default()
    assert model is topic.default() and model.weights
    assert all(w[0].islower() for f in model.weights for w in f.split())
    assert topic.features("Families from Aleppo walked to Izmir.") == {"from", "walked", "to", "walked to"}
    assert topic.features("they walked, then rested") == {"they", "walked", "then", "rested", "they walked",
                                                          "then rested"}


def test_a_document_passed_by_the_topic_model_is_named_in_the_picture():
    from geomig.geoparse.geocode import geocode_document
    from geomig.models import Document
    from geomig.picture import extract, topic

    picture = extract([geocode_document(Document(doc="walk.txt", text=_WALKED))])
    p = picture.meta[topic.CUE]["walk.txt"]
    assert cues.default().topic_model_min <= p <= 1
    assert picture.to_geojson()["geomig"][topic.CUE] == {"walk.txt": p}


@pytest.mark.parametrize("text", [
    # a football transfer: a move abroad, a family joining, a flight
    "The midfielder completed his move from the French club on Friday after passing a medical, and will "
    "fly out to join his new team-mates at their training camp in the south next week. He said he had "
    "always dreamed of playing abroad and that his family would join him once the season started.",
    # an exchange student with a host family, flying home at the end of the year
    "She arrived in August with two suitcases, one of twelve exchange students placed with host families "
    "in the town this year. She misses her parents and calls them every Sunday. At the end of the year "
    "she will fly home and begin university, but hopes to come back one day.",
    # a business trip: three cities, a return home
    "The chief executive flew out on Monday for a week of meetings with investors, stopping in three "
    "cities before returning home on Friday. Staff travelling with him met officials about a new "
    "factory, and the company may open an office abroad next year.",
    # a diaspora festival: parents who arrived decades ago
    "Thousands gathered in the park on Saturday for the community's annual festival, with music and food "
    "from home. Many were born here to parents who arrived decades ago. Organisers said the festival keeps "
    "the language alive for a new generation.",
    # emigration a century ago, in a museum
    "A century ago, hundreds of thousands of people left the villages of the west for good, sailing in "
    "crowded ships to find work across the ocean. A new exhibition at the county museum tells their story "
    "through letters and tickets lent by their descendants, and shows how much money was sent back.",
    # birds crossing a strait
    "Every autumn millions of birds leave their breeding grounds in the north and fly south across the sea "
    "to spend the winter in warmer lands. Ringers on the cape counted more storks and swallows than ever, "
    "and said many crossed the strait in a single week before the storms.",
    # a band's tour: buses, families joining, many cities
    "The band left on Monday for a six-week tour of the south, with forty dates in twelve cities and a "
    "crew of thirty travelling in three buses. Their families will join them for the final week by the "
    "sea. The singer said the group had spent the winter rehearsing in a barn and could not wait to play "
    "the new songs to crowds again. Tickets for most of the shows sold out within hours.",
    # an office and its servers moved across the river
    "The insurer moved its head office and its servers to a new building across the river over the "
    "weekend, and about four hundred staff will start work there on Monday. Customers could not log in "
    "for several hours on Saturday while the systems were switched over, the company said. The old "
    "building will be sold next year.",
    # goods by train over two borders
    "The first train of the season left the inland terminal on Friday with fifty containers of machine "
    "parts and clothing, and is due to reach the coast in twelve days after crossing two borders. Customs "
    "officers sealed each container before departure. The operator said it would run three trains a week "
    "until the spring, carrying goods that used to go by sea.",
], ids=["football-transfer", "exchange-student", "business-trip", "diaspora-festival", "emigration-a-century-ago",
        "birds", "band-tour", "office-servers", "goods-train"])
def test_look_alikes_stay_off_topic_with_the_topic_model(text):
    lex = cues.default()
    assert lex.topic_by_model(text) is None and not lex.on_topic(text)


@pytest.mark.parametrize("text", [
    "The family walked through the border at night. " * 20_000,       # huge, and on topic
    "".join(chr(c % 0x2FF) for c in range(0, 400_000, 7)),            # junk characters
    "THE MIGRANTS WALKED ACROSS THE BORDER AT NIGHT. " * 5_000,        # only capitals: no feature
    "them border " * 50_000,                                           # the strongest words, again and again
], ids=["huge", "junk", "capitals", "repeated-words"])
def test_the_topic_model_reads_hostile_text_as_a_probability(text):
    from geomig.picture import topic

    p = topic.default().probability(text)
    assert 0.0 <= p <= 1.0
    assert (p == topic.default().probability("")) is text.startswith("THE")   # capitals are never read
    cues.default().for_document(text)       # no exception


# ---- people moved as a body, hired abroad, sent home; drills; herders and their animals ----------

_RELOCATED = ("The whole hamlet of about ninety households was relocated from the river bank to a new site "
              "on higher ground last winter. The old houses were pulled down and the school moved with them.")
_EVACUATED = ("When the volcano woke, the navy evacuated the entire island in two days. Some 3,000 islanders "
              "were taken off by ship and are staying with relatives on the mainland.")
_EXPELLED = ("Police went through the settlement at dawn and expelled more than 600 people, who were put on "
             "lorries with what they could carry. Many had lived there for thirty years.")


@pytest.mark.parametrize("text", [_RELOCATED, _EVACUATED, _EXPELLED], ids=["relocated", "evacuated", "expelled"])
def test_people_moved_as_a_body_are_one_kind_of_moved_people(text):
    lex = cues.default()
    assert lex.tells_people_moved(text + _CALM)
    # ... told by the last two kinds of topic_moved alone (people moved as a body; people put
    # aboard or removed, which the evacuation's ship and the expulsion's lorries also tell)
    assert not dataclasses.replace(lex, topic_moved=lex.topic_moved[:-2]).tells_people_moved(text + _CALM)


@pytest.mark.parametrize("text", [
    # denied, and a warning: nobody was moved
    "The families of the hamlet were not relocated, the council said, and the school stays open.",
    "Residents could be relocated if the river rises further, officials warned on Tuesday.",
    # a building and a ward emptied: no people named, no whole place
    "Firefighters evacuated the building and the patients were moved to another ward.",
    # an evacuation drill: the people go back to class
    "Residents of the two streets were relocated to the hill during Thursday's tsunami drill.",
], ids=["denied", "warning", "building", "drill"])
def test_a_denied_warned_or_rehearsed_evacuation_is_no_moved_people(text):
    assert not cues.default().tells_people_moved(text)


def test_a_drill_beside_an_evacuation_is_what_keeps_it_out():
    text = "Residents of the two streets were relocated to the hill during Thursday's tsunami drill."
    assert not cues.default().tells_people_moved(text)
    assert dataclasses.replace(cues.default(), topic_not_near=None).tells_people_moved(text)


# (review45) people moved out of harm's way for a night or a week are no moved people: a wildfire's,
# a storm's or a bomb threat's evacuation names a count and "moved out", and nobody migrates
@pytest.mark.parametrize("text", [
    "Authorities evacuated more than 1,500 people from the hill villages as the wildfire spread.",
    "Police evacuated 5,000 people from the stadium after a bomb threat on Saturday night.",
    "Residents were moved out of the low streets by bus before the storm made landfall.",
], ids=["wildfire", "bomb-threat", "storm"])
def test_an_evacuation_out_of_harms_way_is_no_moved_people(text):
    assert not cues.default().tells_people_moved(text)
    # ... while a count expelled or relocated is
    assert cues.default().tells_people_moved(text.replace("evacuated", "expelled").replace("moved out of", "relocated from"))


@pytest.mark.parametrize("text, told", [
    ("The agency hired 400 nurses from the provinces to work in hospitals overseas.", True),
    ("The company put its foreign staff on buses and sent them home across the border.", True),
    ("The men were marched back over the frontier by soldiers at first light.", True),
    # a career, goods and a team
    ("The bank hired 40 graduates to work in its offices in the city.", False),
    ("The customs post sent the lorries back across the border for want of papers.", False),
    ("The team flew home after the final and was greeted at the airport.", False),
], ids=["hired-abroad", "sent-home", "marched-back", "hired-at-home", "lorries", "team"])
def test_people_hired_abroad_or_sent_home_across_a_border_are_moved_people(text, told):
    assert cues.default().tells_people_moved(text) is told


@pytest.mark.parametrize("text", [
    "Pupils and teachers left their classrooms and walked to the hill during an evacuation drill on "
    "Thursday. Residents were evacuated from two streets as part of the drill, and everyone was back "
    "home within the hour.",
    "The relay runners crossed the border into the next country on the third day, carrying the torch "
    "through villages and towns. The relay left the capital on Monday and ends on the coast.",
], ids=["drill", "relay"])
def test_a_drill_or_a_relay_stays_off_topic(text):
    for t in (text, text + _CALM):
        assert not cues.default().on_topic(t)


_HERDERS = ("The herding families left their valley in the spring when the soldiers came. Families crossed "
            "into Kestria at night, and women carried children over the river to Dalmo. Villagers moved on "
            "to Orvik when the grass ran out there in the first dry weeks of the summer. Most of them had to "
            "leave behind their animals, and the rest of the animals were sold at the market in the autumn.")


def test_herders_moving_with_their_animals_are_not_other_movers():
    # animals named twice, people moving told more often: the text is the people's
    lex = cues.default()
    assert lex.other_movers(_HERDERS) and not lex.others_prevail(_HERDERS)
    # ... and the animals' own journey, told more often than any person's, is theirs
    animals = ("The animals crossed into the park at dawn. Rangers counted the animals twice, and the "
               "wildlife vets followed the herd to Dalmo.")
    assert lex.others_prevail(animals)


def test_a_familys_own_journeys_count_as_journeys():
    lex = cues.default()
    text = ("His eldest son left the farm in May for Darkhan. Her brother-in-law went back to Jinst in "
            "June. Their daughter moved to Erdenet last year.")
    assert lex._journeys(text, lambda rx, within: rx.finditer(within)) == 3


@pytest.mark.parametrize("text, told", [
    # a state's word for a work permit: issued to workers from abroad, twice a topic word
    ("The department issued 900 general employment permits to cooks from abroad this year, and "
     "refused employment permits to 40 more whose employers could not be reached.", True),
    ("Seasonal pickers arrive on employment permits valid for nine months.", True),
    # an employment office, an employment law: no permit
    ("The employment office reopened and the employment law was amended twice this year.", False),
])
def test_an_employment_permit_is_a_work_permit(text, told):
    lex = cues.default()
    assert (len(list(lex.topic.finditer(text))) >= 1) is told
    if told and text.count("permits") >= 2:
        assert lex.topic_by_rules(text + _CALM)
