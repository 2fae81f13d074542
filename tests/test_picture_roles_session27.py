"""Roles, session 27: places reporters name in their own wording, which no cue gave a role: a
person introduced by age and home town ("Ana, 44, of X"), a home town named as such, people
counted "of us" from places, a teller from a village near a place; the largest shares of a count
("with the largest numbers in X, Y and Z"); a list closed by ", or" ("hope to reach X, or Y");
shares after leaving ("left X for Y, most to Z"); where people crossed a river, a bridge or a
line ("crossed the river by canoe near X", "across the line at X into Y"); and crops picked in
a place with no farm named ("contracts to pick strawberries in X").

Sentences written for these tests, on routes of other parts of the world; geocoded by the tiny
fixture gazetteer (tests/extract_helpers.py) with the places below added."""

from __future__ import annotations

import pytest
import extract_helpers
from extract_helpers import picture, roles

#: A sentence that makes a text about migration, so that the motion cues read it.
CONTEXT = "Migrants and refugees told us about their journeys this year. "

#: Places of these tests: surface -> (id, kind, country, lat, lon, gazetteer name).
EXTRA = {
    "Oruro": ("test:oruro", "city", "BO", -17.97, -67.11, "Oruro"),
    "Potosi": ("test:potosi", "city", "BO", -19.58, -65.75, "Potosi"),
    "Iquique": ("test:iquique", "city", "CL", -20.21, -70.15, "Iquique"),
    "Chile": ("test:chile", "country", "CL", -33.0, -71.0, "Chile"),
    "Herat": ("test:herat", "city", "AF", 34.35, 62.20, "Herat"),
    "Mashhad": ("test:mashhad", "city", "IR", 36.30, 59.60, "Mashhad"),
    "Leicester": ("test:leicester", "city", "GB", 52.64, -1.13, "Leicester"),
    "Bradford": ("test:bradford", "city", "GB", 53.80, -1.75, "Bradford"),
    "Glasgow": ("test:glasgow", "city", "GB", 55.86, -4.25, "Glasgow"),
    "Germany": ("test:germany", "country", "DE", 51.0, 10.0, "Germany"),
    "Canada": ("test:canada", "country", "CA", 56.0, -106.0, "Canada"),
    "Calgary": ("test:calgary", "city", "CA", 51.05, -114.07, "Calgary"),
    "Winnipeg": ("test:winnipeg", "city", "CA", 49.90, -97.14, "Winnipeg"),
    "Uganda": ("test:uganda", "country", "UG", 1.0, 32.0, "Uganda"),
    "Gulu": ("test:gulu", "city", "UG", 2.78, 32.30, "Gulu"),
    "Kenya": ("test:kenya", "country", "KE", 0.5, 38.0, "Kenya"),
    "Busia": ("test:busia", "city", "KE", 0.46, 34.11, "Busia"),
    "Zambia": ("test:zambia", "country", "ZM", -14.0, 28.0, "Zambia"),
    "Chirundu": ("test:chirundu", "city", "ZM", -16.03, 28.85, "Chirundu"),
    "Zimbabwe": ("test:zimbabwe", "country", "ZW", -19.0, 29.0, "Zimbabwe"),
    "Portugal": ("test:portugal", "country", "PT", 39.5, -8.0, "Portugal"),
    "Alentejo": ("test:alentejo", "region", "PT", 38.2, -7.9, "Alentejo"),
    "Nepal": ("test:nepal", "country", "NP", 28.2, 84.0, "Nepal"),
}


@pytest.fixture(autouse=True)
def more_places(monkeypatch):
    """The tiny gazetteer, with the places of these tests."""
    for name, row in EXTRA.items():
        monkeypatch.setitem(extract_helpers.PLACES, name, row)


def role_of(text: str, place: str) -> set[str]:
    """The roles a place plays in the picture of a text told after CONTEXT."""
    return roles(picture(CONTEXT + text)).get(place, set())


# ------------------------------------------------------------------ a person's home

@pytest.mark.parametrize("text, place", [
    ("Rosa Mamani, 38, of Oruro, has made the trip to the mines four times.", "Oruro"),
    ("Karim, 29, a mechanic from Herat, paid a smuggler in cash.", "Herat"),
    ("She is 24, from a village outside Potosi, and she sews in a workshop.", "Potosi"),
    ("We met him in Herat, his home town, a week after he was sent back.", "Herat"),
    ("There were thirty of us from Oruro and Potosi on the same bus.", "Potosi"),
    ("A woman from a village near Gulu says her sons walked for a week.", "Gulu"),
    # hedged: still where they are from
    ("Reportedly, Karim, 29, a mechanic from Herat, paid a smuggler in cash.", "Herat"),
], ids=["age-of", "age-job-from", "is-age-from", "home-town", "of-us-listed", "teller", "hedged"])
def test_a_person_introduced_by_home_is_from_it(text, place):
    assert role_of(text, place) == {"origin"}


@pytest.mark.parametrize("text, place", [
    # a body named by its town, not a person's home
    ("Tom Reid, 52, of Leicester police, said the van was stopped.", "Leicester"),
    # a place visited for its own sake: a tourist's stay, no home
    ("A tourist from Glasgow, on holiday, photographed the camp.", "Glasgow"),
    # not a teller: a player of a team
    ("Ali Reza, 23, plays for a club in Leicester.", "Leicester"),
], ids=["police", "tourist", "sports-club"])
def test_a_place_not_named_as_a_home_is_no_origin(text, place):
    assert "origin" not in role_of(text, place)


# ------------------------------------------------------------------ the largest shares of a count

@pytest.mark.parametrize("text", [
    "The families were placed with resettlement agencies, with the largest numbers in Leicester, Bradford and Glasgow.",
    "Of the 9,000 people who arrived, the largest communities are now in Leicester, Bradford and Glasgow.",
], ids=["largest-numbers", "largest-communities"])
def test_the_largest_shares_of_a_count_are_destinations(text):
    found = roles(picture(CONTEXT + text))
    assert all(found.get(p) == {"destination"} for p in ("Leicester", "Bradford", "Glasgow")), found


@pytest.mark.parametrize("text", [
    # people held: custody
    "The migrants were detained, with the largest numbers in Leicester and Bradford.",
    # a plan
    "Under the plan, refugees would be housed with the largest numbers in Leicester and Bradford.",
    # no people: goods counted
    "Exports of wool rose this year, with the largest shares in Leicester and Bradford.",
], ids=["custody", "plan", "goods"])
def test_largest_shares_of_no_people_moved_give_no_destination(text):
    found = roles(picture(CONTEXT + text))
    assert "destination" not in found.get("Leicester", set()), found


# ------------------------------------------------------------------ lists and shares

@pytest.mark.parametrize("text, place", [
    ("Several families said they hope to reach Germany, or Canada, wherever they are allowed to work.", "Canada"),
    ("About 4,000 of them have left Chile for Canada, most to Calgary and Winnipeg.", "Winnipeg"),
], ids=["comma-or", "shares-after-leaving"])
def test_lists_and_shares_carry_the_role(text, place):
    assert role_of(text, place) == {"destination"}


def test_a_denied_hope_listed_with_or_is_no_destination():
    found = roles(picture(CONTEXT + "None of them hopes to reach Germany, or Canada, any more."))
    assert "destination" not in found.get("Canada", set()), found


# ------------------------------------------------------------------ where people crossed

@pytest.mark.parametrize("text, place, role", [
    ("The families crossed the Malaba river by canoe near Busia before dawn. They now live in camps in Uganda.",
     "Busia", "transit"),
    ("Women carried their children across the line at Chirundu into Zimbabwe. Most went on to Harare.",
     "Chirundu", "transit"),
    ("In the evening he crossed the old railway bridge on foot into Busia. From there a bus took him to Gulu.",
     "Busia", "transit"),
], ids=["river-near", "line-at-into", "bridge-into"])
def test_where_people_crossed_is_a_stop_on_the_way(text, place, role):
    assert role in role_of(text, place)


@pytest.mark.parametrize("text", [
    # denied
    "The families never crossed the river near Busia; they turned back.",
    # goods, no people
    "Lorries carrying cattle crossed the bridge at Busia every morning.",
    # animals
    "Herds of elephants and other animals crossed the river near Busia.",
], ids=["negated", "goods", "animals"])
def test_no_crossing_by_people_gives_no_stop(text):
    found = roles(picture(CONTEXT + text))
    assert not found.get("Busia", set()) & {"transit", "destination"}, found


def test_a_crossing_only_reported_is_a_hedged_stop():
    pic = picture(CONTEXT + "The families reportedly crossed the river near Busia before dawn. They now live in Gulu.")
    claims = [c for f in pic.features if f.role == "transit" and f.name == "Busia" for c in f.properties["claims"]]
    assert claims and all(c["hedged"] for c in claims)


# ------------------------------------------------------------------ crops picked

@pytest.mark.parametrize("text", [
    "Each spring, women sign contracts to pick strawberries and raspberries in the Alentejo.",
    "His brother harvests olives in the Alentejo on a seasonal visa.",
], ids=["contract", "seasonal"])
def test_crops_picked_in_a_place_make_it_a_destination(text):
    assert role_of(text, "Alentejo") == {"destination"}


@pytest.mark.parametrize("text", [
    # negated
    "She never picked strawberries in the Alentejo.",
    # bought, not picked
    "Tourists bought strawberries in the Alentejo at the market.",
], ids=["negated", "bought"])
def test_no_crops_picked_gives_no_destination(text):
    assert "destination" not in role_of(text, "Alentejo")


# ------------------------------------------------------------------ a life hoped for in a place

@pytest.mark.parametrize("text", [
    "Her eldest daughter hopes to study nursing in Calgary.",
    "He says he plans to open a small shop in Calgary next year.",
    "Most were women hoping to join husbands working in Calgary.",
    # hedged: still hoped for
    "She reportedly wants to finish school in Calgary.",
], ids=["study", "shop", "join-husbands", "hedged"])
def test_a_life_hoped_for_in_a_place_makes_it_a_destination(text):
    assert role_of(text, "Calgary") == {"destination"}


@pytest.mark.parametrize("text", [
    # negated
    "They never wanted to live in Calgary.",
    # an official's plan for a facility, no one's life
    "The ministry plans to open a reception centre in Calgary.",
], ids=["negated", "facility"])
def test_no_life_hoped_for_gives_no_destination(text):
    assert "destination" not in role_of(text, "Calgary")
