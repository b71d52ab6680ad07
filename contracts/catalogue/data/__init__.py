"""Catalogue versions, one folder each (packages only so that their YAML files are installed)."""
