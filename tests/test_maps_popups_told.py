"""What a click tells: a route's popup quotes the sentences naming its stops, a place merely
mentioned under a zone tells the zone's story, and origins are a layer of their own."""

from __future__ import annotations

from shapely.geometry import LineString, MultiLineString, Point, box

from geomig.maps import features as rf
from geomig.maps import popups, render, styles, to_html
from geomig.picture import Feature, Picture
from geomig.picture.model import Source

DOC = "notes/harbour.txt"


def _source(text: str, start: int = 0) -> Source:
    return Source(DOC, start, start + len(text), text)


def _route(*sentences: str) -> Feature:
    legs = [{"from": "geonames:1", "to": "geonames:2", "from_name": "Kessala", "to_name": "Port Ardent", "mode": "land"},
            {"from": "geonames:2", "to": "geonames:3", "from_name": "Port Ardent", "to_name": "Valmora", "mode": "sea"}]
    line = MultiLineString([LineString([(30.0, 10.0), (32.0, 12.0)]), LineString([(32.0, 12.0), (34.0, 14.0)])])
    srcs = tuple(_source(s, 100 * i) for i, s in enumerate(sentences))
    return Feature("route", "Kessala → Port Ardent → Valmora", None, line, 0.9, "test", sources=srcs,
                   properties={"legs": legs, "stop_names": ["Kessala", "Port Ardent", "Valmora"]})


def _route_popup(*sentences: str) -> str:
    [item] = [it for it in rf.items(Picture((_route(*sentences),))) if it.feature.role == "route"]
    return popups.feature_popup(item, styles.default())


def test_a_route_popup_quotes_the_sentences_naming_its_stops_not_the_whole_story():
    html = _route_popup("The family walked from Kessala to the coast at Port Ardent.",
                        "Police in Dunmere stopped a bus of farm workers last week.",      # no stop: a distractor
                        "A fishing boat then took them across to Valmora.",
                        "Nobody in the village could say whether the rains would come.")
    assert "walked from" in html and "fishing boat then took them" in html
    assert "Dunmere" not in html and "rains" not in html
    assert "2 other sentences of the story name none of its stops" in html


def test_a_route_popup_whose_sentences_name_no_stop_quotes_them_all():
    # Hedged and spelt otherwise: the stops go by other names, so nothing is dropped.
    html = _route_popup("They may have set out from the hill country.", "The crossing perhaps took two nights.")
    assert "hill country" in html and "two nights" in html and "other sentence" not in html


def test_a_stop_named_inside_a_longer_word_does_not_keep_a_sentence():
    html = _route_popup("The boat reached Valmora at dawn.", "The Kessalan elders were not asked.")
    assert "at dawn" in html and "elders" not in html
    assert "1 other sentence of the story names none of its stops" in html


def _zone_at(place_id: str) -> Feature:
    return Feature("control_zone", "harbour police (detention, Port Ardent)", place_id, box(31.8, 11.8, 32.2, 12.2), 0.8,
                   "test", sources=(_source("Harbour police hold new arrivals in a yard at Port Ardent."),),
                   properties={"control": "detention", "actor": "harbour police", "place": "Port Ardent",
                               "place_id": place_id})


def _place(name: str, pid: str, lon: float, lat: float) -> Feature:
    return Feature("place", name, pid, Point(lon, lat), 0.9, "geocoded",
                   sources=(_source(f"Traders still sail to {name} each spring.", 500),))


def test_a_place_mentioned_under_its_zone_tells_the_zones_story_first():
    pic = Picture((_zone_at("geonames:2"), _place("Port Ardent", "geonames:2", 32.0, 12.0),
                   _place("Dunmere", "geonames:9", 35.0, 16.0)))            # no zone round it: a distractor
    drawn = rf.items(pic)
    zoned = rf.zoned_places(drawn)
    [port] = [it for it in drawn if it.label == "Port Ardent" and it.style == "role:place"]
    assert list(zoned) == [port.index]
    html = to_html(render(pic))
    # The grey marker's popup opens with the zone (heading, control) and still quotes the mention.
    head = "<h4>harbour police (detention, Port Ardent)<\\/h4><p class=\\\"m\\\">Detention · Place mentioned"
    assert head in html
    assert "hold new arrivals in a yard" in html and "Traders still sail" in html
    # The other place keeps its own plain popup.
    assert "<h4>Dunmere<\\/h4><p class=\\\"m\\\">Place mentioned" in html


def test_a_zone_naming_another_place_leaves_the_place_popup_alone():
    pic = Picture((_zone_at("geonames:7"), _place("Port Ardent", "geonames:2", 32.0, 12.0)))
    assert rf.zoned_places(rf.items(pic)) == {}


def test_origins_are_a_layer_of_their_own_after_the_places():
    st = styles.default()
    keys = [layer.key for layer in st.layers]
    assert st.layer_for_role("origin").key == "origins" and st.layer_for_role("place").key == "places"
    # after the places: an origin's marker is drawn over its place twin
    assert keys.index("origins") == keys.index("places") + 1
