"""Saved SPARQL queries: the catalogue, parameter binding, engines and output formats."""
