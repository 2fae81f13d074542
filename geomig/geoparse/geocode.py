"""The geocoding pipeline: text -> sentences -> spans -> mentions (pure, no I/O)."""

from __future__ import annotations

import bisect
import contextlib
import gc
import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from geomig.documents import inputs
from geomig.gazetteer.index import Gazetteer
from geomig.geoparse.checks import checked
from geomig.models import Document, GeocodedDocument, Mention, Span
from geomig.geoparse.recognize import KEPT_HINTS, recognize
from geomig.geoparse.resolve import LocalResolver, Resolver, rejected_mention
from geomig.geoparse.text import sentences, unwrapped

if TYPE_CHECKING:
    from geomig.geoparse.overrides import Overrides


def geocode_document(doc: Document, *, gazetteer: Gazetteer | None = None, resolver: Resolver | None = None,
                     overrides: Overrides | None = None, keep_rejected: bool = False) -> GeocodedDocument:
    """Recognise and resolve every place a document names.

    ``resolver`` defaults to the local one over ``gazetteer`` (itself defaulting to the
    shared one, built on first use); ``overrides`` (see geomig.geoparse.overrides) adds,
    pins and ignores places; ``keep_rejected`` also returns phrases rejected as
    organisations, persons or unknown names (id None), which only the audit wants.
    """
    if resolver is None:
        resolver = LocalResolver.shared(gazetteer or Gazetteer.default())  # once per run, not per document
    gazetteer = gazetteer or resolver.gazetteer
    if overrides is not None and overrides.places:
        resolver = resolver.with_places(overrides.places)
    with collector_paused():
        return _geocode(doc, gazetteer, resolver, overrides, keep_rejected)


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector paused for one document, and restored as it was. A
    document's stages make thousands of small objects that die with it (tuples, lists,
    spans), and the collector would run every 700 of them, walking the young objects and
    promoting the survivors, which then add up to full collections of every object of the
    process (its caches included). Paused, a document's temporaries are gone before the
    collector looks: over 866 new texts half as many collections of each generation, and
    the collector's time per text 178-191 -> 119-121 us. Reference counting still frees
    each object at once; a cycle made here waits for the next collection, after the
    document, so memory stays bounded by one document's work."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


#: A script or style element pasted into a text: code, not prose (its words name no place).
#: Its body holds no "<" (each try stops at the next one: linear on hostile text).
_CODE = re.compile(r"<(script|style)\b[^<>]{0,200}>[^<]{0,5000}</\1\s*>", re.I)


def readable(text: str) -> str:
    """The text with every script and style element blanked to spaces of its length, so the
    stages read no name inside code and every offset still points into the text."""
    if "<" not in text:
        return text
    return _CODE.sub(lambda m: " " * len(m.group()), text)


def _geocode(doc: Document, gazetteer: Gazetteer, resolver: Resolver, overrides: Overrides | None,
             keep_rejected: bool) -> GeocodedDocument:
    text = unwrapped(readable(doc.text))
    sents = sentences(text)
    spans = recognize(text, gazetteer, extra=resolver.extra, keep_unknown=True, sentence_spans=sents)
    mentions: list[Mention] = resolver.resolve(text, spans)
    # Choices the rest of the text speaks against are flagged and capped (geomig/geoparse/checks.py).
    mentions = checked(text, mentions, gazetteer)
    if keep_rejected or (overrides is not None and overrides.may_pin(doc.doc, text)):
        # A pin places words recognition turned down ("Fatima", a person's name here): the
        # analyst's word outranks the filter. The ones no pin places are dropped below.
        mentions = _with_rejected(text, gazetteer, resolver, sents, spans, mentions)
    if overrides is not None:
        mentions = overrides.apply(doc.doc, mentions, gazetteer)
    if not keep_rejected:
        mentions = [m for m in mentions if m.id is not None]
    return GeocodedDocument(doc.doc, doc.text, sents, tuple(mentions))


def _with_rejected(text: str, gazetteer: Gazetteer, resolver: Resolver, sents: list[tuple[int, int]],
                   spans: list[Span], mentions: list[Mention]) -> list[Mention]:
    """The mentions, and in their order the phrases recognition turned down (for the audit).
    Those are found by a second recognition, and are not resolved with the others: the
    places chosen are the very ones a geocoding without them chooses (a rejected word
    beside a name would otherwise move what the text's context reads, and the audit would
    review other places than the ones geocoding gives). Names the gazetteer lacks that only
    this recognition reads as a place's ("the Kurubaş pass") come with them, unresolved."""
    starts = [s.start for s in spans]  # recognize() returns them in order, none overlapping
    ends = [s.end for s in spans]

    def free(s: Span) -> bool:  # overlaps none of the spans resolved (by bisection: texts may be long)
        n = bisect.bisect_right(starts, s.start)
        return not (n and ends[n - 1] > s.start or n < len(starts) and starts[n] < s.end)

    rejected = [rejected_mention(s) for s in recognize(text, gazetteer, extra=resolver.extra, keep_rejected=True,
                                                       keep_unknown=True, sentence_spans=sents)
                if (s.kind_hint not in KEPT_HINTS or s.kind_hint == "unresolved") and free(s)]
    return sorted([*mentions, *rejected], key=lambda m: m.start) if rejected else mentions


def geocode(text: str, **kwargs) -> list[Mention]:
    """Every place mention in a text, resolved against the local gazetteer."""
    return list(geocode_document(Document("-", text), **kwargs).mentions)


def geocode_paths(paths: Iterable[str], **kwargs) -> Iterator[GeocodedDocument | inputs.Failure]:
    """Geocode files, directories and '-'; a bad file yields an inputs.Failure, the rest go on."""
    for item in inputs.read_all(paths):
        yield item if isinstance(item, inputs.Failure) else geocode_document(item, **kwargs)
