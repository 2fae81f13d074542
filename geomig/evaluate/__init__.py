"""Scoring against gold annotations: reading gold files (gold.py) and the standard
geoparsing metrics (metrics.py)."""
