"""Roles: places reporters name in their own wording, which no cue gave a role:
landings shared out among places after a landing verb (destination.landings_shared), a shore or
harbour left with words between the verb and the shore (launch.left_shore), a boat taken into a
port by those who found it (destination.into_port), where people told someone they came from
(origin.told_came_from), and the towns of a country named after a dash or a parenthesis
(origin.from_named_within).
Each cue is tested with negation, hedging and a distractor (a tourist, a sports team, goods, an
official, a road that only leads somewhere).

Sentences written for these tests, on routes of other parts of the world; geocoded by the tiny
fixture gazetteer (tests/extract_helpers.py) with the places below added."""

from __future__ import annotations

import pytest
from extract_helpers import REPORTED, picture, with_places
from extract_helpers import reported_role_of as role_of

#: Places of these tests: surface -> (id, kind, country, lat, lon, gazetteer name).
EXTRA = {
    "Tanga": ("test:tanga", "city", "TZ", -5.07, 39.10, "Tanga"),
    "Pemba": ("test:pemba", "island", "TZ", -5.2, 39.8, "Pemba"),
    "Kilwa": ("test:kilwa", "city", "TZ", -8.96, 39.51, "Kilwa"),
    "Tanzania": ("test:tanzania", "country", "TZ", -6.0, 35.0, "Tanzania"),
    "Mayotte": ("test:mayotte", "island", "YT", -12.8, 45.15, "Mayotte"),
    "Mamoudzou": ("test:mamoudzou", "city", "YT", -12.78, 45.23, "Mamoudzou"),
    "Dzaoudzi": ("test:dzaoudzi", "city", "YT", -12.79, 45.28, "Dzaoudzi"),
    "Bandrele": ("test:bandrele", "city", "YT", -12.91, 45.19, "Bandrele"),
    "Anjouan": ("test:anjouan", "island", "KM", -12.2, 44.4, "Anjouan"),
    "Mutsamudu": ("test:mutsamudu", "city", "KM", -12.17, 44.40, "Mutsamudu"),
    "Quepos": ("test:quepos", "city", "CR", 9.43, -84.16, "Quepos"),
    "Golfito": ("test:golfito", "city", "CR", 8.64, -83.18, "Golfito"),
    "Puntarenas": ("test:puntarenas", "city", "CR", 9.98, -84.83, "Puntarenas"),
    "Jaffna": ("test:jaffna", "city", "LK", 9.66, 80.01, "Jaffna"),
    "Batticaloa": ("test:batticaloa", "city", "LK", 7.73, 81.69, "Batticaloa"),
    "Trincomalee": ("test:trincomalee", "city", "LK", 8.57, 81.23, "Trincomalee"),
    "Sri Lanka": ("test:sri-lanka", "country", "LK", 7.8, 80.7, "Sri Lanka"),
    "Mindanao": ("test:mindanao", "island", "PH", 7.5, 125.0, "Mindanao"),
    "Davao": ("test:davao", "city", "PH", 7.07, 125.61, "Davao"),
    "Cotabato": ("test:cotabato", "city", "PH", 7.22, 124.25, "Cotabato"),
    "Sulu": ("test:sulu", "admin", "PH", 6.0, 121.0, "Sulu"),
    "Philippines": ("test:philippines", "country", "PH", 12.0, 122.0, "Philippines"),
    "Herat": ("test:herat", "city", "AF", 34.35, 62.20, "Herat"),
    "Lyon": ("test:lyon", "city", "FR", 45.76, 4.84, "Lyon"),
}


#: Nationality words of these tests: word -> the place it stands for.
DEMONYMS = {"Sri Lankan": "Sri Lanka", "Filipino": "Philippines"}


@pytest.fixture(autouse=True)
def more_places(monkeypatch):
    with_places(monkeypatch, EXTRA, DEMONYMS)


def cues_of(text: str, place: str) -> set[str]:
    """The cues of every claim on a place in the picture of a text told after REPORTED (a
    distractor other cues may still read is checked against the cue it must not fire)."""
    return {c["cue"] for f in picture(REPORTED + text).features if f.name == place
            for c in f.properties.get("claims", [])}


# ------------------------------------------------------------------ landings shared out

@pytest.mark.parametrize("text, place", [
    ("Three canoes reached Mayotte over the weekend, one on the beach of Bandrele and the other "
     "at Dzaoudzi.", "Bandrele"),
    ("Three canoes reached Mayotte over the weekend, one on the beach of Bandrele and the other "
     "at Dzaoudzi.", "Dzaoudzi"),
    ("Two kwassa boats came ashore on Mayotte this week, the first near Mamoudzou.", "Mamoudzou"),
    # hedged: still a landing
    ("Two skiffs apparently landed on Mayotte, one at a cove near Bandrele.", "Bandrele"),
], ids=["first-of-two", "second-of-two", "the-first", "hedged"])
def test_landings_shared_out_are_destinations(text, place):
    assert role_of(text, place) == {"destination"}


@pytest.mark.parametrize("text, place", [
    # a beach left, not reached, told between the landing and the share
    ("The boats landed on Mayotte after leaving Anjouan, one from a beach near Mutsamudu.", "Mutsamudu"),
    # no landing: the boats set out
    ("Two kwassa boats left Anjouan, one from the beach of Mutsamudu.", "Mutsamudu"),
    # denied
    ("No boat came ashore on Mayotte this week, neither at Bandrele nor at Dzaoudzi.", "Bandrele"),
    # a share stopped where it was: where it was caught, not a landing
    ("Two kwassa boats reached Mayotte on Monday, and another near Mutsamudu was intercepted by the "
     "Comorian gendarmerie.", "Mutsamudu"),
    # a contrast, not a share of the landing
    ("About 90 people came ashore on Mayotte, while the others at Mutsamudu were turned back.", "Mutsamudu"),
], ids=["left-in-between", "departure-only", "negated", "another-stopped", "contrast"])
def test_shares_of_no_landing_are_no_destinations(text, place):
    assert "destination" not in role_of(text, place)


# ------------------------------------------------------------------ a shore left

@pytest.mark.parametrize("text", [
    "The skiff pushed off on Friday before dawn from a quiet cove outside Tanga.",
    "Their dhow had departed late at night from the shoreline near Tanga.",
    "The smugglers sneaked the boat and its 40 passengers out of the harbour of Tanga.",
    # hedged
    "The dinghy reportedly set out shortly after midnight from a remote beach north of Tanga.",
], ids=["pushed-off-cove", "departed-shoreline", "sneaked-out-of-harbour", "hedged"])
def test_a_shore_left_is_a_launch_point(text):
    assert role_of(text, "Tanga") == {"launch_point"}


@pytest.mark.parametrize("text", [
    # denied
    "The skiff never set out from the cove outside Tanga: the police were waiting.",
    # sailing toward a shore, not from it
    "The dhow sailed for three days towards the coast near Tanga.",
    "They sailed down the channel past the coast of Tanga.",
    # tourists and goods
    "The tourists left the beach near Tanga at sunset for their hotel.",
    "The freighter loaded with maize departed at noon from the port of Tanga.",
], ids=["negated", "toward", "past", "tourists", "cargo"])
def test_a_shore_not_left_by_people_on_the_move_is_no_launch_point(text):
    assert "launch_point" not in role_of(text, "Tanga")


# ------------------------------------------------------------------ taken into a port

@pytest.mark.parametrize("text, place", [
    ("A navy of volunteers found the drifting boat and towed it into the harbour of Golfito.", "Golfito"),
    ("The fishing crew that spotted the raft brought the survivors into Quepos.", "Quepos"),
    ("The boat that carried the family and eleven others into Golfito had been at sea a week.", "Golfito"),
    # hedged
    ("The lifeboat is believed to have escorted the vessel to the port of Quepos.", "Quepos"),
], ids=["towed-into-harbour", "brought-into", "carried-into", "hedged"])
def test_a_boat_taken_into_port_lands_there(text, place):
    assert role_of(text, place) == {"destination"}


@pytest.mark.parametrize("text, place", [
    # taken to a port in order to leave from it
    ("The smugglers took the group by van to the port of Puntarenas to board a fishing boat.", "Puntarenas"),
    ("Guides took them by bus to the port of Puntarenas and they boarded a launch at night.", "Puntarenas"),
    # a road that leads into a place
    ("A muddy track through the hills that takes them into Golfito is their only way.", "Golfito"),
    # no boat or shore in the sentence: left to the other cues
    ("The officials guided the delegation into Quepos for talks.", "Quepos"),
], ids=["to-board", "and-boarded", "road-that-takes", "official"])
def test_a_port_not_reached_by_boat_is_no_landing(text, place):
    assert "destination.into_port" not in cues_of(text, place)


def test_a_boat_not_taken_into_port_lands_nowhere():
    assert "destination" not in role_of("The rescuers did not tow the boat into Quepos.", "Quepos")


# ------------------------------------------------------------------ told where they came from

@pytest.mark.parametrize("text, place", [
    ("The survivors told doctors at the clinic in Davao that they came from Cotabato.", "Cotabato"),
    ("Their lawyer told the tribunal her clients were from Jaffna and Batticaloa.", "Batticaloa"),
    ("A relief worker said 38 came from Sulu.", "Sulu"),
    ("The occupants are said to come from Trincomalee.", "Trincomalee"),
    # hedged
    ("The men apparently told the police they came from Jaffna.", "Jaffna"),
], ids=["told-doctors", "lawyer-clients", "count", "said-to-come", "hedged"])
def test_where_people_said_they_came_from_is_their_origin(text, place):
    assert role_of(text, place) == {"origin"}


@pytest.mark.parametrize("text, place", [
    # denied
    ("The men told the police they did not come from Jaffna.", "Jaffna"),
    # goods and a team
    ("The trader said the carpets came from Herat.", "Herat"),
    ("The coach said his players came from Lyon.", "Lyon"),
    # a crossing's start, by boat
    ("The survivors told the coast guard they came from Trincomalee by boat.", "Trincomalee"),
    # a leg told with it: the leg cues' start
    ("The nurses told us they came from Batticaloa by overnight bus to Jaffna.", "Batticaloa"),
], ids=["negated", "goods", "team", "by-boat", "leg"])
def test_no_one_on_the_move_from_a_place_is_no_origin(text, place):
    assert "origin" not in role_of(text, place)


# ------------------------------------------------------------------ towns of a country named within

@pytest.mark.parametrize("text, place", [
    ("The deckhands were mostly from the Philippines — Davao, Cotabato and Sulu — and Indonesia.",
     "Cotabato"),
    ("Most of the families came from Sri Lanka (Jaffna and Batticaloa).", "Batticaloa"),
    ("The workers are from Tanzania: mainly Kilwa and Tanga.", "Kilwa"),
], ids=["dash", "parenthesis", "colon"])
def test_towns_named_within_a_home_country_are_origins(text, place):
    assert role_of(text, place) == {"origin"}


@pytest.mark.parametrize("text, place", [
    # a road, not people
    ("The coast road from Tanzania — Kilwa to Tanga — is being rebuilt.", "Kilwa"),
    # goods
    ("The cloves are from Tanzania (Pemba and Tanga).", "Pemba"),
], ids=["road", "goods"])
def test_towns_named_after_no_people_are_no_origins(text, place):
    assert "origin" not in role_of(text, place)


# ------------------------------------------------------------------ people housed by others (leftovers)

@pytest.mark.parametrize("text, place", [
    ("A church group is sheltering the Sri Lankan newcomers in a hall in Davao.", "Davao"),
    ("The province accommodated some Filipino families in flats in Golfito.", "Golfito"),
], ids=["nationality-newcomers", "nationality-families"])
def test_people_of_a_nationality_housed_by_others_are_at_a_destination(text, place):
    assert role_of(text, place) == {"destination"}


def test_locals_housed_after_a_flood_are_at_no_destination():
    text = "The council housed 200 flood-hit families in a school in Golfito after the river burst its banks."
    assert "destination" not in role_of(text, "Golfito")


@pytest.mark.parametrize("text", [
    "The club put up the Sri Lankan players in a hotel in Golfito before the final.",
    "The university housed the Filipino students in dormitories in Golfito.",
], ids=["players", "students"])
def test_guests_named_by_a_nationality_are_at_no_destination(text):
    assert "destination" not in role_of(text, "Golfito")


def test_people_housed_beside_gunfire_are_at_a_destination():
    # guards who "opened fire" are no disaster of the people housed
    text = "Guards opened fire at the border, and a charity sheltered 60 Filipino families in a school in Golfito."
    assert "destination" in role_of(text, "Golfito")


# ------------------------------------------------------------------ people moved on by others

@pytest.mark.parametrize("text, place", [
    ("From Davao the asylum seekers are transferred to the national reception centre at Cotabato.",
     "Cotabato"),
    ("The province relocated the families to a shelter in Golfito.", "Golfito"),
    ("After registration the newcomers were bused on to a hostel in Quepos.", "Quepos"),
    # hedged
    ("The migrants were reportedly dispersed to hostels in Puntarenas.", "Puntarenas"),
], ids=["transferred", "relocated", "bused-on", "hedged"])
def test_people_moved_on_by_others_are_at_a_destination(text, place):
    assert role_of(text, place) == {"destination"}


@pytest.mark.parametrize("text, place", [
    # denied
    ("The migrants were not transferred to a hostel in Quepos.", "Quepos"),
    # prisoners in custody, goods, an office
    ("The prisoners were transferred to a jail in Quepos by the police.", "Quepos"),
    ("The firm transported the bananas to a warehouse in Golfito.", "Golfito"),
    ("The ministry relocated its offices to a tower in Puntarenas.", "Puntarenas"),
], ids=["negated", "custody", "goods", "offices"])
def test_no_one_on_the_move_moved_on_is_at_no_destination(text, place):
    assert "destination" not in role_of(text, place)
