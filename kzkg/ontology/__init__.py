"""Checks and documentation of the ontology: parsing, reasoning, SHACL, term hygiene."""
