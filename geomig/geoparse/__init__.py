"""Geoparsing: find the places a text names and choose the gazetteer entry each means.

    text.py       sentences and the recogniser's word lists
    recognize.py  spans that may be places (recognize(doc) -> list[Span])
    resolve.py    Resolver and LocalResolver: spans -> Mentions with confidence and evidence
    geocoders.py  geopy-backed resolvers for users who are online
    overrides.py  the analyst's corrections and own places, kept in a TOML file
    geocode.py    the stage as one call: Document -> GeocodedDocument
    batch.py      many documents in worker processes or on Dask
"""
