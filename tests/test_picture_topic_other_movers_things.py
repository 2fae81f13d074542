"""Things that are not people told in migration's words give no migration picture ([vars]
THINGS_MOVING in [document] topic_not_near and topic_other): a word or a language that
"emigrated", a music genre that "migrated", a disease that "crossed the border", an instrument
or a telescope that "emigrates" or "is an immigrant". People told in the same verbs keep their
picture, and so does a report of people that says once that their songs travelled with them.

Paragraphs written for these tests."""

from __future__ import annotations

import pytest

from geomig.picture import cues
from extract_helpers import picture, roles


@pytest.fixture(scope="module")
def lex() -> cues.Lexicon:
    return cues.default()


#: Things said to emigrate, migrate, cross a border or be immigrants: no one moves.
THINGS = {
    "a-word": (
        "Some words never leave the village where they were born. One word emigrated "
        "from Tunisia to Italy with the merchants of the middle ages, and from there the word migrated "
        "north into half the languages of Europe. Linguists still argue about the road it took, and "
        "dictionaries in Rome and Tripoli give it a different first meaning. Next week: the word for "
        "a window, and how it crossed the sea the other way."),
    "a-genre": (
        "The music emigrated long before the musicians did. Recordings of the dance bands of Libya "
        "reached Malta in the sixties, and the genre migrated to Italy with the records sailors brought "
        "home. Critics in Rome called it a craze; the dance halls of Sicily filled every Saturday, and "
        "the style has never quite gone out of fashion there. A new festival this summer celebrates the "
        "records and the bands who made them."),
    "an-instrument": (
        "A church organ that stood for a century in a chapel in Rome has left for a parish in Malta. The "
        "organ emigrates in forty crates: builders took it apart over a month, numbered every pipe and "
        "loaded the crates on a ferry from Sicily. The parish priest said the instrument would be "
        "rebuilt over the winter and played for the first time at Easter, and that the old chapel would "
        "become a library."),
    "a-telescope": (
        "The old radio dish crossed the sea on a cargo ship and reached Tunisia on Friday. The telescope "
        "emigrates after thirty years on a hill in Sicily, and engineers will rebuild it on a plateau "
        "near Tunis. \"The dish is an immigrant now,\" joked the director of the observatory, who said "
        "the first observations would be made next year and that students from the university would "
        "help to run it."),
    "a-disease": (
        "The blight crossed the border from Morocco into Spain last spring, and the disease crossed the "
        "frontier again this summer, reaching orchards far to the north. Farmers have burned thousands "
        "of trees, and inspectors at the ports are checking every shipment of fruit. Scientists in "
        "Spain said the fungus could survive a mild winter in the soil and that the spread could go on "
        "for years."),
}


@pytest.mark.parametrize("text", list(THINGS.values()), ids=list(THINGS))
def test_things_moving_are_no_migration(lex, text):
    assert not lex.topic_by_rules(text)
    assert not lex.on_topic(text)


@pytest.mark.parametrize("text", list(THINGS.values()), ids=list(THINGS))
def test_things_moving_give_no_roles(text):
    assert roles(picture(text)) == {}


def test_things_named_twice_are_other_movers(lex):
    # two things moving: the text is theirs, as for pilgrims or tourists (no cue reads it at all)
    text = THINGS["a-word"]
    assert lex.other_movers(text)
    assert lex.for_document(text) is lex.others_only


#: People told in the same verbs: the reports keep their topic and their roles.
PEOPLE = {
    "families-emigrated": (
        "Hundreds of families emigrated from Tunisia to Italy last year, and many more migrated north "
        "after the harvest failed. Those who crossed the border into Libya first said smugglers took "
        "their savings. Aid workers in Rome said the newcomers were sleeping in shelters and that "
        "several hundred had applied for asylum."),
    "musicians-fled": (
        "Musicians fled the fighting in Sudan this spring, and the band's singer emigrated to Egypt with "
        "her children. Refugees from the same town crossed the border on foot, carrying their "
        "instruments, and now play at weddings in the camps. \"We left everything but the songs,\" she "
        "said. Aid workers said more than 3,000 people had been registered as refugees."),
}


@pytest.mark.parametrize("text", list(PEOPLE.values()), ids=list(PEOPLE))
def test_people_told_in_the_same_verbs_keep_the_topic(lex, text):
    assert lex.topic_by_rules(text)
    assert lex.for_document(text) is lex


def test_people_who_emigrated_keep_their_roles():
    got = roles(picture(PEOPLE["families-emigrated"]))
    assert "destination" in got.get("Italy", set())
    assert got.get("Tunisia")


def test_a_report_of_people_whose_songs_travelled_keeps_its_roles(lex):
    # mixed: the songs "migrated" once, beside people who fled and crossed; the people are the story
    text = ("Nigerian migrants who left Libya by boat reached Lampedusa on Sunday, and 120 of them were "
            "taken to the reception centre. Their songs migrated with them: at night the men sing the "
            "music of home. The migrants, most from Nigeria, had set off from Zuwara on Friday, and the "
            "coastguard said another boat had been rescued off Malta.")
    assert lex.on_topic(text)
    got = roles(picture(text))
    assert "launch_point" in got.get("Zuwara", set())
    assert "destination" in got.get("Lampedusa", set())
    assert "origin" in got.get("Nigeria", set())


def test_a_thing_denied_as_mover_leaves_people_their_move(lex):
    # distractor: a word named, but people are the subject of the migration verbs
    text = ("\"Exile\" is an old word. The families who emigrated from Eritrea last year used it of "
            "themselves; thousands of refugees fled to Sudan, and the word was on every sign in the camp.")
    assert lex.on_topic(text)
