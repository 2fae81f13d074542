"""A force's post located by the road it stands on ("police at checkpoints on the road to X")
is no movement to X, and its force is the one the clause names; places told after a renewed
attempt still to come ("would try again, hoping to reach Y through Z") are no stops of the
journey told; "through the Nigerien town of X" passes X."""

from extract_helpers import REPORTED, actors_at, picture, reported_role_of, roles, route_names, with_places

REACHED = "Sudanese migrants reached Sfax from Sebha. "
CROSSED = "Sudanese migrants crossed from Sebha to Tripoli last year. "


def test_post_on_the_road_to_a_town_gives_the_town_no_role():
    text = REACHED + "Local police at checkpoints on the road to Misrata were checking papers."
    assert reported_role_of(text, "Misrata") == set()
    assert not any("Misrata" in name for name in route_names(text))


def test_roadblocks_set_up_along_the_highway_give_the_town_no_role():
    text = REACHED + "Soldiers have set up roadblocks along the highway to Misrata."
    assert reported_role_of(text, "Misrata") == set()


def test_people_stopped_on_the_road_to_a_town_were_heading_there():
    # distractor: the people, not the post, are on the road
    text = "Sudanese migrants left Sebha by bus. Their bus was stopped at checkpoints on the road to Misrata."
    assert reported_role_of(text, "Misrata")


def test_a_walk_along_the_road_to_a_town_still_passes_it():
    text = "Sudanese families walked along the coast road to Zuwara, where they waited for a boat to Lampedusa."
    assert "transit" in reported_role_of(text, "Zuwara")


def test_the_force_at_the_checkpoints_holds_the_post():
    text = REACHED + "Libyan police at checkpoints on the road to Misrata were checking papers."
    assert actors_at(text, "Misrata", REPORTED) == {"Libyan police"}


def test_a_renewed_attempt_hoped_for_draws_no_way_through_its_places():
    text = CROSSED + "Some said they would try again, hoping to reach Rome through Sicily."
    names = route_names(text)
    assert names and not any("Sicily" in n or "Rome" in n for n in names)


def test_another_attempt_planned_draws_no_way_through_its_places():
    text = CROSSED + "Several are saving to make another attempt to reach Rome via Sicily."
    assert not any("Sicily" in n for n in route_names(text))


def test_an_attempt_made_again_is_a_journey():
    # distractor: the second try happened
    text = CROSSED + "Some tried again and passed through Sicily to Rome."
    assert any("Sicily" in n for n in route_names(text))


def test_through_a_town_named_with_its_country_adjective(monkeypatch):
    with_places(monkeypatch, {}, {"Nigerien": "Niger"})
    text = REPORTED + "Sudanese migrants crossed into Libya through the Nigerien town of Agadez, walking at night."
    assert "transit" in roles(picture(text)).get("Agadez", set())


def test_a_town_of_a_country_not_passed_gets_no_passing(monkeypatch):
    # negation: no one went through it
    with_places(monkeypatch, {}, {"Nigerien": "Niger"})
    text = REPORTED + "Sudanese migrants reached Libya from Chad; none went through the Nigerien town of Agadez."
    assert "transit" not in roles(picture(text)).get("Agadez", set())
