"""The corpus picture over time, and its map.

    annotate(picture, dates)  every feature gains n_documents, first_date, last_date
    quoted(picture, dates)    the k strongest quotes of each feature, chosen once
    trim(picture, dates)      the map's copy: those quotes only
    corpus_map(...)           geomig.maps.render of the trimmed picture, plus a month
                              slider that shows routes, zones and roles appearing and fading

The full quotes stay in the picture file; only the map is trimmed, so a map of ten
thousand articles stays a few megabytes. The slider is plain Leaflet (timeline.js, read
from the package), so it works on an offline page too.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Iterable, Mapping
from html import escape
from importlib import resources
from typing import TYPE_CHECKING, Any

from geomig.corpus import side, stages
from geomig.maps import features, styles
from geomig.picture.model import right_hand

if TYPE_CHECKING:
    import folium

    from geomig.picture import Feature, Picture, Source

#: Quotes kept per feature on the map (the popup's "few strongest").
MAP_QUOTES = 3
#: Facts and claims kept per feature on the map.
MAP_FACTS = 5
#: Months a feature stays on the time layer after its last supporting article, fading.
FADE_MONTHS = 6
#: Roles drawn on the time layer (places are the static layer's business).
TIME_ROLES = ("control_zone", "route", "launch_point", "destination", "transit", "origin")
#: Simplification of time-layer shapes, in degrees (a zone's outline, not its coastline).
SIMPLIFY = 0.02


def pieces(f: Feature) -> list[tuple[Any, dict[str, str]]]:
    """A feature's shapes on the time layer and the colour, fill and dash of each, as the map's
    own layers draw them (geomig/maps/styles.toml): a zone by its control (a militia's pink, a
    camp's purple, not every zone in the coastguard's teal), each leg of a route by its mode (a
    crossing blue and dashed, a flight purple), a role by its colour."""
    st = styles.default()
    if f.role == "control_zone":
        s = st.control(st.control_key(f.properties.get("control")))
        return [(f.geometry, {"color": s["color"], "fill": s["fill"], "dash": s.get("dash", "")})]
    if f.role == "route":
        # Each leg in the mode the map's Routes layer draws it in (features.drawn_mode: a sea leg
        # drawn straight, a river crossing); a leg of no stated mode is one of unknown mode.
        legs = f.legs
        stated = [d for d in f.properties.get("legs") or () if isinstance(d, Mapping)]
        modes = [features.drawn_mode(d) for d in stated] if len(stated) == len(legs) else [None] * len(legs)
        return [(leg.line, _leg_look(st.leg(st.leg_key(m)))) for leg, m in zip(legs, modes, strict=True)] or [
            (f.geometry, _leg_look(st.leg("unknown")))]
    s = st.role(f.role)
    return [(f.geometry, {"color": s["color"], "fill": s.get("fill", s["color"]), "dash": ""})]


def _leg_look(s: Mapping[str, Any]) -> dict[str, str]:
    return {"color": s["color"], "fill": s["color"], "dash": s.get("dash", "")}


def feature_documents(f: Feature) -> list[str]:
    """The documents supporting a feature, in first-seen order."""
    return list(dict.fromkeys(s.doc for s in f.sources))


def annotate(picture: Picture, dates: Mapping[str, str | None]) -> Picture:
    """The picture with each feature's number of supporting documents and, when they are
    dated, the first and last date."""
    out = []
    # The routes of one corridor share their sources tuple (10,000 articles: 370,000 of
    # 494,000 sources): its documents and dates are read once per tuple, which the picture
    # keeps alive meanwhile (the run's serial tail).
    by_sources: dict[int, tuple[int, list[str]]] = {}
    for f in picture.features:
        seen = by_sources.get(id(f.sources))
        if seen is None:
            docs = feature_documents(f)
            seen = by_sources[id(f.sources)] = (len(docs), sorted(d for d in (dates.get(doc) for doc in docs) if d))
        n_docs, when = seen
        props = {**f.properties, "n_documents": n_docs}
        if when:
            props["first_date"], props["last_date"] = when[0], when[-1]
        out.append(dataclasses.replace(f, properties=props))
    return dataclasses.replace(picture, features=tuple(out))


def _strength(f: Feature) -> dict[tuple[str, int, int], float]:
    best: dict[tuple[str, int, int], float] = {}
    for c in f.properties.get("claims", ()) or ():
        if isinstance(c, Mapping) and {"doc", "start", "end"} <= c.keys() and not c.get("negated"):
            key = (c["doc"], c["start"], c["end"])
            best[key] = max(best.get(key, 0.0), float(c.get("confidence", 0.5) or 0.0))
    return best


def _strongest(f: Feature, strength: dict, recency: Mapping[str, tuple], k: int) -> list[Source]:
    import heapq

    undated = _neg_date(None)
    sources = f.sources
    chosen: Iterable[int] = range(len(sources))
    if strength:
        # A source a claim ranks (strength above 0) comes before every other: when k are
        # ranked, the others need no key (a place's tens of thousands of sources, few ranked;
        # 10,000 articles: a third of the corpus map's choosing, in the run's serial tail).
        ranked = [i for i, s in enumerate(sources) if strength.get((s.doc, s.start, s.end), 0.0) > 0.0]
        if len(ranked) >= k:
            chosen = ranked
    keys = [(-strength.get((s.doc, s.start, s.end), 0.0) if strength else 0.0, -len(s.highlight),
             recency.get(s.doc, undated), i) for i in chosen for s in (sources[i],)]
    return [sources[key[-1]] for key in heapq.nsmallest(k, keys)]


def recency_order(dates: Mapping[str, str | None]) -> dict[str, tuple]:
    """Each document's sort key for "latest first, undated last"."""
    keys = {d: _neg_date(d) for d in set(dates.values())}  # a corpus has far fewer dates than documents
    return {doc: keys[d] for doc, d in dates.items()}


def _neg_date(d: str | None) -> tuple:
    # Later dates first, undated last: compare the negated digits.
    return (1, ()) if not d else (0, tuple(-int(x) for x in d.split("-")))


def quoted(picture: Picture, dates: Mapping[str, str | None], k: int = MAP_QUOTES) -> list[list[Source]]:
    """The strongest k sources of every feature, in picture order: chosen once for the
    map's popups and the slider's."""
    recency = recency_order(dates)
    # Without claims to rank them (routes), the choice depends on the sources alone, and the
    # routes of one corridor share theirs (10,000 articles: 370,000 of 494,000 sources):
    # chosen once per sources tuple, which the picture keeps alive meanwhile.
    by_sources: dict[int, list[Source]] = {}
    out = []
    for f in picture.features:
        strength = _strength(f)
        if strength:
            out.append(_strongest(f, strength, recency, k))
            continue
        kept = by_sources.get(id(f.sources))
        if kept is None:
            kept = by_sources[id(f.sources)] = _strongest(f, strength, recency, k)
        out.append(list(kept))
    return out


def trim(picture: Picture, dates: Mapping[str, str | None], k: int = MAP_QUOTES,
         quotes: list[list[Source]] | None = None) -> Picture:
    """The map's copy of the picture: k quotes per feature (`quotes`, quoted()'s when
    already made), the claims and facts of those quotes first and at most MAP_FACTS of
    each, actors' sources cut the same way."""
    out = []
    for f, kept in zip(picture.features, quotes or quoted(picture, dates, k), strict=True):
        keys = {(s.doc, s.start, s.end) for s in kept}
        docs = {doc for doc, _, _ in keys}  # most sources are of other documents: told apart by that alone
        srcs = tuple(s for s in f.sources if s.doc in docs and (s.doc, s.start, s.end) in keys)
        # The facts of the kept quotes first, then the others, each in picture order.
        first = [x.source.doc in docs and (x.source.doc, x.source.start, x.source.end) in keys for x in f.facts]
        facts = [x for x, yes in zip(f.facts, first, strict=True) if yes][:MAP_FACTS]
        if len(facts) < MAP_FACTS:
            facts += [x for x, yes in zip(f.facts, first, strict=True) if not yes][:MAP_FACTS - len(facts)]
        props = dict(f.properties)
        if isinstance(props.get("claims"), list):
            claims = props["claims"]
            props["claims"] = sorted(claims, key=lambda c: not (isinstance(c, Mapping) and (
                c.get("doc"), c.get("start"), c.get("end")) in keys))[:MAP_FACTS]
        if isinstance(props.get("actors"), list):
            props["actors"] = [{**a, "sources": a.get("sources", [])[:k]} if isinstance(a, Mapping) else a
                               for a in props["actors"]]
        if isinstance(props.get("documents"), list):
            props["documents"] = props["documents"][:k]
        out.append(dataclasses.replace(f, sources=srcs, facts=tuple(facts), properties=props))
    return dataclasses.replace(picture, features=tuple(out))


def _month(d: str) -> str:
    return d[:7]


def _months_between(first: str, last: str) -> list[str]:
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= last:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _popup(f: Feature, dates: Mapping[str, str | None], docs: list[str], kept: list[Source]) -> str:
    when = sorted(d for d in (dates.get(x) for x in docs) if d)
    span = "" if not when else f" · {escape(when[0])}" + (f" to {escape(when[-1])}" if when[-1] != when[0] else "")
    quotes = "".join(f"<li><q>{escape(s.quote)}</q> <cite>{escape(s.doc)}</cite></li>"
                     for s in kept)
    label = escape(f.role.replace("_", " "))
    return (f'<div class="geomig-popup"><h4>{escape(f.name)}</h4>'
            f'<p class="m">{label} · {len(docs)} document{"s" if len(docs) != 1 else ""}{span}</p>'
            f'<ul class="q">{quotes}</ul></div>')


def time_data(picture: Picture, dates: Mapping[str, str | None],
              quotes: list[list[Source]] | None = None) -> dict | None:
    """The slider's data: the months, the popups (`quotes`, quoted()'s when already made), and per
    feature its shapes (a route's, one per leg) in their colours (pieces()), each with its
    feature's popup by number (a route's is written once, not once a leg) and the months it is
    supported in; None when no supporting document is dated."""
    from shapely.geometry import mapping

    feats, popups, every = [], [], set()
    quotes = quotes if quotes is not None else quoted(picture, dates)
    for f, kept in zip(picture.features, quotes, strict=True):
        if f.role not in TIME_ROLES:
            continue
        docs = feature_documents(f)
        months = sorted({_month(d) for d in (dates.get(x) for x in docs) if d})
        if not months:
            continue
        every.update(months)
        popups.append(_popup(f, dates, docs, kept))
        popup = len(popups) - 1
        for shape, look in pieces(f):
            geom = shape if shape.geom_type == "Point" else right_hand(shape.simplify(SIMPLIFY))
            feats.append({"type": "Feature", "geometry": _round(mapping(geom)),
                          "properties": {"role": f.role, **look, "months": months, "popup": popup}})
    if not feats:
        return None
    return {"months": _months_between(min(every), max(every)), "fade": FADE_MONTHS,
            "popups": popups, "features": feats}


def _round(geo: Any, digits: int = 3) -> Any:
    if isinstance(geo, float):
        return round(geo, digits)
    if isinstance(geo, (list, tuple)):
        return [_round(x, digits) for x in geo]
    if isinstance(geo, dict):
        return {k: _round(v, digits) for k, v in geo.items()}
    return geo


def add_time_control(m: folium.Map, data: dict) -> None:
    """Add the month slider and its layer to a map (geomig.maps.render's)."""
    from jinja2 import Template

    # (imports folium, and with it pandas and pyarrow: results.arrow_on_malloc must come first)
    from geomig.maps.html import TextMacro, script_json

    code = resources.files("geomig.corpus").joinpath("timeline.js").read_text("utf-8")
    payload = script_json(data)

    class TimeControl(TextMacro):
        _template = Template("{% macro script(this, kwargs) %}" + code +
                             "\ngeomigTimeline({{ this._parent.get_name() }}, {{ this.payload }});\n"
                             "{% endmacro %}")

    el = TimeControl()
    el._name = "GeomigTimeline"
    el._id = hashlib.sha256(payload.encode()).hexdigest()[:8]  # stable page, run after run
    el.payload = payload
    m.add_child(el)


def corpus_map(picture: Picture, dates: Mapping[str, str | None], *, title: str | None = None,
               offline: bool = False, parallel: bool = False) -> folium.Map:
    """The corpus map: the trimmed picture's layers, and the month slider when there are
    dates. `parallel`: the slider's data is made in a forked child (side.beside) while the
    layers are drawn here."""
    quotes = quoted(picture, dates)
    slider = side.beside(lambda: time_data(picture, dates, quotes), parallel=parallel)
    try:
        m = stages.render(trim(picture, dates, quotes=quotes), title=title, offline=offline)
    finally:
        data, _ = slider()
    if data is not None:
        add_time_control(m, data)
    return m
