"""Auditing the geocoding: every decision with its confidence, runner-up candidates and
evidence, as a table, CSV, JSON or HTML report (report.py)."""
