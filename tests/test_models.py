"""The JSONL contract of the output objects."""

from dataclasses import asdict, fields

import pytest

from geomig.models import Candidate, GeocodedDocument, Mention


def _mention() -> Mention:
    alternatives = (Candidate("geonames:1", "Springfield", "US", 39.8, -89.6, 0.2, "city"),
                    Candidate("geonames:2", "Springfield", "US", 37.2, -93.3, 0.1, "city"))
    return Mention("Springfield", 4, 15, 0, "city", "geonames:3", "Springfield", "US", 42.1, -72.6, 0.7,
                   alternatives, "population 150k", ("vague",))


def test_mention_dict_has_every_field_in_order():
    assert list(_mention().to_dict()) == [f.name for f in fields(Mention)]


def test_mention_dict_is_asdict_with_lean_alternatives():
    m = _mention()
    expected = asdict(m)
    expected["alternatives"] = [{k: a[k] for k in ("id", "name", "country", "lat", "lon", "score")}
                                for a in expected["alternatives"]]
    expected["flags"] = ["vague"]
    assert m.to_dict() == expected


def test_document_dict_lists_sentences_and_mentions():
    doc = GeocodedDocument("a.txt", "In Springfield.", ((0, 15),), (_mention(),))
    assert doc.to_dict() == {"doc": "a.txt", "sentences": [[0, 15]], "mentions": [_mention().to_dict()]}


def test_lean_objects_are_still_frozen_dataclasses_with_their_defaults():
    import dataclasses
    import pickle

    from geomig.models import Span

    span = Span("Dover", 10, 15, 1, key="dover")
    assert (span.kind_hint, span.direction, span.context_country, span.acronym) == ("", "", None, False)
    assert dataclasses.replace(span, kind_hint="region") == Span("Dover", 10, 15, 1, "region", "dover")
    assert pickle.loads(pickle.dumps(span)) == span and hash(span) == hash(Span("Dover", 10, 15, 1, key="dover"))
    with pytest.raises(dataclasses.FrozenInstanceError, match="cannot assign to field 'key'"):
        span.key = "calais"
    with pytest.raises(TypeError, match="missing 1 required positional argument: 'sentence'"):
        Span("Dover", 10, 15)


def _every_field_set(cls):
    """An instance whose every field holds its own value, so a copy that misses a field
    (one added later) differs from dataclasses.replace's."""
    from dataclasses import fields

    return cls(**{f.name: f"value of {f.name}" for f in fields(cls)})


def test_the_fast_copies_of_spans_and_mentions_copy_every_field():
    from dataclasses import replace

    from geomig.geoparse.recognize import _with_hint
    from geomig.geoparse.resolve import _moved
    from geomig.models import Mention, Span

    span = _every_field_set(Span)
    assert _with_hint(span, "person") == replace(span, kind_hint="person")
    mention, other = _every_field_set(Mention), Span("Tripoli", 40, 47, 3, "", "tripoli")
    assert _moved(mention, other) == replace(mention, text="Tripoli", start=40, end=47, sentence=3)
