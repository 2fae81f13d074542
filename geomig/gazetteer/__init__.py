"""The local gazetteer: what geomig knows about places, read from the cached index and
the committed data that ships inside the package (``geomig.gazetteer.data``).

    index.py    Gazetteer: names -> places, from the SQLite index built once per fingerprint
    names.py    normalisation and the name trie
    sources.py  the committed data files, package versions and the index fingerprint
    shapes.py   polygons: countries, land, continents, seas and regions
    regions.py  directional parts of an area ("southern Libya")
    points.py   the committed representative-point tables
    geo.py      great-circle distances
    build/      what makes the index and the committed tables (not used at run time)
"""
