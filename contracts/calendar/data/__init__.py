"""Packaged calendar data (`kz_calendar.yaml`); a package so that setuptools ships the YAML."""
