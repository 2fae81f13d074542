"""The [document] gate's topic_journeys (Lexicon.topic_by_rules): a story of people made to
move between named places, told in several sentences, is about migration though it never
says "migrant", "refugee" or "asylum"; a race, a flock, a data move, a tour or an office
moving house is not. Paragraphs written for these tests."""

from __future__ import annotations

import dataclasses

import pytest

from geomig.picture import cues

#: Filler that makes a text long (past [document] short_chars) and says nothing.
_CALM = " The weather was mild and the market was busy all week long." * 20


@pytest.fixture(scope="module")
def lex() -> cues.Lexicon:
    return cues.default()


def _without_journeys(lex: cues.Lexicon) -> cues.Lexicon:
    """The gate without topic_journeys nor the learned check: the rules before it."""
    return dataclasses.replace(lex, topic_journeys=None, topic_model_min=0.0)


@pytest.mark.parametrize("text", [
    # a flood: villagers airlifted, moved on to a town, some never going home
    "The river rose for nine days. Villagers from the lower valley were airlifted to Karsten by army "
    "helicopters, a few families at a time. From there most households were moved on to Lindqvist, "
    "where the district had opened two schools. Some residents went back to their villages in the "
    "spring; many others have stayed in Lindqvist and say the valley is finished.",
    # herders escorted over a border after raids on their camps
    "After the raids on their camps, herders from the northern plateau were escorted across the "
    "border to Ostrava by soldiers. Their families followed on foot with what they could carry. "
    "Women and children were later taken to Velden, where the council found them rooms. Several "
    "men crossed back into Halvar to look for relatives.",
    # an island's people relocating, over years, to the mainland
    "When the sea began to reach the gardens, the families of the atoll agreed to leave their "
    "island. The first households moved to Marren in 2010, on a boat the church paid for. Others "
    "followed over the next ten years, and by now most islanders have settled on the Marren "
    "coast. Young people have moved on from Marren to Tessel to look for work.",
    # labour: workers recruited in villages, flown out, sent home
    "The agency recruited workers from the hill villages to Dornbach for the harvest. The workers "
    "were flown from Sarno to Dornbach in March and housed in containers on the farm. When the "
    "season ended, most of the pickers returned to Sarno. A few workers left for Grenholm, where "
    "a cousin had found them jobs.",
], ids=["flood-airlift", "herders-escorted", "island-relocation", "workers-recruited"])
def test_people_made_to_move_again_and_again_are_about_migration(lex, text):
    for word in ("migra", "refugee", "asylum"):
        assert word not in text.lower()
    assert lex.topic_by_rules(text + _CALM)
    # ... and only because of topic_journeys
    assert not _without_journeys(lex).on_topic(text + _CALM)


@pytest.mark.parametrize("text", [
    # a sled race: mushers and dogs leaving one town for the next
    "The sled race left Anvik on Sunday with forty teams. Mushers crossed the river to Grayling "
    "overnight, and the leaders reached Kaltag by Tuesday. Dogs that tired were flown back to "
    "Anchorage. The winner is expected in Nome next week, and the organisers moved the finish "
    "line to Front Street because of the thaw.",
    # a bird migration: flocks leaving for the south, crossing the strait
    "Millions of birds left the northern marshes for Africa this month. The flocks crossed the "
    "strait to Tarifa in the first week of September, and storks were seen moving on to Morocco "
    "within days. Ringers said the young birds returned to the same roosts as their parents. "
    "Counters at Gibraltar recorded the largest numbers since the survey began.",
    # a data migration: accounts and users moved to new servers
    "The bank moved its customers' accounts to a new platform over the weekend. Users were moved "
    "to the Frankfurt servers in three waves, and staff crossed over to the new system on Monday. "
    "Records that failed to copy were sent back to Dublin for checking. Customers were told to "
    "log in again from Tuesday.",
    # a band's tour: the band and its crew going from city to city
    "The band left London on Friday for a tour of twelve cities. They flew to Berlin for the "
    "first show and drove on to Prague and Vienna, where fans had queued since dawn. The crew "
    "moved the stage to Budapest overnight. The tour ends in Madrid next month, and the band "
    "then returns to London to record.",
    # a company relocation: an office and its staff moving to another capital
    "The insurer will move its headquarters from London to Dublin next year. About 300 staff "
    "will relocate to Dublin, and the company has leased two floors near the docks. Employees "
    "who do not want to move to Dublin will be offered jobs in Leeds. The chief executive "
    "said the move was about regulation, not tax.",
    # a rowing squad: the men's and women's crews flying from regatta to regatta
    "The men's eight left for Lucerne on Monday after a week of training in Varese. The women's "
    "four moved on to Poznan for the second regatta of the season. The men's double returned to "
    "London with a silver medal, and the women's crews flew home from Poznan on Sunday.",
], ids=["sled-race", "bird-migration", "data-migration", "band-tour", "company-relocation", "rowing-teams"])
def test_journeys_of_animals_data_sport_tours_and_offices_stay_off_topic(lex, text):
    assert not lex.on_topic(text + _CALM)


_TWICE = ("Families from the lower valley were moved to Karsten after the flood. "
          "Some residents went back to their villages in the spring.")
_THIRD = " Most households were later moved on to Lindqvist, where the district had opened schools."


def test_a_journey_told_once_or_twice_is_any_news(lex):
    # people taken to a hospital, people moving to a state: told twice, the story is not theirs
    assert lex._journeys(_TWICE + _CALM, lambda rx, within: rx.finditer(within)) == 2
    assert not lex.topic_by_rules(_TWICE + _CALM)
    assert lex.topic_by_rules(_TWICE + _THIRD + _CALM)


def test_journeys_in_one_sentence_count_once(lex):
    one = ("Families were moved to Karsten, residents were moved to Lindqvist, and households "
           "were moved to Tessel")
    assert lex._journeys(one + "." + _CALM, lambda rx, within: rx.finditer(within)) == 1
    assert not lex.topic_by_rules(one + "." + _CALM)


@pytest.mark.parametrize("after", ["on Monday", "in March", "on the Tuesday", "to the market"],
                         ids=["weekday", "month", "the-weekday", "no-name"])
def test_a_day_a_month_or_an_unnamed_place_is_no_journey(lex, after):
    assert lex.topic_journeys.search(f"Families left {after}.") is None
    assert lex.topic_journeys.search("Families left for Karsten.") is not None


def test_other_movers_keep_a_journey_story_off_topic(lex):
    # pilgrims named twice and more than the journeys: the text is theirs (topic_other)
    text = ("Pilgrims walked from the coast for the festival. Families from the lower valley were "
            "taken to Karsten by bus. Residents left for Lindqvist. Villagers crossed into Tessel "
            "to join the pilgrims. The pilgrims will stay a week.")
    assert lex._journeys(text, lambda rx, within: rx.finditer(within)) == 3
    assert not lex.topic_by_rules(text + _CALM)
