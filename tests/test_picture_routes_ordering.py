"""The order and the membership of a corridor's stops (routes.ordering): a place one departure's
own words pass is no stop of another departure's way (_passed_from, _others_way), and a place
passed that the text names only after the end, lying beyond it, comes after the end
(_past_the_end), not before it as the shortest way alone would put it. A town left by land before a
boat set off from its country's coast is a stop on the way there, not a second start (_left_before_boat);
so is a town of the people's own country left before a boat set off from another country's coast,
and a place reached over land before a boat set off from its country's coast (_reached_before_boat).

Sentences written for these tests; geocoded by the real gazetteer (places of these stories are
not in the tiny one)."""

from __future__ import annotations

import pytest

import geomig
from geomig.picture import extract


def routes(text: str) -> list[tuple[str, ...]]:
    pic = extract([geomig.geocode_document(geomig.Document("t.txt", text))])
    return sorted(tuple(f.properties["stop_names"]) for f in pic.by_role("route"))


def has_leg(found: list[tuple[str, ...]], a: str, b: str) -> bool:
    return any(a in r and b in r[r.index(a) + 1:] for r in found)


# ------------------------------------------------------------------ another departure's own way

@pytest.mark.parametrize("text, boat, walked, passed", [
    ("Insurgents attacked Mocímboa da Praia last week. Hundreds of people fled by boat from Mocímboa "
     "da Praia to Pemba, the provincial capital. Other families walked for days from Mueda through Montepuez.",
     "Mocímboa da Praia", "Mueda", "Montepuez"),
    ("Smugglers take people by boat from Zuwara to Lampedusa. Others set off from Sabratha through Zawiya.",
     "Zuwara", "Sabratha", "Zawiya"),
], ids=["walked-from-through", "set-off-from-through"])
def test_a_place_another_departure_passes_is_no_stop_of_this_one(text, boat, walked, passed):
    found = routes(text)
    # the boats' way is their own: the walkers' stop is not on it
    assert (boat, "Pemba" if boat != "Zuwara" else "Lampedusa") in found, found
    assert not any(boat in r and passed in r for r in found), found
    # and the walkers pass it after they set out, not before
    assert has_leg(found, walked, passed), found
    assert not has_leg(found, passed, walked), found


def test_a_stop_denied_joins_no_departure():
    found = routes("Hundreds fled by boat from Mocímboa da Praia to Pemba. "
                   "Families who left Mueda did not pass through Montepuez.")
    assert not any("Montepuez" in r for r in found), found


def test_a_place_passed_before_a_launch_of_another_country_stays_on_its_way():
    # (the way over land to the boats: Sabha lies in Libya, Agadez in Niger; one journey)
    found = routes("Most migrants travelled from Agadez through Sabha, then took a boat from Zuwara to Lampedusa.")
    assert has_leg(found, "Sabha", "Zuwara"), found


# ------------------------------------------------------------------ a place passed beyond the end

@pytest.mark.parametrize("text", [
    "Migrants walk north through Aden and Marib towards Saada. Guards fire on people who try to cross near Al Raqw.",
    # (the guards' fire is denied, not the crossing)
    "Migrants walk north through Aden and Marib towards Saada. Guards do not fire on people who try to "
    "cross near Al Raqw.",
], ids=["fire", "no-fire"])
def test_a_place_named_after_the_end_and_beyond_it_comes_after_it(text):
    found = routes(text)
    assert has_leg(found, "Marib", "Saada"), found
    assert has_leg(found, "Saada", "Al Raqw"), found
    assert not has_leg(found, "Al Raqw", "Saada"), found


def test_a_place_named_after_the_end_but_before_it_on_the_way_stays_before_it():
    # Marib lies between Aden and Saada: named later, passed earlier
    found = routes("Migrants walk north through Aden towards Saada. Guards fire on people who try to cross near Marib.")
    assert has_leg(found, "Marib", "Saada"), found
    assert not has_leg(found, "Saada", "Marib"), found


def test_a_place_named_before_the_end_keeps_the_way_order():
    # told first, so no place passed after the end: the shortest way's order
    found = routes("Migrants who tried to cross near Al Raqw had walked through Aden and Marib towards Saada.")
    assert not has_leg(found, "Saada", "Al Raqw"), found


@pytest.mark.parametrize("told_before", [
    "Earlier they had crossed Algeria at Oujda.",
    "They had crossed Algeria at Oujda.",
], ids=["earlier-had", "had"])
def test_a_place_told_as_passed_before_the_end_stays_before_it(told_before):
    found = routes("Migrants and refugees keep arriving, the IOM said. Families travelled from Dakar to "
                   "Tangier in May. " + told_before)
    assert has_leg(found, "Oujda", "Tangier"), found
    assert not has_leg(found, "Tangier", "Oujda"), found


def test_a_place_named_after_the_end_is_named_as_a_start_moves_nothing_past_it():
    # Pokrovsk, the end of the last leg told, is first named as the place people left: the place
    # named next (another group's) is no way on from the end
    found = routes("Officials said 1,240 displaced people left Pokrovsk over the past day. Other families "
                   "were driven to Pavlohrad, where an evacuation train was waiting. Many fled Bakhmut last "
                   "year. Others travelled from Myrnohrad to Pokrovsk.")
    assert not has_leg(found, "Pokrovsk", "Pavlohrad"), found


# ------------------------------------------------------------------ read only when needed

def _counting_last_namings(monkeypatch) -> list[bool]:
    # _past_the_end's reads of the end's last namings (_first_told(..., last=True))
    from geomig.picture.routes import ordering

    calls: list[bool] = []
    real = ordering._first_told

    def counting(claims, *, last=False):
        if last:
            calls.append(last)
        return real(claims, last=last)

    monkeypatch.setattr(ordering, "_first_told", counting)
    return calls


def test_a_route_with_no_stop_past_the_end_reads_no_namings(monkeypatch):
    # Marib lies before Saada on the way from Aden: nothing is past the end, so the namings
    # (a regex over every claim's words) are never read, and the order is the way's
    calls = _counting_last_namings(monkeypatch)
    found = routes("Migrants walk north through Aden towards Saada. Guards fire on people who try to cross near Marib.")
    assert has_leg(found, "Marib", "Saada"), found
    assert calls == []


def test_a_route_with_a_stop_past_the_end_still_reads_them(monkeypatch):
    calls = _counting_last_namings(monkeypatch)
    found = routes("Migrants walk north through Aden and Marib towards Saada. Guards fire on people who try "
                   "to cross near Al Raqw.")
    assert has_leg(found, "Saada", "Al Raqw"), found
    assert calls, "the namings decide a stop past the end"


# (session 42, from the forty-first session's trial: a border bridge crossed after the places people
# were moved on to from a landing was ordered before the landing: ordering._going_on, _passed_on)
WALK_ON = ("Before dawn about fifty Venezuelan migrants{before} left Cúcuta on the road to Pamplona. From Pamplona "
           "the walkers climb to Bucaramanga, where a parish hall gives them two nights of rest. Some stay; "
           "others take buses south to Cali and then to Ipiales, where they cross the Rumichaca bridge into Ecuador.")


def test_a_crossing_passed_on_the_way_on_from_a_landing_comes_after_it():
    found = routes(WALK_ON.format(before=""))
    through = [r for r in found if "Bucaramanga" in r]
    assert through, found
    for r in through:
        assert r.index("Bucaramanga") < r.index("Cali") < r.index("Rumichaca"), r


def test_a_crossing_told_before_the_way_on_stays_before_the_landing():
    found = routes(WALK_ON.format(before=" who had crossed the Simón Bolívar bridge the day before"))
    through = [r for r in found if "Bucaramanga" in r]
    assert through and all(r.index("Simón Bolívar") < r.index("Bucaramanga") < r.index("Rumichaca")
                           for r in through), found


# (session 63, from the sixty-second session's trial: a camp left "hoping to reach X" and the beach
# a boat then set off from, in one country, were two starts of one voyage, each drawn to the landing
# and to the hoped-for end: ordering._left_before_boat)
LEFT_THEN_BOAT = [
    ("A rubber boat carrying 48 Afghan asylum seekers came ashore on Friday near Molyvos on Lesbos. They "
     "told volunteers they had left the camp at Van in eastern Turkey in March, hoping to reach Germany, "
     "where many have brothers. Their boat set off from a cove near Ayvacik and was at sea for six hours.",
     "Van", "Ayvacik", "Molyvos", "Germany"),
    ("A rubber boat carrying 40 Syrian refugees came ashore on Sunday near Pafos in Cyprus. The refugees "
     "said they had left the camps at Arsal in Lebanon in May, hoping to reach Italy. Their boat set off "
     "from a beach near Tripoli and drifted for four days.",
     "Arsal", "Tripoli", "Pafos", "Italy"),
]


@pytest.mark.parametrize(("text", "left", "coast", "landing", "hope"), LEFT_THEN_BOAT)
def test_a_town_left_before_a_boat_set_off_in_its_country_is_a_stop_on_the_way_to_the_coast(
        text, left, coast, landing, hope):
    found = routes(text)
    # one voyage from the town through the coast, and the hoped-for end drawn once at most
    assert any(has_leg([r], left, coast) and r[-1] == landing for r in found), found
    assert all(left in r and coast in r for r in found), found
    assert sum(r[-1] == hope for r in found) <= 1, found


def test_a_town_left_for_an_end_of_its_own_is_no_stop_of_a_boat_from_its_country():
    # (the distractor: others who left the town by bus for a city reached went their own way)
    found = routes("A rubber boat carrying 48 Afghan asylum seekers came ashore on Friday near Molyvos on "
                   "Lesbos. Their boat set off from a cove near Ayvacik. Others had left Van by bus for Istanbul.")
    assert not has_leg(found, "Van", "Ayvacik"), found
    assert any(r[-2:] == ("Van", "Istanbul") for r in found), found


def test_two_boats_from_two_beaches_of_one_country_stay_two_departures():
    # (the distractor: each departure by boat is a voyage of its own, neither a stop of the other)
    found = routes("Two rubber boats carrying Afghan asylum seekers came ashore on Friday on Lesbos. One boat had "
                   "set off from a cove near Ayvacik; the other boat set off from a beach near Dikili.")
    assert not has_leg(found, "Ayvacik", "Dikili") and not has_leg(found, "Dikili", "Ayvacik"), found
    assert {r[-2] for r in found} == {"Ayvacik", "Dikili"}, found


def test_a_town_left_with_no_boat_setting_off_elsewhere_still_starts_the_journey():
    # (the hedge: with no boat's departure in its country the town left is the launch it was)
    found = routes("Some 48 Afghan asylum seekers reached Istanbul on Friday. They told volunteers they had "
                   "left the camp at Van in eastern Turkey in March, hoping to reach Germany.")
    assert ("Afghanistan", "Van", "Istanbul") in found, found


# (session 63: a town of the people's own country, left before a boat set off from another
# country's coast, started a route of its own that skipped the beach: ordering._left_before_boat)
HOME_THEN_BOAT = [
    ("A dinghy carrying 35 Eritreans reached Lampedusa on Monday. Most had left Asmara last year, hoping "
     "to reach Sweden. Their boat set off from a beach near Zuwara and drifted for two days.",
     "Asmara", "Zuwara", "Lampedusa"),
    ("A wooden boat carrying 52 Iraqis came ashore on Kos on Saturday. Many had left Mosul in the spring, "
     "hoping to reach Germany. Their boat set off from a beach near Bodrum and was at sea for five hours.",
     "Mosul", "Bodrum", "Kos"),
]


@pytest.mark.parametrize(("text", "home", "coast", "landing"), HOME_THEN_BOAT)
def test_a_town_of_the_peoples_country_left_before_a_boat_abroad_is_a_stop_on_the_way(text, home, coast, landing):
    found = routes(text)
    # home, then the coast abroad, then the landing: one voyage, never home straight to the landing
    assert any(has_leg([r], home, coast) and r[-1] == landing for r in found), found
    assert all(coast in r for r in found if home in r), found


def test_a_town_left_by_people_of_two_nationalities_is_no_stop_of_a_boat_abroad():
    # (the distractor: with two nationalities the town left is no one home of the people)
    found = routes("A dinghy carrying 35 Eritreans and Sudanese reached Lampedusa on Monday. Most had left Asmara "
                   "last year, hoping to reach Sweden. Their boat set off from a beach near Zuwara and drifted "
                   "for two days.")
    assert not has_leg(found, "Asmara", "Zuwara"), found


def test_a_town_left_in_another_country_than_the_peoples_is_no_stop_of_a_boat_abroad():
    # (the hedge: Sudanese who left Asmara were not leaving home; the rule reads nothing there)
    found = routes("A dinghy carrying 35 Sudanese reached Lampedusa on Monday. Most had left Asmara last year, "
                   "hoping to reach Sweden. Their boat set off from a beach near Zuwara and drifted for two days.")
    assert not has_leg(found, "Asmara", "Zuwara"), found


# (session 64, from the lead's trial: a desert town people were driven to, told before the boat
# set off from that country's coast, ended a route drawn after the beach, back inland:
# ordering._reached_before_boat)
REACHED_THEN_BOAT = [
    ("Rescuers brought 90 Sudanese ashore on Crete on Monday after their boat lost power.\n\n"
     "Most had fled Nyala in the spring. They paid drivers to take them north across the desert to Kufra.\n\n"
     "Kufra is controlled by an armed group that also runs checkpoints on the coast road. Several men said "
     "they were held for weeks in a farm outside the town until relatives paid.\n\n"
     "Their boat set off from a beach near Tobruk on Thursday night.",
     "Kufra", "Tobruk", "Crete"),
    ("A fishing boat carrying 60 migrants from Mali reached El Hierro on Tuesday.\n\n"
     "The men said they had travelled by lorry to Nouakchott. Several worked on building sites there for a year.\n\n"
     "Police in the capital have stepped up raids on workers without papers, aid groups say. Some of the men "
     "were held for days.\n\n"
     "Their boat finally set off from a beach near Nouadhibou.",
     "Nouakchott", "Nouadhibou", "El Hierro"),
]


@pytest.mark.parametrize(("text", "reached", "coast", "landing"), REACHED_THEN_BOAT)
def test_a_place_reached_by_land_before_a_boat_set_off_in_its_country_is_a_stop_on_the_way(
        text, reached, coast, landing):
    found = routes(text)
    # the desert town comes before the beach, and no route runs from the beach back to it
    assert any(has_leg([r], reached, coast) and r[-1] == landing for r in found), found
    assert not has_leg(found, coast, reached), found


def test_a_place_others_reached_after_the_boat_set_off_is_no_stop_before_it():
    # (the distractor: the text tells the town reached only after the boat's departure, by
    # others who stayed behind: it stays a destination, never a stop on the way to the beach)
    text = ("Rescuers brought 90 Sudanese ashore on Crete on Monday. Their boat had set off from a beach near "
            "Tobruk.\n\nOthers in the group stayed in Libya. Smugglers drove them across the desert to Kufra, "
            "where they found work on farms.")
    pic = extract([geomig.geocode_document(geomig.Document("t.txt", text))])
    assert "Kufra" in {f.name for f in pic.by_role("destination")}
    assert not has_leg(routes(text), "Kufra", "Tobruk")


def test_a_place_reached_by_land_with_no_boat_from_its_country_still_ends_the_journey():
    # (the hedge: with no boat leaving that country the place reached is the end it was)
    found = routes("Some 90 Sudanese fled Nyala in the spring and paid drivers to take them across the "
                   "desert to Kufra, where they found work.")
    assert any(r[-1] == "Kufra" for r in found), found
