"""`kzkg evaluate`: score extraction against a gold file of hand-checked facts.

gold.py     the gold file: documents, entities, roles, events, claims, statistics
text.py     gold quotes located in document bodies; spans and sentences
graph.py    the built graph: names, types, and facts with arguments and evidence
compare.py  one argument against the gold: agree, wrong or absent
match.py    gold facts found (recall), arguments tallied, extracted facts judged
run.py      build the corpus through the cache (or read a graph) and score it
report.py   a table for people, JSON for scripts
"""

from kzkg.evaluate.run import Evaluation, evaluate

__all__ = ["Evaluation", "evaluate"]
