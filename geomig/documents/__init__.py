"""Documents in and out: reading inputs safely (inputs.py) and writing geocoded
documents as JSONL, JSON, CSV or GeoJSON, atomically (outputs.py)."""
