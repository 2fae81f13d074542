"""story.py: a work's plot and a past era's moves give no role, zone or route; a report that
names a film or an old year in passing keeps its picture. Sentences written for these tests,
geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import annotate, picture, roles

from geomig.picture import cues, story
from geomig.picture.cues import join_wrapped, mask

FILM_REVIEW = (
    "FILM REVIEW\n\n"
    "Halfway through the new film by a young director, a refugee girl sits in a truck and sings.\n\n"
    "The plot is simple. Amina flees Eritrea with her brother, crosses Sudan, waits for weeks in "
    "Agadez, and is smuggled from Zuwara to Lampedusa on an overcrowded boat.\n\n"
    "The cast of first-time actors is remarkable, but the script leans on its symbols and the "
    "last scene is scored with heavy strings.\n\n"
    "The film premiered at a festival in the spring and opens in cinemas on Friday, with subtitles."
)

THEATRE_REVIEW = (
    "THEATRE\n\n"
    "The playwright's new play premiered at a small theatre last night, directed by a former "
    "actress.\n\n"
    "In the play, two brothers leave Nigeria for Libya, where smugglers hold them in Sebha before "
    "the younger one boards a boat from Tripoli to Malta. The cast of six plays every migrant and "
    "every guard.\n\n"
    "The staging is spare: a rope, a bucket of sea water, a single lamp. It runs until March."
)

MEMORIAL = (
    "A plaque for the emigrants of 1947\n\n"
    "In 1947, hundreds of refugees sailed from Tripoli to Malta on an old steamer, and many went "
    "on to Italy. Their descendants gathered at the harbour to remember them.\n\n"
    "Generations ago their grandparents had fled Libya with nothing, said the historian who wrote "
    "the plaque. "
    "The steamer reached Malta after four days at sea."
)


@pytest.mark.parametrize("text", [FILM_REVIEW, THEATRE_REVIEW, MEMORIAL],
                         ids=["film-review", "theatre-review", "1947-voyage-memorial"])
def test_a_plot_or_a_past_era_gives_no_role_or_route(text):
    pic = picture(text)
    assert roles(pic) == {}
    assert pic.by_role("route") == []
    assert pic.by_role("control_zone") == []


DOCUMENTARY = (
    "Migrants who left Zuwara on Monday reached Lampedusa this morning after two days at sea, "
    "the coastguard said. Most of the 40 people on board were Eritreans.\n\n"
    "A documentary about the crossing, shown at a festival last year, follows the coastguard "
    "crews who meet such boats.\n\n"
    "The survivors were taken to the reception centre on the island."
)

FLASHBACK = (
    "Samira and her two sons reached Malta this week after a night at sea.\n\n"
    "In 2019 the family fled Sudan. They crossed into Libya and worked for two years in Tripoli "
    "before a smuggler took them to Zuwara, where they boarded the boat.\n\n"
    "She said she hopes to join a cousin in Italy."
)


@pytest.mark.parametrize("text, place, role", [
    (DOCUMENTARY, "Lampedusa", "destination"),
    (DOCUMENTARY, "Zuwara", "launch_point"),
    (FLASHBACK, "Sudan", "origin"),
    (FLASHBACK, "Zuwara", "launch_point"),
], ids=["documentary-lampedusa", "documentary-zuwara", "flashback-2019-sudan", "flashback-2019-zuwara"])
def test_a_report_naming_a_film_or_a_recent_past_keeps_its_picture(text, place, role):
    assert role in roles(picture(text)).get(place, set())


@pytest.mark.parametrize("text", [DOCUMENTARY, FLASHBACK], ids=["documentary", "flashback-2019"])
def test_a_report_naming_a_film_or_a_recent_past_keeps_its_route(text):
    assert picture(text).by_role("route")


# A current report with a plot told in passing, or a paragraph of its people's history: that
# passage alone goes.
PASSING_PLOT = (
    "Eritrean migrants who left Zuwara on Monday reached Lampedusa this morning, the coastguard said.\n\n"
    "Their story echoes a recent novel. In the novel, the hero leaves Tunis for Malta and never "
    "writes home."
)

PASSING_HISTORY = (
    "Eritrean migrants who left Zuwara on Monday reached Lampedusa this morning, the coastguard said.\n\n"
    "A century ago the island saw other arrivals: families sailed from Tunis to Malta, and "
    "some of their grandparents settled there."
)


@pytest.mark.parametrize("text", [PASSING_PLOT, PASSING_HISTORY], ids=["novel-plot", "century-ago"])
def test_a_passage_of_plot_or_history_goes_and_the_report_stays(text):
    found = roles(picture(text))
    assert "destination" in found.get("Lampedusa", set())
    assert "Malta" not in found and "Tunis" not in found


# News tells its own events in words a review uses too: scenes, an episode, a chapter, an
# audience, actors, a rally's stage.
RESCUE_REPORT = (
    "Rescuers described harrowing scenes on the quay. Officials blamed smugglers and other "
    "non-state actors, and the mayor told an audience on the stage of a rally that the episode "
    "was a dark chapter for the island.\n\n"
    "The 300 migrants, who had left Zuwara on Sunday, reached Lampedusa this morning."
)


def test_news_words_a_review_uses_too_keep_the_report():
    pic = picture(RESCUE_REPORT)
    assert "destination" in roles(pic).get("Lampedusa", set())
    assert pic.by_role("route")


def _untold(text: str) -> set[int]:
    lex = cues.default()
    joined = join_wrapped(annotate(text), lex)
    return set(story.told_as_story([mask(joined, i, None) for i in range(len(joined.sentences))], lex))


@pytest.mark.parametrize("paragraph, untold", [
    # a year long before any report, or generations, with nothing recent
    ("In 1947, families sailed from Tripoli to Malta.", True),
    ("During the 1940s boats took refugees from Tripoli to Malta.", True),
    ("Between 1848 and 1950 two million people sailed from the port.", True),
    ("Their ancestors crossed to Malta a century ago.", True),
    ("Two generations ago families sailed from Tripoli to Malta.", True),
    # something recent in the paragraph, a move a migrant alive now made, a count, a year running on
    ("In 1947 families sailed from Tripoli to Malta; now their grandchildren make the trip.", False),
    ("In 1947 families sailed to Malta, and in 2023 others followed.", False),
    ("In 1981 his wife came from Tripoli to Malta.", False),
    ("Arrivals in Malta rose from 1500 to 3200.", False),
    ("In 1500 boats families sailed from Tripoli to Malta.", False),
    ("Boats have sailed from Tripoli to Malta since 1950.", False),
    # a clock time, a range of counts, grandparents alive on the boat
    ("The boat left Tripoli for Malta before 1800 GMT.", False),
    ("Between 1500 and 1800 migrants left Tripoli for Malta.", False),
    ("Some travelled with their grandparents and landed in Malta after leaving Tripoli.", False),
], ids=["in-1947", "the-1940s", "between-1848-and-1950", "ancestors-a-century-ago", "generations-ago", "now",
        "later-year", "1981-a-living-migrant", "count-rose", "count-boats", "since", "clock-time",
        "count-range", "grandparents-alive"])
def test_a_paragraph_of_a_past_era(paragraph, untold):
    text = "Eritrean migrants reached Lampedusa on Monday.\n\n" + paragraph
    assert bool(_untold(text) - {0}) is untold
    assert 0 not in _untold(text)


# A text told of a past era (story.of_past_era: more of its years than recent markers) is a
# history column's: its own deportation stands as a report's. A report of now that recalls a
# grandfather's voyage of 1953 keeps only its own moves.
HISTORY_COLUMN = (
    "From our history desk: the summer of 1911\n\n"
    "In June 1911 the authorities ordered the Libyan families of the old town to leave. Some 800 "
    "families left Tripoli on steamers and were deported to Malta, where most of them stayed.\n\n"
    "The old town was rebuilt in 1919, and its new streets took the names of the port's merchants."
)

GRANDFATHER = (
    "Eritrean migrants who left Zuwara on Monday reached Lampedusa this morning, the coastguard said. "
    "Officials said 2024 has been a busy year on the island.\n\n"
    "The mayor recalled his grandfather, who in 1953 was put on a steamer in Tunis with his family "
    "and deported to Malta."
)


def test_a_history_columns_own_deportation_gets_its_roles():
    assert "origin" in roles(picture(HISTORY_COLUMN)).get("Tripoli", set())


def test_a_grandfathers_voyage_in_a_report_of_now_gets_no_role():
    found = roles(picture(GRANDFATHER))
    assert "destination" in found.get("Lampedusa", set())
    assert "Malta" not in found and "Tunis" not in found


@pytest.mark.parametrize("text, past", [
    (HISTORY_COLUMN, True), (GRANDFATHER, False), (MEMORIAL, False), (FLASHBACK, False),
], ids=["history-column", "grandfather", "memorial", "flashback"])
def test_a_text_told_of_a_past_era(text, past):
    assert story.of_past_era(text, cues.default()) is past
