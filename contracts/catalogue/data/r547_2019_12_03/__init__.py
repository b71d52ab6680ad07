"""Catalogue data folder (a package only so that its YAML files are installed)."""
