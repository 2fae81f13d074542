"""A journey told in news order is one route in travel order (a user's trial, session 23): a lede
that names the end first ("Women who reached X described a trip that began in Y"), then the
story in travel order, a flashback, a hoped-for crossing and a second group. The route runs
from the start to the end through the stops told between, never back along stops already
passed; a guess of the corridor's order gives way to the told legs.

Reports written for these tests (other routes of the world), geocoded by the real gazetteer."""

from __future__ import annotations

import pytest

import geomig
from geomig.picture import extract

KHARTOUM = """Eritrean refugees who reached Cairo in October described a journey that began in \
Khartoum in the spring.

The refugees said a smuggler took them from Khartoum to Atbara, where they waited for a week. From \
there a truck took them north to Wadi Halfa. {middle}

In Wadi Halfa, police held five of them for ten days. The group then crossed the desert to Aswan, \
where they slept in a mosque for a month.

One of them, Tesfay, 23, said it was not his first attempt. Two years ago he had been sent back \
from Aswan to Kassala with dozens of others.

Last week the refugees took a train from Aswan to Cairo. They said they are now waiting for a boat \
to cross to Italy.

A second group of Sudanese refugees said they had been driven from Port Sudan to Kassala."""

KHARTOUM_WAY = ("Khartoum", "Atbara", "Wadi Halfa", "Aswan", "Cairo")

TEKNAF = """Rohingya refugees who reached Aceh last month described a voyage that began in Teknaf.

They said a boat took them from Teknaf to Sittwe, where more passengers boarded. From there they \
sailed south to Phuket. {middle}

Off Phuket, the navy held the boat for two days. The group then sailed on to Aceh.

Before that, some of them had lived for years in Kutupalong.

A second boat from Cox's Bazar was turned back by the navy."""

TEKNAF_WAY = ("Teknaf", "Sittwe", "Phuket", "Aceh")


KABUL = """Seven Afghan migrants who reached Edirne this week described a journey that began in \
Herat in the spring.

The men, most of them farmers, said they paid a smuggler to drive them across the border into Iran \
near Islam Qala. They spent a month in Tehran before a driver took them to Urmia. From there they \
walked over the mountains and reached Van three days later.

In Van, police held two of them for a week. The group then took a bus to Istanbul, where they \
rented a room in Zeytinburnu.

One of them, Karim, 22, said it was not his first attempt. Three years ago he had been sent back \
from Van to the Iranian border with dozens of others.

On Monday the seven took a minibus from Istanbul to Edirne and walked towards the Evros. {middle} \
They said they are now waiting for a boat to cross into Greece."""

KABUL_WAY = ("Herat", "Islam Qala", "Tehran", "Urmia", "Van", "Istanbul", "Edirne")


def routes(text: str) -> list[tuple[str, ...]]:
    pic = extract([geomig.geocode_document(geomig.Document("news.txt", text))])
    return sorted(tuple(f.properties["stop_names"]) for f in pic.by_role("route"))


def back_along(route: tuple[str, ...], way: tuple[str, ...]) -> bool:
    """Whether a route goes between two stops of the told way in the opposite order."""
    at = [way.index(s) for s in route if s in way]
    return any(a > b for a, b in zip(at, at[1:]))


@pytest.mark.parametrize("middle", [
    "",
    # a distractor: a place named as no one's stop
    "Officials in Ankara say the border grows busier every year.",
    # a denied and a hedged stop add nothing to the way
    "They did not pass through Tabriz.",
    "They may have passed through Tabriz.",
], ids=["plain", "distractor", "denied", "hedged"])
def test_a_journey_told_in_news_order_is_one_route_in_travel_order(middle):
    found = routes(KABUL.format(middle=middle))
    # the lede's end goes last; the told legs join over the placeless sentence ("The group
    # then ...") and over the flashback; no guess runs back along the stops passed
    ours = [r for r in found if "Herat" in r or "Van" in r or "Urmia" in r]
    assert ours == [(*KABUL_WAY, "Evros")], found
    assert not any(back_along(r, KABUL_WAY) for r in found), found
    assert not any("Tabriz" in r or "Ankara" in r for r in found)


def test_a_journey_told_across_a_flashback_in_another_corridor_stays_in_travel_order():
    found = routes(KHARTOUM.format(middle=""))
    assert any(r[-len(KHARTOUM_WAY):] == KHARTOUM_WAY for r in found), found
    assert not any(back_along(r, KHARTOUM_WAY) for r in found), found
    # the second group's way is its own: none of the first group's stops
    assert not any("Port Sudan" in r and set(r) & set(KHARTOUM_WAY) for r in found), found


def test_a_voyage_told_in_news_order_is_one_route():
    found = routes(TEKNAF.format(middle=""))
    assert [r for r in found if "Teknaf" in r] == [TEKNAF_WAY], found
    assert not any("Kutupalong" in r or "Cox's Bazar" in r for r in found), found


@pytest.mark.parametrize("sentence, goes_on, later", [
    ("The group then took a bus to Istanbul.", True, True),
    ("The migrants later walked to the river.", True, True),
    ("The group took a bus to Istanbul.", True, False),
    # what they say, or had done, is no step on
    ("The group then said the road was closed.", False, False),
    ("The group then had to wait.", False, False),
], ids=["then", "later", "plain", "said", "had"])
def test_the_travellers_then_going_on_is_a_later_step(sentence, goes_on, later):
    from geomig.picture import cues

    found = cues.route_modes(cues.default())["goes_on"].match(sentence)
    assert bool(found) == goes_on
    assert bool(found and (found.group("later") or found.group("then"))) == later


@pytest.mark.parametrize("text, back", [
    ("Police pushed thirty migrants back across the Evros to Turkey. They returned to Edirne on foot.",
     ("Evros", "Edirne")),
    # told the other way round: the town first, then its country
    ("The migrants returned to Edirne on foot after police had pushed them back across the Evros to Turkey.",
     ("Evros", "Edirne")),
], ids=["country-first", "town-first"])
def test_a_return_to_a_country_and_to_its_town_is_one_return(text, back):
    found = routes(text)
    assert back in found, found
    assert ("Evros", "Turkey") not in found, found
