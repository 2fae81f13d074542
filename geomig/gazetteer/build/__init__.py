"""Building the gazetteer: what makes the cached index and the committed tables. Not
used at run time, except to build the index once per fingerprint.

    index.py    the SQLite index, name trie and word lists, from the registry packages
    shapes.py   countries.geojson, land.geojson, supplement.geojson (npm world-atlas)
    points.py   admin1.tsv, us-counties.tsv, country-points.tsv (npm packages)
    wordlists.py  common-words.txt, first-names.txt, surnames.txt (the build extra)
"""
