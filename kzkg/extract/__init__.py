"""Extraction: a document and the lexicons in, entities and facts with evidence out.

One module per step (segment, mentions, resolve, roles, events, claims,
quantities, causes, dates); pipeline.py runs them in order.
"""
