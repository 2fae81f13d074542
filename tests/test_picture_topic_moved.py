"""[document] topic_moved_model_min: a text telling one kind of people moved (topic_moved),
short of the count the rules need, passes the learned check at a lower bar. Paragraphs written
for these tests."""

from __future__ import annotations

import dataclasses

import pytest

from geomig.picture import cues

#: Filler that makes a text long (past [document] short_chars) and says nothing.
_CALM = " The weather was mild and the market was busy all week long." * 20

#: One kind of people moved (men flown back to their home country), no migration word.
_SENT_BACK = (
    "Forty-two men picked up on building sites were held for a week and then flown back to their home "
    "country on a chartered plane. Their relatives in the villages said they had not heard from them. "
    "The men had worked in the city for years, building towers and roads, and most had sent money to "
    "their mothers every month.")


@pytest.fixture(scope="module")
def lex() -> cues.Lexicon:
    return cues.default()


def test_one_kind_of_people_moved_lowers_the_learned_checks_bar(lex):
    text = _SENT_BACK + _CALM
    assert not lex.topic_by_rules(text) and lex.tells_people_moved(text)
    p = lex.topic_probability(text)
    assert lex.topic_moved_model_min <= p < lex.topic_model_min
    assert lex.on_topic(text)
    # ... only through that bar
    assert not dataclasses.replace(lex, topic_moved_model_min=0.0).on_topic(text)


@pytest.mark.parametrize("text", [
    # the model leans the same way, but no kind of people moved is told: a flood's evacuees
    # sleeping in schools stay with the model's own bar
    "Hundreds of families were evacuated from the low-lying villages on the coast as the river rose, "
    "and buses took them to schools in the hills. Many of the women and children have been sleeping on "
    "classroom floors for a week. Their men stayed behind to watch the houses and the cattle.",
    # tourists flown home after a storm
    "The tourists were flown back to their home country on a chartered plane after the storm. Hotel "
    "staff said they had enjoyed the beaches and the markets. The airline said more flights would follow.",
], ids=["evacuated-nearby", "tourists"])
def test_without_people_moved_the_bar_stays(lex, text):
    text += _CALM
    assert not lex.tells_people_moved(text)
    assert lex.topic_model_needs(text) == lex.topic_model_min
    assert not lex.on_topic(text)


#: People made to leave their homes, or moved out to a named place, told in words of their own.
@pytest.mark.parametrize("sentence", [
    "About four thousand people have had to leave their homes since the dam began to spill.",
    "The families were forced to abandon their villages when the soldiers came back in March.",
    "Herders driven from their land by the drought now sell coal at the edge of the capital.",
    "A few households from the upper valley, on the far side of the ridge, were also flown out to Kingsford.",
    "By the evening most of the villagers had been moved by bus to Norrhaven and housed in a school.",
], ids=["had-to-leave", "forced-to-abandon", "driven-from", "flown-out-to", "moved-by-bus-to"])
def test_people_made_to_leave_their_homes_are_one_kind_of_people_moved(lex, sentence):
    assert lex.tells_people_moved(sentence + _CALM)


@pytest.mark.parametrize("sentence", [
    # a warning, a future, a denial
    "Residents may have to leave their homes if the river keeps rising tonight.",
    "The families were not forced to leave their homes, the mayor insisted.",
    # evacuated, but to nowhere named: a flood's night in the school hall
    "Hundreds of families were evacuated from the low-lying streets as the water rose.",
    # birds, a company's servers, goods, a band
    "The storks had to leave their nests early, and the flock was relocated to Lake Varna by the rangers.",
    "The bank relocated its servers to Dublin and moved its customers to a new platform.",
    "The crates were flown out to Rotterdam and the containers were moved by rail to Duisburg.",
    "The band left their homes in the suburbs for a six-week tour and flew out to Lisbon.",
], ids=["warning", "denied", "evacuated-nowhere", "storks", "servers", "goods", "band"])
def test_look_alikes_of_people_made_to_leave_are_no_kind_of_people_moved(lex, sentence):
    assert not lex.tells_people_moved(sentence + _CALM)


def test_people_made_to_leave_count_beside_a_topic_word(lex):
    # two kinds: displaced people, and a wish to be resettled; without the first, one alone
    text = ("Since the spillway opened, some nine thousand people have had to leave their homes along the "
            "lower river. Many households say they would rather be resettled on higher ground than go back." + _CALM)
    assert lex.topic_by_rules(text)
    assert lex.on_topic(text)


@pytest.mark.parametrize("sentence, told", [
    ("About sixty people left Rivertown on foot on Monday and walked north along the highway.", True),
    ("Some two hundred families left San Aurelio on foot before dawn.", True),
    ("About three hundred people left the stadium on foot after the match.", False),   # no place named
    ("The forty hikers left Keswick on foot at dawn.", False),                         # hikers, no count of people
    ("Sixty people left Rivertown by coach for the weekend.", False),                  # a coach trip
], ids=["sixty-people", "families", "stadium", "hikers", "coach"])
def test_a_count_of_people_leaving_a_named_place_on_foot_is_one_kind_of_people_moved(lex, sentence, told):
    assert lex.tells_people_moved(sentence + _CALM) is told


@pytest.mark.parametrize("text, about", [
    ("About sixty people left Rivertown on foot on Sunday for a charity walk to Seatown, raising money for "
     "the local hospital. The walkers, men and women of all ages, arrived in the evening.", False),
    ("Some two hundred people left Rivertown on foot on Saturday on a sponsored walk to Seatown for the "
     "lifeboat station; most were back home by nightfall.", False),
    # people leaving on foot, no charity walk: still one kind of people moved, on topic with the model's help
    ("About sixty people left Rivertown on foot on Sunday, heading north towards the border. Most had "
     "waited months for papers that never came, and said they could not stay any longer.", True),
], ids=["charity-walk", "sponsored-walk", "on-foot-north"])
def test_a_walk_for_a_charity_is_no_people_moved(lex, text, about):
    # (review44: the charity walk passed by the rules and drew a route from Rivertown to Seatown)
    assert lex.on_topic(text) is about


#: People moved as a body to a resettlement or relocation site (session 46), told without a
#: migration word.
@pytest.mark.parametrize("sentence, told", [
    ("Another ninety households left the valley on Tuesday for the government's resettlement village "
     "at Hillview.", True),
    ("The families were taken by lorry to a relocation site outside the town.", True),
    ("The families have not moved to the resettlement village, the chief said.", False),   # denied
    ("The relocation site is ready, officials said, but no one has gone.", False),         # no one going
], ids=["left-for-resettlement-village", "taken-to-relocation-site", "negated", "site-alone"])
def test_people_moved_to_a_resettlement_site_are_one_kind_of_people_moved(lex, sentence, told):
    assert lex.tells_people_moved(sentence + _CALM) is told


#: A live blog's evacuation told as it happens: people being flown out to a named place (not only
#: "flown out"), in the present too.
@pytest.mark.parametrize("sentence, told", [
    ("Families lifted off the roofs in the lower town are being flown to Kestrel Bay.", True),
    ("By noon the villagers had been flown to Marbeck, where a hall has opened for them.", True),
    ("Residents of the island were flown to Orvik on Tuesday.", True),
    # a warning, a denial, a drill, a team, the injured: no people moved
    ("Residents could be flown to Kestrel Bay if the water keeps rising.", False),
    ("The families were not flown to Marbeck, the council said.", False),
    ("Residents were flown to Orvik during the evacuation exercise on Tuesday.", False),
    ("The players were flown to Lisbon on Tuesday for the cup tie.", False),
    ("The two injured climbers were flown to Marbeck by the coastguard.", False),
], ids=["being-flown", "had-been-flown", "were-flown", "warning", "denied", "drill", "team", "injured"])
def test_people_being_flown_out_to_a_named_place_are_one_kind_of_people_moved(lex, sentence, told):
    assert lex.tells_people_moved(sentence + _CALM) is told


def test_a_storms_evacuees_flown_out_stay_off_topic_where_the_model_finds_them_far(lex):
    # one kind of people moved lowers the bar, but a night's shelter after a storm stays below it
    text = ("The storm brought down power lines across the bay overnight. Residents of two streets were flown "
            "to Marbeck by helicopter and spent the night in the sports hall. By the morning the roads were "
            "open again and everyone had gone home. The council thanked the volunteers." + _CALM)
    assert lex.tells_people_moved(text)
    assert not lex.on_topic(text)
