"""Building the gazetteer: the cached index (index.py) and the committed tables
(shapes.py, points.py, wordlists.py), regenerated from registry packages."""
