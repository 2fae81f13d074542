"""The committed gazetteer data, installed as the package ``geomig.gazetteer.data``
(see pyproject.toml); geomig reads these files through importlib.resources."""
