"""A places-only picture from geocoded documents, for when no extractor is installed.

Every resolved place becomes one feature of role "place" (merged across documents), with the
sentences that mention it as sources, so the map still shows and cites what the text names.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..models import GeocodedDocument


def places_picture(documents: Iterable[GeocodedDocument]) -> dict:
    """A FeatureCollection (issue 4's contract) with one "place" feature per gazetteer id."""
    by_id: dict[str, dict] = {}
    docs: list[str] = []
    for doc in documents:
        docs.append(doc.doc)
        for m in doc.mentions:
            if m.id is None or m.lat is None or m.lon is None:
                continue
            start, end = doc.sentences[m.sentence] if 0 <= m.sentence < len(doc.sentences) else (m.start, m.end)
            source = {"doc": doc.doc, "start": start, "end": end, "quote": doc.text[start:end],
                      "highlight": [[m.start - start, m.end - start]]}
            f = by_id.get(m.id)
            if f is None:
                f = by_id[m.id] = {
                    "type": "Feature",
                    "geometry": {"type": "Point", "coordinates": [m.lon, m.lat]},
                    "properties": {"role": "place", "name": m.name or m.text, "id": m.id,
                                   "confidence": m.confidence, "cue": "", "sources": [], "facts": [],
                                   "kind": m.kind},
                }
            props = f["properties"]
            same = [s for s in props["sources"] if s["doc"] == doc.doc and s["start"] == start]
            if same:
                same[0]["highlight"].append(source["highlight"][0])
            else:
                props["sources"].append(source)
            # The audit layer wants the weakest reading of a place and what else it could be.
            if m.confidence <= props["confidence"] or "alternatives" not in props:
                props["confidence"] = min(props["confidence"], m.confidence)
                props["alternatives"] = [
                    {"id": a.id, "name": a.name, "country": a.country, "lat": a.lat, "lon": a.lon, "score": a.score}
                    for a in m.alternatives
                ]
    features = sorted(by_id.values(), key=lambda f: (f["properties"]["name"], f["properties"]["id"]))
    return {"type": "FeatureCollection", "geomig": {"documents": docs}, "features": features}
